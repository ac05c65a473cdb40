#include "LocalHttpServer.h"
#include "normalize/SectionWords.h"
#include "sources/FeedDiscovery.h"
#include "sources/Opml.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace news;

namespace
{
QByteArray read(const QString& name)
{
    QFile f(QStringLiteral(SOSIK_TEST_DATA "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSources : public QObject
{
    Q_OBJECT

private slots:
    void discoveryFindsLinkedFeeds();
    void discoveryAcceptsAFeedAddress();
    void discoveryTriesCommonPaths();
    void discoveryReportsNothingFound();
    void sectionSuggestions();
    void opmlGroupsAndSections();
    void opmlRoundTrip();
    void malformedOpmlImportsNothing();
    void opmlRefusesNonHttpFeeds();
    void demoSourceDefinition();
    void badDefinitionsAreErrors_data();
    void badDefinitionsAreErrors();
    void sectionNames();
    void bundledCatalogIsValid();
};

void TestSources::opmlGroupsAndSections()
{
    const auto feeds = std::get<QList<OpmlFeed>>(parseOpml(read(QStringLiteral("opml/subscriptions.opml"))));
    QCOMPARE(feeds.size(), 4);
    QCOMPARE(feeds[0].group, QStringLiteral("경제"));
    QCOMPARE(feeds[0].section, QStringLiteral("economy"));
    QCOMPARE(feeds[1].group, QStringLiteral("경제 / 증권"));
    QCOMPARE(feeds[1].section, QStringLiteral("economy"));
    QCOMPARE(feeds[2].section, QStringLiteral("local"));
    QCOMPARE(feeds[3].group, QString());
    QCOMPARE(feeds[3].section, QString());
}

void TestSources::opmlRoundTrip()
{
    QTemporaryDir dir;
    StoreWriterCore store(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(store.open()));
    const auto feeds = std::get<QList<OpmlFeed>>(parseOpml(read(QStringLiteral("opml/subscriptions.opml"))));
    QCOMPARE(std::get<int>(importOpml(store, feeds)), 4);
    const QByteArray exported = writeOpml(std::get<QList<OpmlFeed>>(exportFeeds(store)), QStringLiteral("Sosik"));
    const auto again = std::get<QList<OpmlFeed>>(parseOpml(exported));
    QCOMPARE(again.size(), 4);
    QSet<QString> urls;
    for (const OpmlFeed& f : again) {
        urls.insert(f.url);
        if (f.url.contains(QLatin1String("shanghai-portal"))) {
            QCOMPARE(f.section, QStringLiteral("local"));
            QCOMPARE(f.title, QStringLiteral("상하이방"));
        }
    }
    for (const OpmlFeed& f : feeds) {
        QVERIFY(urls.contains(f.url));
    }
    // importing the export again adds nothing
    QCOMPARE(std::get<int>(importOpml(store, again)), 4);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM feeds")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
}

void TestSources::malformedOpmlImportsNothing()
{
    const auto result = parseOpml(read(QStringLiteral("opml/malformed.opml")));
    QVERIFY(std::holds_alternative<Error>(result));
    QCOMPARE(std::get<Error>(result).code, ErrorCode::Malformed);
    QVERIFY(std::holds_alternative<Error>(parseOpml("<html><body>not opml</body></html>")));
    QVERIFY(std::holds_alternative<Error>(parseOpml(QByteArray())));
}

void TestSources::opmlRefusesNonHttpFeeds()
{
    const auto result = parseOpml("<opml version=\"2.0\"><body><outline xmlUrl=\"file:///etc/passwd\"/></body></opml>");
    QVERIFY(std::holds_alternative<Error>(result));
}

void TestSources::demoSourceDefinition()
{
    const auto result = loadSourceDefinition(QStringLiteral("qrc:/demo/source.json"));
    QVERIFY(std::holds_alternative<SourceDefinition>(result));
    const SourceDefinition& s = std::get<SourceDefinition>(result);
    QCOMPARE(s.nameKo, QStringLiteral("소식데모일보"));
    QVERIFY(s.sections.size() >= 6);
    QCOMPARE(s.sections.front().feeds.front(), QStringLiteral("qrc:/demo/general.xml"));
    QVERIFY(s.sections.front().ranking.startsWith(QLatin1String("qrc:/demo/clickTop_")));
}

void TestSources::badDefinitionsAreErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{oops");
    QTest::newRow("no id") << QByteArray(R"({"name": "x", "sections": []})");
    QTest::newRow("unknown section") << QByteArray(R"({"id": "x", "name": "x", "sections": [{"section": "weather"}]})");
}

void TestSources::badDefinitionsAreErrors()
{
    QFETCH(QByteArray, json);
    QVERIFY(std::holds_alternative<Error>(parseSourceDefinition(json)));
}

void TestSources::sectionNames()
{
    QCOMPARE(sectionForName(QStringLiteral("경제")), QStringLiteral("economy"));
    QCOMPARE(sectionForName(QStringLiteral("IT·과학")), QStringLiteral("it"));
    QCOMPARE(sectionForName(QStringLiteral("Opinion")), QStringLiteral("opinion"));
    QCOMPARE(sectionForName(QStringLiteral("날씨")), QString());
}

void TestSources::bundledCatalogIsValid()
{
    const QList<SourceDefinition> catalog = bundledCatalog();
    QVERIFY(catalog.size() >= 14);
    QStringList ids;
    for (const SourceDefinition& s : catalog) {
        ids.append(s.id);
        QVERIFY2(!s.sections.isEmpty(), qPrintable(s.id));
        QVERIFY(!s.lastChecked.isEmpty());
        for (const SourceSection& section : s.sections) {
            for (const QString& feed : section.feeds) {
                QVERIFY2(feed.startsWith(QLatin1String("http://")) || feed.startsWith(QLatin1String("https://")),
                         qPrintable(feed));
            }
        }
    }
    for (const char* expected : {"yonhap",
                                 "newsis",
                                 "khan",
                                 "donga",
                                 "hani",
                                 "chosun",
                                 "mk",
                                 "hankyung",
                                 "sbs",
                                 "etnews",
                                 "shanghaibang",
                                 "worldkorean",
                                 "yonhapnewstv",
                                 "googlenews-ko"}) {
        QVERIFY2(ids.contains(QLatin1String(expected)), expected);
    }
    const auto shanghai = std::find_if(catalog.begin(), catalog.end(), [](const SourceDefinition& s) {
        return s.id == QLatin1String("shanghaibang");
    });
    QCOMPARE(shanghai->timezone, QStringLiteral("Asia/Shanghai"));
    QCOMPARE(shanghai->sections.front().feeds.front(), QStringLiteral("http://www.shanghaibang.com/shanghai/rss.php"));
}

namespace
{

const QByteArray kRss
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>교민일보 경제</title>"
      "<item><title>기사</title><link>http://x.example/1</link></item></channel></rss>";

QList<DiscoveredFeed> discoverAt(const QUrl& url, QString* error = nullptr)
{
    FeedDiscoverer discoverer{FetchSettings{}};
    QSignalSpy finished(&discoverer, &FeedDiscoverer::finished);
    discoverer.discover(url);
    if (!finished.wait(20000)) {
        return {};
    }
    if (error) {
        *error = finished.front().at(1).toString();
    }
    return finished.front().at(0).value<QList<DiscoveredFeed>>();
}

} // namespace

void TestSources::discoveryFindsLinkedFeeds()
{
    LocalHttpServer server;
    server.route("/", [](const HttpRequest&) {
        return HttpResponse::ok(
            "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"경제\" "
            "href=\"/rss/S1N2.xml\"><link rel=\"stylesheet\" href=\"/a.css\"></head><body>"
            "<a href=\"/rss/allArticle.xml\">전체기사 RSS</a><a href=\"/news/1\">기사</a></body></html>",
            "text/html; charset=utf-8");
    });
    server.route("/rss/S1N2.xml", [](const HttpRequest&) { return HttpResponse::ok(kRss); });
    server.route("/rss/allArticle.xml", [](const HttpRequest&) { return HttpResponse::ok(kRss); });
    const auto found = discoverAt(server.url(QStringLiteral("/")));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].url, server.url(QStringLiteral("/rss/S1N2.xml"))); // <link rel=alternate> first
    QCOMPARE(found[0].title, QStringLiteral("교민일보 경제"));
    QCOMPARE(found[0].items, 1);
    QCOMPARE(found[0].section, QStringLiteral("economy"));
    QCOMPARE(server.requestCount("/a.css"), 0); // only feed candidates are fetched
}

void TestSources::discoveryAcceptsAFeedAddress()
{
    LocalHttpServer server;
    server.route("/feed.xml", [](const HttpRequest&) { return HttpResponse::ok(kRss); });
    const auto found = discoverAt(server.url(QStringLiteral("/feed.xml")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(server.requestCount(), 1);
}

void TestSources::discoveryTriesCommonPaths()
{
    LocalHttpServer server;
    server.route("/", [](const HttpRequest&) {
        return HttpResponse::ok("<html><body><p>홈페이지</p></body></html>", "text/html");
    });
    server.route("/rss/allArticle.xml", [](const HttpRequest&) { return HttpResponse::ok(kRss); });
    server.setFallback([](const HttpRequest&) { return HttpResponse::withStatus(404); });
    const auto found = discoverAt(server.url(QStringLiteral("/")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].url, server.url(QStringLiteral("/rss/allArticle.xml")));
}

void TestSources::discoveryReportsNothingFound()
{
    LocalHttpServer server;
    server.setFallback(
        [](const HttpRequest&) { return HttpResponse::ok("<html><body>없음</body></html>", "text/html"); });
    QString error;
    QVERIFY(discoverAt(server.url(QStringLiteral("/")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSources::sectionSuggestions()
{
    QCOMPARE(suggestSection(QStringLiteral("한빛일보 - 경제"), QUrl()), QStringLiteral("economy"));
    QCOMPARE(suggestSection(QStringLiteral("Tech"), QUrl(QStringLiteral("https://x.example/it/rss"))),
             QStringLiteral("it"));
    QCOMPARE(suggestSection(QStringLiteral("상하이방 교민소식"), QUrl()), QStringLiteral("local"));
    QCOMPARE(suggestSection(QStringLiteral("전체기사"), QUrl(QStringLiteral("https://x.example/rss/allArticle.xml"))),
             QStringLiteral("general"));
    QCOMPARE(suggestSection(QStringLiteral("Edition"), QUrl(QStringLiteral("https://x.example/digital/rss"))),
             QStringLiteral("general")); // "digital" is not IT
}

QTEST_GUILESS_MAIN(TestSources)
#include "TestSources.moc"
