// Sync bookkeeping without a server (#16): the queue the triggers fill, the conflict rule, and migrations that land
// out of order.

#include "store/AccountStore.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace news;

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migrationsThatLandLaterStillRun();
    void localChangesAreQueuedInTheirTransaction();
    void changesFromTheServerAreNotSentBack();
    void resubscribedFeedTakesOverItsKeptCopy();
    void aRemovedAccountLeavesNoPasswordBehind();
    void goneFeedsAndAccountsLeaveNoWordsInTheSearchIndex();
    void aStarredArticleOfAnUnlistedFeedIsKept();
    void aStarTheServerDroppedStays();
    void conflictRule_data();
    void conflictRule();

private:
    qint64 setUpAccount(); // one account, one feed, two articles a1 (unread) and a2 (read, starred) on the server
    qint64 local(const QString& remoteId);
    bool localFlag(const QString& remoteId, const char* column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWriterCore> m_core;
    qint64 m_account = 0;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_core = std::make_unique<StoreWriterCore>(m_dir->filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(m_core->open()));
}

void TestAccountStore::cleanup()
{
    m_core.reset();
    m_dir.reset();
}

qint64 TestAccountStore::setUpAccount()
{
    AccountRecord a;
    a.url = QStringLiteral("http://127.0.0.1:1/");
    static int accounts = 0; // one user name per account: a test may set up a second one
    a.username = QStringLiteral("reader%1").arg(++accounts);
    const auto added = AccountStore::addAccount(*m_core, a, 1000);
    if (!std::holds_alternative<qint64>(added)) {
        return 0;
    }
    m_account = std::get<qint64>(added);
    const auto subs = AccountStore::applySubscriptions(*m_core,
                                                       m_account,
                                                       {RemoteFeed{QStringLiteral("7"),
                                                                   QStringLiteral("소식경제"),
                                                                   QStringLiteral("https://e.test/rss"),
                                                                   {},
                                                                   QStringLiteral("경제"),
                                                                   {}}},
                                                       1000);
    if (!std::holds_alternative<AccountStore::SubscriptionChange>(subs)) {
        return 0;
    }
    RemoteArticle a1;
    a1.id = QStringLiteral("101");
    a1.feedId = QStringLiteral("7");
    a1.title = QStringLiteral("수출 증가");
    a1.link = QStringLiteral("https://e.test/1");
    a1.content = QStringLiteral("<p>&#49688;&#52636;&#51060; &#45720;&#50632;&#45796;.</p>"); // 수출이 늘었다.
    a1.published = QDateTime::currentDateTimeUtc();
    RemoteArticle a2 = a1;
    a2.id = QStringLiteral("102");
    a2.link = QStringLiteral("https://e.test/2");
    a2.title = QStringLiteral("환율 안정");
    a2.unread = false;
    a2.starred = true;
    const auto written = AccountStore::writeArticles(*m_core, m_account, {a1, a2}, 1000);
    if (!std::holds_alternative<ArticleWrite>(written) || std::get<ArticleWrite>(written).newItems != 2) {
        return 0;
    }
    return m_account;
}

