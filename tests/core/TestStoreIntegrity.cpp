// What the cache keeps must stay true to what it stores (#12): the search index holds the words of the stored text
// and no others, and what the reader did with an article outlives retention.
#include "StoreFixture.h"
#include "normalize/ArticleNormalizer.h"
#include "normalize/IndexText.h"
#include "parse/FeedParser.h"
#include "store/ArticleQueries.h"
#include "store/Database.h"
#include "store/QueryRunner.h"
#include "store/Recovery.h"
#include "store/StoreWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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

constexpr qint64 kNow = 1'800'000'000;

QString rssDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::RFC2822Date);
}

// One RSS item through the real parser and normalizer, as a refresh stores it.
QList<StoredItem> feedItems(const QString& guid, const QString& title, const QString& html, qint64 published)
{
    const QString rss = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                                       "<title>테스트일보</title><link>https://news.example.kr/</link><item>"
                                       "<guid>%1</guid><title>%2</title><link>https://news.example.kr/a/%1</link>"
                                       "<pubDate>%3</pubDate><description><![CDATA[%4]]></description></item>"
                                       "</channel></rss>")
                            .arg(guid, title, rssDate(published), html);
    const auto parsed = parseFeed(rss.toUtf8());
    if (!std::holds_alternative<FeedDocument>(parsed)) {
        return {};
    }
    QList<StoredItem> items;
    for (const FeedEntry& e : std::get<FeedDocument>(parsed).entries) {
        items.append(normalizeEntry(e, NormalizeContext{kNow}));
    }
    return items;
}

FeedUpdate update(qint64 feedId, QList<StoredItem> items, qint64 now = kNow)
{
    return storefixture::feedUpdate(feedId, std::move(items), now);
}

const QString kCopyright = QStringLiteral("<p>&lt;저작권자(c) 연합뉴스, 무단 전재-재배포 금지&gt;</p>");

} // namespace

class TestStoreIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void preparedIndexTextIsTheStoredText();
    void updateForgetsTheOldWords();
    void retentionLeavesNoWordsForTheNextRow();
    void fullTextReplacesTheFeedsWords();
    void keptFullTextStaysSearchable();
    void migrationRebuildsAStaleIndex();
    void retentionRemembersWhatWasRead();
    void retentionRemembersUnreadItemsAsSeen();
    void unreadFilterMeansUnreadInWrites();
    void queryResultsComeBackOnTheRunnersThread();
    void damagedCacheIsRebuiltFromWhatIsReadable();
    void readOnlyFolderIsReadReadOnly();
    void fullDiskKeepsTheFirstError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWriterCore> m_store;
    qint64 m_feed = 0;
    QString path() const { return m_dir->filePath(QStringLiteral("cache.db")); }
    int hits(const QString& query)
    {
        ArticleQueries q(path());
        if (!std::holds_alternative<int>(q.open())) {
            return -1;
        }
        const auto found = q.search(query);
        return std::holds_alternative<QList<ArticleRow>>(found) ? int(std::get<QList<ArticleRow>>(found).size()) : -1;
    }
    bool indexIsTrue()
    {
        const auto checked = m_store->checkSearchIndex();
        if (const auto* e = std::get_if<Error>(&checked)) {
            qWarning() << e->detail;
            return false;
        }
        return std::get<bool>(checked);
    }
    qint64 onlyArticleId()
    {
        ArticleQueries q(path());
        q.open();
        const auto rows = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
        return rows.size() == 1 ? rows.front().id : 0;
    }
};

void TestStoreIntegrity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<StoreWriterCore>(path());
    const QList<qint64> feeds = storefixture::openWithFeeds(
        *m_store, {{QStringLiteral("https://news.example.kr/rss/all.xml"), QStringLiteral("general")}});
    QCOMPARE(feeds.size(), 1);
    m_feed = feeds[0];
}

