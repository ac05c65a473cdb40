#include "store/StoreWriter.h"

#include "model/Credits.h"
#include "normalize/IndexText.h"
#include "sanitize/HtmlSanitizer.h"
#include "store/Database.h"
#include "store/FilterSql.h"
#include "store/Statement.h"
#include "store/WriterSql.h"
#include "text/LinkCanonicalizer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace news
{
using WriterSql::nullable;
using WriterSql::Transaction;

namespace
{

// How long retention remembers the statuses of articles it removed (see status_memory in 005_status_memory.sql).
constexpr qint64 kStatusMemoryDays = 180;

// Exponential back-off for failing feeds: 5 min, 10, 20, … capped at 12 hours.
qint64 backoffSeconds(int failures)
{
    const int exponent = std::min(failures - 1, 8);
    return std::min<qint64>(qint64(300) << std::max(0, exponent), 12 * 3600);
}

} // namespace

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

StoreWriterCore::StoreWriterCore(QString path)
    : m_path(std::move(path))
    , m_connectionRole(QStringLiteral("writer"))
{
}

StoreWriterCore::~StoreWriterCore()
{
    m_hot.reset(); // statements go before their connection
    m_db = QSqlDatabase();
    Database::release(m_path, m_connectionRole);
}

Result<int> StoreWriterCore::open()
{
    m_hot.reset();
    m_db = Database::connection(m_path, m_connectionRole);
    auto result = Database::openAndMigrate(m_db);
    if (std::holds_alternative<int>(result)) {
        m_hot = std::make_unique<Hot>(m_db, !qEnvironmentVariableIsSet("SOSIK_SQL_THROUGH_QT"));
        if (m_checkpointRequest) {
            setCheckpointRequest(m_checkpointRequest, m_checkpointFrames);
        }
        QSqlQuery pending(m_db);
        if (pending.exec(QStringLiteral("SELECT 1 FROM settings WHERE key = 'rebuild_search_index'"))
            && pending.next()) {
            pending.finish();
            QElapsedTimer timer;
            timer.start();
            const auto rebuilt = rebuildSearchIndex();
            if (const auto* error = std::get_if<Error>(&rebuilt)) {
                // searching still works, on the old index; the next open tries again
                qCWarning(lcStore) << "cannot rebuild the search index:" << error->detail;
            } else {
                qCDebug(lcStore) << "rebuilt the search index of" << std::get<int>(rebuilt) << "articles in"
                                 << timer.elapsed() << "ms";
            }
        }
    }
    return result;
}

void StoreWriterCore::setCheckpointRequest(std::function<void()> request, int frames)
{
    m_checkpointRequest = std::move(request);
    m_checkpointFrames = std::max(1, frames);
    if (!m_hot) {
        return;
    }
    if (!m_checkpointRequest) {
        m_hot->sql.setCommitHandler({});
        return;
    }
    // SQLite's own cadence (1,000 frames), on another connection; past 16 times that the checkpoints are not
    // keeping up and the writer takes one itself
    m_hot->sql.setCommitHandler([this](int walFrames) {
        if (walFrames >= 16 * m_checkpointFrames) {
            m_hot->sql.checkpoint();
        } else if (walFrames >= m_checkpointFrames) {
            m_checkpointRequest();
        }
    });
}

bool StoreWriterCore::writesDirectly() const
{
    return m_hot && m_hot->sql.direct();
}

bool StoreWriterCore::indexPrepared(
    qint64 id, const QByteArray& title, const QByteArray& authors, const QByteArray& body, bool remove)
{
    if (!m_hot) {
        return false;
    }
    Statement& q = remove ? m_hot->ftsDelete : m_hot->ftsInsert;
    q.bind(1, id);
    q.bindUtf8(2, title);
    q.bindUtf8(3, authors);
    q.bindUtf8(4, body);
    const bool ok = q.exec();
    q.finish();
    return ok;
}

bool StoreWriterCore::indexArticle(qint64 id,
                                   const QString& title,
                                   const QString& authors,
                                   const QString& summary,
                                   const QString& content,
                                   bool remove)
{
    const IndexText text = indexText(title, authors, summary, content);
    return indexPrepared(id, text.title, text.authors, text.body, remove);
}

bool StoreWriterCore::indexItem(qint64 id, const StoredItem& item)
{
    // the parse threads prepared it with indexText() from the same fields the row stores
    if (item.searchTitle.isEmpty() && item.searchAuthors.isEmpty() && item.searchBody.isEmpty()) {
        return indexArticle(id, item.title, item.authors, item.summary, item.content, false);
    }
    return indexPrepared(id, item.searchTitle, item.searchAuthors, item.searchBody, false);
}

FeedWriteResult StoreWriterCore::write(const FeedUpdate& u)
{
    FeedWriteResult result;
    result.feedId = u.feedId;
    if (!m_hot) {
        result.stored = false;
        result.error = QStringLiteral("the cache is not open");
        return result;
    }
    Hot& h = *m_hot;
    const qint64 now = u.now ? u.now : QDateTime::currentSecsSinceEpoch();
    Transaction tx(m_db, !m_inBatch);
    auto fail = [&](const QString& what, Statement& q) {
        result.stored = false;
        result.error = QStringLiteral("%1: %2").arg(what, q.error());
        result.newItems = 0;
        result.updatedItems = 0;
        q.finish();
        return result;
    };
    if (!tx.ok()) {
        result.stored = false;
        result.error = tx.error();
        return result;
    }
    h.feed.bind(1, u.feedId);
    if (!h.feed.exec() || !h.feed.next()) {
        h.feed.finish();
        result.stored = false;
        result.error = QStringLiteral("unknown feed %1").arg(u.feedId);
        return result;
    }
    const qint64 sourceId = h.feed.int64(0);
    const QString section = h.feed.text(1);
    const QString oldTitle = h.feed.text(2);
    const int failures = int(h.feed.int64(3));
    const QString fullTextPolicy = h.feed.text(4); // auto | always | never
    // the reader's section for the feed wins over the items' categories; 현지/커뮤니티 is about where a story
    // comes from, not its topic, so community feeds keep their items too
    // (and a feed whose section the reader chose, #15)
    const bool sectionFixed = section == QLatin1String("local") || h.feed.int64(5) != 0;
    const qint64 interval = h.feed.int64(6) * 60; // the reader's "at most every N minutes" for this feed or outlet
    h.feed.finish();
    auto fullTextState = [&fullTextPolicy](const StoredItem& item) {
        const bool web
            = item.link.startsWith(QLatin1String("http://")) || item.link.startsWith(QLatin1String("https://"));
        const bool wanted = fullTextPolicy == QLatin1String("always")
            || (fullTextPolicy != QLatin1String("never") && item.summaryOnly);
        return QString::fromLatin1(web && wanted ? "pending" : "none");
    };

    if (u.outcome == FetchOutcome::Updated && !u.isRanking) {
        for (const StoredItem& item : u.items) {
            // the common case first: a new article (one statement instead of a look-up and an insert)
            Statement& insert = h.insert;
            insert.bind(1, u.feedId);
            insert.bind(2, sourceId);
            insert.bind(3, item.dedupeKey);
            insert.bindOrNull(4, item.guid);
            insert.bindOrNull(5, item.link);
            insert.bindOrNull(6, item.canonicalLink);
            insert.bind(7, item.title);
            insert.bindOrNull(8, item.authors);
            insert.bindOrNull(9, item.summary);
            insert.bindOrNull(10, item.content);
            insert.bind(11, item.published);
            insert.bind(12, item.dateKnown);
            insert.bindOrNull(13, item.updated);
            insert.bind(14, now);
            insert.bind(15, item.section.isEmpty() || sectionFixed ? section : item.section);
            if (item.comments >= 0) {
                insert.bind(16, item.comments);
            } else {
                insert.bindNull(16);
            }
            insert.bindOrNull(17, item.commentsUrl);
            insert.bindOrNull(18, item.thumbnail);
            insert.bind(19, item.contentHash);
            insert.bindOrNull(20, item.credits.toJson());
            insert.bind(21, fullTextState(item));
            if (!insert.exec()) {
                return fail(QStringLiteral("insert"), insert);
            }
            const bool isNew = insert.changes() == 1;
            qint64 articleId = isNew ? insert.lastInsertId() : 0;
            insert.finish();
            if (isNew) {
                // an item retention removed while it stayed in its feed comes back as it was: read or not, first
                // seen when it was first seen (so neither counted nor notified as new)
                h.remembered.bind(1, sourceId);
                h.remembered.bind(2, item.dedupeKey);
                if (!h.remembered.exec()) {
                    return fail(QStringLiteral("status memory"), h.remembered);
                }
                const bool returning = h.remembered.next();
                if (returning) {
                    Statement& restore = h.restoreStatus;
                    restore.bind(1, articleId);
                    for (int column = 0; column < 3; ++column) {
                        restore.bind(2 + column, h.remembered.int64(column));
                        restore.bindOrNull(5 + column, h.remembered.int64(3 + column));
                    }
                    h.restoreFirstSeen.bind(1, h.remembered.int64(6));
                    h.restoreFirstSeen.bind(2, articleId);
                    h.remembered.finish();
                    if (!restore.exec()) {
                        return fail(QStringLiteral("status"), restore);
                    }
                    restore.finish();
                    if (!h.restoreFirstSeen.exec()) {
                        return fail(QStringLiteral("status"), h.restoreFirstSeen);
                    }
                    h.restoreFirstSeen.finish();
                    h.forget.bind(1, sourceId);
                    h.forget.bind(2, item.dedupeKey);
                    if (!h.forget.exec()) {
                        return fail(QStringLiteral("status memory"), h.forget);
                    }
                    h.forget.finish();
                } else {
                    h.remembered.finish();
                    h.status.bind(1, articleId);
                    if (!h.status.exec()) {
                        return fail(QStringLiteral("status"), h.status);
                    }
                    h.status.finish();
                }
                if (!indexItem(articleId, item)) {
                    return fail(QStringLiteral("index"), h.ftsInsert);
                }
                if (!returning) {
                    ++result.newItems;
                }
            } else {
                Statement& find = h.find;
                find.bind(1, sourceId);
                find.bind(2, item.dedupeKey);
                if (!find.exec() || !find.next()) {
                    return fail(QStringLiteral("find"), find);
                }
                articleId = find.int64(0);
                const QString oldHash = find.text(1);
                const QString t = find.text(2);
                const QString a = find.text(3);
                const QString s = find.text(4);
                const QString c = find.text(5);
                // the update keeps fetched full text when the feed still has only a teaser (see Hot::update)
                const bool keepsFullText = item.summaryOnly && find.text(6) == QLatin1String("done");
                find.finish();
                if (oldHash == item.contentHash) {
                    if (item.comments >= 0) {
                        h.comments.bind(1, item.comments);
                        h.comments.bind(2, articleId);
                        h.comments.bind(3, item.comments);
                        h.comments.exec();
                        h.comments.finish();
                    }
                    continue; // unchanged upstream
                }
                // changed upstream: update in place; the status row (read, starred) is untouched
                if (!indexArticle(articleId, t, a, s, c, true)) {
                    return fail(QStringLiteral("unindex"), h.ftsDelete);
                }
                Statement& update = h.update;
                update.bindOrNull(1, item.link);
                update.bindOrNull(2, item.canonicalLink);
                update.bind(3, item.title);
                update.bindOrNull(4, item.authors);
                update.bindOrNull(5, item.summary);
                update.bind(6, item.summaryOnly);
                update.bindOrNull(7, item.content);
                update.bind(8, item.dateKnown);
                update.bind(9, item.published);
                update.bind(10, item.dateKnown);
                update.bindOrNull(11, item.updated);
                if (item.comments >= 0) {
                    update.bind(12, item.comments);
                } else {
                    update.bindNull(12);
                }
                update.bindOrNull(13, item.commentsUrl);
                update.bindOrNull(14, item.thumbnail);
                update.bind(15, item.contentHash);
                update.bindOrNull(16, item.credits.toJson());
                update.bind(17, articleId);
                if (!update.exec()) {
                    return fail(QStringLiteral("update"), update);
                }
                update.finish();
                const bool indexed = keepsFullText
                    ? indexArticle(articleId, item.title, item.authors, item.summary, c, false)
                    : indexItem(articleId, item);
                if (!indexed) {
                    return fail(QStringLiteral("index"), h.ftsInsert);
                }
                h.dropMedia.bind(1, articleId);
                h.dropMedia.exec();
                h.dropMedia.finish();
                ++result.updatedItems;
            }
            QSet<QString> existing;
            if (!isNew) {
                h.keptMedia.bind(1, articleId);
                if (h.keptMedia.exec()) {
                    while (h.keptMedia.next()) {
                        existing.insert(h.keptMedia.text(0));
                    }
                }
                h.keptMedia.finish();
            }
            int position = 0;
            for (const MediaRecord& m : item.media) {
                ++position;
                if (existing.contains(m.url)) {
                    continue;
                }
                Statement& media = h.media;
                media.bind(1, articleId);
                media.bind(2, m.url);
                media.bind(3, m.role);
                media.bind(4, position);
                media.bindOrNull(5, m.caption);
                media.bindOrNull(6, m.credit);
                media.bindOrNull(7, m.mime);
                if (!media.exec()) {
                    return fail(QStringLiteral("media"), media);
                }
                media.finish();
            }
        }
    }

    if (u.outcome == FetchOutcome::Updated && u.isRanking) {
        h.snapshot.bind(1, u.feedId);
        h.snapshot.bind(2, now);
        if (!h.snapshot.exec()) {
            return fail(QStringLiteral("ranking"), h.snapshot);
        }
        const qint64 snapshotId = h.snapshot.lastInsertId();
        h.snapshot.finish();
        int position = 0;
        for (const RankingEntry& e : u.ranking) {
            Statement& item = h.rankingItem;
            const QString canonical = canonicalLink(e.link);
            item.bind(1, snapshotId);
            item.bind(2, ++position);
            item.bind(3, e.title);
            item.bindOrNull(4, e.link);
            item.bindOrNull(5, canonical);
            item.bindOrNull(6, canonical);
            if (!item.exec()) {
                return fail(QStringLiteral("ranking item"), item);
            }
            item.finish();
        }
        h.prune.bind(1, u.feedId);
        h.prune.bind(2, u.feedId);
        h.prune.exec();
        h.prune.finish();
        // ranking entries are not articles: they count neither as new nor as updated
    }

    if (u.outcome == FetchOutcome::Failed) {
        const int newFailures = failures + 1;
        const qint64 next = u.retryAfter > now ? u.retryAfter : now + backoffSeconds(newFailures);
        Statement& feed = h.feedFailed;
        feed.bind(1, now);
        feed.bindOrNull(2, qint64(u.httpStatus));
        feed.bind(3, int(u.error.code) + 1);
        feed.bind(4, u.error.detail);
        feed.bind(5, newFailures);
        feed.bind(6, next);
        feed.bind(7, u.gone);
        feed.bind(8, now);
        feed.bind(9, u.feedId);
        if (!feed.exec()) {
            return fail(QStringLiteral("feed"), feed);
        }
        feed.finish();
    } else {
        Statement& feed = h.feedOk;
        feed.bind(1, now);
        feed.bind(2, now);
        feed.bindOrNull(3, qint64(u.httpStatus));
        feed.bindOrNull(4, u.retryAfter > now ? u.retryAfter : interval > 0 ? now + interval : 0);
        feed.bindOrNull(5, u.etag);
        feed.bindOrNull(6, u.lastModified);
        feed.bindOrNull(7, u.bodyHash);
        feed.bindOrNull(8, u.etag);
        feed.bindOrNull(9, u.lastModified);
        feed.bind(10, now);
        feed.bindOrNull(11, oldTitle.isEmpty() ? u.feedTitle : oldTitle);
        feed.bind(12, u.feedId);
        if (!feed.exec()) {
            return fail(QStringLiteral("feed"), feed);
        }
        feed.finish();
    }
    if (!u.permanentUrl.isEmpty()) {
        h.moved.bind(1, u.permanentUrl);
        h.moved.bind(2, u.feedId);
        h.moved.exec();
        h.moved.finish();
    }
    static const char* outcomes[] = {"ok", "not-modified", "unchanged", "error"};
    Statement& log = h.log;
    log.bind(1, u.feedId);
    log.bind(2, u.startedAt ? u.startedAt : now);
    log.bind(3, u.durationMs);
    log.bind(4, u.httpStatus);
    log.bind(5, QString::fromLatin1(outcomes[int(u.outcome)]));
    log.bind(6, u.bytes);
    log.bind(7, result.newItems);
    log.bind(8, result.updatedItems);
    log.bindOrNull(9, u.error.detail);
    if (!log.exec()) {
        return fail(QStringLiteral("log"), log);
    }
    log.finish();
    if (!tx.commit()) {
        result.stored = false;
        result.error = tx.error();
        result.newItems = 0;
        result.updatedItems = 0;
    }
    return result;
}

QList<FeedWriteResult> StoreWriterCore::writeBatch(const QList<FeedUpdate>& updates)
{
    QList<FeedWriteResult> results;
    if (updates.size() == 1) {
        results.append(write(updates.front()));
        return results;
    }
    // Several feeds in one transaction: fewer commits and search-index flushes under load. Savepoints would
    // isolate feeds but make FTS5 flush at each one, so a failure instead rolls the batch back and the feeds
    // are written one by one (failures are rare: a full disk).
    if (!m_db.transaction()) {
        for (const FeedUpdate& u : updates) {
            results.append(write(u));
        }
        return results;
    }
    m_inBatch = true;
    bool failed = false;
    for (const FeedUpdate& u : updates) {
        FeedWriteResult r = write(u);
        if (!r.stored) {
            failed = true;
            break;
        }
        results.append(r);
    }
    m_inBatch = false;
    if (!failed && m_db.commit()) {
        return results;
    }
    m_db.rollback();
    results.clear();
    for (const FeedUpdate& u : updates) {
        results.append(write(u));
    }
    return results;
}

Result<qint64> StoreWriterCore::upsertSource(const SourceRecord& s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sources (key, name_ko, name_en, homepage, timezone, encoding, kind, definition, "
        "images, fulltext) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name_ko = "
        "CASE WHEN sources.user_named = 1 THEN sources.name_ko ELSE excluded.name_ko END, name_en = excluded.name_en, "
        "homepage = excluded.homepage, timezone = "
        "excluded.timezone, encoding = excluded.encoding, kind = excluded.kind, definition = "
        "excluded.definition, images = excluded.images, fulltext = excluded.fulltext"));
    q.addBindValue(s.key);
    q.addBindValue(s.nameKo);
    q.addBindValue(nullable(s.nameEn));
    q.addBindValue(nullable(s.homepage));
    q.addBindValue(s.timezone.isEmpty() ? QStringLiteral("Asia/Seoul") : s.timezone);
    q.addBindValue(nullable(s.encoding));
    q.addBindValue(s.kind);
    q.addBindValue(nullable(s.definition));
    q.addBindValue(s.images ? 1 : 0);
    const bool known = s.fulltext == QLatin1String("always") || s.fulltext == QLatin1String("never");
    q.addBindValue(known ? s.fulltext : QStringLiteral("auto"));
    if (!q.exec()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT id FROM sources WHERE key = ?"));
    id.addBindValue(s.key);
    if (!id.exec() || !id.next()) {
        return Error{ErrorCode::Storage, id.lastError().text()};
    }
    return id.value(0).toLongLong();
}

Result<qint64> StoreWriterCore::upsertFeed(qint64 sourceId, const FeedRecord& f)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO feeds (source_id, url, title, section, kind, group_name, position) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(url) DO UPDATE SET section = CASE WHEN feeds.section_fixed = 1 THEN feeds.section ELSE "
        "excluded.section END, kind = excluded.kind, title = CASE WHEN feeds.user_named = 1 THEN feeds.title ELSE "
        "COALESCE(excluded.title, feeds.title) END, group_name = COALESCE(excluded.group_name, feeds.group_name), "
        "position = excluded.position"));
    q.addBindValue(sourceId);
    q.addBindValue(f.url);
    q.addBindValue(nullable(f.title));
    q.addBindValue(f.section.isEmpty() ? QStringLiteral("general") : f.section);
    q.addBindValue(f.kind);
    q.addBindValue(nullable(f.groupName));
    q.addBindValue(f.position);
    if (!q.exec()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    id.addBindValue(f.url);
    if (!id.exec() || !id.next()) {
        return Error{ErrorCode::Storage, id.lastError().text()};
    }
    return id.value(0).toLongLong();
}

