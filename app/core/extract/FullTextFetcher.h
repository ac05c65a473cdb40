#pragma once

#include "extract/ArticleExtractor.h"
#include "fetch/CompletionRun.h"
#include "fetch/FeedFetcher.h"
#include "model/Article.h"
#include "model/Completion.h"
#include "model/Credits.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <chrono>

namespace news
{

class Cache;

/// What the store keeps of an extracted page: the body after credit extraction (bylines, photo credits and
/// the copyright line become metadata), that metadata, and the page's images in order (with the caption and
/// credit their position gives them).
struct FullText
{
    QString content;
    Credits credits;
    QList<MediaRecord> media;
};
FullText prepareFullText(const ExtractedPage& page, const QString& feedAuthors);

/// How long the work after a refresh (article pages, images) may take at most; what is left waits for the next
/// refresh. Politeness (per-host concurrency and rate, Retry-After) bounds it otherwise, not a count (#12).
inline constexpr std::chrono::milliseconds kCompletionBudget = std::chrono::minutes(30);
/// The per-host rate for article pages: at least this long between two page requests to one site.
inline constexpr int kPageIntervalMs = 100;

/// Fetches the pages of articles waiting for full text (summary-only feeds, "always" sources, pinned articles)
/// through the same polite fetcher as feeds, extracts their article off the GUI thread and stores it; the
/// page's images then wait for media/ like the feed's. Pinned articles go first, then the newest. Every pending
/// page is fetched in one run, in chunks read as the previous ones drain, until nothing is pending or `budget`
/// has passed; a host's Retry-After holds its pages (they stay pending when the wait outlasts the budget).
class FullTextFetcher : public QObject
{
    Q_OBJECT

public:
    FullTextFetcher(Cache* cache, FetchSettings settings, ExtractLimits limits = {}, QObject* parent = nullptr);

    void fetchPending(std::chrono::milliseconds budget = kCompletionBudget);
    bool isRunning() const { return m_run->isRunning(); }
    FeedFetcher* fetcher() const { return m_fetcher; }
    /// Pages still pending when the last run ended (the budget ran out or a host asked to wait).
    int leftPending() const { return m_run->leftPending(); }

signals:
    /// `total` is what was pending when the run began (and grows when articles are pinned meanwhile).
    void progress(int done, int total);
    void finished(int extracted, int failed);
    /// A line for the log when a page gives no article (not HTML, too big, nothing found, HTTP error).
    void rejected(const QString& url, const QString& reason);

private:
    using Pending = PendingFullText;
    void loadMore();
    void onFetched(const FetchResult& result);
    void fail(const Pending& p, const QString& reason);

    Cache* m_cache;
    FeedFetcher* m_fetcher;
    CompletionRun* m_run;
    ExtractLimits m_limits;
    QHash<qint64, Pending> m_inFlight;
    QSet<qint64> m_seen; // this run's articles (a pinned one is not fetched again among the newest)
    bool m_pinnedDone = false; // pinned articles come first, then every pending one
};

} // namespace news
