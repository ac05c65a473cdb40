#pragma once

#include "model/FeedDocument.h"

#include <QString>

namespace news
{

/// `text` repaired when it is UTF-8 that was once read as ISO-8859-1 or windows-1252 and encoded again
/// ("â€¦" for "…", "Ã©" for "é"): every character maps back to one byte of those encodings, and the bytes are
/// valid UTF-8 with at least one multi-byte sequence. Anything else comes back unchanged (the same shared
/// string): text beyond windows-1252 (Hangul, Han) cannot be double-encoded this way, and a lone Latin-1 letter
/// ("café") is not valid UTF-8.
QString repairDoubleEncoding(const QString& text);

/// Every text field of a document decoded as UTF-8, repaired as above (feeds that were decoded with another
/// encoding are left alone: the repair is only sound where the bytes were UTF-8).
void repairDoubleEncoding(FeedDocument& doc);

} // namespace news
