#pragma once

#include "model/Credits.h"
#include "store/SubscriptionTypes.h"
#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace news
{

/// One image or enclosure of an article, as stored.
struct MediaRecord
{
    QString url;
    QString role = QStringLiteral("inline"); // thumbnail | inline | enclosure
    QString caption;
    QString credit;
    QString mime;
};

/// A parsed, normalised article ready to be written (normalize/ArticleNormalizer).
struct StoredItem
{
    QString dedupeKey;
    QString guid;
    QString link;
    QString canonicalLink;
    QString title;
    QString authors;
    QString summary;
    QString content;
    qint64 published = 0; // unix seconds
    bool dateKnown = true;
    qint64 updated = 0;
    int comments = -1;
    QString commentsUrl;
    QString thumbnail;
    QString contentHash;
    Credits credits; // stored as JSON (`extra`)
    QList<MediaRecord> media;
    QStringList categories; // the item's own <category>/dc:subject terms
    /// The canonical section its categories name (normalize/SectionWords), "" when they name none: the writer
    /// then files it under the feed's section. A feed whose section the reader fixed keeps its items.
    QString section;
    /// The feed carries only a teaser (no full content, short or cut-off text): a candidate for full text.
    bool summaryOnly = false;
    // the search index's text in UTF-8, prepared off the writer thread (store/SearchText)
    QByteArray searchTitle;
    QByteArray searchAuthors;
    QByteArray searchBody;
};

struct RankingEntry
{
    QString title;
    QString link;
};

enum class FetchOutcome
{
    Updated, // new bytes, parsed
    NotModified, // 304
    Unchanged, // same body hash
    Failed,
};

/// Everything one fetch of one feed produced; written in one transaction.
struct FeedUpdate
{
    qint64 feedId = 0;
    FetchOutcome outcome = FetchOutcome::Failed;
    int httpStatus = 0;
    QString etag;
    QString lastModified;
    QString bodyHash;
    QString permanentUrl; // a 301/308 moved the feed here
    bool gone = false; // 410
    Error error;
    qint64 retryAfter = 0; // unix seconds; 0 = use back-off
    QString feedTitle;
    QList<StoredItem> items;
    QList<RankingEntry> ranking;
    bool isRanking = false;
    qint64 startedAt = 0;
    int durationMs = 0;
    qint64 bytes = 0;
    qint64 now = 0; // the clock's "now" for first_seen and back-off
};

struct FeedWriteResult
{
    qint64 feedId = 0;
    int newItems = 0;
    int updatedItems = 0;
    bool stored = true;
    QString error; // storage failure, technical
};

/// Which feeds a refresh fetches.
struct RefreshScope
{
    enum class Kind
    {
        All,
        Section,
        Feeds,
    };
    Kind kind = Kind::All;
    QString section;
    QList<qint64> feedIds;
    bool force = false; // ignore back-off and the ranking schedule
};

/// A feed due for a fetch, with what a conditional request needs.
struct RefreshTarget
{
    qint64 feedId = 0;
    QString url;
    QString etag;
    QString lastModified;
    QString bodyHash;
    bool ranking = false;
    QString timezone;
    QString encoding;
    QString userAgent; // the reader's User-Agent for this feed, "" for the app's (#15)
};

/// An article waiting for its page to be fetched and its full text extracted.
struct PendingFullText
{
    qint64 articleId = 0;
    QString url;
    QString authors;
};

/// An image URL waiting to be stored, with every media row (of one or several articles) that shows it.
struct PendingImage
{
    QList<qint64> mediaIds;
    QString url;
    bool bundled = false; // every article wanting it comes from a bundled (qrc:) feed: the demo
};

/// One keyset page of articles waiting for full text.
struct PendingFullTextPage
{
    QList<PendingFullText> items;
    qint64 next = 0; // the smallest article id in this page: the next page lies below it
    bool full = false; // the page is as long as asked: more may follow
    int total = -1; // how many wait in all, when asked for
};

/// One keyset page of images waiting to be stored.
struct PendingImagePage
{
    QList<PendingImage> toFetch;
    qint64 next = 0; // the next page's rows belong to articles with smaller ids
    bool exhausted = false;
    int total = -1; // pending media rows in all, when asked for
    int reused = 0; // rows marked stored with bytes another article had already stored
};

/// What became of an image: stored (under `blob`, the content hash), failed, skipped.
struct MediaState
{
    QString state;
    QString blob;
    qint64 bytes = 0;
    QString mime;
    int width = 0;
    int height = 0;
    QString error;
};

/// A feed as the UI and the CLI list it.
struct FeedInfo
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceKey;
    QString sourceName;
    QString url;
    QString title;
    QString section;
    QString kind;
    QString groupName;
    int lastStatus = 0;
    int lastErrorCode = 0; // ErrorCode + 1, 0 = fine
    QString lastError;
    qint64 lastSuccess = 0;
    qint64 lastFetch = 0;
    qint64 nextFetch = 0; // back-off or Retry-After: not refreshed before this (unix seconds, 0 = any time)
    int failureCount = 0;
    bool disabled = false;
    int articleCount = 0;
    int unread = 0;
    QString timezone;
    QString encoding;
    bool sourceImages = true; // the source's switches (sources.images, sources.fulltext)
    QString sourceFullText = QStringLiteral("auto");
    bool sectionFixed = false; // the reader chose the section: items' categories do not move them
    qint64 failingSince = 0; // unix seconds of the first failure in the current run of them, 0 = fine
    FeedOptions options; // the reader's per-feed settings
    int outletIntervalMinutes = -1; // the outlet's refresh interval its feeds follow (-1: the app's)
};

