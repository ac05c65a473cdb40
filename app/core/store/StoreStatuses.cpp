// The writer's side of statuses: read, starred and saved, one article at a time or by filter.
#include "model/Article.h"
#include "store/FilterSql.h"
#include "store/StoreWriter.h"
#include "store/WriterSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace news
{
using WriterSql::Transaction;

Result<int> StoreWriterCore::setStatus(const QList<qint64>& ids, StatusField field, bool value, qint64 now)
{
    // a connection belongs to the thread that opened it (QtSql); the writer thread is the only one that writes
    Q_ASSERT(!m_thread || QThread::currentThread() == m_thread);
    static const char* columns[] = {"read", "starred", "saved"};
    const QString column = QString::fromLatin1(columns[int(field)]);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO article_status (article_id, %1, %1_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(article_id) DO UPDATE SET %1 = excluded.%1, %1_at = excluded.%1_at")
                  .arg(column));
    int count = 0;
    for (qint64 id : ids) {
        q.addBindValue(id);
        q.addBindValue(value ? 1 : 0);
        q.addBindValue(now);
        if (!q.exec()) {
            return Error{ErrorCode::Storage, q.lastError().text()};
        }
        ++count;
    }
    if (field == StatusField::Saved && value && !ids.isEmpty()) {
        QStringList list;
        for (qint64 id : ids) {
            list.append(QString::number(id));
        }
        if (!queueCompletion(list.join(u','), {})) {
            return Error{ErrorCode::Storage, m_db.lastError().text()};
        }
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return count;
}

Result<QList<qint64>> StoreWriterCore::existingArticles(const QList<qint64>& ids)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    QList<qint64> out;
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            return Error{ErrorCode::Storage, q.lastError().text()};
        }
        if (q.next()) {
            out.append(id);
        }
        q.finish();
    }
    return out;
}

Result<QList<qint64>> StoreWriterCore::markAllRead(const ArticleFilter& filter, qint64 now)
{
    QVariantList binds;
    const QString ids = filteredArticleIds(filter, &binds);
    // which ones were unread, so that the reader can take it back (#14): listed and marked in one transaction
    Transaction tx(m_db);
    QString error;
    const auto unread = WriterSql::selectIds(
        m_db,
        QStringLiteral("SELECT article_id FROM article_status WHERE read = 0 AND article_id IN (%1)").arg(ids),
        binds,
        &error);
    if (!unread) {
        return Error{ErrorCode::Storage, error};
    }
    const QList<qint64>& marked = *unread;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE article_status SET read = 1, read_at = ? WHERE read = 0 AND article_id IN (%1)")
                  .arg(ids));
    q.addBindValue(now);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    Q_ASSERT(q.numRowsAffected() == marked.size());
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return marked;
}

} // namespace news
