#!/usr/bin/env python3
"""Generates Sosik's bundled offline demo source (resources/demo/): original sample articles written for
Sosik, images drawn here (plain PNG, no imaging library), one feed per section, a ranking feed per section,
one feed in EUC-KR and one in Atom. Run it after editing the articles below; the output is committed."""
import datetime as dt
import html
import json
import os
import struct
import zlib

ROOT = os.path.join(os.path.dirname(__file__), "..", "resources", "demo")
OUTLET = "소식데모일보"
KST = dt.timezone(dt.timedelta(hours=9))
BASE_TIME = dt.datetime(2026, 11, 27, 9, 0, tzinfo=KST)

# section id -> (Korean name, feed file, format, encoding)
SECTIONS = {
    "general": ("종합", "general.xml", "rss", "utf-8"),
    "economy": ("경제", "economy.xml", "rss", "utf-8"),
    "society": ("사회", "society.xml", "rss", "utf-8"),
    "world": ("국제", "world.xml", "rss", "utf-8"),
    "culture": ("문화", "culture.xml", "rss", "utf-8"),
    "it": ("IT·과학", "it.xml", "atom", "utf-8"),
    "local": ("현지/커뮤니티", "local.xml", "rss", "euc-kr"),
}

REPORTERS = [("김하늘", "기자", "sky.kim@sosik-demo.example"), ("이준호", "특파원", "junho@sosik-demo.example"),
             ("박서연", "기자", "seoyeon.park@sosik-demo.example"), ("최민재", "선임기자", "minjae@sosik-demo.example"),
             ("정유나", "통신원", "yuna@sosik-demo.example"), ("한도윤", "인턴기자", "doyun@sosik-demo.example")]

