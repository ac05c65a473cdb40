#pragma once

#include "fetch/FeedFetcher.h"
#include "model/FeedUpdate.h"
#include "model/Refresh.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace news
{

class Cache;
class Clock;

struct RefreshProgress
{
    int feedsTotal = 0;
    int feedsDone = 0;
    int feedsFailed = 0;
    int newItems = 0;
    int updatedItems = 0;
    qint64 bytes = 0;
};

struct RefreshSummary
{
    RefreshProgress progress;
    int notModified = 0;
    int unchanged = 0;
    double seconds = 0;
    bool offline = false;
    QStringList errors; // "url: detail"
    /// Feeds that failed before any answer came (no route, no name, refused, timed out): when it is all of them, the
    /// network is what failed, not the feeds.
    int networkFailures = 0;
    QString storageError; // the cache could not be read (nothing was refreshed) or written, technical
    /// The most feed-body bytes that were fetched but not yet written at one time (bounded: maxBytesAhead()).
    qint64 peakBytesAhead = 0;
};

/// Refreshes feeds: fetch (parallel, polite) → parse and normalise (worker threads) → one transaction per
/// feed on the cache's writer thread. Never blocks its own thread; progress and results come as signals.
class RefreshEngine : public QObject
{
    Q_OBJECT

public:
    RefreshEngine(Cache* cache, FetchSettings settings, const Clock* clock = nullptr, QObject* parent = nullptr);

    void refresh(const RefreshScope& scope = {});
    void cancel();
    bool isRunning() const { return m_running; }
    void setOffline(bool offline);
    FeedFetcher* fetcher() const { return m_fetcher; }
    /// Fetched feed bodies not yet written (waiting for a parser, parsing, waiting for the writer) may hold this
    /// many bytes; above it the fetcher starts no new request until some are written. Requests under way still
    /// finish, so the peak is this plus what they bring (maxParallel bodies of at most FetchSettings::maxBytes).
    static constexpr qint64 kMaxBytesAhead = 16LL * 1024 * 1024;
    void setMaxBytesAhead(qint64 bytes) { m_maxBytesAhead = bytes; }
    qint64 maxBytesAhead() const { return m_maxBytesAhead; }

signals:
    void started(int feeds);
    void progress(const news::RefreshProgress& progress);
    void feedRefreshed(qint64 feedId, bool ok, int newItems);
    void finished(const news::RefreshSummary& summary);

private:
    void begin(const QList<RefreshTarget>& targets);
    void onFetched(const FetchResult& result);
    void onWritten(const FeedWriteResult& result);
    void complete();
    void submit(FeedUpdate update);
    void startParses();
    void flushWrites();
    qint64 now() const;

    Cache* m_cache;
    FeedFetcher* m_fetcher;
    const Clock* m_clock;
    QHash<qint64, RefreshTarget> m_targets;
    QHash<qint64, FetchOutcome> m_outcomes;
    RefreshSummary m_summary;
    QElapsedTimer m_timer;
    bool m_running = false;
    struct ParseJob
    {
        RefreshTarget target;
        FetchResult result;
        QString hash;
        qint64 now = 0;
    };
    QList<ParseJob> m_parseQueue;
    int m_parsing = 0;
    QList<FeedUpdate> m_pendingWrites;
    int m_writesInFlight = 0;
    quint64 m_generation = 0;
    void holdBytes(qint64 feedId, qint64 bytes);
    void releaseBytes(qint64 feedId);
    QHash<qint64, qint64> m_bytesAheadByFeed;
    qint64 m_bytesAhead = 0;
    QHash<qint64, qint64> m_parsedBytesByFeed; // bodies handed to a parser and not yet written
    qint64 m_parsedBytes = 0;
    qint64 m_maxBytesAhead = kMaxBytesAhead;
    // Large feeds parse on one long-lived thread of their own. With glibc, memory freed after a parse stays in
    // the arena of the thread that allocated it: parsed on whichever pool thread was free, every arena came to
    // hold a large feed's working set (support/Allocator.h). Last, so that it is gone (its job done) first.
    QThreadPool m_largeFeedPool;
};

} // namespace news

Q_DECLARE_METATYPE(news::RefreshProgress)
Q_DECLARE_METATYPE(news::RefreshSummary)
