#include "store/Statement.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace news
{

bool SqlConnection::sharesLibrary(QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver()) {
        return false;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return false;
    }
    // The driver's library allocates 256 KiB for this result; our library's counter sees it only if the two are
    // one instance. (A build without memory statistics counts nothing: QSqlQuery then, which is only slower.)
    const sqlite3_int64 before = sqlite3_memory_used();
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT randomblob(262144), sqlite_source_id()")) || !probe.next()) {
        return false;
    }
    const sqlite3_int64 during = sqlite3_memory_used();
    const bool sameSource = probe.value(1).toString() == QLatin1String(sqlite3_sourceid());
    probe.finish();
    return sameSource && during - before >= 262144;
}

SqlConnection::SqlConnection(QSqlDatabase db, bool allowDirect)
    : m_db(std::move(db))
{
    if (allowDirect && sharesLibrary(m_db)) {
        m_handle = *static_cast<sqlite3* const*>(m_db.driver()->handle().constData());
    } else if (allowDirect) {
        qCInfo(lcStore) << "Qt's SQLite driver has its own SQLite library: writing through QSqlQuery";
    }
}

SqlConnection::~SqlConnection()
{
    if (m_handle && m_commitHandler) {
        sqlite3_wal_autocheckpoint(m_handle, 1000); // the hook points here: SQLite's own checkpoints again
    }
}

bool SqlConnection::setCommitHandler(std::function<void(int frames)> handler)
{
    if (!m_handle) {
        return false;
    }
    m_commitHandler = std::move(handler);
    if (m_commitHandler) {
        sqlite3_wal_hook(m_handle, &SqlConnection::walHook, this);
    } else {
        sqlite3_wal_autocheckpoint(m_handle, 1000);
    }
    return true;
}

int SqlConnection::walHook(void* self, sqlite3*, const char*, int frames)
{
    auto* connection = static_cast<SqlConnection*>(self);
    if (connection->m_commitHandler) {
        connection->m_commitHandler(frames);
    }
    return SQLITE_OK;
}

bool SqlConnection::checkpoint()
{
    if (m_handle) {
        return sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK;
    }
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Statement::Statement(SqlConnection& connection, const QString& sql)
    : m_connection(connection)
{
    if (connection.direct()) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(
                connection.handle(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(connection.handle()));
            m_stmt = nullptr;
            return;
        }
        m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
        return;
    }
    m_query = std::make_unique<QSqlQuery>(connection.database());
    if (!m_query->prepare(sql)) {
        m_error = m_query->lastError().text();
    }
}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

bool Statement::prepared() const
{
    return m_stmt || (m_query && m_error.isEmpty());
}

void Statement::bind(int index, const QString& value)
{
    if (m_stmt) {
        bindUtf8(index, value.toUtf8());
    } else if (m_query) {
        m_query->bindValue(index - 1, value.isNull() ? QStringLiteral("") : value); // a null QString binds NULL
    }
}

void Statement::bindUtf8(int index, const QByteArray& utf8)
{
    if (m_stmt) {
        if (size_t(index) >= m_text.size()) {
            return;
        }
        m_text[size_t(index)] = utf8; // shared, not copied: alive until the next run
        sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        return;
    }
    if (m_query) {
        m_query->bindValue(index - 1, QString::fromUtf8(utf8));
    }
}

void Statement::bindOrNull(int index, const QString& value)
{
    if (value.isEmpty()) {
        bindNull(index);
    } else {
        bind(index, value);
    }
}

void Statement::bind(int index, qint64 value)
{
    if (m_stmt) {
        sqlite3_bind_int64(m_stmt, index, value);
    } else if (m_query) {
        m_query->bindValue(index - 1, value);
    }
}

void Statement::bindOrNull(int index, qint64 value)
{
    if (value == 0) {
        bindNull(index);
    } else {
        bind(index, value);
    }
}

void Statement::bindNull(int index)
{
    if (m_stmt) {
        sqlite3_bind_null(m_stmt, index);
    } else if (m_query) {
        m_query->bindValue(index - 1, QVariant(QMetaType::fromType<QString>()));
    }
}

bool Statement::exec()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        m_pendingRow = false;
        m_done = false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_pendingRow = true;
            return true;
        }
        if (rc == SQLITE_DONE) {
            m_done = true;
            return true;
        }
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection.handle()));
        sqlite3_reset(m_stmt);
        return false;
    }
    if (!m_query) {
        return false;
    }
    if (!m_query->exec()) {
        m_error = m_query->lastError().text();
        return false;
    }
    return true;
}

bool Statement::next()
{
    if (m_stmt) {
        if (m_pendingRow) {
            m_pendingRow = false;
            return true;
        }
        if (m_done) {
            return false;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            return true;
        }
        m_done = true;
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_connection.handle()));
        }
        return false;
    }
    return m_query && m_query->next();
}

qint64 Statement::int64(int column) const
{
    if (m_stmt) {
        return sqlite3_column_int64(m_stmt, column);
    }
    return m_query ? m_query->value(column).toLongLong() : 0;
}

QString Statement::text(int column) const
{
    if (m_stmt) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    return m_query ? m_query->value(column).toString() : QString();
}

void Statement::finish()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        m_pendingRow = false;
        m_done = true;
    } else if (m_query) {
        m_query->finish();
    }
}

qint64 Statement::lastInsertId() const
{
    if (m_stmt) {
        return sqlite3_last_insert_rowid(m_connection.handle());
    }
    return m_query ? m_query->lastInsertId().toLongLong() : 0;
}

int Statement::changes() const
{
    if (m_stmt) {
        return sqlite3_changes(m_connection.handle());
    }
    return m_query ? m_query->numRowsAffected() : 0;
}

QString Statement::error() const
{
    return m_error;
}

} // namespace news
