#include "LocalHttpServer.h"
#include "refresh/RefreshEngine.h"
#include "session/Session.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"
#include "store/StoreWriter.h"
#include "text/TextDecoder.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace news;

namespace
{

QByteArray rss(const QString& title, int items, const QString& prefix = QStringLiteral("기사"), int start = 0)
{
    QString xml
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>%1</title>")
              .arg(title);
    for (int i = start; i < start + items; ++i) {
        xml += QStringLiteral("<item><title>%1 %2</title><link>https://news.example.kr/%3/%2</link>"
                              "<description>%1 %2 본문 경제 소식</description><pubDate>Fri, 27 Nov 2026 09:%4:00 "
                              "+0900</pubDate></item>")
                   .arg(prefix)
                   .arg(i)
                   .arg(title)
                   .arg(i % 60, 2, 10, QLatin1Char('0'));
    }
    return (xml + QStringLiteral("</channel></rss>")).toUtf8();
}

// Registers feeds (url path on the server → section) under one source, before the cache opens.
QList<qint64> addFeeds(const QString& dbPath, const LocalHttpServer& server, const QStringList& paths)
{
    StoreWriterCore core(dbPath);
    if (!std::holds_alternative<int>(core.open())) {
        qFatal("cannot open store");
    }
    SourceRecord source;
    source.key = QStringLiteral("local");
    source.nameKo = QStringLiteral("로컬일보");
    const qint64 sourceId = std::get<qint64>(core.upsertSource(source));
    QList<qint64> ids;
    for (const QString& path : paths) {
        FeedRecord f;
        f.url = server.url(path).toString();
        f.section = QStringLiteral("economy");
        ids.append(std::get<qint64>(core.upsertFeed(sourceId, f)));
    }
    return ids;
}

QList<qint64> addFeeds(const QString& dbPath, const LocalHttpServer& server, std::initializer_list<const char*> paths)
{
    QStringList list;
    for (const char* p : paths) {
        list.append(QString::fromLatin1(p));
    }
    return addFeeds(dbPath, server, list);
}

struct Harness
{
    QTemporaryDir dir;
    std::unique_ptr<Cache> cache;
    std::unique_ptr<RefreshEngine> engine;

    QString dbPath() const { return dir.filePath(QStringLiteral("cache.db")); }
    void start(FetchSettings settings = {})
    {
        cache = std::make_unique<Cache>(dir.path());
        QSignalSpy opened(cache.get(), &Cache::opened);
        cache->open();
        if (!opened.wait(10000) || !opened.front().at(0).toBool()) {
            qFatal("cache did not open");
        }
        engine = std::make_unique<RefreshEngine>(cache.get(), settings);
    }
    RefreshSummary refresh(RefreshScope scope = {})
    {
        QSignalSpy done(engine.get(), &RefreshEngine::finished);
        scope.force = true;
        engine->refresh(scope);
        if (!done.wait(60000)) {
            qFatal("refresh did not finish");
        }
        return done.front().at(0).value<RefreshSummary>();
    }
};

} // namespace

class TestRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondRefreshIsConditional();
    void errorsAreRecordedQuietly();
    void feedsNoServerAnsweredCountAsNetworkFailures();
    void permanentRedirectUpdatesTheStoredUrl();
    void wrongContentTypeIsStillRead();
    void eucKrGivenOnlyInHttpHeader();
    void upstreamUpdateKeepsReadState();
    void offlineRefreshMakesNoRequest();
    void killedRefreshLeavesAnIntactDatabase();
    void bodiesWaitingForTheWriterAreBounded();
    void sessionGoesAwayWithWorkInFlight();
};

void TestRefresh::initTestCase()
{
    qRegisterMetaType<RefreshSummary>();
}

