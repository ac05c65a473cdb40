#include "LocalHttpServer.h"
#include "normalize/ArticleNormalizer.h"
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
#include <QTimeZone>

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

constexpr qint64 kNow = 1'800'000'000;

StoredItem storedItem(const QString& guid, const QString& title, const QStringList& categories = {})
{
    FeedEntry e;
    e.id = guid;
    e.title = title;
    e.summary = title + QStringLiteral(" 본문");
    e.link = QStringLiteral("https://news.example.kr/a/") + guid;
    e.published = QDateTime::fromSecsSinceEpoch(kNow - 3600, QTimeZone::utc());
    e.categories = categories;
    return normalizeEntry(e, NormalizeContext{kNow});
}

FeedUpdate updateOf(qint64 feedId, QList<StoredItem> items, qint64 now = kNow)
{
    FeedUpdate u;
    u.feedId = feedId;
    u.outcome = FetchOutcome::Updated;
    u.httpStatus = 200;
    u.items = std::move(items);
    u.now = now;
    return u;
}

FeedUpdate failureOf(qint64 feedId, qint64 now)
{
    FeedUpdate u;
    u.feedId = feedId;
    u.outcome = FetchOutcome::Failed;
    u.error = Error{ErrorCode::Network, QStringLiteral("Host not found"), 0};
    u.now = now;
    return u;
}

NewSubscription wanted(const QString& url, const QString& outlet, const QString& section = QStringLiteral("general"))
{
    NewSubscription n;
    n.url = url;
    n.title = outlet + QStringLiteral(" ") + section;
    n.outlet = outlet;
    n.section = section;
    return n;
}

FeedInfo feedInfo(const QString& dir, qint64 id)
{
    ArticleQueries q(dir + QStringLiteral("/cache.db"));
    if (!std::holds_alternative<int>(q.open())) {
        return {};
    }
    const auto feeds = q.feeds();
    for (const FeedInfo& f : std::get<QList<FeedInfo>>(feeds)) {
        if (f.id == id) {
            return f;
        }
    }
    return {};
}

