#include "ErrorMessages.h"
#include "LocalHttpServer.h"
#include "Translations.h"
#include "fetch/FeedFetcher.h"
#include "model/Feed.h"
#include "models/NavigationModel.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace news;

/// Every ErrorCode reaches the reader as a Korean sentence (#12, #15), checked with the errors the real fetcher
/// produces against a local server.
class TestErrorMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCodeHasAKoreanSentence();
    void fetcherFailuresReadAsTheIssueWordsThem();
    void storedErrorsReadTheSame();
    void navigationPaneShowsReasonAndNextTry();
    void everyErrorThePaneCanShowIsKorean_data();
    void everyErrorThePaneCanShowIsKorean();

private:
    static Error fetchError(const QUrl& url, FetchSettings settings = {});
};

void TestErrorMessages::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(installTranslations(QStringLiteral("ko")), QStringLiteral("ko"));
}

static bool hasHangul(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) {
            return true;
        }
    }
    return false;
}

void TestErrorMessages::everyCodeHasAKoreanSentence()
{
    for (int code = int(ErrorCode::Network); code <= int(ErrorCode::Cancelled); ++code) {
        const QString text = ErrorMessages::describe(Error{ErrorCode(code), QStringLiteral("x"), 0});
        QVERIFY2(hasHangul(text), qPrintable(QStringLiteral("code %1: %2").arg(code).arg(text)));
    }
    QCOMPARE(ErrorMessages::describe(Error{ErrorCode::NotAFeed, QStringLiteral("no feed"), 0}).left(10),
             QStringLiteral("피드가 아닌 페이지"));
}

Error TestErrorMessages::fetchError(const QUrl& url, FetchSettings settings)
{
    FeedFetcher fetcher(settings);
    QSignalSpy done(&fetcher, &FeedFetcher::finished);
    FetchRequest request;
    request.id = 1;
    request.url = url;
    fetcher.enqueue(request);
    if (!done.wait(20000)) {
        return Error{ErrorCode::Cancelled, QStringLiteral("no answer")};
    }
    return done.takeFirst().at(0).value<FetchResult>().error;
}

void TestErrorMessages::fetcherFailuresReadAsTheIssueWordsThem()
{
    LocalHttpServer server;
    server.route("/forbidden.xml", [](const HttpRequest&) { return HttpResponse::withStatus(403); });
    server.route("/slow.xml", [](const HttpRequest&) {
        HttpResponse r = HttpResponse::ok("<rss/>");
        r.delayMs = 3000;
        return r;
    });
    QCOMPARE(ErrorMessages::describe(fetchError(server.url(QStringLiteral("/forbidden.xml")))),
             QStringLiteral("HTTP 403 — 사이트가 접근을 막았습니다"));
    FetchSettings quick;
    quick.connectTimeoutMs = 1000;
    quick.totalTimeoutMs = 30000;
    QCOMPARE(ErrorMessages::describe(fetchError(server.url(QStringLiteral("/slow.xml")), quick)),
             QStringLiteral("서버 응답 없음 (1초)"));
    // a port nobody listens on
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    const QString refused
        = ErrorMessages::describe(fetchError(QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(closedPort))));
    QVERIFY2(hasHangul(refused), qPrintable(refused));
    QCOMPARE(ErrorMessages::describe(Error{ErrorCode::Network, QStringLiteral("Connection refused"), 0}),
             QStringLiteral("서버가 연결을 거부했습니다"));
    QCOMPARE(ErrorMessages::describe(Error{ErrorCode::Network, QStringLiteral("Host example.invalid not found"), 0}),
             QStringLiteral("주소를 찾을 수 없음"));
    QCOMPARE(ErrorMessages::describe(Error{ErrorCode::Network, QStringLiteral("timed out after 30000 ms"), 0}),
             QStringLiteral("서버 응답 없음 (30초)"));
}

void TestErrorMessages::storedErrorsReadTheSame()
{
    QCOMPARE(ErrorMessages::describeStored(0, 0, {}), QString());
    QCOMPARE(ErrorMessages::describeStored(int(ErrorCode::HttpStatus) + 1, 0, QStringLiteral("HTTP 403")),
             QStringLiteral("HTTP 403 — 사이트가 접근을 막았습니다"));
    QVERIFY(hasHangul(ErrorMessages::describeStored(99, 0, QStringLiteral("from a newer Sosik"))));
}

