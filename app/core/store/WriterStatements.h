#pragma once

// The writer's prepared statements (StoreWriter*.cpp); not a public header.

#include "store/Statement.h"
#include "store/StoreWriter.h"

namespace news
{

// The statements of a feed update, prepared once per connection (see SqlConnection for why not QSqlQuery).
struct StoreWriterCore::Hot
{
    explicit Hot(QSqlDatabase db, bool allowDirect)
        : sql(std::move(db), allowDirect)
        , feed(
              sql,
              QStringLiteral(
                  "SELECT f.source_id, f.section, f.title, f.failure_count, COALESCE(f.fulltext, s.fulltext), "
                  "f.section_fixed, COALESCE(f.interval_minutes, s.interval_minutes, 0) FROM feeds f JOIN sources s ON "
                  "s.id = f.source_id WHERE f.id = ?"))
        , find(sql,
               QStringLiteral("SELECT id, content_hash, title, authors, summary, content, fulltext_state FROM "
                              "articles WHERE source_id = ? AND dedupe_key = ?"))
        , insert(sql,
                 QStringLiteral(
                     "INSERT INTO articles (feed_id, source_id, dedupe_key, guid, link, canonical_link, title, "
                     "authors, summary, content, published, date_known, updated, first_seen, section, comments, "
                     "comments_url, thumbnail, content_hash, extra, fulltext_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, dedupe_key) DO NOTHING"))
        , update(sql,
                 QStringLiteral(
                     "UPDATE articles SET link = ?, canonical_link = ?, title = ?, authors = ?, summary = ?, "
                     // fetched full text stays until the page is fetched again (a teaser changed upstream)
                     "content = CASE WHEN fulltext_state = 'done' AND ? THEN content ELSE ? END, "
                     "fulltext_state = CASE WHEN fulltext_state = 'done' THEN 'pending' ELSE fulltext_state END, "
                     "published = CASE WHEN ? THEN ? ELSE published END, date_known = MAX(date_known, ?), "
                     "updated = ?, comments = ?, comments_url = ?, thumbnail = ?, content_hash = ?, "
                     "extra = COALESCE(?, extra) WHERE id = ?"))
        , comments(sql, QStringLiteral("UPDATE articles SET comments = ? WHERE id = ? AND comments IS NOT ?"))
        , status(sql, QStringLiteral("INSERT OR IGNORE INTO article_status (article_id) VALUES (?)"))
        , remembered(sql,
                     QStringLiteral("SELECT read, starred, saved, read_at, starred_at, saved_at, first_seen FROM "
                                    "status_memory WHERE source_id = ? AND dedupe_key = ?"))
        , restoreStatus(sql,
                        QStringLiteral("INSERT OR REPLACE INTO article_status (article_id, read, starred, saved, "
                                       "read_at, starred_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)"))
        , restoreFirstSeen(sql, QStringLiteral("UPDATE articles SET first_seen = ? WHERE id = ?"))
        , forget(sql, QStringLiteral("DELETE FROM status_memory WHERE source_id = ? AND dedupe_key = ?"))
        , media(sql,
                QStringLiteral("INSERT INTO media (article_id, url, role, position, caption, credit, mime) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        , dropMedia(sql, QStringLiteral("DELETE FROM media WHERE article_id = ? AND state != 'stored'"))
        , keptMedia(sql, QStringLiteral("SELECT url FROM media WHERE article_id = ?"))
        , ftsInsert(sql, QStringLiteral("INSERT INTO article_search(rowid, title, authors, body) VALUES(?, ?, ?, ?)"))
        , ftsDelete(sql,
                    QStringLiteral("INSERT INTO article_search(article_search, rowid, title, authors, body) "
                                   "VALUES('delete', ?, ?, ?, ?)"))
        , snapshot(sql, QStringLiteral("INSERT INTO ranking_snapshots (feed_id, taken_at) VALUES (?, ?)"))
        , rankingItem(sql,
                      QStringLiteral("INSERT INTO ranking_items (snapshot_id, position, title, link, canonical, "
                                     "article_id) VALUES (?, ?, ?, ?, ?, (SELECT id FROM articles WHERE "
                                     "canonical_link = ? ORDER BY id DESC LIMIT 1))"))
        , prune(sql,
                QStringLiteral("DELETE FROM ranking_snapshots WHERE feed_id = ? AND id NOT IN (SELECT id FROM "
                               "ranking_snapshots WHERE feed_id = ? ORDER BY taken_at DESC, id DESC LIMIT 48)"))
        , feedFailed(sql,
                     QStringLiteral("UPDATE feeds SET last_fetch = ?, last_status = ?, last_error_code = ?, "
                                    "last_error = ?, failure_count = ?, next_fetch = ?, disabled = MAX(disabled, ?), "
                                    "failing_since = COALESCE(failing_since, ?) WHERE id = ?"))
        , feedOk(sql,
                 QStringLiteral(
                     "UPDATE feeds SET last_fetch = ?, last_success = ?, last_status = ?, last_error_code = NULL, "
                     "last_error = NULL, failure_count = 0, failing_since = NULL, next_fetch = ?, etag = COALESCE(?, "
                     "etag), "
                     "last_modified = COALESCE(?, last_modified), body_hash = COALESCE(?, body_hash), "
                     "validators_at = CASE WHEN ? IS NOT NULL OR ? IS NOT NULL THEN ? ELSE validators_at END, "
                     "title = COALESCE(NULLIF(title, ''), ?) WHERE id = ?"))
        , moved(sql, QStringLiteral("UPDATE OR IGNORE feeds SET url = ? WHERE id = ?"))
        , log(sql,
              QStringLiteral("INSERT INTO fetch_log (feed_id, started_at, duration_ms, http_status, outcome, bytes, "
                             "new_items, updated_items, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    {
    }

    SqlConnection sql;
    Statement feed;
    Statement find;
    Statement insert;
    Statement update;
    Statement comments;
    Statement status;
    Statement remembered;
    Statement restoreStatus;
    Statement restoreFirstSeen;
    Statement forget;
    Statement media;
    Statement dropMedia;
    Statement keptMedia;
    Statement ftsInsert;
    Statement ftsDelete;
    Statement snapshot;
    Statement rankingItem;
    Statement prune;
    Statement feedFailed;
    Statement feedOk;
    Statement moved;
    Statement log;
};

} // namespace news
