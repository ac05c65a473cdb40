#pragma once

#include "model/Article.h"
#include "model/Completion.h"
#include "model/FeedUpdate.h"
#include "model/Refresh.h"
#include "model/Subscription.h"
#include "store/Recovery.h"
#include "store/StoreWriter.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace news
{

/// The cache of one data directory: `cache.db` and `images/`. Owns the writer thread (STYLE.md §5); every
/// write goes through it, queued, and comes back as a signal. Reads use ArticleQueries on their own
/// connections.
class Cache : public QObject
{
    Q_OBJECT

public:
    explicit Cache(const QString& dataDir, QObject* parent = nullptr);
    ~Cache() override;

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const { return m_dataDir + QStringLiteral("/cache.db"); }
    QString imageDir() const { return m_dataDir + QStringLiteral("/images"); }
    StoreWriter* writer() const { return m_writer; }

    /// Opens the writer connection (creating and migrating the database) on the writer thread.
    void open();
    bool isOpen() const { return m_open; }

    void write(const FeedUpdate& update);
    void writeBatch(const QList<FeedUpdate>& updates);
    void setStatus(const QList<qint64>& ids, StatusField field, bool value);
    void markAllRead(const ArticleFilter& filter);
    /// Pins (오프라인 저장) every article the filter selects; they get full text and images.
    void saveForOffline(const ArticleFilter& filter);
    /// Frees image space down to `budgetBytes` (0: all) from read (with `unreadToo`, all) unpinned articles,
    /// oldest first. Pinned articles keep theirs.
    void evictImages(qint64 budgetBytes, bool unreadToo = false);
    void applyRetention(const RetentionPolicy& policy);
    /// Search-index upkeep in idle time (StoreWriterCore::mergeSearchIndex): steps of `stepMilliseconds` with
    /// the writer free for other work between them, until nothing is left to merge.
    void mergeSearchIndex(int stepMilliseconds = 100);
    // Named operations on the writer thread. Each hands its result to `done` on this cache's thread — unless
    // `context` (which must live on this thread) is gone by then; without a context, `done` always runs. A storage
    // failure also goes out as storageError, so it reaches the status bar even when no one waits for the result.

    /// The feeds a refresh of `scope` fetches at `now` (StoreWriterCore::refreshTargets).
    void refreshTargets(const RefreshScope& scope,
                        qint64 now,
                        QObject* context,
                        std::function<void(Result<QList<RefreshTarget>>)> done);
    void pendingFullText(qint64 below,
                         bool pinnedOnly,
                         int limit,
                         bool withTotal,
                         QObject* context,
                         std::function<void(Result<PendingFullTextPage>)> done);
    void setFullText(qint64 articleId,
                     const FullTextRecord& fullText,
                     QObject* context = nullptr,
                     std::function<void(Result<bool>)> done = {});
    void setFullTextFailed(qint64 articleId,
                           const QString& error,
                           QObject* context = nullptr,
                           std::function<void(Result<bool>)> done = {});
    /// Images waiting to be stored; those another article already stored are taken over first, not listed.
    void pendingImages(int perArticle,
                       qint64 below,
                       int limit,
                       bool withTotal,
                       QObject* context,
                       std::function<void(Result<PendingImagePage>)> done);
    void setMediaState(const QList<qint64>& mediaIds,
                       const MediaState& state,
                       QObject* context = nullptr,
                       std::function<void(Result<bool>)> done = {});
    void setSourceOptions(qint64 sourceId,
                          bool images,
                          const QString& fullText,
                          QObject* context = nullptr,
                          std::function<void(Result<bool>)> done = {});
    /// Writes sources with their feeds (StoreWriterCore::importSubscription), each whole or not at all. Returns the
    /// source ids.
    void importSubscriptions(const QList<SubscriptionRecord>& subscriptions,
                             QObject* context = nullptr,
                             std::function<void(Result<QList<qint64>>)> done = {});
    // Subscriptions the reader owns (#15): see the StoreWriterCore operations of the same names.
    void subscribe(const QList<NewSubscription>& feeds,
                   QObject* context,
                   std::function<void(Result<QList<SubscriptionOutcome>>)> done);
    void renameOutlet(qint64 outletId,
                      const QString& name,
                      QObject* context = nullptr,
                      std::function<void(Result<bool>)> done = {});
    void renameFeed(qint64 feedId,
                    const QString& title,
                    QObject* context = nullptr,
                    std::function<void(Result<bool>)> done = {});
    void
    moveFeed(qint64 feedId, qint64 outletId, QObject* context = nullptr, std::function<void(Result<bool>)> done = {});
    void setFeedSection(qint64 feedId,
                        const QString& section,
                        QObject* context = nullptr,
                        std::function<void(Result<bool>)> done = {});
    void setFeedAddress(qint64 feedId,
                        const QString& url,
                        QObject* context = nullptr,
                        std::function<void(Result<bool>)> done = {});
    void setFeedOptions(qint64 feedId,
                        const FeedOptions& options,
                        QObject* context = nullptr,
                        std::function<void(Result<bool>)> done = {});
    void setOutletInterval(qint64 outletId,
                           int minutes,
                           QObject* context = nullptr,
                           std::function<void(Result<bool>)> done = {});
    void unsubscribe(qint64 feedId,
                     bool keepStarred,
                     QObject* context = nullptr,
                     std::function<void(Result<int>)> done = {});
    /// Rebuilds a damaged cache (recoverCache: the damaged file is kept as a backup) on the writer thread, then opens
    /// it again (opened() follows). Readers must drop their connections (QueryRunner::reset).
    void recover(QObject* context, std::function<void(Result<RecoveryReport>)> done);
    /// Calls `done` once every write queued before it has been made (whoever then reads sees them).
    void whenWritten(QObject* context, std::function<void()> done);

signals:
    void opened(bool ok, const QString& error);
    void feedWritten(const news::FeedWriteResult& result);
    void statusWritten(const QList<qint64>& ids, news::StatusField field, bool value, bool ok);
    /// The articles markAllRead() marked (those that were unread).
    void allMarkedRead(const QList<qint64>& ids);
    void savedForOffline(const QList<qint64>& ids);
    void imagesEvicted(int files, qint64 bytes);
    void storageError(const QString& detail);
    void searchIndexMerged();

public:
    /// A store module's own operation (one that keeps its SQL in store/, e.g. AccountStore) on the writer thread,
    /// delivered like the named operations above: `done` gets the result unless `context` is gone; a failure
    /// also goes out as storageError.
    template <typename T>
    void call(QObject* context, std::function<Result<T>(StoreWriterCore&)> op, std::function<void(Result<T>)> done)
    {
        Q_ASSERT(!context || context->thread() == thread());
        const bool always = context == nullptr;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_writer, [self = this, w = m_writer, always, guard, op = std::move(op), done = std::move(done)] {
                Result<T> result = w->core()
                    ? op(*w->core())
                    : Result<T>(Error{ErrorCode::Storage, QStringLiteral("the cache is not open")});
                // a refusal (a name that is empty, a feed that is gone, #15) is the caller's to word, not a storage
                // error
                if (const auto* error = std::get_if<Error>(&result); error && error->code == ErrorCode::Storage) {
                    emit w->storageError(error->detail);
                }
                if (!done) {
                    return;
                }
                // the cache outlives every job (its destructor waits for the writer thread): posting to it is safe,
                // and the context is looked at only on its own thread
                QMetaObject::invokeMethod(
                    self,
                    [always, guard, done, result = std::move(result)] {
                        if (always || guard) {
                            done(result);
                        }
                    },
                    Qt::QueuedConnection);
            });
    }

private:
    QString m_dataDir;
    QThread m_thread;
    StoreWriter* m_writer;
    // checkpoints on a thread and connection of their own, so the writer never waits for their fsyncs
    QThread m_checkpointThread;
    QObject* m_checkpointer;
    bool m_open = false;
    bool m_merging = false;
    int m_mergeStep = 100;
};

} // namespace news
