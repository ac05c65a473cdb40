#include "store/Recovery.h"

#include "store/Database.h"
#include "store/StoreWriter.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace news
{

// SQLite's own words (sqlite3_errstr) for SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FULL and SQLITE_READONLY: the
// errors reach us as text through QtSql and the writer's direct path alike.
bool isDamagedCacheError(const QString& detail)
{
    return detail.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("not a database"), Qt::CaseInsensitive);
}

bool isDiskFullError(const QString& detail)
{
    return detail.contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive);
}

bool isReadOnlyError(const QString& detail)
{
    return detail.contains(QLatin1String("readonly database"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("read-only"), Qt::CaseInsensitive);
}

namespace
{

// In the order that keeps references pointing at rows already copied. The search index is not copied: it is
// rebuilt from the articles; the fetch log is history nobody needs back.
const char* const kTables[] = {"settings",
                               "sources",
                               "feeds",
                               "articles",
                               "article_status",
                               "status_memory",
                               "media",
                               "ranking_snapshots",
                               "ranking_items"};

QStringList columns(QSqlDatabase& db, const QString& schema, const QString& table)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table))) {
        while (q.next()) {
            out.append(q.value(1).toString());
        }
    }
    return out;
}

bool run(QSqlDatabase& db, const QString& sql, int* changed = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return false;
    }
    if (changed) {
        *changed = q.numRowsAffected();
    }
    return true;
}

// Copies what can be read of one table: whole, else in rowid ranges, else row by row.
void copyTable(QSqlDatabase& db, const QString& table, RecoveryReport* report)
{
    const QStringList fresh = columns(db, QStringLiteral("main"), table);
    const QStringList old = columns(db, QStringLiteral("damaged"), table);
    QStringList shared;
    for (const QString& c : fresh) {
        if (old.contains(c)) {
            shared.append(c);
        }
    }
    if (shared.isEmpty()) {
        return; // not in the damaged file (an older schema), or its definition is unreadable
    }
    const QString list = shared.join(QLatin1String(", "));
    const QString copy
        = QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) SELECT %2 FROM damaged.%1").arg(table, list);
    int changed = 0;
    if (run(db, copy, &changed)) {
        report->rows[table] = changed;
        return;
    }
    qCWarning(lcStore) << "recovery:" << table << "cannot be read whole; copying what can be read";
    int total = 0;
    // the last id, if the damage leaves it readable; else the scan goes on until a long run of ids gives nothing
    qint64 last = -1;
    {
        QSqlQuery max(db);
        if (max.exec(QStringLiteral("SELECT MAX(rowid) FROM damaged.%1").arg(table)) && max.next()) {
            last = max.value(0).toLongLong();
        }
    }
    constexpr qint64 kChunk = 500;
    constexpr int kEmptyChunks = 40; // 20,000 ids without a row: the end
    qint64 highest = 0; // the highest id copied: unreadable ids above it were no rows, not lost ones
    QList<qint64> unreadable;
    int empty = 0;
    for (qint64 from = 0; last >= 0 ? from <= last : empty < kEmptyChunks; from += kChunk) {
        const QString range = QStringLiteral(" WHERE rowid BETWEEN %1 AND %2").arg(from).arg(from + kChunk - 1);
        if (run(db, copy + range, &changed)) {
            total += changed;
            empty = changed > 0 ? 0 : empty + 1;
            if (changed > 0) {
                highest = from + kChunk - 1;
            }
            continue;
        }
        int copied = 0;
        for (qint64 id = from; id < from + kChunk; ++id) {
            if (run(db, copy + QStringLiteral(" WHERE rowid = %1").arg(id), &changed)) {
                copied += changed;
                if (changed > 0) {
                    highest = id;
                }
            } else {
                unreadable.append(id); // on a damaged page (or no row at all: ids have gaps)
            }
        }
        total += copied;
        empty = copied > 0 ? 0 : empty + 1;
    }
    for (qint64 id : std::as_const(unreadable)) {
        if (last >= 0 || id <= highest) {
            ++report->lostRows;
        }
    }
    report->rows[table] = total;
}

} // namespace

Result<RecoveryReport> recoverCache(const QString& databasePath, qint64 now)
{
    RecoveryReport report;
    report.backupPath
        = QStringLiteral("%1.damaged-%2")
              .arg(databasePath,
                   QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::exists(databasePath)) {
        return Error{ErrorCode::Storage, QStringLiteral("%1 does not exist").arg(databasePath)};
    }
    // the WAL holds committed transactions: it goes with the file (SQLite finds it by the name + "-wal")
    if (!QFile::rename(databasePath, report.backupPath)) {
        return Error{ErrorCode::Storage, QStringLiteral("cannot move %1 aside").arg(databasePath)};
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = databasePath + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, report.backupPath + QLatin1String(suffix))) {
            return Error{ErrorCode::Storage, QStringLiteral("cannot move %1 aside").arg(side)};
        }
    }
    const QString role = QStringLiteral("recovery");
    {
        QSqlDatabase db = Database::connection(databasePath, role);
        const auto created = Database::openAndMigrate(db);
        if (const auto* error = std::get_if<Error>(&created)) {
            db = QSqlDatabase();
            Database::release(databasePath, role);
            return *error;
        }
        QString error;
        // references are checked once, at the end, for what could be recovered
        Database::exec(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS damaged"));
        attach.addBindValue(report.backupPath);
        const bool attached = attach.exec();
        attach.finish();
        if (!attached) {
            qCWarning(lcStore) << "recovery: the damaged file cannot be read at all:" << attach.lastError().text();
            ++report.lostRows;
        } else {
            // no enclosing transaction: a statement that meets a damaged page fails alone and takes nothing else
            // with it (in one transaction SQLite may abandon all of it)
            for (const char* table : kTables) {
                copyTable(db, QString::fromLatin1(table), &report);
            }
            // rows whose parents were lost go too (an article without its feed cannot be shown or refreshed)
            for (const char* sql : {"DELETE FROM feeds WHERE source_id NOT IN (SELECT id FROM sources)",
                                    "DELETE FROM articles WHERE feed_id NOT IN (SELECT id FROM feeds)",
                                    "DELETE FROM article_status WHERE article_id NOT IN (SELECT id FROM articles)",
                                    "DELETE FROM media WHERE article_id NOT IN (SELECT id FROM articles)",
                                    "DELETE FROM ranking_snapshots WHERE feed_id NOT IN (SELECT id FROM feeds)",
                                    "DELETE FROM ranking_items WHERE snapshot_id NOT IN (SELECT id FROM "
                                    "ranking_snapshots)"}) {
                if (!Database::exec(db, QString::fromLatin1(sql), &error)) {
                    qCWarning(lcStore) << "recovery:" << error;
                }
            }
            // and the search index follows the recovered articles when the cache next opens
            Database::exec(db,
                           QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                                          "('rebuild_search_index', '1')"));
            Database::exec(db, QStringLiteral("DETACH DATABASE damaged"));
        }
        Database::exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        db = QSqlDatabase();
        Database::release(databasePath, role);
    }
    StoreWriterCore rebuilt(databasePath);
    const auto opened = rebuilt.open(); // rebuilds the search index
    if (const auto* error = std::get_if<Error>(&opened)) {
        return *error;
    }
    qCInfo(lcStore) << "recovered" << databasePath << report.rows << "lost" << report.lostRows << "backup"
                    << report.backupPath;
    return report;
}

} // namespace news