void TestAccountStore::resubscribedFeedTakesOverItsKeptCopy()
{
    // #16, seen against a real server: a feed with a starred article is unsubscribed there (kept here, disabled),
    // then subscribed again, and tt-rss gives it a new id. Every sync after that failed with "UNIQUE constraint
    // failed: account_feeds.feed_id", and nothing went up any more.
    QVERIFY(setUpAccount());
    const auto gone = AccountStore::applySubscriptions(*m_core, m_account, {}, 1100);
    QVERIFY(std::holds_alternative<AccountStore::SubscriptionChange>(gone));
    QCOMPARE(std::get<AccountStore::SubscriptionChange>(gone).kept, 1);
    const RemoteFeed again{QStringLiteral("8"),
                           QStringLiteral("소식경제"),
                           QStringLiteral("https://e.test/rss"),
                           {},
                           QStringLiteral("경제"),
                           {}};
    for (int sync = 0; sync < 2; ++sync) { // the sync that subscribes it again, and the next one
        const auto back = AccountStore::applySubscriptions(*m_core, m_account, {again}, 1200 + sync);
        const Error* failed = std::get_if<Error>(&back);
        QVERIFY2(!failed, failed ? qPrintable(failed->detail) : "");
        QCOMPARE(std::get<AccountStore::SubscriptionChange>(back).kept, 0);
        QCOMPARE(std::get<AccountStore::SubscriptionChange>(back).removed, 0);
    }
    QSqlQuery q(m_core->database());
    QVERIFY(q.exec(QStringLiteral("SELECT af.remote_id, f.disabled, (SELECT COUNT(*) FROM sources WHERE kind = "
                                  "'account') FROM account_feeds af JOIN feeds f ON f.id = af.feed_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("8"));
    QCOMPARE(q.value(1).toInt(), 0); // enabled again
    QCOMPARE(q.value(2).toInt(), 1); // one outlet, not an empty one beside it
    QVERIFY(!q.next());
    // the starred article is still there and starred, and new articles of the new id land in the same feed
    QVERIFY(localFlag(QStringLiteral("102"), "starred"));
    RemoteArticle a3;
    a3.id = QStringLiteral("103");
    a3.feedId = QStringLiteral("8");
    a3.title = QStringLiteral("금리 동결");
    a3.link = QStringLiteral("https://e.test/3");
    a3.content = QStringLiteral("<p>금리가 동결됐다.</p>");
    a3.published = QDateTime::currentDateTimeUtc();
    const auto written = AccountStore::writeArticles(*m_core, m_account, {a3}, 1300);
    QVERIFY(std::holds_alternative<ArticleWrite>(written));
    QCOMPARE(std::get<ArticleWrite>(written).newItems, 1);
}

void TestAccountStore::aRemovedAccountLeavesNoPasswordBehind()
{
    // #16, seen on a real profile: the cache was 0644 (any user could read the password kept there without a
    // keychain), and after the account was removed the password was still in the write-ahead log, 13 times
    const QString path = m_dir->filePath(QStringLiteral("cache.db"));
#ifdef Q_OS_UNIX
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal")}) {
        const QFileDevice::Permissions others
            = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file));
    }
#endif
    QVERIFY(setUpAccount());
    const QByteArray secret = "pw-only-the-owner-knows-3141";
    for (int round = 0; round < 3; ++round) { // set it a few times: copies in several log frames
        QVERIFY(std::holds_alternative<bool>(
            AccountStore::setSecret(*m_core, m_account, QString::fromLatin1(secret), false)));
    }
    const auto holds = [&path, &secret] {
        QStringList where;
        for (const QString& file : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret)) {
                where << file;
            }
        }
        return where;
    };
    QVERIFY(!holds().isEmpty()); // the test would see it: it is there before
    const auto removed = AccountStore::removeAccount(*m_core, m_account);
    QVERIFY(std::holds_alternative<bool>(removed) && std::get<bool>(removed));
    QVERIFY2(holds().isEmpty(), qPrintable(holds().join(u',')));
}

