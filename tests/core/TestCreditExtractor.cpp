#include "normalize/CreditExtractor.h"

#include <QTest>

using namespace news;

class TestCreditExtractor : public QObject
{
    Q_OBJECT

private slots:
    void reporters_data();
    void reporters();
    void datelines();
    void photoCredits_data();
    void photoCredits();
    void copyrightMovesOutOfTheBody();
    void promoTailsAreRemoved();
};

void TestCreditExtractor::reporters_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("authors");
    QTest::addColumn<QStringList>("expected"); // "name/role/email"
    auto row = [](const char* name, const QString& html, const QString& authors, const QStringList& expected) {
        QTest::newRow(name) << html << authors << expected;
    };
    row("Yonhap wire",
        QStringLiteral("<p>(서울=연합뉴스) 홍길동 기자 = 정부가 발표했다.</p>"),
        {},
        {QStringLiteral("홍길동/기자/")});
    row("Newsis wire",
        QStringLiteral("<p>[서울=뉴시스]홍길동 기자 = 정부가 발표했다.</p>"),
        {},
        {QStringLiteral("홍길동/기자/")});
    row("News1 two reporters",
        QStringLiteral("<p>(서울=뉴스1) 김민수 기자,이지은 기자 = 본문.</p>"),
        {},
        {QStringLiteral("김민수/기자/"), QStringLiteral("이지은/기자/")});
    row("correspondent full-width",
        QStringLiteral("<p>【베이징=홍길동 특파원】 중국 정부는 밝혔다.</p>"),
        {},
        {QStringLiteral("홍길동/특파원/")});
    row("outlet bracket",
        QStringLiteral("<p>[한빛일보 김하늘 기자] 본문이 시작된다.</p>"),
        {},
        {QStringLiteral("김하늘/기자/")});
    row("outlet bracket with =",
        QStringLiteral("<p>[한빛일보=김하늘 기자] 본문.</p>"),
        {},
        {QStringLiteral("김하늘/기자/")});
    row("outlet bracket with /",
        QStringLiteral("<p>[한빛일보/김하늘기자] 본문.</p>"),
        {},
        {QStringLiteral("김하늘/기자/")});
    row("signature name email",
        QStringLiteral("<p>본문.</p><p>김하늘 기자 sky@news.example.kr</p>"),
        {},
        {QStringLiteral("김하늘/기자/sky@news.example.kr")});
    row("signature email first",
        QStringLiteral("<p>본문.</p><p>sky@news.example.kr 김하늘 기자</p>"),
        {},
        {QStringLiteral("김하늘/기자/sky@news.example.kr")});
    row("signature with bars",
        QStringLiteral("<p>본문.</p><p>김하늘 기자 | sky@news.example.kr | 2024-01-15</p>"),
        {},
        {QStringLiteral("김하늘/기자/sky@news.example.kr")});
    row("signature outlet=name(email)",
        QStringLiteral("<p>본문.</p><p>한빛일보=김하늘 기자(sky@news.example.kr)</p>"),
        {},
        {QStringLiteral("김하늘/기자/sky@news.example.kr")});
    row("Shanghai Journal arrow line",
        QStringLiteral("<p>본문.</p><p>▷이서연 기자</p>"),
        {},
        {QStringLiteral("이서연/기자/")});
    row("editorial writer",
        QStringLiteral("<p>본문.</p><p>홍길동 논설위원 hong@news.example.kr</p>"),
        {},
        {QStringLiteral("홍길동/논설위원/hong@news.example.kr")});
    row("feed authors split",
        QStringLiteral("<p>본문.</p>"),
        QStringLiteral("김민수, 이지은 · Park Jiho"),
        {QStringLiteral("김민수//"), QStringLiteral("이지은//"), QStringLiteral("Park Jiho//")});
    row("feed author with role",
        QStringLiteral("<p>본문.</p>"),
        QStringLiteral("홍길동 기자"),
        {QStringLiteral("홍길동/기자/")});
    row("desk is not a person", QStringLiteral("<p>본문.</p>"), QStringLiteral("디지털뉴스팀"), {});
    row("agency is not a person", QStringLiteral("<p>본문.</p>"), QStringLiteral("연합뉴스"), {});
    row("press conference is prose",
        QStringLiteral("<p>정부는 오늘 기자회견을 열었다.</p><p>그는 기자들에게 말했다.</p>"),
        {},
        {});
    row("prose about a reporter",
        QStringLiteral("<p>김 기자는 현장에 있었다고 말했다. 이어 많은 이야기가 오갔다.</p>"),
        {},
        {});
}

