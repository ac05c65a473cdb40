#pragma once

#include "model/FeedDocument.h"
#include "parse/FeedParser.h"

namespace news::feedparse
{

/// JSON Feed 1.0 and 1.1 (already decoded `text`) into `doc`, which carries the decoding's findings. Internal to
/// parse/: callers use parseFeed.
Result<FeedDocument> parseJsonFeed(const QString& text, const ParseOptions& options, FeedDocument doc);

} // namespace news::feedparse
