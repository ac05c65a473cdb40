#pragma once

#include "sources/Opml.h"
#include "sources/SourceCatalog.h"
#include "store/StoreWriter.h"

namespace news
{

/// What the cache stores of a source definition: the source, its feeds and ranking feeds, in order.
SubscriptionRecord subscriptionOf(const SourceDefinition& source);
/// OPML feeds as feeds of the "opml" source.
SubscriptionRecord subscriptionOf(const QList<OpmlFeed>& feeds);

/// Writes a source definition and its feeds (and ranking feeds) into the cache. Returns the source id.
Result<qint64> importSource(StoreWriterCore& store, const SourceDefinition& source);

/// Imports OPML feeds into the "opml" source (one transaction: all or nothing). Returns the feed count.
Result<int> importOpml(StoreWriterCore& store, const QList<OpmlFeed>& feeds);

/// Every article feed of the cache as OPML entries (for export).
Result<QList<OpmlFeed>> exportFeeds(StoreWriterCore& store);

} // namespace news
