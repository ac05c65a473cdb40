#pragma once

#include "support/Result.h"

#include <QMap>
#include <QString>

namespace news
{

/// Whether a storage error says the cache file is damaged (SQLite's "malformed" or "not a database"), so that
/// recovering it (recoverCache) is what helps, not retrying.
bool isDamagedCacheError(const QString& detail);

/// Whether a storage error says the disk is full (SQLite's "database or disk is full").
bool isDiskFullError(const QString& detail);

/// Whether a storage error says the cache cannot be written (a read-only file or folder).
bool isReadOnlyError(const QString& detail);

struct RecoveryReport
{
    QString backupPath; // where the damaged file went
    QMap<QString, int> rows; // rows rebuilt per table
    int lostRows = 0; // rows that could not be read
};

/// Rebuilds a damaged cache (#17): moves the file (and its WAL) aside as `cache.db.damaged-<time>`, creates a new
/// cache at `databasePath` and copies into it whatever the damaged file still gives — subscriptions (sources,
/// feeds), statuses (read, starred, saved, and those retention remembers), articles and their images'
/// bookkeeping, settings — row by row where a whole table cannot be read. The search index is rebuilt from the
/// recovered articles. Nothing may have the cache open meanwhile.
Result<RecoveryReport> recoverCache(const QString& databasePath, qint64 now);

} // namespace news