void TestStoreIntegrity::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStoreIntegrity::preparedIndexTextIsTheStoredText()
{
    // what the parse threads prepare is exactly what indexText() derives from the stored fields, for every
    // fixture feed (a later one-pass normalizer must keep this)
    const QDir fixtures(QStringLiteral(SOSIK_TEST_DATA "/feeds"));
    int checked = 0;
    for (const QString& name : fixtures.entryList({QStringLiteral("*.xml")})) {
        QFile f(fixtures.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto parsed = parseFeed(f.readAll());
        if (!std::holds_alternative<FeedDocument>(parsed)) {
            continue;
        }
        for (const FeedEntry& e : std::get<FeedDocument>(parsed).entries) {
            const StoredItem item = normalizeEntry(e, NormalizeContext{kNow});
            const IndexText expected = indexText(item.title, item.authors, item.summary, item.content);
            QVERIFY2(item.searchTitle == expected.title, qPrintable(name));
            QVERIFY2(item.searchAuthors == expected.authors, qPrintable(name));
            QVERIFY2(item.searchBody == expected.body, qPrintable(name));
            ++checked;
        }
    }
    QVERIFY(checked > 20);
}

void TestStoreIntegrity::updateForgetsTheOldWords()
{
    // the case: the body ends in Yonhap's copyright line, then the feed drops it and changes the text
    const qint64 when = kNow - 3600;
    QVERIFY(
        m_store->write(update(m_feed, feedItems("1", "환율 소식", "<p>위안화 호랑이</p>" + kCopyright, when))).stored);
    QCOMPARE(hits(QStringLiteral("무단")), 0); // credits are metadata, not searchable body text
    QCOMPARE(hits(QStringLiteral("호랑이")), 1);
    const auto changed = m_store->write(update(m_feed, feedItems("1", "환율 소식", "<p>위안화 사자</p>", when)));
    QCOMPARE(changed.updatedItems, 1);
    QCOMPARE(hits(QStringLiteral("호랑이")), 0);
    QCOMPARE(hits(QStringLiteral("무단")), 0);
    QCOMPARE(hits(QStringLiteral("사자")), 1);
    QVERIFY(indexIsTrue());
}

void TestStoreIntegrity::retentionLeavesNoWordsForTheNextRow()
{
    // retention removes the newest row; SQLite gives its id to the next article, which must not inherit its words
    QVERIFY(
        m_store->write(update(m_feed, feedItems("old", "옛 기사", "<p>호랑이</p>" + kCopyright, kNow - 200 * 86400)))
            .stored);
    RetentionPolicy policy;
    policy.keepDays = 90;
    QCOMPARE(m_store->applyRetention(policy, kNow).deleted, 1);
    QVERIFY(
        m_store->write(update(m_feed, feedItems("new", "새 기사", "<p>동물원의 사자 이야기</p>", kNow - 60))).stored);
    QCOMPARE(hits(QStringLiteral("무단")), 0);
    QCOMPARE(hits(QStringLiteral("호랑이")), 0);
    QCOMPARE(hits(QStringLiteral("사자")), 1);
    QVERIFY(indexIsTrue());
}

void TestStoreIntegrity::fullTextReplacesTheFeedsWords()
{
    QVERIFY(
        m_store->write(update(m_feed, feedItems("1", "요약 기사", "<p>요약 호랑이…</p>" + kCopyright, kNow))).stored);
    const qint64 id = onlyArticleId();
    QVERIFY(id);
    QVERIFY(std::holds_alternative<bool>(m_store->setFullText(id, QStringLiteral("<p>전문 사자</p>"), {})));
    QCOMPARE(hits(QStringLiteral("사자")), 1);
    QCOMPARE(hits(QStringLiteral("호랑이")), 0);
    QCOMPARE(hits(QStringLiteral("무단")), 0);
    // extracted again (a page that changed)
    QVERIFY(std::holds_alternative<bool>(m_store->setFullText(id, QStringLiteral("<p>전문 여우</p>"), {})));
    QCOMPARE(hits(QStringLiteral("사자")), 0);
    QCOMPARE(hits(QStringLiteral("여우")), 1);
    QVERIFY(indexIsTrue());
}

void TestStoreIntegrity::keptFullTextStaysSearchable()
{
    // a teaser that changes upstream keeps the fetched full text in the row: the index keeps its words too
    QVERIFY(m_store->write(update(m_feed, feedItems("1", "요약 기사", "<p>첫 요약…</p>", kNow))).stored);
    const qint64 id = onlyArticleId();
    QVERIFY(std::holds_alternative<bool>(m_store->setFullText(id, QStringLiteral("<p>전문 사자</p>"), {})));
    QCOMPARE(m_store->write(update(m_feed, feedItems("1", "요약 기사", "<p>고친 요약…</p>", kNow))).updatedItems, 1);
    QCOMPARE(hits(QStringLiteral("사자")), 1);
    QVERIFY(indexIsTrue());
    RetentionPolicy policy;
    policy.keepPerFeed = 0;
    policy.keepDays = 1;
    QCOMPARE(m_store->applyRetention(policy, kNow + 3 * 86400).deleted, 1);
    QVERIFY(indexIsTrue());
}

void TestStoreIntegrity::migrationRebuildsAStaleIndex()
{
    // a schema-4 cache whose index holds a word its row does not (as the old refresh left them)
    m_store.reset();
    const QString oldPath = m_dir->filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase db = Database::connection(oldPath, QStringLiteral("v4"));
        QCOMPARE(std::get<int>(Database::openAndMigrate(db, 4)), 4);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sources (key, name_ko) VALUES ('s', '옛 매체')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO feeds (source_id, url) VALUES (1, 'http://old.example.kr/rss')")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO articles (feed_id, source_id, dedupe_key, title, summary, published, "
                                  "first_seen, section, content_hash) VALUES (1, 1, 'g:1', '옛 기사', '<p>사자</p>', "
                                  "1, 1, 'general', 'x')")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO article_search (rowid, title, authors, body) VALUES (1, '옛 기사', '', "
                                  "'사자 무단 전재')")));
        db.close();
        db = QSqlDatabase();
        Database::release(oldPath, QStringLiteral("v4"));
    }
    StoreWriterCore upgraded(oldPath);
    QCOMPARE(std::get<int>(upgraded.open()), Database::kSchemaVersion);
    const auto checked = upgraded.checkSearchIndex();
    QVERIFY(std::holds_alternative<bool>(checked));
    QVERIFY(std::get<bool>(checked));
    ArticleQueries q(oldPath);
    QVERIFY(std::holds_alternative<int>(q.open()));
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("무단"))).size(), 0);
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("사자"))).size(), 1);
    // once: the next open does not rebuild again
    QSqlQuery flag(upgraded.database());
    QVERIFY(flag.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'rebuild_search_index'"))
            && flag.next());
    QCOMPARE(flag.value(0).toInt(), 0);
}

