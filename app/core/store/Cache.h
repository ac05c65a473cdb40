#pragma once

#include "store/StoreWriter.h"

#include <QObject>
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
    /// Runs `job` on the writer thread with the writer's connection (sources, feeds, media bookkeeping).
    void run(std::function<void(StoreWriterCore&)> job);

signals:
    void opened(bool ok, const QString& error);
    void feedWritten(const news::FeedWriteResult& result);
    void statusWritten(const QList<qint64>& ids, news::StatusField field, bool value, bool ok);
    void allMarkedRead(int count);
    void savedForOffline(int count);
    void imagesEvicted(int files, qint64 bytes);
    void storageError(const QString& detail);
    void searchIndexMerged();

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
