// 설정 → 계정 on the offscreen platform (#16): add an account, see it listed with its sync error, test a connection,
// remove it. The server here is a local one that answers like a broken TT-RSS (an HTML page) or refuses the
// password, so the page's error texts are the ones a reader sees.

#include "LocalHttpServer.h"
#include "accounts/AccountsPage.h"
#include "accounts/PasswordVault.h"
#include "session/AccountSync.h"
#include "store/Cache.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace news;

class TestAccountsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsListsAndRemovesAnAccount();
    void testConnectionSaysWhatIsWrong();

private:
    LocalHttpServer m_server;
};

void TestAccountsPage::initTestCase()
{
    qputenv("SOSIK_NO_KEYCHAIN", "1"); // no Secret Service here: the page must warn and keep the password itself
    QLocale::setDefault(QLocale(QLocale::English));
    m_server.route("/tt-rss/api/", [](const HttpRequest& request) {
        if (request.method != "POST") {
            return HttpResponse::withStatus(405);
        }
        return HttpResponse::ok(R"({"seq":0,"status":1,"content":{"error":"LOGIN_ERROR"}})", "application/json");
    });
    m_server.route("/html/api/", [](const HttpRequest&) {
        return HttpResponse::ok("<!DOCTYPE html><html><body>Log in</body></html>", "text/html");
    });
}

void TestAccountsPage::addsListsAndRemovesAnAccount()
{
    QTemporaryDir dir;
    Cache cache(dir.path());
    QSignalSpy opened(&cache, &Cache::opened);
    cache.open();
    QVERIFY(opened.wait(20000));
    AccountSync accounts(&cache, std::make_shared<PasswordVault>());
    AccountsPage page(&accounts);
    page.show();
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("accountKeychainWarning")));

    auto* add = page.findChild<QPushButton*>(QStringLiteral("addAccountButton"));
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("accountUrlEdit")), m_server.url("/tt-rss/").toString());
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("accountUserEdit")), QStringLiteral("reader"));
    auto* password = page.findChild<QLineEdit*>(QStringLiteral("accountPasswordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("secret-words"));
    QVERIFY(add->isEnabled());
    QSignalSpy added(&accounts, &AccountSync::accountAdded);
    QSignalSpy synced(&accounts, &AccountSync::syncFinished);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(added.wait(20000));
    QCOMPARE(added.first().at(0).toBool(), true);
    QCOMPARE(added.first().at(1).toBool(), false); // not in a keychain: in the cache, as the warning said
    QVERIFY(password->text().isEmpty());

    // adding syncs at once; this server refuses the password: a clear error, in the list and the status line
    QVERIFY(synced.wait(20000));
    QVERIFY(!synced.first().at(0).value<SyncSummary>().ok);
    auto* list = page.findChild<QListWidget*>(QStringLiteral("accountList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(list->item(0)->text().contains(QStringLiteral("refused the user name or password")),
                             20000);
    auto* status = page.findChild<QLabel*>(QStringLiteral("accountStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Sync failing since")), 20000);
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("secret-words")));

    list->setCurrentRow(0);
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("removeAccountButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, 20000);
}

void TestAccountsPage::testConnectionSaysWhatIsWrong()
{
    QTemporaryDir dir;
    Cache cache(dir.path());
    QSignalSpy opened(&cache, &Cache::opened);
    cache.open();
    QVERIFY(opened.wait(20000));
    AccountSync accounts(&cache, std::make_shared<PasswordVault>());
    AccountsPage page(&accounts);
    page.show();
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("accountUrlEdit")), m_server.url("/html/").toString());
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("accountUserEdit")), QStringLiteral("reader"));
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("accountPasswordEdit")), QStringLiteral("pw"));
    QSignalSpy tested(&accounts, &AccountSync::connectionTested);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("accountResultLabel"))->text(),
             QStringLiteral("The address does not answer like a Tiny Tiny RSS server."));
}

QTEST_MAIN(TestAccountsPage)
#include "TestAccountsPage.moc"
