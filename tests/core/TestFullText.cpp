// Full text end to end over a real local server: a summary-only feed is refreshed, the article pages are
// fetched and extracted, their photos stored; sources set to "never" fetch no page unless an article is pinned;
// a missing page keeps the teaser and says why; offline mode fetches nothing.

#include "FakeImages.h"
#include "LocalHttpServer.h"
#include "NewsSite.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "refresh/RefreshEngine.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"
#include "store/StoreWriter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace news;

namespace
{

QByteArray png(int width, int height)
{
    return fakePng(width, height, 300, '\x01');
}

} // namespace

class TestFullText : public QObject
{
    Q_OBJECT

private slots:
    void summaryOnlyFeedsGetTheirPagesAndPhotos();
    void neverMeansNoPageUnlessPinned();
    void aPinnedWholeArticleNeedsNoPage();
    void offlineFetchesNothing();
    void overBudgetEvictsReadUnpinnedImagesFirst();
    void perSourceSwitches();

private:
    struct Setup
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Cache> cache;
    };
    Setup refreshSite(NewsSite& site, const QString& fulltext, bool images = true);
    Setup refreshDefinition(const QString& definition);
    static QHash<QString, QString> states(Cache* cache); // article title → fulltext_state
    static bool runFullText(FullTextFetcher& fetcher);
};

TestFullText::Setup TestFullText::refreshSite(NewsSite& site, const QString& fulltext, bool images)
{
    return refreshDefinition(site.sourceDefinition(fulltext, images));
}

TestFullText::Setup TestFullText::refreshDefinition(const QString& definition)
{
    Setup s;
    s.dir = std::make_unique<QTemporaryDir>();
    s.cache = std::make_unique<Cache>(s.dir->path());
    QSignalSpy opened(s.cache.get(), &Cache::opened);
    s.cache->open();
    if (!opened.wait(10000)) {
        qFatal("cache did not open");
    }
    const auto def = parseSourceDefinition(definition.toUtf8());
    if (!std::holds_alternative<SourceDefinition>(def)) {
        qFatal("bad source definition: %s", qPrintable(std::get<Error>(def).detail));
    }
    s.cache->importSubscriptions({subscriptionOf(std::get<SourceDefinition>(def))});
    RefreshEngine engine(s.cache.get(), FetchSettings{});
    QSignalSpy finished(&engine, &RefreshEngine::finished);
    RefreshScope scope;
    scope.force = true;
    engine.refresh(scope);
    if (!finished.wait(20000)) {
        qFatal("refresh did not finish");
    }
    return s;
}

QHash<QString, QString> TestFullText::states(Cache* cache)
{
    // a connection of our own (WAL): the fetchers report `finished` only after their writes landed
    QHash<QString, QString> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("states"));
        db.setDatabaseName(cache->databasePath());
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT title, fulltext_state, COALESCE(fulltext_error, '') FROM articles"));
            while (q.next()) {
                out.insert(q.value(0).toString(), q.value(1).toString() + u'|' + q.value(2).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("states"));
    return out;
}

bool TestFullText::runFullText(FullTextFetcher& fetcher)
{
    QSignalSpy finished(&fetcher, &FullTextFetcher::finished);
    fetcher.fetchPending();
    return finished.wait(20000);
}

void TestFullText::summaryOnlyFeedsGetTheirPagesAndPhotos()
{
    LocalHttpServer server;
    NewsSite site(server, png(640, 360), 3);
    Setup s = refreshSite(site, QStringLiteral("auto"));
    const auto before = states(s.cache.get());
    QCOMPARE(before.size(), NewsSite::kArticles);
    for (const QString& state : before) {
        QVERIFY2(state.startsWith(QStringLiteral("pending")), qPrintable(state)); // teasers ending in "…"
    }
    FullTextFetcher fullText(s.cache.get(), FetchSettings{});
    QSignalSpy rejected(&fullText, &FullTextFetcher::rejected);
    QVERIFY(runFullText(fullText));
    QCOMPARE(server.requestCount("/news/articleView.html"), NewsSite::kArticles);
    QCOMPARE(rejected.count(), 1); // the missing page, with its reason
    QVERIFY(rejected.front().at(1).toString().contains(QStringLiteral("404")));
    MediaStore media(s.cache.get(), FetchSettings{});
    QSignalSpy stored(&media, &MediaStore::finished);
    media.fetchPending();
    QVERIFY(stored.wait(20000));

    const auto after = states(s.cache.get());
    ArticleQueries q(s.cache->databasePath(), s.cache->imageDir());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const auto page = std::get<ArticlePage>(q.page({}, {}, 10));
    QCOMPARE(page.rows.size(), NewsSite::kArticles);
    for (const ArticleRow& row : page.rows) {
        const int n = row.title.section(u' ', 2, 2).left(1).toInt();
        const ArticleDetail d = std::get<ArticleDetail>(q.article(row.id));
        if (n == 3) {
            QVERIFY2(after.value(row.title).startsWith(QStringLiteral("failed|")), qPrintable(after.value(row.title)));
            QVERIFY(d.summary.contains(NewsSite::teaser(3))); // nothing lost: the teaser stays
            continue;
        }
        QCOMPARE(after.value(row.title), QStringLiteral("done|"));
        QVERIFY2(d.content.contains(NewsSite::fullParagraph(n)), qPrintable(d.content));
        QVERIFY(!d.content.contains(QStringLiteral("많이 본 뉴스")));
        QVERIFY(!d.content.contains(QStringLiteral("무단전재"))); // the copyright line became metadata
        QVERIFY2(!d.credits.reporters.isEmpty(), qPrintable(d.credits.toJson()));
        bool photo = false;
        for (const auto& m : d.media) {
            photo = photo
                || (m.url.endsWith(QStringLiteral("/news/photo/%1.png").arg(n)) && m.state == "stored"
                    && QFile::exists(m.file));
        }
        QVERIFY2(photo, "the page's photo is stored for offline reading");
        // the full text is searchable
        const auto found = std::get<QList<ArticleRow>>(q.search(QStringLiteral("총회")));
        QVERIFY(std::any_of(found.begin(), found.end(), [&](const ArticleRow& r) { return r.id == row.id; }));
    }
}

