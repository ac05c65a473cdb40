// 설정 → 계정 on the offscreen platform (#16): add an account, see it listed with its sync error, test a connection,
// remove it. The server here is a local one that answers like a broken TT-RSS (an HTML page) or refuses the
// password, so the page's error texts are the ones a reader sees.

#include "LocalHttpServer.h"
#include "Translations.h"
#include "accounts/AccountsPage.h"
#include "accounts/PasswordVault.h"
#include "models/NavigationModel.h"
#include "render/PortalTime.h"
#include "session/AccountSync.h"
#include "store/Cache.h"
#include "views/NavigationDelegate.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace news;

class TestAccountsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsListsAndRemovesAnAccount();
    void testConnectionSaysWhatIsWrong();
    void failingSyncBacksOffLikeAFeed();
    void backOffOutlivesARestart();
    void statusNamesTheFailingAccountAmongSeveral();
    void navigationPaneElidesTheNameNotTheCount();
    // last: it loads the Korean translator
    void navigationPaneShowsTheAccountLikeAFailingFeed();

private:
    /// Adds an account on /backoff/ whose server takes its login then and refuses from its first sync on (switched
    /// where the account is added, before that sync can start). True when it was added.
    bool addRefusingAccount(AccountSync& accounts, const QString& user = QStringLiteral("reader"));

    LocalHttpServer m_server;
    bool m_serverWorks = false; // /backoff/: refuses the password until a test switches it on
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
    m_server.route("/backoff/api/", [this](const HttpRequest& request) {
        if (!m_serverWorks) {
            return HttpResponse::ok(R"({"seq":0,"status":1,"content":{"error":"LOGIN_ERROR"}})", "application/json");
        }
        // a TT-RSS account with nothing in it: a session, an API level and empty lists
        const QString op = QJsonDocument::fromJson(request.body).object().value(QLatin1String("op")).toString();
        QByteArray content = "[]";
        if (op == QLatin1String("login")) {
            content = R"({"session_id":"s1","api_level":14})";
        } else if (op == QLatin1String("getApiLevel")) {
            content = R"({"level":14})";
        } else if (op == QLatin1String("updateArticle")) {
            content = R"({"status":"OK","updated":0})";
        }
        return HttpResponse::ok(R"({"seq":0,"status":0,"content":)" + content + "}", "application/json");
    });
    m_server.route("/html/api/", [](const HttpRequest&) {
        return HttpResponse::ok("<!DOCTYPE html><html><body>Log in</body></html>", "text/html");
    });
}

namespace
{
bool opened(Cache& cache)
{
    QSignalSpy spy(&cache, &Cache::opened);
    cache.open();
    return spy.wait(20000);
}
} // namespace

bool TestAccountsPage::addRefusingAccount(AccountSync& accounts, const QString& user)
{
    m_serverWorks = true;
    const auto refuse = connect(&accounts, &AccountSync::accountAdded, this, [this] { m_serverWorks = false; });
    QSignalSpy added(&accounts, &AccountSync::accountAdded);
    accounts.addTtRss(m_server.url("/backoff/").toString(), user, QStringLiteral("pw"), true, true);
    const bool answered = added.wait(20000);
    disconnect(refuse);
    m_serverWorks = false;
    return answered && added.first().at(0).toBool();
}