void TestStoreIntegrity::retentionRemembersWhatWasRead()
{
    // the case: an item 200 days old, read; retention at 90 days; the same feed again
    const qint64 old = kNow - 200 * 86400;
    const QList<StoredItem> items = feedItems("old", "오래된 기사", "<p>본문</p>", old);
    QCOMPARE(m_store->write(update(m_feed, items, old + 60)).newItems, 1);
    const qint64 id = onlyArticleId();
    QVERIFY(std::holds_alternative<int>(m_store->setStatus({id}, StatusField::Read, true, old + 120)));
    RetentionPolicy policy;
    policy.keepDays = 90;
    QCOMPARE(m_store->applyRetention(policy, kNow).deleted, 1);
    QCOMPARE(onlyArticleId(), 0);
    const FeedWriteResult again = m_store->write(update(m_feed, items, kNow));
    QVERIFY(again.stored);
    QCOMPARE(again.newItems, 0);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    const QList<ArticleRow> rows = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.front().read);
    QCOMPARE(std::get<UnreadCounts>(q.unreadCounts()).all, 0);
    // nothing for a notification of new articles to name
    QVERIFY(std::get<QList<ArticleRow>>(q.newSince(kNow - 60)).isEmpty());
    QVERIFY(indexIsTrue());
}

void TestStoreIntegrity::retentionRemembersUnreadItemsAsSeen()
{
    const qint64 old = kNow - 200 * 86400;
    const QList<StoredItem> items = feedItems("old", "안 읽은 기사", "<p>본문</p>", old);
    QCOMPARE(m_store->write(update(m_feed, items, old + 60)).newItems, 1);
    RetentionPolicy policy;
    policy.keepDays = 90;
    QCOMPARE(m_store->applyRetention(policy, kNow).deleted, 1);
    QCOMPARE(m_store->write(update(m_feed, items, kNow)).newItems, 0);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QVERIFY(std::get<QList<ArticleRow>>(q.newSince(kNow - 60)).isEmpty()); // first seen 200 days ago, not now
    // retention removes it again; after half a year out of its feed it is forgotten, and would be new
    QCOMPARE(m_store->applyRetention(policy, kNow + 86400).deleted, 1);
    QCOMPARE(m_store->applyRetention(policy, kNow + 200 * 86400).deleted, 0);
    QCOMPARE(m_store->write(update(m_feed, items, kNow + 200 * 86400)).newItems, 1);
}

