#pragma once

#include "support/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace news
{

/// Opening the SQLite cache: WAL, foreign keys, migrations from resources/sql (each in a transaction, with a
/// backup copy of the file taken before the first one runs on an existing database).
namespace Database
{

constexpr int kSchemaVersion = 9;

/// A connection for the calling thread (Qt allows a connection only in the thread that made it).
/// `role` separates several connections of one thread ("writer", "reader").
QSqlDatabase connection(const QString& path, const QString& role);

/// Opens (creating if needed) and migrates the database at `path` on `db` up to `targetVersion` (tests
/// build old schemas this way).
Result<int> openAndMigrate(QSqlDatabase& db, int targetVersion = kSchemaVersion);

/// Opens an existing database for reading (no migration; fails if the schema is newer than we know).
Result<int> openForReading(QSqlDatabase& db);

/// Opens an existing database that cannot be written (a read-only file or folder, #17) for reading only: SQLite's
/// read-only mode, and where not even the WAL's shared-memory file can be made, as an immutable file (what it
/// reads cannot change while it reads). `db` must not be open yet.
Result<int> openReadOnly(QSqlDatabase& db);

/// Closes and removes the calling thread's connection for `path`/`role`.
void release(const QString& path, const QString& role);

/// Runs one statement, returning false and filling `error` on failure.
bool exec(QSqlDatabase& db, const QString& sql, QString* error = nullptr);

} // namespace Database

} // namespace news