void TestAccountsPage::addsListsAndRemovesAnAccount()
{
    QTemporaryDir dir;
    Cache cache(dir.path());
    QVERIFY(opened(cache));
    AccountSync accounts(&cache, std::make_shared<PasswordVault>());
    // in 설정, whose 확인 is the default button: Enter in the form must add the account, not close the dialog
    QDialog dialog;
    auto* page = new AccountsPage(&accounts, &dialog);
    auto* ok = new QPushButton(QStringLiteral("OK"), &dialog);
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    layout->addWidget(ok);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("accountKeychainWarning")));

    auto* add = page->findChild<QPushButton*>(QStringLiteral("addAccountButton"));
    QVERIFY(!add->isEnabled());
    QTRY_VERIFY(page->findChild<QLabel*>(QStringLiteral("noAccountLabel"))->isVisible()); // no bare empty box
    // a password in the clear over the network is said before it goes; loopback and https are not warned about
    auto* urlEdit = page->findChild<QLineEdit*>(QStringLiteral("accountUrlEdit"));
    auto* plain = page->findChild<QLabel*>(QStringLiteral("accountPlainHttpWarning"));
    urlEdit->setText(QStringLiteral("http://rss.example.org/tt-rss/"));
    QVERIFY(plain->isVisible());
    urlEdit->setText(QStringLiteral("https://rss.example.org/tt-rss/"));
    QVERIFY(!plain->isVisible());
    urlEdit->clear();
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("accountUrlEdit")),
                     m_server.url("/backoff").toString()); // without its final "/": kept as ".../backoff/"
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("accountUserEdit")), QStringLiteral("reader"));
    auto* password = page->findChild<QLineEdit*>(QStringLiteral("accountPasswordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("secret-words"));
    QVERIFY(add->isEnabled());
    QSignalSpy added(&accounts, &AccountSync::accountAdded);
    QSignalSpy synced(&accounts, &AccountSync::syncFinished);
    // the server refuses the password: nothing is added, and the page says why (a wrong one was stored, #16)
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(added.wait(20000));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(added.first().at(0).toBool(), false);
    auto* result = page->findChild<QLabel*>(QStringLiteral("accountResultLabel"));
    QTRY_VERIFY(result->text().contains(QStringLiteral("refused the user name or password")));
    QVERIFY(accounts.accounts().isEmpty());

    // it takes it: added, and kept as one spelling of the address
    m_serverWorks = true;
    // …and refuses from the first sync on (switched where the account is added, before that sync can start)
    const auto refuse = connect(
        &accounts, &AccountSync::accountAdded, this, [this](bool ok) { m_serverWorks = m_serverWorks && !ok; });
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 2, 20000);
    disconnect(refuse);
    QCOMPARE(added.last().at(0).toBool(), true);
    QCOMPARE(added.last().at(1).toBool(), false); // not in a keychain: in the cache, as the warning said
    QVERIFY(password->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!accounts.accounts().isEmpty(), 20000);
    QCOMPARE(accounts.accounts().front().url, m_server.url("/backoff/").toString());
    QVERIFY(urlEdit->text().isEmpty()); // a fresh form for the next account
    QTRY_VERIFY(!page->findChild<QLabel*>(QStringLiteral("noAccountLabel"))->isVisible());
    // adding syncs at once; now the server refuses the password: a clear error, in the list and the status line
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20000);
    QVERIFY(!synced.first().at(0).value<SyncSummary>().ok);
    // the same server spelt with its "/" is the same account
    QTest::keyClicks(password, QStringLiteral("secret-words"));
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("accountUserEdit")), QStringLiteral("reader"));
    urlEdit->setText(m_server.url("/backoff/").toString());
    QTRY_VERIFY_WITH_TIMEOUT(!accounts.isSyncing(), 20000);
    m_serverWorks = true;
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 3, 20000);
    m_serverWorks = false;
    QCOMPARE(added.last().at(0).toBool(), false);
    QTRY_VERIFY(result->text().contains(QStringLiteral("already an account")));

    auto* list = page->findChild<QListWidget*>(QStringLiteral("accountList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(list->item(0)->text().contains(QStringLiteral("refused the user name or password")),
                             20000);
    auto* status = page->findChild<QLabel*>(QStringLiteral("accountStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Sync failing since")), 20000);
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("secret-words")));

    list->setCurrentRow(0);
    auto* remove = page->findChild<QPushButton*>(QStringLiteral("removeAccountButton"));
    QVERIFY(remove->isEnabled());
    // it asks first; cancelled, the account stays
    QTest::mouseClick(remove, Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = page->findChild<QMessageBox*>(QStringLiteral("removeAccountQuestion"))));
    QVERIFY(question->text().contains(QStringLiteral("reader")));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page->findChild<QMessageBox*>(QStringLiteral("removeAccountQuestion")));
    QCOMPARE(list->count(), 1);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY((question = page->findChild<QMessageBox*>(QStringLiteral("removeAccountQuestion"))));
    for (QAbstractButton* b : question->buttons()) {
        if (question->buttonRole(b) == QMessageBox::DestructiveRole) {
            b->click();
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, 20000);
    QVERIFY(result->text().isEmpty()); // not "added" under a removed account
    QTRY_VERIFY(page->findChild<QLabel*>(QStringLiteral("noAccountLabel"))->isVisible());
}

