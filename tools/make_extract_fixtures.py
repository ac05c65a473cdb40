#!/usr/bin/env python3
"""Writes the article-extractor fixtures (tests/data/pages/*.html) and their expectations (expected.json).

    python3 tools/make_extract_fixtures.py

Every page is our own writing, shaped like the layouts Korean outlets and portals use: ndsoft
(`articleView.html`, `#article-view-content-div`), WordPress, Arc XP, gnuboard (상하이방-style portals),
Naver- and Yonhap-like pages, old table layouts, plus hostile and broken pages."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "pages")

P1 = "상하이 한국상회가 올해 교민 경제 동향 보고서를 발표했다. 보고서는 현지 진출 기업 120곳을 조사한 결과를 담았다."
P2 = "조사에 응한 기업의 절반 이상은 내년 매출이 늘어날 것으로 내다봤다. 다만 인건비와 임대료 부담은 여전히 크다고 답했다."
P3 = "한국상회 관계자는 \"교민 기업이 서로 정보를 나누는 자리를 더 자주 마련하겠다\"고 말했다."
BODY = [P1, P2, P3]

NAV = """<header id="header"><div class="gnb"><ul><li><a href="/s/1">정치</a></li><li><a href="/s/2">경제</a></li>
<li><a href="/s/3">사회</a></li><li><a href="/s/4">문화</a></li></ul></div></header>"""
RANKING = """<aside class="side-ranking"><h3>많이 본 뉴스</h3><ol><li><a href="/n/11">푸둥 공항 새 노선 개설</a></li>
<li><a href="/n/12">한국 식당 거리 축제 열려</a></li><li><a href="/n/13">교민 자녀 장학금 전달</a></li></ol></aside>"""
RELATED = """<div class="relation-news"><h4>관련기사</h4><ul><li><a href="/n/21">작년 보고서 다시 보기</a></li>
<li><a href="/n/22">한국상회 신임 회장 선출</a></li></ul></div>"""
FOOTER = """<footer id="footer"><p>상하이저널 | 주소: 상하이시 민항구 | 청소년보호책임자: 김보호</p></footer>"""

fixtures = {}


def page(name, html, expect, encoding="utf-8", content_type="text/html; charset=utf-8", url=None, bom=False):
    data = html.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name + ".html"), "wb") as f:
        f.write(data)
    expect = dict(expect)
    expect["content_type"] = content_type
    expect["url"] = url or f"https://news.example.kr/news/articleView.html?idxno={len(fixtures) + 1000}"
    fixtures[name] = expect


def paras(items=BODY):
    return "".join(f"<p>{t}</p>" for t in items)


def doc(head, body, charset="utf-8"):
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="{charset}">{head}</head><body>{body}</body></html>"""


ndsoft = lambda extra_head="", inner="", charset="utf-8": doc(
    f"<title>교민 경제 동향 보고서 발표 - 상하이저널</title>{extra_head}",
    NAV + f"""<div id="user-container"><div class="article-head-title">교민 경제 동향 보고서 발표</div>
<ul class="infomation"><li>기자명 홍길동 기자</li><li>입력 2026.11.20 09:30</li></ul>
<article id="article-view-content-div" class="article-veiw-body view-page font-size17">{inner}</article>
{RELATED}</div>{RANKING}{FOOTER}""", charset)

# 1 ndsoft, UTF-8: figure with a credit, signature, copyright, related list and ranking outside
page("01-ndsoft-basic", ndsoft(inner=f"""<figure class="photo-layout"><img src="/news/photo/202611/1_1_1.jpg" alt="">
<figcaption>한국상회 회의 모습 (사진=상하이저널)</figcaption></figure>{paras()}
<p>홍길동 기자 hong@shanghaijournal.example</p><p>저작권자 © 상하이저널 무단전재 및 재배포 금지</p>"""),
     {"method": "ndsoft", "contains": [P1, P3], "excludes": ["많이 본 뉴스", "관련기사", "청소년보호책임자", "정치"],
      "images": ["https://news.example.kr/news/photo/202611/1_1_1.jpg"], "reporters": ["홍길동"], "copyright": True})

