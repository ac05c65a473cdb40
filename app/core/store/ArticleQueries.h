#pragma once

#include "model/Article.h"
#include "model/CacheStats.h"
#include "model/Feed.h"
#include "model/Ranking.h"
#include "rank/StoryClusters.h"
#include "support/Result.h"

#include <QHash>
#include <QSqlDatabase>

#include <atomic>

namespace news
{

struct UnreadCounts
{
    int all = 0;
    int starred = 0;
    int saved = 0;
    QHash<QString, int> bySection;
    QHash<qint64, int> byFeed;
};

/// Reads the cache on the calling thread's own connection (WAL: never blocked by the writer). Everything
/// here is bounded (keyset pages, LIMITs); aggregate queries belong on a worker thread.
class ArticleQueries
{
public:
    /// `imageDir` is where media/ stores image bytes (for local file paths in results).
    explicit ArticleQueries(QString path, QString imageDir = {});
    ~ArticleQueries();
    ArticleQueries(const ArticleQueries&) = delete;
    ArticleQueries& operator=(const ArticleQueries&) = delete;

    /// Opens the cache for reading; one that cannot be written (a read-only folder) is opened read-only.
    Result<int> open();
    /// Whether open() found the cache read-only.
    bool isReadOnly() const { return m_readOnly; }
    bool isOpen() const { return m_db.isOpen(); }
    /// Long reads (recentArticles, ownRanking) stop with ErrorCode::Cancelled once `*flag` is true.
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }
    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    Result<ArticlePage> page(const ArticleFilter& filter, const PageCursor& after, int limit);
    Result<ArticleDetail> article(qint64 id);
    /// Search results ranked by relevance and recency, each with a snippet around the first match.
    Result<QList<ArticleRow>> search(const QString& query, int limit = 100);
    Result<UnreadCounts> unreadCounts();
    /// Unread articles first seen at or after `firstSeen` (unix seconds), newest first, optionally only of
    /// `sections`: what a notification about new articles names.
    Result<QList<ArticleRow>> newSince(qint64 firstSeen, const QStringList& sections = {}, int limit = 50);
    Result<CacheStats> stats();
    /// The publication time of the newest article (0 in an empty cache).
    Result<qint64> newestPublished();
    Result<QList<FeedInfo>> feeds();
    /// The newest publisher ranking snapshot of each ranking feed (optionally of one section).
    Result<QList<RankingList>> publisherRankings(const QString& section = {});
    /// Articles of a section in a time window, for Sosik's own ranking and topics (rank/).
    Result<QList<StoryInput>> recentArticles(const QString& section, qint64 since, int limit = 5000);
    /// Sosik's own ranking of a section (or all): stories clustered across outlets, scored by how many outlets
    /// carry them and how recent they are (rank/StoryClusters). Top `count`, each with its outlet count.
    Result<RankingList> ownRanking(const QString& section, qint64 since, qint64 now, int count = 10);
    /// The other versions of article `id`'s story — other outlets' copies of it, by rank/StoryClusters'
    /// sameStory() over the articles published within two days of it: one per outlet (the nearest in time),
    /// newest first, at most `limit`. Bounded: it looks at no more than a few thousand neighbours in time.
    Result<QList<ArticleRow>> storyVersions(qint64 id, int limit = 20);
    QString imageFile(const QString& blob) const;

private:
    QString m_path;
    QString m_imageDir;
    QSqlDatabase m_db;
    const std::atomic_bool* m_cancel = nullptr;
    bool m_readOnly = false;
};

} // namespace news
