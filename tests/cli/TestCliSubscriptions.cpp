// sosik-cli subscribe, unsubscribe, rename, move, set, feeds --json, import-opml and export-opml (#15): the real
// executable on real caches, discovering feeds on a real local server.
#include "CliRunner.h"
#include "LocalHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace
{

using Run = CliRun;

QByteArray rss(const QString& title)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>%1</title>"
                          "<item><guid>1</guid><title>기사</title><link>https://news.example.kr/a/1</link>"
                          "<description>본문</description></item></channel></rss>")
        .arg(title)
        .toUtf8();
}

QJsonObject feedOf(const QString& dir, const QString& url)
{
    const Run r = cli({QStringLiteral("feeds"), QStringLiteral("--data-dir"), dir, QStringLiteral("--json")});
    for (const QJsonValue& v : r.json().toArray()) {
        if (v.toObject().value(QLatin1String("url")).toString() == url) {
            return v.toObject();
        }
    }
    return {};
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

} // namespace

class TestCliSubscriptions : public QObject
{
    Q_OBJECT

private slots:
    void subscribeDiscoversNamesAndFiles();
    void subscribeSaysWhatItTried();
    void renameMoveSetAndUnsubscribe();
    void badInputIsRefused();
    void opmlImportReportsAndExportRoundTrips();
};

void TestCliSubscriptions::subscribeDiscoversNamesAndFiles()
{
    LocalHttpServer server;
    server.route("/", [](const HttpRequest&) {
        return HttpResponse::ok("<html><head><meta property=\"og:site_name\" content=\"테스트일보\">"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss/economy.xml\">"
                                "</head><body></body></html>",
                                "text/html; charset=utf-8");
    });
    server.route("/rss/economy.xml",
                 [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("테스트일보 : 경제"))); });
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("subscribe"),
                       server.url(QStringLiteral("/")).toString(),
                       QStringLiteral("--data-dir"),
                       dir.path(),
                       QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray subscribed = r.json().toObject().value(QLatin1String("subscribed")).toArray();
    QCOMPARE(subscribed.size(), 1);
    const QJsonObject s = subscribed.first().toObject();
    QCOMPARE(s.value(QLatin1String("outlet")).toString(), QStringLiteral("테스트일보"));
    QCOMPARE(s.value(QLatin1String("section")).toString(), QStringLiteral("economy"));
    QCOMPARE(s.value(QLatin1String("added")).toBool(), true);
    // again: nothing is duplicated
    const Run again = cli({QStringLiteral("subscribe"),
                           server.url(QStringLiteral("/rss/economy.xml")).toString(),
                           QStringLiteral("--data-dir"),
                           dir.path(),
                           QStringLiteral("--json")});
    QCOMPARE(again.code, 0);
    const QJsonArray twice = again.json().toObject().value(QLatin1String("subscribed")).toArray();
    QCOMPARE(twice.first().toObject().value(QLatin1String("added")).toBool(), false);
    const QJsonObject feed = feedOf(dir.path(), server.url(QStringLiteral("/rss/economy.xml")).toString());
    QCOMPARE(feed.value(QLatin1String("outlet")).toString(), QStringLiteral("테스트일보"));
    QCOMPARE(feed.value(QLatin1String("health")).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("ok"));
    // --section and --outlet are the reader's
    server.route("/rss/other.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("다른 곳"))); });
    const Run placed = cli({QStringLiteral("subscribe"),
                            server.url(QStringLiteral("/rss/other.xml")).toString(),
                            QStringLiteral("--section"),
                            QStringLiteral("world"),
                            QStringLiteral("--outlet"),
                            QStringLiteral("내 모음"),
                            QStringLiteral("--data-dir"),
                            dir.path()});
    QVERIFY2(placed.code == 0, placed.err.constData());
    const QJsonObject other = feedOf(dir.path(), server.url(QStringLiteral("/rss/other.xml")).toString());
    QCOMPARE(other.value(QLatin1String("outlet")).toString(), QStringLiteral("내 모음"));
    QCOMPARE(other.value(QLatin1String("section")).toString(), QStringLiteral("world"));
    QCOMPARE(other.value(QLatin1String("section_fixed")).toBool(), true);
}

void TestCliSubscriptions::subscribeSaysWhatItTried()
{
    LocalHttpServer server;
    server.setFallback([](const HttpRequest&) { return HttpResponse::withStatus(404); });
    server.route(
        "/", [](const HttpRequest&) { return HttpResponse::ok("<html><body>no feeds</body></html>", "text/html"); });
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("subscribe"),
                       server.url(QStringLiteral("/")).toString(),
                       QStringLiteral("--data-dir"),
                       dir.path()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("/rss")); // the common paths tried, each with what it gave
    QVERIFY(r.err.contains("404"));
}