# 2 ndsoft, EUC-KR declared by http-equiv only
page("02-ndsoft-euckr", ndsoft('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">',
                               paras() + "<p>똠방각하 햏자 같은 드문 글자도 깨지지 않는다.</p>", "euc-kr")
     .replace('<meta charset="euc-kr">', ''),
     {"method": "ndsoft", "contains": [P2, "똠방각하 햏자"], "encoding": "cp949"},
     encoding="cp949", content_type="text/html")

# 3 ndsoft with lazy-loaded images
page("03-ndsoft-lazy", ndsoft(inner=f"""<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/photo/lazy1.jpg">
<figcaption>행사장 입구</figcaption></figure>{paras()}<p><img src="/img/blank.gif" data-original="https://cdn.example.kr/p/2.jpg"></p>"""),
     {"method": "ndsoft", "contains": [P1], "images": ["https://news.example.kr/photo/lazy1.jpg", "https://cdn.example.kr/p/2.jpg"]})

# 4 ndsoft with relative and protocol-relative images
page("04-ndsoft-relative-urls", ndsoft(inner=f"""<p><img src="../photo/rel.jpg"></p>{paras()}<p><img src="//img.example.kr/proto.png"></p>
<p><a href="/news/articleView.html?idxno=5">이전 기사</a></p>"""),
     {"method": "ndsoft", "contains": [P2], "images": ["https://news.example.kr/photo/rel.jpg", "https://img.example.kr/proto.png"]},
     url="https://news.example.kr/news/articleView.html?idxno=4")

# 5 WordPress with share buttons and related posts inside the content
page("05-wordpress-basic", doc("<title>교민 바자회 성황 | 상하이 교민 블로그</title>",
     NAV + f"""<main id="main"><article class="post type-post"><h1 class="entry-title">교민 바자회 성황</h1>
<div class="entry-content">{paras()}<div class="sharedaddy sd-sharing-enabled"><h3>공유하기:</h3>
<ul><li><a href="https://twitter.example/share">트위터</a></li><li><a href="https://facebook.example/share">페이스북</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>관련 글</h3><a href="/2025/old">지난해 바자회</a></div></div></article></main>
<div id="secondary" class="widget-area"><section class="widget"><h2>최근 글</h2><ul><li><a href="/a">첫 글</a></li></ul></section></div>"""),
     {"method": "wordpress", "contains": [P1, P3], "excludes": ["공유하기", "관련 글", "최근 글"]},
     url="https://blog.example.kr/2026/11/bazaar/")

# 6 WordPress block gallery with captions
page("06-wordpress-figure", doc("<title>사진으로 본 추석 행사</title>",
     f"""<article><div class="entry-content"><p>{P1}</p><figure class="wp-block-image size-large"><img src="https://blog.example.kr/wp-content/uploads/2026/11/a.jpg" alt="">
<figcaption class="wp-element-caption">윷놀이 대회 <사진 제공: 한인회></figcaption></figure><p>{P2}</p></div></article>"""),
     {"method": "wordpress", "contains": [P1, P2, "윷놀이 대회"], "images": ["https://blog.example.kr/wp-content/uploads/2026/11/a.jpg"]},
     url="https://blog.example.kr/2026/11/chuseok/")

# 7 Arc XP: section.article-body with article-body__content paragraphs and a credited figure
page("07-arc-section", doc('<title>반도체 수출 회복세</title><meta property="og:title" content="반도체 수출 석 달째 회복세">',
     f"""<div class="layout"><section class="article-body" itemprop="articleBody">
<p class="article-body__content article-body__content-text">{P1}</p>
<figure class="article-body__content article-body__content-image"><img src="https://www.example.co.kr/resizer/x.jpg">
<figcaption>부산항 컨테이너 부두. /로이터 연합뉴스</figcaption></figure>
<p class="article-body__content article-body__content-text">{P2}</p></section>
<div class="article-footer"><div class="share-button-group"><button>공유</button></div></div></div>"""),
     {"method": "arc", "title": "반도체 수출 석 달째 회복세", "contains": [P1, P2], "excludes": ["공유"],
      "images": ["https://www.example.co.kr/resizer/x.jpg"]}, url="https://www.example.co.kr/economy/2026/11/20/ABC/")

