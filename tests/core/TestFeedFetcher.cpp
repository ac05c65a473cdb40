#include "LocalHttpServer.h"
#include "fetch/FeedFetcher.h"
#include "support/Clock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace news;

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<FetchResult>(); }
    void okReturnsBodyAndValidators();
    void synchronousFailuresKeepTheQueueIntact();
    void invalidNamesAreNeverLookedUp();
    void fetchersSharingHostSlotsTakeTurns();
    void conditionalGetViaEtag();
    void conditionalGetViaLastModified();
    void permanentRedirectIsReported();
    void temporaryRedirectIsNotPermanent();
    void redirectLoopFails();
    void redirectToFileSchemeIsRefused();
    void notFound();
    void goneIsFlagged();
    void tooManyRequestsHonoursRetryAfter();
    void holdsRequestsForRetryAfterWhenAsked();
    void hostRateSpacesRequests();
    void serverErrorFails();
    void gzipIsDecoded();
    void slowServerTimesOut();
    void endlessBodyIsCapped();
    void connectionResetMidBodyFails();
    void perHostLimitIsRespected();
    void offlineSendsNothing();
    void cancelStopsEverything();

private:
    static FetchResult fetchOne(FeedFetcher& fetcher, const FetchRequest& request)
    {
        QSignalSpy spy(&fetcher, &FeedFetcher::finished);
        fetcher.enqueue(request);
        if (!spy.wait(20000)) {
            qFatal("no fetch result");
        }
        return spy.takeFirst().at(0).value<FetchResult>();
    }
    static FetchRequest request(const QUrl& url)
    {
        FetchRequest r;
        r.id = 1;
        r.url = url;
        return r;
    }
};

void TestFeedFetcher::okReturnsBodyAndValidators()
{
    LocalHttpServer server;
    server.route("/feed.xml", [](const HttpRequest&) {
        return HttpResponse::ok("<rss/>").etag("\"v1\"").header("Last-Modified", "Fri, 27 Nov 2026 00:00:00 GMT");
    });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/feed.xml"))));
    QCOMPARE(r.status, FetchStatus::Ok);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.body, QByteArray("<rss/>"));
    QCOMPARE(r.etag, QStringLiteral("\"v1\""));
    QCOMPARE(r.lastModified, QStringLiteral("Fri, 27 Nov 2026 00:00:00 GMT"));
    QVERIFY(r.contentType.startsWith(QLatin1String("application/rss+xml")));
    QVERIFY(server.requests().front().header("User-Agent").contains("Sosik"));
}

void TestFeedFetcher::conditionalGetViaEtag()
{
    LocalHttpServer server;
    server.route("/feed.xml", [](const HttpRequest& req) {
        return req.header("If-None-Match") == "\"v1\"" ? HttpResponse::withStatus(304)
                                                       : HttpResponse::ok("<rss/>").etag("\"v1\"");
    });
    FeedFetcher fetcher;
    const FetchResult first = fetchOne(fetcher, request(server.url(QStringLiteral("/feed.xml"))));
    FetchRequest second = request(server.url(QStringLiteral("/feed.xml")));
    second.etag = first.etag;
    QCOMPARE(fetchOne(fetcher, second).status, FetchStatus::NotModified);
}

void TestFeedFetcher::conditionalGetViaLastModified()
{
    LocalHttpServer server;
    const QByteArray stamp = "Fri, 27 Nov 2026 00:00:00 GMT";
    server.route("/feed.xml", [stamp](const HttpRequest& req) {
        return req.header("If-Modified-Since") == stamp ? HttpResponse::withStatus(304)
                                                        : HttpResponse::ok("<rss/>").header("Last-Modified", stamp);
    });
    FeedFetcher fetcher;
    const FetchResult first = fetchOne(fetcher, request(server.url(QStringLiteral("/feed.xml"))));
    QCOMPARE(first.status, FetchStatus::Ok);
    FetchRequest second = request(server.url(QStringLiteral("/feed.xml")));
    second.lastModified = first.lastModified;
    QCOMPARE(fetchOne(fetcher, second).status, FetchStatus::NotModified);
}

void TestFeedFetcher::permanentRedirectIsReported()
{
    LocalHttpServer server;
    server.route("/old.xml", [](const HttpRequest&) { return HttpResponse::redirect(301, "/new.xml"); });
    server.route("/new.xml", [](const HttpRequest&) { return HttpResponse::ok("<rss/>"); });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/old.xml"))));
    QCOMPARE(r.status, FetchStatus::Ok);
    QCOMPARE(r.permanentUrl, server.url(QStringLiteral("/new.xml")));
}