void TestCreditExtractor::reporters()
{
    QFETCH(QString, html);
    QFETCH(QString, authors);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const Reporter& r : extractCredits(html, authors).reporters) {
        actual.append(r.name + u'/' + r.role + u'/' + r.email);
    }
    QCOMPARE(actual, expected);
}

void TestCreditExtractor::datelines()
{
    const Credits c = extractCredits(QStringLiteral("<p>(베이징=연합뉴스) 이준호 특파원 = 본문.</p>"));
    QCOMPARE(c.datelineCity, QStringLiteral("베이징"));
    QCOMPARE(c.datelineAgency, QStringLiteral("연합뉴스"));
    QVERIFY(extractCredits(QStringLiteral("<p>평범한 본문.</p>")).datelineCity.isEmpty());
}

void TestCreditExtractor::photoCredits_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("credit");
    QTest::newRow("사진출처=") << QStringLiteral("<p>와이탄 야경 [사진출처=상하이저널]</p>")
                               << QStringLiteral("상하이저널");
    QTest::newRow("(사진=)") << QStringLiteral("<p>공장 전경 (사진=산업부 제공)</p>") << QStringLiteral("산업부 제공");
    QTest::newRow("<사진 제공: >") << QStringLiteral("<p>&lt;사진 제공: 서울시&gt;</p>") << QStringLiteral("서울시");
    QTest::newRow("사진 = line") << QStringLiteral("<p>본문</p><p>사진 = 소식 DB</p>") << QStringLiteral("소식 DB");
    QTest::newRow("Yonhap handout") << QStringLiteral("<p>[외교부 제공. 재판매 및 DB 금지]</p>")
                                    << QStringLiteral("외교부");
    QTest::newRow("Yonhap file photo") << QStringLiteral("<p>[연합뉴스 자료사진]</p>")
                                       << QStringLiteral("연합뉴스 자료사진");
    QTest::newRow("foreign wire via Newsis")
        << QStringLiteral("<p>시민들이 모였다. [베이징=AP/뉴시스]</p>") << QStringLiteral("AP/뉴시스");
    QTest::newRow("caption tail") << QStringLiteral("<p>시위대가 행진하고 있다. AP연합뉴스</p>")
                                  << QStringLiteral("AP연합뉴스");
    QTest::newRow("Xinhua") << QStringLiteral("<p>[촬영/신화사 기자 왕밍]</p>") << QStringLiteral("신화사 기자 왕밍");
}

void TestCreditExtractor::photoCredits()
{
    QFETCH(QString, html);
    QFETCH(QString, credit);
    const Credits c = extractCredits(html);
    QVERIFY2(c.photoCredits.contains(credit), qPrintable(c.photoCredits.join(u'|')));
    QVERIFY(c.reporters.isEmpty()); // a photo credit is not a byline
}

void TestCreditExtractor::copyrightMovesOutOfTheBody()
{
    const Credits c = extractCredits(
        QStringLiteral("<p>본문입니다.</p><p>ⓒ 한빛일보, 무단전재 및 재배포 금지, AI 학습 및 활용 금지</p>"));
    QCOMPARE(c.copyright, QStringLiteral("ⓒ 한빛일보, 무단전재 및 재배포 금지, AI 학습 및 활용 금지"));
    QVERIFY(!c.cleanedHtml.contains(QStringLiteral("무단전재")));
    QVERIFY(c.cleanedHtml.contains(QStringLiteral("본문입니다.")));
    const Credits other = extractCredits(QStringLiteral("<p>저작권자 © 소식일보 무단 전재-재배포 금지</p>"));
    QVERIFY(!other.copyright.isEmpty());
}

void TestCreditExtractor::promoTailsAreRemoved()
{
    const Credits c = extractCredits(QStringLiteral("<p>본문.</p><p>▶ 한빛일보 유튜브 구독하기</p><p>제보를 기다립니다 "
                                                    "(tip@news.example.kr)</p>"));
    QVERIFY(!c.cleanedHtml.contains(QStringLiteral("구독")));
    QVERIFY(!c.cleanedHtml.contains(QStringLiteral("제보")));
    QVERIFY(c.cleanedHtml.contains(QStringLiteral("본문.")));
}

QTEST_GUILESS_MAIN(TestCreditExtractor)
#include "TestCreditExtractor.moc"