# 8 Arc-style paragraphs without a container class
page("08-arc-paragraphs", doc("<title>환율 안정세</title>",
     "<div class='wrap'><div class='story'>" + "".join(
         f'<p class="article-body__content article-body__content-text">{t}</p>' for t in BODY) + "</div></div>"),
     {"method": "arc", "contains": [P1, P3]}, url="https://www.example.co.kr/economy/2026/11/21/DEF/")

# 9 gnuboard portal, EUC-KR given only by the HTTP header, br-separated text
page("09-gnuboard-euckr-header", f"""<html><head><title>상하이방 - 교민소식</title></head><body>
<div id="hd"><ul><li><a href="/bbs/board.php?bo_table=news">교민소식</a></li><li><a href="/bbs/board.php?bo_table=market">벼룩시장</a></li></ul></div>
<article id="bo_v"><header><h1 id="bo_v_title">교민 체육대회 열려</h1></header>
<section id="bo_v_atc"><div id="bo_v_con">{P1}<br><br>{P2}<br><br>{P3}<br></div></section>
<section id="bo_vc"><h2>댓글목록</h2><article><p>좋은 행사였습니다</p></article></section></article></body></html>""",
     {"method": "gnuboard", "contains": ["교민 경제 동향 보고서", "정보를 나누는"], "excludes": ["댓글목록", "벼룩시장"],
      "encoding": "cp949"}, encoding="cp949", content_type="text/html; charset=EUC-KR",
     url="http://www.shanghaibang.example/bbs/board.php?bo_table=news&wr_id=77")

# 10 gnuboard, UTF-8 paragraphs and a comment section
page("10-gnuboard-utf8", doc("<title>벼룩시장 안내</title>",
     f"""<article id="bo_v"><section id="bo_v_atc"><div id="bo_v_con">{paras()}</div></section>
<section id="bo_vc" class="comments"><article><p>저도 참여하고 싶어요. 연락 주세요.</p></article></section></article>"""),
     {"method": "gnuboard", "contains": [P2], "excludes": ["참여하고 싶어요"]},
     url="https://community.example.cn/bbs/board.php?bo_table=notice&wr_id=5")

# 11 itemprop=articleBody on a plain div
page("11-itemprop", doc("<title>문화 행사 소식</title>",
     NAV + f"""<div class="container"><div itemprop="articleBody">{paras()}</div>{RANKING}</div>"""),
     {"method": "itemprop", "contains": [P1, P3], "excludes": ["많이 본 뉴스"]})

# 12 Naver-like: #dic_area with br text and a wire dateline
page("12-naver-like", doc("<title>네이버 뉴스</title>",
     f"""<div id="ct"><div id="contents" class="newsct_body"><article id="dic_area" class="go_trans _article_content">
[서울=뉴시스]김철수 기자 = {P1}<br><br>{P2}<br><br>kim@newsis.example<br></article></div>
<div class="media_end_linked"><h4>이 기사를 추천합니다</h4><a href="/r/1">다른 기사</a></div></div>"""),
     {"method": "known", "contains": [P1, P2], "excludes": ["추천합니다"], "reporters": ["김철수"]},
     url="https://n.news.example.com/mnews/article/003/0012345678")

# 13 Yonhap-like: .story-news with dateline, archive photo credit and promo tail
page("13-yonhap-like", doc("<title>연합뉴스</title>",
     f"""<div class="story-news article"><p>(서울=연합뉴스) 이영희 기자 = {P1}</p>
<div class="comp-box photo-group"><figure><img src="https://img.example.co.kr/photo/yna/2026/a.jpg"><figcaption>[연합뉴스 자료사진]</figcaption></figure></div>
<p>{P2}</p><p>younghee@yna.example</p><p class="txt-copyright adrs">제보는 카카오톡 okjebo</p></div>"""),
     {"method": "known", "contains": [P2], "reporters": ["이영희"], "images": ["https://img.example.co.kr/photo/yna/2026/a.jpg"]},
     url="https://www.example.co.kr/view/AKR20261120000100001")

