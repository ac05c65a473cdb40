#include "LocalHttpServer.h"
#include "normalize/SectionWords.h"
#include "refresh/RefreshEngine.h"
#include "sources/FeedDiscovery.h"
#include "sources/Opml.h"
#include "sources/OutletNames.h"
#include "sources/SourceCatalog.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace news;

namespace
{

QByteArray rssWithCategories(const QString& title, const QList<QPair<QString, QString>>& items)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                                 "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>%1</title>")
                      .arg(title);
    int i = 0;
    for (const auto& [headline, category] : items) {
        ++i;
        xml += QStringLiteral("<item><title>%1</title><link>https://news.example.kr/a/%5/%2</link><guid>%5-%2</guid>"
                              "<description>%1 본문</description>%3<pubDate>Fri, 27 Nov 2026 09:%4:00 +0900</pubDate>"
                              "</item>")
                   .arg(headline)
                   .arg(i)
                   .arg(category.isEmpty() ? QString() : QStringLiteral("<category>%1</category>").arg(category))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(title);
    }
    return (xml + QStringLiteral("</channel></rss>")).toUtf8();
}

} // namespace

/// Names and sections that are right, OPML that keeps its valid part (#15).
class TestSubscriptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RefreshSummary>(); }
    void channelTitlesSplitIntoOutletAndSection_data();
    void channelTitlesSplitIntoOutletAndSection();
    void categoriesNameSections_data();
    void categoriesNameSections();
    void sitesAreTheRegistrablePartOfTheHost();
    void outletIsNamedFromTheSiteNotTheHost();
    void itemsGoToTheSectionTheirCategoryNames();
    void discoveryReadsTheSiteNameAndSaysWhatItTried();
    void catalogueIsInKoreanOrderAndMarksChina();
    void opmlKeepsTheValidPartAndListsTheRest();
    void hostileOpmlEndsQuickly_data();
    void hostileOpmlEndsQuickly();
};

void TestSubscriptions::channelTitlesSplitIntoOutletAndSection_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("section");
    QTest::newRow("colon") << QStringLiteral("한겨레 : 경제") << QStringLiteral("한겨레") << QStringLiteral("경제");
    QTest::newRow("dash") << QStringLiteral("연합뉴스 - 전체기사") << QStringLiteral("연합뉴스")
                          << QStringLiteral("전체기사");
    QTest::newRow("bar, no spaces") << QStringLiteral("매일경제|증권") << QStringLiteral("매일경제")
                                    << QStringLiteral("증권");
    QTest::newRow("brackets") << QStringLiteral("[동아일보] 오피니언") << QStringLiteral("동아일보")
                              << QStringLiteral("오피니언");
    QTest::newRow("section first") << QStringLiteral("경제 : 한겨레") << QStringLiteral("한겨레")
                                   << QStringLiteral("경제");
    QTest::newRow("plain name") << QStringLiteral("상하이방") << QStringLiteral("상하이방") << QString();
    QTest::newRow("only a section") << QStringLiteral("전체기사") << QString() << QStringLiteral("전체기사");
    QTest::newRow("RSS suffix") << QStringLiteral("뉴시스 RSS") << QStringLiteral("뉴시스") << QString();
    QTest::newRow("hyphenated name stays") << QStringLiteral("e-Daily") << QStringLiteral("e-Daily") << QString();
}

void TestSubscriptions::channelTitlesSplitIntoOutletAndSection()
{
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, section);
    const ChannelTitle split = splitChannelTitle(title);
    QCOMPARE(split.outlet, outlet);
    QCOMPARE(split.section, section);
}

void TestSubscriptions::categoriesNameSections_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("section");
    QTest::newRow("사설") << QStringLiteral("사설") << QStringLiteral("opinion");
    QTest::newRow("칼럼 inside") << QStringLiteral("경제 칼럼") << QStringLiteral("opinion");
    QTest::newRow("경제 > 금융") << QStringLiteral("경제 > 금융") << QStringLiteral("economy");
    QTest::newRow("산업") << QStringLiteral("산업") << QStringLiteral("economy");
    QTest::newRow("정치일반") << QStringLiteral("정치일반") << QStringLiteral("politics");
    QTest::newRow("사건사고") << QStringLiteral("사회/사건사고") << QStringLiteral("society");
    QTest::newRow("국제") << QStringLiteral("국제") << QStringLiteral("world");
    QTest::newRow("세계") << QStringLiteral("세계") << QStringLiteral("world");
    QTest::newRow("연예") << QStringLiteral("연예가화제") << QStringLiteral("entertainment");
    QTest::newRow("스포츠") << QStringLiteral("스포츠") << QStringLiteral("sports");
    QTest::newRow("IT·과학") << QStringLiteral("IT·과학") << QStringLiteral("it");
    QTest::newRow("English whole word") << QStringLiteral("World News") << QStringLiteral("world");
    QTest::newRow("'it' not inside words") << QStringLiteral("digital") << QString();
    QTest::newRow("unknown") << QStringLiteral("날씨") << QString();
}

