#!/usr/bin/env python3
"""Writes tests/data/credits/cases.json: our own credit-extraction cases (reporters, datelines, photo credits,
copyright, promo tails), positive and negative, in the forms Korean outlets use. TestCreditExtractor runs them
and reports precision and recall.

    python3 tools/make_credit_cases.py

A case: html (the article body, sanitized HTML), authors (the feed's author field), and what to expect:
reporters ["name/role/email"], dateline "city/agency" or null, photo_credits [...], copyright true/false,
images {"src": "credit"} (credits attached to their image), body_excludes / body_contains (the cleaned body)."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "credits", "cases.json")
B1 = "정부가 내년 예산안을 국회에 제출했다."
B2 = "교민 단체들은 영사 서비스 확대를 환영했다."
cases = []


def case(name, html, reporters=(), dateline=None, credits=(), copyright=False, authors="", images=None,
         excludes=(), contains=(), notice=None):
    c = {"name": name, "html": html, "authors": authors, "reporters": list(reporters),
         "dateline": dateline, "photo_credits": list(credits), "copyright": copyright,
         "images": images or {}, "body_excludes": list(excludes), "body_contains": list(contains)}
    if notice is not None:
        c["copyright_text"] = notice  # the copyright field, exactly
    cases.append(c)


P = lambda *xs: "".join(f"<p>{x}</p>" for x in xs)

# --- wire datelines
case("yonhap", P(f"(서울=연합뉴스) 홍길동 기자 = {B1}", B2), ["홍길동/기자/"], "서울/연합뉴스", contains=[B1])
case("yonhap correspondent", P(f"(베이징=연합뉴스) 한지민 특파원 = {B1}"), ["한지민/특파원/"], "베이징/연합뉴스")
case("yonhap two names one role", P(f"(세종=연합뉴스) 김철수 이영희 기자 = {B1}"), ["김철수/기자/", "이영희/기자/"], "세종/연합뉴스")
case("yonhap senior", P(f"(서울=연합뉴스) 박상현 선임기자 = {B1}"), ["박상현/선임기자/"], "서울/연합뉴스")
case("yonhap correspondent abroad", P(f"(워싱턴=연합뉴스) 김동현 특파원 = {B1}"), ["김동현/특파원/"], "워싱턴/연합뉴스")
case("newsis", P(f"[서울=뉴시스]홍길동 기자 = {B1}"), ["홍길동/기자/"], "서울/뉴시스")
case("newsis spaced", P(f"[서울=뉴시스] 홍길동 기자 = {B1}"), ["홍길동/기자/"], "서울/뉴시스")
case("newsis correspondent", P(f"[도쿄=뉴시스]김예진 특파원 = {B1}"), ["김예진/특파원/"], "도쿄/뉴시스")
case("newsis intern", P(f"[서울=뉴시스]이소라 인턴기자 = {B1}"), ["이소라/인턴기자/"], "서울/뉴시스")
case("news1 comma", P(f"(서울=뉴스1) 김민수 기자,이지은 기자 = {B1}"), ["김민수/기자/", "이지은/기자/"], "서울/뉴스1")
case("news1 comma space", P(f"(서울=뉴스1) 김민수 기자, 이지은 기자 = {B1}"), ["김민수/기자/", "이지은/기자/"], "서울/뉴스1")
case("news1 shared role", P(f"(부산=뉴스1) 김민수 이지은 기자 = {B1}"), ["김민수/기자/", "이지은/기자/"], "부산/뉴스1")
case("news1 three", P(f"(서울=뉴스1) 김민수 이지은 박서준 기자 = {B1}"), ["김민수/기자/", "이지은/기자/", "박서준/기자/"], "서울/뉴스1")
case("full-width correspondent", P(f"【베이징=홍길동 특파원】 {B1}"), ["홍길동/특파원/"], "베이징/")
case("full-width agency", P(f"【서울=뉴스핌】김철수 기자 = {B1}"), ["김철수/기자/"], "서울/뉴스핌")
case("full-width correspondent 2", P(f"【도쿄=이승민 특파원】{B1}"), ["이승민/특파원/"], "도쿄/")
case("wire in second paragraph", P("[속보]", f"(서울=연합뉴스) 홍길동 기자 = {B1}"), ["홍길동/기자/"], "서울/연합뉴스")
case("wire without reporter", P(f"(서울=연합뉴스) = {B1}"), [], "서울/연합뉴스")
case("wire desk", P(f"(서울=연합뉴스) 디지털뉴스부 = {B1}"), [], "서울/연합뉴스")
case("wire with email", P(f"(서울=연합뉴스) 홍길동 기자 = {B1}", "hong@yna.example.kr"), ["홍길동/기자/hong@yna.example.kr"], "서울/연합뉴스")
case("yonhap tv", P(f"(서울=연합뉴스TV) 윤보람 기자 = {B1}"), ["윤보람/기자/"], "서울/연합뉴스TV")
case("correspondent 통신원", P(f"(상하이=연합뉴스) 정다은 통신원 = {B1}"), ["정다은/통신원/"], "상하이/연합뉴스")

# --- outlet-bracket leads
case("bracket space", P(f"[한빛일보 김하늘 기자] {B1}"), ["김하늘/기자/"])
case("bracket equals", P(f"[한빛일보=김하늘 기자] {B1}"), ["김하늘/기자/"])
case("bracket slash", P(f"[한빛일보/김하늘기자] {B1}"), ["김하늘/기자/"])
case("bracket edaily", P(f"[이데일리 최정훈 기자] {B1}"), ["최정훈/기자/"])
case("bracket two words outlet", P(f"[아시아 경제 오세훈 기자] {B1}"), ["오세훈/기자/"])
case("bracket correspondent", P(f"[한빛일보 베이징=남궁민 특파원] {B1}"), ["남궁민/특파원/"], "베이징/한빛일보")
case("bracket columnist", P(f"[한빛일보 서지수 논설위원] {B1}"), ["서지수/논설위원/"])
case("bracket staff reporter", P(f"[머니투데이 강민호 대기자] {B1}"), ["강민호/대기자/"])

# --- trailing signatures
case("sig name role email", P(B1, B2, "김하늘 기자 sky@news.example.kr"), ["김하늘/기자/sky@news.example.kr"],
     excludes=["sky@news.example.kr"])
case("sig email first", P(B1, "sky@news.example.kr 김하늘 기자"), ["김하늘/기자/sky@news.example.kr"], excludes=["sky@news"])
case("sig email then name", P(B1, "sky@news.example.kr 김하늘"), ["김하늘//sky@news.example.kr"], excludes=["sky@news"])
case("sig pipes", P(B1, "김하늘 기자 | sky@news.example.kr | 2026-11-20 09:30"), ["김하늘/기자/sky@news.example.kr"], excludes=["2026-11-20"])
case("sig outlet equals parens", P(B1, "한빛일보=김하늘 기자(sky@news.example.kr)"), ["김하늘/기자/sky@news.example.kr"], excludes=["sky@news"])
case("sig parens", P(B1, "김하늘 기자 (sky@news.example.kr)"), ["김하늘/기자/sky@news.example.kr"])
case("sig angle", P(B1, "김하늘 기자 &lt;sky@news.example.kr&gt;"), ["김하늘/기자/sky@news.example.kr"])
case("sig name alone", P(B1, B2, "김하늘"), ["김하늘//"], excludes=["<p>김하늘</p>"])
case("sig name role only", P(B1, "김하늘 기자"), ["김하늘/기자/"])
case("sig before copyright", P(B1, "김하늘 기자 sky@news.example.kr", "저작권자 © 한빛일보 무단전재 및 재배포 금지"),
     ["김하늘/기자/sky@news.example.kr"], copyright=True)
case("sig two reporters", P(B1, "김하늘 기자 sky@a.example.kr", "박준호 기자 park@a.example.kr"),
     ["김하늘/기자/sky@a.example.kr", "박준호/기자/park@a.example.kr"])
case("sig english name", P(B1, "Park Ji-ho 기자 jiho@news.example.com"), ["Park Ji-ho/기자/jiho@news.example.com"])
case("sig br separated", f"<p>{B1}<br>{B2}<br>김하늘 기자 sky@news.example.kr</p>", ["김하늘/기자/sky@news.example.kr"], excludes=["sky@news"])
case("sig in div", f"<div>{B1}</div><div>김하늘 기자 sky@news.example.kr</div>", ["김하늘/기자/sky@news.example.kr"])
case("sig role 전문기자", P(B1, "이정민 전문기자 jm@news.example.kr"), ["이정민/전문기자/jm@news.example.kr"])
case("sig editor", P(B1, "글=오지현 편집위원"), ["오지현/편집위원/"])
case("shanghai journal arrow", P(B1, "▷홍길동 기자"), ["홍길동/기자/"], excludes=["▷"])
case("shanghai journal arrow outlet", P(B1, "▷ 상하이저널 김하늘 기자"), ["김하늘/기자/"], excludes=["▷"])
case("shanghai journal arrow email", P(B1, "▷김하늘(sky@shanghaijournal.example)"), ["김하늘//sky@shanghaijournal.example"])
case("arrow intern", P(B1, "▷이유진 인턴기자"), ["이유진/인턴기자/"])

case("sig text and photo by", P(B1, "글·사진=홍길동 기자"), ["홍길동/기자/"], credits=["홍길동"], excludes=["글·사진"])
case("sig compiled by", P(B1, "정리=김하늘 기자"), ["김하늘/기자/"])
case("sig outlet word", P(B1, "한빛일보 홍길동 기자 hong@hanbit.example.kr"), ["홍길동/기자/hong@hanbit.example.kr"])
case("sig email on next line", P(f"(서울=연합뉴스) 홍길동 기자 = {B1}", B2, "hong@yna.example.kr"),
     ["홍길동/기자/hong@yna.example.kr"], "서울/연합뉴스", excludes=["hong@yna"])

# --- feed author fields
case("author plain", P(B1), ["홍길동/기자/"], authors="홍길동 기자")
case("author comma", P(B1), ["홍길동//", "김철수//"], authors="홍길동, 김철수")
case("author middle dot", P(B1), ["홍길동/기자/", "김철수/기자/"], authors="홍길동 기자·김철수 기자")
case("author slash", P(B1), ["홍길동//", "김철수//"], authors="홍길동/김철수")
case("author romanised", P(B1), ["Kim Min-ji//"], authors="Kim Min-ji")
case("author email", P(B1), ["홍길동/기자/hong@x.example.kr"], authors="홍길동 기자 hong@x.example.kr")
case("author desk", P(B1), [], authors="디지털뉴스팀")
case("author online desk", P(B1), [], authors="온라인뉴스팀")
case("author newsroom", P(B1), [], authors="편집국")
case("author department", P(B1), [], authors="경제부")
case("author agency", P(B1), [], authors="연합뉴스")
case("author mixed desk", P(B1), ["홍길동/기자/"], authors="홍길동 기자, 온라인뉴스팀")
case("body wins over author", P(f"(서울=연합뉴스) 홍길동 기자 = {B1}"), ["홍길동/기자/"], "서울/연합뉴스", authors="연합뉴스")

# --- negatives: prose is not a byline
case("press conference", P(f"홍길동 장관은 기자회견에서 {B1}"), [])
case("kim reporter prose", P(f"김 기자는 현장에서 {B1}"), [])
case("reporter asked", P(f"관계자는 기자에게 {B2}"), [])
case("reporter reported", P(f"한 외신 기자가 보도했다. {B1}"), [])
case("mid-body name role", P(B1, f"홍길동 기자가 현장을 취재했을 때 {B2}", B2), [])
case("photo caption is not a byline", P(f"[베이징=AP/뉴시스] 시민들이 거리를 걷고 있다. {B1}"), [], credits=["AP", "뉴시스"])
case("last line prose", P(B1, "정부는 다음 주에 결과를 발표할 예정이다."), [])
case("last line short word", P(B1, "끝"), [])
case("last line common word", P(B1, "이상입니다"), [])
case("email alone", P(B1, "문의: info@agency.example.kr"), [])
case("reporters club", P(f"기자단은 {B1}"), [])
case("bracket not byline", P(f"[단독] {B1}"), [])
case("bracket topic", P(f"[한빛일보 특별기획] {B1}"), [])
case("dateline-like prose", P(f"(서울=자료) 본문 {B1}"), [])

# --- photo credits
case("credit source", P(f"{B1} [사진출처=연합뉴스]"), [], credits=["연합뉴스"])
case("credit paren", P("(사진=연합뉴스)", B1), [], credits=["연합뉴스"], excludes=["(사진=연합뉴스)"])
case("credit angle", P(f"&lt;사진 제공: 서울시&gt;", B1), [], credits=["서울시"])
case("credit spaced equals", P("사진 = 한빛일보 DB", B1), [], credits=["한빛일보 DB"], excludes=["사진 = 한빛일보"])
case("credit yonhap provided", P(f"시청 앞 광장 [서울시 제공. 재판매 및 DB 금지]", B1), [], credits=["서울시"])
case("credit yonhap archive", P(f"[연합뉴스 자료사진]", B1), [], credits=["연합뉴스"])
case("credit slash tail", P("시민들이 광장에 모여 있다. /연합뉴스", B1), [], credits=["연합뉴스"])
case("credit AP yonhap", P("시위대가 행진하고 있다. AP연합뉴스", B1), [], credits=["AP", "연합뉴스"])
case("credit reuters yonhap", P("항구의 컨테이너들. 로이터 연합뉴스", B1), [], credits=["로이터", "연합뉴스"])
case("credit xinhua shot", P("[촬영/신화사 기자 왕밍]", B1), [], credits=["신화사 기자 왕밍"])
case("credit figure", f"<figure><img src=\"https://img.example.kr/a.jpg\"><figcaption>행사장 모습 (사진=한빛일보)</figcaption></figure>{P(B1)}",
     [], credits=["한빛일보"], images={"https://img.example.kr/a.jpg": "한빛일보"})
case("credit figure two images", f"<figure><img src=\"https://img.example.kr/a.jpg\"><figcaption>첫 사진 [사진출처=서울시]</figcaption></figure>"
     f"<figure><img src=\"https://img.example.kr/b.jpg\"><figcaption>둘째 사진 /로이터 연합뉴스</figcaption></figure>{P(B1)}",
     [], credits=["서울시", "로이터", "연합뉴스"], images={"https://img.example.kr/a.jpg": "서울시", "https://img.example.kr/b.jpg": "로이터 연합뉴스"})
case("credit caption after image", f"<p><img src=\"https://img.example.kr/c.jpg\"></p><p>공연 장면. (사진=문화재단)</p>{P(B1)}",
     [], credits=["문화재단"], images={"https://img.example.kr/c.jpg": "문화재단"})
case("credit triangle caption", f"<p><img src=\"https://img.example.kr/d.jpg\"></p><p>▲ 개막식 모습 (사진=서울시)</p>{P(B1)}",
     [], credits=["서울시"], images={"https://img.example.kr/d.jpg": "서울시"}, contains=["개막식 모습"])
case("credit trailing 사진=", P("시민들이 광장에 모였다. 사진=연합뉴스", B1), [], credits=["연합뉴스"])
case("credit no image link", P(B1, "(사진=홍보팀)"), [], credits=["홍보팀"])
case("no credit in prose", P("사진을 찍는 시민들이 많았다.", B1), [], credits=[])
case("photo exhibition prose", P("사진 전시회가 열린다. 사진작가 김모씨의 작품이다.", B1), [], credits=[])

# --- copyright and promo tails
case("copyright basic", P(B1, "저작권자 © 한빛일보 무단전재 및 재배포 금지"), copyright=True, excludes=["무단전재"])
case("copyright AI", P(B1, "&lt;저작권자 © 한빛일보, 무단 전재-재배포, AI 학습 및 활용 금지&gt;"), copyright=True, excludes=["AI 학습"])
case("copyright circled c", P(B1, "ⓒ 한빛일보 (www.example.kr), 무단전재 및 재배포금지"), copyright=True, excludes=["재배포"])
case("copyright english", P(B1, "Copyright ⓒ Hanbit Ilbo. All rights reserved."), copyright=True, excludes=["All rights"])
case("copyright paren c", P(B1, "(c) 한빛일보, 무단 전재 및 재배포 금지"), copyright=True)
case("copyright yonhap", P(B1, "저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지"), copyright=True)
case("copyright no symbol", P(B1, "&lt;한빛일보&gt; 무단 전재 및 재배포 금지"), copyright=True, excludes=["무단 전재"])
case("no copyright prose", P("저작권 분쟁이 늘고 있다고 밝혔다.", B1), copyright=False, contains=["저작권 분쟁"])
case("promo subscribe", P(B1, "▶ 네이버에서 한빛일보를 구독하세요! 구독하기 클릭"), excludes=["구독"])
case("promo tip", P(B1, "제보를 기다립니다"), excludes=["제보를"])
case("promo related", P(B1, "관련기사", "• 지난해 예산안 통과"), excludes=["관련기사"])
case("promo related bracket", P(B1, "[관련기사]"), excludes=["관련기사"])
case("promo kakao", P(B1, "▶제보는 카카오톡 okjebo"), excludes=["okjebo"])
case("promo app", P(B1, "▶ 한빛일보 앱 다운로드 클릭"), excludes=["다운로드"])
case("promo newsletter", P(B1, "☞ 한빛일보 뉴스레터 구독 신청"), excludes=["뉴스레터"])
case("promo not prose", P("구독자가 늘었다고 밝혔다.", B1), contains=["구독자가"])

# --- bylines as Korean outlets print them (issue #13): places before names, the Hangul letter ㅣ as a bar,
# names sharing one role and e-mail, "By", credit and sub-brand prefixes, non-reporter contributors
case("author place bar", P(B1), ["윤바다/특파원/sea@hanbit.example"], authors="상하이|윤바다 특파원 sea@hanbit.example")
case("author two places", P(B1), ["강하늘/특파원/", "윤바다/특파원/"], authors="뉴욕 | 강하늘·상하이 | 윤바다 특파원")
case("author hangul bar", P(B1), ["오가람/선임기자/garam@hanbit.example"], authors="제주 ㅣ 오가람 선임기자  garam@hanbit.example")
case("author place with dot", P(B1), ["한가온/기자/"], authors="파리·리옹(프랑스) | 한가온 기자")
case("author shared role and mail", P(B1), ["김나래/기자/team@hanbit.example", "박다솜/기자/team@hanbit.example"],
     authors="김나래·박다솜 기자 team@hanbit.example")
case("author three share", P(B1), ["이보람/기자/", "조은결/기자/", "한별이/기자/"], authors="이보람·조은결·한별이 기자")
case("author text and photo", P(B1), ["정이든/기자/"], authors="글·사진  정이든 기자")
case("author by", P(B1), ["서지원//"], authors="By 서지원")
case("author sub-brand", P(B1), ["문가람/기자/"], authors="한빛헬스 문가람 기자")
case("author sub-brand two", P(B1), ["문가람/기자/", "이슬기/인턴기자/"], authors="한빛헬스 문가람 기자·이슬기 인턴기자")
case("author field specialist", P(B1), ["최온유/경제전문기자/onyu@hanbit.example"], authors="최온유 경제전문기자 onyu@hanbit.example")
case("author url and repeated role", P(B1), ["송민재/논설위원/"], authors="송민재 논설위원 논설위원https://blog.hanbit.example/minjae/")
case("author editor", P(B1), ["정하윤/에디터/"], authors="정하윤 에디터")
case("author professor", P(B1), [], authors="배하람 피아니스트 한빛대 음악학과 교수")
case("author novelist", P(B1), [], authors="이도윤 소설가·한빛대 교수")
case("author shareholder", P(B1), [], authors="김한결 주주")
case("author reader", P(B1), [], authors="박새론 독자")
case("author desk with mail", P(B1), [], authors="한빛경제팀 eco@hanbit.example")
case("author sub-brand desk", P(B1), [], authors="한빛 연예")
# signatures and TV scripts
case("sig in parens", P(B1, B2, "(한빛연예뉴스 나은별 기자)"), ["나은별/기자/"], excludes=["나은별"])
case("sig photo then byline", P(B1, "사진=백가람 기자", "(한빛연예뉴스 나은별 기자)"), ["나은별/기자/"], credits=["백가람"])
case("sig name slash photo", P(B1, "윤하루 / 사진출처 한빛 인스타그램"), ["윤하루//"], credits=["한빛 인스타그램"])
case("sig name slash capture", P(B1, "윤하루 / 화면캡처 HBN"), ["윤하루//"], credits=["HBN"])
case("sig mail below", f"{P(B1)}<dl><dt>배가온 기자</dt><dd>gaon@hanbit.example</dd></dl>", ["배가온/기자/gaon@hanbit.example"])
case("sig two with mails", f"{P(B1)}<dl><dt>배가온 기자</dt><dd>gaon@hanbit.example</dd></dl>"
     f"<dl><dt>서누리 기자</dt><dd>nuri@hanbit.example</dd></dl>", ["배가온/기자/gaon@hanbit.example", "서누리/기자/nuri@hanbit.example"])
case("tv lead-in", P("◀ 앵커 ▶", "교민 단체가 영사관 앞에 모였습니다. 오세린 기자가 보도합니다.", "◀ 리포트 ▶", B1),
     ["오세린/기자/"], contains=["보도합니다"])
case("tv sign-off", P(B1, B2, "HBN뉴스 오세린입니다.", "HBN 뉴스는 여러분의 제보를 기다립니다.", "▷ 전화 02-000-0000",
                      "▷ 이메일 tip@hanbit.example"), ["오세린/기자/"], contains=["오세린입니다"],
     excludes=["제보를", "02-000-0000", "tip@hanbit"])
case("tv credit block", P(B1, "( 취재 : 윤서진 / 영상편집 : 한도울/ 화면제공 : 상하이시 공안국 / 제작 : 디지털뉴스부 )"),
     ["윤서진/기자/"], credits=["상하이시 공안국"], excludes=["영상편집"])
case("tv credit block comma", P(B1, "취재 : 나은솔, 구성 : 김도담"), ["나은솔/기자/"], excludes=["구성"])
case("tv footage source", P("(화면 출처 : 한빛방송)", B1), [], credits=["한빛방송"], excludes=["화면 출처"])
case("prose with 기자 not a byline", P("경찰은 현장에 있던 김민호 기자에게 사과했다.", "최수민 기자가 보도했다는 내용이다."), [])
case("prose with colon not credits", P(B1, "결론 : 예산은 늘었다"), [], contains=["결론"])
case("exchange rate not dateline", P("(달러=7.1위안) 위안화 환율이 올랐다.", B1), [], None)
case("lead after summary", P("요약 첫 줄입니다", "요약 둘째 줄입니다", "요약 셋째 줄입니다", f"[한빛일보 조하랑 기자] {B1}"), ["조하랑/기자/"])
case("outlet equals byline", P(f"[한빛경제=남다인 기자] {B1}"), ["남다인/기자/"])
case("outlet place comma", P(f"[한빛스포츠=부산, 지다온 기자] {B1}"), ["지다온/기자/"], "부산/한빛스포츠")
# photo credits in the forms Korean outlets print them
case("credit own paragraph after caption", f"<p><img src=\"https://img.example.kr/e.jpg\"></p><p>와이탄의 야경</p>"
     f"<p>[사진출처=상해일보(上海日报)]</p>{P(B1)}", [], credits=["상해일보(上海日报)"],
     images={"https://img.example.kr/e.jpg": "상해일보(上海日报)"}, excludes=["[사진출처"], contains=["와이탄의 야경"])
case("credit caption ends with agency", f"<p><img src=\"https://img.example.kr/f.jpg\"></p><p>선수들이 경기장을 나서고 있다. 뉴시스</p>{P(B1)}",
     [], credits=["뉴시스"], images={"https://img.example.kr/f.jpg": "뉴시스"})
case("credit glued photographer", f"<p><img src=\"https://img.example.kr/g.jpg\"></p><p>서다온 기자 daon@hanbit.example시민들이 광장에 모였다.</p>",
     [], credits=["서다온"], images={"https://img.example.kr/g.jpg": "서다온"})
case("credit alt text", f"<p><img src=\"https://img.example.kr/h.jpg\" alt=\"공장 앞의 모습. [사진 출처 = 한빛 캠프]\"></p>{P(B1)}",
     [], credits=["한빛 캠프"], images={"https://img.example.kr/h.jpg": "한빛 캠프"})
case("credit illustration teaser", P(B1, "일러스트 | 한보람 기자···"), [], credits=["한보람"])
case("credit photographer role", P("사진=백가람 기자", B1), [], credits=["백가람"])
case("credit file photo note", P("[자료사진 제공 : 한빛통신]", B1), [], credits=["한빛통신"])
case("credit circled c photo", f"<p><img src=\"https://img.example.kr/i.jpg\"></p><p>ⓒHanbit Photo</p>{P(B1)}",
     [], credits=["Hanbit Photo"], images={"https://img.example.kr/i.jpg": "Hanbit Photo"})
# copyright spellings and page furniture
case("copyright all rights lower", P(B1, "ⓒ HBN &amp; HBN Digital Lab all rights reserved."), copyright=True, excludes=["rights reserved"])
case("copyright copyrights", P(B1, "Copyrights ⓒ 한빛일보. All Rights Reserved."), copyright=True, excludes=["Copyrights"])
case("copyright AI clause", P(B1, "Copyright (c) 한빛AX. All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지"), copyright=True,
     excludes=["AI학습"])
case("copyright capital circled", P(B1, "저작권자 Ⓒ 한빛신문 무단전재-재배포 금지"), copyright=True, excludes=["무단전재"])
case("copyright no-break spaces", P(B1, "저작권자\u00a0©\u00a0한빛일보\u00a0무단전재\u00a0및\u00a0재배포\u00a0금지"), copyright=True,
     excludes=["무단전재"])
case("copyright interview notice", P(B1, "인터뷰 자료의 저작권은 HBN 라디오에 있습니다."), copyright=True, excludes=["저작권은"])
case("furniture photo disclaimer", P("▲위 사진은 기사 내용과 직접적인 관련이 없습니다.", B1), excludes=["관련이 없습니다"], contains=[B1[:10]])
case("furniture tags", P(B1, "#상하이 #교민 #예산"), excludes=["#교민"])

# --- the role before the name, a byline glued to a copyright notice, screen captures (갈무리)
case("sig role first", P(B1, B2, "기자 최유진"), ["최유진/기자/"], excludes=["최유진"])
case("sig role first email", P(B1, "기자 최유진 yujin@hanbit.example"), ["최유진/기자/yujin@hanbit.example"],
     excludes=["yujin@"])
case("sig role first email parens", P(B1, "특파원 윤바다(sea@hanbit.example)"), ["윤바다/특파원/sea@hanbit.example"])
case("sig role first shared", P(B1, "기자 김나래·박다솜"), ["김나래/기자/", "박다솜/기자/"])
case("sig role first then copyright", P(B1, "취재기자 한가온 gaon@hanbit.example", "저작권자 © 한빛일보 무단전재 및 재배포 금지"),
     ["한가온/취재기자/gaon@hanbit.example"], copyright=True)
case("author role first", P(B1), ["오가람/기자/"], authors="기자 오가람")
case("role first column title", P(B1, "기자 한마디"), [], contains=["기자 한마디"])
case("role first column title 2", P(B1, "기자 노트"), [], contains=["기자 노트"])
case("role first prose", P(B1, "기자 간담회는 다음 주에 열린다."), [], contains=["간담회"])
case("role first mid-body", P("기자 최유진", B1, B2), [], contains=["최유진"])
case("copyright then byline", P(B1, "저작권자 © 한빛일보 무단전재 및 재배포 금지. 최유진 기자 yujin@hanbit.example"),
     ["최유진/기자/yujin@hanbit.example"], copyright=True, excludes=["yujin@", "무단전재"], notice="저작권자 © 한빛일보 무단전재 및 재배포 금지.")
case("copyright then two bylines", P(B1, "ⓒ 한빛일보, 무단 전재 및 재배포 금지 김나래 기자 narae@hanbit.example 박다솜 기자"),
     ["김나래/기자/narae@hanbit.example", "박다솜/기자/"], copyright=True, excludes=["김나래"], notice="ⓒ 한빛일보, 무단 전재 및 재배포 금지")
case("copyright then role first", P(B1, "Copyright ⓒ Hanbit Ilbo. All rights reserved. 기자 최유진"),
     ["최유진/기자/"], copyright=True, excludes=["최유진"], notice="Copyright ⓒ Hanbit Ilbo. All rights reserved.")
case("byline then copyright", P(B1, "최유진 기자 yujin@hanbit.example 저작권자 © 한빛일보 무단전재 및 재배포 금지"),
     ["최유진/기자/yujin@hanbit.example"], copyright=True, excludes=["yujin@", "무단전재"], notice="저작권자 © 한빛일보 무단전재 및 재배포 금지")
case("copyright then button", P(B1, "저작권자 © 한빛일보 무단전재 및 재배포 금지 기사 스크랩"), [], copyright=True,
     excludes=["스크랩"], notice="저작권자 © 한빛일보 무단전재 및 재배포 금지")
case("copyright then prose with 기자", P(B1, "저작권자 © 한빛일보 무단전재 및 재배포 금지. 기자회견 전문 보기"), [], copyright=True)
case("outlet before copyright is no byline", P(B1, "한빛일보 ⓒ 무단전재 및 재배포 금지"), [], copyright=True, notice="한빛일보 ⓒ 무단전재 및 재배포 금지")
case("capture own line", f"<p><img src=\"https://img.example.kr/j.jpg\"></p><p>유튜브 갈무리</p>{P(B1)}", [], credits=["유튜브"],
     images={"https://img.example.kr/j.jpg": "유튜브"}, excludes=["갈무리"])
case("capture caption end", f"<p><img src=\"https://img.example.kr/k.jpg\"></p><p>교민들이 모인 행사장. 온라인 커뮤니티 갈무리</p>{P(B1)}",
     [], credits=["온라인 커뮤니티"], images={"https://img.example.kr/k.jpg": "온라인 커뮤니티"}, contains=["행사장"])
case("capture caption slash", f"<figure><img src=\"https://img.example.kr/l.jpg\"><figcaption>와이탄 야경 / 웨이보 갈무리</figcaption></figure>{P(B1)}",
     [], credits=["웨이보"], images={"https://img.example.kr/l.jpg": "웨이보"})
case("capture bracketed", P(B1, "[HBN 방송화면 갈무리]", B2), [], credits=["HBN 방송화면"], excludes=["갈무리"])
case("capture photo equals", P("사진=유튜브 갈무리", B1), [], credits=["유튜브"], excludes=["갈무리"])
case("capture screen compound", f"<p><img src=\"https://img.example.kr/m.jpg\"></p><p>화면갈무리=HBN</p>{P(B1)}", [], credits=["HBN"],
     images={"https://img.example.kr/m.jpg": "HBN"})
case("capture prose", P("올해를 갈무리하는 행사가 열렸다.", "한 해의 성과를 갈무리", B1), [], credits=[], contains=["갈무리하는", "성과를 갈무리"])
case("capture prose after image", f"<p><img src=\"https://img.example.kr/n.jpg\"></p><p>위원회는 지난 논의를 차분히 갈무리</p>{P(B1)}",
     [], credits=[], contains=["차분히 갈무리"])

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(cases, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(cases)} credit cases")