# 14 a blog with no known names: scoring finds the prose, not the link-heavy sidebar
SIDEBAR = "<div class='sidebar-box'>" + "".join(f"<p><a href='/p/{i}'>지난 글 제목 {i}번째 이야기</a></p>" for i in range(30)) + "</div>"
page("14-score-blog", doc("<title>주말 나들이</title>",
     f"""<div id="wrapper"><div class="col-a">{SIDEBAR}</div><div class="col-b"><h2>주말 나들이</h2>
<div class="x1">{paras(BODY + [P1.replace('올해', '지난해')])}</div></div></div>"""),
     {"method": "score", "contains": [P1, P3], "excludes": ["지난 글 제목"]}, url="https://someblog.example.kr/120")

# 15 an old table layout: the article lives in a td
page("15-score-table", f"""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>교민신문</title></head><body>
<table width="900"><tr><td width="200"><a href="/a">공지사항</a><br><a href="/b">구인구직</a><br><a href="/c">부동산</a></td>
<td width="700"><font size="2">{P1}<br><br>{P2}<br><br>{P3}</font></td></tr></table></body></html>""",
     {"method": "score", "contains": [P1, P3], "excludes": ["구인구직"]}, url="http://oldpaper.example.kr/view.php?no=9")

# 16 br-separated prose directly in a div
page("16-score-br-div", doc("<title>소식</title>",
     f"""<div class="top-links"><a href="/1">처음</a> | <a href="/2">목록</a></div>
<div class="wrap-x"><div class="c-x">{P1}<br>{P2}<br>{P3}<br></div></div>"""),
     {"method": "score", "contains": [P2]})

# 17 many short comments must not outvote the article
COMMENTS = "<div class='comment-list'>" + "".join(f"<div class='comment-item'><p>좋은 기사 감사합니다, 잘 읽었습니다. {i}</p></div>" for i in range(12)) + "</div>"
page("17-score-comments", doc("<title>기사와 댓글</title>",
     f"""<div class="page"><div class="story-body-x">{paras()}</div>{COMMENTS}</div>"""),
     {"method": "score", "contains": [P1, P3], "excludes": ["잘 읽었습니다"]})

# 18 hostile markup inside the article: scripts, handlers, javascript: links
page("18-hostile-script", ndsoft(inner=f"""<p>{P1}<script>alert('x')</script></p><p onclick="steal()">{P2}</p>
<p><a href="javascript:alert(1)">눌러 보세요</a></p><img src="x.jpg" onerror="steal()"><iframe src="https://evil.example/"></iframe><p>{P3}</p>"""),
     {"method": "ndsoft", "contains": [P1, P2, P3], "excludes": ["alert", "steal", "javascript:", "<iframe", "onerror", "onclick"]})

# 19 hidden spam inside the article
page("19-hostile-hidden", ndsoft(inner=f"""{paras()}<div style="display: none">카지노 바로가기 광고 문구</div>
<p hidden>숨겨진 문단</p><div class="ad-box">광고 영역</div>"""),
     {"method": "ndsoft", "contains": [P1], "excludes": ["카지노", "숨겨진 문단", "광고 영역"]})

# 20 a front page: only lists of links, no article
page("20-no-article", doc("<title>홈</title>", NAV + RANKING + RELATED + FOOTER),
     {"error": True})

# 21 not HTML at all
page("21-not-html", "%PDF-1.4 not a web page", {"error": True}, content_type="application/pdf")

# 22 UTF-8 with a BOM and no declaration anywhere
page("22-bom-utf8", f"<html><head><title>BOM</title></head><body><div class='article_view'>{paras()}</div></body></html>",
     {"method": "known", "contains": [P1], "encoding": "utf-8"}, content_type="text/html", bom=True)