void TestSubscriptions::categoriesNameSections()
{
    QFETCH(QString, category);
    QFETCH(QString, section);
    QCOMPARE(sectionForCategory(category), section);
}

void TestSubscriptions::sitesAreTheRegistrablePartOfTheHost()
{
    QCOMPARE(siteKey(QUrl(QStringLiteral("https://www.hani.co.kr/rss/economy/"))), QStringLiteral("hani.co.kr"));
    QCOMPARE(siteKey(QUrl(QStringLiteral("https://news.hani.co.kr/x"))), QStringLiteral("hani.co.kr"));
    QCOMPARE(siteKey(QUrl(QStringLiteral("https://rss.donga.com/total.xml"))), QStringLiteral("donga.com"));
    QVERIFY(siteKey(QUrl(QStringLiteral("https://www.chosun.com/")))
            != siteKey(QUrl(QStringLiteral("https://www.donga.com/"))));
    // loopback servers in tests are told apart by port
    QCOMPARE(siteKey(QUrl(QStringLiteral("http://127.0.0.1:4000/a.xml"))), QStringLiteral("127.0.0.1:4000"));
    QVERIFY(siteKey(QUrl(QStringLiteral("http://127.0.0.1:4000/a")))
            != siteKey(QUrl(QStringLiteral("http://127.0.0.1:4001/a"))));
}

void TestSubscriptions::outletIsNamedFromTheSiteNotTheHost()
{
    const QUrl local(QStringLiteral("http://127.0.0.1:4000/rss/economy.xml"));
    QCOMPARE(outletNameFor(local, QStringLiteral("한겨레 : 경제"), {}, {}), QStringLiteral("한겨레"));
    QCOMPARE(outletNameFor(local, QStringLiteral("한겨레 : 경제"), QStringLiteral("한겨레신문"), {}),
             QStringLiteral("한겨레신문"));
    QCOMPARE(outletNameFor(local, QStringLiteral("전체기사"), {}, {}), QStringLiteral("127.0.0.1")); // last resort
    const QList<SourceDefinition> catalogue = bundledCatalog();
    QCOMPARE(outletNameFor(
                 QUrl(QStringLiteral("https://www.hani.co.kr/rss/sports/")), QStringLiteral("Sports"), {}, catalogue),
             QStringLiteral("한겨레"));
    const NewSubscription n
        = subscriptionFor(DiscoveredFeed{local, QStringLiteral("한겨레 : 경제"), 3, QStringLiteral("economy"), {}}, {});
    QCOMPARE(n.outlet, QStringLiteral("한겨레"));
    QCOMPARE(n.title, QStringLiteral("경제"));
    QCOMPARE(n.section, QStringLiteral("economy"));
    QCOMPARE(n.site, QStringLiteral("127.0.0.1:4000"));
}

