#include "sources/Opml.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"

#include <QFile>
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

QTEST_GUILESS_MAIN(TestSources)
#include "TestSources.moc"
