#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

Q_LOGGING_CATEGORY(lcStore, "news.store")

namespace news::Database
{
namespace
{

QString connectionName(const QString& path, const QString& role)
{
    return QStringLiteral("sosik:%1:%2:%3")
        .arg(role, path)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

bool pragmas(QSqlDatabase& db, QString* error)
{
    // WAL lets readers on other threads read while the writer writes; NORMAL sync is durable in WAL mode
    // except for the last transactions on power loss (never corruption).
    return exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        && exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        && exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error)
        && exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), error)
        && exec(db, QStringLiteral("PRAGMA temp_store=MEMORY"), error)
        && exec(db, QStringLiteral("PRAGMA cache_size=-16000"), error)
        // the WAL file shrinks back to 16 MB after a checkpoint instead of keeping its largest size
        && exec(db, QStringLiteral("PRAGMA journal_size_limit=16777216"), error);
}

int userVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

// Splits a migration file into statements (our files keep ';' out of strings and triggers).
QStringList statements(const QString& sql)
{
    QStringList out;
    QString current;
    for (const QString& line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty()) {
            continue;
        }
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        current += (comment >= 0 ? line.left(comment) : line) + u'\n';
        if (trimmed.endsWith(u';') || (comment >= 0 && line.left(comment).trimmed().endsWith(u';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        out.append(current.trimmed());
    }
    return out;
}

} // namespace

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(sql.left(80), q.lastError().text());
        }
        return false;
    }
    return true;
}

QSqlDatabase connection(const QString& path, const QString& role)
{
    const QString name = connectionName(path, role);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    return db;
}

void release(const QString& path, const QString& role)
{
    const QString name = connectionName(path, role);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

Result<int> openAndMigrate(QSqlDatabase& db, int targetVersion)
{
    const QString path = db.databaseName();
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    QDir().mkpath(QFileInfo(path).absolutePath());
#ifdef Q_OS_UNIX
    // the cache holds what one reads and, without a keychain, a sync account's password: the owner's only (it was
    // 0644, readable by every user of the machine, #16). SQLite gives the -wal and -shm files the database's mode.
    if (!existed && !db.isOpen()) {
        QFile create(path);
        if (create.open(QIODevice::WriteOnly)) {
            create.close();
        }
    }
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file)) {
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner); // best effort (a read-only folder)
        }
    }