# (section, city, title, lead, body sentences, image index or None, photo credit form, comments)
ARTICLES = [
    ("general", "서울", "정부, 재외동포 온라인 민원 서비스 확대", "정부가 해외에 사는 동포들이 공관을 찾지 않고도 처리할 수 있는 온라인 민원 항목을 늘리기로 했다.",
     ["가족관계 증명서와 병역 관련 서류 발급이 내년 상반기부터 온라인으로 가능해진다.", "외교부는 시범 운영 결과를 보고 대상 국가를 단계적으로 넓힐 계획이라고 밝혔다."], 0, "[사진=외교부 제공]", 42),
    ("general", "서울", "국회, 재외국민 투표 편의 개선 법안 논의 착수", "재외국민의 투표소 접근성을 높이는 공직선거법 개정안이 상임위원회에 상정됐다.",
     ["개정안은 우편투표 도입과 추가 투표소 설치 기준 완화를 담고 있다.", "여야는 연내 처리를 목표로 공청회를 열기로 했다."], None, None, 18),
    ("general", "세종", "내년 예산안 국회 제출…복지·연구개발 비중 확대", "정부가 내년도 예산안을 확정해 국회에 제출했다.",
     ["연구개발 예산은 올해보다 6% 가까이 늘었다.", "정부는 재정 건전성을 지키면서도 미래 산업 투자를 이어가겠다고 설명했다."], 1, "(사진=기획재정부)", 7),
    ("general", "서울", "전국에 첫눈…출근길 교통 혼잡 우려", "절기상 소설을 지나며 중부지방 곳곳에 올겨울 첫눈이 내렸다.",
     ["기상청은 내일 아침 기온이 영하권으로 떨어져 빙판길이 생길 수 있다고 예보했다.", "서울시는 제설 장비를 주요 간선도로에 미리 배치했다."], 2, "<사진 제공: 서울시>", 95),
    ("general", "부산", "부산 북항 재개발 2단계 사업 본격화", "부산 북항 일대를 해양 관광 거점으로 바꾸는 2단계 재개발 사업이 첫 삽을 떴다.",
     ["사업 구역에는 공원과 문화시설, 업무지구가 함께 들어선다.", "시는 완공 뒤 연간 관광객이 크게 늘어날 것으로 기대했다."], None, None, 4),
    ("general", "서울", "여야 대표 회동…민생 법안 처리에 공감대", "여야 대표가 국회에서 만나 민생 법안 처리 일정을 논의했다.",
     ["양측은 전세 사기 피해 지원과 소상공인 지원 법안을 우선 처리하기로 뜻을 모았다.", "다만 쟁점 법안을 두고는 입장 차이를 좁히지 못했다."], None, None, 33),
    ("economy", "서울", "반도체 수출 석 달 연속 증가…중국향 회복세", "반도체 수출이 석 달 연속 늘며 전체 수출 증가를 이끌었다.",
     ["특히 중국으로 가는 메모리 반도체 물량이 눈에 띄게 회복됐다.", "업계는 내년 상반기까지 수요 회복이 이어질 것으로 보고 있다."], 3, "[사진출처=산업통상자원부]", 61),
    ("economy", "서울", "원·위안 환율 190원대 안착…교민 송금 부담 줄어", "원·위안 환율이 한 달째 190원대에서 움직이고 있다.",
     ["중국에서 한국으로 생활비를 보내는 교민들의 부담이 다소 줄었다.", "외환 전문가들은 연말까지 큰 변동은 없을 것으로 내다봤다."], None, None, 27),
    ("economy", "서울", "한국은행 기준금리 동결…물가 둔화 흐름 점검", "한국은행이 기준금리를 현 수준에서 동결했다.",
     ["금융통화위원회는 물가 상승률이 목표 수준에 가까워지고 있다고 평가했다.", "시장에서는 내년 초 인하 가능성을 점치는 목소리가 나온다."], 4, "(사진=한국은행)", 15),
    ("economy", "상하이", "한중 전자상거래 협력 포럼 상하이서 개최", "한국과 중국의 전자상거래 기업들이 상하이에 모여 협력 방안을 논의했다.",
     ["국경 간 물류 시간을 줄이는 공동 창고 구축안이 주목을 받았다.", "참가 기업들은 중소 브랜드의 중국 진출을 돕는 프로그램도 소개했다."], 5, "[사진=소식데모 DB]", 9),
    ("economy", "서울", "코스피 2,700선 회복…외국인 순매수 전환", "코스피가 외국인 매수세에 힘입어 2,700선을 되찾았다.",
     ["반도체와 자동차 업종이 상승을 주도했다.", "증권가에서는 실적 시즌을 앞두고 변동성이 커질 수 있다고 조언했다."], None, None, 12),
    ("economy", "서울", "전기차 배터리 재활용 시장 커진다…관련 기업 투자 확대", "폐배터리에서 핵심 광물을 뽑아내는 재활용 산업에 투자가 몰리고 있다.",
     ["주요 배터리 기업들이 재활용 공장 증설 계획을 잇따라 발표했다.", "정부도 관련 인증 제도를 정비하기로 했다."], 6, "사진 = 소식데모 DB", 5),
    ("society", "서울", "수능 성적 다음 달 통지…정시 전략 설명회 잇따라", "대학수학능력시험 성적이 다음 달 초 수험생에게 통지된다.",
     ["교육청과 대학들은 정시 모집 전략 설명회를 잇따라 연다.", "해외에서 시험을 치른 재외국민 수험생도 같은 날 성적을 받는다."], None, None, 21),
    ("society", "서울", "어린이 보호구역 교통사고 1년 새 줄어", "어린이 보호구역에서 일어난 교통사고가 1년 전보다 줄어든 것으로 나타났다.",
     ["과속 단속 카메라와 신호등 설치가 늘어난 효과로 풀이된다.", "경찰은 통학 시간대 단속을 계속하겠다고 밝혔다."], 7, "(사진=경찰청 제공)", 8),
    ("society", "인천", "인천공항 겨울 성수기 대비 출국 수속 개선", "인천국제공항이 겨울 여행객 증가에 대비해 출국 수속 절차를 손봤다.",
     ["자동 출국 심사대를 늘리고 혼잡 시간대 안내 인력을 추가 배치한다.", "공사는 출발 세 시간 전까지 공항에 도착할 것을 당부했다."], 8, "[사진=인천국제공항공사]", 14),
    ("society", "서울", "1인 가구 비중 역대 최고…주거 지원 정책 손질", "전체 가구 가운데 1인 가구가 차지하는 비중이 역대 최고를 기록했다.",
     ["정부는 소형 임대주택 공급을 늘리는 방안을 검토하고 있다.", "전문가들은 돌봄과 안전 서비스도 함께 갖춰야 한다고 지적했다."], None, None, 30),
    ("society", "대전", "대전 과학관 주말 야간 개장…가족 단위 방문객 몰려", "국립중앙과학관이 주말 야간 개장을 시작하자 가족 방문객이 몰렸다.",
     ["천체 관측 프로그램은 예약이 일찍 마감됐다.", "과학관은 방문객 반응을 보고 운영 기간 연장을 검토하기로 했다."], 9, "[사진출처=국립중앙과학관]", 3),
    ("world", "베이징", "중국, 외국인 단기 비자 면제 대상국 확대", "중국 정부가 단기 방문 외국인에 대한 비자 면제 대상 국가를 늘린다고 발표했다.",
     ["한국도 대상에 포함돼 관광과 출장 목적으로 일정 기간 비자 없이 입국할 수 있게 됐다.", "여행업계는 양국 간 항공 수요가 늘어날 것으로 기대했다."], 10, "[베이징=AP/뉴시스]", 120),
    ("world", "도쿄", "일본 엔화 약세 지속…한국인 여행객 역대 최다", "엔화 약세가 이어지면서 일본을 찾는 한국인 여행객이 크게 늘었다.",
     ["올해 누적 방문객은 이미 지난해 전체 기록을 넘어섰다.", "현지 업계는 한국어 안내 서비스를 늘리고 있다."], None, None, 26),
    ("world", "워싱턴", "미 연준 위원들 금리 경로 놓고 신중론", "미국 연방준비제도 위원들이 향후 금리 경로에 대해 신중한 입장을 잇따라 밝혔다.",
     ["물가 둔화가 확인될 때까지 서두르지 않겠다는 발언이 나왔다.", "국제 금융시장은 다음 회의 결과를 주시하고 있다."], 11, "로이터 연합뉴스", 11),
    ("world", "하노이", "베트남 진출 한국 기업 채용 박람회 성황", "베트남 하노이에서 열린 한국 기업 채용 박람회에 구직자 수천 명이 몰렸다.",
     ["한국어 능력을 갖춘 현지 인재를 찾는 기업이 늘었다.", "주최 측은 내년에는 호찌민에서도 박람회를 열 계획이다."], None, None, 6),
    ("world", "상하이", "상하이 국제수입박람회 폐막…한국관 계약액 늘어", "상하이에서 열린 국제수입박람회가 엿새 일정을 마치고 폐막했다.",
     ["한국관에 참가한 기업들의 현장 계약액이 지난해보다 늘었다.", "화장품과 식품 분야 상담이 특히 활발했다."], 12, "[상하이=소식데모] 정유나 통신원 촬영", 17),
    ("world", "파리", "유럽, 기후 대응 위한 공동 투자 기금 합의", "유럽 국가들이 기후 변화 대응을 위한 공동 투자 기금을 만들기로 합의했다.",
     ["기금은 재생에너지와 전력망 확충에 쓰인다.", "일부 국가는 재원 분담 방식에 이견을 보이기도 했다."], None, None, 2),
    ("culture", "서울", "한국 영화 해외 영화제 잇단 수상…K-무비 저력 확인", "올가을 해외 영화제에서 한국 영화들이 잇따라 상을 받았다.",
     ["신인 감독들의 작품이 좋은 평가를 받아 눈길을 끌었다.", "배급사들은 해외 개봉 일정을 앞당기고 있다."], 13, "[사진=영화진흥위원회 제공]", 48),
    ("culture", "서울", "국립중앙박물관 특별전 관람객 50만 명 돌파", "국립중앙박물관의 가을 특별전이 관람객 50만 명을 넘어섰다.",
     ["고려 시대 공예품을 한자리에 모은 전시가 입소문을 탔다.", "박물관은 폐막을 앞두고 관람 시간을 연장하기로 했다."], 14, "(사진=국립중앙박물관)", 19),
    ("culture", "상하이", "상하이 한국문화원, 겨울 한국어 강좌 수강생 모집", "상하이 한국문화원이 겨울 학기 한국어 강좌 수강생을 모집한다.",
     ["초급부터 고급까지 단계별 강좌와 한국 요리 교실이 마련됐다.", "신청은 문화원 누리집에서 받는다."], None, None, 10),
    ("culture", "서울", "올해의 책에 장편소설 '바다의 시간' 선정", "출판계가 뽑은 올해의 책에 장편소설 '바다의 시간'이 선정됐다.",
     ["세대 간 기억을 다룬 이야기가 독자들의 공감을 얻었다.", "작가는 해외 번역 출간도 준비하고 있다고 밝혔다."], 15, "사진 = 출판사 제공", 7),
    ("culture", "전주", "전주 한옥마을 겨울 축제 다음 달 개막", "전주 한옥마을에서 겨울 축제가 다음 달 열린다.",
     ["전통 등불 전시와 국악 공연이 준비됐다.", "시는 외국인 관광객을 위한 통역 안내소도 운영한다."], None, None, 4),
    ("it", "서울", "국산 대규모 언어모델 성능 평가서 상위권", "국내 기업이 개발한 대규모 언어모델이 국제 성능 평가에서 상위권에 올랐다.",
     ["한국어 이해 능력에서 특히 높은 점수를 받았다.", "개발사는 기업용 서비스를 내년 초 출시할 계획이다."], 16, "[사진=소식데모 DB]", 55),
    ("it", "서울", "5G 단독모드 상용화 속도…통신 3사 투자 확대", "통신 3사가 5G 단독모드 상용화를 위한 투자를 늘린다.",
     ["지연 시간이 줄어 자율주행과 원격 의료 서비스에 쓰일 전망이다.", "정부는 주파수 추가 할당을 검토 중이다."], None, None, 13),
    ("it", "대전", "우주항공청, 차세대 발사체 엔진 연소시험 성공", "차세대 발사체에 쓰일 엔진의 장시간 연소시험이 성공적으로 끝났다.",
     ["연구진은 목표 추력을 안정적으로 유지했다고 밝혔다.", "발사체는 계획대로 개발 일정을 이어간다."], 17, "(사진=우주항공청 제공)", 37),
    ("it", "선전", "선전 전자상가에 한국 스타트업 공동 전시관", "중국 선전의 대형 전자상가에 한국 스타트업 공동 전시관이 문을 열었다.",
     ["사물인터넷 기기와 웨어러블 제품이 전시됐다.", "참가 기업들은 현지 유통업체와 상담을 이어갔다."], None, None, 6),
    ("it", "서울", "개인정보 유출 신고 의무 강화…과징금 기준 상향", "개인정보 유출 사고를 늦게 신고한 기업에 대한 제재가 강화된다.",
     ["유출 사실을 안 뒤 정해진 시간 안에 신고하지 않으면 과징금이 늘어난다.", "기업들은 보안 점검 체계를 다시 손보고 있다."], None, None, 22),
    ("it", "판교", "판교 게임사들, 중국 판호 발급에 현지 출시 준비", "판교의 게임사들이 중국 판호를 받고 현지 출시 준비에 들어갔다.",
     ["현지 배급사와 손잡고 마케팅 일정을 조율하고 있다.", "업계는 중국 시장 재진출의 신호로 보고 있다."], 18, "[사진출처=게임사 제공]", 29),
    ("local", "상하이", "상하이 한인 송년 바자회 12월 둘째 주 열려", "상하이 한인회가 다음 달 둘째 주 토요일 송년 바자회를 연다.",
     ["수익금은 교민 자녀 장학금으로 쓰인다.", "참가 신청은 한인회 사무국에서 받는다."], 19, "[사진=상하이한인회]", 24),
    ("local", "상하이", "홍취안루 한인 상가 주차 안내 바뀐다", "홍취안루 일대 한인 상가 주변의 주차 안내가 다음 주부터 바뀐다.",
     ["주말 혼잡 시간대에는 인근 공영 주차장을 이용해야 한다.", "상가 번영회는 안내문을 한국어와 중국어로 배포했다."], None, None, 41),
    ("local", "상하이", "상하이 한국학교 입학 설명회 이달 말 개최", "상하이 한국학교가 이달 말 신입생 입학 설명회를 연다.",
     ["설명회에서는 교육과정과 통학 버스 노선이 안내된다.", "학교 측은 온라인 생중계도 함께 진행한다."], 20, "사진 = 상하이 한국학교", 16),
    ("local", "쑤저우", "쑤저우 한인 축구 동호회 친선 대회 우승", "쑤저우 한인 축구 동호회가 지역 친선 대회에서 우승했다.",
     ["결승에서는 승부차기 끝에 승리를 거뒀다.", "동호회는 새 회원을 모집하고 있다."], None, None, 9),
    ("local", "상하이", "상하이 총영사관, 여권 민원 예약제 시행", "주상하이 총영사관이 여권 관련 민원을 예약제로 바꾼다.",
     ["대기 시간을 줄이기 위한 조치로, 누리집에서 예약할 수 있다.", "긴급 여권은 예약 없이도 처리된다."], 21, "(사진=주상하이 총영사관 제공)", 52),
    ("local", "상하이", "교민 위한 겨울철 난방비 절약 요령", "상하이의 겨울을 앞두고 교민들이 알아두면 좋은 난방비 절약 요령을 정리했다.",
     ["전기 히터보다 에어컨 난방 모드가 효율적인 경우가 많다.", "창문 틈새를 막는 것만으로도 체감 온도가 달라진다."], None, None, 36),
    ("local", "상하이", "지하철 19호선 개통…민항 지역 교민 통근 쉬워져", "상하이 지하철 19호선이 개통하면서 민항 지역 교민들의 통근길이 편해졌다.",
     ["홍차오 방면 환승 시간이 크게 줄었다.", "출퇴근 시간대 배차 간격은 4분이다."], 22, "[사진출처=상하이 지하철]", 44),
    ("local", "상하이", "상하이 교민 건강 강좌 '겨울철 독감 예방'", "교민 대상 건강 강좌가 이번 주말 한인회관에서 열린다.",
     ["독감 예방 접종 시기와 병원 이용 방법을 안내한다.", "참가비는 무료이며 선착순으로 받는다."], None, None, 5),
]