void TestRefresh::secondRefreshIsConditional()
{
    LocalHttpServer server;
    server.route("/etag.xml", [](const HttpRequest& r) {
        return r.header("If-None-Match") == "\"e1\"" ? HttpResponse::withStatus(304)
                                                     : HttpResponse::ok(rss(QStringLiteral("etag"), 5)).etag("\"e1\"");
    });
    const QByteArray stamp = "Fri, 27 Nov 2026 00:00:00 GMT";
    server.route("/lm.xml", [stamp](const HttpRequest& r) {
        return r.header("If-Modified-Since") == stamp
            ? HttpResponse::withStatus(304)
            : HttpResponse::ok(rss(QStringLiteral("lm"), 5)).header("Last-Modified", stamp);
    });
    server.route("/plain.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("plain"), 5)); });
    Harness h;
    addFeeds(h.dbPath(), server, {"/etag.xml", "/lm.xml", "/plain.xml"});
    h.start();
    const RefreshSummary cold = h.refresh();
    QCOMPARE(cold.progress.feedsTotal, 3);
    QCOMPARE(cold.progress.feedsFailed, 0);
    QCOMPARE(cold.progress.newItems, 15);
    const RefreshSummary warm = h.refresh();
    QCOMPARE(warm.notModified, 2);
    QCOMPARE(warm.unchanged, 1);
    QCOMPARE(warm.progress.newItems, 0);
}

void TestRefresh::errorsAreRecordedQuietly()
{
    LocalHttpServer server;
    server.route("/404.xml", [](const HttpRequest&) { return HttpResponse::withStatus(404); });
    server.route("/410.xml", [](const HttpRequest&) { return HttpResponse::withStatus(410); });
    // a host that asks us to wait is a different host (Retry-After holds back every feed of its host)
    LocalHttpServer busy;
    busy.route("/429.xml",
               [](const HttpRequest&) { return HttpResponse::withStatus(429).header("Retry-After", "3600"); });
    server.route("/500.xml", [](const HttpRequest&) { return HttpResponse::withStatus(500); });
    server.route("/loop.xml", [](const HttpRequest&) { return HttpResponse::redirect(302, "/loop.xml"); });
    server.route("/html.xml", [](const HttpRequest&) {
        return HttpResponse::ok("<!DOCTYPE html><html><body>not a feed</body></html>", "text/html");
    });
    server.route("/ok.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("ok"), 2)); });
    Harness h;
    addFeeds(h.dbPath(), server, {"/404.xml", "/410.xml", "/500.xml", "/loop.xml", "/html.xml", "/ok.xml"});
    addFeeds(h.dbPath(), busy, {"/429.xml"});
    h.start();
    const RefreshSummary s = h.refresh();
    QCOMPARE(s.progress.feedsTotal, 7);
    QCOMPARE(s.progress.feedsFailed, 6);
    QVERIFY(s.networkFailures < s.progress.feedsFailed); // the servers answered (a redirect loop counts as network)
    QCOMPARE(s.progress.newItems, 2);
    ArticleQueries q(h.dbPath());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QHash<QString, FeedInfo> byPath;
    const QList<FeedInfo> feeds = std::get<QList<FeedInfo>>(q.feeds());
    for (const FeedInfo& f : feeds) {
        byPath.insert(QUrl(f.url).path(), f);
    }
    QCOMPARE(byPath[QStringLiteral("/404.xml")].lastStatus, 404);
    QVERIFY(byPath[QStringLiteral("/410.xml")].disabled);
    QCOMPARE(byPath[QStringLiteral("/429.xml")].lastStatus, 429);
    QVERIFY(byPath[QStringLiteral("/loop.xml")].lastError.contains(QLatin1String("redirects")));
    QCOMPARE(byPath[QStringLiteral("/html.xml")].lastErrorCode, int(ErrorCode::NotAFeed) + 1);
    QCOMPARE(byPath[QStringLiteral("/ok.xml")].lastErrorCode, 0);
    // a normal refresh skips the gone feed and the ones backing off
    QSignalSpy started(h.engine.get(), &RefreshEngine::started);
    QSignalSpy done(h.engine.get(), &RefreshEngine::finished);
    h.engine->refresh({});
    QVERIFY(done.wait(20000));
    QCOMPARE(started.front().at(0).toInt(), 1); // only /ok.xml is due
}

// no answer from anywhere (first run without network, #14's walk): the summary says so, and the window can say it is
// the connection rather than "업데이트 완료 … 피드 10개를 새로 고치지 못했습니다"
void TestRefresh::feedsNoServerAnsweredCountAsNetworkFailures()
{
    Harness h;
    {
        LocalHttpServer gone; // its port is closed once it goes
        addFeeds(h.dbPath(), gone, {"/a.xml", "/b.xml"});
    }
    h.start();
    const RefreshSummary s = h.refresh();
    QCOMPARE(s.progress.feedsTotal, 2);
    QCOMPARE(s.progress.feedsFailed, 2);
    QCOMPARE(s.networkFailures, 2);
}

void TestRefresh::permanentRedirectUpdatesTheStoredUrl()
{
    LocalHttpServer server;
    server.route("/old.xml", [](const HttpRequest&) { return HttpResponse::redirect(301, "/new.xml"); });
    server.route("/new.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("moved"), 1)); });
    Harness h;
    addFeeds(h.dbPath(), server, {"/old.xml"});
    h.start();
    QCOMPARE(h.refresh().progress.newItems, 1);
    ArticleQueries q(h.dbPath());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QCOMPARE(std::get<QList<FeedInfo>>(q.feeds()).front().url, server.url(QStringLiteral("/new.xml")).toString());
}

void TestRefresh::wrongContentTypeIsStillRead()
{
    LocalHttpServer server;
    server.route("/mistyped.xml", [](const HttpRequest&) {
        return HttpResponse::ok(rss(QStringLiteral("mistyped"), 3), "text/html; charset=utf-8");
    });
    Harness h;
    addFeeds(h.dbPath(), server, {"/mistyped.xml"});
    h.start();
    const RefreshSummary s = h.refresh();
    QCOMPARE(s.progress.feedsFailed, 0);
    QCOMPARE(s.progress.newItems, 3);
}

void TestRefresh::eucKrGivenOnlyInHttpHeader()
{
    // CP949 bytes, no XML declaration: only the HTTP header tells the encoding
    QByteArray body;
    const QString text
        = QStringLiteral("<rss version=\"2.0\"><channel><title>상하이방</title><item><title>똠방각하 햏 "
                         "교민 소식</title><link>http://portal.example.kr/1</link></item></channel></rss>");
    // encode through the decoder's own table (every syllable used here is in it)
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            body.append(char(c.unicode()));
            continue;
        }
        bool found = false;
        for (int b1 = 0x81; b1 < 0xFF && !found; ++b1) {
            for (int b2 = 0x41; b2 < 0xFF && !found; ++b2) {
                QByteArray pair;
                pair.append(char(b1)).append(char(b2));
                if (TextDecoder::decode(pair, QStringLiteral("cp949")) == QString(c)) {
                    body.append(pair);
                    found = true;
                }
            }
        }
        QVERIFY(found);
    }
    LocalHttpServer server;
    server.route("/euckr.php",
                 [body](const HttpRequest&) { return HttpResponse::ok(body, "text/xml; charset=EUC-KR"); });
    Harness h;
    addFeeds(h.dbPath(), server, {"/euckr.php"});
    h.start();
    QCOMPARE(h.refresh().progress.newItems, 1);
    ArticleQueries q(h.dbPath());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QCOMPARE(std::get<ArticlePage>(q.page({}, {}, 10)).rows.front().title, QStringLiteral("똠방각하 햏 교민 소식"));
}

void TestRefresh::upstreamUpdateKeepsReadState()
{
    LocalHttpServer server;
    QByteArray current = rss(QStringLiteral("upd"), 2, QStringLiteral("처음"));
    server.route("/upd.xml", [&current](const HttpRequest&) { return HttpResponse::ok(current); });
    Harness h;
    addFeeds(h.dbPath(), server, {"/upd.xml"});
    h.start();
    h.refresh();
    ArticleQueries q(h.dbPath());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const QList<ArticleRow> rows = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
    QSignalSpy written(h.cache.get(), &Cache::statusWritten);
    h.cache->setStatus({rows[0].id}, StatusField::Read, true);
    h.cache->setStatus({rows[1].id}, StatusField::Starred, true);
    QTRY_COMPARE(written.count(), 2);
    current = rss(QStringLiteral("upd"), 2, QStringLiteral("수정"));
    const RefreshSummary s = h.refresh();
    QCOMPARE(s.progress.updatedItems, 2);
    QCOMPARE(s.progress.newItems, 0);
    const ArticleDetail a = std::get<ArticleDetail>(q.article(rows[0].id));
    const ArticleDetail b = std::get<ArticleDetail>(q.article(rows[1].id));
    QVERIFY(a.row.title.startsWith(QStringLiteral("수정")));
    QVERIFY(a.row.read);
    QVERIFY(b.row.starred);
}

void TestRefresh::offlineRefreshMakesNoRequest()
{
    LocalHttpServer server;
    server.route("/feed.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("off"), 2)); });
    Harness h;
    addFeeds(h.dbPath(), server, {"/feed.xml"});
    FetchSettings settings;
    settings.offline = true;
    h.start(settings);
    const RefreshSummary s = h.refresh();
    QVERIFY(s.offline);
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(h.engine->fetcher()->requestsSent(), 0);
}

void TestRefresh::killedRefreshLeavesAnIntactDatabase()
{
    LocalHttpServer server;
    QStringList paths;
    for (int i = 0; i < 60; ++i) {
        const QByteArray path = "/slow" + QByteArray::number(i) + ".xml";
        paths.append(QString::fromLatin1(path));
        server.route(path, [i](const HttpRequest&) {
            HttpResponse r = HttpResponse::ok(rss(QStringLiteral("f%1").arg(i), 40));
            r.delayMs = 100;
            return r;
        });
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cache.db"));
    addFeeds(db, server, paths);
    // an earlier refresh, and the reader's marks
    QList<qint64> readIds;
    QList<qint64> starredIds;
    {
        QProcess first;
        first.start(QStringLiteral(SOSIK_CLI_PATH),
                    {QStringLiteral("refresh"),
                     QStringLiteral("--data-dir"),
                     dir.path(),
                     QStringLiteral("--section"),
                     QStringLiteral("economy"),
                     // thousands of article pages on a host that does not resolve, two at a time: a minute
                     QStringLiteral("--no-fulltext"),
                     QStringLiteral("--no-images")});
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), QProcess::NotRunning, 60000);
        QCOMPARE(first.exitCode(), 0);
        StoreWriterCore core(db);
        QVERIFY(std::holds_alternative<int>(core.open()));
        QSqlQuery q(core.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM articles ORDER BY id LIMIT 30")));
        while (q.next()) {
            (readIds.size() < 20 ? readIds : starredIds).append(q.value(0).toLongLong());
        }
        QVERIFY(std::holds_alternative<int>(core.setStatus(readIds, StatusField::Read, true, 1)));
        QVERIFY(std::holds_alternative<int>(core.setStatus(starredIds, StatusField::Starred, true, 1)));
        // make every feed change upstream so the next refresh writes a lot
        QVERIFY(q.exec(QStringLiteral("UPDATE feeds SET body_hash = NULL, etag = NULL")));
    }
    for (int i = 0; i < 60; ++i) {
        const QByteArray path = "/slow" + QByteArray::number(i) + ".xml";
        server.route(path, [i](const HttpRequest&) {
            HttpResponse r = HttpResponse::ok(rss(QStringLiteral("f%1").arg(i), 40, QStringLiteral("새"), 100));
            r.delayMs = 100;
            return r;
        });
    }
    const int before = server.requestCount();
    QProcess child;
    child.start(QStringLiteral(SOSIK_CLI_PATH),
                {QStringLiteral("refresh"),
                 QStringLiteral("--data-dir"),
                 dir.path(),
                 QStringLiteral("--jobs"),
                 QStringLiteral("4"),
                 QStringLiteral("--force")});
    QVERIFY(child.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= before + 16, 30000); // in the middle of writing
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(server.requestCount() < before + 60); // it really was cut short

    StoreWriterCore after(db);
    QVERIFY(std::holds_alternative<int>(after.open()));
    QSqlQuery check(after.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QSqlQuery fts(after.database());
    QVERIFY(fts.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES('integrity-check')")));
    QSqlQuery status(after.database());
    QVERIFY(status.exec(QStringLiteral("SELECT SUM(read), SUM(starred) FROM article_status")) && status.next());
    QCOMPARE(status.value(0).toInt(), 20);
    QCOMPARE(status.value(1).toInt(), 10);
}

void TestRefresh::bodiesWaitingForTheWriterAreBounded()
{
    // 16 feeds of ~0.5 MB on one host: loopback delivers them faster than they are parsed and written; with
    // 1 MB allowed ahead, the fetcher waits instead of every body piling up in memory (#17)
    LocalHttpServer server;
    QStringList paths;
    qint64 feedBytes = 0;
    for (int i = 0; i < 16; ++i) {
        const QByteArray body = rss(QStringLiteral("big%1").arg(i), 1500, QStringLiteral("대용량"));
        feedBytes = std::max<qint64>(feedBytes, body.size());
        const QString path = QStringLiteral("/big%1.xml").arg(i);
        server.route(path.toLatin1(), [body](const HttpRequest&) { return HttpResponse::ok(body); });
        paths.append(path);
    }
    Harness h;
    addFeeds(h.dbPath(), server, paths);
    FetchSettings settings;
    h.start(settings);
    const qint64 bound = 1024 * 1024;
    h.engine->setMaxBytesAhead(bound);
    const RefreshSummary s = h.refresh();
    QCOMPARE(s.progress.feedsFailed, 0);
    QCOMPARE(s.progress.newItems, 16 * 1500); // nothing lost to the pauses
    QVERIFY(s.peakBytesAhead >= feedBytes);
    // what was under way when the bound was crossed still lands: at most one body per request slot of the host
    const qint64 allowed = bound + qint64(settings.maxPerHost + 1) * feedBytes;
    QVERIFY2(s.peakBytesAhead <= allowed,
             qPrintable(QStringLiteral("%1 bytes waited, allowed %2").arg(s.peakBytesAhead).arg(allowed)));
    QVERIFY(!h.engine->fetcher()->isPaused());
}

// #12: a session closed (the window quits, sosik-cli ends) while feeds, article pages and images are in flight
// takes its parts down in order, the users of the cache before the cache: no callback reaches a deleted cache
// (ASan turns one into a report), and every connection is closed, so SQLite folds the WAL in and removes it.
void TestRefresh::sessionGoesAwayWithWorkInFlight()
{
    LocalHttpServer server;
    const QString base = server.url(QStringLiteral("/")).toString();
    // summary-only items with a photo each: after the refresh their pages and images are fetched, and answer late
    server.route("/feed.xml", [base](const HttpRequest&) {
        QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                                     "<title>로컬일보</title>");
        for (int i = 0; i < 20; ++i) {
            xml += QStringLiteral("<item><title>기사 %1</title><link>%2page/%1</link><guid>g%1</guid>"
                                  "<description><![CDATA[요약 %1 <img src=\"%2photo/%1.png\">]]></description>"
                                  "<pubDate>Fri, 27 Nov 2026 09:%3:00 +0900</pubDate></item>")
                       .arg(i)
                       .arg(base)
                       .arg(i % 60, 2, 10, QLatin1Char('0'));
        }
        return HttpResponse::ok((xml + QStringLiteral("</channel></rss>")).toUtf8());
    });
    int late = 0;
    server.setFallback([&late](const HttpRequest&) {
        ++late;
        HttpResponse r = HttpResponse::ok("<html><body><p>늦은 답</p></body></html>", "text/html; charset=utf-8");
        r.delayMs = 30000; // still on its way when the session goes
        return r;
    });
    QTemporaryDir dir;
    addFeeds(dir.filePath(QStringLiteral("cache.db")), server, {"/feed.xml"});
    Session::Options options;
    options.dataDir = dir.path();
    options.syncAccounts = false;
    auto session = std::make_unique<Session>(options);
    QSignalSpy ready(session.get(), &Session::ready);
    session->start();
    QVERIFY(ready.wait(20000));
    QSignalSpy refreshed(session.get(), &Session::refreshFinished);
    session->refresh();
    QVERIFY(refreshed.wait(60000));
    QCOMPARE(refreshed.first().at(0).value<RefreshSummary>().progress.newItems, 20);
    QTRY_VERIFY_WITH_TIMEOUT(late > 0, 20000); // pages or images are in flight
    session.reset();
    QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("cache.db-wal"))), "a connection outlived its session");
    StoreWriterCore after(dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(after.open()));
    QSqlQuery check(after.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestRefresh)
#include "TestRefresh.moc"
