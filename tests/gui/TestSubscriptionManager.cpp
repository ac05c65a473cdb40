#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "Session.h"
#include "Translations.h"
#include "settings/AppSettings.h"
#include "store/ArticleQueries.h"
#include "store/StoreWriter.h"
#include "subscriptions/SubscriptionDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace news;

namespace
{

QByteArray rss(const QString& title)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>%1</title>"
                          "<item><guid>%1-1</guid><title>%1 기사</title><link>https://news.example.kr/a/%1</link>"
                          "<description>본문</description></item></channel></rss>")
        .arg(title)
        .toUtf8();
}

QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& text)
{
    const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.front();
}

FeedInfo feedInfo(const QString& dir, const QString& url)
{
    ArticleQueries q(dir + QStringLiteral("/cache.db"));
    if (!std::holds_alternative<int>(q.open())) {
        return {};
    }
    const auto feeds = q.feeds();
    for (const FeedInfo& f : std::get<QList<FeedInfo>>(feeds)) {
        if (f.url == url) {
            return f;
        }
    }
    return {};
}

} // namespace

/// 구독 관리 and the navigation pane's "지금 다시 시도" (#15), on the real window, offscreen.
class TestSubscriptionManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void managerRenamesMovesAndUnsubscribesWithUndo();
    void failingFeedOffersTryAgainNow();

private:
    void start();
    SubscriptionDialog* openManager();

    LocalHttpServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    int m_failingHits = 0;
    QString m_good;
    QString m_other;
    QString m_failing;
};

void TestSubscriptionManager::init()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    installTranslations(QStringLiteral("ko"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_server.route("/a.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("가"))); });
    m_server.route("/b.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(QStringLiteral("나"))); });
    m_server.route("/blocked.xml", [this](const HttpRequest&) {
        ++m_failingHits;
        return HttpResponse::withStatus(403);
    });
    m_good = m_server.url(QStringLiteral("/a.xml")).toString();
    m_other = QStringLiteral("https://other.example.com/rss.xml");
    m_failing = m_server.url(QStringLiteral("/blocked.xml")).toString();
    StoreWriterCore core(m_dir->filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(core.open()));
    auto wanted = [](const QString& url, const QString& title, const QString& section, const QString& outlet) {
        NewSubscription n;
        n.url = url;
        n.title = title;
        n.section = section;
        n.outlet = outlet;
        return n;
    };
    const NewSubscription a
        = wanted(m_good, QStringLiteral("가 피드"), QStringLiteral("economy"), QStringLiteral("가 신문"));
    const NewSubscription other
        = wanted(m_other, QStringLiteral("다른 피드"), QStringLiteral("general"), QStringLiteral("다른 신문"));
    const NewSubscription failing
        = wanted(m_failing, QStringLiteral("막힌 피드"), QStringLiteral("general"), QStringLiteral("가 신문"));
    QVERIFY(std::holds_alternative<QList<SubscriptionOutcome>>(core.subscribe({a, other, failing})));
    FeedUpdate broken;
    broken.feedId = feedInfo(m_dir->path(), m_failing).id;
    broken.outcome = FetchOutcome::Failed;
    broken.httpStatus = 403;
    broken.error = Error{ErrorCode::HttpStatus, QStringLiteral("HTTP 403"), 403};
    broken.now = QDateTime::currentSecsSinceEpoch();
    core.write(broken);
}

void TestSubscriptionManager::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_appSettings.reset();
}

void TestSubscriptionManager::start()
{
    Session::Options options;
    options.dataDir = m_dir->path();
    m_session = std::make_unique<Session>(options);
    m_appSettings = std::make_unique<AppSettings>();
    m_window = std::make_unique<MainWindow>(m_session.get(), m_appSettings.get());
    m_window->show();
    QSignalSpy ready(m_session.get(), &Session::ready);
    m_session->start();
    QVERIFY(ready.count() > 0 || ready.wait(20000));
}

SubscriptionDialog* TestSubscriptionManager::openManager()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("manageSubscriptionsAction"));
    if (!action) {
        return nullptr;
    }
    action->trigger();
    return m_window->findChild<SubscriptionDialog*>(QStringLiteral("subscriptionDialog"));
}

