#pragma once

#include "support/Result.h"

#include <QString>

/// The reader's words for what went wrong (STYLE.md §4: core returns codes, the GUI words them). One place for
/// every ErrorCode, so the navigation pane, the subscription manager, the status bar and sync errors say the
/// same thing in the same language.
namespace ErrorMessages
{

/// A short, translated sentence for an error: "Address not found", "No response from the server (30 s)",
/// "HTTP 403 — the site refused access" … `detail` (technical English from the core) refines network errors,
/// whose code alone does not tell a missing host from a timeout.
QString describe(const news::Error& error);

/// The same for an error as the cache keeps it: feeds.last_error_code (ErrorCode + 1, 0 = none), the HTTP
/// status and the technical detail.
QString describeStored(int storedCode, int httpStatus, const QString& detail);

} // namespace ErrorMessages