Result<bool> StoreWriterCore::removeFeed(qint64 feedId)
{
    Transaction tx(m_db);
    QSqlQuery rows(m_db);
    rows.prepare(QStringLiteral("SELECT a.id, a.title, a.authors, a.summary, a.content FROM articles a "
                                "LEFT JOIN article_status s ON s.article_id = a.id WHERE a.feed_id = ?"));
    rows.addBindValue(feedId);
    if (!rows.exec()) {
        return Error{ErrorCode::Storage, rows.lastError().text()};
    }
    while (rows.next()) {
        indexArticle(rows.value(0).toLongLong(),
                     rows.value(1).toString(),
                     rows.value(2).toString(),
                     rows.value(3).toString(),
                     rows.value(4).toString(),
                     true);
    }
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    del.addBindValue(feedId);
    if (!del.exec() || !tx.commit()) {
        return Error{ErrorCode::Storage, del.lastError().text()};
    }
    return true;
}

Result<int> StoreWriterCore::setStatus(const QList<qint64>& ids, StatusField field, bool value, qint64 now)
{
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

Result<int> StoreWriterCore::markAllRead(const ArticleFilter& filter, qint64 now)
{
    QVariantList binds;
    const QString ids = filteredArticleIds(filter, &binds);
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
    return q.numRowsAffected();
}

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

Result<int> StoreWriterCore::rebuildSearchIndex()
{
    Transaction tx(m_db);
    if (!tx.ok()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    QString error;
    if (!Database::exec(
            m_db, QStringLiteral("INSERT INTO article_search(article_search) VALUES('delete-all')"), &error)) {
        return Error{ErrorCode::Storage, error};
    }
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, title, authors, summary, content FROM articles"))) {
        return Error{ErrorCode::Storage, rows.lastError().text()};
    }
    int count = 0;
    while (rows.next()) {
        if (!indexArticle(rows.value(0).toLongLong(),
                          rows.value(1).toString(),
                          rows.value(2).toString(),
                          rows.value(3).toString(),
                          rows.value(4).toString(),
                          false)) {
            return Error{ErrorCode::Storage, m_hot ? m_hot->ftsInsert.error() : QStringLiteral("not open")};
        }
        ++count;
    }
    rows.finish();
    if (!Database::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = 'rebuild_search_index'"), &error)) {
        return Error{ErrorCode::Storage, error};
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return count;
}

Result<bool> StoreWriterCore::checkSearchIndex()
{
    QString error;
    // FTS5's own check: the index's structure is whole (a contentless table has nothing to compare it with)
    if (!Database::exec(m_db,
                        QStringLiteral("INSERT INTO article_search(article_search, rank) VALUES('integrity-check', 1)"),
                        &error)) {
        return Error{ErrorCode::Storage, error};
    }
    // and ours: every word the index holds, where it holds it, is what indexText() makes of the stored rows
    auto cleanUp = [this] {
        for (const char* sql : {"DROP TABLE IF EXISTS temp.search_check_actual",
                                "DROP TABLE IF EXISTS temp.search_check_expected_terms",
                                "DROP TABLE IF EXISTS temp.search_check_expected"}) {
            Database::exec(m_db, QString::fromLatin1(sql));
        }
    };
    cleanUp();
    if (!Database::exec(
            m_db,
            QStringLiteral("CREATE VIRTUAL TABLE temp.search_check_expected USING fts5(title, authors, body, "
                           "content='', tokenize='ascii')"),
            &error)
        || !Database::exec(
            m_db,
            QStringLiteral(
                "CREATE VIRTUAL TABLE temp.search_check_actual USING fts5vocab(main, article_search, instance)"),
            &error)
        || !Database::exec(m_db,
                           QStringLiteral("CREATE VIRTUAL TABLE temp.search_check_expected_terms USING "
                                          "fts5vocab(temp, search_check_expected, instance)"),
                           &error)) {
        cleanUp();
        return Error{ErrorCode::Storage, error};
    }
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO temp.search_check_expected (rowid, title, authors, body) VALUES (?, ?, ?, ?)"));
    bool ok = rows.exec(QStringLiteral("SELECT id, title, authors, summary, content FROM articles"));
    while (ok && rows.next()) {
        const IndexText text = indexText(
            rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toString());
        insert.addBindValue(rows.value(0).toLongLong());
        insert.addBindValue(QString::fromUtf8(text.title));
        insert.addBindValue(QString::fromUtf8(text.authors));
        insert.addBindValue(QString::fromUtf8(text.body));
        ok = insert.exec();
    }
    QSqlQuery diff(m_db);
    ok = ok
        && diff.exec(QStringLiteral(
            "SELECT EXISTS (SELECT term, doc, col, offset FROM temp.search_check_actual EXCEPT SELECT term, doc, col, "
            "offset FROM temp.search_check_expected_terms) OR EXISTS (SELECT term, doc, col, offset FROM "
            "temp.search_check_expected_terms EXCEPT SELECT term, doc, col, offset FROM temp.search_check_actual)"))
        && diff.next();
    if (!ok) {
        error = rows.lastError().isValid() ? rows.lastError().text()
            : insert.lastError().isValid() ? insert.lastError().text()
                                           : diff.lastError().text();
    }
    const bool same = ok && diff.value(0).toInt() == 0;
    diff.finish();
    rows.finish();
    cleanUp();
    if (!ok) {
        return Error{ErrorCode::Storage, error};
    }
    return same;
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
    // pinned articles get full text and their evicted images back, whatever their source's switches say
    for (const char* sql : {"UPDATE articles SET fulltext_state = 'pending' WHERE fulltext_state IN ('none', 'failed') "
                            "AND (link LIKE 'http://%' OR link LIKE 'https://%') AND id IN (%1)",
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

Result<int> StoreWriterCore::saveForOffline(const ArticleFilter& filter, qint64 now)
{
    QVariantList binds;
    const QString ids = filteredArticleIds(filter, &binds);
    Transaction tx(m_db);
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
    const int count = q.numRowsAffected();
    if (!queueCompletion(ids, binds)) {
        return Error{ErrorCode::Storage, m_db.lastError().text()};
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return count;
}

Result<bool> StoreWriterCore::setSourceOptions(qint64 sourceId, bool images, const QString& fulltext, qint64 now)
{
    const QString policy
        = fulltext == QLatin1String("always") || fulltext == QLatin1String("never") ? fulltext : QStringLiteral("auto");
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET images = ?, fulltext = ? WHERE id = ?"));
    q.addBindValue(images ? 1 : 0);
    q.addBindValue(policy);
    q.addBindValue(sourceId);
    if (!q.exec()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    if (policy == QLatin1String("always")) {
        QSqlQuery pending(m_db);
        pending.prepare(QStringLiteral("UPDATE articles SET fulltext_state = 'pending' WHERE source_id = ? AND "
                                       "fulltext_state = 'none' AND first_seen >= ? AND (link LIKE 'http://%' OR "
                                       "link LIKE 'https://%')"));
        pending.addBindValue(sourceId);
        pending.addBindValue(now - 3 * 86400);
        if (!pending.exec()) {
            return Error{ErrorCode::Storage, pending.lastError().text()};
        }
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return true;
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

Result<bool> StoreWriterCore::mergeSearchIndex(int maxMilliseconds)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery changes(m_db);
    auto totalChanges = [&changes]() -> qint64 {
        return changes.exec(QStringLiteral("SELECT total_changes()")) && changes.next() ? changes.value(0).toLongLong()
                                                                                        : -1;
    };
    QSqlQuery merge(m_db);
    do {
        const qint64 before = totalChanges();
        // about 64 leaf pages of merging per step, at levels with 4 or more segments (FTS5's 'usermerge')
        if (!merge.exec(QStringLiteral("INSERT INTO article_search(article_search, rank) VALUES('merge', 64)"))) {
            return Error{ErrorCode::Storage, merge.lastError().text()};
        }
        // FTS5 counts a step that found nothing to merge as fewer than two changes
        if (totalChanges() - before < 2) {
            return true;
        }
    } while (timer.elapsed() < maxMilliseconds);
    return false;
}

// ---------------------------------------------------------------- StoreWriter (thread wrapper)

StoreWriter::StoreWriter(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::open()
{
    m_core = std::make_unique<StoreWriterCore>(m_path);
    const auto result = m_core->open();
    if (const auto* error = std::get_if<Error>(&result)) {
        emit opened(false, error->detail);
        return;
    }
    if (m_checkpointRequest) {
        m_core->setCheckpointRequest(m_checkpointRequest);
    }
    emit opened(true, {});
}

void StoreWriter::write(const FeedUpdate& update)
{
    if (!m_core) {
        return;
    }
    const FeedWriteResult result = m_core->write(update);
    if (!result.stored) {
        emit storageError(result.error);
    }
    emit feedWritten(result);
}

void StoreWriter::writeBatch(const QList<FeedUpdate>& updates)
{
    if (!m_core) {
        return;
    }
    for (const FeedWriteResult& result : m_core->writeBatch(updates)) {
        if (!result.stored) {
            emit storageError(result.error);
        }
        emit feedWritten(result);
    }
}

void StoreWriter::setStatus(const QList<qint64>& ids, StatusField field, bool value)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->setStatus(ids, field, value, QDateTime::currentSecsSinceEpoch());
    const bool ok = std::holds_alternative<int>(result);
    if (!ok) {
        emit storageError(std::get<Error>(result).detail);
    }
    emit statusWritten(ids, field, value, ok);
}

void StoreWriter::saveForOffline(const ArticleFilter& filter)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->saveForOffline(filter, QDateTime::currentSecsSinceEpoch());
    if (const auto* count = std::get_if<int>(&result)) {
        emit savedForOffline(*count);
    } else {
        emit storageError(std::get<Error>(result).detail);
    }
}

void StoreWriter::evictImages(qint64 budgetBytes, bool unreadToo)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->evictImages(
        QFileInfo(m_core->path()).absolutePath() + QStringLiteral("/images"), budgetBytes, unreadToo);
    if (const auto* e = std::get_if<StoreWriterCore::Eviction>(&result)) {
        emit imagesEvicted(e->files, e->bytes);
    } else {
        emit storageError(std::get<Error>(result).detail);
    }
}

void StoreWriter::markAllRead(const ArticleFilter& filter)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->markAllRead(filter, QDateTime::currentSecsSinceEpoch());
    if (const auto* count = std::get_if<int>(&result)) {
        emit allMarkedRead(*count);
    } else {
        emit storageError(std::get<Error>(result).detail);
    }
}

void StoreWriter::applyRetention(const RetentionPolicy& policy)
{
    if (!m_core) {
        return;
    }
    const RetentionResult r = m_core->applyRetention(policy, QDateTime::currentSecsSinceEpoch());
    if (!r.error.isEmpty()) {
        emit storageError(r.error);
    }
    emit retentionDone(r.deleted, r.complete);
}

void StoreWriter::mergeSearchIndex(int maxMilliseconds)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->mergeSearchIndex(maxMilliseconds);
    if (const auto* error = std::get_if<Error>(&result)) {
        emit storageError(error->detail);
        emit searchIndexMerged(true); // nothing more to try now
        return;
    }
    emit searchIndexMerged(std::get<bool>(result));
}

void StoreWriter::close()
{
    m_core.reset();
}

} // namespace news
