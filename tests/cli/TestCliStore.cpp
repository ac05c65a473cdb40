// sosik-cli as a full client of the cache (#12 §4) and its honest storage errors (#17): real caches, a real local
// server, the real executable.
#include "CliRunner.h"
#include "FakeImages.h"
#include "LocalHttpServer.h"
#include "StoreFixture.h"
#include "store/StoreWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace news;

namespace
{

using Run = CliRun;

QByteArray rss(const QList<QPair<QString, qint64>>& items, int bodyChars = 200)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>테스트일보</title>"
                     "<link>https://news.example.kr/</link>";
    for (const auto& [guid, published] : items) {
        out += QStringLiteral("<item><guid>%1</guid><title>기사 %1</title><link>https://news.example.kr/a/%1</link>"
                              "<pubDate>%2</pubDate><description><![CDATA[<p>%3</p>]]></description></item>")
                   .arg(guid,
                        QDateTime::fromSecsSinceEpoch(published, QTimeZone::utc()).toString(Qt::RFC2822Date),
                        QString(bodyChars, u'가'))
                   .toUtf8();
    }
    return out + "</channel></rss>";
}

QString writeOpml(const QString& dir, const QUrl& feed)
{
    const QString path = QDir(dir).filePath(QStringLiteral("feeds.opml"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline type=\"rss\" text=\"테스트\" "
                           "xmlUrl=\"%1\"/></body></opml>")
                .arg(feed.toString())
                .toUtf8());
    return path;
}

QStringList refreshArgs(const QString& dataDir)
{
    return {QStringLiteral("refresh"),
            QStringLiteral("--data-dir"),
            dataDir,
            QStringLiteral("--json"),
            QStringLiteral("--no-images"),
            QStringLiteral("--no-fulltext")};
}