void TestFeedFetcher::temporaryRedirectIsNotPermanent()
{
    LocalHttpServer server;
    server.route("/a.xml", [](const HttpRequest&) { return HttpResponse::redirect(302, "/b.xml"); });
    server.route("/b.xml", [](const HttpRequest&) { return HttpResponse::ok("<rss/>"); });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/a.xml"))));
    QCOMPARE(r.status, FetchStatus::Ok);
    QVERIFY(!r.permanentUrl.isValid());
}

void TestFeedFetcher::redirectLoopFails()
{
    LocalHttpServer server;
    server.route("/a.xml", [](const HttpRequest&) { return HttpResponse::redirect(302, "/b.xml"); });
    server.route("/b.xml", [](const HttpRequest&) { return HttpResponse::redirect(302, "/a.xml"); });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/a.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QVERIFY(r.error.detail.contains(QLatin1String("redirects")));
    QCOMPARE(server.requestCount(), 6); // the first request and five redirects
}

void TestFeedFetcher::redirectToFileSchemeIsRefused()
{
    LocalHttpServer server;
    server.route("/a.xml", [](const HttpRequest&) { return HttpResponse::redirect(302, "file:///etc/passwd"); });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/a.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.error.detail.contains(QLatin1String("non-HTTP")));
}

void TestFeedFetcher::notFound()
{
    LocalHttpServer server;
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/missing.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error.code, ErrorCode::HttpStatus);
    QVERIFY(!r.gone);
}

void TestFeedFetcher::goneIsFlagged()
{
    LocalHttpServer server;
    server.route("/gone.xml", [](const HttpRequest&) { return HttpResponse::withStatus(410); });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/gone.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QVERIFY(r.gone);
}

void TestFeedFetcher::tooManyRequestsHonoursRetryAfter()
{
    LocalHttpServer server;
    server.route("/busy.xml",
                 [](const HttpRequest&) { return HttpResponse::withStatus(429).header("Retry-After", "120"); });
    server.route("/other.xml", [](const HttpRequest&) { return HttpResponse::ok("<rss/>"); });
    FixedClock clock(1'800'000'000);
    FeedFetcher fetcher({}, &clock);
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/busy.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QCOMPARE(r.httpStatus, 429);
    QCOMPARE(r.retryAfter, clock.now() + 120);
    // the same host is not asked again before the time is up
    const FetchResult blocked = fetchOne(fetcher, request(server.url(QStringLiteral("/other.xml"))));
    QCOMPARE(blocked.status, FetchStatus::Failed);
    QCOMPARE(server.requestCount("/other.xml"), 0);
    clock.advance(121);
    QCOMPARE(fetchOne(fetcher, request(server.url(QStringLiteral("/other.xml")))).status, FetchStatus::Ok);
}

void TestFeedFetcher::holdsRequestsForRetryAfterWhenAsked()
{
    // the work after a refresh (pages, images) waits for a host that asked to wait, instead of failing (#12)
    LocalHttpServer server;
    server.route("/busy.html",
                 [](const HttpRequest&) { return HttpResponse::withStatus(503).header("Retry-After", "120"); });
    server.setFallback([](const HttpRequest&) { return HttpResponse::ok("<p>page</p>", "text/html"); });
    FixedClock clock(1'800'000'000);
    FetchSettings settings;
    settings.holdForRetryAfter = true;
    FeedFetcher fetcher(settings, &clock);
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/busy.html"))));
    QCOMPARE(r.httpStatus, 503);
    QCOMPARE(r.retryAfter, clock.now() + 120);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    FetchRequest held = request(server.url(QStringLiteral("/a.html")));
    held.id = 1;
    fetcher.enqueue(held);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 0); // neither sent nor failed: it waits
    QCOMPARE(fetcher.pending(), 1);
    QCOMPARE(server.requestCount("/a.html"), 0);
    clock.advance(121);
    FetchRequest next = request(server.url(QStringLiteral("/b.html")));
    next.id = 2;
    fetcher.enqueue(next);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 20000);
    for (const QList<QVariant>& args : spy) {
        QCOMPARE(args.at(0).value<FetchResult>().status, FetchStatus::Ok);
    }
    // cancelling what waits ends it as cancelled (callers keep those pending for the next time)
    QCOMPARE(fetchOne(fetcher, request(server.url(QStringLiteral("/busy.html")))).httpStatus, 503);
    spy.clear();
    fetcher.enqueue(held);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 0);
    fetcher.cancelAll();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.front().at(0).value<FetchResult>().error.code, ErrorCode::Cancelled);
}