void TestStoreIntegrity::unreadFilterMeansUnreadInWrites()
{
    // "save all unread for offline" pins the unread articles, not the whole cache
    QList<StoredItem> items = feedItems("1", "읽은 기사", "<p>본문</p>", kNow - 60);
    items += feedItems("2", "안 읽은 기사", "<p>본문</p>", kNow - 120);
    QCOMPARE(m_store->write(update(m_feed, items)).newItems, 2);
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    qint64 readId = 0;
    const QList<ArticleRow> rows = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
    for (const ArticleRow& r : rows) {
        if (r.title == QStringLiteral("읽은 기사")) {
            readId = r.id;
        }
    }
    QVERIFY(readId);
    QVERIFY(std::holds_alternative<int>(m_store->setStatus({readId}, StatusField::Read, true, kNow)));
    ArticleFilter unread;
    unread.kind = ArticleFilter::Kind::Unread;
    QCOMPARE(std::get<ArticlePage>(q.page(unread, {}, 10)).rows.size(), 1);
    QCOMPARE(std::get<QList<qint64>>(m_store->saveForOffline(unread, kNow)).size(), 1);
    ArticleFilter saved;
    saved.kind = ArticleFilter::Kind::Saved;
    const QList<ArticleRow> pinned = std::get<ArticlePage>(q.page(saved, {}, 10)).rows;
    QCOMPARE(pinned.size(), 1);
    QCOMPARE(pinned.front().title, QStringLiteral("안 읽은 기사"));
    QCOMPARE(std::get<QList<qint64>>(m_store->markAllRead(unread, kNow)).size(), 1);
    QCOMPARE(std::get<UnreadCounts>(q.unreadCounts()).all, 0);
}

void TestStoreIntegrity::queryResultsComeBackOnTheRunnersThread()
{
    QVERIFY(m_store->write(update(m_feed, feedItems("1", "기사", "<p>본문</p>", kNow))).stored);
    QueryRunner runner(path(), m_dir->filePath(QStringLiteral("images")));
    QObject alive;
    auto* gone = new QObject;
    QSignalSpy delivered(&alive, &QObject::objectNameChanged);
    bool goneCalled = false;
    QThread* deliveredOn = nullptr;
    runner.run<int>(
        gone,
        [](ArticleQueries& q) { return int(std::get<ArticlePage>(q.page({}, {}, 10)).rows.size()); },
        [&goneCalled](int) { goneCalled = true; });
    delete gone; // while its query may be running: nothing comes back to it
    runner.run<int>(
        &alive,
        [](ArticleQueries& q) { return int(std::get<ArticlePage>(q.page({}, {}, 10)).rows.size()); },
        [&alive, &deliveredOn](int rows) {
            deliveredOn = QThread::currentThread();
            alive.setObjectName(QString::number(rows));
        });
    QVERIFY(delivered.wait(5000));
    QCOMPARE(alive.objectName(), QStringLiteral("1"));
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(!goneCalled);
}

namespace
{

// Overwrites one page of the file with garbage, as a bad sector or a torn copy would.
bool damagePage(const QString& path, qint64 page, qint64 pageSize)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * pageSize)) {
        return false;
    }
    return f.write(QByteArray(int(pageSize), '\xA5')) == pageSize;
}

} // namespace