QJsonArray listed(const QString& dataDir)
{
    return cli({QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json")})
        .json()
        .toArray();
}

QJsonObject article(const QString& dataDir, qint64 id)
{
    for (const QJsonValue& v : listed(dataDir)) {
        if (qint64(v.toObject().value(QLatin1String("id")).toDouble()) == id) {
            return v.toObject();
        }
    }
    return {};
}

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

bool tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestCliStore : public QObject
{
    Q_OBJECT

private slots:
    void markChangesStatuses();
    void retentionKeepsWhatWasRead();
    void damagedCacheIsAnErrorAndRecovers();
    void fullDiskExitsWithThree();
    void readOnlyFolderCanBeListed();
    void exportWritesAPageThatLoadsNothingRemote();
};

void TestCliStore::markChangesStatuses()
{
    LocalHttpServer server;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    server.route("/feed.xml", [now](const HttpRequest&) {
        return HttpResponse::ok(rss({{QStringLiteral("a"), now - 60}, {QStringLiteral("b"), now - 120}}),
                                "application/rss+xml");
    });
    QTemporaryDir dir;
    const Run first = cli(refreshArgs(dir.path()) << QStringLiteral("--opml")
                                                  << writeOpml(dir.path(), server.url(QStringLiteral("/feed.xml"))));
    QCOMPARE(first.code, 0);
    QCOMPARE(first.json().toObject().value(QLatin1String("items_new")).toInt(), 2);
    const QJsonArray rows = listed(dir.path());
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue& v : rows) {
        // an OPML given to refresh is imported as import-opml imports it: the site is its own outlet, not one
        // "구독" outlet for every feed (#14's walk)
        QCOMPARE(v.toObject().value(QLatin1String("outlet")).toString(), QStringLiteral("테스트"));
        QVERIFY(v.toObject().contains(QLatin1String("read")));
        QVERIFY(v.toObject().contains(QLatin1String("starred")));
        QVERIFY(v.toObject().contains(QLatin1String("saved")));
    }
    const qint64 a = qint64(rows.at(0).toObject().value(QLatin1String("id")).toDouble());
    const qint64 b = qint64(rows.at(1).toObject().value(QLatin1String("id")).toDouble());
    auto mark = [&dir](const QString& state, const QStringList& ids) {
        return cli(QStringList{QStringLiteral("mark"), state} + ids
                   + QStringList{QStringLiteral("--data-dir"), dir.path()})
            .code;
    };
    QCOMPARE(mark(QStringLiteral("read"), {QString::number(a), QString::number(b)}), 0);
    QCOMPARE(mark(QStringLiteral("star"), {QString::number(b)}), 0);
    QCOMPARE(mark(QStringLiteral("save"), {QString::number(b)}), 0);
    QCOMPARE(mark(QStringLiteral("unread"), {QString::number(a)}), 0);
    QCOMPARE(article(dir.path(), a).value(QLatin1String("read")).toBool(), false);
    QCOMPARE(article(dir.path(), b).value(QLatin1String("read")).toBool(), true);
    QCOMPARE(article(dir.path(), b).value(QLatin1String("starred")).toBool(), true);
    QCOMPARE(article(dir.path(), b).value(QLatin1String("saved")).toBool(), true);
    // a section with --unread (or --starred) keeps to those: the second option was ignored (#14 walk)
    const QString section = article(dir.path(), a).value(QLatin1String("section")).toString();
    QVERIFY(!section.isEmpty());
    for (const auto& [option, expected] :
         {std::pair{QStringLiteral("--unread"), a}, std::pair{QStringLiteral("--starred"), b}}) {
        const QJsonArray only = cli({QStringLiteral("list"),
                                     QStringLiteral("--data-dir"),
                                     dir.path(),
                                     QStringLiteral("--json"),
                                     QStringLiteral("--section"),
                                     section,
                                     option})
                                    .json()
                                    .toArray();
        QCOMPARE(only.size(), 1);
        QCOMPARE(qint64(only.at(0).toObject().value(QLatin1String("id")).toDouble()), expected);
    }
    QCOMPARE(mark(QStringLiteral("unstar"), {QString::number(b)}), 0);
    QCOMPARE(mark(QStringLiteral("unsave"), {QString::number(b)}), 0);
    QCOMPARE(article(dir.path(), b).value(QLatin1String("starred")).toBool(), false);
    QCOMPARE(article(dir.path(), b).value(QLatin1String("saved")).toBool(), false);
    QCOMPARE(mark(QStringLiteral("read"), {QStringLiteral("999999")}), 5); // no such article
    QCOMPARE(mark(QStringLiteral("frobnicate"), {QString::number(a)}), 2);
    QCOMPARE(mark(QStringLiteral("read"), {QStringLiteral("x")}), 2);
}

void TestCliStore::retentionKeepsWhatWasRead()
{
    // #12: an item 200 days old, read, retention at 90 days, the same feed again: not new, still read
    LocalHttpServer server;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int fetches = 0;
    server.route("/feed.xml", [now, &fetches](const HttpRequest&) {
        QList<QPair<QString, qint64>> items{{QStringLiteral("old"), now - 200 * 86400},
                                            {QStringLiteral("new"), now - 60}};
        if (++fetches > 1) {
            items.append({QStringLiteral("newer"), now - 30}); // a changed feed, so that it is parsed again
        }
        return HttpResponse::ok(rss(items), "application/rss+xml");
    });
    QTemporaryDir dir;
    const Run first = cli(refreshArgs(dir.path()) << QStringLiteral("--opml")
                                                  << writeOpml(dir.path(), server.url(QStringLiteral("/feed.xml"))));
    QCOMPARE(first.code, 0);
    QCOMPARE(first.json().toObject().value(QLatin1String("items_new")).toInt(), 2);
    qint64 old = 0;
    for (const QJsonValue& v : listed(dir.path())) {
        if (v.toObject().value(QLatin1String("title")).toString() == QStringLiteral("기사 old")) {
            old = qint64(v.toObject().value(QLatin1String("id")).toDouble());
        }
    }
    QVERIFY(old);
    QCOMPARE(cli({QStringLiteral("mark"),
                  QStringLiteral("read"),
                  QString::number(old),
                  QStringLiteral("--data-dir"),
                  dir.path()})
                 .code,
             0);
    const Run retained = cli({QStringLiteral("maintain"),
                              QStringLiteral("--data-dir"),
                              dir.path(),
                              QStringLiteral("--retention-days"),
                              QStringLiteral("90"),
                              QStringLiteral("--json")});
    QCOMPARE(retained.code, 0);
    QCOMPARE(retained.json().toObject().value(QLatin1String("deleted")).toInt(), 1);
    QCOMPARE(listed(dir.path()).size(), 1);
    const Run again = cli(refreshArgs(dir.path()) << QStringLiteral("--force"));
    QCOMPARE(again.code, 0);
    QCOMPARE(again.json().toObject().value(QLatin1String("items_new")).toInt(), 1); // "newer" only
    bool found = false;
    for (const QJsonValue& v : listed(dir.path())) {
        if (v.toObject().value(QLatin1String("title")).toString() == QStringLiteral("기사 old")) {
            found = true;
            QVERIFY(v.toObject().value(QLatin1String("read")).toBool());
        }
    }
    QVERIFY(found);
    QCOMPARE(cli({QStringLiteral("maintain"),
                  QStringLiteral("--data-dir"),
                  dir.path(),
                  QStringLiteral("--keep-per-feed"),
                  QStringLiteral("1")})
                 .code,
             2);
}

void TestCliStore::damagedCacheIsAnErrorAndRecovers()
{
    LocalHttpServer server;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QPair<QString, qint64>> items;
    for (int i = 0; i < 200; ++i) {
        items.append({QString::number(i), now - i * 60});
    }
    int fetches = 0;
    server.route("/feed.xml", [items, &fetches](const HttpRequest&) {
        auto changed = items; // a new item at each fetch, so that every refresh writes
        changed.prepend({QStringLiteral("extra%1").arg(++fetches), QDateTime::currentSecsSinceEpoch()});
        return HttpResponse::ok(rss(changed, 800), "application/rss+xml");
    });
    QTemporaryDir dir;
    QCOMPARE(cli(refreshArgs(dir.path()) << QStringLiteral("--opml")
                                         << writeOpml(dir.path(), server.url(QStringLiteral("/feed.xml"))))
                 .code,
             0);
    const QString db = dir.filePath(QStringLiteral("cache.db"));
    const qint64 first = qint64(listed(dir.path()).at(0).toObject().value(QLatin1String("id")).toDouble());
    QCOMPARE(cli({QStringLiteral("mark"),
                  QStringLiteral("star"),
                  QString::number(first),
                  QStringLiteral("--data-dir"),
                  dir.path()})
                 .code,
             0);
    // a damaged article page: a refresh says so (exit 3), not "0 feeds" or success
    QVERIFY(storefixture::damagePage(db, QStringLiteral("articles")));
    const Run broken = cli(refreshArgs(dir.path()) << QStringLiteral("--force"));
    QCOMPARE(broken.code, 3);
    QVERIFY2(broken.err.contains("maintain --recover"), broken.err.constData());
    const Run recovered = cli({QStringLiteral("maintain"),
                               QStringLiteral("--recover"),
                               QStringLiteral("--data-dir"),
                               dir.path(),
                               QStringLiteral("--json")});
    QCOMPARE(recovered.code, 0);
    const QJsonObject report = recovered.json().toObject();
    QVERIFY(QFile::exists(report.value(QLatin1String("backup")).toString()));
    QCOMPARE(report.value(QLatin1String("recovered")).toObject().value(QLatin1String("feeds")).toInt(), 1);
    const int articles = report.value(QLatin1String("recovered")).toObject().value(QLatin1String("articles")).toInt();
    QVERIFY2(articles > 150 && articles < 201, qPrintable(QString::number(articles)));
    // subscriptions and statuses are kept; the next refresh brings the lost articles back
    QCOMPARE(article(dir.path(), first).value(QLatin1String("starred")).toBool(), true);
    const Run after = cli(refreshArgs(dir.path()) << QStringLiteral("--force"));
    QCOMPARE(after.code, 0);
    QVERIFY(after.json().toObject().value(QLatin1String("items_new")).toInt() > 1);
    const Run all = cli({QStringLiteral("stats"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--json")});
    QVERIFY(all.json().toObject().value(QLatin1String("articles")).toInt() >= 201);
    // a damaged feeds table: the refresh's targets cannot be read (#17: this once reported success with 0 feeds)
    QVERIFY(storefixture::damagePage(db, QStringLiteral("feeds")));
    const Run noTargets = cli(refreshArgs(dir.path()) << QStringLiteral("--force"));
    QCOMPARE(noTargets.code, 3);
}

void TestCliStore::fullDiskExitsWithThree()
{
    if (!isRoot()) {
        QSKIP("a full disk is simulated with a small tmpfs, which needs root");
    }
    QTemporaryDir parent;
    const QString mount = parent.filePath(QStringLiteral("small"));
    QDir().mkpath(mount);
    if (!tool(QStringLiteral("mount"),
              {QStringLiteral("-t"),
               QStringLiteral("tmpfs"),
               QStringLiteral("-o"),
               QStringLiteral("size=1m"),
               QStringLiteral("tmpfs"),
               mount})) {
        QSKIP("cannot mount a tmpfs here");
    }
    struct Unmount
    {
        QString path;
        ~Unmount() { tool(QStringLiteral("umount"), {path}); }
    } unmount{mount};
    LocalHttpServer server;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QPair<QString, qint64>> items;
    for (int i = 0; i < 400; ++i) {
        items.append({QString::number(i), now - i * 60});
    }
    server.route("/feed.xml",
                 [items](const HttpRequest&) { return HttpResponse::ok(rss(items, 2000), "application/rss+xml"); });
    const QString data = QDir(mount).filePath(QStringLiteral("data"));
    const Run full = cli(refreshArgs(data) << QStringLiteral("--opml")
                                           << writeOpml(parent.path(), server.url(QStringLiteral("/feed.xml"))),
                         {QStringLiteral("LC_ALL=ko_KR.UTF-8"), QStringLiteral("LANGUAGE=ko")});
    QCOMPARE(full.code, 3);
    const QString err = QString::fromUtf8(full.err);
    QVERIFY2(err.contains(QStringLiteral("디스크")), full.err.constData());
    QVERIFY2(err.contains(QDir::toNativeSeparators(data)), full.err.constData());
    QVERIFY2(!err.contains(QLatin1String("rollback")), full.err.constData());
}

void TestCliStore::readOnlyFolderCanBeListed()
{
    LocalHttpServer server;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    server.route("/feed.xml", [now](const HttpRequest&) {
        return HttpResponse::ok(rss({{QStringLiteral("a"), now - 60}}), "application/rss+xml");
    });
    QTemporaryDir dir;
    QCOMPARE(cli(refreshArgs(dir.path()) << QStringLiteral("--opml")
                                         << writeOpml(dir.path(), server.url(QStringLiteral("/feed.xml"))))
                 .code,
             0);
    const storefixture::ImmutableGuard lock({dir.filePath(QStringLiteral("cache.db")), dir.path()});
    if (!lock.locked) {
        QSKIP("no read-only folder on this system (as root: chattr +i failed; on Windows folders stay writable)");
    }
    const QJsonArray rows = listed(dir.path());
    QCOMPARE(rows.size(), 1);
    const Run search
        = cli({QStringLiteral("search"), QStringLiteral("기사"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(search.code, 0);
    const Run mark = cli({QStringLiteral("mark"),
                          QStringLiteral("read"),
                          QString::number(qint64(rows.at(0).toObject().value(QLatin1String("id")).toDouble())),
                          QStringLiteral("--data-dir"),
                          dir.path()});
    QCOMPARE(mark.code, 3);
}

void TestCliStore::exportWritesAPageThatLoadsNothingRemote()
{
    // #17 §5 through the CLI: `export ID FILE` and `export --section S FILE` write the window's self-contained page
    LocalHttpServer server;
    const QByteArray png = fakePng(640, 360, 2000, 'x');
    server.route("/photo.png", [png](const HttpRequest&) { return HttpResponse::ok(png, "image/png"); });
    const QString base = server.url(QStringLiteral("/")).toString();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    server.route("/feed.xml", [base, now](const HttpRequest&) {
        const QString body
            = QStringLiteral("<p>상하이 교민 사회의 소식입니다.</p><img src=\"%1photo.png\" alt=\"사진\">"
                             "<video src=\"%1clip.mp4\" poster=\"%1poster.jpg\"></video>"
                             "<audio src=\"%1sound.mp3\"><source src=\"%1sound.ogg\"></audio>"
                             "<table background=\"%1bg.png\"><tr><td>표</td></tr></table>")
                  .arg(base);
        const QByteArray xml
            = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                             "<title>테스트일보</title><link>https://news.example.kr/</link>"
                             "<item><guid>x1</guid><title>내보내기 기사</title><category>경제</category>"
                             "<link>https://news.example.kr/a/x1</link><pubDate>%1</pubDate>"
                             "<description><![CDATA[%2]]></description></item></channel></rss>")
                  .arg(QDateTime::fromSecsSinceEpoch(now - 60, QTimeZone::utc()).toString(Qt::RFC2822Date), body)
                  .toUtf8();
        return HttpResponse::ok(xml, "application/rss+xml");
    });
    QTemporaryDir dir;
    QStringList args = refreshArgs(dir.path());
    args.removeAll(QStringLiteral("--no-images"));
    const Run refresh
        = cli(args << QStringLiteral("--opml") << writeOpml(dir.path(), server.url(QStringLiteral("/feed.xml"))));
    QCOMPARE(refresh.code, 0);
    QVERIFY2(server.requestCount("/photo.png") >= 1, refresh.out.constData());
    const QJsonArray rows = listed(dir.path());
    QCOMPARE(rows.size(), 1);
    const QString id = QString::number(qint64(rows.at(0).toObject().value(QLatin1String("id")).toDouble()));
    const QString section = rows.at(0).toObject().value(QLatin1String("section")).toString();
    QVERIFY(!section.isEmpty());

    auto checkPage = [&base](const QString& path) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QStringLiteral("내보내기 기사")));
        QVERIFY(html.contains(QStringLiteral("상하이 교민 사회의 소식입니다.")));
        QVERIFY2(html.contains(QStringLiteral("data:image/png;base64,")), "the stored photo is embedded");
        // nothing that a browser would load from the loopback server (links to the original are fine: not loads)
        const QRegularExpression load(QStringLiteral("(src|poster|background|srcset)\\s*=\\s*[\"']?[^\"'>]*%1")
                                          .arg(QRegularExpression::escape(QUrl(base).authority())),
                                      QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!load.match(html).hasMatch(), qPrintable(load.match(html).captured(0)));
        QVERIFY(!html.contains(QStringLiteral("clip.mp4")));
        QVERIFY(!html.contains(QStringLiteral("sound.ogg")));
    };

    const QString one = QDir(dir.path()).filePath(QStringLiteral("one.html"));
    const Run byId = cli({QStringLiteral("export"), id, one, QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(byId.code, 0);
    checkPage(one);
    const QString all = QDir(dir.path()).filePath(QStringLiteral("section.html"));
    const Run bySection = cli({QStringLiteral("export"),
                               QStringLiteral("--section"),
                               section,
                               all,
                               QStringLiteral("--json"),
                               QStringLiteral("--data-dir"),
                               dir.path()});
    QCOMPARE(bySection.code, 0);
    QCOMPARE(bySection.json().toObject().value(QLatin1String("articles")).toInt(), 1);
    checkPage(all);

    // honest errors: no such article (5), nothing in a section (5), no file (2), an unwritable place (3)
    const QString other = QDir(dir.path()).filePath(QStringLiteral("other.html"));
    QCOMPARE(
        cli({QStringLiteral("export"), QStringLiteral("999999"), other, QStringLiteral("--data-dir"), dir.path()}).code,
        5);
    QVERIFY(!QFile::exists(other));
    QCOMPARE(cli({QStringLiteral("export"),
                  QStringLiteral("--section"),
                  QStringLiteral("없는섹션"),
                  other,
                  QStringLiteral("--data-dir"),
                  dir.path()})
                 .code,
             5);
    QCOMPARE(cli({QStringLiteral("export"), id, QStringLiteral("--data-dir"), dir.path()}).code, 2);
    QCOMPARE(cli({QStringLiteral("export"),
                  id,
                  QDir(dir.path()).filePath(QStringLiteral("no/such/folder/x.html")),
                  QStringLiteral("--data-dir"),
                  dir.path()})
                 .code,
             3);
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "TestCliStore.moc"