enum class StatusField
{
    Read,
    Starred,
    Saved,
};

/// What an article list shows: a section, a feed, a source, starred, saved or a search.
struct ArticleFilter
{
    enum class Kind
    {
        All,
        Section,
        Feed,
        Source,
        Starred,
        Saved,
        Unread,
    };
    Kind kind = Kind::All;
    QString section;
    qint64 id = 0;
    bool operator==(const ArticleFilter&) const = default;
};

/// Keyset cursor: the last row of the previous page.
struct PageCursor
{
    qint64 published = 0;
    qint64 id = 0;
    bool valid = false;
};

/// A slim row of an article list; display strings are formatted by the GUI model when the page arrives.
struct ArticleRow
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString title;
    QString outlet;
    QString section;
    qint64 published = 0;
    bool dateKnown = true;
    QString thumbnail;
    QString thumbnailFile; // local cache path when the image is stored
    int comments = -1;
    bool read = false;
    bool starred = false;
    bool saved = false;
    QString snippet; // search results: plain text with the match marked by \x01 … \x02
    QString summary; // list pages: the summary's first sentences as plain text (the list's second line, #14)
};

struct ArticlePage
{
    QList<ArticleRow> rows;
    PageCursor next;
};

struct ArticleDetail
{
    ArticleRow row;
    QString link;
    QString guid;
    QString authors;
    QString summary;
    QString content;
    qint64 updated = 0;
    qint64 firstSeen = 0;
    QString commentsUrl;
    Credits credits;
    QString sourceTimezone;
    struct Media
    {
        qint64 id = 0;
        QString url;
        QString role;
        QString caption;
        QString credit;
        QString mime;
        QString state;
        QString file; // absolute path in the cache when stored
        int width = 0;
        int height = 0;
    };
    QList<Media> media;
};

struct CacheStats
{
    qint64 articles = 0;
    qint64 feeds = 0;
    qint64 unread = 0;
    qint64 starred = 0;
    qint64 saved = 0;
    qint64 images = 0; // image URLs whose bytes are in the cache
    qint64 imageBytes = 0; // bytes of stored images
    qint64 bytes = 0; // database + image files
};

struct RankingItem
{
    int position = 0;
    QString title;
    QString link;
    qint64 articleId = 0;
    QString outlet;
    int outlets = 1; // Sosik's own ranking: how many outlets carry the story
    double score = 0;
};

struct RankingList
{
    QString section;
    QString label; // the outlet of a publisher ranking, or "Sosik"
    bool publisher = true; // false: Sosik's own ranking
    QString period; // Sosik's own: "today" (24 hours) or "week" (7 days); empty for a publisher's
    qint64 takenAt = 0;
    QList<RankingItem> items;
};

} // namespace news

Q_DECLARE_METATYPE(news::FeedUpdate)
Q_DECLARE_METATYPE(news::FeedWriteResult)
Q_DECLARE_METATYPE(news::ArticlePage)
Q_DECLARE_METATYPE(news::ArticleFilter)