void TestAccountStore::goneFeedsAndAccountsLeaveNoWordsInTheSearchIndex()
{
    // an account's feed unsubscribed on the server, or the whole account removed, went by a cascade from its source
    // that the contentless search index cannot follow: the words of the deleted articles stayed, to be found again
    // on whichever article next took their row id (#12's stale index, by another road)
    QVERIFY(setUpAccount());
    QSqlQuery unstar(m_core->database());
    QVERIFY(unstar.exec(QStringLiteral("UPDATE article_status SET starred = 0"))); // nothing holds the feed here
    const auto gone = AccountStore::applySubscriptions(*m_core, m_account, {}, 1100);
    QVERIFY(std::holds_alternative<AccountStore::SubscriptionChange>(gone));
    QCOMPARE(std::get<AccountStore::SubscriptionChange>(gone).removed, 1);
    QSqlQuery count(m_core->database());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    count.finish(); // a live statement would keep the check from dropping its temporary tables
    auto check = m_core->checkSearchIndex();
    QVERIFY2(std::holds_alternative<bool>(check) && std::get<bool>(check),
             std::holds_alternative<Error>(check) ? qPrintable(std::get<Error>(check).detail) : "stale words");

    QVERIFY(setUpAccount());
    const auto removed = AccountStore::removeAccount(*m_core, m_account);
    QVERIFY(std::holds_alternative<bool>(removed) && std::get<bool>(removed));
    check = m_core->checkSearchIndex();
    QVERIFY2(std::holds_alternative<bool>(check) && std::get<bool>(check),
             std::holds_alternative<Error>(check) ? qPrintable(std::get<Error>(check).detail) : "stale words");
}

void TestAccountStore::aStarredArticleOfAnUnlistedFeedIsKept()
{
    // tt-rss moves a starred article to its Archived feed when its feed is unsubscribed: a feed the subscriptions
    // do not list. It was skipped, so the star never reached the scrapbook (#16, seen against the real server)
    QVERIFY(setUpAccount());
    RemoteArticle archived;
    archived.id = QStringLiteral("201");
    archived.feedId = QStringLiteral("0");
    archived.title = QStringLiteral("보관된 기사");
    archived.link = QStringLiteral("https://gone.test/1");
    archived.content = QStringLiteral("<p>구독을 취소한 피드의 기사.</p>");
    archived.published = QDateTime::currentDateTimeUtc();
    archived.starred = true;
    RemoteArticle plain = archived;
    plain.id = QStringLiteral("202");
    plain.link = QStringLiteral("https://gone.test/2");
    plain.starred = false;
    const auto written = AccountStore::writeArticles(*m_core, m_account, {archived, plain}, 1100);
    QVERIFY(std::holds_alternative<ArticleWrite>(written));
    QCOMPARE(std::get<ArticleWrite>(written).newItems, 1);
    QVERIFY(localFlag(QStringLiteral("201"), "starred"));
    QCOMPARE(local(QStringLiteral("202")), 0); // an unstarred article of an unlisted feed is still skipped
    QSqlQuery q(m_core->database());
    q.prepare(QStringLiteral("SELECT f.kind FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?"));
    q.addBindValue(local(QStringLiteral("201")));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
}

void TestAccountStore::aStarTheServerDroppedStays()
{
    QVERIFY(setUpAccount());
    // 102 is starred here and was at the last sync; the server's complete list no longer names it
    RemoteState state;
    state.unread = {QStringLiteral("101")};
    const auto check = AccountStore::starsToCheck(*m_core, m_account, state);
    QVERIFY(std::holds_alternative<AccountStore::StarCheck>(check));
    QCOMPARE(std::get<AccountStore::StarCheck>(check).unstarred, QStringList{QStringLiteral("102")});
    QVERIFY(std::get<AccountStore::StarCheck>(check).missing.isEmpty());
    // asked about it, the server no longer has it at all
    state.gone = {QStringLiteral("102")};
    auto merge = AccountStore::mergeState(*m_core, m_account, state, {});
    QVERIFY(std::holds_alternative<StateMerge>(merge));
    QCOMPARE(std::get<StateMerge>(merge).unstarredDown, 0);
    QCOMPARE(std::get<StateMerge>(merge).keptGone, 1);
    QVERIFY(localFlag(QStringLiteral("102"), "starred"));
    // and the next sync, whose lists still leave it out, has nothing to ask and changes nothing
    state.gone.clear();
    const auto again = AccountStore::starsToCheck(*m_core, m_account, state);
    QVERIFY(std::get<AccountStore::StarCheck>(again).unstarred.isEmpty());
    merge = AccountStore::mergeState(*m_core, m_account, state, {});
    QCOMPARE(std::get<StateMerge>(merge).unstarredDown + std::get<StateMerge>(merge).readDown, 0);
    QVERIFY(localFlag(QStringLiteral("102"), "starred"));
    // a list that names a starred article not held here asks for it
    state.starred = {QStringLiteral("999")};
    const auto missing = AccountStore::starsToCheck(*m_core, m_account, state);
    QCOMPARE(std::get<AccountStore::StarCheck>(missing).missing, QStringList{QStringLiteral("999")});
}

