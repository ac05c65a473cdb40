// The writer's side of completing articles after a refresh (offline reading): what waits for full text and
// images, and what became of them.
#include "model/Article.h"
#include "model/Completion.h"
#include "model/Credits.h"
#include "store/FilterSql.h"
#include "store/StoreWriter.h"
#include "store/WriterSql.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

Result<bool> StoreWriterCore::setFullText(qint64 articleId,
                                          const QString& content,
                                          const Credits& credits,
                                          const QList<MediaRecord>& media,
                                          const QString& leadImage)
{
    Transaction tx(m_db);
    QSqlQuery old(m_db);
    old.prepare(QStringLiteral("SELECT title, authors, summary, content FROM articles WHERE id = ?"));
    old.addBindValue(articleId);
    if (!old.exec() || !old.next()) {
        return Error{ErrorCode::Storage, QStringLiteral("no article %1").arg(articleId)};
    }
    const QString title = old.value(0).toString();
    const QString authors = old.value(1).toString();
    const QString summary = old.value(2).toString();
    indexArticle(articleId, title, authors, summary, old.value(3).toString(), true);
    old.finish();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE articles SET content = ?, extra = COALESCE(?, extra), fulltext_state = 'done', "
                             "fulltext_error = NULL, thumbnail = COALESCE(thumbnail, ?) WHERE id = ?"));
    q.addBindValue(content);
    q.addBindValue(nullable(credits.toJson()));
    q.addBindValue(nullable(leadImage));
    q.addBindValue(articleId);
    if (!q.exec() || !indexArticle(articleId, title, authors, summary, content, false)) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    // the page's images join the feed's (each URL once per article), to be stored by media/
    QSet<QString> known;
    int position = 0;
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT url, position FROM media WHERE article_id = ?"));
    existing.addBindValue(articleId);
    if (existing.exec()) {
        while (existing.next()) {
            known.insert(existing.value(0).toString());
            position = std::max(position, existing.value(1).toInt());
        }
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO media (article_id, url, role, position, caption, credit, mime) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const MediaRecord& m : media) {
        if (m.url.isEmpty() || known.contains(m.url)) {
            continue;
        }
        known.insert(m.url);
        insert.addBindValue(articleId);
        insert.addBindValue(m.url);
        insert.addBindValue(m.role);
        insert.addBindValue(++position);
        insert.addBindValue(nullable(m.caption));
        insert.addBindValue(nullable(m.credit));
        insert.addBindValue(nullable(m.mime));
        if (!insert.exec()) {
            return Error{ErrorCode::Storage, insert.lastError().text()};
        }
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return true;
}

Result<bool> StoreWriterCore::setFullTextFailed(qint64 articleId, const QString& error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE articles SET fulltext_state = 'failed', fulltext_error = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(articleId);
    if (!q.exec()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    return true;
}

bool StoreWriterCore::queueCompletion(const QString& ids, const QVariantList& binds)
{
    // pinned articles get full text and their evicted images back, whatever their source's switches say; but an
    // article its feed gave whole ('none' under "auto": it was no teaser) needs no page (pinning fetched it all the
    // same, and in the demo, whose pages do not exist, said "받지 못함: 본문 1건", #14's walk)
    for (const char* sql : {"UPDATE articles SET fulltext_state = 'pending' WHERE fulltext_state IN ('none', 'failed') "
                            "AND (link LIKE 'http://%' OR link LIKE 'https://%') AND id IN (%1) "
                            "AND (fulltext_state = 'failed' OR (SELECT COALESCE(f.fulltext, s.fulltext) FROM feeds f "
                            "JOIN sources s ON s.id = f.source_id WHERE f.id = articles.feed_id) IS NOT 'auto')",
                            "UPDATE media SET state = 'pending' WHERE state = 'evicted' AND article_id IN (%1)"}) {
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(sql).replace(QLatin1String("%1"), ids)); // not arg(): the LIKE patterns hold '%'
        for (const QVariant& b : binds) {
            q.addBindValue(b);
        }
        if (!q.exec()) {
            return false;
        }
    }
    return true;
}

Result<QList<qint64>> StoreWriterCore::saveForOffline(const ArticleFilter& filter, qint64 now)
{
    QVariantList binds;
    const QString ids = filteredArticleIds(filter, &binds);
    // which ones were not saved yet, so that the reader can take it back (#14's walk: "save all shown" had no way
    // back): listed and saved in one transaction
    Transaction tx(m_db);
    QString error;
    const auto unsaved = WriterSql::selectIds(m_db,
                                              QStringLiteral("SELECT a.id FROM (%1) AS a LEFT JOIN article_status s ON "
                                                             "s.article_id = a.id WHERE s.saved IS NULL OR s.saved = 0")
                                                  .arg(ids),
                                              binds,
                                              &error);
    if (!unsaved) {
        return Error{ErrorCode::Storage, error};
    }
    const QList<qint64>& saved = *unsaved;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO article_status (article_id, saved, saved_at) SELECT id, 1, ? FROM (%1) "
                             "WHERE true ON CONFLICT(article_id) DO UPDATE SET saved = 1, saved_at = excluded.saved_at "
                             "WHERE saved = 0")
                  .arg(ids));
    q.addBindValue(now);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    Q_ASSERT(q.numRowsAffected() == saved.size());
    if (!queueCompletion(ids, binds)) {
        return Error{ErrorCode::Storage, m_db.lastError().text()};
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return saved;
}

} // namespace news
