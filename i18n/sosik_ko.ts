<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Sosik</source>
        <translation>소식</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사 목록</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Loading the demo source…</source>
        <translation>데모 소스를 읽는 중…</translation>
    </message>
    <message>
        <source>The demo source could not be read: %1</source>
        <translation>데모 소스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No sources yet. Start with --demo to see the bundled sample articles.</source>
        <translation>아직 구독한 소스가 없습니다. --demo 로 시작하면 함께 제공되는 예시 기사를 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from the demo source</source>
        <translation>
            <numerusform>데모 소스의 기사 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Parse a feed file and print it as JSON.</source>
        <translation>피드 파일을 해석해 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>HTTP Content-Type the file was served with.</source>
        <translation>파일을 받을 때의 HTTP Content-Type.</translation>
    </message>
    <message>
        <source>URL of the document, for relative links.</source>
        <translation>상대 링크를 풀기 위한 문서 URL.</translation>
    </message>
    <message>
        <source>Time zone for dates written without one.</source>
        <translation>시간대가 없는 날짜에 쓸 시간대.</translation>
    </message>
    <message>
        <source>Force this character encoding.</source>
        <translation>이 문자 인코딩을 강제로 사용합니다.</translation>
    </message>
    <message>
        <source>The feed file.</source>
        <translation>피드 파일.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Not a feed: %1</source>
        <translation>피드가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Usage: sosik-cli &lt;command&gt; [options]

Commands:
  parse FILE    parse a feed file and print normalized JSON

Options:
  -h, --help    show this help
  -v, --version show the version
</source>
        <translation>사용법: sosik-cli &lt;명령&gt; [옵션]

명령:
  parse 파일    피드 파일을 해석해 정규화된 JSON을 출력

옵션:
  -h, --help    이 도움말 보기
  -v, --version 버전 보기
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>알 수 없는 명령: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sosik, a Korean news reader</source>
        <translation>소식 — 한국 뉴스 리더</translation>
    </message>
    <message>
        <source>Use the bundled offline demo source.</source>
        <translation>함께 제공되는 오프라인 데모 소스를 사용합니다.</translation>
    </message>
    <message>
        <source>Keep the cache and settings in this folder.</source>
        <translation>캐시와 설정을 이 폴더에 둡니다.</translation>
    </message>
    <message>
        <source>Make no network request in this run.</source>
        <translation>이번 실행에서는 네트워크에 접속하지 않습니다.</translation>
    </message>
</context>
</TS>
