#pragma once

#include "model/Credits.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Articles as the normaliser hands them to the store (StoredItem) and as lists and the reader read them back.

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
    // the search index's text in UTF-8, prepared off the writer thread (text/SearchText)
    QByteArray searchTitle;
    QByteArray searchAuthors;
    QByteArray searchBody;
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

} // namespace news

Q_DECLARE_METATYPE(news::ArticlePage)
Q_DECLARE_METATYPE(news::ArticleFilter)
