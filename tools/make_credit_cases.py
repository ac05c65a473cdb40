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
         excludes=(), contains=()):
    cases.append({"name": name, "html": html, "authors": authors, "reporters": list(reporters),
                  "dateline": dateline, "photo_credits": list(credits), "copyright": copyright,
                  "images": images or {}, "body_excludes": list(excludes), "body_contains": list(contains)})


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
case("bracket correspondent", P(f"[한빛일보 베이징=남궁민 특파원] {B1}"), ["남궁민/특파원/"])
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

case("sig text and photo by", P(B1, "글·사진=홍길동 기자"), ["홍길동/기자/"], credits=["홍길동 기자"], excludes=["글·사진"])
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
case("photo caption is not a byline", P(f"[베이징=AP/뉴시스] 시민들이 거리를 걷고 있다. {B1}"), [], credits=["AP/뉴시스"])
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
case("credit yonhap archive", P(f"[연합뉴스 자료사진]", B1), [], credits=["연합뉴스 자료사진"])
case("credit slash tail", P("시민들이 광장에 모여 있다. /연합뉴스", B1), [], credits=["연합뉴스"])
case("credit AP yonhap", P("시위대가 행진하고 있다. AP연합뉴스", B1), [], credits=["AP연합뉴스"])
case("credit reuters yonhap", P("항구의 컨테이너들. 로이터 연합뉴스", B1), [], credits=["로이터 연합뉴스"])
case("credit xinhua shot", P("[촬영/신화사 기자 왕밍]", B1), [], credits=["신화사 기자 왕밍"])
case("credit figure", f"<figure><img src=\"https://img.example.kr/a.jpg\"><figcaption>행사장 모습 (사진=한빛일보)</figcaption></figure>{P(B1)}",
     [], credits=["한빛일보"], images={"https://img.example.kr/a.jpg": "한빛일보"})
case("credit figure two images", f"<figure><img src=\"https://img.example.kr/a.jpg\"><figcaption>첫 사진 [사진출처=서울시]</figcaption></figure>"
     f"<figure><img src=\"https://img.example.kr/b.jpg\"><figcaption>둘째 사진 /로이터 연합뉴스</figcaption></figure>{P(B1)}",
     [], credits=["서울시", "로이터 연합뉴스"], images={"https://img.example.kr/a.jpg": "서울시", "https://img.example.kr/b.jpg": "로이터 연합뉴스"})
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

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(cases, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(cases)} credit cases")
