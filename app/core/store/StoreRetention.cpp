// The writer's side of keeping the cache small: retention (statuses remembered), the image budget, vacuum.
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreWriter.h"
#include "store/WriterSql.h"
#include "store/WriterStatements.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace news
{
using WriterSql::Transaction;

namespace
{

// How long retention remembers the statuses of articles it removed (see status_memory in 005_status_memory.sql).
constexpr qint64 kStatusMemoryDays = 180;

} // namespace

RetentionResult StoreWriterCore::applyRetention(const RetentionPolicy& policy, qint64 now)
{
    RetentionResult result;
    QElapsedTimer timer;
    timer.start();
    auto failed = [&result](const QSqlQuery& q) {
        result.complete = false;
        result.error = q.lastError().text();
        qCWarning(lcStore) << "retention:" << result.error;
        return result;
    };
    // candidates: old or beyond the per-feed count, never starred or saved. A feed's own days (#15, set in the
    // subscription manager or with `sosik-cli set FEED retention=N`) override the app's; 0 keeps its articles
    // forever, past the count limit too.
    if (policy.keepDays <= 0 && policy.keepPerFeed <= 0) {
        QSqlQuery own(m_db);
        if (!own.exec(QStringLiteral("SELECT 1 FROM feeds WHERE retention_days > 0 LIMIT 1"))) {
            return failed(own);
        }
        if (!own.next()) {
            return result; // nothing has an age or a count limit
        }
    }
    QString sql = QStringLiteral("SELECT a.id, a.title, a.authors, a.summary, a.content FROM articles a "
                                 "JOIN feeds f ON f.id = a.feed_id LEFT JOIN article_status s ON s.article_id = a.id "
                                 "WHERE COALESCE(s.starred, 0) = 0 AND COALESCE(s.saved, 0) = 0 AND (");
    const QString days = QStringLiteral("COALESCE(f.retention_days, %1)").arg(std::max(0, policy.keepDays));
    QStringList conditions;
    conditions.append(QStringLiteral("(%1 > 0 AND a.published < %2 - %1 * 86400)").arg(days).arg(now));
    if (policy.keepPerFeed > 0) {
        conditions.append(
            QStringLiteral("(COALESCE(f.retention_days, -1) != 0 AND a.id IN (SELECT id FROM (SELECT id, ROW_NUMBER() "
                           "OVER (PARTITION BY feed_id ORDER BY published DESC, id DESC) AS n FROM articles) WHERE n "
                           "> %1))")
                .arg(policy.keepPerFeed));
    }
    {
        // what retention remembers of removed articles goes once their item has been out of its feed for half a
        // year (an item still in its feed comes back, is removed again and remembered anew)
        QSqlQuery forget(m_db);
        forget.prepare(QStringLiteral("DELETE FROM status_memory WHERE pruned_at < ?"));
        forget.addBindValue(now - kStatusMemoryDays * 86400);
        if (!forget.exec()) {
            return failed(forget);
        }
    }
    sql += conditions.join(QLatin1String(" OR ")) + QStringLiteral(") LIMIT 500");
    while (true) {
        if (timer.elapsed() > policy.maxMilliseconds) {
            result.complete = false;
            break;
        }
        Transaction tx(m_db);
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            return failed(q);
        }
        QList<qint64> ids;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!indexArticle(id,
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toString(),
                              true)) {
                result.complete = false;
                result.error = m_hot ? m_hot->ftsDelete.error() : QStringLiteral("the cache is not open");
                return result;
            }
            ids.append(id);
        }
        q.finish();
        if (ids.isEmpty()) {
            break;
        }
        // the statuses outlive the rows, under the articles' stable identity (#12)
        QSqlQuery remember(m_db);
        remember.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO status_memory (source_id, dedupe_key, read, starred, saved, read_at, starred_at, "
            "saved_at, first_seen, pruned_at) SELECT a.source_id, a.dedupe_key, COALESCE(s.read, 0), "
            "COALESCE(s.starred, 0), COALESCE(s.saved, 0), s.read_at, s.starred_at, s.saved_at, a.first_seen, ? "
            "FROM articles a LEFT JOIN article_status s ON s.article_id = a.id WHERE a.id = ?"));
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
        QSqlQuery delStatus(m_db);
        delStatus.prepare(QStringLiteral("DELETE FROM article_status WHERE article_id = ?"));
        for (qint64 id : ids) {
            remember.addBindValue(now);
            remember.addBindValue(id);
            if (!remember.exec()) {
                return failed(remember);
            }
            del.addBindValue(id);
            if (!del.exec()) {
                return failed(del);
            }
            delStatus.addBindValue(id);
            if (!delStatus.exec()) {
                return failed(delStatus);
            }
        }
        if (!tx.commit()) {
            result.complete = false;
            result.error = tx.error();
            break;
        }
        result.deleted += int(ids.size());
    }
    return result;
}

Result<StoreWriterCore::Eviction>
StoreWriterCore::evictImages(const QString& imageDir, qint64 budgetBytes, bool unreadToo)
{
    // distinct stored files with their size and whether any pinned or unread article still uses them
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT m.blob, MAX(m.bytes), MAX(COALESCE(st.saved, 0)), MIN(COALESCE(st.read, 0)), MAX(a.published) "
            "FROM media m JOIN articles a ON a.id = m.article_id LEFT JOIN article_status st ON st.article_id = "
            "a.id WHERE m.state = 'stored' AND m.blob IS NOT NULL GROUP BY m.blob"))) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    struct Blob
    {
        QString blob;
        qint64 bytes;
        qint64 published;
    };
    qint64 total = 0;
    QList<Blob> candidates;
    while (q.next()) {
        const qint64 bytes = q.value(1).toLongLong();
        total += bytes;
        const bool pinned = q.value(2).toInt() != 0;
        const bool allRead = q.value(3).toInt() != 0;
        if (!pinned && (allRead || unreadToo)) {
            candidates.append(Blob{q.value(0).toString(), bytes, q.value(4).toLongLong()});
        }
    }
    q.finish();
    std::sort(candidates.begin(), candidates.end(), [](const Blob& a, const Blob& b) {
        return a.published < b.published; // oldest first
    });
    Eviction done;
    Transaction tx(m_db);
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE media SET state = 'evicted', blob = NULL WHERE blob = ?"));
    QStringList files;
    for (const Blob& b : candidates) {
        if (budgetBytes > 0 && total <= budgetBytes) {
            break;
        }
        mark.addBindValue(b.blob);
        if (!mark.exec()) {
            return Error{ErrorCode::Storage, mark.lastError().text()};
        }
        files.append(b.blob);
        total -= b.bytes;
        done.bytes += b.bytes;
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    // files last: a crash before this leaves orphan files (harmless), never rows pointing at nothing
    for (const QString& blob : files) {
        if (QFile::remove(QStringLiteral("%1/%2/%3").arg(imageDir, blob.left(2), blob.mid(2)))) {
            ++done.files;
        }
    }
    return done;
}

Result<bool> StoreWriterCore::vacuum()
{
    QString error;
    if (!Database::exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error)
        || !Database::exec(m_db, QStringLiteral("VACUUM"), &error)) {
        return Error{ErrorCode::Storage, error};
    }
    return true;
}

} // namespace news