void TestFullText::neverMeansNoPageUnlessPinned()
{
    LocalHttpServer server;
    NewsSite site(server, png(640, 360));
    Setup s = refreshSite(site, QStringLiteral("never"), false);
    FullTextFetcher fullText(s.cache.get(), FetchSettings{});
    QVERIFY(runFullText(fullText));
    QCOMPARE(server.requestCount("/news/articleView.html"), 0);
    MediaStore media(s.cache.get(), FetchSettings{});
    QSignalSpy mediaDone(&media, &MediaStore::finished);
    media.fetchPending();
    QVERIFY(mediaDone.wait(10000));
    QCOMPARE(server.requestCount(), 1); // the feed only: images are off for this source

    // pin one article: it gets its page and its images regardless
    ArticleQueries q(s.cache->databasePath(), s.cache->imageDir());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const ArticleRow row = std::get<ArticlePage>(q.page({}, {}, 1)).rows.front();
    QSignalSpy written(s.cache.get(), &Cache::statusWritten);
    s.cache->setStatus({row.id}, StatusField::Saved, true);
    QVERIFY(written.wait(10000));
    QVERIFY(runFullText(fullText));
    QCOMPARE(server.requestCount("/news/articleView.html"), 1);
    QSignalSpy mediaAgain(&media, &MediaStore::finished);
    media.fetchPending();
    QVERIFY(mediaAgain.wait(10000));
    const ArticleDetail d = std::get<ArticleDetail>(q.article(row.id));
    QVERIFY(std::any_of(d.media.begin(), d.media.end(), [](const auto& m) { return m.state == "stored"; }));
}

// pinning an article its feed gave whole fetched its page all the same: needless traffic, and in the demo (pages
// under demo.sosik.invalid) "받지 못함: 본문 1건" for an article that lacked nothing (#14's walk)
void TestFullText::aPinnedWholeArticleNeedsNoPage()
{
    LocalHttpServer server;
    QString body;
    for (int i = 1; i <= 6; ++i) {
        body += QStringLiteral(
                    "<p>상하이 한인회는 올해 교민 경제 동향 보고서를 발표했다. 보고서는 현지 진출 기업 %1곳을 "
                    "조사한 결과를 담았고, 내년 전망도 함께 실었다.</p>")
                    .arg(100 + i);
    }
    const QString rss
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                         "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>전문 피드</title>"
                         "<item><guid>whole-1</guid><title>교민 경제 동향 보고서 발표</title><link>%1</link>"
                         "<description>상하이 한인회는 올해 교민 경제 동향 보고서를 발표했다.</description>"
                         "<content:encoded><![CDATA[%2]]></content:encoded></item></channel></rss>")
              .arg(server.url(QStringLiteral("/news/articleView.html?idxno=9")).toString(), body);
    server.route("/rss/whole.xml", [rss](const HttpRequest&) { return HttpResponse::ok(rss.toUtf8()); });
    server.route("/news/articleView.html", [](const HttpRequest&) {
        return HttpResponse::ok(QByteArray("<html><body><p>page</p></body></html>"));
    });
    const QString definition
        = QStringLiteral(R"({"id": "whole", "name": {"ko": "전문일보", "en": "Whole Daily"},
        "homepage": "%1", "timezone": "Asia/Shanghai", "kind": "community", "fulltext": "auto", "images": true,
        "lastChecked": "2026-11-27",
        "sections": [{"section": "local", "name": "현지", "feeds": ["%2"]}]})")
              .arg(server.url(QStringLiteral("/")).toString(), server.url(QStringLiteral("/rss/whole.xml")).toString());
    Setup s = refreshDefinition(definition);
    QCOMPARE(states(s.cache.get()).value(QStringLiteral("교민 경제 동향 보고서 발표")), QStringLiteral("none|"));
    ArticleQueries q(s.cache->databasePath(), s.cache->imageDir());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const ArticleRow row = std::get<ArticlePage>(q.page({}, {}, 1)).rows.front();
    QSignalSpy written(s.cache.get(), &Cache::statusWritten);
    s.cache->setStatus({row.id}, StatusField::Saved, true);
    QVERIFY(written.wait(10000));
    // nothing waits for a page: the feed's text is the article
    QCOMPARE(states(s.cache.get()).value(QStringLiteral("교민 경제 동향 보고서 발표")), QStringLiteral("none|"));
    FullTextFetcher fullText(s.cache.get(), FetchSettings{});
    QVERIFY(runFullText(fullText));
    QCOMPARE(server.requestCount("/news/articleView.html"), 0);
}

