// Offline material completes in one refresh (#12 §3): `sosik-cli refresh` over a local site of summary-only feeds
// fetches every page and every photo it listed — more than the 300 pages and 5,000 images one refresh used to
// stop at — and the next refresh, with nothing new, sends only conditional feed requests.

#include "LocalHttpServer.h"
#include "SummarySite.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void oneRefreshCompletesWhatItListed();

private:
    static QJsonObject refresh(const QStringList& args);
    static int count(const QString& dbPath, const QString& sql);
};

QJsonObject TestCompletion::refresh(const QStringList& args)
{
    QProcess cli;
    cli.start(QStringLiteral(SOSIK_CLI_PATH), QStringList{QStringLiteral("refresh"), QStringLiteral("--json")} + args);
    // the server lives on this thread: let the event loop run while the refresh talks to it
    if (!QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 240000)) {
        qWarning("sosik-cli refresh did not finish");
        return {};
    }
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        qWarning() << cli.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

int TestCompletion::count(const QString& dbPath, const QString& sql)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                n = q.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

void TestCompletion::oneRefreshCompletesWhatItListed()
{
    LocalHttpServer server;
    // 440 summary-only articles (more than 300 pages) with 12 photos each (5,280, more than 5,000 images)
    SummarySite site(server, 8, 55, 12);
    QTemporaryDir dir;
    const QString definition = dir.filePath(QStringLiteral("source.json"));
    {
        QFile f(definition);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(site.sourceDefinition().toUtf8());
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    const QJsonObject first = refresh({QStringLiteral("--data-dir"), data, QStringLiteral("--source"), definition});
    QCOMPARE(first.value(QStringLiteral("items_new")).toInt(), site.articles());
    QCOMPARE(first.value(QStringLiteral("fulltext_extracted")).toInt(), site.articles());
    QCOMPARE(first.value(QStringLiteral("fulltext_failed")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("fulltext_left")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("images_stored")).toInt(), site.articles() * site.images);
    QCOMPARE(first.value(QStringLiteral("images_left")).toInt(), 0);
    const QString db = data + QStringLiteral("/cache.db");
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM articles WHERE fulltext_state != 'done'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM media WHERE state != 'stored'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM media")), site.articles() * site.images);

    // nothing new: one conditional request per feed, nothing else
    const qsizetype before = server.requests().size();
    const QJsonObject second = refresh({QStringLiteral("--data-dir"), data, QStringLiteral("--force")});
    QCOMPARE(second.value(QStringLiteral("not_modified")).toInt(), site.feeds);
    QCOMPARE(second.value(QStringLiteral("requests_sent")).toInt(), site.feeds);
    const QList<HttpRequest> requests = server.requests().mid(before);
    QCOMPARE(requests.size(), qsizetype(site.feeds));
    for (const HttpRequest& r : requests) {
        QVERIFY2(SummarySite::isFeedPath(r.path), r.path.constData());
        QVERIFY2(!r.header("If-None-Match").isEmpty(), r.path.constData());
    }
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "TestCompletion.moc"
