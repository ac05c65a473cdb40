// The writer's side of completing articles after a refresh (offline reading): what waits for full text and
// images, and what became of them.
#include "model/Completion.h"
#include "store/StoreWriter.h"
#include "store/WriterSql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace news
{
using WriterSql::nullable;
using WriterSql::Transaction;

Result<PendingFullTextPage> StoreWriterCore::pendingFullText(qint64 below, bool pinnedOnly, int limit, bool withTotal)
{
    PendingFullTextPage page;
    page.next = below;
    if (withTotal) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM articles WHERE fulltext_state = 'pending'")) || !q.next()) {
            return Error{ErrorCode::Storage, q.lastError().text()};
        }
        page.total = q.value(0).toInt();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(
        pinnedOnly ? "SELECT a.id, a.link, COALESCE(a.authors, '') FROM articles a JOIN article_status st ON "
                     "st.article_id = a.id WHERE a.fulltext_state = 'pending' AND st.saved = 1 AND a.id < ? ORDER "
                     "BY a.id DESC LIMIT ?"
                   : "SELECT a.id, a.link, COALESCE(a.authors, '') FROM articles a WHERE a.fulltext_state = "
                     "'pending' AND a.id < ? ORDER BY a.id DESC LIMIT ?"));
    q.addBindValue(below);
    q.addBindValue(limit);
    if (!q.exec()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    while (q.next()) {
        page.next = q.value(0).toLongLong();
        page.items.append(PendingFullText{page.next, q.value(1).toString(), q.value(2).toString()});
    }
    page.full = page.items.size() == limit;
    return page;
}

Result<PendingImagePage> StoreWriterCore::pendingImages(int perArticle, qint64 below, int limit, bool withTotal)
{
    PendingImagePage page;
    page.next = below;
    // per-feed (#15), else per-source switch: with images off none are stored, except for pinned (오프라인 저장)
    // articles
    const QString from = QStringLiteral(
        "FROM media m JOIN articles a ON a.id = m.article_id JOIN sources s ON s.id = a.source_id JOIN feeds f ON "
        "f.id = a.feed_id LEFT JOIN article_status st ON st.article_id = a.id WHERE m.state = 'pending' AND "
        "m.position <= ? AND (COALESCE(f.images, s.images) = 1 OR st.saved = 1)");
    if (withTotal) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) ") + from);
        q.addBindValue(perArticle);
        if (!q.exec() || !q.next()) {
            return Error{ErrorCode::Storage, q.lastError().text()};
        }
        page.total = q.value(0).toInt();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.id, m.url, m.article_id, f.url LIKE 'qrc:%' ") + from
              + QStringLiteral(" AND m.article_id < ? ORDER BY m.article_id DESC, m.position LIMIT ?"));
    q.addBindValue(perArticle);
    q.addBindValue(below);
    q.addBindValue(limit);
    if (!q.exec()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    struct Row
    {
        qint64 id;
        QString url;
        qint64 article;
        bool bundled;
    };
    QList<Row> rows;
    while (q.next()) {
        rows.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toBool()});
    }
    q.finish();
    // a full page may end in the middle of an article's images: that article comes whole with the next one
    page.exhausted = rows.size() < limit;
    if (!rows.isEmpty()) {
        page.next = rows.back().article;
        if (!page.exhausted && rows.front().article != page.next) {
            while (rows.back().article == page.next) {
                rows.removeLast();
            }
            page.next = rows.back().article;
        }
    }
    QList<PendingImage> pending;
    QHash<QString, int> byUrl;
    for (const Row& row : std::as_const(rows)) {
        if (auto it = byUrl.constFind(row.url); it != byUrl.constEnd()) {
            pending[it.value()].mediaIds.append(row.id);
            pending[it.value()].bundled = pending[it.value()].bundled && row.bundled;
        } else {
            byUrl.insert(row.url, int(pending.size()));
            pending.append(PendingImage{{row.id}, row.url, row.bundled});
        }
    }
    // images already stored for another article are reused, not fetched again
    QSqlQuery known(m_db);
    known.prepare(QStringLiteral(
        "SELECT blob, bytes, mime, width, height FROM media WHERE url = ? AND state = 'stored' LIMIT 1"));
    for (const PendingImage& p : std::as_const(pending)) {
        known.addBindValue(p.url);
        if (!known.exec()) {
            return Error{ErrorCode::Storage, known.lastError().text()};
        }
        if (!known.next()) {
            known.finish();
            page.toFetch.append(p);
            continue;
        }
        MediaState stored;
        stored.state = QStringLiteral("stored");
        stored.blob = known.value(0).toString();
        stored.bytes = known.value(1).toLongLong();
        stored.mime = known.value(2).toString();
        stored.width = known.value(3).toInt();
        stored.height = known.value(4).toInt();
        known.finish();
        if (const auto r = setMediaState(p.mediaIds, stored); std::holds_alternative<Error>(r)) {
            return std::get<Error>(r);
        }
        page.reused += int(p.mediaIds.size());
    }
    return page;
}

Result<bool> StoreWriterCore::setMediaState(const QList<qint64>& mediaIds, const MediaState& s)
{
    Transaction tx(m_db);
    if (!tx.ok()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media SET state = ?, blob = ?, bytes = ?, mime = COALESCE(?, mime), width = ?, "
                             "height = ?, error = ? WHERE id = ?"));
    for (qint64 id : mediaIds) {
        q.addBindValue(s.state);
        q.addBindValue(nullable(s.blob));
        q.addBindValue(s.bytes);
        q.addBindValue(nullable(s.mime));
        q.addBindValue(s.width);
        q.addBindValue(s.height);
        q.addBindValue(nullable(s.error));
        q.addBindValue(id);
        if (!q.exec()) {
            return Error{ErrorCode::Storage, q.lastError().text()};
        }
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return true;
}

Result<bool> StoreWriterCore::setMediaState(qint64 mediaId,
                                            const QString& state,
                                            const QString& blob,
                                            qint64 bytes,
                                            const QString& mime,
                                            int width,
                                            int height,
                                            const QString& error)
{
    return setMediaState({mediaId}, MediaState{state, blob, bytes, mime, width, height, error});
}

} // namespace news