# 23 the HTTP header wins over a wrong meta declaration
page("23-header-wins", ndsoft(inner=paras()).replace('<meta charset="utf-8">', '<meta charset="utf-8">'),
     {"method": "ndsoft", "contains": [P1], "encoding": "cp949"}, encoding="cp949",
     content_type="text/html; charset=euc-kr")

# 24 metadata: og:title, relative og:image, published time, author
page("24-meta", doc('<title>짧은 제목 | 매체</title><meta property="og:title" content="교민 경제 보고서, 기업 절반 “내년 매출 증가”">'
                    '<meta property="og:image" content="/news/thumbnail/202611/99_v150.jpg">'
                    '<meta property="article:published_time" content="2026-11-20T09:30:00+09:00">'
                    '<meta name="author" content="홍길동 기자">',
                    f"<article id='article-view-content-div'>{paras()}</article>"),
     {"method": "ndsoft", "title": "교민 경제 보고서, 기업 절반 “내년 매출 증가”", "author": "홍길동 기자",
      "published": "2026-11-20T00:30:00Z", "lead_image": "https://news.example.kr/news/thumbnail/202611/99_v150.jpg"})

# 25 hostile nesting: thousands of open divs around the article
page("25-deep-nesting", doc("<title>깊은 문서</title>", "<div>" * 20000 + paras() + "</div>" * 20000),
     {"no_crash": True})

# 26 broken markup: mis-nested and unclosed tags, stray end tags
page("26-malformed", """<html><head><title>깨진 문서</title><body><div id="article-view-content-div"><p><b>""" + P1 +
     "<i>강조</b> 문장</i><p>" + P2 + "</div></span></td><p>" + P3 + "<div class='x'",
     {"method": "ndsoft", "contains": [P1, P2]})


# --- issue #13: what real Korean pages do that the fixtures above did not (our own text, their conventions)
TV1 = "교민 단체들이 오늘 영사관 앞에서 재외국민 투표소 확대를 요구했습니다. 참가자들은 서명 3천 명분을 전달했습니다."
TV2 = "영사관은 다음 선거부터 투표소를 두 곳 더 열 수 있을지 검토하겠다고 밝혔습니다."
TV3 = "교민회는 다음 달 다시 모여 결과를 확인하기로 했습니다."

# 27 the headline without the site's suffix (og:site_name), the byline as "By", and JSON-LD beside it
page("27-title-site-suffix", doc('<title>교민 경제 보고서 발표 - 한빛경제</title>'
                                  '<meta property="og:site_name" content="한빛경제">'
                                  '<meta property="og:title" content="교민 경제 보고서 발표 - 한빛경제">'
                                  '<meta name="author" content="By 남다인">',
                                  f"<div class='news_cnt_detail_wrap' itemprop='articleBody'>{paras()}</div>"),
     {"title": "교민 경제 보고서 발표", "reporters": ["남다인"], "contains": [P1]})

# 28 a portal's blog: metadata in `value`, the suffix in <title> only, a site name with two parts
page("28-title-meta-value", doc('<title>주말 나들이 코스 : 한빛 블로그</title>'
                                 '<meta name="og:title" value="주말 나들이 코스">'
                                 '<meta name="og:site_name" value="한빛 블로그 | 여행가의 블로그">',
                                 f"<div class='se-main-container'>{paras()}</div>"),
     {"title": "주말 나들이 코스", "contains": [P2]})

# 29 the body only in JSON-LD: the static page holds a player and a teaser
page("29-jsonld-body", doc('<title>투표소 확대 요구</title><meta property="og:type" content="article">'
                           '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",\n'
                           ' "headline": "교민들, 투표소 확대 요구",\n "articleBody": "' + "\\n".join([TV1, TV2, TV3]) + '",\n'
                           ' "author": {"@type": "Person", "name": "윤서진 기자"},}</script>',
                           "<div class='article'><div class='player'>동영상 재생 준비 중</div><p>교민들이 투표소 확대를 요구했습니다.</p></div>"),
     {"method": "embedded", "contains": [TV1, TV3], "excludes": ["동영상 재생"], "reporters": ["윤서진"]})

