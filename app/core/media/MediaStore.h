#pragma once

#include "fetch/FeedFetcher.h"

#include <QHash>
#include <QObject>

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

    /// Fetches every pending image (newest articles first).
    void fetchPending();
    bool isRunning() const { return m_running; }
    FeedFetcher* fetcher() const { return m_fetcher; }

signals:
    void progress(int done, int total);
    void finished(int stored, int failed);
    /// A human-readable line for the log when an image is refused (too big, not an image, a bomb, …).
    void rejected(const QString& url, const QString& reason);

private:
    struct Pending
    {
        QList<qint64> mediaIds;
        QString url;
        bool bundled = false; // every article wanting it comes from a bundled (qrc:) feed: the demo
    };
    void begin(const QList<Pending>& pending);
    void onFetched(const FetchResult& result);
    void record(const QList<qint64>& ids,
                const QString& state,
                const QString& blob,
                qint64 bytes,
                const ImageInfo& info,
                const QString& error);
    void step();

    Cache* m_cache;
    FeedFetcher* m_fetcher;
    MediaLimits m_limits;
    QHash<qint64, Pending> m_inFlight; // request id → media rows
    int m_total = 0;
    int m_done = 0;
    int m_stored = 0;
    int m_failed = 0;
    int m_writing = 0;
    bool m_running = false;
    bool m_fetchDone = false;
    bool m_again = false;
};

} // namespace news
