// Times as Korean portals print them, everywhere (#14): one formatter (PortalTime) for the article view, the
// list's tooltips, related articles and the HTML export, checked over four zones a reader may live in — and
// through the real list model (over a real cache file) and the real export, with the process zone set per case.

#include "StoreFixture.h"
#include "Translations.h"
#include "export/HtmlExport.h"
#include "models/ArticleListModel.h"
#include "normalize/ArticleNormalizer.h"
#include "render/ArticleRenderer.h"
#include "render/PortalTime.h"
#include "store/ArticleQueries.h"
#include "store/QueryRunner.h"
#include "store/StoreWriter.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace news;

namespace
{

// 2026.12.01. 16:11 in Korea
const qint64 kPublished
    = QDateTime(QDate(2026, 12, 1), QTime(16, 11), QTimeZone(QByteArrayLiteral("Asia/Seoul"))).toSecsSinceEpoch();

// The process zone, as the GUI and the export read it (QTimeZone::systemTimeZone() and libc follow TZ).
class ProcessZone
{
public:
    explicit ProcessZone(const QByteArray& zone)
        : m_old(qgetenv("TZ"))
        , m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ProcessZone()
    {
        if (m_had) {
            qputenv("TZ", m_old);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    }
    ProcessZone(const ProcessZone&) = delete;
    ProcessZone& operator=(const ProcessZone&) = delete;

private:
    QByteArray m_old;
    bool m_had;
};

} // namespace

class TestPortalTimes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void formatterPrintsPortalTimes_data();
    void formatterPrintsPortalTimes();
    void englishReadsTheSameForm();
    void listTooltipAndExportFollowTheZone_data();
    void listTooltipAndExportFollowTheZone();
};

void TestPortalTimes::init()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    installTranslations(QStringLiteral("ko"));
}

void TestPortalTimes::formatterPrintsPortalTimes_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("timeLine"); // published `seconds`, updated an hour later
    QTest::addColumn<QString>("brief");

    QTest::newRow("Seoul: Korea's time alone")
        << QByteArray("Asia/Seoul") << kPublished << QStringLiteral("2026.12.01. 16:11")
        << QStringLiteral("입력 2026.12.01. 16:11 · 수정 2026.12.01. 17:11") << QStringLiteral("12.01. 16:11");
    QTest::newRow("UTC") << QByteArray("UTC") << kPublished << QStringLiteral("2026.12.01. UTC 07:11 · 한국 16:11")
                         << QStringLiteral(
                                "입력 2026.12.01. UTC 07:11 · 한국 16:11 · 수정 2026.12.01. UTC 08:11 · 한국 17:11")
                         << QStringLiteral("12.01. 07:11");
    QTest::newRow("Shanghai")
        << QByteArray("Asia/Shanghai") << kPublished << QStringLiteral("2026.12.01. 상하이 15:11 · 한국 16:11")
        << QStringLiteral("입력 2026.12.01. 상하이 15:11 · 한국 16:11 · 수정 2026.12.01. 상하이 16:11 · 한국 17:11")
        << QStringLiteral("12.01. 15:11");
    QTest::newRow("New York, winter (EST)")
        << QByteArray("America/New_York") << kPublished << QStringLiteral("2026.12.01. 뉴욕 02:11 · 한국 16:11")
        << QStringLiteral("입력 2026.12.01. 뉴욕 02:11 · 한국 16:11 · 수정 2026.12.01. 뉴욕 03:11 · 한국 17:11")
        << QStringLiteral("12.01. 02:11");
    const qint64 morning
        = QDateTime(QDate(2026, 7, 1), QTime(8, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul"))).toSecsSinceEpoch();
    QTest::newRow("New York, summer (EDT), the day before: Korea's date too")
        << QByteArray("America/New_York") << morning << QStringLiteral("2026.06.30. 뉴욕 19:00 · 한국 07.01. 08:00")
        << QStringLiteral("입력 2026.06.30. 뉴욕 19:00 · 한국 07.01. 08:00 · 수정 2026.06.30. 뉴욕 20:00 · 한국 07.01. "
                          "09:00")
        << QStringLiteral("06.30. 19:00");
    QTest::newRow("a zone with no Korean name: 현지")
        << QByteArray("America/Halifax") << kPublished << QStringLiteral("2026.12.01. 현지 03:11 · 한국 16:11")
        << QStringLiteral("입력 2026.12.01. 현지 03:11 · 한국 16:11 · 수정 2026.12.01. 현지 04:11 · 한국 17:11")
        << QStringLiteral("12.01. 03:11");
    QTest::newRow("Tokyo keeps Korea's clock: no second time")
        << QByteArray("Asia/Tokyo") << kPublished << QStringLiteral("2026.12.01. 16:11")
        << QStringLiteral("입력 2026.12.01. 16:11 · 수정 2026.12.01. 17:11") << QStringLiteral("12.01. 16:11");
}

void TestPortalTimes::formatterPrintsPortalTimes()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, seconds);
    QFETCH(QString, dateTime);
    QFETCH(QString, timeLine);
    QFETCH(QString, brief);
    const QTimeZone local(zone);
    QVERIFY(local.isValid());
    QCOMPARE(PortalTime::dateTime(seconds, local), dateTime);
    QCOMPARE(PortalTime::timeLine(seconds, seconds + 3600, true, local), timeLine);
    QCOMPARE(PortalTime::brief(seconds, local), brief);
    QCOMPARE(PortalTime::date(seconds, local), dateTime.left(11));

    // the article view's and the export's renderer print the same line, and related articles the brief form
    ArticleDetail a;
    a.row.id = 1;
    a.row.title = QStringLiteral("제목");
    a.row.outlet = QStringLiteral("상하이저널");
    a.row.published = seconds;
    a.row.dateKnown = true;
    a.updated = seconds + 3600;
    RenderOptions options;
    options.localZone = local;
    options.related = {RelatedArticle{2, QStringLiteral("다른 판"), QStringLiteral("가나일보"), seconds, {}}};
    const QString html = ArticleRenderer::render(a, options);
    // each time holds together, the line breaks only between them ("한국 11.27." / "05:18" in a narrow view, #14)
    QStringList unbroken = timeLine.split(QStringLiteral(" · "));
    for (QString& t : unbroken) {
        t.replace(u' ', QChar(0x00A0));
    }
    QVERIFY2(html.contains(unbroken.join(QStringLiteral(" · "))), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("가나일보 · ") + brief), qPrintable(html));
}

