#pragma once

#include <QList>
#include <QString>

// The work after a refresh: articles waiting for full text, images waiting to be stored, and what became of them.

namespace news
{

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

} // namespace news