void TestFeedFetcher::hostRateSpacesRequests()
{
    LocalHttpServer server;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> starts;
    server.setFallback([&](const HttpRequest&) {
        starts.append(clock.elapsed());
        return HttpResponse::ok("<p>page</p>", "text/html");
    });
    FetchSettings settings;
    settings.maxPerHost = 2;
    settings.hostIntervalMs = 150;
    settings.rateLoopback = true; // loopback is exempt otherwise
    FeedFetcher fetcher(settings);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    for (int i = 0; i < 4; ++i) {
        FetchRequest r = request(server.url(QStringLiteral("/p%1.html").arg(i)));
        r.id = i;
        fetcher.enqueue(r);
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 4, 20000);
    QCOMPARE(starts.size(), 4);
    for (qsizetype i = 1; i < starts.size(); ++i) {
        // measured where the server reads them: a little jitter either way
        QVERIFY2(starts[i] - starts[i - 1] >= 100, qPrintable(QString::number(starts[i] - starts[i - 1])));
    }
}

void TestFeedFetcher::serverErrorFails()
{
    LocalHttpServer server;
    server.route("/err.xml", [](const HttpRequest&) { return HttpResponse::withStatus(500); });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/err.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QCOMPARE(r.httpStatus, 500);
}

void TestFeedFetcher::gzipIsDecoded()
{
    LocalHttpServer server;
    const QByteArray body
        = QStringLiteral("<rss><channel><title>압축된 피드</title></channel></rss>").toUtf8().repeated(50);
    server.route("/gz.xml", [body](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok(body);
        r.gzip = true;
        return r;
    });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/gz.xml"))));
    QCOMPARE(r.status, FetchStatus::Ok);
    QCOMPARE(r.body, body);
    QVERIFY(server.requests().front().header("Accept-Encoding").contains("gzip"));
}

void TestFeedFetcher::slowServerTimesOut()
{
    LocalHttpServer server;
    server.route("/slow.xml", [](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok("<rss/>");
        r.delayMs = 3000;
        return r;
    });
    FetchSettings settings;
    settings.connectTimeoutMs = 300;
    settings.totalTimeoutMs = 500;
    FeedFetcher fetcher(settings);
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/slow.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QCOMPARE(r.error.code, ErrorCode::Network);
    QVERIFY2(r.error.detail.contains(QLatin1String("timed out")), qPrintable(r.error.detail));
}

void TestFeedFetcher::endlessBodyIsCapped()
{
    LocalHttpServer server;
    server.route("/endless.xml", [](const HttpRequest&) {
        HttpResponse r;
        r.endless = true;
        return r;
    });
    FetchSettings settings;
    settings.maxBytes = 2 * 1024 * 1024;
    FeedFetcher fetcher(settings);
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/endless.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QCOMPARE(r.error.code, ErrorCode::TooLarge);
    QVERIFY(r.body.isEmpty());
}

void TestFeedFetcher::connectionResetMidBodyFails()
{
    LocalHttpServer server;
    server.route("/reset.xml", [](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok(QByteArray(200000, 'a'));
        r.resetMidBody = true;
        return r;
    });
    FeedFetcher fetcher;
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/reset.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QVERIFY(r.body.isEmpty());
}

void TestFeedFetcher::perHostLimitIsRespected()
{
    LocalHttpServer server;
    int active = 0;
    int maxActive = 0;
    server.setFallback([&](const HttpRequest&) {
        maxActive = std::max(maxActive, ++active);
        HttpResponse r = HttpResponse::ok("<rss/>");
        r.delayMs = 100;
        return r;
    });
    connect(&server, &LocalHttpServer::requestReceived, this, [] {});
    FetchSettings settings;
    settings.maxParallel = 12;
    settings.maxPerHost = 2;
    FeedFetcher fetcher(settings);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    connect(&fetcher, &FeedFetcher::finished, this, [&] { --active; });
    for (int i = 0; i < 8; ++i) {
        FetchRequest r = request(server.url(QStringLiteral("/f%1.xml").arg(i)));
        r.id = i;
        fetcher.enqueue(r);
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 8, 20000);
    QVERIFY(maxActive <= 2);
    QCOMPARE(server.requestCount(), 8);
}

void TestFeedFetcher::offlineSendsNothing()
{
    LocalHttpServer server;
    server.route("/feed.xml", [](const HttpRequest&) { return HttpResponse::ok("<rss/>"); });
    FetchSettings settings;
    settings.offline = true;
    FeedFetcher fetcher(settings);
    const FetchResult r = fetchOne(fetcher, request(server.url(QStringLiteral("/feed.xml"))));
    QCOMPARE(r.status, FetchStatus::Failed);
    QVERIFY(r.error.detail.contains(QLatin1String("offline")));
    QCOMPARE(fetcher.requestsSent(), 0);
    QCOMPARE(server.requestCount(), 0);
}

