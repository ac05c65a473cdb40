// The writer's side of a refresh: one feed's update (items, statuses remembered, media, rankings, the feed's
// own state and log) in one transaction, and batches of them.
#include "model/Article.h"
#include "model/Backoff.h"
#include "model/FeedUpdate.h"
#include "store/Statement.h"
#include "store/StoreWriter.h"
#include "store/WriterSql.h"
#include "store/WriterStatements.h"
#include "text/LinkCanonicalizer.h"

#include <QDateTime>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace news
{
using WriterSql::Transaction;

FeedWriteResult StoreWriterCore::write(const FeedUpdate& u)
{
    // a connection belongs to the thread that opened it (QtSql); the writer thread is the only one that writes
    Q_ASSERT(!m_thread || QThread::currentThread() == m_thread);
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
    Q_ASSERT(!m_thread || QThread::currentThread() == m_thread);
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

} // namespace news
