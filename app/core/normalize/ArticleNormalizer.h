#pragma once

#include "model/Article.h"
#include "model/FeedDocument.h"

namespace news
{

/// Turns a parsed entry into what the store keeps: de-duplication key (guid, else canonical link, else a
/// content hash), a date (the feed's, else first-seen time, marked as such), authors, thumbnail and the
/// article's images in order.
struct NormalizeContext
{
    qint64 now = 0; // unix seconds, first-seen time for undated entries
};

StoredItem normalizeEntry(const FeedEntry& entry, const NormalizeContext& context);

/// Fills the item's search-index text from its stored fields (store/IndexText; done on worker threads, not by the
/// writer). Call again after changing title, authors, summary or content.
void prepareSearchText(StoredItem& item);

/// The `src` of every <img> in sanitized HTML, in order.
QStringList imageSources(const QString& html);

} // namespace news
