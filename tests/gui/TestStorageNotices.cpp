// The window's side of #17 §7: a cache damaged on disk is noticed, the window offers to rebuild it, and the
// rebuild keeps the damaged file as a backup and the subscriptions. A real SQLite file is damaged on disk, a real
// refresh from a local server runs into it, and the real dialog is answered.

#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "StorageNotices.h"
#include "StoreFixture.h"
#include "Translations.h"
#include "models/ArticleListModel.h"
#include "refresh/RefreshEngine.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"
#include "views/ArticleView.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace news;

namespace
{

QByteArray rss(int fetch, int items = 200, int bodyRepeat = 60)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>소식일보</title>"
                     "<link>https://news.example/</link>";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // a new item at each fetch, so that every refresh writes
    for (int i = -fetch; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "<item><title>기사 " + n + "</title><link>https://news.example/a/" + n + "</link><guid>a" + n
            + "</guid><pubDate>" + QDateTime::fromSecsSinceEpoch(now - i * 60).toString(Qt::RFC2822Date).toUtf8()
            + "</pubDate><description>" + QByteArray("본문입니다. ").repeated(bodyRepeat) + "</description></item>";
    }
    return out + "</channel></rss>";
}

// A session on `dataDir` that syncs no account and fetches no page or image.
Session::Options quietOptions(const QString& dataDir)
{
    Session::Options options;
    options.dataDir = dataDir;
    options.syncAccounts = false;
    options.fullText = false;
    options.images = false;
    return options;
}

// Subscribes the cache of `options` to `feed` and refreshes it once in a session that is gone when this returns
// (its last connection folds the WAL into the file); the new items, or -1 when that failed.
int firstRefresh(const Session::Options& options, const QUrl& feed)
{
    {
        StoreWriterCore core(QDir(options.dataDir).filePath(QStringLiteral("cache.db")));
        if (storefixture::openWithFeeds(core, {{feed.toString(), "economy"}}).size() != 1) {
            return -1;
        }
    }
    Session first(options);
    QSignalSpy ready(&first, &Session::ready);
    first.start();
    if (!ready.wait(20000)) {
        return -1;
    }
    QSignalSpy refreshed(&first, &Session::refreshFinished);
    first.refresh();
    if (!refreshed.wait(60000)) {
        return -1;
    }
    return refreshed.first().at(0).value<RefreshSummary>().progress.newItems;
}

bool tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestStorageNotices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedCacheIsOfferedARebuild();
    void fullDiskIsSaidInKorean();
    void readOnlyFolderIsShownAndSaidInKorean();
    void otherStorageErrorsAreSaidInKorean_data();
    void otherStorageErrorsAreSaidInKorean();

private:
    QTemporaryDir m_settings;
};

void TestStorageNotices::init()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
    installTranslations(QStringLiteral("ko"));
}