void TestAccountsPage::testConnectionSaysWhatIsWrong()
{
    QTemporaryDir dir;
    Cache cache(dir.path());
    QVERIFY(opened(cache));
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

void TestAccountsPage::failingSyncBacksOffLikeAFeed()
{
    // #16: a failing account is not retried on every trigger; it waits 5 min, 10, 20, … as a failing feed does,
    // unless the reader asks; a sync that works resets it
    QTemporaryDir dir;
    Cache cache(dir.path());
    QVERIFY(opened(cache));
    AccountSync accounts(&cache, std::make_shared<PasswordVault>());
    QSignalSpy synced(&accounts, &AccountSync::syncFinished);
    const int before = m_server.requestCount("/backoff/api/");
    QVERIFY(addRefusingAccount(accounts));
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 20000);
    QVERIFY(!synced.last().at(0).value<SyncSummary>().ok);
    QTRY_VERIFY_WITH_TIMEOUT(!accounts.accounts().isEmpty() && !accounts.isSyncing(), 20000);
    const qint64 id = accounts.accounts().front().id;
    QCOMPARE(accounts.failuresInARow(id), 1);
    qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(qAbs(accounts.nextSync(id) - (now + 300)) <= 2, qPrintable(QString::number(accounts.nextSync(id) - now)));
    const int afterFirst = m_server.requestCount("/backoff/api/");
    QVERIFY(afterFirst > before);

    // the network comes back: the account waits out its back-off (no request, no sync started)
    QSignalSpy started(&accounts, &AccountSync::syncStarted);
    QSignalSpy listed(&accounts, &AccountSync::accountsChanged);
    accounts.setOffline(true);
    QCOMPARE(accounts.nextSync(id), qint64(0));
    accounts.setOffline(false);
    QVERIFY(listed.wait(20000));
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_server.requestCount("/backoff/api/"), afterFirst);

    // the reader asks: it syncs, fails again, and now waits twice as long
    accounts.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 20000);
    QCOMPARE(started.count(), 1);
    QVERIFY(m_server.requestCount("/backoff/api/") > afterFirst);
    QCOMPARE(accounts.failuresInARow(id), 2);
    now = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(qAbs(accounts.nextSync(id) - (now + 600)) <= 2, qPrintable(QString::number(accounts.nextSync(id) - now)));

    // the server works again: a success resets the back-off, the regular 15 minutes are back
    m_serverWorks = true;
    accounts.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 3, 20000);
    m_serverWorks = false;
    QVERIFY2(synced.last().at(0).value<SyncSummary>().ok,
             qPrintable(synced.last().at(0).value<SyncSummary>().error.detail));
    QCOMPARE(accounts.failuresInARow(id), 0);
    now = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(qAbs(accounts.nextSync(id) - (now + 15 * 60)) <= 2,
             qPrintable(QString::number(accounts.nextSync(id) - now)));
}

void TestAccountsPage::backOffOutlivesARestart()
{
    // #16: the back-off was kept in memory only; after a restart a failing account was tried at once, then waited
    // 5 minutes again however long it had been failing
    QTemporaryDir dir;
    qint64 id = 0;
    qint64 failedAt = 0;
    {
        Cache cache(dir.path());
        QVERIFY(opened(cache));
        AccountSync accounts(&cache, std::make_shared<PasswordVault>());
        QSignalSpy synced(&accounts, &AccountSync::syncFinished);
        QVERIFY(addRefusingAccount(accounts));
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.accounts().isEmpty() && !accounts.isSyncing(), 20000);
        id = accounts.accounts().front().id;
        accounts.syncNow(); // a second failure: 10 minutes
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 20000);
        QCOMPARE(accounts.failuresInARow(id), 2);
        failedAt = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.isSyncing(), 20000);
    }
    // the next run: the start-up sync leaves the account alone, the count and the time go on from the cache
    Cache cache(dir.path());
    QVERIFY(opened(cache));
    AccountSync accounts(&cache, std::make_shared<PasswordVault>());
    QSignalSpy started(&accounts, &AccountSync::syncStarted);
    QSignalSpy listed(&accounts, &AccountSync::accountsChanged);
    const int requests = m_server.requestCount("/backoff/api/");
    accounts.syncDue();
    QVERIFY(listed.wait(20000));
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_server.requestCount("/backoff/api/"), requests);
    QCOMPARE(accounts.failuresInARow(id), 2);
    QVERIFY2(qAbs(accounts.nextSync(id) - (failedAt + 600)) <= 3,
             qPrintable(QString::number(accounts.nextSync(id) - failedAt)));
    // the reader asks: a third failure doubles it again
    QSignalSpy synced(&accounts, &AccountSync::syncFinished);
    accounts.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 20000);
    QCOMPARE(accounts.failuresInARow(id), 3);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(qAbs(accounts.nextSync(id) - (now + 1200)) <= 2, qPrintable(QString::number(accounts.nextSync(id) - now)));
}