void TestSubscriptionManager::managerRenamesMovesAndUnsubscribesWithUndo()
{
    start();
    SubscriptionDialog* dialog = openManager();
    QVERIFY(dialog);
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("subscriptionTree"));
    QTRY_VERIFY(findItem(tree, QStringLiteral("가 피드")));
    QVERIFY(findItem(tree, QStringLiteral("가 신문")));
    QVERIFY(findItem(tree, QStringLiteral("다른 신문")));
    // the failing feed says why, in Korean
    QTreeWidgetItem* blocked = findItem(tree, QStringLiteral("막힌 피드"));
    QVERIFY(blocked);
    QVERIFY2(blocked->text(2).contains(QStringLiteral("403")), qPrintable(blocked->text(2)));

    // rename: an empty name is refused with a message, a real one is written
    tree->setCurrentItem(findItem(tree, QStringLiteral("가 피드")));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("subscriptionNameEdit"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("subscriptionMessage"));
    QCOMPARE(name->text(), QStringLiteral("가 피드"));
    name->setText(QStringLiteral("   "));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!message->text().isEmpty());
    name->setText(QStringLiteral("가 경제"));
    QSignalSpy reloaded(dialog, &SubscriptionDialog::reloaded);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(findItem(tree, QStringLiteral("가 경제")));
    QTRY_COMPARE(feedInfo(m_dir->path(), m_good).title, QStringLiteral("가 경제"));

    // move to the other outlet through the outlet box
    tree->setCurrentItem(findItem(tree, QStringLiteral("가 경제")));
    auto* outlet = dialog->findChild<QComboBox*>(QStringLiteral("subscriptionOutletCombo"));
    const int target = outlet->findText(QStringLiteral("다른 신문"));
    QVERIFY(target >= 0);
    outlet->setCurrentIndex(target);
    emit outlet->activated(target);
    QTRY_COMPARE(feedInfo(m_dir->path(), m_good).sourceName, QStringLiteral("다른 신문"));
    QTRY_COMPARE(findItem(tree, QStringLiteral("가 경제"))->parent()->text(0), QStringLiteral("다른 신문"));

    // the section the reader picks
    tree->setCurrentItem(findItem(tree, QStringLiteral("가 경제")));
    auto* section = dialog->findChild<QComboBox*>(QStringLiteral("subscriptionSectionCombo"));
    const int world = section->findData(QStringLiteral("world"));
    section->setCurrentIndex(world);
    emit section->activated(world);
    QTRY_VERIFY(feedInfo(m_dir->path(), m_good).sectionFixed);
    QCOMPARE(feedInfo(m_dir->path(), m_good).section, QStringLiteral("world"));

    // an invalid address is refused before anything is fetched
    tree->setCurrentItem(findItem(tree, QStringLiteral("가 경제")));
    auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("subscriptionAddressEdit"));
    QSignalSpy checked(dialog, &SubscriptionDialog::addressChecked);
    address->setText(QStringLiteral("javascript:alert(1)"));
    QTest::keyClick(address, Qt::Key_Return);
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.front().at(0).toBool(), false);
    QCOMPARE(feedInfo(m_dir->path(), m_good).url, m_good);

    // unsubscribe: asked (starred kept by default), hidden at once, back with undo
    tree->setCurrentItem(findItem(tree, QStringLiteral("가 경제")));
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("unsubscribeQuestion") && w->isVisible()) {
                    box = qobject_cast<QMessageBox*>(w);
                }
            }
        }
        QVERIFY(box);
        QVERIFY(box->findChild<QCheckBox*>(QStringLiteral("keepStarredCheck"))->isChecked());
        box->findChild<QPushButton*>(QStringLiteral("confirmUnsubscribeButton"))->click();
    });
    dialog->findChild<QPushButton*>(QStringLiteral("unsubscribeButton"))->click();
    QTRY_VERIFY(!findItem(tree, QStringLiteral("가 경제")));
    QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("undoBar"))->isVisible());
    dialog->findChild<QPushButton*>(QStringLiteral("undoButton"))->click();
    QTRY_VERIFY(findItem(tree, QStringLiteral("가 경제")));
    QCOMPARE(feedInfo(m_dir->path(), m_good).title, QStringLiteral("가 경제")); // never removed
    // again, and this time closing the dialog carries it out
    tree->setCurrentItem(findItem(tree, QStringLiteral("가 경제")));
    QTimer::singleShot(0, this, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("unsubscribeQuestion") && w->isVisible()) {
                w->findChild<QPushButton*>(QStringLiteral("confirmUnsubscribeButton"))->click();
            }
        }
    });
    dialog->findChild<QPushButton*>(QStringLiteral("unsubscribeButton"))->click();
    QTRY_VERIFY(!findItem(tree, QStringLiteral("가 경제")));
    dialog->close();
    QTRY_COMPARE(feedInfo(m_dir->path(), m_good).id, qint64(0));
}

void TestSubscriptionManager::failingFeedOffersTryAgainNow()
{
    start();
    auto* nav = m_window->findChild<QTreeView*>(QStringLiteral("navigationView"));
    QVERIFY(nav);
    QModelIndex feed;
    QTRY_VERIFY([&] {
        const auto found = nav->model()->match(nav->model()->index(0, 0),
                                               Qt::DisplayRole,
                                               QStringLiteral("막힌 피드"),
                                               1,
                                               Qt::MatchRecursive | Qt::MatchContains);
        feed = found.isEmpty() ? QModelIndex() : found.front();
        return feed.isValid();
    }());
    nav->scrollTo(feed);
    const QPoint at = nav->visualRect(feed).center();
    QStringList shown;
    QTimer::singleShot(0, this, [&shown] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction* retry = nullptr;
        for (QAction* a : menu->actions()) {
            shown << a->text();
            if (a->objectName() == QLatin1String("retryFeedAction")) {
                retry = a;
            }
        }
        QVERIFY(retry);
        menu->close();
        retry->trigger();
    });
    const int before = m_failingHits;
    QSignalSpy finished(m_session.get(), &Session::refreshFinished);
    emit nav->customContextMenuRequested(at);
    const QString all = shown.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("403")), qPrintable(all)); // the reason, in Korean
    QVERIFY2(all.contains(QStringLiteral("다시 시도")), qPrintable(all));
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    QCOMPARE(m_failingHits, before + 1); // tried at once, past its back-off
}

QTEST_MAIN(TestSubscriptionManager)
#include "TestSubscriptionManager.moc"