#endif
    if (!db.isOpen() && !db.open()) {
        return Error{ErrorCode::Storage, QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text())};
    }
    QString error;
    // A new cache gets 16 KiB pages: an article row (summary, body, credits) takes 2-3 KiB, so 4 KiB pages
    // held one or two and a refresh wrote a page and a WAL frame per article; 16 KiB write a quarter of the
    // frames (bench-pipeline: write 20-25 % faster). The page size is fixed once the file has content.
    if (!existed && !exec(db, QStringLiteral("PRAGMA page_size=16384"), &error)) {
        return Error{ErrorCode::Storage, error};
    }
    if (!pragmas(db, &error)) {
        return Error{ErrorCode::Storage, error};
    }
    const int version = userVersion(db);
    if (version < 0) {
        return Error{ErrorCode::Storage, QStringLiteral("%1 is not a Sosik database").arg(path)};
    }
    if (version > kSchemaVersion) {
        return Error{ErrorCode::Storage,
                     QStringLiteral("%1 was written by a newer Sosik (schema %2, we know %3)")
                         .arg(path)
                         .arg(version)
                         .arg(kSchemaVersion)};
    }
    // Which migrations ran is recorded per number (schema_migrations), not only as the highest one: migrations are
    // written in parallel under reserved numbers and may land out of order (#16: 007 before 005 and 006), so a
    // cache at version 7 still gets a 005 that arrives later. Caches from before the table ran every migration up to
    // their user_version.
    QSet<int> applied;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT number FROM schema_migrations"))) {
            while (q.next()) {
                applied.insert(q.value(0).toInt());
            }
        } else {
            for (int n = 1; n <= version; ++n) {
                applied.insert(n);
            }
        }
    }
    QDir dir(QStringLiteral(":/sql"));
    QMap<int, QString> pending;
    for (const QString& name : dir.entryList({QStringLiteral("[0-9][0-9][0-9]_*.sql")}, QDir::Files, QDir::Name)) {
        const int number = name.left(3).toInt();
        if (number <= targetVersion && !applied.contains(number)) {
            if (pending.contains(number)) {
                return Error{ErrorCode::Storage, QStringLiteral("two migrations numbered %1").arg(number)};
            }
            pending.insert(number, name);
        }
    }
    if (pending.isEmpty()) {
        return version;
    }
    if (existed) {
        // a backup before any migration touches an existing cache (checkpoint first so the copy is whole)
        exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            return Error{ErrorCode::Storage, QStringLiteral("cannot back up %1 before migrating").arg(path)};
        }
        qCInfo(lcStore) << "backed up schema" << version << "to" << backup;
    }
    int reached = version;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const int next = it.key();
        QFile file(dir.filePath(it.value()));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::Storage, QStringLiteral("cannot read migration %1").arg(it.value())};
        }
        const QString sql = QString::fromUtf8(file.readAll());
        if (!db.transaction()) {
            return Error{ErrorCode::Storage, db.lastError().text()};
        }
        QStringList all = statements(sql);
        all.prepend(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY)"));
        for (const int n : std::as_const(applied)) {
            all.append(QStringLiteral("INSERT OR IGNORE INTO schema_migrations (number) VALUES (%1)").arg(n));
        }
        all.append(QStringLiteral("INSERT OR IGNORE INTO schema_migrations (number) VALUES (%1)").arg(next));
        reached = std::max(reached, next);
        all.append(QStringLiteral("PRAGMA user_version=%1").arg(reached));
        for (const QString& statement : std::as_const(all)) {
            if (!exec(db, statement, &error)) {
                db.rollback();
                return Error{ErrorCode::Storage, QStringLiteral("migration %1 failed: %2").arg(next).arg(error)};
            }
        }
        if (!db.commit()) {
            error = db.lastError().text(); // the commit's own error (a full disk), before the rollback's
            db.rollback();
            return Error{ErrorCode::Storage, QStringLiteral("migration %1 failed: %2").arg(next).arg(error)};
        }
        applied.insert(next);
        qCDebug(lcStore) << "migrated" << path << "with migration" << next;
    }
    return reached;
}

Result<int> openReadOnly(QSqlDatabase& db)
{
    Q_ASSERT(!db.isOpen());
    const QString path = QFileInfo(db.databaseName()).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        return Error{ErrorCode::Storage, QStringLiteral("%1 does not exist").arg(path)};
    }
    QString error;
    for (const char* mode : {"mode=ro", "mode=ro&immutable=1"}) {
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QString::fromLatin1(mode));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            error = db.lastError().text();
            continue;
        }
        QSqlQuery probe(db);
        // the first read is where a WAL database needs its shared-memory file
        if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema")) || !probe.next()) {
            error = probe.lastError().text();
            probe = QSqlQuery();
            db.close();
            continue;
        }
        probe.finish();
        const int version = userVersion(db);
        if (version != kSchemaVersion) {
            db.close();
            return Error{ErrorCode::Storage,
                         QStringLiteral("%1 is read-only and has schema %2 (we need %3)")
                             .arg(path)
                             .arg(version)
                             .arg(kSchemaVersion)};
        }
        exec(db, QStringLiteral("PRAGMA busy_timeout=5000"));
        return version;
    }
    db.setDatabaseName(path);
    db.setConnectOptions();
    return Error{ErrorCode::Storage, QStringLiteral("cannot open %1 for reading: %2").arg(path, error)};
}

Result<int> openForReading(QSqlDatabase& db)
{
    if (!db.isOpen() && !db.open()) {
        return Error{ErrorCode::Storage, db.lastError().text()};
    }
    QString error;
    if (!exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), &error)
        || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &error)) {
        return Error{ErrorCode::Storage, error};
    }
    const int version = userVersion(db);
    if (version != kSchemaVersion) {
        return Error{ErrorCode::Storage, QStringLiteral("unexpected schema %1").arg(version)};
    }
    return version;
}

} // namespace news::Database
