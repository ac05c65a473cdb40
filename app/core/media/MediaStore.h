#pragma once

#include "fetch/CompletionRun.h"
#include "fetch/FeedFetcher.h"
#include "model/Completion.h"

#include <QHash>
#include <QObject>

#include <chrono>

namespace news
{

class Cache;
class Clock;

/// What the bytes of an image are, judged by the bytes (never by the Content-Type header).
struct ImageInfo
{
    QString mime; // image/png, image/jpeg, image/gif, image/webp; empty: not an image we keep
    int width = 0;
    int height = 0;
};
ImageInfo sniffImage(const QByteArray& bytes);

/// True for URLs of known trackers and counters (they are never stored).
bool isTrackerUrl(const QUrl& url);

struct MediaLimits
{
    qint64 maxBytes = 10 * 1024 * 1024;
    qint64 maxPixels = 40'000'000; // width × height from the header: decompression bombs are refused unread
    int perArticle = 12;
};

/// Stores article images at refresh time (content-addressed under images/, each distinct image once), through
/// the same polite fetcher as feeds. Runs off the GUI thread; the article view reads only what is stored here.
class MediaStore : public QObject
{
    Q_OBJECT

public:
    MediaStore(Cache* cache, FetchSettings settings, MediaLimits limits = {}, QObject* parent = nullptr);

    /// Fetches every pending image (newest articles first), in chunks read as the previous ones drain, until
    /// none is pending or `budget` (default: FullTextFetcher's kCompletionBudget) has passed; a host's Retry-After
    /// holds its images, which stay pending when the wait outlasts the budget. Called while running (new images
    /// from full text), it runs once more when this run ends, within what is left of the budget.
    void fetchPending(std::chrono::milliseconds budget = std::chrono::minutes(30));
    bool isRunning() const { return m_run->isRunning(); }
    FeedFetcher* fetcher() const { return m_fetcher; }
    /// Images still pending when the last run ended.
    int leftPending() const { return m_run->leftPending(); }

signals:
    /// In media rows: `total` is what was pending when the run began.
    void progress(int done, int total);
    void finished(int stored, int failed);
    /// A human-readable line for the log when an image is refused (too big, not an image, a bomb, …).
    void rejected(const QString& url, const QString& reason);

private:
    using Pending = PendingImage;
    void loadMore();
    void onFetched(const FetchResult& result);
    void record(const QList<qint64>& ids,
                const QString& state,
                const QString& blob,
                qint64 bytes,
                const ImageInfo& info,
                const QString& error);

    Cache* m_cache;
    FeedFetcher* m_fetcher;
    CompletionRun* m_run;
    MediaLimits m_limits;
    QHash<qint64, Pending> m_inFlight; // request id → media rows
    QHash<QString, qint64> m_requestByUrl; // in flight: a later chunk's row of the same URL waits for that request
    qint64 m_requestId = 0;
    bool m_again = false;
};

} // namespace news