void TestStorageNotices::damagedCacheIsOfferedARebuild()
{
    LocalHttpServer server;
    int fetches = 0;
    server.route("/feed.xml", [&fetches](const HttpRequest&) { return HttpResponse::ok(rss(++fetches)); });
    QTemporaryDir data;
    const QString db = data.filePath(QStringLiteral("cache.db"));
    const Session::Options options = quietOptions(data.path());
    QVERIFY(firstRefresh(options, server.url(QStringLiteral("/feed.xml"))) > 150);
    QVERIFY(storefixture::damagePage(db, QStringLiteral("articles")));

    Session session(options);
    AppSettings settings;
    // a session without sync accounts: the window wires none of their signals ("invalid nullptr parameter", #14)
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QObject::connect")));
    MainWindow window(&session, &settings);
    window.show();
    session.start();
    // the damage shows on opening or on the next write: either way the window offers the rebuild
    QSignalSpy ready(&session, &Session::ready);
    if (ready.wait(20000)) {
        RefreshScope all;
        all.force = true;
        session.refresh(all);
    }
    QMessageBox* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QMessageBox*>(QStringLiteral("recoveryDialog"))), 60000);
    QVERIFY(dialog->text().contains(QDir::toNativeSeparators(data.path())));
    QAbstractButton* rebuild = nullptr;
    for (QAbstractButton* b : dialog->buttons()) {
        if (dialog->buttonRole(b) == QMessageBox::AcceptRole) {
            rebuild = b;
        }
    }
    QVERIFY(rebuild);
    QCOMPARE(rebuild->text(), QStringLiteral("캐시 다시 만들기"));
    QSignalSpy recovered(&session, &Session::recovered);
    rebuild->click();
    QVERIFY(recovered.wait(60000));
    QVERIFY2(recovered.first().at(0).toBool(), qPrintable(recovered.first().at(1).toString()));
    const QString backup = recovered.first().at(1).toString();
    QVERIFY(QFile::exists(backup));
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusText"));
    QVERIFY(status);
    QTRY_VERIFY(status->text().contains(QDir::toNativeSeparators(backup)));
    QVERIFY2(status->text().startsWith(QStringLiteral("캐시를 다시 만들었습니다")), qPrintable(status->text()));

    // the subscription is kept, and the rebuilt cache takes a refresh again
    ArticleQueries queries(session.cache()->databasePath());
    QVERIFY(std::holds_alternative<int>(queries.open()));
    const auto feeds = queries.feeds();
    QVERIFY(std::holds_alternative<QList<FeedInfo>>(feeds));
    QCOMPARE(std::get<QList<FeedInfo>>(feeds).size(), 1);
    QSignalSpy refreshed(&session, &Session::refreshFinished);
    RefreshScope all;
    all.force = true;
    session.refresh(all);
    QVERIFY(refreshed.wait(60000));
    QVERIFY(refreshed.first().at(0).value<RefreshSummary>().progress.newItems > 0);
}

// #17 §8: a refresh that fills the disk says so, in Korean, with the folder; not SQLite's rollback text
void TestStorageNotices::fullDiskIsSaidInKorean()
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) {
        QSKIP("a full disk is simulated with a small tmpfs, which needs root");
    }
#else
    QSKIP("a full disk is simulated with a small tmpfs (Linux)");