qint64 TestAccountStore::local(const QString& remoteId)
{
    QSqlQuery q(m_core->database());
    q.prepare(QStringLiteral("SELECT article_id FROM account_articles WHERE remote_id = ?"));
    q.addBindValue(remoteId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool TestAccountStore::localFlag(const QString& remoteId, const char* column)
{
    QSqlQuery q(m_core->database());
    q.prepare(QStringLiteral("SELECT COALESCE(s.%1, 0) FROM account_articles aa LEFT JOIN article_status s ON "
                             "s.article_id = aa.article_id WHERE aa.remote_id = ?")
                  .arg(QLatin1String(column)));
    q.addBindValue(remoteId);
    return q.exec() && q.next() && q.value(0).toBool();
}

void TestAccountStore::migrationsThatLandLaterStillRun()
{
    QSqlQuery q(m_core->database());
    QVERIFY(q.exec(QStringLiteral("SELECT number FROM schema_migrations ORDER BY number")));
    QList<int> numbers;
    while (q.next()) {
        numbers << q.value(0).toInt();
    }
    QVERIFY(numbers.contains(1) && numbers.contains(4) && numbers.contains(7));
    // as if migration 2 had landed after 7: not recorded, its table missing
    QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE number = 2")));
    QVERIFY(q.exec(QStringLiteral("DROP TABLE settings")));
    QVERIFY(q.exec(QStringLiteral("DROP INDEX media_by_url")));
    q.finish();
    m_core = std::make_unique<StoreWriterCore>(m_dir->filePath(QStringLiteral("cache.db")));
    QVERIFY(std::holds_alternative<int>(m_core->open()));
    QSqlQuery again(m_core->database());
    QVERIFY(again.exec(QStringLiteral("SELECT COUNT(*) FROM settings")));
    QVERIFY(again.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE number = 2")) && again.next());
    QCOMPARE(again.value(0).toInt(), 1);
    QVERIFY(again.exec(QStringLiteral("PRAGMA user_version")) && again.next());
    QCOMPARE(again.value(0).toInt(), Database::kSchemaVersion);
}

void TestAccountStore::localChangesAreQueuedInTheirTransaction()
{
    QVERIFY(setUpAccount() > 0);
    // what came down with the articles is not queued
    auto queued = std::get<QueuedChanges>(AccountStore::queuedChanges(*m_core, m_account));
    QCOMPARE(queued.changes.size(), 0);
    QVERIFY(localFlag(QStringLiteral("102"), "read"));
    QVERIFY(localFlag(QStringLiteral("102"), "starred"));

    QVERIFY(
        std::holds_alternative<int>(m_core->setStatus({local(QStringLiteral("101"))}, StatusField::Read, true, 2000)));
    QVERIFY(
        std::holds_alternative<int>(m_core->setStatus({local(QStringLiteral("101"))}, StatusField::Read, false, 2001)));
    QVERIFY(
        std::holds_alternative<int>(m_core->setStatus({local(QStringLiteral("101"))}, StatusField::Read, true, 2002)));
    QVERIFY(std::holds_alternative<int>(
        m_core->setStatus({local(QStringLiteral("102"))}, StatusField::Starred, false, 2003)));
    queued = std::get<QueuedChanges>(AccountStore::queuedChanges(*m_core, m_account));
    QCOMPARE(queued.changes.size(), 2); // the last value per article and flag
    QCOMPARE(queued.changes.at(0).articleId, QStringLiteral("101"));
    QCOMPARE(queued.changes.at(0).value, true);
    QCOMPARE(queued.changes.at(1).field, StateChange::Field::Starred);
    QCOMPARE(queued.changes.at(1).value, false);

    // the search index has the article as Korean text (the server sends numeric character references)
    QSqlQuery q(m_core->database());
    QVERIFY(q.exec(QStringLiteral("SELECT content FROM articles WHERE id = %1").arg(local(QStringLiteral("101")))));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QStringLiteral("수출이 늘었다")), qPrintable(q.value(0).toString()));
}

void TestAccountStore::changesFromTheServerAreNotSentBack()
{
    QVERIFY(setUpAccount() > 0);
    RemoteState state;
    state.unread = QStringList{}; // 101 read on another device
    state.starred = QStringList{QStringLiteral("101"), QStringLiteral("102")};
    const auto queued = std::get<QueuedChanges>(AccountStore::queuedChanges(*m_core, m_account));
    const auto merge = std::get<StateMerge>(AccountStore::mergeState(*m_core, m_account, state, queued));
    QCOMPARE(merge.readDown, 1);
    QCOMPARE(merge.starredDown, 1);
    QCOMPARE(merge.up.size(), 0);
    QVERIFY(localFlag(QStringLiteral("101"), "read"));
    QVERIFY(localFlag(QStringLiteral("101"), "starred"));
    QCOMPARE(std::get<QueuedChanges>(AccountStore::queuedChanges(*m_core, m_account)).changes.size(), 0);
}

void TestAccountStore::conflictRule_data()
{
    // a2 ("102") is starred on the server and here at the last sync
    QTest::addColumn<bool>("unstarHere");
    QTest::addColumn<bool>("starredThere");
    QTest::addColumn<bool>("starredAfter");
    QTest::addColumn<int>("unstarsSent");
    QTest::newRow("unstarred here only: goes up") << true << true << false << 1;
    QTest::newRow("unstarred there only: comes down") << false << false << false << 0;
    QTest::newRow("unstarred on both sides: nothing to send") << true << false << false << 0;
    QTest::newRow("starred on both sides: nothing changes") << false << true << true << 0;
}

void TestAccountStore::conflictRule()
{
    QFETCH(bool, unstarHere);
    QFETCH(bool, starredThere);
    QFETCH(bool, starredAfter);
    QFETCH(int, unstarsSent);
    QVERIFY(setUpAccount() > 0);
    if (unstarHere) {
        QVERIFY(std::holds_alternative<int>(
            m_core->setStatus({local(QStringLiteral("102"))}, StatusField::Starred, false, 2000)));
    }
    RemoteState state;
    state.unread = QStringList{QStringLiteral("101")};
    if (starredThere) {
        state.starred = QStringList{QStringLiteral("102")};
    }
    const auto queued = std::get<QueuedChanges>(AccountStore::queuedChanges(*m_core, m_account));
    const auto merge = std::get<StateMerge>(AccountStore::mergeState(*m_core, m_account, state, queued));
    int unstars = 0;
    for (const StateChange& c : merge.up) {
        unstars += c.field == StateChange::Field::Starred && !c.value ? 1 : 0;
    }
    QCOMPARE(unstars, unstarsSent);
    QVERIFY(std::holds_alternative<bool>(AccountStore::confirmSent(*m_core, m_account, queued.maxId, merge.up)));
    QCOMPARE(localFlag(QStringLiteral("102"), "starred"), starredAfter);
    QCOMPARE(std::get<QueuedChanges>(AccountStore::queuedChanges(*m_core, m_account)).changes.size(), 0);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "TestAccountStore.moc"