void TestPortalTimes::englishReadsTheSameForm()
{
    installTranslations(QStringLiteral("en"));
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    QCOMPARE(PortalTime::timeLine(kPublished, 0, true, shanghai),
             QStringLiteral("Published 2026.12.01. Shanghai 15:11 · Korea 16:11"));
    QCOMPARE(PortalTime::dateTime(kPublished, QTimeZone(QByteArrayLiteral("America/Halifax"))),
             QStringLiteral("2026.12.01. Local 03:11 · Korea 16:11"));
    QCOMPARE(PortalTime::timeLine(kPublished, 0, false, QTimeZone(QByteArrayLiteral("Asia/Seoul"))),
             QStringLiteral("First seen 2026.12.01. 16:11 (the feed gives no date)"));
}

void TestPortalTimes::listTooltipAndExportFollowTheZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Seoul") << QByteArray("Asia/Seoul") << QStringLiteral("2026.12.01. 16:11");
    QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral("2026.12.01. UTC 07:11 · 한국 16:11");
    QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai") << QStringLiteral("2026.12.01. 상하이 15:11 · 한국 16:11");
    QTest::newRow("New York") << QByteArray("America/New_York")
                              << QStringLiteral("2026.12.01. 뉴욕 02:11 · 한국 16:11");
}

void TestPortalTimes::listTooltipAndExportFollowTheZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);
    const ProcessZone processZone(zone);
    QCOMPARE(QTimeZone::systemTimeZone().id(), zone);

    // a real cache with one article published at kPublished
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        StoreWriterCore store(path);
        const QList<qint64> feeds = storefixture::openWithFeeds(
            store, {{QStringLiteral("https://news.example.kr/rss.xml"), QStringLiteral("economy")}});
        QCOMPARE(feeds.size(), 1);
        FeedEntry e;
        e.id = QStringLiteral("a1");
        e.title = QStringLiteral("교민 경제 동향");
        e.summary = QStringLiteral("<p>본문</p>");
        e.link = QStringLiteral("https://news.example.kr/a/1");
        e.published = QDateTime::fromSecsSinceEpoch(kPublished, QTimeZone::utc());
        const qint64 now = kPublished + 600;
        QVERIFY(store.write(storefixture::feedUpdate(feeds.front(), {normalizeEntry(e, NormalizeContext{now})}, now))
                    .stored);
    }

    // the list's tooltip
    QueryRunner runner(path, dir.filePath(QStringLiteral("images")));
    ArticleListModel model(&runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), expected);

    // the export: the article's time line, and the "saved on" line in the same form
    ArticleQueries queries(path, dir.filePath(QStringLiteral("images")));
    QVERIFY(std::holds_alternative<int>(queries.open()));
    const auto detail = queries.article(model.index(0).data(ArticleListModel::IdRole).toLongLong());
    QVERIFY(std::holds_alternative<ArticleDetail>(detail));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QString html
        = QString::fromUtf8(HtmlExport::build(QStringLiteral("내보내기"), {std::get<ArticleDetail>(detail)}))
              .replace(QChar(0x00A0), u' '); // each time holds together with no-break spaces
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(html.contains(QStringLiteral("입력 ") + expected), qPrintable(html));
    const QTimeZone local = QTimeZone::systemTimeZone();
    const QString savedBefore = QStringLiteral("소식에서 %1에 저장함").arg(PortalTime::dateTime(before, local));
    const QString savedAfter = QStringLiteral("소식에서 %1에 저장함").arg(PortalTime::dateTime(after, local));
    QVERIFY2(html.contains(savedBefore) || html.contains(savedAfter), qPrintable(html.right(300)));
    QVERIFY(!html.contains(QStringLiteral("UTC")) || zone == "UTC");
}

QTEST_MAIN(TestPortalTimes)
#include "TestPortalTimes.moc"
