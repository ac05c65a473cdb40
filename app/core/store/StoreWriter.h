#pragma once

#include "model/Article.h"
#include "model/Completion.h"
#include "model/Credits.h"
#include "model/FeedUpdate.h"
#include "model/Refresh.h"
#include "model/Subscription.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace news
{

struct SourceRecord
{
    QString key;
    QString nameKo;
    QString nameEn;
    QString homepage;
    QString timezone = QStringLiteral("Asia/Seoul");
    QString encoding;
    QString kind = QStringLiteral("outlet");
    QString definition; // JSON
    bool images = true; // store images at refresh time
    QString fulltext = QStringLiteral("auto"); // auto | always | never: fetch article pages for full text
};

struct FeedRecord
{
    QString url;
    QString title;
    QString section = QStringLiteral("general");
    QString kind = QStringLiteral("articles"); // articles | ranking
    QString groupName;
    int position = 0;
};

/// A source with its feeds, as a source definition or an OPML import writes them.
struct SubscriptionRecord
{
    SourceRecord source;
    QList<FeedRecord> feeds;
};

/// Fetched full text (normalised HTML) with its credits (JSON) and the page's images.
struct FullTextRecord
{
    QString content;
    Credits credits;
    QList<MediaRecord> media;
    QString leadImage; // the thumbnail when the article has none
};

/// An article feed as OPML exports it.
struct SubscribedFeed
{
    QString url;
    QString title;
    QString homepage;
    QString group;
    QString section;
    bool sectionFixed = false; // the reader chose the section (feeds.section_fixed)
};

/// The app's retention; a feed's own `retention_days` (FeedOptions::retentionDays) overrides keepDays, and a feed
/// kept forever (0) is exempt from keepPerFeed too.
struct RetentionPolicy
{
    int keepDays = 90; // 0 = no age limit
    int keepPerFeed = 2000; // 0 = no count limit
    int maxMilliseconds = 2000; // time box for one run
};

struct RetentionResult
{
    int deleted = 0;
    bool complete = true; // false: the time box ran out (or a statement failed), more next time
    QString error; // a storage failure, technical
};

/// All writes to the cache, synchronously, on one connection. StoreWriter runs it on its own thread; the
/// CLI and tests may use it directly. Every method is one transaction: it happens whole or not at all.
class StoreWriterCore
{
public:
    explicit StoreWriterCore(QString path);
    ~StoreWriterCore();
    StoreWriterCore(const StoreWriterCore&) = delete;
    StoreWriterCore& operator=(const StoreWriterCore&) = delete;

    Result<int> open();
    QString path() const { return m_path; }
    QSqlDatabase& database() { return m_db; }
    /// Whether feed updates go to SQLite directly (see SqlConnection), rather than through QSqlQuery.
    bool writesDirectly() const;
    /// Hands checkpoints (copying the WAL back into the database, with its fsyncs) to someone else: called on
    /// this thread after a commit when the WAL has grown; must return at once. Without it, or when the WAL
    /// grows past 16 times `frames` all the same, the writer checkpoints itself. Call after open().
    void setCheckpointRequest(std::function<void()> request, int frames = 1000);

    FeedWriteResult write(const FeedUpdate& update);
    /// Several feeds in one transaction, each isolated by a savepoint.
    QList<FeedWriteResult> writeBatch(const QList<FeedUpdate>& updates);
    Result<qint64> upsertSource(const SourceRecord& source);
    Result<qint64> upsertFeed(qint64 sourceId, const FeedRecord& feed);
    Result<bool> removeFeed(qint64 feedId);
    /// The source and its feeds, in one transaction. Returns the source id.
    Result<qint64> importSubscription(const SubscriptionRecord& subscription);
    /// Every article feed with its source's homepage and its folder (OPML's grouping), by source and position.
    Result<QList<SubscribedFeed>> subscribedFeeds();
    // Subscriptions the reader owns (#15, StoreSubscriptionEdits.cpp). A refusal (an empty name, a missing feed or
    // outlet, an address that is not http(s) or is taken) is ErrorCode::Malformed, its detail starting "no " when
    // something named does not exist; a storage failure is ErrorCode::Storage.

    /// Subscribes to each feed (an address already subscribed is reported, not duplicated), in one transaction:
    /// under the outlet asked for, else the one of the same site (or, for an OPML folder, the same name), else a
    /// new one.
    Result<QList<SubscriptionOutcome>> subscribe(const QList<NewSubscription>& feeds);
    /// An outlet by id or by (Korean or English) name, case-insensitively.
    Result<qint64> findOutlet(const QString& idOrName);
    /// Renames; the name survives a re-import of the catalogue or OPML.
    Result<bool> renameOutlet(qint64 outletId, const QString& name);
    Result<bool> renameFeed(qint64 feedId, const QString& title);
    /// Moves a feed and its articles to another outlet.
    Result<bool> moveFeed(qint64 feedId, qint64 outletId);
    /// The reader's section for a feed: its articles move there and new ones follow, whatever their categories.
    /// "" lets the items' categories sort them again.
    Result<bool> setFeedSection(qint64 feedId, const QString& section);
    /// A new address for a feed (http or https, not another feed's); validators, errors and back-off are reset.
    Result<bool> setFeedAddress(qint64 feedId, const QString& url);
    Result<bool> setFeedOptions(qint64 feedId, const FeedOptions& options);
    /// The outlet's refresh interval (minutes, -1: the app's), which its feeds without one of their own follow
    /// (migration 008). A feed now due sooner under it is not kept waiting for the old one.
    Result<bool> setOutletInterval(qint64 outletId, int minutes, qint64 now);
    /// Removes the feed and its articles; with `keepStarred`, its starred and saved articles move to 구독 취소한 피드의
    /// 보관 기사 (a feed that is never refreshed) first. Returns how many were kept.
    Result<int> unsubscribe(qint64 feedId, bool keepStarred);
    /// 구독 취소한 피드의 보관 기사: the feed that is never refreshed, made on first use; its source and feed ids.
    /// Starred articles whose feed is gone land there (an unsubscribe here, or one on a sync account's server).
    Result<std::pair<qint64, qint64>> keptFeed();

    /// The feeds a refresh of `scope` fetches at `now`: enabled, due (back-off, Retry-After, the rankings' 15
    /// minutes) unless forced, with their validators (dropped after 8 days, so a server's stale ETag cannot pin a
    /// feed).
    Result<QList<RefreshTarget>> refreshTargets(const RefreshScope& scope, qint64 now);
    /// Up to `limit` articles waiting for full text with ids below `below`, newest first; only pinned ones when
    /// `pinnedOnly`. With `withTotal`, also how many wait in all.
    Result<PendingFullTextPage> pendingFullText(qint64 below, bool pinnedOnly, int limit, bool withTotal);
    /// Images waiting to be stored (the first `perArticle` of each article; of sources that store images, or of
    /// pinned articles), of articles with ids below `below`, newest first, one entry per URL; a page never splits
    /// one article's images. URLs another article already stored are marked stored with those bytes and not listed.
    Result<PendingImagePage> pendingImages(int perArticle, qint64 below, int limit, bool withTotal);
    /// Records what became of an image for every media row that shows it, in one transaction.
    Result<bool> setMediaState(const QList<qint64>& mediaIds, const MediaState& state);
    Result<int> setStatus(const QList<qint64>& articleIds, StatusField field, bool value, qint64 now);
    /// Marks read what the filter selects; returns the articles that were unread (what an undo marks unread again).
    Result<QList<qint64>> markAllRead(const ArticleFilter& filter, qint64 now);
    /// Which of `ids` are stored articles (in the order given).
    Result<QList<qint64>> existingArticles(const QList<qint64>& ids);
    RetentionResult applyRetention(const RetentionPolicy& policy, qint64 now);
    /// Stored image bookkeeping (media/): which URL's bytes live where.
    Result<bool> setMediaState(qint64 mediaId,
                               const QString& state,
                               const QString& blob,
                               qint64 bytes,
                               const QString& mime,
                               int width,
                               int height,
                               const QString& error);
    /// Replaces an article's body with fetched full text (normalised HTML), re-indexes it, adds the page's
    /// images (pending, for media/) and takes `leadImage` as thumbnail when the article has none.
    Result<bool> setFullText(qint64 articleId,
                             const QString& content,
                             const Credits& credits,
                             const QList<MediaRecord>& media = {},
                             const QString& leadImage = {});
    Result<bool> setFullText(qint64 articleId, const FullTextRecord& fullText)
    {
        return setFullText(articleId, fullText.content, fullText.credits, fullText.media, fullText.leadImage);
    }
    /// The page could not be fetched or held no article: kept as a summary, with the reason.
    Result<bool> setFullTextFailed(qint64 articleId, const QString& error);
    /// Pins every article the filter selects (오프라인 저장); they get full text and images. Returns how many
    /// were newly pinned.
    Result<QList<qint64>> saveForOffline(const ArticleFilter& filter, qint64 now);
    /// The reader's per-source switches: store images, fetch full text (auto | always | never). Turning full
    /// text to "always" queues the source's articles of the last three days.
    Result<bool> setSourceOptions(qint64 sourceId, bool images, const QString& fulltext, qint64 now);
    struct Eviction
    {
        int files = 0;
        qint64 bytes = 0;
    };
    /// See StoreWriter::evictImages. `imageDir` is where media/ keeps the files.
    Result<Eviction> evictImages(const QString& imageDir, qint64 budgetBytes, bool unreadToo = false);
    Result<bool> vacuum();
    /// Refills the search index from the stored articles (normalize/IndexText), in one transaction. Open() runs it once
    /// when a migration asks for it. Returns the number of articles indexed.
    Result<int> rebuildSearchIndex();
    /// Whether the search index holds exactly what indexText() makes of the stored articles, after FTS5's own
    /// 'integrity-check'. Reads the whole index: for tests and maintenance, not for the refresh.
    Result<bool> checkSearchIndex();
    /// Search-index upkeep. FTS5 merges its segments as a refresh writes, and now and then one write pays for a
    /// large merge; this does that work ahead of time, in steps, for up to `maxMilliseconds`. Returns true when
    /// nothing is left to merge.
    Result<bool> mergeSearchIndex(int maxMilliseconds);
    /// Takes the articles `idsSelect` names (a SELECT of article ids, with `binds`) out of the search index, before
    /// the caller deletes them by a cascade the index cannot follow (a contentless FTS5 table forgets a row only when
    /// told its very words). Runs in the caller's transaction; returns how many were taken out.
    Result<int> unindexArticles(const QString& idsSelect, const QVariantList& binds);

private:
    bool indexArticle(qint64 id,
                      const QString& title,
                      const QString& authors,
                      const QString& summary,
                      const QString& content,
                      bool remove);
    bool
    indexPrepared(qint64 id, const QByteArray& title, const QByteArray& authors, const QByteArray& body, bool remove);
    bool indexItem(qint64 id, const StoredItem& item);
    /// indexArticle() for each of `rows` (id, title, authors, summary, content); how many.
    Result<int> indexRows(QSqlQuery& rows, bool remove);
    /// Queues full text and evicted images for the pinned articles `ids` lists (a list of ids or a SELECT of them).
    bool queueCompletion(const QString& ids, const QVariantList& binds);
    QString m_path;
    QString m_connectionRole;
    QSqlDatabase m_db;
    bool m_inBatch = false;
    QThread* m_thread = nullptr; // the thread that opened the connection; every call comes from it
    struct Hot;
    std::unique_ptr<Hot> m_hot;
    std::function<void()> m_checkpointRequest;
    int m_checkpointFrames = 1000;
};

/// The one writer (STYLE.md §5): lives on its own thread, owns its own connection, batches each feed's
/// items in one transaction. Call its slots through queued invocations; results come back as signals.
class StoreWriter : public QObject
{
    Q_OBJECT

public:
    explicit StoreWriter(QString path, QObject* parent = nullptr);
    ~StoreWriter() override;
    /// See StoreWriterCore::setCheckpointRequest; set before the thread starts, applied by open().
    void setCheckpointRequest(std::function<void()> request) { m_checkpointRequest = std::move(request); }

public slots:
    void open();
    void write(const news::FeedUpdate& update);
    void writeBatch(const QList<news::FeedUpdate>& updates);
    void setStatus(const QList<qint64>& ids, news::StatusField field, bool value);
    void markAllRead(const news::ArticleFilter& filter);
    void saveForOffline(const news::ArticleFilter& filter);
    /// Deletes stored images of read (or, with `unreadToo`, all) unpinned articles, oldest first, until the images take
    /// at most `budgetBytes` (0: every such image). Their media rows go back to 'evicted'; the files go when no row
    /// uses them any more.
    void evictImages(qint64 budgetBytes, bool unreadToo = false);
    void applyRetention(const news::RetentionPolicy& policy);
    /// StoreWriterCore::mergeSearchIndex; reports searchIndexMerged.
    void mergeSearchIndex(int maxMilliseconds);
    void close();

public:
    /// The core, on this thread only; null before open() or after a failed one.
    StoreWriterCore* core() const { return m_core.get(); }

signals:
    void opened(bool ok, const QString& error);
    void feedWritten(const news::FeedWriteResult& result);
    void statusWritten(const QList<qint64>& ids, news::StatusField field, bool value, bool ok);
    void allMarkedRead(const QList<qint64>& ids);
    void savedForOffline(const QList<qint64>& ids);
    void imagesEvicted(int files, qint64 bytes);
    void retentionDone(int deleted, bool complete);
    void searchIndexMerged(bool complete);
    void storageError(const QString& detail);

private:
    std::unique_ptr<StoreWriterCore> m_core;
    QString m_path;
    std::function<void()> m_checkpointRequest;
};

} // namespace news

Q_DECLARE_METATYPE(news::StatusField)
Q_DECLARE_METATYPE(news::RetentionPolicy)