void TestSubscriptions::itemsGoToTheSectionTheirCategoryNames()
{
    LocalHttpServer server;
    server.route("/economy.xml", [](const HttpRequest&) {
        return HttpResponse::ok(rssWithCategories(QStringLiteral("한겨레 : 경제"),
                                                  {{QStringLiteral("환율 급등"), QStringLiteral("경제")},
                                                   {QStringLiteral("[사설] 환율"), QStringLiteral("사설")},
                                                   {QStringLiteral("무분류 기사"), QString()},
                                                   {QStringLiteral("날씨"), QStringLiteral("날씨")}}));
    });
    server.route("/community.xml", [](const HttpRequest&) {
        return HttpResponse::ok(rssWithCategories(QStringLiteral("상하이방"),
                                                  {{QStringLiteral("교민 경제 모임"), QStringLiteral("경제")}}));
    });
    QTemporaryDir dir;
    {
        StoreWriterCore core(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(std::holds_alternative<int>(core.open()));
        SourceRecord source;
        source.key = QStringLiteral("hani");
        source.nameKo = QStringLiteral("한겨레");
        const qint64 id = std::get<qint64>(core.upsertSource(source));
        FeedRecord economy;
        economy.url = server.url(QStringLiteral("/economy.xml")).toString();
        economy.section = QStringLiteral("economy");
        core.upsertFeed(id, economy);
        FeedRecord community;
        community.url = server.url(QStringLiteral("/community.xml")).toString();
        community.section = QStringLiteral("local");
        core.upsertFeed(id, community);
    }
    Cache cache(dir.path());
    QSignalSpy opened(&cache, &Cache::opened);
    cache.open();
    QVERIFY(opened.wait(10000));
    RefreshEngine engine(&cache, {});
    QSignalSpy done(&engine, &RefreshEngine::finished);
    engine.refresh({RefreshScope::Kind::All, {}, {}, true});
    QVERIFY(done.wait(30000));
    ArticleQueries q(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto page = q.page(ArticleFilter{}, {}, 50);
    QVERIFY(std::holds_alternative<ArticlePage>(page));
    QCOMPARE(done.front().at(0).value<RefreshSummary>().errors, QStringList());
    QHash<QString, QString> sections;
    for (const ArticleRow& r : std::get<ArticlePage>(page).rows) {
        sections.insert(r.title, r.section);
    }
    QCOMPARE(sections.value(QStringLiteral("환율 급등")), QStringLiteral("economy"));
    QCOMPARE(sections.value(QStringLiteral("[사설] 환율")), QStringLiteral("opinion"));
    QCOMPARE(sections.value(QStringLiteral("무분류 기사")), QStringLiteral("economy")); // the feed's section
    QCOMPARE(sections.value(QStringLiteral("날씨")), QStringLiteral("economy"));
    QCOMPARE(sections.value(QStringLiteral("교민 경제 모임")), QStringLiteral("local")); // community keeps its own
}

void TestSubscriptions::discoveryReadsTheSiteNameAndSaysWhatItTried()
{
    LocalHttpServer server;
    server.route("/", [](const HttpRequest&) {
        return HttpResponse::ok("<html><head><meta property=\"og:site_name\" content=\"한겨레\">"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss/economy.xml\">"
                                "</head><body>hi</body></html>",
                                "text/html; charset=utf-8");
    });
    server.route("/rss/economy.xml", [](const HttpRequest&) {
        return HttpResponse::ok(rssWithCategories(QStringLiteral("경제"), {{QStringLiteral("a"), QString()}}));
    });
    FeedDiscoverer discoverer({});
    QSignalSpy finished(&discoverer, &FeedDiscoverer::finished);
    discoverer.discover(server.url(QStringLiteral("/")));
    QVERIFY(finished.wait(20000));
    const auto feeds = finished.takeFirst().at(0).value<QList<DiscoveredFeed>>();
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.front().siteName, QStringLiteral("한겨레"));
    const NewSubscription n = subscriptionFor(feeds.front(), {});
    QCOMPARE(n.outlet, QStringLiteral("한겨레"));
    QCOMPARE(n.section, QStringLiteral("economy"));

    // nothing behind the address: every address tried is listed with what it gave
    LocalHttpServer empty;
    empty.setFallback([](const HttpRequest&) { return HttpResponse::withStatus(404); });
    empty.route("/",
                [](const HttpRequest&) { return HttpResponse::ok("<html><body>no feeds</body></html>", "text/html"); });
    discoverer.discover(empty.url(QStringLiteral("/")));
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.takeFirst().at(0).value<QList<DiscoveredFeed>>().isEmpty());
    const QList<TriedAddress> tried = discoverer.tried();
    QVERIFY(tried.size() >= 5);
    QCOMPARE(tried.front().error.code, ErrorCode::NotAFeed);
    QVERIFY(std::any_of(tried.begin(), tried.end(), [](const TriedAddress& t) { return t.error.httpStatus == 404; }));
}