void TestErrorMessages::navigationPaneShowsReasonAndNextTry()
{
    FeedInfo feed;
    feed.id = 7;
    feed.sourceId = 1;
    feed.sourceName = QStringLiteral("한겨레");
    feed.url = QStringLiteral("https://www.hani.co.kr/rss/economy/");
    feed.title = QStringLiteral("경제");
    feed.lastErrorCode = int(ErrorCode::Network) + 1;
    feed.lastError = QStringLiteral("timed out after 30000 ms"); // Qt's English must not reach the pane
    feed.failureCount = 4;
    feed.lastFetch = QDateTime::currentSecsSinceEpoch() - 60;
    feed.nextFetch = QDateTime::currentSecsSinceEpoch() + 3600;
    NavigationModel model;
    model.update({}, {feed});
    const QModelIndexList found
        = model.match(model.index(0, 0), NavigationModel::IdRole, qint64(7), 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    const QModelIndex item = found.front();
    QCOMPARE(item.data(NavigationModel::ReasonRole).toString(), QStringLiteral("서버 응답 없음 (30초)"));
    QVERIFY(item.data(NavigationModel::RepeatedFailureRole).toBool());
    const QString tip = item.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("서버 응답 없음 (30초)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("다음 시도")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("아직 한 번도")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("timed out")), qPrintable(tip));
    QCOMPARE(item.data(NavigationModel::NextRetryRole).toLongLong(), feed.nextFetch);
}

void TestErrorMessages::everyErrorThePaneCanShowIsKorean_data()
{
    QTest::addColumn<int>("storedCode"); // feeds.last_error_code: ErrorCode + 1
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("disabled");
    const int network = int(ErrorCode::Network) + 1;
    const int http = int(ErrorCode::HttpStatus) + 1;
    // the network details the fetcher and Qt's QNetworkReply write, one per sentence they lead to
    const QStringList details = {QStringLiteral("offline: no request made"),
                                 QStringLiteral("timed out after 30000 ms"),
                                 QStringLiteral("Socket operation timed out"),
                                 QStringLiteral("Host feeds.example.invalid not found"),
                                 QStringLiteral("Connection refused"),
                                 QStringLiteral("redirect refused: to a private address"),
                                 QStringLiteral("SSL handshake failed: The certificate has expired"),
                                 QStringLiteral("too many redirects"),
                                 QStringLiteral("Protocol \"ftp\" is unknown (not http)"),
                                 QStringLiteral("Remote host closed the connection"),
                                 QStringLiteral("Proxy connection refused"),
                                 QStringLiteral("Network unreachable"),
                                 QString()};
    for (const QString& d : details) {
        QTest::newRow(qPrintable(QStringLiteral("Network: ") + (d.isEmpty() ? QStringLiteral("(no detail)") : d)))
            << network << 0 << d << false;
    }
    for (const int status : {401, 403, 404, 410, 429, 500, 502, 503, 504, 418, 451}) {
        QTest::newRow(qPrintable(QStringLiteral("HTTP %1").arg(status)))
            << http << status << QStringLiteral("HTTP %1").arg(status) << false;
    }
    QTest::newRow("HTTP, status only in the detail") << http << 0 << QStringLiteral("HTTP 404 Not Found") << false;
    QTest::newRow("HTTP, no status at all") << http << 0 << QString() << false;
    QTest::newRow("gone for good") << http << 410 << QStringLiteral("HTTP 410") << true;
    for (const ErrorCode code :
         {ErrorCode::NotAFeed, ErrorCode::Malformed, ErrorCode::TooLarge, ErrorCode::Storage, ErrorCode::Cancelled}) {
        QTest::newRow(qPrintable(QStringLiteral("code %1").arg(int(code))))
            << int(code) + 1 << 0 << QStringLiteral("technical English the reader must not see") << false;
    }
    QTest::newRow("a code from a newer Sosik") << 99 << 0 << QStringLiteral("something new") << false;
}

// A Korean sentence: Hangul in it, and no Latin word but the names Korean writes in Latin too (HTTP 403, RSS, Atom,
// the http and https of an address).
static QString notKorean(const QString& text)
{
    if (!hasHangul(text)) {
        return QStringLiteral("no Hangul");
    }
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
    auto it = latin.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        static const QStringList names = {QStringLiteral("HTTP"),
                                          QStringLiteral("RSS"),
                                          QStringLiteral("Atom"),
                                          QStringLiteral("http"),
                                          QStringLiteral("https")};
        if (!names.contains(word)) {
            return QStringLiteral("English word \"%1\"").arg(word);
        }
    }
    return {};
}

void TestErrorMessages::everyErrorThePaneCanShowIsKorean()
{
    QFETCH(int, storedCode);
    QFETCH(int, httpStatus);
    QFETCH(QString, detail);
    QFETCH(bool, disabled);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    FeedInfo feed;
    feed.id = 7;
    feed.sourceId = 1;
    feed.sourceName = QStringLiteral("한겨레");
    feed.url = QStringLiteral("https://www.hani.co.kr/rss/economy/");
    feed.title = QStringLiteral("경제");
    feed.lastErrorCode = storedCode;
    feed.lastStatus = httpStatus;
    feed.lastError = detail;
    feed.disabled = disabled;
    feed.failureCount = 4;
    feed.failingSince = now - 7200;
    feed.lastSuccess = now - 86400;
    feed.lastFetch = now - 60;
    feed.nextFetch = now + 3600;
    NavigationModel model;
    model.update({}, {feed});
    const QModelIndexList found
        = model.match(model.index(0, 0), NavigationModel::IdRole, qint64(7), 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    const QModelIndex item = found.front();
    const QString reason = item.data(NavigationModel::ReasonRole).toString();
    QVERIFY2(notKorean(reason).isEmpty(), qPrintable(reason + QStringLiteral(": ") + notKorean(reason)));
    const QString error = item.data(NavigationModel::ErrorRole).toString();
    QVERIFY2(notKorean(error).isEmpty(), qPrintable(error + QStringLiteral(": ") + notKorean(error)));
    // every line of the tooltip but the feed's address, which is the address
    QStringList lines = item.data(Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(lines.takeLast(), feed.url);
    for (const QString& line : std::as_const(lines)) {
        QVERIFY2(notKorean(line).isEmpty(), qPrintable(line + QStringLiteral(": ") + notKorean(line)));
    }
    if (!detail.isEmpty() && !detail.startsWith(QLatin1String("HTTP"))) { // the technical English stays in the log
        QVERIFY2(!item.data(Qt::ToolTipRole).toString().contains(detail), qPrintable(detail));
    }
    const QString spoken = item.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(notKorean(spoken).isEmpty(), qPrintable(spoken + QStringLiteral(": ") + notKorean(spoken)));
}

QTEST_MAIN(TestErrorMessages)
#include "TestErrorMessages.moc"