#endif
    QTemporaryDir parent;
    const QString mount = parent.filePath(QStringLiteral("small"));
    QDir().mkpath(mount);
    if (!tool(QStringLiteral("mount"),
              {QStringLiteral("-t"),
               QStringLiteral("tmpfs"),
               QStringLiteral("-o"),
               QStringLiteral("size=2m"),
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
    server.route("/feed.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(0, 400, 500)); }); // ~3 MB
    const QString data = QDir(mount).filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    {
        StoreWriterCore core(QDir(data).filePath(QStringLiteral("cache.db")));
        QCOMPARE(
            storefixture::openWithFeeds(core, {{server.url(QStringLiteral("/feed.xml")).toString(), "economy"}}).size(),
            1);
    }
    Session::Options options;
    options.dataDir = data;
    options.syncAccounts = false;
    options.fullText = false;
    options.images = false;
    Session session(options);
    AppSettings settings;
    // a session without sync accounts: the window wires none of their signals ("invalid nullptr parameter", #14)
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QObject::connect")));
    MainWindow window(&session, &settings);
    window.show();
    QSignalSpy ready(&session, &Session::ready);
    session.start();
    QVERIFY(ready.wait(20000));
    QSignalSpy storageError(&session, &Session::storageError);
    session.refresh();
    QVERIFY(storageError.wait(60000));
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusText"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("디스크가 가득 찼습니다")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(data)), qPrintable(status->text()));
    QVERIFY2(!status->text().contains(QLatin1String("rollback")), qPrintable(status->text()));
}

// #17 §12 in the window: a data folder nothing can be written to opens read-only. The window lists and opens what
// it holds and says once, in Korean, that nothing can be saved; opening an article (which marks it read) must not
// replace that notice by a storage error of the writer that never opened.
void TestStorageNotices::readOnlyFolderIsShownAndSaidInKorean()
{
    LocalHttpServer server;
    server.route("/feed.xml", [](const HttpRequest&) { return HttpResponse::ok(rss(0, 20, 5)); });
    QTemporaryDir data;
    const Session::Options options = quietOptions(data.path());
    QCOMPARE(firstRefresh(options, server.url(QStringLiteral("/feed.xml"))), 20); // then the WAL is folded in
    QStringList locked{data.path()};
    for (const QString& name : QDir(data.path()).entryList(QDir::Files)) {
        locked.prepend(data.filePath(name));
    }
    const storefixture::ImmutableGuard lock(locked);
    if (!lock.locked) {
        QSKIP("no read-only folder on this system (as root: chattr +i failed; on Windows folders stay writable)");
    }

    Session session(options);
    AppSettings settings;
    MainWindow window(&session, &settings);
    window.show();
    QSignalSpy readOnly(&session, &Session::readOnlyOpened);
    QSignalSpy storageError(&session, &Session::storageError);
    session.start();
    QVERIFY(readOnly.wait(20000));
    QVERIFY(session.isReadOnly());
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusText"));
    QVERIFY(status);
    const QString notice
        = QStringLiteral("데이터 폴더 %1은(는) 읽기 전용입니다").arg(QDir::toNativeSeparators(data.path()));
    QTRY_VERIFY2(status->text().startsWith(notice), qPrintable(status->text()));

    // what the folder holds is listed and opens; the read mark stays in the list (nothing can store it)
    auto* list = window.findChild<QListView*>(QStringLiteral("articleListView"));
    QVERIFY(list);
    QTRY_COMPARE(list->model()->rowCount(), 20);
    const QModelIndex first = list->model()->index(0, 0);
    const QString headline = first.data().toString();
    QVERIFY(!first.data(ArticleListModel::ReadRole).toBool());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
    QTRY_VERIFY(window.articleView()->toPlainText().contains(headline));
    QVERIFY(first.data(ArticleListModel::ReadRole).toBool());
    // the writer has taken (and dropped) the read mark once this comes back
    bool written = false;
    session.cache()->whenWritten(this, [&written] { written = true; });
    QTRY_VERIFY(written);
    QCoreApplication::processEvents();
    QVERIFY2(storageError.isEmpty(), qPrintable(storageError.value(0).value(0).toString()));
    QVERIFY2(status->text().startsWith(notice), qPrintable(status->text()));

    // a refresh is not even tried: nothing could be kept
    QSignalSpy refreshStarted(&session, &Session::refreshStarted);
    session.refresh();
    QCoreApplication::processEvents();
    QVERIFY(refreshStarted.isEmpty());
    QVERIFY2(status->text().startsWith(notice), qPrintable(status->text()));
}

void TestStorageNotices::otherStorageErrorsAreSaidInKorean_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("says");
    QTest::newRow("constraint") << QStringLiteral("UNIQUE constraint failed: account_feeds.feed_id Unable to fetch row")
                                << QStringLiteral("저장하지 못했습니다");
    QTest::newRow("locked") << QStringLiteral("database is locked Unable to fetch row") << QStringLiteral("사용");
    QTest::newRow("i/o") << QStringLiteral("disk I/O error Unable to fetch row") << QStringLiteral("디스크");
}

void TestStorageNotices::otherStorageErrorsAreSaidInKorean()
{
    // #16's walk: the status bar showed SQLite's own English ("UNIQUE constraint failed: …")
    QFETCH(QString, detail);
    QFETCH(QString, says);
    const QString shown = StorageNotices::message(detail, QStringLiteral("/home/reader/.local/share/sosik"));
    QVERIFY2(shown.contains(says), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("Unable")) && !shown.contains(QLatin1String("constraint"))
                 && !shown.contains(QLatin1String("locked")) && !shown.contains(QLatin1String("I/O")),
             qPrintable(shown));
}

QTEST_MAIN(TestStorageNotices)
#include "TestStorageNotices.moc"
