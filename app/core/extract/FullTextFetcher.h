#pragma once

#include "extract/ArticleExtractor.h"
#include "fetch/FeedFetcher.h"
#include "store/StoreTypes.h"

#include <QHash>
#include <QObject>

namespace news
{

class Cache;

/// What the store keeps of an extracted page: the body after credit extraction (bylines, photo credits and
/// the copyright line become metadata), that metadata as JSON, and the page's images in order.
struct FullText
{
    QString content;
    QString extra;
    QList<MediaRecord> media;
};
FullText prepareFullText(const ExtractedPage& page, const QString& feedAuthors);

/// Fetches the pages of articles waiting for full text (summary-only feeds, "always" sources, pinned articles)
/// through the same polite fetcher as feeds, extracts their article off the GUI thread and stores it; the
/// page's images then wait for media/ like the feed's. Pinned articles go first, then the newest.
class FullTextFetcher : public QObject
{
    Q_OBJECT

public:
    FullTextFetcher(Cache* cache, FetchSettings settings, ExtractLimits limits = {}, QObject* parent = nullptr);

    void fetchPending(int maxArticles = 300);
    bool isRunning() const { return m_running; }
    FeedFetcher* fetcher() const { return m_fetcher; }

signals:
    void progress(int done, int total);
    void finished(int extracted, int failed);
    /// A line for the log when a page gives no article (not HTML, too big, nothing found, HTTP error).
    void rejected(const QString& url, const QString& reason);

private:
    struct Pending
    {
        qint64 articleId = 0;
        QString url;
        QString authors;
    };
    void begin(const QList<Pending>& pending);
    void onFetched(const FetchResult& result);
    void fail(const Pending& p, const QString& reason);
    void step();

    Cache* m_cache;
    FeedFetcher* m_fetcher;
    ExtractLimits m_limits;
    QHash<qint64, Pending> m_inFlight;
    int m_total = 0;
    int m_done = 0;
    int m_extracted = 0;
    int m_failed = 0;
    int m_working = 0;
    bool m_running = false;
    bool m_fetchDone = false;
};

} // namespace news