QString refusal(const auto& result)
{
    const auto* e = std::get_if<Error>(&result);
    return e && e->code == ErrorCode::Malformed ? e->detail : QString();
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
    void subscribeFilesFeedsUnderTheirSite();
    void renameMoveAndSectionAreTheReaders();
    void badEditsAreRefused();
    void unsubscribeKeepsStarredArticles();
    void failingFeedsBackOffAndRememberSince();
    void perFeedSettingsReachTheRefresh();
    void feedsFollowTheirOutletsInterval();
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
    // … after the home page's own title (#14's walk: a site's "RSS" channel was named 127.0.0.1)
    QCOMPARE(outletNameFor(local, QStringLiteral("RSS"), {}, {}, QStringLiteral("상하이 교민신문 - 교민의 길잡이")),
             QStringLiteral("상하이 교민신문"));
    QCOMPARE(outletNameFor(local, QStringLiteral("한겨레 : 경제"), {}, {}, QStringLiteral("다른 이름")),
             QStringLiteral("한겨레")); // the channel's says first
    // only a home page's title names its site: an article's is its headline
    const QByteArray page("<html><head><title>상하이 교민신문</title></head><body></body></html>");
    QCOMPARE(homeTitleInPage(page, QStringLiteral("text/html; charset=utf-8"), QUrl(QStringLiteral("http://a.kr/"))),
             QStringLiteral("상하이 교민신문"));
    QCOMPARE(homeTitleInPage(page, {}, QUrl(QStringLiteral("http://a.kr/index.html"))),
             QStringLiteral("상하이 교민신문"));
    QCOMPARE(homeTitleInPage(page, {}, QUrl(QStringLiteral("http://a.kr/news/articleView.html?idxno=1"))), QString());
    const QList<SourceDefinition> catalogue = bundledCatalog();
    QCOMPARE(outletNameFor(
                 QUrl(QStringLiteral("https://www.hani.co.kr/rss/sports/")), QStringLiteral("Sports"), {}, catalogue),
             QStringLiteral("한겨레"));
    const NewSubscription n = subscriptionFor(
        DiscoveredFeed{local, QStringLiteral("한겨레 : 경제"), 3, QStringLiteral("economy"), {}, {}}, {});
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

    // no og:site_name and a channel called "RSS": the home page's <title> names the outlet (#14's walk)
    LocalHttpServer titled;
    titled.route("/", [](const HttpRequest&) {
        return HttpResponse::ok("<html><head><title>상하이 교민신문 | 교민의 길잡이</title>"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
                                "</head><body>hi</body></html>",
                                "text/html; charset=utf-8");
    });
    titled.route("/rss.xml", [](const HttpRequest&) {
        return HttpResponse::ok(rssWithCategories(QStringLiteral("RSS"), {{QStringLiteral("a"), QString()}}));
    });
    discoverer.discover(titled.url(QStringLiteral("/")));
    QVERIFY(finished.wait(20000));
    const auto local = finished.takeFirst().at(0).value<QList<DiscoveredFeed>>();
    QCOMPARE(local.size(), 1);
    QCOMPARE(subscriptionFor(local.front(), {}).outlet, QStringLiteral("상하이 교민신문"));

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
    QVERIFY(subs.front().sectionFixed);
    // a feed whose items go by their own categories comes back so: the section is only its fallback
    OpmlFeed byCategory{QStringLiteral("https://b.example.kr/all.xml"),
                        QStringLiteral("전체"),
                        {},
                        QStringLiteral("한겨레"),
                        QStringLiteral("general")};
    byCategory.sectionFixed = false;
    const auto loose = readOpml(writeOpml({byCategory}, QStringLiteral("Sosik")));
    QCOMPARE(std::get<OpmlContents>(loose).feeds.front().section, QStringLiteral("general"));
    QVERIFY(!std::get<OpmlContents>(loose).feeds.front().sectionFixed);
    const QList<NewSubscription> looseSubs = subscriptionsFor(std::get<OpmlContents>(loose).feeds, {});
    QCOMPARE(looseSubs.front().section, QStringLiteral("general"));
    QVERIFY(!looseSubs.front().sectionFixed);
    QVERIFY(subscriptionsFor(c.feeds, {}).front().sectionFixed); // another reader's category is the reader's
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

void TestSubscriptions::subscribeFilesFeedsUnderTheirSite()
{
    QTemporaryDir dir;
    StoreWriterCore core(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(core.open()));
    const auto first
        = core.subscribe({wanted(QStringLiteral("https://www.hani.co.kr/rss/economy/"),
                                 QStringLiteral("한겨레"),
                                 QStringLiteral("economy")),
                          wanted(QStringLiteral("https://news.hani.co.kr/rss/politics/"),
                                 QStringLiteral("한겨레"),
                                 QStringLiteral("politics")),
                          wanted(QStringLiteral("https://www.khan.co.kr/rss/"), QStringLiteral("경향신문"))});
    QVERIFY(std::holds_alternative<QList<SubscriptionOutcome>>(first));
    const QList<SubscriptionOutcome>& o = std::get<QList<SubscriptionOutcome>>(first);
    QCOMPARE(o.size(), 3);
    QVERIFY(o[0].added && o[1].added && o[2].added);
    QCOMPARE(o[0].outletId, o[1].outletId); // one site, one outlet
    QVERIFY(o[2].outletId != o[0].outletId);
    QCOMPARE(o[0].outlet, QStringLiteral("한겨레"));
    // the same address again is reported, not duplicated
    const auto again
        = core.subscribe({wanted(QStringLiteral("https://www.hani.co.kr/rss/economy/"), QStringLiteral("다른 이름"))});
    QCOMPARE(std::get<QList<SubscriptionOutcome>>(again).front().added, false);
    QCOMPARE(std::get<QList<SubscriptionOutcome>>(again).front().feedId, o[0].feedId);
    QSqlQuery count(core.database());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM feeds")) && count.next());
    QCOMPARE(count.value(0).toInt(), 3);
    // an OPML folder names its outlet whatever the site; a folder seen before is the same outlet
    NewSubscription a = wanted(QStringLiteral("https://a.example.kr/rss"), QStringLiteral("내 폴더"));
    a.outletByName = true;
    NewSubscription b = wanted(QStringLiteral("https://b.example.com/rss"), QStringLiteral("내 폴더"));
    b.outletByName = true;
    const auto folder = std::get<QList<SubscriptionOutcome>>(core.subscribe({a, b}));
    QCOMPARE(folder[0].outletId, folder[1].outletId);
    QCOMPARE(std::get<qint64>(core.findOutlet(QStringLiteral("내 폴더"))), folder[0].outletId);
    QCOMPARE(std::get<qint64>(core.findOutlet(QString::number(o[2].outletId))), o[2].outletId);
    QVERIFY(refusal(core.findOutlet(QStringLiteral("없는 언론사"))).startsWith(QLatin1String("no ")));
    // addresses that are not on the web are refused, and nothing of the batch is written
    const auto bad = core.subscribe({wanted(QStringLiteral("https://c.example.kr/rss"), QStringLiteral("c")),
                                     wanted(QStringLiteral("javascript:alert(1)"), QStringLiteral("x"))});
    QVERIFY(!refusal(bad).isEmpty());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM feeds")) && count.next());
    QCOMPARE(count.value(0).toInt(), 5);
    QVERIFY(!refusal(core.subscribe({wanted(QStringLiteral("file:///etc/passwd"), QStringLiteral("x"))})).isEmpty());
}

void TestSubscriptions::renameMoveAndSectionAreTheReaders()
{
    QTemporaryDir dir;
    StoreWriterCore core(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(core.open()));
    SourceRecord hani;
    hani.key = QStringLiteral("hani");
    hani.nameKo = QStringLiteral("한겨레");
    const qint64 haniId = std::get<qint64>(core.upsertSource(hani));
    FeedRecord economy;
    economy.url = QStringLiteral("https://www.hani.co.kr/rss/economy/");
    economy.title = QStringLiteral("한겨레 경제");
    economy.section = QStringLiteral("economy");
    const qint64 feedId = std::get<qint64>(core.upsertFeed(haniId, economy));
    const qint64 otherId
        = std::get<QList<SubscriptionOutcome>>(
              core.subscribe({wanted(QStringLiteral("https://www.khan.co.kr/rss/"), QStringLiteral("경향신문"))}))
              .front()
              .outletId;
    core.write(updateOf(feedId,
                        {storedItem(QStringLiteral("1"), QStringLiteral("환율")),
                         storedItem(QStringLiteral("2"), QStringLiteral("[사설] 환율"), {QStringLiteral("사설")})}));

    // renamed: the names survive the catalogue being imported again
    QVERIFY(std::holds_alternative<bool>(core.renameOutlet(haniId, QStringLiteral("  한겨레신문 "))));
    QVERIFY(std::holds_alternative<bool>(core.renameFeed(feedId, QStringLiteral("돈 이야기"))));
    core.upsertSource(hani);
    core.upsertFeed(haniId, economy);
    FeedInfo f = feedInfo(dir.path(), feedId);
    QCOMPARE(f.sourceName, QStringLiteral("한겨레신문"));
    QCOMPARE(f.title, QStringLiteral("돈 이야기"));

    // a section the reader chose takes the feed's articles, and later ones, whatever their categories
    QVERIFY(std::holds_alternative<bool>(core.setFeedSection(feedId, QStringLiteral("world"))));
    core.write(
        updateOf(feedId, {storedItem(QStringLiteral("3"), QStringLiteral("[칼럼] 새 글"), {QStringLiteral("칼럼")})}));
    core.upsertFeed(haniId, economy); // a re-import keeps the reader's section
    QSqlQuery q(core.database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(section), MAX(section) FROM articles")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toString(), QStringLiteral("world"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("world"));
    f = feedInfo(dir.path(), feedId);
    QVERIFY(f.sectionFixed);
    QCOMPARE(f.section, QStringLiteral("world"));
    // "" hands the sorting back to the items' categories
    QVERIFY(std::holds_alternative<bool>(core.setFeedSection(feedId, QString())));
    core.write(
        updateOf(feedId, {storedItem(QStringLiteral("4"), QStringLiteral("[사설] 둘"), {QStringLiteral("사설")})}));
    QVERIFY(q.exec(QStringLiteral("SELECT section FROM articles WHERE title = '[사설] 둘'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("opinion"));

    // moved: the feed and its articles belong to the other outlet
    QVERIFY(std::holds_alternative<bool>(core.moveFeed(feedId, otherId)));
    QCOMPARE(feedInfo(dir.path(), feedId).sourceId, otherId);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM articles WHERE source_id = %1").arg(otherId)) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
}

void TestSubscriptions::badEditsAreRefused()
{
    QTemporaryDir dir;
    StoreWriterCore core(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(core.open()));
    const auto made = std::get<QList<SubscriptionOutcome>>(
        core.subscribe({wanted(QStringLiteral("https://a.example.kr/rss"), QStringLiteral("가")),
                        wanted(QStringLiteral("https://b.example.com/rss"), QStringLiteral("나"))}));
    const qint64 feed = made[0].feedId;
    QVERIFY(!refusal(core.renameFeed(feed, QStringLiteral("   "))).isEmpty());
    QVERIFY(!refusal(core.renameOutlet(made[0].outletId, QString())).isEmpty());
    QVERIFY(refusal(core.renameFeed(9999, QStringLiteral("x"))).startsWith(QLatin1String("no ")));
    QVERIFY(refusal(core.moveFeed(feed, 9999)).startsWith(QLatin1String("no outlet")));
    QVERIFY(refusal(core.moveFeed(9999, made[1].outletId)).startsWith(QLatin1String("no feed")));
    QVERIFY(!refusal(core.setFeedAddress(feed, QStringLiteral("javascript:alert(1)"))).isEmpty());
    QVERIFY(!refusal(core.setFeedAddress(feed, QStringLiteral("file:///etc/passwd"))).isEmpty());
    QVERIFY(!refusal(core.setFeedAddress(feed, QStringLiteral("not an address"))).isEmpty());
    QVERIFY(!refusal(core.setFeedAddress(feed, QStringLiteral("https://b.example.com/rss"))).isEmpty()); // taken
    FeedOptions wrong;
    wrong.fullText = QStringLiteral("sometimes");
    QVERIFY(!refusal(core.setFeedOptions(feed, wrong)).isEmpty());
    QVERIFY(refusal(core.unsubscribe(9999, true)).startsWith(QLatin1String("no feed")));
    // nothing of it was written
    const FeedInfo f = feedInfo(dir.path(), feed);
    QCOMPARE(f.url, QStringLiteral("https://a.example.kr/rss"));
    QCOMPARE(f.title, QStringLiteral("가 general"));
    QCOMPARE(f.options.fullText, QString());
    // a good address is taken, and the feed starts afresh there
    core.write(failureOf(feed, kNow));
    QVERIFY(std::holds_alternative<bool>(core.setFeedAddress(feed, QStringLiteral("https://a.example.kr/feed.xml"))));
    const FeedInfo moved = feedInfo(dir.path(), feed);
    QCOMPARE(moved.url, QStringLiteral("https://a.example.kr/feed.xml"));
    QCOMPARE(moved.lastErrorCode, 0);
    QCOMPARE(moved.failingSince, 0);
}

void TestSubscriptions::unsubscribeKeepsStarredArticles()
{
    QTemporaryDir dir;
    StoreWriterCore core(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(core.open()));
    const auto made = std::get<QList<SubscriptionOutcome>>(
        core.subscribe({wanted(QStringLiteral("https://a.example.kr/rss"), QStringLiteral("가")),
                        wanted(QStringLiteral("https://b.example.kr/rss2"), QStringLiteral("가"))}));
    core.write(updateOf(made[0].feedId,
                        {storedItem(QStringLiteral("a1"), QStringLiteral("별표")),
                         storedItem(QStringLiteral("a2"), QStringLiteral("보통"))}));
    core.write(updateOf(made[1].feedId, {storedItem(QStringLiteral("b1"), QStringLiteral("별표 둘"))}));
    QSqlQuery q(core.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM articles WHERE title IN ('별표', '별표 둘') ORDER BY id")));
    QList<qint64> starred;
    while (q.next()) {
        starred.append(q.value(0).toLongLong());
    }
    QCOMPARE(starred.size(), 2);
    core.setStatus(starred, StatusField::Starred, true, kNow);
    // kept by default: the starred article stays, under 구독 취소한 피드의 보관 기사, and is never refreshed
    QCOMPARE(std::get<int>(core.unsubscribe(made[0].feedId, true)), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT a.title, f.kind, f.disabled FROM articles a JOIN feeds f ON f.id = a.feed_id "
                                  "WHERE a.title IN ('별표', '보통')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("별표"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("kept"));
    QCOMPARE(q.value(2).toInt(), 1);
    QVERIFY(!q.next());
    const auto targets = core.refreshTargets({RefreshScope::Kind::All, {}, {}, true}, kNow);
    QCOMPARE(std::get<QList<RefreshTarget>>(targets).size(), 1);
    // asked not to keep them: they go with the feed
    QCOMPARE(std::get<int>(core.unsubscribe(made[1].feedId, false)), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM articles WHERE title = '별표 둘'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSubscriptions::failingFeedsBackOffAndRememberSince()
{
    QTemporaryDir dir;
    StoreWriterCore core(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(core.open()));
    const qint64 feed = std::get<QList<SubscriptionOutcome>>(
                            core.subscribe({wanted(QStringLiteral("https://a.example.kr/rss"), QStringLiteral("가"))}))
                            .front()
                            .feedId;
    QList<qint64> waits;
    qint64 now = kNow;
    for (int i = 0; i < 12; ++i) {
        core.write(failureOf(feed, now));
        const FeedInfo f = feedInfo(dir.path(), feed);
        QCOMPARE(f.failingSince, kNow); // since the first failure of the run
        QCOMPARE(f.failureCount, i + 1);
        waits.append(f.nextFetch - now);
        now = f.nextFetch;
    }
    QCOMPARE(waits.front(), qint64(300));
    for (int i = 1; i < waits.size(); ++i) {
        QVERIFY(waits[i] >= waits[i - 1]); // exponential…
    }
    QCOMPARE(waits[1], 2 * waits[0]);
    QCOMPARE(waits.back(), qint64(12 * 3600)); // …and capped
    // not due while backing off, unless forced (지금 다시 시도)
    QVERIFY(std::get<QList<RefreshTarget>>(core.refreshTargets({}, now - 1)).isEmpty());
    QCOMPARE(std::get<QList<RefreshTarget>>(core.refreshTargets({RefreshScope::Kind::Feeds, {}, {feed}, true}, now - 1))
                 .size(),
             1);
    core.write(updateOf(feed, {}, now));
    const FeedInfo fine = feedInfo(dir.path(), feed);
    QCOMPARE(fine.failingSince, 0);
    QCOMPARE(fine.failureCount, 0);
    QCOMPARE(fine.lastErrorCode, 0);
}

void TestSubscriptions::perFeedSettingsReachTheRefresh()
{
    LocalHttpServer server;
    QByteArray agent;
    server.route("/feed.xml", [&agent](const HttpRequest& r) {
        agent = r.header("User-Agent");
        return HttpResponse::ok(
            rssWithCategories(QStringLiteral("가 뉴스"), {{QStringLiteral("[사설] 하나"), QStringLiteral("사설")}}));
    });
    QTemporaryDir dir;
    Cache cache(dir.path());
    QSignalSpy opened(&cache, &Cache::opened);
    cache.open();
    QVERIFY(opened.wait(10000));
    // through the cache's named operations, as the window does
    QList<SubscriptionOutcome> made;
    cache.subscribe(
        {wanted(server.url(QStringLiteral("/feed.xml")).toString(), QStringLiteral("가"))},
        this,
        [&made](const Result<QList<SubscriptionOutcome>>& r) { made = std::get<QList<SubscriptionOutcome>>(r); });
    QTRY_COMPARE(made.size(), 1);
    const qint64 feed = made.front().feedId;
    FeedOptions options;
    options.userAgent = QStringLiteral("MyReader/1.0");
    options.intervalMinutes = 90;
    options.fullText = QStringLiteral("never");
    options.images = 0;
    options.encoding = QStringLiteral("utf-8");
    std::optional<Result<bool>> set;
    cache.setFeedOptions(feed, options, this, [&set](const Result<bool>& r) { set = r; });
    QTRY_VERIFY(set.has_value());
    QVERIFY(std::holds_alternative<bool>(*set));
    std::optional<Result<bool>> section;
    cache.setFeedSection(feed, QStringLiteral("economy"), this, [&section](const Result<bool>& r) { section = r; });
    QTRY_VERIFY(section.has_value());
    std::optional<Result<bool>> empty;
    QSignalSpy storageErrors(&cache, &Cache::storageError);
    cache.renameFeed(feed, QString(), this, [&empty](const Result<bool>& r) { empty = r; });
    QTRY_VERIFY(empty.has_value());
    QVERIFY(!refusal(*empty).isEmpty());
    QCOMPARE(storageErrors.size(), 0); // a refusal is not a storage error

    const FeedInfo f = feedInfo(dir.path(), feed);
    QCOMPARE(f.options.userAgent, options.userAgent);
    QCOMPARE(f.options.intervalMinutes, 90);
    QCOMPARE(f.options.fullText, QStringLiteral("never"));
    QCOMPARE(f.options.images, 0);
    QCOMPARE(f.options.encoding, QStringLiteral("utf-8"));
    RefreshEngine engine(&cache, {});
    QSignalSpy done(&engine, &RefreshEngine::finished);
    engine.refresh({RefreshScope::Kind::All, {}, {}, true});
    QVERIFY(done.wait(30000));
    QCOMPARE(agent, QByteArray("MyReader/1.0"));
    const FeedInfo after = feedInfo(dir.path(), feed);
    QVERIFY(after.nextFetch - after.lastFetch >= 90 * 60 - 5); // at most every 90 minutes
    ArticleQueries q(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto page = q.page(ArticleFilter{}, {}, 50);
    QCOMPARE(std::get<ArticlePage>(page).rows.size(), 1);
    QCOMPARE(std::get<ArticlePage>(page).rows.front().section, QStringLiteral("economy")); // the reader's, not 사설's
}

void TestSubscriptions::feedsFollowTheirOutletsInterval()
{
    // feed → outlet → app (#15): an outlet's interval reaches every feed of it that has none of its own
    LocalHttpServer server;
    server.route("/a.xml",
                 [](const HttpRequest&) { return HttpResponse::ok(rssWithCategories(QStringLiteral("가"), {})); });
    server.route("/b.xml",
                 [](const HttpRequest&) { return HttpResponse::ok(rssWithCategories(QStringLiteral("나"), {})); });
    QTemporaryDir dir;
    Cache cache(dir.path());
    QSignalSpy opened(&cache, &Cache::opened);
    cache.open();
    QVERIFY(opened.wait(10000));
    QList<SubscriptionOutcome> made;
    cache.subscribe(
        {wanted(server.url(QStringLiteral("/a.xml")).toString(), QStringLiteral("가")),
         wanted(server.url(QStringLiteral("/b.xml")).toString(), QStringLiteral("가"))},
        this,
        [&made](const Result<QList<SubscriptionOutcome>>& r) { made = std::get<QList<SubscriptionOutcome>>(r); });
    QTRY_COMPARE(made.size(), 2);
    QCOMPARE(made[0].outletId, made[1].outletId);
    FeedOptions own;
    own.intervalMinutes = 30;
    std::optional<Result<bool>> set;
    cache.setFeedOptions(made[1].feedId, own, this, [&set](const Result<bool>& r) { set = r; });
    QTRY_VERIFY(set.has_value());
    set.reset();
    cache.setOutletInterval(made[0].outletId, 240, this, [&set](const Result<bool>& r) { set = r; });
    QTRY_VERIFY(set.has_value());
    QVERIFY(std::holds_alternative<bool>(*set));
    QCOMPARE(feedInfo(dir.path(), made[0].feedId).outletIntervalMinutes, 240);
    set.reset();
    cache.setOutletInterval(987654, 60, this, [&set](const Result<bool>& r) { set = r; });
    QTRY_VERIFY(set.has_value());
    QVERIFY(!refusal(*set).isEmpty()); // no such outlet

    RefreshEngine engine(&cache, {});
    QSignalSpy done(&engine, &RefreshEngine::finished);
    engine.refresh({RefreshScope::Kind::All, {}, {}, true});
    QVERIFY(done.wait(30000));
    const FeedInfo follows = feedInfo(dir.path(), made[0].feedId);
    const FeedInfo ownOne = feedInfo(dir.path(), made[1].feedId);
    QVERIFY(follows.lastSuccess > 0 && ownOne.lastSuccess > 0);
    QCOMPARE(follows.nextFetch - follows.lastFetch, 240 * 60); // the outlet's
    QCOMPARE(ownOne.nextFetch - ownOne.lastFetch, 30 * 60); // its own wins
    // a shorter outlet interval: the feed that follows it is not kept waiting for the old one
    set.reset();
    cache.setOutletInterval(made[0].outletId, 60, this, [&set](const Result<bool>& r) { set = r; });
    QTRY_VERIFY(set.has_value());
    QCOMPARE(feedInfo(dir.path(), made[0].feedId).nextFetch - follows.lastFetch, 60 * 60);
    QCOMPARE(feedInfo(dir.path(), made[1].feedId).nextFetch, ownOne.nextFetch);
    // back to the app's: no wait of the outlet's any more
    set.reset();
    cache.setOutletInterval(made[0].outletId, -1, this, [&set](const Result<bool>& r) { set = r; });
    QTRY_VERIFY(set.has_value());
    QCOMPARE(feedInfo(dir.path(), made[0].feedId).outletIntervalMinutes, -1);
    QCOMPARE(feedInfo(dir.path(), made[0].feedId).nextFetch, qint64(0));
}

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "TestSubscriptions.moc"