void TestCliSubscriptions::renameMoveSetAndUnsubscribe()
{
    LocalHttpServer server;
    server.route("/a.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("가 신문"))); });
    QTemporaryDir dir;
    const QString d = dir.path();
    const QString url = server.url(QStringLiteral("/a.xml")).toString();
    QCOMPARE(cli({QStringLiteral("subscribe"), url, QStringLiteral("--data-dir"), d}).code, 0);
    QCOMPARE(cli({QStringLiteral("subscribe"),
                  url + QStringLiteral("?b"),
                  QStringLiteral("--outlet"),
                  QStringLiteral("나 신문"),
                  QStringLiteral("--data-dir"),
                  d})
                 .code,
             0);
    const QString id = QString::number(feedOf(d, url).value(QLatin1String("id")).toInt());
    const QString outlet = QString::number(feedOf(d, url).value(QLatin1String("outlet_id")).toInt());
    QCOMPARE(cli({QStringLiteral("rename"), id, QStringLiteral("가 경제"), QStringLiteral("--data-dir"), d}).code, 0);
    QCOMPARE(cli({QStringLiteral("rename"),
                  QStringLiteral("--outlet"),
                  outlet,
                  QStringLiteral("가나다 신문"),
                  QStringLiteral("--data-dir"),
                  d})
                 .code,
             0);
    QCOMPARE(feedOf(d, url).value(QLatin1String("title")).toString(), QStringLiteral("가 경제"));
    QCOMPARE(feedOf(d, url).value(QLatin1String("outlet")).toString(), QStringLiteral("가나다 신문"));
    QCOMPARE(cli({QStringLiteral("move"),
                  id,
                  QStringLiteral("--outlet"),
                  QStringLiteral("나 신문"),
                  QStringLiteral("--data-dir"),
                  d})
                 .code,
             0);
    QCOMPARE(feedOf(d, url).value(QLatin1String("outlet")).toString(), QStringLiteral("나 신문"));
    const Run set = cli({QStringLiteral("set"),
                         id,
                         QStringLiteral("section=opinion"),
                         QStringLiteral("interval=120"),
                         QStringLiteral("fulltext=never"),
                         QStringLiteral("images=off"),
                         QStringLiteral("encoding=EUC-KR"),
                         QStringLiteral("--data-dir"),
                         d});
    QVERIFY2(set.code == 0, set.err.constData());
    const QJsonObject f = feedOf(d, url);
    QCOMPARE(f.value(QLatin1String("section")).toString(), QStringLiteral("opinion"));
    const QJsonObject settings = f.value(QLatin1String("settings")).toObject();
    QCOMPARE(settings.value(QLatin1String("interval")).toInt(), 120);
    QCOMPARE(settings.value(QLatin1String("fulltext")).toString(), QStringLiteral("never"));
    QCOMPARE(settings.value(QLatin1String("images")).toInt(), 0);
    QCOMPARE(settings.value(QLatin1String("encoding")).toString(), QStringLiteral("euc-kr"));
    // an empty value restores the default
    QCOMPARE(cli({QStringLiteral("set"), id, QStringLiteral("interval="), QStringLiteral("--data-dir"), d}).code, 0);
    QCOMPARE(feedOf(d, url).value(QLatin1String("settings")).toObject().value(QLatin1String("interval")).toInt(), -1);
    const Run gone = cli({QStringLiteral("unsubscribe"),
                          id,
                          QStringLiteral("--keep-starred"),
                          QStringLiteral("--data-dir"),
                          d,
                          QStringLiteral("--json")});
    QCOMPARE(gone.code, 0);
    QCOMPARE(gone.json().toObject().value(QLatin1String("kept")).toInt(), 0);
    QVERIFY(feedOf(d, url).isEmpty());
}

void TestCliSubscriptions::badInputIsRefused()
{
    LocalHttpServer server;
    server.route("/a.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("가 신문"))); });
    QTemporaryDir dir;
    const QString d = dir.path();
    const QString url = server.url(QStringLiteral("/a.xml")).toString();
    QCOMPARE(cli({QStringLiteral("subscribe"), url, QStringLiteral("--data-dir"), d}).code, 0);
    const QString id = QString::number(feedOf(d, url).value(QLatin1String("id")).toInt());
    QCOMPARE(
        cli({QStringLiteral("subscribe"), QStringLiteral("javascript:alert(1)"), QStringLiteral("--data-dir"), d}).code,
        2);
    QCOMPARE(
        cli({QStringLiteral("subscribe"), QStringLiteral("file:///etc/passwd"), QStringLiteral("--data-dir"), d}).code,
        2);
    QCOMPARE(cli({QStringLiteral("subscribe"),
                  url,
                  QStringLiteral("--section"),
                  QStringLiteral("nonsense"),
                  QStringLiteral("--data-dir"),
                  d})
                 .code,
             2);
    const Run empty = cli({QStringLiteral("rename"), id, QStringLiteral(" "), QStringLiteral("--data-dir"), d});
    QCOMPARE(empty.code, 2);
    QVERIFY(!empty.err.isEmpty());
    QCOMPARE(
        cli({QStringLiteral("rename"), QStringLiteral("999"), QStringLiteral("x"), QStringLiteral("--data-dir"), d})
            .code,
        5);
    QCOMPARE(cli({QStringLiteral("move"),
                  id,
                  QStringLiteral("--outlet"),
                  QStringLiteral("없는 곳"),
                  QStringLiteral("--data-dir"),
                  d})
                 .code,
             5);
    QCOMPARE(
        cli({QStringLiteral("set"), id, QStringLiteral("fulltext=sometimes"), QStringLiteral("--data-dir"), d}).code,
        2);
    QCOMPARE(cli({QStringLiteral("set"), id, QStringLiteral("colour=red"), QStringLiteral("--data-dir"), d}).code, 2);
    QCOMPARE(cli({QStringLiteral("set"),
                  QStringLiteral("999"),
                  QStringLiteral("interval=5"),
                  QStringLiteral("--data-dir"),
                  d})
                 .code,
             5);
    QCOMPARE(cli({QStringLiteral("unsubscribe"), QStringLiteral("999"), QStringLiteral("--data-dir"), d}).code, 5);
    QCOMPARE(feedOf(d, url).value(QLatin1String("title")).toString(), QStringLiteral("가 신문")); // nothing changed
}

void TestCliSubscriptions::opmlImportReportsAndExportRoundTrips()
{
    QTemporaryDir dir;
    const QString d = dir.path();
    const QString opml = writeFile(
        d,
        QStringLiteral("in.opml"),
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"한겨레\">"
        "<outline text=\"경제\" xmlUrl=\"https://www.hani.example/rss/economy.xml\" category=\"/economy\"/>"
        "<outline text=\"정치\" xmlUrl=\"https://www.hani.example/rss/politics.xml\" category=\"/politics\"/>"
        "</outline><outline text=\"js\" xmlUrl=\"javascript:alert(1)\"/>"
        "<outline text=\"file\" xmlUrl=\"file:///etc/passwd\"/></body></opml>");
    const Run first
        = cli({QStringLiteral("import-opml"), opml, QStringLiteral("--data-dir"), d, QStringLiteral("--json")});
    QVERIFY2(first.code == 0, first.err.constData());
    QJsonObject report = first.json().toObject();
    QCOMPARE(report.value(QLatin1String("added")).toArray().size(), 2);
    QCOMPARE(report.value(QLatin1String("existing")).toArray().size(), 0);
    QCOMPARE(report.value(QLatin1String("invalid")).toArray().size(), 2);
    report = cli({QStringLiteral("import-opml"), opml, QStringLiteral("--data-dir"), d, QStringLiteral("--json")})
                 .json()
                 .toObject();
    QCOMPARE(report.value(QLatin1String("added")).toArray().size(), 0);
    QCOMPARE(report.value(QLatin1String("existing")).toArray().size(), 2);
    // export, then import into an empty cache: outlets and sections come back
    const QString out = QDir(d).filePath(QStringLiteral("out.opml"));
    QCOMPARE(cli({QStringLiteral("export-opml"), out, QStringLiteral("--data-dir"), d}).code, 0);
    QTemporaryDir other;
    QCOMPARE(cli({QStringLiteral("import-opml"), out, QStringLiteral("--data-dir"), other.path()}).code, 0);
    const QJsonObject economy = feedOf(other.path(), QStringLiteral("https://www.hani.example/rss/economy.xml"));
    QCOMPARE(economy.value(QLatin1String("outlet")).toString(), QStringLiteral("한겨레"));
    QCOMPARE(economy.value(QLatin1String("section")).toString(), QStringLiteral("economy"));
    QCOMPARE(feedOf(other.path(), QStringLiteral("https://www.hani.example/rss/politics.xml"))
                 .value(QLatin1String("section"))
                 .toString(),
             QStringLiteral("politics"));
    // not OPML, or a bomb: a clear error, quickly
    const QString html = writeFile(d, QStringLiteral("page.opml"), "<html><body>not opml</body></html>");
    const Run bad = cli({QStringLiteral("import-opml"), html, QStringLiteral("--data-dir"), d});
    QCOMPARE(bad.code, 3);
    QVERIFY(!bad.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSubscriptions)
#include "TestCliSubscriptions.moc"