# 30 the body in a web framework's state object
page("30-state-object", doc('<title>한빛 뉴스</title>',
                            '<div id="__next"><div class="skeleton">불러오는 중</div></div>'
                            '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(
                                {"props": {"pageProps": {"article": {"id": 77, "title": "교민 경제 보고서",
                                 "body": "".join(f"<p>{t}</p>" for t in BODY), "reporter": "홍길동"}}}},
                                ensure_ascii=False) + '</script>'),
     {"method": "embedded", "contains": [P1, P3]})

# 31 a TV report: anchor lead-in, script, the reporter's sign-off, tip lines and furniture inside the container
page("31-tv-script", doc('<title>투표소 확대 요구</title><meta property="og:title" content="교민들 “투표소 늘려 달라”">',
                         f"""<div class="news_txt" itemprop="articleBody">◀ 앵커 ▶<br>{TV1}<br>윤서진 기자가 보도합니다.<br>
◀ 리포트 ▶<br>{TV2}<br>{TV3}<br>HBN뉴스 윤서진입니다.<br><br>HBN 뉴스는 24시간 여러분의 제보를 기다립니다.<br>
▷ 전화 02-000-0000<br>▷ 이메일 tip@hanbit.example<br>#투표소 #교민<br>
<div class="sns_area">페이스북으로 공유하기 트위터로 공유하기 카카오톡으로 공유하기</div>
<div class="cmt_count">댓글 0</div><h3>많이 본 뉴스</h3><ul><li><a href="/n/1">푸둥 공항 새 노선</a></li>
<li><a href="/n/2">한국 식당 거리 축제</a></li></ul></div>"""),
     {"contains": [TV1, TV3, "윤서진입니다"], "excludes": ["공유하기", "댓글 0", "많이 본 뉴스", "푸둥 공항"],
      "cleaned_excludes": ["제보를 기다립니다", "02-000-0000", "#투표소"], "reporters": ["윤서진"]})

# 32 a video story: the page is an article, its only text the description under the player
page("32-video-description", doc('<title>[영상] 와이탄의 밤</title><meta property="og:type" content="article">'
                                 '<meta property="og:description" content="와이탄 강변에 불이 켜지자 관광객들이 모여들었습니다. 자세한 내용은 영상으로 확인하시죠.">',
                                 "<div class='video_area'><div class='vod'>동영상 재생</div></div><h1>[영상] 와이탄의 밤</h1>"),
     {"method": "description", "contains": ["와이탄 강변에 불이 켜지자"]})

# 33 a page saved as UTF-8 that still declares EUC-KR
page("33-utf8-declared-euckr", ndsoft(inner=paras(), charset="euc-kr"), {"contains": [P1], "encoding": "utf-8"},
     content_type="text/html")

# 34 photo credits: a credit paragraph after the caption, an agency pair, a file photo, a photographer, copyright
page("34-photo-credits", ndsoft(inner=f"""<p><img src="/photo/bund.jpg"></p><p>와이탄의 야경</p><p>[사진출처=상해일보(上海日报)]</p>
<p>{P1}</p><p><img src="/photo/port.jpg"></p><p>항구의 컨테이너들. 로이터 연합뉴스</p><p>{P2}</p><p>[한빛통신 자료사진]</p><p>{P3}</p>
<p>사진=백가람 기자</p><p>(한빛연예뉴스 나은별 기자)</p><p>Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지</p>"""),
     {"contains": [P1, P3], "cleaned_excludes": ["[사진출처", "무단 전재", "나은별 기자"], "reporters": ["나은별"],
      "photo_credits": ["상해일보(上海日报)", "로이터", "연합뉴스", "한빛통신", "백가람"], "copyright": True,
      "image_credits": {"https://news.example.kr/photo/bund.jpg": "상해일보(上海日报)",
                        "https://news.example.kr/photo/port.jpg": "로이터 연합뉴스"}})

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(fixtures, f, ensure_ascii=False, indent=1, sort_keys=True)
    f.write("\n")
print(f"{len(fixtures)} extractor fixtures in tests/data/pages/")
