#include "FakeImages.h"
#include "LocalHttpServer.h"
#include "media/MediaStore.h"
#include "normalize/ArticleNormalizer.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace news;

namespace
{

QByteArray png(int width, int height, int extraBytes = 64)
{
    return fakePng(width, height, extraBytes, '\x00');
}

QByteArray jpeg(int width, int height)
{
    QByteArray b("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    b.append("\xFF\xC0\x00\x11\x08", 5);
    b.append(char(height >> 8)).append(char(height & 0xFF)).append(char(width >> 8)).append(char(width & 0xFF));
    b.append(QByteArray(40, '\x01'));
    return b;
}

} // namespace

class TestMediaStore : public QObject
{
    Q_OBJECT

private slots:
    void sniffsImagesByTheirBytes_data();
    void sniffsImagesByTheirBytes();
    void storesImagesOnceAndRefusesHostileOnes();
};

void TestMediaStore::sniffsImagesByTheirBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("png") << png(640, 360) << "image/png" << 640 << 360;
    QTest::newRow("jpeg") << jpeg(1200, 800) << "image/jpeg" << 1200 << 800;
    QTest::newRow("gif") << QByteArray("GIF89a\x20\x03\x58\x02\x00\x00", 12) << "image/gif" << 800 << 600;
    QTest::newRow("html served as jpeg") << QByteArray("<html><body>not an image</body></html>") << "" << 0 << 0;
    QTest::newRow("empty") << QByteArray() << "" << 0 << 0;
}

void TestMediaStore::sniffsImagesByTheirBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    QFETCH(int, width);
    QFETCH(int, height);
    const ImageInfo info = sniffImage(bytes);
    QCOMPARE(info.mime, mime);
    QCOMPARE(info.width, width);
    QCOMPARE(info.height, height);
}

void TestMediaStore::storesImagesOnceAndRefusesHostileOnes()
{
    LocalHttpServer server;
    const QByteArray photo = png(640, 360, 2000);
    server.route("/photo.png", [photo](const HttpRequest&) { return HttpResponse::ok(photo, "image/png"); });
    server.route("/lying.jpg",
                 [](const HttpRequest&) { return HttpResponse::ok("<html>an error page</html>", "image/jpeg"); });
    server.route("/bomb.png", [](const HttpRequest&) { return HttpResponse::ok(png(60000, 60000), "image/png"); });
    server.route("/spacer.gif", [](const HttpRequest&) {
        return HttpResponse::ok(QByteArray("GIF89a\x01\x00\x01\x00\x00\x00", 12), "image/gif");
    });
    server.route("/huge.jpg", [](const HttpRequest&) {
        HttpResponse r;
        r.endless = true; // far beyond the image size limit
        return r;
    });
    server.route("/to-file.jpg", [](const HttpRequest&) { return HttpResponse::redirect(302, "file:///etc/passwd"); });

    QTemporaryDir dir;
    {
        // two articles share one photo; every hostile case hangs off the second
        StoreWriterCore core(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(std::holds_alternative<int>(core.open()));
        SourceRecord source;
        source.key = QStringLiteral("s");
        source.nameKo = QStringLiteral("매체");
        const qint64 sourceId = std::get<qint64>(core.upsertSource(source));
        FeedRecord feed;
        feed.url = server.url(QStringLiteral("/feed.xml")).toString();
        const qint64 feedId = std::get<qint64>(core.upsertFeed(sourceId, feed));
        FeedUpdate u;
        u.feedId = feedId;
        u.outcome = FetchOutcome::Updated;
        u.now = 1'800'000'000;
        for (int i = 0; i < 2; ++i) {
            FeedEntry e;
            e.id = QString::number(i);
            e.title = QStringLiteral("기사 %1").arg(i);
            e.published = QDateTime::fromSecsSinceEpoch(u.now - i, QTimeZone::utc());
            QString body = QStringLiteral("<p>본문</p><img src=\"%1\">")
                               .arg(server.url(QStringLiteral("/photo.png")).toString());
            if (i == 1) {
                for (const char* path : {"/lying.jpg", "/bomb.png", "/spacer.gif", "/huge.jpg", "/to-file.jpg"}) {
                    body += QStringLiteral("<img src=\"%1\">").arg(server.url(QString::fromLatin1(path)).toString());
                }
                body += QStringLiteral("<img src=\"https://www.google-analytics.com/collect.gif\">");
            }
            e.content = body;
            u.items.append(normalizeEntry(e, {u.now}));
        }
        QVERIFY(core.write(u).stored);
    }
    Cache cache(dir.path());
    QSignalSpy opened(&cache, &Cache::opened);
    cache.open();
    QVERIFY(opened.wait(10000));
    FetchSettings settings;
    MediaLimits limits;
    limits.maxBytes = 1024 * 1024;
    MediaStore media(&cache, settings, limits);
    QSignalSpy rejected(&media, &MediaStore::rejected);
    QSignalSpy finished(&media, &MediaStore::finished);
    media.fetchPending();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.front().at(0).toInt(), 1); // the photo, once for both articles
    QCOMPARE(server.requestCount("/photo.png"), 1);
    QStringList asked;
    for (const HttpRequest& r : server.requests()) {
        asked.append(QString::fromLatin1(r.path));
    }
    QVERIFY2(server.requestCount() == 6, qPrintable(asked.join(u' '))); // the tracker host is never asked
    QStringList reasons;
    for (const auto& r : rejected) {
        reasons.append(r.at(1).toString());
    }
    QVERIFY2(reasons.join(u'|').contains(QLatin1String("not an image")), qPrintable(reasons.join(u'|')));
    QVERIFY(reasons.join(u'|').contains(QLatin1String("decompression bomb")));
    QVERIFY(reasons.join(u'|').contains(QLatin1String("tracking pixel")));
    QVERIFY(reasons.join(u'|').contains(QLatin1String("larger than")));
    QVERIFY(reasons.join(u'|').contains(QLatin1String("non-HTTP")));

    ArticleQueries q(cache.databasePath(), cache.imageDir());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const CacheStats stats = std::get<CacheStats>(q.stats());
    QCOMPARE(stats.images, 1);
    QCOMPARE(stats.imageBytes, photo.size());
    const QList<ArticleRow> rows = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
    for (const ArticleRow& row : rows) {
        const ArticleDetail d = std::get<ArticleDetail>(q.article(row.id));
        QVERIFY(!d.media.isEmpty());
        QCOMPARE(d.media.front().state, QStringLiteral("stored"));
        QFile stored(d.media.front().file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), photo);
    }
}

QTEST_GUILESS_MAIN(TestMediaStore)
#include "TestMediaStore.moc"
