#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace news
{

/// One RSS/Atom/JSON feed as the parser reads it. Text fields are plain text; `subtitle`, `rights`,
/// `summary` and `content` are sanitized HTML fragments. URLs are absolute where a base was known.
struct Enclosure
{
    QString url;
    QString type;
    qint64 length = -1;
};

struct MediaItem
{
    QString url;
    QString type;
    QString caption; // plain text
    QString credit; // plain text (media:credit)
    bool thumbnail = false;
};

struct FeedEntry
{
    QString id;
    QString title;
    QString link;
    QDateTime published; // UTC; invalid when the feed gives none (never invented)
    QDateTime updated;
    QDateTime created;
    QString author;
    QString authorEmail;
    QStringList authors; // every author name, in document order
    QString summary;
    QString content;
    // the summary's visible text when the parser had it at hand (else empty): whether an item is a teaser is read
    // from it; the content's is made once, by normalize's credit pass (#12)
    QString summaryText;
    QStringList categories;
    QList<Enclosure> enclosures;
    QList<MediaItem> media;
    QString comments; // URL of the comments page
    QString commentRss; // wfw:commentRss
    int commentCount = -1; // slash:comments
    QString sourceTitle;
    QString sourceLink;
    QStringList contributors;
};

enum class FeedFormat
{
    Unknown,
    Rss090,
    Rss091,
    Rss092,
    Rss093,
    Rss094,
    Rss20,
    Rss10,
    Atom03,
    Atom10,
    Json10,
    Json11,
};

struct FeedDocument
{
    FeedFormat format = FeedFormat::Unknown;
    QString encoding; // lower-case name of the encoding the bytes were decoded with
    bool bozo = false;
    QString bozoReason; // technical English, first problem found
    QString title;
    QString subtitle;
    QString link;
    QString id;
    QString language;
    QDateTime updated;
    QDateTime published;
    QString author;
    QString authorEmail;
    QString image;
    QString generator;
    QString rights;
    QString icon;
    QList<FeedEntry> entries;
};

QString formatName(FeedFormat format);

} // namespace news