void TestFeedFetcher::cancelStopsEverything()
{
    LocalHttpServer server;
    server.setFallback([](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok("<rss/>");
        r.delayMs = 5000;
        return r;
    });
    FeedFetcher fetcher;
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    for (int i = 0; i < 20; ++i) {
        FetchRequest r = request(server.url(QStringLiteral("/f%1.xml").arg(i)));
        r.id = i;
        fetcher.enqueue(r);
    }
    QTRY_VERIFY(server.requestCount() >= 2);
    fetcher.cancelAll();
    QCOMPARE(spy.count(), 20);
    for (const auto& args : spy) {
        QCOMPARE(args.at(0).value<FetchResult>().error.code, ErrorCode::Cancelled);
    }
    QCOMPARE(fetcher.pending(), 0);
}

void TestFeedFetcher::invalidNamesAreNeverLookedUp()
{
    // the demo's articles link to demo.sosik.invalid: fetching their pages asked the resolver for a name that can
    // never exist (RFC 6761), a request off this machine from an offline demo (#14's walk)
    FeedFetcher fetcher(FetchSettings{});
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    FetchRequest r;
    r.id = 1;
    r.url = QUrl(QStringLiteral("https://demo.sosik.invalid/news/1"));
    fetcher.enqueue(r);
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.first().at(0).value<FetchResult>();
    QCOMPARE(result.status, FetchStatus::Failed);
    QVERIFY2(result.error.detail.contains(QLatin1String("not found")), qPrintable(result.error.detail));
    QCOMPARE(fetcher.requestsSent(), 0);
}

void TestFeedFetcher::synchronousFailuresKeepTheQueueIntact()
{
    // offline and bad schemes fail inside enqueue's pump; listeners that enqueue more must not corrupt it
    FetchSettings settings;
    settings.offline = true;
    FeedFetcher fetcher(settings);
    int finished = 0;
    int extra = 0;
    connect(&fetcher, &FeedFetcher::finished, this, [&](const FetchResult& r) {
        ++finished;
        QCOMPARE(r.status, FetchStatus::Failed);
        if (extra < 10) {
            ++extra;
            FetchRequest more;
            more.id = 1000 + extra;
            more.url = QUrl(QStringLiteral("gopher://example.invalid/%1").arg(extra));
            fetcher.enqueue(more);
        }
    });
    QSignalSpy idle(&fetcher, &FeedFetcher::idle);
    for (int i = 0; i < 50; ++i) {
        FetchRequest r;
        r.id = i + 1;
        r.url = QUrl(QStringLiteral("http://h%1.example.invalid/feed.xml").arg(i % 3));
        fetcher.enqueue(r);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 60, 10000);
    QCOMPARE(fetcher.requestsSent(), 0);
    QCOMPARE(fetcher.pending(), 0);
}

void TestFeedFetcher::fetchersSharingHostSlotsTakeTurns()
{
    // feeds, pages and images of one site share its politeness budget: with one slot per host, the
    // second fetcher's request reaches the server only after the first fetcher's answer is complete
    LocalHttpServer server;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrived;
    server.setFallback([&](const HttpRequest&) {
        arrived.append(clock.elapsed());
        HttpResponse r = HttpResponse::ok("<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        r.delayMs = 150;
        return r;
    });
    FetchSettings settings;
    settings.maxPerHost = 1;
    HostSlots hosts;
    FeedFetcher feeds(settings);
    FeedFetcher pages(settings);
    feeds.shareHostSlots(&hosts);
    pages.shareHostSlots(&hosts);
    QList<qint64> finished;
    for (FeedFetcher* f : {&feeds, &pages}) {
        connect(f, &FeedFetcher::finished, this, [&](const FetchResult& r) {
            QCOMPARE(r.status, FetchStatus::Ok);
            finished.append(clock.elapsed());
        });
    }
    FetchRequest a;
    a.id = 1;
    a.url = server.url(QStringLiteral("/a.xml"));
    FetchRequest b = a;
    b.id = 2;
    b.url = server.url(QStringLiteral("/b.xml"));
    feeds.enqueue(a);
    pages.enqueue(b);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(arrived.size(), 2);
    QVERIFY2(arrived[1] >= finished[0],
             qPrintable(
                 QStringLiteral("second arrived at %1 ms, first finished at %2 ms").arg(arrived[1]).arg(finished[0])));
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "TestFeedFetcher.moc"