void TestFullText::offlineFetchesNothing()
{
    LocalHttpServer server;
    NewsSite site(server, png(640, 360));
    Setup s = refreshSite(site, QStringLiteral("always"));
    const int before = server.requestCount();
    FetchSettings offline;
    offline.offline = true;
    FullTextFetcher fullText(s.cache.get(), offline);
    QVERIFY(runFullText(fullText));
    QCOMPARE(server.requestCount(), before);
    QCOMPARE(fullText.fetcher()->requestsSent(), 0);
    for (const QString& state : states(s.cache.get())) {
        QVERIFY2(!state.startsWith(QStringLiteral("done")), qPrintable(state));
    }
}

void TestFullText::overBudgetEvictsReadUnpinnedImagesFirst()
{
    LocalHttpServer server;
    NewsSite site(server, png(640, 360)); // three articles, three photos of equal size (distinct bytes)
    Setup s = refreshSite(site, QStringLiteral("auto"));
    FullTextFetcher fullText(s.cache.get(), FetchSettings{});
    QVERIFY(runFullText(fullText));
    MediaStore media(s.cache.get(), FetchSettings{});
    QSignalSpy stored(&media, &MediaStore::finished);
    media.fetchPending();
    QVERIFY(stored.wait(20000));
    ArticleQueries q(s.cache->databasePath(), s.cache->imageDir());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const CacheStats before = std::get<CacheStats>(q.stats());
    QCOMPARE(before.images, 3);
    const auto rows = std::get<ArticlePage>(q.page({}, {}, 10)).rows; // newest first
    // the oldest two are read; of those the older is the first to go; the unread one is never evicted for budget
    QSignalSpy written(s.cache.get(), &Cache::statusWritten);
    s.cache->setStatus({rows[1].id, rows[2].id}, StatusField::Read, true);
    QVERIFY(written.wait(5000));
    QSignalSpy evicted(s.cache.get(), &Cache::imagesEvicted);
    s.cache->evictImages(before.imageBytes - 1); // one image over budget
    QVERIFY(evicted.wait(5000));
    QCOMPARE(evicted.front().at(0).toInt(), 1);
    auto hasImage = [&q](qint64 id) {
        const ArticleDetail d = std::get<ArticleDetail>(q.article(id));
        return std::any_of(d.media.begin(), d.media.end(), [](const auto& m) {
            return m.state == QLatin1String("stored") && QFile::exists(m.file);
        });
    };
    QVERIFY(hasImage(rows[0].id)); // unread
    QVERIFY(hasImage(rows[1].id)); // read, newer
    QVERIFY(!hasImage(rows[2].id)); // read, oldest: evicted
    // a budget of nothing still keeps the unread article's photo (only "clear images" takes those)
    QSignalSpy again(s.cache.get(), &Cache::imagesEvicted);
    s.cache->evictImages(1);
    QVERIFY(again.wait(5000));
    QVERIFY(hasImage(rows[0].id));
    QVERIFY(!hasImage(rows[1].id));
}

void TestFullText::perSourceSwitches()
{
    LocalHttpServer server;
    NewsSite site(server, png(640, 360));
    Setup s = refreshSite(site, QStringLiteral("never"), false);
    FullTextFetcher fullText(s.cache.get(), FetchSettings{});
    QVERIFY(runFullText(fullText));
    QCOMPARE(server.requestCount("/news/articleView.html"), 0);
    // the reader switches the source to "always" with images: recent articles get their pages and photos
    ArticleQueries q(s.cache->databasePath(), s.cache->imageDir());
    QVERIFY(std::holds_alternative<int>(q.open()));
    bool done = false;
    s.cache->setSourceOptions(std::get<QList<FeedInfo>>(q.feeds()).front().sourceId,
                              true,
                              QStringLiteral("always"),
                              this,
                              [&done](const Result<bool>& r) { done = std::holds_alternative<bool>(r); });
    QTRY_VERIFY(done);
    const FeedInfo feed = std::get<QList<FeedInfo>>(q.feeds()).front();
    QCOMPARE(feed.sourceFullText, QStringLiteral("always"));
    QVERIFY(feed.sourceImages);
    QVERIFY(runFullText(fullText));
    QCOMPARE(server.requestCount("/news/articleView.html"), NewsSite::kArticles);
    MediaStore media(s.cache.get(), FetchSettings{});
    QSignalSpy stored(&media, &MediaStore::finished);
    media.fetchPending();
    QVERIFY(stored.wait(20000));
    QCOMPARE(std::get<CacheStats>(q.stats()).images, NewsSite::kArticles);
}

QTEST_MAIN(TestFullText)
#include "TestFullText.moc"