void TestAccountsPage::statusNamesTheFailingAccountAmongSeveral()
{
    // #16 walk: with two accounts, "Sync failing since …" did not say which one
    QTemporaryDir dir;
    Cache cache(dir.path());
    QVERIFY(opened(cache));
    AccountSync accounts(&cache, std::make_shared<PasswordVault>());
    for (const QString& user : {QStringLiteral("reader"), QStringLiteral("another")}) {
        QVERIFY(addRefusingAccount(accounts, user));
        QTRY_VERIFY_WITH_TIMEOUT(!accounts.isSyncing(), 20000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(accounts.accounts().size() == 2 && accounts.accounts().front().lastErrorCode > 0
                                 && accounts.accounts().back().lastErrorCode > 0,
                             20000);
    const QString status = accounts.statusText();
    QVERIFY2(status.contains(QStringLiteral(" at 127.0.0.1: Sync failing since")), qPrintable(status));
}

namespace
{
// what the pane paints for a row: the delegate's own option
class ShownText : public NavigationDelegate
{
public:
    using NavigationDelegate::NavigationDelegate;
    QString at(QTreeView* view, const QModelIndex& index) const
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.widget = view;
        option.rect = view->visualRect(index);
        initStyleOption(&option, index);
        return option.text;
    }
};
} // namespace

void TestAccountsPage::navigationPaneElidesTheNameNotTheCount()
{
    // #14: at 1024 px the pane is narrow; "소식데모일보  (…" lost the count. The name is elided, the count stays.
    FeedInfo feed;
    feed.id = 21;
    feed.sourceId = 7;
    feed.sourceKey = QStringLiteral("long-outlet");
    feed.sourceName = QStringLiteral("아주 긴 이름의 지역 소식 데모 일보");
    feed.title = QStringLiteral("종합");
    feed.url = QStringLiteral("https://example.org/rss");
    UnreadCounts counts;
    counts.byFeed.insert(21, 42);
    NavigationModel model;
    model.update(counts, {feed});
    QTreeView view;
    auto* delegate = new ShownText(&view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.setHeaderHidden(true);
    view.resize(130, 400);
    view.show();
    view.expandAll();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex outlet
        = model.match(model.index(0, 0), NavigationModel::IdRole, qint64(7), 1, Qt::MatchExactly | Qt::MatchRecursive)
              .value(0);
    QVERIFY(outlet.isValid());
    QCOMPARE(outlet.data().toString(), feed.sourceName + QStringLiteral("  (42)"));
    const QString shown = delegate->at(&view, outlet);
    QVERIFY2(shown.endsWith(QStringLiteral("  (42)")) && shown.contains(QChar(0x2026)), qPrintable(shown));
    QVERIFY2(view.fontMetrics().horizontalAdvance(shown) < view.visualRect(outlet).width(), qPrintable(shown));
    QVERIFY(view.horizontalScrollBar()->maximum() == 0);
    // a short one is left as it is
    const QFontMetrics fm(view.font());
    QCOMPARE(NavigationDelegate::fitted(QStringLiteral("정치"), QStringLiteral("정치  (3)"), fm, 500),
             QStringLiteral("정치  (3)"));
}

static bool hasHangul(const QString& s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

void TestAccountsPage::navigationPaneShowsTheAccountLikeAFailingFeed()
{
    // #16: an account's sync status where a feed's errors are, in Korean: what failed, since when, the next try
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(installTranslations(QStringLiteral("ko")), QStringLiteral("ko"));
    QTemporaryDir dir;
    Cache cache(dir.path());
    QVERIFY(opened(cache));
    AccountSync accounts(&cache, std::make_shared<PasswordVault>());
    AccountsPage page(&accounts);
    page.show();
    QSignalSpy synced(&accounts, &AccountSync::syncFinished);
    QVERIFY(addRefusingAccount(accounts));
    QVERIFY(synced.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!accounts.accounts().isEmpty() && accounts.accounts().front().lastErrorCode > 0
                                 && !accounts.isSyncing(),
                             20000);
    const AccountRecord account = accounts.accounts().front();
    QVERIFY(account.failingSince > 0);

    // one of its outlets, as AccountStore keys them, and a local one
    FeedInfo remote;
    remote.id = 11;
    remote.sourceId = 3;
    remote.sourceKey = QStringLiteral("account:%1:5").arg(account.id);
    remote.sourceName = QStringLiteral("원격 매체");
    remote.title = QStringLiteral("경제");
    remote.url = QStringLiteral("https://example.org/rss");
    FeedInfo local = remote;
    local.id = 12;
    local.sourceId = 4;
    local.sourceKey = QStringLiteral("local-outlet");
    local.sourceName = QStringLiteral("지역 매체");
    NavigationModel model;
    model.setAccounts(&accounts);
    model.update({}, {remote, local});
    const QModelIndexList found = model.match(
        model.index(0, 0), NavigationModel::AccountRole, account.id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    const QModelIndex item = found.front();
    QCOMPARE(item.data().toString(), QStringLiteral("동기화 · 127.0.0.1"));
    QVERIFY(!item.data(Qt::DecorationRole).value<QIcon>().isNull()); // the warning mark a failing feed has
    QVERIFY(!(model.itemFromIndex(item)->flags() & Qt::ItemIsSelectable)); // a heading, like 매체
    const QString reason = item.data(NavigationModel::ReasonRole).toString();
    QCOMPARE(reason, AccountSync::errorText(ErrorCode::HttpStatus, 401));
    QVERIFY2(hasHangul(reason), qPrintable(reason));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString since = PortalTime::localDateTime(account.failingSince, zone);
    QCOMPARE(item.data(NavigationModel::ErrorRole).toString(),
             QStringLiteral("%1부터 동기화 실패: %2").arg(since, reason));
    const qint64 next = item.data(NavigationModel::NextRetryRole).toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // the first failure backs off 5 minutes, as a feed's does
    QVERIFY2(next > now && next <= now + 5 * 60 + 1, qPrintable(QString::number(next - now)));
    const QString tip = item.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("다음 시도: ") + PortalTime::localDateTime(next, zone)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("아직 동기화하지 않음")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("reader")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("LOGIN_ERROR")), qPrintable(tip));
    QVERIFY(item.data(Qt::AccessibleTextRole).toString().contains(reason));
    // the account's outlets are listed under it, the local ones under 매체
    QCOMPARE(model.rowCount(item), 1);
    QCOMPARE(model.index(0, 0, item).data(NavigationModel::IdRole).toLongLong(), qint64(3));
    const QModelIndex localOutlet
        = model.match(model.index(0, 0), NavigationModel::IdRole, qint64(4), 1, Qt::MatchExactly | Qt::MatchRecursive)
              .value(0);
    QVERIFY(localOutlet.isValid());
    QCOMPARE(localOutlet.parent().data().toString(), QStringLiteral("매체"));
    // every outlet from the account, none local: no empty 매체 heading
    model.update({}, {remote});
    QVERIFY(model.match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("매체"), 1, Qt::MatchExactly).isEmpty());
    QCOMPARE(
        model.match(model.index(0, 0), NavigationModel::IdRole, qint64(3), 1, Qt::MatchExactly | Qt::MatchRecursive)
            .size(),
        1);

    // offline: the next try waits for the network
    QSignalSpy status(&accounts, &AccountSync::statusChanged);
    accounts.setOffline(true);
    QCOMPARE(status.count(), 1);
    model.update({}, {remote, local});
    const QModelIndex offline
        = model
              .match(
                  model.index(0, 0), NavigationModel::AccountRole, account.id, 1, Qt::MatchExactly | Qt::MatchRecursive)
              .value(0);
    QVERIFY2(offline.data(Qt::ToolTipRole).toString().contains(QStringLiteral("다음 시도: 네트워크가 돌아오면")),
             qPrintable(offline.data(Qt::ToolTipRole).toString()));

    // the status line prints the time as the rest of the window does (PortalTime), not the locale's short form
    auto* line = page.findChild<QLabel*>(QStringLiteral("accountStatusLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(line->text(),
                              QStringLiteral("%1부터 동기화 실패: %2 · 다음 시도: 네트워크가 돌아오면")
                                  .arg(PortalTime::brief(account.failingSince, zone), reason),
                              20000);
}

QTEST_MAIN(TestAccountsPage)
#include "TestAccountsPage.moc"