void TestSubscriptions::catalogueIsInKoreanOrderAndMarksChina()
{
    const QList<SourceDefinition> catalogue = bundledCatalog();
    QVERIFY(catalogue.size() > 5);
    QCollator korean{QLocale(QLocale::Korean, QLocale::SouthKorea)};
    for (int i = 1; i < catalogue.size(); ++i) {
        QVERIFY2(korean.compare(catalogue.at(i - 1).nameKo, catalogue.at(i).nameKo) <= 0,
                 qPrintable(catalogue.at(i - 1).nameKo + QStringLiteral(" > ") + catalogue.at(i).nameKo));
    }
    bool google = false;
    for (const SourceDefinition& s : catalogue) {
        if (s.id == QLatin1String("googlenews-ko")) {
            google = s.blockedInChina;
        } else if (s.id == QLatin1String("shanghaibang")) {
            QVERIFY(!s.blockedInChina);
        }
    }
    QVERIFY(google);
}

void TestSubscriptions::opmlKeepsTheValidPartAndListsTheRest()
{
    const QByteArray opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
                            "<outline text=\"뉴스\">"
                            "<outline text=\"good\" xmlUrl=\"https://a.example.kr/rss.xml\" category=\"/economy\"/>"
                            "<outline text=\"js\" xmlUrl=\"javascript:alert(1)\"/>"
                            "<outline text=\"file\" xmlUrl=\"file:///etc/passwd\"/>"
                            "<outline text=\"again\" xmlUrl=\"https://a.example.kr/rss.xml\"/>"
                            "</outline></body></opml>";
    const auto read = readOpml(opml);
    QVERIFY(std::holds_alternative<OpmlContents>(read));
    const OpmlContents& c = std::get<OpmlContents>(read);
    QCOMPARE(c.feeds.size(), 1);
    QCOMPARE(c.feeds.front().section, QStringLiteral("economy"));
    QCOMPARE(c.rejected.size(), 3);
    QVERIFY(std::holds_alternative<Error>(parseOpml(opml))); // the strict reading still refuses
    QVERIFY(std::holds_alternative<Error>(readOpml("<html><body>not opml</body></html>")));
    // export → import keeps outlets as folders and sections as categories
    const QByteArray written = writeOpml({OpmlFeed{QStringLiteral("https://b.example.kr/f.xml"),
                                                   QStringLiteral("경제"),
                                                   {},
                                                   QStringLiteral("한겨레"),
                                                   QStringLiteral("economy")}},
                                         QStringLiteral("Sosik"));
    QVERIFY(written.contains("category=\"/economy\""));
    const auto back = readOpml(written);
    QCOMPARE(std::get<OpmlContents>(back).feeds.front().group, QStringLiteral("한겨레"));
    QCOMPARE(std::get<OpmlContents>(back).feeds.front().section, QStringLiteral("economy"));
    const QList<NewSubscription> subs = subscriptionsFor(std::get<OpmlContents>(back).feeds, {});
    QCOMPARE(subs.front().outlet, QStringLiteral("한겨레"));
    QVERIFY(subs.front().outletByName);
}

void TestSubscriptions::hostileOpmlEndsQuickly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("feeds");
    QByteArray many = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>";
    for (int i = 0; i < 100000; ++i) {
        many += "<outline text=\"f" + QByteArray::number(i) + "\" xmlUrl=\"https://s" + QByteArray::number(i % 500)
            + ".example.kr/rss/" + QByteArray::number(i) + ".xml\"/>";
    }
    many += "</body></opml>";
    QTest::newRow("100,000 outlines") << many << 100000;
    QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    bomb += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">";
    for (int i = 2; i <= 9; ++i) {
        bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k) {
            bomb += "&lol" + QByteArray::number(i - 1) + ";";
        }
        bomb += "\">";
    }
    bomb += "]><opml version=\"2.0\"><body><outline text=\"&lol9;\" xmlUrl=\"https://a.example.kr/x\"/></body></opml>";
    QTest::newRow("XML bomb") << bomb << -1;
    QTest::newRow("binary") << QByteArray(100000, '\x01') << -1;
}

void TestSubscriptions::hostileOpmlEndsQuickly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, feeds);
    QElapsedTimer timer;
    timer.start();
    const auto read = readOpml(bytes);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed()))); // ~0.3 s measured
    if (feeds < 0) {
        QVERIFY(std::holds_alternative<Error>(read));
    } else {
        QCOMPARE(std::get<OpmlContents>(read).feeds.size(), feeds);
    }
}

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "TestSubscriptions.moc"
