<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Sosik reads local feeds by default. An account on a Tiny Tiny RSS server shares subscriptions and read and starred articles with your other devices. When both sides changed the same article, the later change wins; a star is never removed by a conflict.</source>
        <translation>소식은 기본적으로 이 컴퓨터에서 피드를 읽습니다. Tiny Tiny RSS 서버 계정을 추가하면 구독과 읽음·스크랩 상태를 다른 기기와 함께 씁니다. 같은 기사를 양쪽에서 바꾸었으면 나중에 바꾼 쪽을 따르며, 충돌 때문에 스크랩이 지워지는 일은 없습니다.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>동기화 상태</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>지금 동기화(&amp;N)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>계정 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>Add a Tiny Tiny RSS account</source>
        <translation>Tiny Tiny RSS 계정 추가</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Sync subscriptions</source>
        <translation>구독 동기화</translation>
    </message>
    <message>
        <source>Read and starred</source>
        <translation>읽음·스크랩</translation>
    </message>
    <message>
        <source>Sync read and starred</source>
        <translation>읽음·스크랩 동기화</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>서버 주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>What syncs:</source>
        <translation>동기화할 것:</translation>
    </message>
    <message>
        <source>This system has no keychain Sosik can use: the password is kept in Sosik&apos;s cache folder, readable by anyone who can read your files.</source>
        <translation>이 시스템에는 소식이 쓸 수 있는 키체인이 없습니다. 비밀번호는 소식 캐시 폴더에 저장되어, 사용자의 파일을 읽을 수 있는 사람은 누구나 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Password storage warning</source>
        <translation>비밀번호 저장 경고</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 확인(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 확인</translation>
    </message>
    <message>
        <source>A&amp;dd account</source>
        <translation>계정 추가(&amp;D)</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>The account could not be added: %1</source>
        <translation>계정을 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Account added; its password is in the keychain.</source>
        <translation>계정을 추가했습니다. 비밀번호는 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>Account added. There is no keychain: its password is kept in Sosik&apos;s cache folder.</source>
        <translation>계정을 추가했습니다. 키체인이 없어 비밀번호는 소식 캐시 폴더에 저장됩니다.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS — %1 at %2</source>
        <translation>Tiny Tiny RSS — %2의 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>피드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go up</source>
        <translation>
            <numerusform>보낼 변경 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the account %1 at %2? Its %n article(s), with their scraps, go from this computer; the server keeps its own.</source>
        <translation>
            <numerusform>%2의 %1 계정을 삭제할까요? 이 계정의 기사 %n건과 그 스크랩이 이 컴퓨터에서 지워집니다. 서버에 있는 것은 그대로 남습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the server yet and will be lost.</source>
        <translation>
            <numerusform>여기서 바꾼 %n건이 아직 서버에 가지 않았고, 삭제하면 사라집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>No account yet: Sosik reads your feeds on this computer only.</source>
        <translation>아직 계정이 없습니다. 소식은 이 컴퓨터에서만 피드를 읽습니다.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>계정 없음</translation>
    </message>
    <message>
        <source>This address is not encrypted (http): the password and what you read go over the network as they are. Use https if the server offers it.</source>
        <translation>이 주소는 암호화되지 않은 http입니다. 비밀번호와 읽는 기사가 그대로 네트워크로 오갑니다. 서버가 지원하면 https를 쓰세요.</translation>
    </message>
    <message>
        <source>Unencrypted address warning</source>
        <translation>암호화되지 않은 주소 경고</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Find feeds</source>
        <translation>피드 찾기</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <source>Address of a site or feed</source>
        <translation>사이트 또는 피드 주소</translation>
    </message>
    <message>
        <source>A site&apos;s address or a feed&apos;s, e.g. https://www.shanghaibang.com/</source>
        <translation>사이트나 피드 주소 (예: https://www.shanghaibang.com/)</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>찾은 피드</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>피드</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사 목록</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Sosik finds the feeds behind any address: a feed, or a site&apos;s page.</source>
        <translation>어떤 주소든 그 뒤의 피드를 찾아 줍니다: 피드 주소나 사이트 페이지 주소를 넣으세요.</translation>
    </message>
    <message>
        <source>Sosik is offline: finding feeds needs the network.</source>
        <translation>오프라인 상태입니다. 피드를 찾으려면 네트워크가 필요합니다.</translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation>피드를 찾는 중…</translation>
    </message>
    <message>
        <source>No feed found at this address (%1).</source>
        <translation>이 주소에서 피드를 찾지 못했습니다 (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) found. Tick the ones to subscribe to and choose their sections.</source>
        <translation>
            <numerusform>피드 %n개를 찾았습니다. 구독할 피드를 고르고 섹션을 정하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section for %1</source>
        <translation>%1의 섹션</translation>
    </message>
    <message>
        <source>“%1” is not an address, and no outlet in the catalogue has that name. Type the site&apos;s address, such as news.example.co.kr.</source>
        <translation>‘%1’은(는) 주소가 아니고, 목록에도 그런 이름의 매체가 없습니다. news.example.co.kr처럼 사이트 주소를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (first seen; the feed gives no date)</source>
        <translation>%1 (처음 받은 시각, 피드에 날짜 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>댓글 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>scrapped</source>
        <translation>스크랩</translation>
    </message>
    <message>
        <source>saved for offline reading</source>
        <translation>오프라인 저장</translation>
    </message>
    <message numerus="yes">
        <source>%n related article(s)</source>
        <translation>
            <numerusform>관련 기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Related article: %1</source>
        <translation>관련 기사: %1</translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>[Photo: %1]</source>
        <translation>[사진출처=%1]</translation>
    </message>
    <message>
        <source>The article is too long to show in full here; the rest is in the original.</source>
        <translation>기사가 너무 길어 여기서는 일부만 보여 줍니다. 나머지는 원문에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>사진출처: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>댓글 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the original article</source>
        <translation>기사 원문 보기</translation>
    </message>
    <message numerus="yes">
        <source>%n related article(s)</source>
        <translation>
            <numerusform>관련 기사 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Choose an article.</source>
        <translation>기사를 고르세요.</translation>
    </message>
    <message>
        <source>Image not stored</source>
        <translation>저장되지 않은 이미지</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Scrap or unscrap (S)</source>
        <translation>스크랩 / 스크랩 해제 (S)</translation>
    </message>
    <message>
        <source>Mark read or unread (M)</source>
        <translation>읽음 / 안 읽음 표시 (M)</translation>
    </message>
    <message>
        <source>Open the original (O)</source>
        <translation>원문 열기 (O)</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>모두 읽음</translation>
    </message>
    <message>
        <source>Store images of %1</source>
        <translation>%1 사진 저장</translation>
    </message>
    <message>
        <source>Full text of %1</source>
        <translation>%1 기사 전문</translation>
    </message>
    <message>
        <source>When the feed gives only a summary</source>
        <translation>피드가 요약만 줄 때</translation>
    </message>
    <message>
        <source>Always fetch the article page</source>
        <translation>항상 기사 페이지에서 가져오기</translation>
    </message>
    <message>
        <source>Never (the feed&apos;s text only)</source>
        <translation>가져오지 않음 (피드 내용만)</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message>
        <source>Refresh this feed now</source>
        <translation>이 피드 지금 새로 고침</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>구독 해지…</translation>
    </message>
    <message>
        <source>Manage subscriptions…</source>
        <translation>구독 관리…</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Detach the panel, or put it back</source>
        <translation>패널을 창에서 떼어 내거나 다시 붙이기</translation>
    </message>
    <message>
        <source>Close the panel (the View menu brings it back)</source>
        <translation>패널 닫기 (보기 메뉴에서 다시 열 수 있습니다)</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
    <message>
        <source>HTTP 401 — the site asks for a login</source>
        <translation>HTTP 401 — 사이트가 로그인을 요구합니다</translation>
    </message>
    <message>
        <source>HTTP 403 — the site refused access</source>
        <translation>HTTP 403 — 사이트가 접근을 막았습니다</translation>
    </message>
    <message>
        <source>HTTP 404 — nothing at this address</source>
        <translation>HTTP 404 — 이 주소에 아무것도 없습니다</translation>
    </message>
    <message>
        <source>HTTP 410 — the feed is gone for good</source>
        <translation>HTTP 410 — 피드가 없어졌습니다</translation>
    </message>
    <message>
        <source>HTTP 429 — the site asks us to come back later</source>
        <translation>HTTP 429 — 사이트가 나중에 다시 오라고 합니다</translation>
    </message>
    <message>
        <source>HTTP %1 — the site&apos;s server is having trouble</source>
        <translation>HTTP %1 — 사이트 서버에 문제가 있습니다</translation>
    </message>
    <message>
        <source>HTTP %1 — the site answered with an error</source>
        <translation>HTTP %1 — 사이트가 오류로 응답했습니다</translation>
    </message>
    <message>
        <source>The site answered with an error</source>
        <translation>사이트가 오류로 응답했습니다</translation>
    </message>
    <message>
        <source>Offline: nothing was sent</source>
        <translation>오프라인: 요청을 보내지 않았습니다</translation>
    </message>
    <message>
        <source>No response from the server (%1 s)</source>
        <translation>서버 응답 없음 (%1초)</translation>
    </message>
    <message>
        <source>No response from the server</source>
        <translation>서버 응답 없음</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>주소를 찾을 수 없음</translation>
    </message>
    <message>
        <source>The site sent us to an address Sosik does not follow</source>
        <translation>사이트가 소식이 따라가지 않는 주소로 보냈습니다</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>서버가 연결을 거부했습니다</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be verified</source>
        <translation>사이트의 보안 연결을 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>The site redirects in circles</source>
        <translation>사이트가 주소를 계속 다른 곳으로 돌립니다</translation>
    </message>
    <message>
        <source>Sosik only reads web (http, https) addresses</source>
        <translation>소식은 웹 주소(http, https)만 읽습니다</translation>
    </message>
    <message>
        <source>The connection broke off before the end</source>
        <translation>연결이 중간에 끊겼습니다</translation>
    </message>
    <message>
        <source>The proxy could not be reached</source>
        <translation>프록시에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>Not a feed: the address holds a page, not RSS or Atom</source>
        <translation>피드가 아닌 페이지 (RSS나 Atom이 아님)</translation>
    </message>
    <message>
        <source>The feed is damaged and could not be read</source>
        <translation>피드가 손상되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The response is too large</source>
        <translation>응답이 너무 큽니다</translation>
    </message>
    <message>
        <source>The cache could not be written (is the disk full?)</source>
        <translation>캐시에 쓸 수 없습니다 (디스크가 가득 찼나요?)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Sosik</source>
        <translation>소식에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which news would you like to read?&lt;/h3&gt;&lt;p&gt;Choose outlets and sections. You can change this at any time, add any site&apos;s feed or import an OPML file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;어떤 뉴스를 읽으시겠어요?&lt;/h3&gt;&lt;p&gt;매체와 섹션을 고르세요. 언제든 바꿀 수 있고, 어떤 사이트의 피드든 추가하거나 OPML 파일을 가져올 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>추천 구성</translation>
    </message>
    <message>
        <source>Koreans in Shanghai (recommended)</source>
        <translation>상하이 교민 (추천)</translation>
    </message>
    <message>
        <source>Everything in the catalogue</source>
        <translation>목록 전체</translation>
    </message>
    <message>
        <source>I will choose myself</source>
        <translation>직접 고르기</translation>
    </message>
    <message>
        <source>Outlets and sections</source>
        <translation>매체와 섹션</translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation>읽기 시작</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>%1 — usually unreachable from mainland China</source>
        <extracomment>the outlet&apos;s site is usually blocked in mainland China</extracomment>
        <translation>%1 — 중국 본토에서 대개 접속 불가</translation>
    </message>
    <message>
        <source>This site is usually blocked in mainland China; it works with a VPN.</source>
        <translation>이 사이트는 중국 본토에서 대개 차단됩니다. VPN을 쓰면 열립니다.</translation>
    </message>
    <message>
        <source>Use a sync &amp;account…</source>
        <translation>동기화 계정 사용(&amp;A)…</translation>
    </message>
    <message>
        <source>Read the feeds of a Tiny Tiny RSS server and keep read and starred in step with it</source>
        <translation>Tiny Tiny RSS 서버의 피드를 읽고, 읽음·스크랩 표시를 서버와 맞춥니다</translation>
    </message>
    <message>
        <source>&amp;Outlets to start with:</source>
        <translation>시작할 매체(&amp;S):</translation>
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <source>Front page</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>The front page fills in once articles are in the cache.</source>
        <translation>기사가 저장되면 홈이 채워집니다.</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>분야별 뉴스</translation>
    </message>
    <message>
        <source>Most read</source>
        <translation>가장 많이 본 뉴스</translation>
    </message>
    <message>
        <source>%1 ranking</source>
        <translation>%1 순위</translation>
    </message>
    <message>
        <source>Sosik&apos;s ranking — %1</source>
        <translation>소식 자체 순위 — %1</translation>
    </message>
    <message>
        <source>This week&apos;s topics</source>
        <translation>이번 주 토픽</translation>
    </message>
    <message>
        <source>Today&apos;s topics</source>
        <translation>오늘의 토픽</translation>
    </message>
    <message>
        <source>Today&apos;s news</source>
        <translation>오늘의 주요 뉴스</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Recent news</source>
        <translation>최근 주요 뉴스</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>Saved by Sosik on %1</source>
        <translation>소식에서 %1에 저장함</translation>
    </message>
    <message>
        <source>No article %1 in the cache.</source>
        <translation>캐시에 기사 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to export: no article matches.</source>
        <translation>내보낼 것이 없습니다: 맞는 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Sosik articles</source>
        <translation>소식 기사</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Refresh all feeds (F5)</source>
        <translation>모든 피드 새로 고침 (F5)</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>피드 추가…</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>피드 추가</translation>
    </message>
    <message>
        <source>Add a feed from any site&apos;s address (Ctrl+N)</source>
        <translation>사이트 주소로 피드 추가 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>모두 읽음</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>스크랩</translation>
    </message>
    <message>
        <source>Add to or remove from the scrapbook (S)</source>
        <translation>스크랩에 넣거나 빼기 (S)</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>오프라인으로 작업</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Work offline: no network request at all</source>
        <translation>오프라인으로 작업: 네트워크에 전혀 접속하지 않음</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>설정 (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>About Sosik</source>
        <translation>소식 정보</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>글자 원래 크기</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Search articles (/)</source>
        <translation>기사 검색 (/)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Show or hide panels</source>
        <translation>패널 보이기/숨기기</translation>
    </message>
    <message>
        <source>Next / previous article</source>
        <translation>다음 / 이전 기사</translation>
    </message>
    <message>
        <source>Next unread article</source>
        <translation>다음 읽지 않은 기사</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Scroll the article, then the next one</source>
        <translation>기사 스크롤, 끝나면 다음 기사</translation>
    </message>
    <message>
        <source>Scrap or unscrap</source>
        <translation>스크랩 또는 스크랩 해제</translation>
    </message>
    <message>
        <source>Mark read or unread</source>
        <translation>읽음 또는 읽지 않음으로 표시</translation>
    </message>
    <message>
        <source>Save for offline reading or unpin</source>
        <translation>오프라인 저장 또는 해제</translation>
    </message>
    <message>
        <source>Open the original in the browser</source>
        <translation>브라우저에서 원문 열기</translation>
    </message>
    <message>
        <source>Leave the search</source>
        <translation>검색 끝내기</translation>
    </message>
    <message>
        <source>Refresh all feeds</source>
        <translation>모든 피드 새로 고침</translation>
    </message>
    <message>
        <source>Front page</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Larger, smaller, normal text</source>
        <translation>글자 크게, 작게, 원래 크기</translation>
    </message>
    <message>
        <source>Move between the panes</source>
        <translation>창 영역 사이 이동</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sosik %1&lt;/h3&gt;&lt;p&gt;A Korean news reader for Koreans abroad.&lt;/p&gt;&lt;p&gt;Sosik is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses Qt %2 under the GNU Lesser General Public License v3 (qt.io), SQLite (public domain) and gumbo, Google&apos;s HTML5 parser, under the Apache License 2.0. Encoding tables and HTML entity names come from the Unicode and WHATWG mapping data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;소식 %1&lt;/h3&gt;&lt;p&gt;해외 교민을 위한 한국 뉴스 리더입니다.&lt;/p&gt;&lt;p&gt;소식은 MIT 라이선스의 자유 소프트웨어입니다.&lt;/p&gt;&lt;p&gt;GNU LGPL v3로 배포되는 Qt %2(qt.io)와 퍼블릭 도메인인 SQLite, Apache 라이선스 2.0으로 배포되는 구글의 HTML5 파서 gumbo를 사용합니다. 인코딩 표와 HTML 엔티티 이름은 유니코드와 WHATWG의 매핑 자료에서 왔습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Manage subscriptions…</source>
        <translation>구독 관리…</translation>
    </message>
    <message>
        <source>&amp;Undo mark all read</source>
        <translation>모두 읽음 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>Undo mark all read</source>
        <translation>모두 읽음 되돌리기</translation>
    </message>
    <message>
        <source>Choose outlets…</source>
        <translation>매체 고르기…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sosik</source>
        <translation>소식</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사 목록</translation>
    </message>
    <message>
        <source>Sosik — demo</source>
        <translation>소식 — 데모</translation>
    </message>
    <message>
        <source>Sections and feeds</source>
        <translation>섹션과 피드</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>검색: %1</translation>
    </message>
    <message>
        <source>This article is no longer in the cache.</source>
        <translation>이 기사는 더 이상 캐시에 없습니다.</translation>
    </message>
    <message>
        <source>No more unread articles here.</source>
        <translation>여기에는 읽지 않은 기사가 더 없습니다.</translation>
    </message>
    <message>
        <source>Offline: nothing was refreshed. Turn off “Work offline” to refresh.</source>
        <translation>오프라인: 새로 고치지 않았습니다. 새로 고치려면 ‘오프라인으로 작업’을 끄세요.</translation>
    </message>
    <message>
        <source>No network: nothing was refreshed; the cache is shown as it is.</source>
        <translation>네트워크 없음: 새로 고치지 않았습니다. 저장된 기사를 그대로 보여 줍니다.</translation>
    </message>
    <message>
        <source>This article has no original address to open.</source>
        <translation>이 기사에는 열 수 있는 원문 주소가 없습니다.</translation>
    </message>
    <message>
        <source>No e-mail program could be opened for %1.</source>
        <translation>%1에게 메일을 보낼 프로그램을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>No web browser could be opened. The address is %1</source>
        <translation>웹 브라우저를 열 수 없습니다. 주소: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>데모 보기</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>피드 추가…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML 가져오기…</translation>
    </message>
    <message>
        <source>Front page</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Front page: the leading stories, each section, the most read (Ctrl+H)</source>
        <translation>홈: 주요 뉴스, 분야별 뉴스, 가장 많이 본 뉴스 (Ctrl+H)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>&apos;%1&apos; 검색 결과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc returns to the list</source>
        <translation>Esc를 누르면 목록으로 돌아갑니다</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>&apos;%1&apos;에 대한 결과가 없습니다</translation>
    </message>
    <message>
        <source>Nothing scrapped yet</source>
        <translation>아직 스크랩한 기사가 없습니다</translation>
    </message>
    <message>
        <source>Nothing saved for offline reading yet</source>
        <translation>아직 오프라인 저장한 기사가 없습니다</translation>
    </message>
    <message>
        <source>No articles here yet</source>
        <translation>아직 이 목록에 기사가 없습니다</translation>
    </message>
    <message>
        <source>Press S on an article to keep it in the scrapbook.</source>
        <translation>기사에서 S를 누르면 스크랩에 담깁니다.</translation>
    </message>
    <message>
        <source>Press P on an article to keep it, with its photos, for reading offline.</source>
        <translation>기사에서 P를 누르면 사진과 함께 오프라인으로 읽을 수 있게 저장됩니다.</translation>
    </message>
    <message>
        <source>New articles appear here after the next refresh (F5).</source>
        <translation>다음 새로 고침(F5) 뒤에 새 기사가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation>아직 소식이 없습니다</translation>
    </message>
    <message>
        <source>Sosik could not reach the network, so no outlets were set up and nothing was fetched. Look around in the demo meanwhile, or add feeds now: they are fetched as soon as the network is back.</source>
        <translation>네트워크에 연결할 수 없어 매체를 설정하지 못했고 기사도 가져오지 못했습니다. 그동안 데모를 둘러보거나 지금 피드를 추가해 두세요. 네트워크가 돌아오면 바로 가져옵니다.</translation>
    </message>
    <message numerus="yes">
        <source>You follow %n feed(s), but without a network nothing could be fetched yet. Sosik refreshes when the network is back (or press F5).</source>
        <translation>
            <numerusform>피드 %n개를 구독 중이지만 네트워크가 없어 아직 아무것도 가져오지 못했습니다. 네트워크가 돌아오면 새로 고칩니다(또는 F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>You do not follow any outlet yet</source>
        <translation>아직 구독한 매체가 없습니다</translation>
    </message>
    <message>
        <source>Choosing outlets was skipped. Try the demo, add a feed from any site&apos;s address, or import the OPML file of another news reader.</source>
        <translation>매체 고르기를 건너뛰었습니다. 데모를 보거나, 사이트 주소로 피드를 추가하거나, 다른 뉴스 리더의 OPML 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>Fetching the first articles…</source>
        <translation>첫 기사를 가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) are being refreshed. The articles appear as they arrive.</source>
        <translation>
            <numerusform>피드 %n개를 새로 고치는 중입니다. 기사가 도착하는 대로 나타납니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>아직 기사가 없습니다</translation>
    </message>
    <message>
        <source>The feeds you follow have not delivered any article yet. Refresh with F5, or add more feeds.</source>
        <translation>구독한 피드에서 아직 기사가 오지 않았습니다. F5로 새로 고치거나 피드를 더 추가하세요.</translation>
    </message>
    <message>
        <source>Connect a sync account…</source>
        <translation>동기화 계정 연결…</translation>
    </message>
    <message>
        <source>Nothing here is unread.</source>
        <translation>읽지 않은 기사가 없습니다.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>이 목록</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in %1 marked read.</source>
        <translation>
            <numerusform>%1의 기사 %n건을 읽음으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>모두 읽음</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n unread article(s) in %1 as read?</source>
        <translation>
            <numerusform>%1의 읽지 않은 기사 %n건을 모두 읽음으로 표시할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>읽음으로 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>다시 묻지 않기</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked unread again.</source>
        <translation>
            <numerusform>기사 %n건을 다시 읽지 않음으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose outlets…</source>
        <translation>매체 고르기…</translation>
    </message>
    <message>
        <source>Added to the scrapbook.</source>
        <translation>스크랩했습니다.</translation>
    </message>
    <message>
        <source>Taken out of the scrapbook.</source>
        <translation>스크랩에서 뺐습니다.</translation>
    </message>
    <message>
        <source>There is no feed to refresh yet: add one (Ctrl+N) or import an OPML file.</source>
        <translation>아직 새로 고칠 피드가 없습니다. 피드를 추가(Ctrl+N)하거나 OPML 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>For example, %1 finds %2.</source>
        <translation>예: %1 → %2</translation>
    </message>
    <message>
        <source>Check the spelling, or try other or fewer words. Search looks through the articles stored on this computer; words written together find them written apart too.</source>
        <translation>맞춤법을 확인하거나 다른 낱말, 더 적은 낱말로 찾아 보세요. 검색은 이 컴퓨터에 저장된 기사에서 하며, 붙여 쓴 낱말은 띄어 쓴 글도 찾습니다.</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>General</source>
        <translation>종합</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>정치</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>경제</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>사회</translation>
    </message>
    <message>
        <source>World</source>
        <translation>국제</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>문화</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>오피니언</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>스포츠</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>연예</translation>
    </message>
    <message>
        <source>IT &amp; Science</source>
        <translation>IT·과학</translation>
    </message>
    <message>
        <source>Local &amp; Community</source>
        <translation>현지/커뮤니티</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, 읽지 않음 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>This feed is gone (HTTP 410) and is no longer refreshed.</source>
        <translation>이 피드는 없어져서(HTTP 410) 더 이상 새로 고치지 않습니다.</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>마지막 새로 고침 실패: %1</translation>
    </message>
    <message>
        <source>Scrapbook</source>
        <translation>스크랩</translation>
    </message>
    <message>
        <source>Saved for offline</source>
        <translation>오프라인 저장</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row: %1</source>
        <translation>
            <numerusform>%n번 연속 실패: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some feeds of this outlet keep failing.</source>
        <translation>이 매체의 일부 피드가 계속 실패하고 있습니다.</translation>
    </message>
    <message>
        <source>Failing since: %1</source>
        <translation>실패 시작: %1</translation>
    </message>
    <message>
        <source>Last worked: %1</source>
        <translation>마지막 성공: %1</translation>
    </message>
    <message>
        <source>Has never worked yet</source>
        <translation>아직 한 번도 받지 못했습니다</translation>
    </message>
    <message>
        <source>Last tried: %1</source>
        <translation>마지막 시도: %1</translation>
    </message>
    <message>
        <source>No longer refreshed</source>
        <translation>더 이상 새로 고치지 않습니다</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>다음 시도: %1</translation>
    </message>
    <message>
        <source>Next try: with the next refresh</source>
        <translation>다음 시도: 다음 새로 고침 때</translation>
    </message>
    <message>
        <source>Kept from unsubscribed feeds</source>
        <translation>구독 취소한 피드의 보관 기사</translation>
    </message>
    <message>
        <source>Starred and saved articles of the feeds you unsubscribed from. Nothing here is refreshed or deleted by retention while it stays starred or saved.</source>
        <translation>구독을 취소한 피드에서 스크랩하거나 오프라인 저장한 기사입니다. 새로 고치지 않으며, 스크랩·저장 상태인 동안에는 보관 기간이 지나도 지워지지 않습니다.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>지금 동기화하는 중…</translation>
    </message>
    <message>
        <source>Next try: when the network is back</source>
        <translation>다음 시도: 네트워크가 돌아오면</translation>
    </message>
    <message>
        <source>Next sync: when the network is back</source>
        <translation>다음 동기화: 네트워크가 돌아오면</translation>
    </message>
    <message>
        <source>Next try: when you choose Sync now</source>
        <translation>다음 시도: &apos;지금 동기화&apos;를 누를 때</translation>
    </message>
    <message>
        <source>Syncs only when you choose Sync now</source>
        <translation>&apos;지금 동기화&apos;를 누를 때만 동기화합니다</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>다음 동기화: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go up</source>
        <translation>
            <numerusform>보낼 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Sync · %1</source>
        <extracomment>a heading in the navigation pane: the outlets that come from a Tiny Tiny RSS account on this server</extracomment>
        <translation>동기화 · %1</translation>
    </message>
    <message>
        <source>Sync failing since %1: %2</source>
        <translation>%1부터 동기화 실패: %2</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>동기화 실패: %1</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>전체 기사</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Save for offline</source>
        <translation>오프라인 저장</translation>
    </message>
    <message>
        <source>Save all shown for offline</source>
        <translation>보이는 기사 모두 오프라인 저장</translation>
    </message>
    <message>
        <source>Export article as HTML…</source>
        <translation>기사를 HTML로 내보내기…</translation>
    </message>
    <message>
        <source>Export shown articles as HTML…</source>
        <translation>보이는 기사를 HTML로 내보내기…</translation>
    </message>
    <message>
        <source>Keep this article with its full text and images, whatever the retention (P)</source>
        <translation>보관 기간과 상관없이 이 기사를 전문과 사진까지 보관합니다 (P)</translation>
    </message>
    <message>
        <source>article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Sosik articles</source>
        <translation>소식 기사</translation>
    </message>
    <message>
        <source>Saved for offline reading: full text and images are being stored.</source>
        <translation>오프라인 저장: 전문과 사진을 저장하고 있습니다.</translation>
    </message>
    <message>
        <source>No longer saved for offline reading.</source>
        <translation>오프라인 저장을 해제했습니다.</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>HTML로 내보내기</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n search result(s) for offline reading?</source>
        <translation>
            <numerusform>검색 결과 %n건을 오프라인 저장할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save every article in %1 for offline reading?</source>
        <translation>%1의 기사를 모두 오프라인 저장할까요?</translation>
    </message>
    <message>
        <source>Sosik downloads their pages and photos and keeps them whatever the retention.</source>
        <translation>소식이 기사 본문과 사진을 받아, 보관 기간과 관계없이 간직합니다.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>다시 묻지 않기</translation>
    </message>
    <message>
        <source>Everything in %1 was already saved for offline reading.</source>
        <translation>%1의 기사는 이미 모두 오프라인 저장되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in %1 saved for offline reading.</source>
        <translation>
            <numerusform>%1의 기사 %n건을 오프라인 저장했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) no longer saved for offline reading.</source>
        <translation>
            <numerusform>기사 %n건의 오프라인 저장을 취소했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpmlTransfer</name>
    <message numerus="yes">
        <source>the file is larger than %n MB</source>
        <translation>
            <numerusform>파일이 %nMB보다 큽니다</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not an OPML file (a subscription list of a news reader)</source>
        <translation>OPML 파일이 아닙니다 (뉴스 리더의 구독 목록 파일)</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML 가져오기…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>OPML 내보내기…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of another news reader&apos;s OPML file (you see them first)</source>
        <translation>다른 뉴스 리더의 OPML 파일에 있는 피드를 구독합니다 (먼저 목록을 보여 줍니다)</translation>
    </message>
    <message>
        <source>Save every subscription, with its outlet and section, as an OPML file</source>
        <translation>모든 구독을 언론사·섹션과 함께 OPML 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML 가져오기</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML 파일 (*.opml *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML 내보내기</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML 파일 (*.opml)</translation>
    </message>
    <message>
        <source>sosik-subscriptions.opml</source>
        <translation>소식-구독.opml</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 파일을 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 to add, %3 already subscribed, %4 cannot be imported.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 추가할 피드 %2개, 이미 구독 중 %3개, 가져올 수 없음 %4개.</translation>
    </message>
    <message>
        <source>The file lists no feed that can be subscribed to.</source>
        <translation>이 파일에는 구독할 수 있는 피드가 없습니다.</translation>
    </message>
    <message>
        <source>Nothing is new: you follow every feed of this file already.</source>
        <translation>새로 추가할 피드가 없습니다. 이 파일의 피드를 모두 이미 구독하고 있습니다.</translation>
    </message>
    <message>
        <source>Feeds you follow already stay as they are; the new ones are fetched right away.</source>
        <translation>이미 구독 중인 피드는 그대로 두고, 새 피드는 바로 받아 옵니다.</translation>
    </message>
    <message>
        <source>What the import adds, what you follow already, what it cannot import</source>
        <translation>가져올 피드, 이미 구독 중인 피드, 가져올 수 없는 항목</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>피드</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>추가할 피드 (%1)</translation>
    </message>
    <message>
        <source>Already subscribed (%1)</source>
        <translation>이미 구독 중 (%1)</translation>
    </message>
    <message>
        <source>Cannot be imported (%1)</source>
        <translation>가져올 수 없음 (%1)</translation>
    </message>
    <message>
        <source>listed twice in the file</source>
        <translation>파일에 두 번 나옴</translation>
    </message>
    <message>
        <source>not a web (http, https) address</source>
        <translation>웹 주소(http, https)가 아님</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Subscribe to %n feed(s)</source>
        <translation>
            <numerusform>피드 %n개 구독</numerusform>
        </translation>
    </message>
    <message>
        <source>The feeds could not be imported: %1</source>
        <translation>피드를 가져오지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) imported; refresh to fetch them.</source>
        <translation>
            <numerusform>피드 %n개를 가져왔습니다. 새로 고침하면 기사를 받습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) imported; refreshing.</source>
        <translation>
            <numerusform>피드 %n개를 가져왔습니다. 새로 고치는 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported to %1</source>
        <translation>
            <numerusform>피드 %n개를 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalTime</name>
    <message>
        <source>%1 %2 %3 · Korea %4</source>
        <extracomment>&quot;2026.12.01. 상하이 15:11 · 한국 16:11&quot;: the reader&apos;s date, zone and time, then Korea&apos;s time (with its date when it is another day there)</extracomment>
        <translation>%1 %2 %3 · 한국 %4</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>입력 %1</translation>
    </message>
    <message>
        <source>First seen %1 (the feed gives no date)</source>
        <translation>처음 받음 %1 (피드에 날짜 없음)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>수정 %1</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>상하이</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>홍콩</translation>
    </message>
    <message>
        <source>Taipei</source>
        <translation>타이베이</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>도쿄</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>싱가포르</translation>
    </message>
    <message>
        <source>Ho Chi Minh City</source>
        <translation>호찌민</translation>
    </message>
    <message>
        <source>Bangkok</source>
        <translation>방콕</translation>
    </message>
    <message>
        <source>Jakarta</source>
        <translation>자카르타</translation>
    </message>
    <message>
        <source>Manila</source>
        <translation>마닐라</translation>
    </message>
    <message>
        <source>India</source>
        <translation>인도</translation>
    </message>
    <message>
        <source>Dubai</source>
        <translation>두바이</translation>
    </message>
    <message>
        <source>Almaty</source>
        <translation>알마티</translation>
    </message>
    <message>
        <source>Tashkent</source>
        <translation>타슈켄트</translation>
    </message>
    <message>
        <source>Vladivostok</source>
        <translation>블라디보스토크</translation>
    </message>
    <message>
        <source>London</source>
        <translation>런던</translation>
    </message>
    <message>
        <source>Paris</source>
        <translation>파리</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>베를린</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>프랑크푸르트</translation>
    </message>
    <message>
        <source>Moscow</source>
        <translation>모스크바</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>뉴욕</translation>
    </message>
    <message>
        <source>Chicago</source>
        <translation>시카고</translation>
    </message>
    <message>
        <source>Denver</source>
        <translation>덴버</translation>
    </message>
    <message>
        <source>Los Angeles</source>
        <translation>로스앤젤레스</translation>
    </message>
    <message>
        <source>Toronto</source>
        <translation>토론토</translation>
    </message>
    <message>
        <source>Vancouver</source>
        <translation>밴쿠버</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>상파울루</translation>
    </message>
    <message>
        <source>Sydney</source>
        <translation>시드니</translation>
    </message>
    <message>
        <source>Auckland</source>
        <translation>오클랜드</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local</source>
        <comment>time zone</comment>
        <extracomment>a time zone with no Korean name of its own: &quot;현지 15:11 · 한국 16:11&quot;</extracomment>
        <translation>현지</translation>
    </message>
</context>
<context>
    <name>RankingDock</name>
    <message>
        <source>Most read</source>
        <translation>가장 많이 본 뉴스</translation>
    </message>
    <message>
        <source>Most read, by section</source>
        <translation>섹션별 가장 많이 본 뉴스</translation>
    </message>
    <message>
        <source>Most read in %1</source>
        <translation>%1 가장 많이 본 뉴스</translation>
    </message>
    <message>
        <source>%1 ranking</source>
        <translation>%1 순위</translation>
    </message>
    <message numerus="yes">
        <source>%1 — carried by %n outlet(s)</source>
        <translation>
            <numerusform>%1 — %n개 매체 보도</numerusform>
        </translation>
    </message>
    <message>
        <source>No ranking yet: rankings appear after a refresh of outlets that publish them.</source>
        <translation>아직 순위가 없습니다. 순위를 내는 매체를 새로 고치면 나타납니다.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Most covered this week</source>
        <translation>많이 다룬 뉴스 — 이번 주</translation>
    </message>
    <message>
        <source>Most covered today</source>
        <translation>많이 다룬 뉴스 — 오늘</translation>
    </message>
    <message>
        <source>The ranking %1 publishes.</source>
        <translation>%1에서 내는 순위입니다.</translation>
    </message>
    <message>
        <source>No outlet publishes a ranking here: Sosik ranks the stories by how many of your outlets carry them, and how recent they are.</source>
        <translation>이 분야는 순위를 내는 매체가 없어 소식이 직접 매깁니다. 구독한 매체 가운데 몇 곳이 다뤘는지와 얼마나 최근인지로 정한 순서입니다.</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>the day a ranking&apos;s period ends (Qt date format)</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>Most covered in the week to %1</source>
        <translation>많이 다룬 뉴스 — %1까지 한 주</translation>
    </message>
    <message>
        <source>Most covered on %1</source>
        <translation>많이 다룬 뉴스 — %1</translation>
    </message>
</context>
<context>
    <name>ReaderApp</name>
    <message>
        <source>Sosik keeps running</source>
        <translation>소식이 계속 실행 중입니다</translation>
    </message>
    <message>
        <source>Sosik is still refreshing in the tray. Quit it from the tray menu or with Ctrl+Q; closing the window can quit it instead in the settings.</source>
        <translation>소식은 트레이에서 계속 새 기사를 받습니다. 끝내려면 트레이 메뉴나 Ctrl+Q를 쓰세요. 창을 닫을 때 끝내도록 설정에서 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>저장 공간</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>기사 글자 크기</translation>
    </message>
    <message>
        <source>Section shown at start-up</source>
        <translation>시작할 때 보여 줄 섹션</translation>
    </message>
    <message>
        <source>The one I read last</source>
        <translation>마지막으로 본 섹션</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>&amp;Start with:</source>
        <translation>시작 섹션(&amp;S):</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>새로 고침 간격</translation>
    </message>
    <message>
        <source>Never (only when I ask)</source>
        <translation>안 함 (직접 새로 고칠 때만)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n분마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n시간마다</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>새로 고침(&amp;R):</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>사용자 에이전트</translation>
    </message>
    <message>
        <source>Some Korean sites answer only browsers; leave empty for Sosik&apos;s browser-like default.</source>
        <translation>일부 한국 사이트는 브라우저에만 응답합니다. 비워 두면 소식의 기본값(브라우저와 비슷한 값)을 씁니다.</translation>
    </message>
    <message>
        <source>&amp;User-Agent:</source>
        <translation>사용자 에이전트(&amp;U):</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>시스템 프록시</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>프록시 사용 안 함</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 프록시</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 프록시</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>프록시(&amp;P):</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>프록시 호스트</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>프록시 포트</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>Keep articles for this many days</source>
        <translation>기사 보관 일수</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>계속 보관</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Keep articles &amp;for:</source>
        <translation>기사 보관 기간(&amp;F):</translation>
    </message>
    <message>
        <source>Articles kept per feed</source>
        <translation>피드별 보관 기사 수</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>At most, &amp;per feed:</source>
        <translation>피드마다 최대(&amp;P):</translation>
    </message>
    <message>
        <source>Scrapped and saved articles are always kept.</source>
        <translation>스크랩한 기사와 오프라인 저장한 기사는 항상 보관합니다.</translation>
    </message>
    <message>
        <source>Image cache budget</source>
        <translation>이미지 캐시 한도</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Image &amp;budget:</source>
        <translation>이미지 한도(&amp;B):</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>Cache statistics</source>
        <translation>캐시 통계</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>캐시:</translation>
    </message>
    <message>
        <source>Show Sosik in the system &amp;tray with the unread count</source>
        <translation>시스템 트레이에 소식과 읽지 않은 기사 수 표시(&amp;T)</translation>
    </message>
    <message>
        <source>Show Sosik in the system tray with the unread count</source>
        <translation>시스템 트레이에 소식과 읽지 않은 기사 수 표시</translation>
    </message>
    <message>
        <source>&amp;Notify me of new articles in these sections:</source>
        <translation>다음 섹션에 새 기사가 오면 알림(&amp;N):</translation>
    </message>
    <message>
        <source>Notify me of new articles</source>
        <translation>새 기사 알림</translation>
    </message>
    <message>
        <source>Sections to notify about</source>
        <translation>알림 받을 섹션</translation>
    </message>
    <message>
        <source>The statistics could not be read.</source>
        <translation>통계를 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 articles, %2 images (%3), %4 in all</source>
        <translation>기사 %1건, 이미지 %2개 (%3), 전체 %4</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Clear images</source>
        <translation>이미지 지우기</translation>
    </message>
    <message>
        <source>Delete stored images of every article that is not saved for offline reading.</source>
        <translation>오프라인 저장하지 않은 모든 기사의 저장된 이미지를 지웁니다.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1pt</translation>
    </message>
    <message>
        <source>Show a one-line summary under each headline</source>
        <translation>제목 아래에 한 줄 요약 보기</translation>
    </message>
    <message>
        <source>The front page</source>
        <translation>홈 (첫 화면)</translation>
    </message>
    <message>
        <source>Article text si&amp;ze:</source>
        <translation>기사 글자 크기(&amp;Z):</translation>
    </message>
    <message>
        <source>Show a one-line summar&amp;y under each headline</source>
        <translation>제목 아래에 한 줄 요약 보기(&amp;Y)</translation>
    </message>
    <message>
        <source>Default size (%1 pt)</source>
        <translation>기본 크기 (%1pt)</translation>
    </message>
    <message>
        <source>As&amp;k before marking all read</source>
        <translation>모두 읽음 전에 묻기(&amp;K)</translation>
    </message>
    <message>
        <source>Ask before marking all read</source>
        <translation>모두 읽음 전에 묻기</translation>
    </message>
    <message>
        <source> articles</source>
        <translation>건</translation>
    </message>
    <message>
        <source>Ask before saving all sh&amp;own for offline</source>
        <translation>보이는 기사 모두 오프라인 저장 전에 묻기(&amp;O)</translation>
    </message>
    <message>
        <source>Ask before saving all shown for offline</source>
        <translation>보이는 기사 모두 오프라인 저장 전에 묻기</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Sosik makes no network request; everything shown comes from the cache.</source>
        <translation>소식이 네트워크에 접속하지 않습니다. 보이는 모든 것은 캐시에서 옵니다.</translation>
    </message>
    <message>
        <source>The cache could not be opened: %1</source>
        <translation>캐시를 열 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>피드 %n개를 새로 고치는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing: %1 of %2 feeds, %n new article(s)</source>
        <translation>
            <numerusform>새로 고치는 중: 피드 %2개 중 %1개, 새 기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing what is in the cache.</source>
        <translation>오프라인: 저장된 기사를 보여 줍니다.</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n new article(s)</source>
        <translation>
            <numerusform>업데이트 완료: 새 기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>피드 %n개를 새로 고치지 못했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>No network</source>
        <translation>네트워크 없음</translation>
    </message>
    <message>
        <source>Saving for offline reading: %1 of %2 pages, %3 of %4 images</source>
        <translation>오프라인 저장 중: 본문 %2건 중 %1건, 사진 %4장 중 %3장</translation>
    </message>
    <message>
        <source>Retry sync</source>
        <translation>동기화 다시 시도</translation>
    </message>
    <message numerus="yes">
        <source>%n article page(s)</source>
        <translation>
            <numerusform>본문 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>사진 %n장</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for offline reading: %1</source>
        <translation>오프라인 저장 완료: %1</translation>
    </message>
    <message>
        <source>could not be fetched: %1</source>
        <translation>받지 못함: %1</translation>
    </message>
    <message numerus="yes">
        <source>No feed could be reached (%n feed(s)): check the connection. Sosik tries again later.</source>
        <translation>
            <numerusform>피드 %n개에 모두 연결하지 못했습니다. 인터넷 연결을 확인하세요. 소식이 나중에 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch for offline reading: %1. What the feed gave stays readable.</source>
        <translation>오프라인용으로 받지 못함: %1. 피드가 준 내용은 그대로 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>StorageNotices</name>
    <message>
        <source>The data folder %1 is read-only: Sosik shows what it holds but cannot save anything, not even what you read.</source>
        <translation>데이터 폴더 %1은(는) 읽기 전용입니다. 담긴 내용은 보여 드리지만 읽음 표시를 포함해 아무것도 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The cache was rebuilt; the damaged file was kept as %1.</source>
        <translation>캐시를 다시 만들었습니다. 손상된 파일은 %1(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>The cache could not be rebuilt: %1</source>
        <translation>캐시를 다시 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved in %1. Free some space on it.</source>
        <translation>디스크가 가득 찼습니다. %1에 더 이상 저장할 수 없습니다. 공간을 확보해 주세요.</translation>
    </message>
    <message>
        <source>The cache in %1 is damaged.</source>
        <translation>%1의 캐시가 손상되었습니다.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: nothing can be saved.</source>
        <translation>데이터 폴더 %1은(는) 읽기 전용이라 아무것도 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The cache is damaged</source>
        <translation>캐시가 손상되었습니다</translation>
    </message>
    <message>
        <source>Sosik&apos;s cache in %1 is damaged (%2). Sosik can keep the damaged file as a backup and rebuild the cache from what is still readable, keeping your subscriptions and what you read, starred and saved.</source>
        <translation>%1에 있는 소식 캐시가 손상되었습니다(%2). 손상된 파일을 백업으로 남기고 아직 읽을 수 있는 내용에서 캐시를 다시 만들 수 있습니다. 구독과 읽음·별표·저장 상태는 유지됩니다.</translation>
    </message>
    <message>
        <source>Rebuild the cache</source>
        <translation>캐시 다시 만들기</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Rebuilding the cache…</source>
        <translation>캐시를 다시 만드는 중…</translation>
    </message>
    <message>
        <source>The cache in %1 was busy (another program is using it): the change was not saved. Try again in a moment.</source>
        <translation>%1의 캐시를 다른 프로그램이 사용하고 있어 변경 내용을 저장하지 못했습니다. 잠시 후 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving to %1: the change was not saved.</source>
        <translation>%1에 저장하는 중 디스크 오류가 나서 변경 내용을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Sosik could not save to its cache in %1: the change was not saved. Sosik&apos;s log (standard error) has the details.</source>
        <translation>%1의 캐시에 변경 내용을 저장하지 못했습니다. 자세한 내용은 소식의 로그(표준 오류 출력)에 있습니다.</translation>
    </message>
</context>
<context>
    <name>StoryItemDelegate</name>
    <message numerus="yes">
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n개 매체</numerusform>
        </translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>%1위</translation>
    </message>
    <message numerus="yes">
        <source>carried by %n outlet(s)</source>
        <translation>
            <numerusform>%n개 매체 보도</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Check and save</source>
        <translation>확인 후 저장</translation>
    </message>
    <message>
        <source>Sort items by their own categories</source>
        <translation>기사를 자체 분류에 따라 나누기</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>설정 적용</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>구독 해지…</translation>
    </message>
    <message>
        <source>Manage subscriptions</source>
        <translation>구독 관리</translation>
    </message>
    <message>
        <source>Outlets and their feeds</source>
        <translation>언론사와 피드</translation>
    </message>
    <message>
        <source>Outlet / feed</source>
        <translation>언론사 / 피드</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>피드 주소</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <source>Items that name a section in their categories (사설, 경제 …) go to that section; the others to the feed&apos;s.</source>
        <translation>분류에 섹션 이름(사설, 경제 …)이 있는 기사는 그 섹션으로, 나머지는 피드의 섹션으로 갑니다.</translation>
    </message>
    <message>
        <source>Category words and the sections they stand for</source>
        <translation>분류어와 해당 섹션</translation>
    </message>
    <message>
        <source>Category word</source>
        <translation>분류어</translation>
    </message>
    <message>
        <source>Refresh this feed now, past its back-off</source>
        <translation>대기 시간과 관계없이 이 피드를 지금 새로 고침</translation>
    </message>
    <message>
        <source>Refresh at most every (minutes)</source>
        <translation>새로 고침 최소 간격(분)</translation>
    </message>
    <message>
        <source>As the app</source>
        <translation>앱 설정대로</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Keep articles for (days)</source>
        <translation>기사 보관 기간(일)</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>전문</translation>
    </message>
    <message>
        <source>As the outlet</source>
        <translation>언론사 설정대로</translation>
    </message>
    <message>
        <source>When the feed has only summaries</source>
        <translation>피드에 요약만 있을 때</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Store them</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Do not store them</source>
        <translation>저장 안 함</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>As declared</source>
        <translation>선언된 대로</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>사용자 에이전트</translation>
    </message>
    <message>
        <source>Sosik&apos;s own</source>
        <translation>소식 기본값</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>언론사(&amp;O):</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>섹션(&amp;E):</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>분류:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Settings of this feed</source>
        <translation>이 피드의 설정</translation>
    </message>
    <message>
        <source>Refresh &amp;interval:</source>
        <translation>새로 고침 간격(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Keep articles:</source>
        <translation>기사 보관(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Full text:</source>
        <translation>전문(&amp;F):</translation>
    </message>
    <message>
        <source>I&amp;mages:</source>
        <translation>이미지(&amp;M):</translation>
    </message>
    <message>
        <source>En&amp;coding:</source>
        <translation>인코딩(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;User-Agent:</source>
        <translation>사용자 에이전트(&amp;U):</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>사라짐</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — an outlet. Rename it here; drag feeds onto it to move them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 언론사입니다. 여기서 이름을 바꾸고, 피드를 끌어다 놓아 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>No subscriptions yet: add a feed or import OPML.</source>
        <translation>아직 구독이 없습니다. 피드를 추가하거나 OPML을 가져오세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>This feed is gone (HTTP 410) and is no longer refreshed.</source>
        <translation>이 피드는 없어져서(HTTP 410) 더 이상 새로 고치지 않습니다.</translation>
    </message>
    <message>
        <source>Working. Last refreshed %1.</source>
        <translation>정상입니다. 마지막 새로 고침: %1.</translation>
    </message>
    <message>
        <source>Not refreshed yet.</source>
        <translation>아직 새로 고치지 않았습니다.</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>지금 새로 고침</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>바꾸지 못했습니다: %1</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>이름은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>Not a web address: %1</source>
        <translation>웹 주소가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Sosik is offline: the new address cannot be checked.</source>
        <translation>오프라인 상태라 새 주소를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <source>The address was not saved: %1</source>
        <translation>주소를 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>구독 해지</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”?</source>
        <translation>“%1” 구독을 해지할까요?</translation>
    </message>
    <message>
        <source>Keep its starred and saved articles</source>
        <translation>스크랩하고 저장한 기사는 남기기</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”; its starred and saved articles stay.</source>
        <translation>“%1” 구독을 해지했습니다. 스크랩·저장한 기사는 남습니다.</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”.</source>
        <translation>“%1” 구독을 해지했습니다.</translation>
    </message>
    <message>
        <source>The subscription is back.</source>
        <translation>구독을 되살렸습니다.</translation>
    </message>
    <message>
        <source>A refresh is running; try again when it is done.</source>
        <translation>새로 고침 중입니다. 끝난 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Refreshing “%1”…</source>
        <translation>“%1” 새로 고침 중…</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>계속 보관</translation>
    </message>
    <message>
        <source>Apply to the outlet</source>
        <translation>언론사에 적용</translation>
    </message>
    <message>
        <source>Refresh this outlet&apos;s feeds at most every (minutes)</source>
        <translation>이 언론사 피드의 새로 고침 간격(분)</translation>
    </message>
    <message>
        <source>Settings of this outlet</source>
        <translation>이 언론사의 설정</translation>
    </message>
    <message>
        <source>Every feed of this outlet follows it, except those with an interval of their own.</source>
        <translation>따로 간격을 정한 피드를 빼고, 이 언론사의 모든 피드가 이 간격을 따릅니다.</translation>
    </message>
    <message numerus="yes">
        <source>As the outlet (%n min)</source>
        <translation>
            <numerusform>언론사 설정대로 (%n분)</numerusform>
        </translation>
    </message>
    <message>
        <source>As the outlet (the app&apos;s)</source>
        <translation>언론사 설정대로 (앱 설정)</translation>
    </message>
    <message>
        <source>“%1” could not be refreshed; its state is below.</source>
        <translation>“%1”을(를) 새로 고치지 못했습니다. 아래에 상태가 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” refreshed: %n new article(s).</source>
        <translation>
            <numerusform>“%1” 새로 고침 완료: 새 기사 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>피드 추가…</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) added; they are being refreshed.</source>
        <translation>
            <numerusform>피드 %n개를 추가했습니다. 지금 새로 고치는 중입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicDock</name>
    <message>
        <source>Leading stories by section</source>
        <translation>분야별 주요 기사</translation>
    </message>
    <message numerus="yes">
        <source>%1 — carried by %n outlet(s)</source>
        <translation>
            <numerusform>%1 — %n개 매체 보도</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>분야별 Topic</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Sosik</source>
        <translation>소식 열기</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message numerus="yes">
        <source>Sosik — %n unread article(s)</source>
        <translation>
            <numerusform>소식 — 읽지 않은 기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Sosik</source>
        <translation>소식</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>새 기사 %n건</numerusform>
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
        <source>Unknown command: %1</source>
        <translation>알 수 없는 명령: %1</translation>
    </message>
    <message>
        <source>The cache folder.</source>
        <translation>캐시 폴더.</translation>
    </message>
    <message>
        <source>Print JSON for machines.</source>
        <translation>기계가 읽을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Make no network request.</source>
        <translation>네트워크에 접속하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>캐시를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Refresh feeds into the cache and print a summary.</source>
        <translation>피드를 새로 받아 캐시에 저장하고 요약을 출력합니다.</translation>
    </message>
    <message>
        <source>Import this OPML file first.</source>
        <translation>먼저 이 OPML 파일을 가져옵니다.</translation>
    </message>
    <message>
        <source>Import this source definition first (repeatable).</source>
        <translation>먼저 이 소스 정의를 가져옵니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Feeds fetched at once (default 12).</source>
        <translation>동시에 받을 피드 수(기본 12).</translation>
    </message>
    <message>
        <source>Feeds fetched at once from one host (default 2).</source>
        <translation>한 호스트에서 동시에 받을 피드 수(기본 2).</translation>
    </message>
    <message>
        <source>Refresh only this section.</source>
        <translation>이 섹션만 새로 고칩니다.</translation>
    </message>
    <message>
        <source>Ignore back-off and schedules.</source>
        <translation>재시도 대기와 일정을 무시합니다.</translation>
    </message>
    <message>
        <source>Seconds before one feed gives up (default 60).</source>
        <translation>피드 하나를 포기하기까지의 초(기본 60).</translation>
    </message>
    <message>
        <source>Source definition %1: %2</source>
        <translation>소스 정의 %1: %2</translation>
    </message>
    <message>
        <source>Invalid OPML: %1</source>
        <translation>잘못된 OPML: %1</translation>
    </message>
    <message>
        <source>Offline: no network request was made.
</source>
        <translation>오프라인: 네트워크 요청을 보내지 않았습니다.
</translation>
    </message>
    <message>
        <source>feeds: %1 ok, %2 failed (%3 not modified, %4 unchanged)
</source>
        <translation>피드: 성공 %1, 실패 %2 (변경 없음 응답 %3, 내용 같음 %4)
</translation>
    </message>
    <message>
        <source>items: %1 new, %2 updated
</source>
        <translation>기사: 새 기사 %1, 갱신 %2
</translation>
    </message>
    <message>
        <source>bytes: %1, seconds: %2
</source>
        <translation>바이트: %1, 초: %2
</translation>
    </message>
    <message>
        <source>List the feeds of the cache with their state.</source>
        <translation>캐시의 피드와 상태를 보여 줍니다.</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>List articles, newest first.</source>
        <translation>기사를 최신순으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Only this section.</source>
        <translation>이 섹션만.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>최대 개수(기본 50).</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>읽지 않은 기사만.</translation>
    </message>
    <message>
        <source>Only starred articles.</source>
        <translation>스크랩한 기사만.</translation>
    </message>
    <message>
        <source>Show one article.</source>
        <translation>기사 하나를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Article id.</source>
        <translation>기사 번호.</translation>
    </message>
    <message>
        <source>Search the cache (Korean included).</source>
        <translation>캐시를 검색합니다(한국어 포함).</translation>
    </message>
    <message>
        <source>At most this many (default 20).</source>
        <translation>최대 개수(기본 20).</translation>
    </message>
    <message>
        <source>Words to find.</source>
        <translation>찾을 낱말.</translation>
    </message>
    <message>
        <source>Show cache statistics.</source>
        <translation>캐시 통계를 보여 줍니다.</translation>
    </message>
    <message>
        <source>articles: %1
feeds: %2
unread: %3
starred: %4
saved: %5
images: %6
bytes: %7
</source>
        <translation>기사: %1
피드: %2
읽지 않음: %3
스크랩: %4
오프라인 저장: %5
이미지: %6
바이트: %7
</translation>
    </message>
    <message>
        <source>Import feeds from an OPML file (nothing is fetched).</source>
        <translation>OPML 파일에서 피드를 가져옵니다(내려받지는 않습니다).</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>OPML 파일.</translation>
    </message>
    <message>
        <source>Export the feeds as OPML.</source>
        <translation>피드를 OPML로 내보냅니다.</translation>
    </message>
    <message>
        <source>The OPML file to write (&apos;-&apos; for standard output).</source>
        <translation>쓸 OPML 파일(&apos;-&apos;는 표준 출력).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Show the most-read rankings.</source>
        <translation>많이 본 뉴스 순위를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Do not store article images.</source>
        <translation>기사 이미지를 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Add reporters, dateline, photo credits, images and copyright to each entry.</source>
        <translation>각 기사에 기자, 발신지, 사진출처, 이미지, 저작권 정보를 더합니다.</translation>
    </message>
    <message>
        <source>Show the leading stories of each section, clustered across outlets.</source>
        <translation>섹션마다 여러 매체가 다룬 주요 기사를 묶어 보여 줍니다.</translation>
    </message>
    <message>
        <source>Look back this many days (default 7).</source>
        <translation>며칠 전까지 볼지(기본 7일).</translation>
    </message>
    <message>
        <source>%1. %2 (%3 outlets)
</source>
        <translation>%1. %2 (%3개 매체)
</translation>
    </message>
    <message>
        <source>Do not fetch article pages for summary-only feeds.</source>
        <translation>요약만 주는 피드의 기사 페이지를 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>Extract the article from a saved web page and print it as JSON.</source>
        <translation>저장한 웹 페이지에서 기사를 추출해 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>URL of the page, for relative links.</source>
        <translation>상대 링크를 풀 때 쓸 페이지 URL입니다.</translation>
    </message>
    <message>
        <source>The HTML file.</source>
        <translation>HTML 파일</translation>
    </message>
    <message>
        <source>No article found: %1</source>
        <translation>기사를 찾지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Sosik&apos;s own ranking for &quot;today&quot; (24 hours, the default) or &quot;week&quot;.</source>
        <translation>소식 자체 순위의 기간: &quot;today&quot;(24시간, 기본값) 또는 &quot;week&quot;(7일).</translation>
    </message>
    <message>
        <source>Upkeep the reader does in idle time: merge the search index; with --vacuum, reclaim free space.</source>
        <translation>리더가 한가할 때 하는 정리: 검색 색인을 병합하고, --vacuum을 주면 빈 공간도 회수합니다.</translation>
    </message>
    <message>
        <source>Rewrite the file without free pages.</source>
        <translation>빈 페이지 없이 파일을 다시 씁니다.</translation>
    </message>
    <message>
        <source>search index merged in %1 s
</source>
        <translation>검색 색인 병합: %1초
</translation>
    </message>
    <message>
        <source>Usage: sosik-cli &lt;command&gt; [options]</source>
        <translation>사용법: sosik-cli &lt;명령&gt; [옵션]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>이 도움말 보기</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>버전 보기</translation>
    </message>
    <message>
        <source>sosik-cli COMMAND --help describes a command&apos;s options.</source>
        <translation>sosik-cli 명령 --help 로 명령마다 옵션을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>parse a feed file and print normalized JSON</source>
        <translation>피드 파일을 해석해 정규화된 JSON을 출력</translation>
    </message>
    <message>
        <source>extract the article from a saved web page (JSON)</source>
        <translation>저장한 웹 페이지에서 기사 추출 (JSON)</translation>
    </message>
    <message>
        <source>import feeds from OPML</source>
        <translation>OPML에서 피드 가져오기</translation>
    </message>
    <message>
        <source>export feeds as OPML</source>
        <translation>피드를 OPML로 내보내기</translation>
    </message>
    <message>
        <source>most-read rankings</source>
        <translation>많이 본 뉴스 순위</translation>
    </message>
    <message>
        <source>leading stories per section, across outlets</source>
        <translation>분야별 주요 기사(매체 묶음)</translation>
    </message>
    <message>
        <source>list feeds and their state</source>
        <translation>피드와 상태 목록</translation>
    </message>
    <message>
        <source>list articles, newest first</source>
        <translation>기사 목록(최신순)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>show one article</source>
        <translation>기사 하나 보기</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>search the cache</source>
        <translation>캐시 검색</translation>
    </message>
    <message>
        <source>cache statistics</source>
        <translation>캐시 통계</translation>
    </message>
    <message>
        <source>refresh feeds into the cache (--data-dir, --opml, --source)</source>
        <translation>피드를 새로 받아 캐시에 저장 (--data-dir, --opml, --source)</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: nothing more can be saved there.</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다. 더 이상 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The cache in %1 is damaged (%2). &apos;sosik-cli maintain --recover&apos; rebuilds it from what is readable.</source>
        <translation>%1의 캐시가 손상되었습니다(%2). &apos;sosik-cli maintain --recover&apos;로 읽을 수 있는 내용에서 다시 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: nothing can be saved.</source>
        <translation>데이터 폴더 %1은(는) 읽기 전용이라 아무것도 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete articles older than N days (never starred or saved ones).</source>
        <translation>N일보다 오래된 기사를 지웁니다(별표하거나 저장한 기사는 지우지 않음).</translation>
    </message>
    <message>
        <source>With --retention-days: keep at most M articles per feed (0: no limit).</source>
        <translation>--retention-days와 함께: 피드마다 기사를 최대 M건 남깁니다(0: 제한 없음).</translation>
    </message>
    <message>
        <source>Back up a damaged cache and rebuild it from what is readable (subscriptions and statuses are kept).</source>
        <translation>손상된 캐시를 백업하고 읽을 수 있는 내용에서 다시 만듭니다(구독과 읽음·별표·저장 상태는 유지).</translation>
    </message>
    <message>
        <source>rebuilt: %1 feeds, %2 articles; %3 unreadable rows; damaged file kept as %4
</source>
        <translation>다시 만듦: 피드 %1개, 기사 %2건, 읽을 수 없는 행 %3개. 손상된 파일은 %4(으)로 보관했습니다
</translation>
    </message>
    <message>
        <source>--keep-per-feed needs --retention-days.</source>
        <translation>--keep-per-feed는 --retention-days와 함께 써야 합니다.</translation>
    </message>
    <message>
        <source>--retention-days and --keep-per-feed take a number of 0 or more.</source>
        <translation>--retention-days와 --keep-per-feed에는 0 이상의 수를 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n old article(s) deleted
</source>
        <translation>
            <numerusform>오래된 기사 %n건을 지웠습니다
</numerusform>
        </translation>
    </message>
    <message>
        <source>merge the search index (--vacuum: reclaim space; --retention-days N [--keep-per-feed M]: delete old articles; --recover: rebuild a damaged cache)</source>
        <translation>검색 색인 병합 (--vacuum: 공간 회수, --retention-days N [--keep-per-feed M]: 오래된 기사 삭제, --recover: 손상된 캐시 복구)</translation>
    </message>
    <message>
        <source>Mark articles (IDs from list --json) read, unread, starred (star), not starred (unstar), saved for offline reading (save: full text and images follow with the next refresh) or not (unsave).</source>
        <translation>기사(list --json의 ID)를 읽음(read), 안 읽음(unread), 별표(star), 별표 해제(unstar), 오프라인 저장(save: 다음 새로 고침 때 전문과 이미지를 받음), 저장 해제(unsave)로 표시합니다.</translation>
    </message>
    <message>
        <source>read|unread|star|unstar|save|unsave</source>
        <translation>read|unread|star|unstar|save|unsave</translation>
    </message>
    <message>
        <source>Article IDs.</source>
        <translation>기사 ID.</translation>
    </message>
    <message>
        <source>Usage: sosik-cli mark read|unread|star|unstar|save|unsave ID...</source>
        <translation>사용법: sosik-cli mark read|unread|star|unstar|save|unsave ID...</translation>
    </message>
    <message>
        <source>Not an article ID: %1</source>
        <translation>기사 ID가 아닙니다: %1</translation>
    </message>
    <message>
        <source>No article %1</source>
        <translation>기사 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>read|unread|star|unstar|save|unsave ID...</source>
        <translation>read|unread|star|unstar|save|unsave ID...</translation>
    </message>
    <message>
        <source>mark articles read, unread, starred or saved for offline reading</source>
        <translation>기사를 읽음, 안 읽음, 별표, 오프라인 저장으로 표시</translation>
    </message>
    <message>
        <source>%1 feeds imported, %2 already subscribed, %3 invalid
</source>
        <translation>피드 %1개를 가져왔습니다. 이미 구독 중 %2개, 잘못된 항목 %3개
</translation>
    </message>
    <message>
        <source>Find the feeds behind an address (a feed or any page of a site) and subscribe to them.</source>
        <translation>주소(피드 또는 사이트의 아무 페이지) 뒤에 있는 피드를 찾아 구독합니다.</translation>
    </message>
    <message>
        <source>Put the feeds in this section (general, economy, …).</source>
        <translation>피드를 이 섹션에 넣습니다 (general, economy, …).</translation>
    </message>
    <message>
        <source>File the feeds under this outlet (created if new).</source>
        <translation>피드를 이 언론사 아래에 둡니다 (없으면 만듭니다).</translation>
    </message>
    <message>
        <source>Subscribe to every feed found, not only the first.</source>
        <translation>첫 번째만이 아니라 찾은 피드를 모두 구독합니다.</translation>
    </message>
    <message>
        <source>A feed&apos;s or a site&apos;s address.</source>
        <translation>피드나 사이트의 주소.</translation>
    </message>
    <message>
        <source>Unknown section &apos;%1&apos;; one of: %2</source>
        <translation>알 수 없는 섹션 &apos;%1&apos;. 다음 중 하나: %2</translation>
    </message>
    <message>
        <source>Finding feeds needs the network (--offline was given).</source>
        <translation>피드를 찾으려면 네트워크가 필요합니다 (--offline이 지정됨).</translation>
    </message>
    <message>
        <source>An outlet&apos;s name cannot be empty.</source>
        <translation>언론사 이름은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>Not a web address (http or https): %1</source>
        <translation>웹 주소(http, https)가 아닙니다: %1</translation>
    </message>
    <message>
        <source>No feed found at %1.</source>
        <translation>%1에서 피드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>subscribed %1	%2	%3 / %4 (%5)
</source>
        <translation>구독함 %1	%2	%3 / %4 (%5)
</translation>
    </message>
    <message>
        <source>already subscribed %1	%2	%3 / %4 (%5)
</source>
        <translation>이미 구독 중 %1	%2	%3 / %4 (%5)
</translation>
    </message>
    <message>
        <source>Unsubscribe from a feed; its articles go, except starred and saved ones with --keep-starred.</source>
        <translation>피드 구독을 해지합니다. 기사도 지워지며, --keep-starred를 주면 스크랩·저장한 기사는 남습니다.</translation>
    </message>
    <message>
        <source>The feed&apos;s id (sosik-cli feeds).</source>
        <translation>피드 ID (sosik-cli feeds).</translation>
    </message>
    <message>
        <source>unsubscribed %1 (%2 articles kept)
</source>
        <translation>구독 해지 %1 (기사 %2건 보관)
</translation>
    </message>
    <message>
        <source>Rename a feed, or with --outlet an outlet.</source>
        <translation>피드의 이름을 바꿉니다. --outlet을 주면 언론사의 이름을 바꿉니다.</translation>
    </message>
    <message>
        <source>ID is an outlet&apos;s id, not a feed&apos;s.</source>
        <translation>ID가 피드가 아니라 언론사의 ID입니다.</translation>
    </message>
    <message>
        <source>The feed&apos;s (or outlet&apos;s) id.</source>
        <translation>피드(또는 언론사)의 ID.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>새 이름.</translation>
    </message>
    <message>
        <source>Move a feed and its articles to another outlet.</source>
        <translation>피드와 그 기사를 다른 언론사로 옮깁니다.</translation>
    </message>
    <message>
        <source>The outlet&apos;s id or name.</source>
        <translation>언론사의 ID 또는 이름.</translation>
    </message>
    <message>
        <source>The feed&apos;s id.</source>
        <translation>피드 ID.</translation>
    </message>
    <message>
        <source>Change a feed&apos;s settings: section, interval (minutes), retention (days), fulltext (auto|always|never), images (on|off), encoding, user-agent; an empty value restores the default.</source>
        <translation>피드의 설정을 바꿉니다: section, interval(분), retention(일), fulltext(auto|always|never), images(on|off), encoding, user-agent. 값을 비우면 기본값으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Settings to change.</source>
        <translation>바꿀 설정.</translation>
    </message>
    <message>
        <source>No feed %1.</source>
        <translation>피드 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot set &apos;%1&apos; (keys: section, interval, retention, fulltext, images, encoding, user-agent).</source>
        <translation>&apos;%1&apos;을(를) 설정할 수 없습니다 (키: section, interval, retention, fulltext, images, encoding, user-agent).</translation>
    </message>
    <message>
        <source>URL [--section ID] [--outlet NAME]</source>
        <translation>URL [--section ID] [--outlet 이름]</translation>
    </message>
    <message>
        <source>find the feeds behind an address and subscribe</source>
        <translation>주소 뒤의 피드를 찾아 구독</translation>
    </message>
    <message>
        <source>ID [--keep-starred]</source>
        <translation>ID [--keep-starred]</translation>
    </message>
    <message>
        <source>unsubscribe from a feed</source>
        <translation>피드 구독 해지</translation>
    </message>
    <message>
        <source>[--outlet] ID NAME</source>
        <translation>[--outlet] ID 이름</translation>
    </message>
    <message>
        <source>rename a feed or an outlet</source>
        <translation>피드나 언론사 이름 바꾸기</translation>
    </message>
    <message>
        <source>FEED-ID --outlet ID|NAME</source>
        <translation>피드-ID --outlet ID|이름</translation>
    </message>
    <message>
        <source>move a feed to another outlet</source>
        <translation>피드를 다른 언론사로 옮기기</translation>
    </message>
    <message>
        <source>FEED-ID KEY=VALUE...</source>
        <translation>피드-ID 키=값...</translation>
    </message>
    <message>
        <source>change a feed&apos;s settings</source>
        <translation>피드 설정 바꾸기</translation>
    </message>
    <message>
        <source>usage: sosik-cli account add ttrss URL --user USER --password-file FILE</source>
        <translation>사용법: sosik-cli account add ttrss URL --user USER --password-file FILE</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>서버 주소가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1</source>
        <translation>비밀번호 파일 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation>계정을 추가할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>warning: the password is kept in the cache (%1), readable by whoever can read that file</source>
        <translation>경고: 비밀번호는 캐시(%1)에 저장되며, 그 파일을 읽을 수 있는 사람은 누구나 볼 수 있습니다</translation>
    </message>
    <message>
        <source>account %1 added: %2 at %3
</source>
        <translation>계정 %1 추가: %3의 %2
</translation>
    </message>
    <message>
        <source>Sync accounts: account add ttrss URL --user USER --password-file FILE | account list | account remove ID</source>
        <translation>동기화 계정: account add ttrss URL --user USER --password-file FILE | account list | account remove ID</translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation>서버의 사용자 이름.</translation>
    </message>
    <message>
        <source>A file whose first line is the password (- for standard input).</source>
        <translation>첫 줄이 비밀번호인 파일 (- 는 표준 입력).</translation>
    </message>
    <message>
        <source>Do not take the server&apos;s subscriptions.</source>
        <translation>서버의 구독을 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>Do not sync read and starred state.</source>
        <translation>읽음·스크랩 상태를 동기화하지 않습니다.</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list 또는 remove</translation>
    </message>
    <message>
        <source>%1 feeds, %2 articles, %3 changes to send</source>
        <translation>피드 %1개, 기사 %2건, 보낼 변경 %3건</translation>
    </message>
    <message>
        <source>failing since %1: %2</source>
        <translation>%1부터 실패: %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>%1 동기화함</translation>
    </message>
    <message>
        <source>No account %1</source>
        <translation>계정 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>account %1 removed
</source>
        <translation>계정 %1 삭제
</translation>
    </message>
    <message>
        <source>usage: sosik-cli account add ttrss URL --user USER --password-file FILE | list | remove ID</source>
        <translation>사용법: sosik-cli account add ttrss URL --user USER --password-file FILE | list | remove ID</translation>
    </message>
    <message>
        <source>Sync every account (or one): subscriptions and articles down, read and starred both ways.</source>
        <translation>모든 계정(또는 하나)을 동기화합니다: 구독과 기사는 받아 오고, 읽음·스크랩은 양쪽으로 맞춥니다.</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>이 계정만.</translation>
    </message>
    <message>
        <source>Do not store the new articles&apos; images.</source>
        <translation>새 기사의 이미지를 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>offline: nothing is sent; the queued changes wait</source>
        <translation>오프라인: 아무것도 보내지 않습니다. 대기 중인 변경은 기다립니다</translation>
    </message>
    <message>
        <source>account %1: failed: %2
</source>
        <translation>계정 %1: 실패: %2
</translation>
    </message>
    <message>
        <source>account %1: down %2 new articles, %3 feeds added, %4 removed; read %5, unread %6, starred %7, unstarred %8; up read %9, unread %10, starred %11, unstarred %12 (%13 s)
</source>
        <translation>계정 %1: 받음 — 새 기사 %2건, 피드 추가 %3개, 삭제 %4개; 읽음 %5, 읽지 않음 %6, 스크랩 %7, 스크랩 해제 %8 / 보냄 — 읽음 %9, 읽지 않음 %10, 스크랩 %11, 스크랩 해제 %12 (%13초)
</translation>
    </message>
    <message>
        <source>add ttrss URL --user U --password-file F | list | remove ID</source>
        <translation>add ttrss URL --user U --password-file F | list | remove ID</translation>
    </message>
    <message>
        <source>sync accounts on a Tiny Tiny RSS server</source>
        <translation>Tiny Tiny RSS 서버의 동기화 계정</translation>
    </message>
    <message>
        <source>[--account ID] [--json]</source>
        <translation>[--account ID] [--json]</translation>
    </message>
    <message>
        <source>sync every account: what went up and down</source>
        <translation>모든 계정 동기화: 보낸 것과 받은 것</translation>
    </message>
    <message>
        <source>Export articles as one self-contained HTML file (images embedded, nothing loaded from the network): the articles given by ID, or those of a section, the starred or the saved ones.</source>
        <translation>기사를 HTML 파일 하나로 내보냅니다(이미지 포함, 네트워크에서 아무것도 불러오지 않음): ID로 지정한 기사, 또는 한 섹션의 기사, 별표한 기사, 저장한 기사.</translation>
    </message>
    <message>
        <source>The articles of this section.</source>
        <translation>이 섹션의 기사.</translation>
    </message>
    <message>
        <source>The starred articles.</source>
        <translation>별표한 기사.</translation>
    </message>
    <message>
        <source>The articles saved for offline reading.</source>
        <translation>오프라인 읽기용으로 저장한 기사.</translation>
    </message>
    <message>
        <source>At most this many, newest first (default %1).</source>
        <translation>최신순으로 최대 이만큼 (기본 %1).</translation>
    </message>
    <message>
        <source>Article IDs (none with --section).</source>
        <translation>기사 ID (--section을 쓸 때는 없음).</translation>
    </message>
    <message>
        <source>%1 article(s) exported to %2
</source>
        <translation>기사 %1개를 %2(으)로 내보냈습니다
</translation>
    </message>
    <message>
        <source>ID...|--section S|--starred|--saved FILE</source>
        <translation>ID...|--section S|--starred|--saved 파일</translation>
    </message>
    <message>
        <source>export articles as one self-contained HTML file</source>
        <translation>기사를 HTML 파일 하나로 내보내기</translation>
    </message>
    <message>
        <source>Keep the feed&apos;s starred and saved articles (under 구독 취소한 피드의 보관 기사).</source>
        <translation>피드의 스크랩·저장한 기사를 남깁니다 (구독 취소한 피드의 보관 기사 아래).</translation>
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
    <message>
        <source>Interface language: system, ko or en.</source>
        <translation>화면 언어: system, ko, en.</translation>
    </message>
</context>
<context>
    <name>news::AccountSync</name>
    <message>
        <source>Connected (Tiny Tiny RSS API level %1).</source>
        <translation>연결되었습니다 (Tiny Tiny RSS API 수준 %1).</translation>
    </message>
    <message>
        <source>The sync server cannot be reached.</source>
        <translation>동기화 서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>서버가 사용자 이름이나 비밀번호를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>The server has API access switched off (Tiny Tiny RSS: Preferences → Enable API).</source>
        <translation>서버에서 API 사용이 꺼져 있습니다 (Tiny Tiny RSS: 환경 설정 → API 사용).</translation>
    </message>
    <message>
        <source>The sync server answered with an error (HTTP %1).</source>
        <translation>동기화 서버가 오류로 응답했습니다 (HTTP %1).</translation>
    </message>
    <message>
        <source>The address does not answer like a Tiny Tiny RSS server.</source>
        <translation>이 주소는 Tiny Tiny RSS 서버처럼 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>The sync server sent too much at once.</source>
        <translation>동기화 서버가 한 번에 너무 많이 보냈습니다.</translation>
    </message>
    <message>
        <source>The cache could not be written.</source>
        <translation>캐시에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>동기화를 취소했습니다.</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>동기화하지 못했습니다.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화하는 중…</translation>
    </message>
    <message>
        <source>Sync failing since %1: %2</source>
        <translation>%1부터 동기화 실패: %2</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>%1 동기화함</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>다음 시도: %1</translation>
    </message>
    <message>
        <source>Next try: when the network is back</source>
        <translation>다음 시도: 네트워크가 돌아오면</translation>
    </message>
    <message>
        <source>%1 at %2 is already an account here.</source>
        <translation>%2의 %1 계정은 이미 추가되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
</context>
</TS>
