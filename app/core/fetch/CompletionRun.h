#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace news
{

class FeedFetcher;

/// The loop under the work after a refresh, shared by article pages (extract/FullTextFetcher) and images
/// (media/MediaStore) (#12, D7). What is pending is read a chunk at a time, when fewer than `refillBelow` requests
/// are still out, and fetched through the owner's polite `fetcher` (per-host slots, rate, Retry-After), until
/// nothing more is pending or the time budget has passed; then what is queued is cancelled and stays pending. The
/// owner reads the chunks, sends the requests and handles their results; this class keeps the cursor, the budget,
/// the counts (in the owner's rows: articles, media rows) and says when the run has drained.
class CompletionRun : public QObject
{
    Q_OBJECT

public:
    /// How a row ended: stored, failed (or skipped), left pending (cancelled, or held for a Retry-After), or done
    /// without a request of its own (an image already stored for another article).
    enum class Outcome
    {
        Stored,
        Failed,
        Left,
        Reused
    };

    /// What a drained run did. `remaining`: what was left of the budget when it drained.
    struct Drained
    {
        int stored = 0;
        int failed = 0;
        bool stopped = false; // the budget ran out
        bool offline = false; // nothing was sent (the fetcher is offline); nothing was read either
        std::chrono::milliseconds remaining{0};
    };

    /// `readChunk` reads the chunk at cursor() and answers with loaded().
    CompletionRun(FeedFetcher* fetcher, int refillBelow, std::function<void()> readChunk, QObject* parent = nullptr);

    /// Begins a run within `budget`; false while one is running. Offline, nothing is read or sent: the run drains
    /// on the next turn of the event loop.
    bool start(std::chrono::milliseconds budget);
    bool isRunning() const { return m_running; }
    /// The budget ran out: the rest of a chunk being handed over stays pending.
    bool isStopping() const { return m_stopping; }
    /// The keyset cursor of the next chunk (std::numeric_limits<qint64>::max() at the start: from the newest).
    qint64 cursor() const { return m_cursor; }
    /// Rows still pending when the last run drained (left pending, and listed but never read).
    int leftPending() const { return m_left; }

    /// The chunk asked for arrived: the next chunk's cursor, whether nothing more is pending, and how many rows are
    /// pending in all (-1: unknown). False when the run is over (the owner drops the chunk); else the owner sends
    /// its requests (sent() for each) and then calls step().
    bool loaded(qint64 next, bool exhausted, int total);
    /// At least `total` rows are pending in this run (rows added meanwhile, e.g. articles pinned).
    void countAtLeast(int total);
    /// A request for one or more rows went to the fetcher.
    void sent() { ++m_outstanding; }
    /// The request sent for `rows` rows has ended (after its worker, if it had one) with `outcome`.
    void settled(int rows, Outcome outcome);
    /// Rows that ended without a request (a tracker skipped, an image reused); step() follows with the chunk.
    void counted(int rows, Outcome outcome);
    /// Reads the next chunk when few requests are out, stops at the end of the budget and drains when all is done.
    void step();

signals:
    /// In rows: `total` is what was pending when the run began (more when rows are added meanwhile).
    void progress(int done, int total);
    /// Every request has come back. The owner's writes may still be queued: wait for them before saying so.
    void drained(const news::CompletionRun::Drained& result);

private:
    void count(int rows, Outcome outcome);
    void readMore();
    void stop();

    FeedFetcher* m_fetcher;
    int m_refillBelow;
    std::function<void()> m_readChunk;
    QElapsedTimer m_clock;
    QTimer* m_deadline; // the budget's end, also when nothing completes (every host waits for a Retry-After)
    std::chrono::milliseconds m_budget{0};
    qint64 m_cursor = 0;
    bool m_exhausted = false; // nothing more to read this run
    bool m_loading = false;
    bool m_stopping = false; // the budget ran out: what is queued stays pending
    bool m_running = false;
    int m_outstanding = 0; // requests sent and not settled (on the network, or with their worker)
    int m_total = 0;
    int m_done = 0;
    int m_stored = 0;
    int m_failed = 0;
    int m_leftRows = 0;
    int m_left = 0;
};

} // namespace news
