#pragma once

// Helpers shared by the writer's files (StoreWriter*.cpp); not a public header.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <sqlite3.h>

namespace news::WriterSql
{

inline QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// The ids `sql` selects (its first column) with `binds`, or the error's text in `error`.
inline std::optional<QList<qint64>>
selectIds(QSqlDatabase& db, const QString& sql, const QVariantList& binds, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

// One transaction, or nothing when an outer batch already holds one (its savepoints isolate each feed).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db, bool enabled = true)
        : m_db(db)
        , m_enabled(enabled)
        , m_ok(!enabled || (assertNotNested(db), db.transaction()))
    {
    }
    ~Transaction()
    {
        if (m_enabled && m_ok && !m_done) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_done = true;
        if (!m_enabled) {
            return true;
        }
        if (!m_db.commit()) {
            // the commit's own error ("database or disk is full"), not the rollback's after it (#17)
            m_error = m_db.lastError().text();
            m_db.rollback();
            return false;
        }
        return true;
    }
    /// Why commit() failed (SQLite's first error); or, before that, why the transaction could not begin.
    QString error() const { return m_error.isEmpty() ? m_db.lastError().text() : m_error; }

private:
    // a Transaction that begins one is never inside another: an outer batch passes enabled = false instead
    static void assertNotNested(QSqlDatabase& db)
    {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
            Q_ASSERT_X(!connection || sqlite3_get_autocommit(connection), "Transaction", "nested transaction");
        }
    }

    QSqlDatabase& m_db;
    bool m_enabled;
    bool m_ok;
    bool m_done = false;
    QString m_error;
};

} // namespace news::WriterSql
