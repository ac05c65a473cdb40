#pragma once
// The cache the store tests start from (tests/core TestStore, TestStoreIntegrity): a real SQLite file with one
// source, 테스트일보, and its feeds.

#include "store/StoreWriter.h"

#include <QList>
#include <QPair>
#include <QString>

namespace storefixture
{

/// Opens (creating) the cache of `store` and adds 테스트일보 with a feed per (address, section); returns the feed
/// ids, or none when the cache cannot be opened.
inline QList<qint64> openWithFeeds(news::StoreWriterCore& store, const QList<QPair<QString, QString>>& feeds)
{
    if (!std::holds_alternative<int>(store.open())) {
        return {};
    }
    news::SourceRecord source;
    source.key = QStringLiteral("test");
    source.nameKo = QStringLiteral("테스트일보");
    const qint64 sourceId = std::get<qint64>(store.upsertSource(source));
    QList<qint64> ids;
    for (const auto& [url, section] : feeds) {
        news::FeedRecord feed;
        feed.url = url;
        feed.section = section;
        ids.append(std::get<qint64>(store.upsertFeed(sourceId, feed)));
    }
    return ids;
}

/// A successful fetch of `feedId` at `now` that brought `items`.
inline news::FeedUpdate feedUpdate(qint64 feedId, QList<news::StoredItem> items, qint64 now)
{
    news::FeedUpdate u;
    u.feedId = feedId;
    u.outcome = news::FetchOutcome::Updated;
    u.httpStatus = 200;
    u.items = std::move(items);
    u.now = now;
    return u;
}

} // namespace storefixture
