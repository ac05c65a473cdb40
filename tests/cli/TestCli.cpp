#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void parsePrintsJson();
    void parseRejectsNonFeeds();
    void unknownCommandIsAUsageError();
    void maintainMergesAndVacuums();

private:
    static QByteArray run(const QStringList& args, int* exitCode, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(SOSIK_CLI_PATH), args);
        if (!p.waitForFinished(30000)) {
            qFatal("sosik-cli did not finish");
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (err) {
            *err = p.readAllStandardError();
        }
        return p.readAllStandardOutput();
    }
};

void TestCli::versionAndHelp()
{
    int code = -1;
    QCOMPARE(run({QStringLiteral("--version")}, &code), QByteArray("sosik-cli " SOSIK_VERSION "\n"));
    QCOMPARE(code, 0);
    const QByteArray help = run({QStringLiteral("--help")}, &code);
    QCOMPARE(code, 0);
    QVERIFY(help.contains("parse"));
}

void TestCli::parsePrintsJson()
{
    int code = -1;
    const QByteArray out = run(
        {QStringLiteral("parse"), QStringLiteral(SOSIK_TEST_DATA "/feeds/euckr_declared_in_xml_only.xml")}, &code);
    QCOMPARE(code, 0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QLatin1String("encoding")).toString(), QStringLiteral("euc-kr"));
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("rss20"));
    QCOMPARE(json.value(QLatin1String("bozo")).toBool(true), false);
    QCOMPARE(json.value(QLatin1String("feed")).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("한빛일보 - 경제"));
}

void TestCli::parseRejectsNonFeeds()
{
    int code = -1;
    QByteArray err;
    run({QStringLiteral("parse"), QStringLiteral(SOSIK_TEST_DATA "/feeds/not_a_feed.html")}, &code, &err);
    QCOMPARE(code, 1);
    QVERIFY(!err.isEmpty());
    run({QStringLiteral("parse"), QStringLiteral("/nonexistent/feed.xml")}, &code);
    QCOMPARE(code, 3);
}

void TestCli::unknownCommandIsAUsageError()
{
    int code = -1;
    run({QStringLiteral("frobnicate")}, &code);
    QCOMPARE(code, 2);
}

void TestCli::maintainMergesAndVacuums()
{
    QTemporaryDir dir;
    int code = -1;
    const QByteArray out = run({QStringLiteral("maintain"),
                                QStringLiteral("--data-dir"),
                                dir.path(),
                                QStringLiteral("--vacuum"),
                                QStringLiteral("--json")},
                               &code);
    QCOMPARE(code, 0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QVERIFY(json.contains(QLatin1String("seconds")));
    QCOMPARE(json.value(QLatin1String("vacuumed")).toBool(), true);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("cache.db"))));
    run({QStringLiteral("maintain"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("cache.db/no"))}, &code);
    QCOMPARE(code, 3); // not a folder a cache can live in
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