void TestStoreIntegrity::damagedCacheIsRebuiltFromWhatIsReadable()
{
    QList<StoredItem> items;
    for (int i = 0; i < 300; ++i) {
        items += feedItems(QString::number(i),
                           QStringLiteral("기사 %1").arg(i),
                           QStringLiteral("<p>%1</p>").arg(QString(600, u'가')),
                           kNow - i * 60);
    }
    QCOMPARE(m_store->write(update(m_feed, items)).newItems, 300);
    {
        ArticleQueries q(path());
        QVERIFY(std::holds_alternative<int>(q.open()));
        QList<qint64> ids;
        const QList<ArticleRow> rows = std::get<ArticlePage>(q.page({}, {}, 300)).rows;
        for (const ArticleRow& r : rows) {
            ids.append(r.id);
        }
        QVERIFY(std::holds_alternative<int>(m_store->setStatus(ids.mid(0, 100), StatusField::Read, true, kNow)));
        QVERIFY(std::holds_alternative<int>(m_store->setStatus(ids.mid(0, 5), StatusField::Starred, true, kNow)));
    }
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER "
                                      "BY pageno LIMIT 1 OFFSET 10"))
                && q.next());
        page = q.value(0).toLongLong();
    }
    m_store.reset(); // the last connection checkpoints the WAL into the file
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
    QVERIFY(damagePage(path(), page, pageSize));
    {
        ArticleQueries q(path());
        q.open();
        const auto all = q.page({}, {}, 500);
        QVERIFY(std::holds_alternative<Error>(all));
        QVERIFY2(isDamagedCacheError(std::get<Error>(all).detail), qPrintable(std::get<Error>(all).detail));
    }
    const auto recovered = recoverCache(path(), kNow);
    QVERIFY2(std::holds_alternative<RecoveryReport>(recovered),
             qPrintable(std::holds_alternative<Error>(recovered) ? std::get<Error>(recovered).detail : QString()));
    const RecoveryReport report = std::get<RecoveryReport>(recovered);
    QVERIFY(QFile::exists(report.backupPath));
    QCOMPARE(report.rows.value(QStringLiteral("sources")), 1);
    QCOMPARE(report.rows.value(QStringLiteral("feeds")), 1);
    const int articles = report.rows.value(QStringLiteral("articles"));
    QVERIFY2(articles > 250 && articles < 300, qPrintable(QString::number(articles)));
    QVERIFY(report.lostRows > 0);
    m_store = std::make_unique<StoreWriterCore>(path());
    QVERIFY(std::holds_alternative<int>(m_store->open()));
    QSqlQuery check(m_store->database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(indexIsTrue());
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QCOMPARE(std::get<QList<FeedInfo>>(q.feeds()).size(), 1);
    QCOMPARE(std::get<ArticlePage>(q.page({}, {}, 500)).rows.size(), articles);
    // statuses came along with their articles
    const UnreadCounts counts = std::get<UnreadCounts>(q.unreadCounts());
    QVERIFY(counts.all < articles && counts.all >= articles - 100);
    QVERIFY(counts.starred > 0);
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("기사"), 500)).size(), articles);
}

void TestStoreIntegrity::readOnlyFolderIsReadReadOnly()
{
    QVERIFY(m_store->write(update(m_feed, feedItems("1", "읽기 전용 기사", "<p>본문</p>", kNow))).stored);
    m_store.reset();
    const storefixture::ImmutableGuard lock({path(), m_dir->path()});
    if (!lock.locked) {
        QSKIP("no read-only folder on this system (as root: chattr +i failed; on Windows folders stay writable)");
    }
    StoreWriterCore writer(path());
    QVERIFY(std::holds_alternative<Error>(writer.open())); // the WAL pragma, migrations: nothing may be written
    ArticleQueries q(path());
    QVERIFY(std::holds_alternative<int>(q.open()));
    QVERIFY(q.isReadOnly());
    const auto rows = std::get<ArticlePage>(q.page({}, {}, 10)).rows;
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.front().title, QStringLiteral("읽기 전용 기사"));
    QCOMPARE(std::get<QList<ArticleRow>>(q.search(QStringLiteral("전용"))).size(), 1);
}

void TestStoreIntegrity::fullDiskKeepsTheFirstError()
{
    // a second feed so that writeBatch runs its batch, fails, and writes one by one
    FeedRecord other;
    other.url = QStringLiteral("https://news.example.kr/rss/other.xml");
    const qint64 otherFeed = std::get<qint64>(m_store->upsertFeed(1, other));
    QSqlQuery pages(m_store->database());
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    const int count = pages.value(0).toInt();
    pages.finish();
    QVERIFY(QSqlQuery(m_store->database()).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(count + 2)));
    QList<StoredItem> big;
    for (int i = 0; i < 200; ++i) {
        big += feedItems(QStringLiteral("big%1").arg(i),
                         QStringLiteral("큰 기사 %1").arg(i),
                         QStringLiteral("<p>%1</p>").arg(QString(3000, u'가')),
                         kNow);
    }
    const QList<FeedWriteResult> results = m_store->writeBatch(
        {update(m_feed, big), update(otherFeed, feedItems("x", "작은 기사", "<p>본문</p>", kNow))});
    QVERIFY(!results.isEmpty());
    QVERIFY(!results.front().stored);
    QVERIFY2(isDiskFullError(results.front().error), qPrintable(results.front().error));
    for (const FeedWriteResult& r : results) {
        QVERIFY2(!r.error.contains(QLatin1String("rollback")), qPrintable(r.error));
    }
    const auto read = m_store->setStatus({1}, StatusField::Read, true, kNow);
    if (const auto* error = std::get_if<Error>(&read)) {
        QVERIFY2(!error->detail.contains(QLatin1String("rollback")), qPrintable(error->detail));
    }
}

QTEST_GUILESS_MAIN(TestStoreIntegrity)
#include "TestStoreIntegrity.moc"
