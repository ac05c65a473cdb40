#pragma once

#include "model/Article.h"
#include "support/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>

// What one fetch of one feed produced (refresh/ to store/), and what writing it did.

namespace news
{

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

} // namespace news

Q_DECLARE_METATYPE(news::FeedUpdate)
Q_DECLARE_METATYPE(news::FeedWriteResult)