RANKINGS = {  # section -> indices into that section's own article list (rank order)
    "general": [3, 0, 5, 2, 1, 4],
    "economy": [0, 1, 4, 2, 5, 3],
    "society": [3, 0, 2, 1, 4],
    "world": [0, 1, 3, 2, 4, 5],
    "culture": [0, 1, 4, 2, 3],
    "it": [0, 2, 5, 4, 1, 3],
    "local": [4, 1, 6, 0, 2, 5, 3],
}

PALETTE = [(33, 97, 140), (192, 57, 43), (39, 174, 96), (142, 68, 173), (243, 156, 18), (22, 160, 133),
           (44, 62, 80), (211, 84, 0), (41, 128, 185), (127, 140, 141), (231, 76, 60), (26, 188, 156)]


def png(path, w, h, seed):
    """A simple illustration: sky gradient, sun and skyline in a palette colour."""
    c1 = PALETTE[seed % len(PALETTE)]
    c2 = PALETTE[(seed * 5 + 3) % len(PALETTE)]
    rows = []
    for y in range(h):
        row = bytearray([0])
        t = y / (h - 1)
        for x in range(w):
            r = int(c1[0] * (1 - t) + 250 * t)
            g = int(c1[1] * (1 - t) + 240 * t)
            b = int(c1[2] * (1 - t) + 225 * t)
            # sun
            cx, cy, rad = w * (0.25 + 0.5 * ((seed * 37) % 10) / 10), h * 0.3, h * 0.12
            if (x - cx) ** 2 + (y - cy) ** 2 < rad * rad:
                r, g, b = 255, 236, 170
            # skyline
            bw = max(8, w // 16)
            bh = h * (0.35 + 0.3 * (((x // bw) * 7 + seed * 3) % 10) / 10)
            if y > h - bh:
                r, g, b = c2[0] // 2, c2[1] // 2, c2[2] // 2
                if (x % bw) in (bw // 3, 2 * bw // 3) and (y // 6) % 2 == 0:
                    r, g, b = 255, 220, 120
            row += bytes((r, g, b))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def esc(s):
    return html.escape(s, quote=True)


def article_html(a, idx, reporter, section_name):
    section, city, title, lead, body, image, credit, comments = a
    name, role, email = reporter
    parts = [f"<p>({city}={OUTLET}) {name} {role} = {lead}</p>"]
    if image is not None:
        caption = f"{title.split('…')[0]} 관련 자료 {credit}"
        parts.append(f'<figure><img src="images/photo{image:02d}.png" alt="{esc(title)}" width="640" height="360">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
    for sentence in body:
        parts.append(f"<p>{esc(sentence)}</p>")
    parts.append(f"<p>{name} {role} {email}</p>")
    parts.append(f"<p>ⓒ {OUTLET}, 무단전재 및 재배포 금지</p>")
    return "".join(parts)


def main():
    os.makedirs(os.path.join(ROOT, "images"), exist_ok=True)
    for i in range(24):
        png(os.path.join(ROOT, "images", f"photo{i:02d}.png"), 640, 360, i)
    by_section = {s: [] for s in SECTIONS}
    for i, a in enumerate(ARTICLES):
        by_section[a[0]].append((i, a))
    source = {
        "id": "sosik-demo",
        "name": {"ko": OUTLET, "en": "Sosik Demo Daily"},
        "homepage": "https://demo.sosik.invalid/",
        "timezone": "Asia/Seoul",
        "kind": "outlet",
        "lastChecked": "2026-11-27", "fulltext": "never",
        "sections": [],
    }
    for sid, (sname, fname, fmt, enc) in SECTIONS.items():
        items = by_section[sid]
        entries = []
        for k, (i, a) in enumerate(items):
            reporter = REPORTERS[i % len(REPORTERS)]
            when = BASE_TIME - dt.timedelta(minutes=37 * i + 11 * k)
            link = f"https://demo.sosik.invalid/news/articleView.html?idxno={1000 + i}"
            entries.append((i, a, reporter, when, link))
        path = os.path.join(ROOT, fname)
        if fmt == "atom":
            out = ['<?xml version="1.0" encoding="utf-8"?>',
                   '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" '
                   'xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xml:lang="ko">',
                   f"<title>{OUTLET} - {sname}</title>", '<link href="https://demo.sosik.invalid/it"/>',
                   f"<id>tag:demo.sosik.invalid,2026:{sid}</id>",
                   f"<updated>{BASE_TIME.astimezone(dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
            for i, a, reporter, when, link in entries:
                out += ["<entry>", f"<title>{esc(a[2])}</title>", f'<link href="{link}"/>',
                        f"<id>{link}</id>", f"<published>{when.isoformat()}</published>",
                        f"<updated>{when.isoformat()}</updated>",
                        f"<author><name>{reporter[0]} {reporter[1]}</name><email>{reporter[2]}</email></author>",
                        f'<content type="html">{esc(article_html(a, i, reporter, sname))}</content>',
                        f"<slash:comments>{a[7]}</slash:comments>"]
                if a[5] is not None:
                    out.append(f'<media:thumbnail url="images/photo{a[5]:02d}.png"/>')
                out.append("</entry>")
            out.append("</feed>")
        else:
            out = [f'<?xml version="1.0" encoding="{"EUC-KR" if enc == "euc-kr" else "UTF-8"}"?>',
                   '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                   'xmlns:media="http://search.yahoo.com/mrss/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">',
                   "<channel>", f"<title>{OUTLET} - {sname}</title>",
                   f"<link>https://demo.sosik.invalid/{sid}</link>", f"<description>{OUTLET} {sname} 기사</description>",
                   "<language>ko</language>"]
            for i, a, reporter, when, link in entries:
                # the EUC-KR feed uses the zone-less Korean date form many portals use
                date = (when.strftime("%Y-%m-%d %H:%M:%S") if enc == "euc-kr"
                        else when.strftime("%a, %d %b %Y %H:%M:%S +0900"))
                out += ["<item>", f"<title>{esc(a[2])}</title>", f"<link>{link}</link>",
                        f"<description><![CDATA[{article_html(a, i, reporter, sname)}]]></description>",
                        f"<dc:creator>{reporter[0]} {reporter[1]}</dc:creator>",
                        f"<category>{sname}</category>", f"<pubDate>{date}</pubDate>",
                        f"<guid>{link}</guid>", f"<slash:comments>{a[7]}</slash:comments>"]
                if a[5] is not None:
                    out.append(f'<media:content url="images/photo{a[5]:02d}.png" type="image/png" medium="image">'
                               f"<media:credit>{esc(a[6])}</media:credit></media:content>")
                out.append("</item>")
            out += ["</channel>", "</rss>"]
        with open(path, "wb") as f:
            f.write(("\n".join(out) + "\n").encode("cp949" if enc == "euc-kr" else "utf-8"))
        # ranking feed: item order is the rank (like ndsoft's /rss/clickTop.xml)
        rank = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>",
                f"<title>{OUTLET} - {sname} 많이 본 뉴스</title>", f"<link>https://demo.sosik.invalid/{sid}</link>"]
        for pos in RANKINGS[sid]:
            i, a, reporter, when, link = entries[pos]
            rank += ["<item>", f"<title>{esc(a[2])}</title>", f"<link>{link}</link>", f"<guid>{link}</guid>", "</item>"]
        rank += ["</channel>", "</rss>"]
        rank_name = f"clickTop_{sid}.xml"
        with open(os.path.join(ROOT, rank_name), "w", encoding="utf-8") as f:
            f.write("\n".join(rank) + "\n")
        source["sections"].append({"section": sid, "name": sname, "feeds": [fname], "ranking": rank_name,
                                   **({"encoding": "euc-kr"} if enc == "euc-kr" else {})})
    with open(os.path.join(ROOT, "source.json"), "w", encoding="utf-8") as f:
        json.dump(source, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(ARTICLES)} articles in {len(SECTIONS)} sections")


if __name__ == "__main__":
    main()
