#include "store/AccountStore.h"

#include "model/Article.h"
#include "model/FeedDocument.h"
#include "model/FeedUpdate.h"
#include "normalize/ArticleNormalizer.h"
#include "normalize/SectionWords.h"
#include "sanitize/HtmlSanitizer.h"

#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace news
{
namespace AccountStore
{
namespace
{

Error sqlError(const QSqlQuery& q)
{
    return Error{ErrorCode::Storage, q.lastError().text()};
}

Error dbError(const QSqlDatabase& db)
{
    return Error{ErrorCode::Storage, db.lastError().text()};
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

const char* kAccountColumns
    = "a.id, a.kind, a.url, a.username, COALESCE(a.secret, ''), a.secret_in_keychain, a.sync_subscriptions, "
      "a.sync_state, COALESCE(a.article_cursor, ''), COALESCE(a.last_sync, 0), COALESCE(a.last_error_code, 0), "
      "COALESCE(a.last_error, ''), COALESCE(a.failing_since, 0), a.created, "
      "(SELECT COUNT(*) FROM account_feeds af WHERE af.account_id = a.id), "
      "(SELECT COUNT(*) FROM account_articles aa WHERE aa.account_id = a.id), "
      "(SELECT COUNT(*) FROM sync_queue q WHERE q.account_id = a.id), a.failures, COALESCE(a.last_failure, 0)";

AccountRecord readAccount(const QSqlQuery& q)
{
    AccountRecord a;
    a.id = q.value(0).toLongLong();
    a.kind = q.value(1).toString();
    a.url = q.value(2).toString();
    a.username = q.value(3).toString();
    a.secret = q.value(4).toString();
    a.secretInKeychain = q.value(5).toBool();
    a.syncSubscriptions = q.value(6).toBool();
    a.syncState = q.value(7).toBool();
    a.cursor = q.value(8).toString();
    a.lastSync = q.value(9).toLongLong();
    const int code = q.value(10).toInt();
    // the HTTP status rides in the code's upper bits: code + 1 + 1000 * status
    a.lastErrorCode = code % 1000;
    a.lastHttpStatus = code / 1000;
    a.lastError = q.value(11).toString();
    a.failingSince = q.value(12).toLongLong();
    a.created = q.value(13).toLongLong();
    a.feeds = q.value(14).toInt();
    a.articles = q.value(15).toInt();
    a.pending = q.value(16).toInt();
    a.failures = q.value(17).toInt();
    a.lastFailure = q.value(18).toLongLong();
    return a;
}

// Sets one flag of local articles as the server has it. The triggers of migration 007 queue such changes like
// the reader's own; the caller's transaction takes out again what was queued after `queueMark`.
bool setLocalFlag(QSqlDatabase& db, qint64 articleId, StateChange::Field field, bool value, qint64 now)
{
    QSqlQuery q(db);
    if (field == StateChange::Field::Read) {
        q.prepare(
            QStringLiteral("INSERT INTO article_status (article_id, read, read_at) VALUES (?, ?, ?) "
                           "ON CONFLICT(article_id) DO UPDATE SET read = excluded.read, read_at = excluded.read_at "
                           "WHERE read != excluded.read"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO article_status (article_id, starred, starred_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(article_id) DO UPDATE SET starred = excluded.starred, starred_at = "
                                 "excluded.starred_at WHERE starred != excluded.starred"));
    }
    q.addBindValue(articleId);
    q.addBindValue(value ? 1 : 0);
    q.addBindValue(now);
    return q.exec();
}

qint64 queueMark(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM sync_queue")) && q.next() ? q.value(0).toLongLong()
                                                                                             : 0;
}

bool dropQueuedAfter(QSqlDatabase& db, qint64 mark)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sync_queue WHERE id > ?"));
    q.addBindValue(mark);
    return q.exec();
}

} // namespace

QString sourceKey(qint64 accountId, const QString& remoteFeedId)
{
    return QStringLiteral("account:%1:%2").arg(accountId).arg(remoteFeedId);
}

Result<qint64> addAccount(StoreWriterCore& core, const AccountRecord& a, qint64 now)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO accounts (kind, url, username, secret, secret_in_keychain, "
                             "sync_subscriptions, sync_state, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.kind);
    q.addBindValue(a.url);
    q.addBindValue(a.username);
    q.addBindValue(nullable(a.secret));
    q.addBindValue(a.secretInKeychain ? 1 : 0);
    q.addBindValue(a.syncSubscriptions ? 1 : 0);
    q.addBindValue(a.syncState ? 1 : 0);
    q.addBindValue(now);
    if (!q.exec()) {
        return sqlError(q);
    }
    return q.lastInsertId().toLongLong();
}

Result<QList<AccountRecord>> accounts(StoreWriterCore& core)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts a ORDER BY a.id").arg(QLatin1String(kAccountColumns)))) {
        return sqlError(q);
    }
    QList<AccountRecord> out;
    while (q.next()) {
        out.append(readAccount(q));
    }
    return out;
}

Result<AccountRecord> account(StoreWriterCore& core, qint64 id)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM accounts a WHERE a.id = ?").arg(QLatin1String(kAccountColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(q);
    }
    if (!q.next()) {
        return Error{ErrorCode::Storage, QStringLiteral("no account %1").arg(id)};
    }
    return readAccount(q);
}

Result<bool> removeAccount(StoreWriterCore& core, qint64 id)
{
    QSqlDatabase& db = core.database();
    // the password (when no keychain held it) must not outlive the account in the file's free pages or in the
    // write-ahead log: seen there 13 times after a removal (#16). Deleted cells are zeroed, and the log is emptied
    // once the pages are back in the database.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA secure_delete=ON"));
    const auto secureOff = qScopeGuard([&db] {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA secure_delete=OFF"));
    });
    if (!db.transaction()) {
        return dbError(db);
    }
    {
        QSqlQuery wipe(db);
        wipe.prepare(QStringLiteral("UPDATE accounts SET secret = NULL WHERE id = ?"));
        wipe.addBindValue(id);
        if (!wipe.exec()) {
            db.rollback();
            return sqlError(wipe);
        }
    }
    // the sources cascade to feeds, articles and their mappings, which the search index cannot follow: their
    // words go first. Statuses go with their articles, and so do the account's starred articles kept after an
    // unsubscribe on the server (they live in 구독 취소한 피드의 보관 기사, not under the account's sources).
    const QString pattern = QStringLiteral("account:%1:%").arg(id);
    const auto unindexed = core.unindexArticles(
        QStringLiteral("SELECT article_id FROM account_articles WHERE account_id = ? UNION SELECT a.id FROM articles "
                       "a JOIN feeds f ON f.id = a.feed_id JOIN sources s ON s.id = f.source_id WHERE s.key LIKE ? "
                       "ESCAPE '\\'"),
        {id, pattern});
    if (const Error* e = std::get_if<Error>(&unindexed)) {
        db.rollback();
        return *e;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM article_status WHERE article_id IN (SELECT article_id FROM "
                             "account_articles WHERE account_id = ?)"));
    q.addBindValue(id);
    bool ok = q.exec();
    QSqlQuery keptToo(db);
    keptToo.prepare(QStringLiteral(
        "DELETE FROM articles WHERE id IN (SELECT article_id FROM account_articles WHERE account_id = ?)"));
    keptToo.addBindValue(id);
    ok = ok && keptToo.exec();
    QSqlQuery sources(db);
    sources.prepare(QStringLiteral("DELETE FROM sources WHERE key LIKE ? ESCAPE '\\'"));
    sources.addBindValue(pattern);
    ok = ok && sources.exec();
    QSqlQuery account(db);
    account.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    account.addBindValue(id);
    ok = ok && account.exec();
    if (!ok || !db.commit()) {
        db.rollback();
        return dbError(db);
    }
    return account.numRowsAffected() > 0;
}

Result<bool> setSecret(StoreWriterCore& core, qint64 id, const QString& secret, bool inKeychain)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE accounts SET secret = ?, secret_in_keychain = ? WHERE id = ?"));
    q.addBindValue(inKeychain ? QVariant(QMetaType(QMetaType::QString)) : nullable(secret));
    q.addBindValue(inKeychain ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(q);
    }
    return true;
}

Result<bool> setOptions(StoreWriterCore& core, qint64 id, bool syncSubscriptions, bool syncState)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE accounts SET sync_subscriptions = ?, sync_state = ? WHERE id = ?"));
    q.addBindValue(syncSubscriptions ? 1 : 0);
    q.addBindValue(syncState ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(q);
    }
    return true;
}

Result<SubscriptionChange>
applySubscriptions(StoreWriterCore& core, qint64 accountId, const QList<RemoteFeed>& feeds, qint64 now)
{
    Q_UNUSED(now)
    QSqlDatabase& db = core.database();
    SubscriptionChange change;
    QHash<QString, qint64> known; // remote id → local feed id
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT remote_id, feed_id FROM account_feeds WHERE account_id = ?"));
        q.addBindValue(accountId);
        if (!q.exec()) {
            return sqlError(q);
        }
        while (q.next()) {
            known.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    QSet<QString> seen;
    int position = 0;
    for (const RemoteFeed& f : feeds) {
        seen.insert(f.id);
        SourceRecord source;
        source.key = sourceKey(accountId, f.id);
        source.nameKo = f.title.isEmpty() ? f.url : f.title;
        source.homepage = f.siteUrl;
        source.kind = QStringLiteral("account");
        source.timezone = QStringLiteral("UTC");
        const Result<qint64> sourceId = core.upsertSource(source);
        if (const Error* e = std::get_if<Error>(&sourceId)) {
            return *e;
        }
        FeedRecord feed;
        // feeds.url is unique: the account's copy of a feed must not take a local subscription's row
        feed.url = QStringLiteral("%1#sosik-account-%2").arg(f.url).arg(accountId);
        feed.title = source.nameKo;
        // the category names the section; without one (many servers have none), what the title and address
        // suggest, as for a feed added here; else 종합, where the items' own categories may still sort them
        QString section = sectionForName(f.category);
        if (section.isEmpty() && f.category.isEmpty()) {
            section = f.suggestedSection;
        }
        feed.section = section.isEmpty() ? QStringLiteral("general") : section;
        feed.groupName = f.category;
        feed.position = position++;
        const Result<qint64> feedId = core.upsertFeed(std::get<qint64>(sourceId), feed);
        if (const Error* e = std::get_if<Error>(&feedId)) {
            return *e;
        }
        // a feed kept after an unsubscribe (it holds starred articles) and subscribed again, under a new remote id:
        // the new subscription takes it over. Its old mapping made every later sync fail on account_feeds.feed_id
        // being unique (#16).
        for (auto it = known.begin(); it != known.end();) {
            if (it.value() != std::get<qint64>(feedId) || it.key() == f.id) {
                ++it;
                continue;
            }
            QSqlQuery old(db);
            old.prepare(QStringLiteral("DELETE FROM account_feeds WHERE account_id = ? AND remote_id = ?"));
            old.addBindValue(accountId);
            old.addBindValue(it.key());
            QSqlQuery move(db);
            move.prepare(QStringLiteral("UPDATE feeds SET source_id = ?, disabled = 0 WHERE id = ?"));
            move.addBindValue(std::get<qint64>(sourceId));
            move.addBindValue(std::get<qint64>(feedId));
            QSqlQuery empty(db);
            empty.prepare(QStringLiteral("DELETE FROM sources WHERE key = ? AND NOT EXISTS (SELECT 1 FROM feeds "
                                         "WHERE feeds.source_id = sources.id)"));
            empty.addBindValue(sourceKey(accountId, it.key()));
            if (!old.exec()) {
                return sqlError(old);
            }
            if (!move.exec()) {
                return sqlError(move);
            }
            if (!empty.exec()) {
                return sqlError(empty);
            }
            it = known.erase(it);
        }
        QSqlQuery map(db);
        map.prepare(QStringLiteral("INSERT INTO account_feeds (account_id, remote_id, feed_id, remote_url, category) "
                                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(account_id, remote_id) DO UPDATE SET "
                                   "feed_id = excluded.feed_id, remote_url = excluded.remote_url, category = "
                                   "excluded.category"));
        map.addBindValue(accountId);
        map.addBindValue(f.id);
        map.addBindValue(std::get<qint64>(feedId));
        map.addBindValue(f.url);
        map.addBindValue(nullable(f.category));
        if (!map.exec()) {
            return sqlError(map);
        }
        if (!known.contains(f.id)) {
            ++change.added;
        }
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (seen.contains(it.key())) {
            continue;
        }
        // unsubscribed on the server: the feed goes, unless it holds starred or saved articles (never lost)
        QSqlQuery keep(db);
        keep.prepare(QStringLiteral("SELECT COUNT(*) FROM articles a JOIN article_status s ON s.article_id = a.id "
                                    "WHERE a.feed_id = ? AND (s.starred = 1 OR s.saved = 1)"));
        keep.addBindValue(it.value());
        if (!keep.exec() || !keep.next()) {
            return sqlError(keep);
        }
        if (keep.value(0).toInt() > 0) {
            QSqlQuery off(db);
            off.prepare(QStringLiteral("UPDATE feeds SET disabled = 1 WHERE id = ?"));
            off.addBindValue(it.value());
            off.exec();
            ++change.kept;
            continue;
        }
        // its articles' words leave the search index first: the cascade from the source cannot tell it
        const auto unindexed
            = core.unindexArticles(QStringLiteral("SELECT id FROM articles WHERE feed_id = ?"), {it.value()});
        if (const Error* e = std::get_if<Error>(&unindexed)) {
            return *e;
        }
        QSqlQuery source(db);
        source.prepare(QStringLiteral("DELETE FROM sources WHERE key = ?"));
        source.addBindValue(sourceKey(accountId, it.key()));
        if (!source.exec()) {
            return sqlError(source);
        }
        ++change.removed;
    }
    return change;
}

Result<ArticleWrite>
writeArticles(StoreWriterCore& core, qint64 accountId, const QList<RemoteArticle>& articles, qint64 now)
{
    QSqlDatabase& db = core.database();
    struct Local
    {
        qint64 feedId = 0;
        qint64 sourceId = 0;
    };
    QHash<QString, Local> feeds; // remote feed id → local
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT af.remote_id, af.feed_id, f.source_id FROM account_feeds af JOIN feeds f ON "
                                 "f.id = af.feed_id WHERE af.account_id = ?"));
        q.addBindValue(accountId);
        if (!q.exec()) {
            return sqlError(q);
        }
        while (q.next()) {
            feeds.insert(q.value(0).toString(), Local{q.value(1).toLongLong(), q.value(2).toLongLong()});
        }
    }
    // the same steps as a local feed's items: sanitize, normalise (credits, thumbnail, images), search text
    QMap<qint64, FeedUpdate> updates;
    struct Pending
    {
        const RemoteArticle* remote;
        qint64 sourceId;
        QString dedupeKey;
    };
    QList<Pending> pending;
    std::optional<Local> kept;
    for (const RemoteArticle& a : articles) {
        const auto listed = feeds.constFind(a.feedId);
        const Local* local = listed != feeds.cend() ? &*listed : nullptr;
        if (!local) {
            if (!a.starred) {
                continue; // a feed the subscriptions did not list (or not synced): skipped
            }
            // starred, in a feed gone from the subscriptions (tt-rss keeps such articles in its Archived feed):
            // kept where this reader's own unsubscribes keep them, never dropped (#16)
            if (!kept) {
                const auto ids = core.keptFeed();
                if (const Error* e = std::get_if<Error>(&ids)) {
                    return *e;
                }
                const auto [sourceId, feedId] = std::get<std::pair<qint64, qint64>>(ids);
                kept = Local{feedId, sourceId};
            }
            local = &*kept;
        }
        FeedEntry entry;
        entry.id = QStringLiteral("ttrss:%1").arg(a.id);
        entry.title = HtmlSanitizer::collapseWhitespace(HtmlSanitizer::toPlainText(a.title));
        entry.link = a.link;
        entry.published = a.published;
        entry.author = a.author;
        entry.content = HtmlSanitizer::sanitize(a.content, a.link);
        entry.categories = a.tags;
        for (const QString& url : a.enclosures) {
            entry.enclosures.append(Enclosure{url, QString(), -1});
        }
        StoredItem item = normalizeEntry(entry, NormalizeContext{now}); // (its search text too)
        FeedUpdate& update = updates[local->feedId];
        update.feedId = local->feedId;
        update.outcome = FetchOutcome::Updated;
        update.httpStatus = 200;
        update.startedAt = now;
        update.now = now;
        pending.append(Pending{&a, local->sourceId, item.dedupeKey});
        update.items.append(std::move(item));
    }
    ArticleWrite result;
    if (updates.isEmpty()) {
        return result;
    }
    for (const FeedWriteResult& w : core.writeBatch(updates.values())) {
        if (!w.stored) {
            return Error{ErrorCode::Storage, w.error};
        }
        result.newItems += w.newItems;
        result.updatedItems += w.updatedItems;
        result.feedIds.append(w.feedId);
    }
    if (!db.transaction()) {
        return dbError(db);
    }
    const qint64 mark = queueMark(db);
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM articles WHERE source_id = ? AND dedupe_key = ?"));
    QSqlQuery map(db);
    map.prepare(QStringLiteral("INSERT OR IGNORE INTO account_articles (account_id, remote_id, article_id, "
                               "remote_unread, remote_starred) VALUES (?, ?, ?, ?, ?)"));
    bool ok = true;
    for (const Pending& p : pending) {
        find.addBindValue(p.sourceId);
        find.addBindValue(p.dedupeKey);
        if (!find.exec()) {
            ok = false;
            break;
        }
        if (!find.next()) {
            continue; // not stored (retention would drop it at once: too old)
        }
        const qint64 articleId = find.value(0).toLongLong();
        find.finish();
        map.addBindValue(accountId);
        map.addBindValue(p.remote->id);
        map.addBindValue(articleId);
        map.addBindValue(p.remote->unread ? 1 : 0);
        map.addBindValue(p.remote->starred ? 1 : 0);
        if (!map.exec()) {
            ok = false;
            break;
        }
        if (map.numRowsAffected() > 0) {
            // first seen: take the server's flags (read on another device stays read here). The status row is
            // made now, so that every later change here is an UPDATE, which the queue's triggers see (an INSERT
            // trigger on article_status would cost every local feed's writes: it changes how FTS5 flushes).
            ok = setLocalFlag(db, articleId, StateChange::Field::Read, !p.remote->unread, now)
                && setLocalFlag(db, articleId, StateChange::Field::Starred, p.remote->starred, now);
            if (!ok) {
                break;
            }
        }
    }
    if (!ok || !dropQueuedAfter(db, mark) || !db.commit()) {
        db.rollback();
        return dbError(db);
    }
    return result;
}

Result<bool> setCursor(StoreWriterCore& core, qint64 accountId, const QString& cursor)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE accounts SET article_cursor = ? WHERE id = ?"));
    q.addBindValue(cursor);
    q.addBindValue(accountId);
    if (!q.exec()) {
        return sqlError(q);
    }
    return true;
}

Result<QueuedChanges> queuedChanges(StoreWriterCore& core, qint64 accountId)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, remote_id, field, value FROM sync_queue WHERE account_id = ? ORDER BY id"));
    q.addBindValue(accountId);
    if (!q.exec()) {
        return sqlError(q);
    }
    QueuedChanges out;
    QHash<std::pair<QString, int>, qsizetype> at; // the last value per article and flag wins
    while (q.next()) {
        out.maxId = std::max(out.maxId, q.value(0).toLongLong());
        StateChange c;
        c.articleId = q.value(1).toString();
        c.field = q.value(2).toString() == QLatin1String("starred") ? StateChange::Field::Starred
                                                                    : StateChange::Field::Read;
        c.value = q.value(3).toBool();
        const std::pair<QString, int> key{c.articleId, int(c.field)};
        if (const auto it = at.constFind(key); it != at.cend()) {
            out.changes[*it] = c;
        } else {
            at.insert(key, out.changes.size());
            out.changes.append(c);
        }
    }
    return out;
}

Result<StarCheck> starsToCheck(StoreWriterCore& core, qint64 accountId, const RemoteState& state, int limit)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT aa.remote_id, aa.remote_starred, COALESCE(s.starred, 0) FROM account_articles aa "
                             "LEFT JOIN article_status s ON s.article_id = aa.article_id WHERE aa.account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec()) {
        return sqlError(q);
    }
    const QSet<QString> serverStarred(state.starred.cbegin(), state.starred.cend());
    QSet<QString> held;
    StarCheck check;
    while (q.next()) {
        const QString remoteId = q.value(0).toString();
        held.insert(remoteId);
        // only a complete list says that an id it leaves out is not starred
        if (state.complete && q.value(1).toBool() && q.value(2).toBool() && !serverStarred.contains(remoteId)) {
            check.unstarred.append(remoteId);
        }
    }
    for (const QString& id : state.starred) {
        if (check.missing.size() >= limit) {
            break; // the rest come with the next syncs
        }
        if (!held.contains(id)) {
            check.missing.append(id);
        }
    }
    return check;
}

Result<StateMerge>
mergeState(StoreWriterCore& core, qint64 accountId, const RemoteState& state, const QueuedChanges& queued)
{
    QSqlDatabase& db = core.database();
    const QSet<QString> serverUnread(state.unread.cbegin(), state.unread.cend());
    const QSet<QString> serverStarred(state.starred.cbegin(), state.starred.cend());
    QHash<QString, bool> pendingRead;
    QHash<QString, bool> pendingStar;
    for (const StateChange& c : queued.changes) {
        (c.field == StateChange::Field::Read ? pendingRead : pendingStar).insert(c.articleId, c.value);
    }
    if (!db.transaction()) {
        return dbError(db);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 mark = queueMark(db);
    StateMerge merge;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT remote_id, article_id, remote_unread, remote_starred FROM account_articles WHERE "
                             "account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec()) {
        db.rollback();
        return sqlError(q);
    }
    struct Known
    {
        QString remoteId;
        qint64 articleId;
        bool unread;
        bool starred;
    };
    QList<Known> known;
    while (q.next()) {
        known.append(Known{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toBool(), q.value(3).toBool()});
    }
    QSqlQuery remember(db);
    remember.prepare(QStringLiteral("UPDATE account_articles SET remote_unread = ?, remote_starred = ? WHERE "
                                    "account_id = ? AND remote_id = ?"));
    const QSet<QString> gone(state.gone.cbegin(), state.gone.cend());
    bool ok = true;
    for (const Known& k : known) {
        if (gone.contains(k.remoteId)) {
            // the server dropped it: nothing it says is about this article any more. The flags here stay, and
            // the server's are remembered as "neither unread nor starred", which is what its lists will keep
            // saying, so later syncs change nothing either.
            if (k.unread || k.starred) {
                remember.addBindValue(0);
                remember.addBindValue(0);
                remember.addBindValue(accountId);
                remember.addBindValue(k.remoteId);
                ok = remember.exec();
            }
            ++merge.keptGone;
            if (!ok) {
                break;
            }
            continue;
        }
        // with a cut-off list, an id missing from it says nothing: keep what was known
        const bool unreadNow = serverUnread.contains(k.remoteId) || (!state.complete && k.unread);
        const bool starredNow = serverStarred.contains(k.remoteId) || (!state.complete && k.starred);
        bool remoteUnread = unreadNow;
        bool remoteStarred = starredNow;
        if (const auto p = pendingRead.constFind(k.remoteId); p != pendingRead.cend()) {
            // changed here (and perhaps there too): the change made here is the later one; it goes up
            if (*p == unreadNow) { // local read ⇔ server unread: they differ
                merge.up.append(StateChange{k.remoteId, StateChange::Field::Read, *p});
            }
        } else if (unreadNow != k.unread) {
            ok = ok && setLocalFlag(db, k.articleId, StateChange::Field::Read, !unreadNow, now);
            ++(unreadNow ? merge.unreadDown : merge.readDown);
        }
        if (const auto p = pendingStar.constFind(k.remoteId); p != pendingStar.cend()) {
            if (!*p && starredNow && starredNow != k.starred) {
                // unstarred here, starred there since the last sync: a star is never cleared by a conflict
                ok = ok && setLocalFlag(db, k.articleId, StateChange::Field::Starred, true, now);
                ++merge.keptStarred;
            } else if (*p != starredNow) {
                merge.up.append(StateChange{k.remoteId, StateChange::Field::Starred, *p});
            }
        } else if (starredNow != k.starred) {
            ok = ok && setLocalFlag(db, k.articleId, StateChange::Field::Starred, starredNow, now);
            ++(starredNow ? merge.starredDown : merge.unstarredDown);
        }
        if (remoteUnread != k.unread || remoteStarred != k.starred) {
            remember.addBindValue(remoteUnread ? 1 : 0);
            remember.addBindValue(remoteStarred ? 1 : 0);
            remember.addBindValue(accountId);
            remember.addBindValue(k.remoteId);
            ok = ok && remember.exec();
        }
        if (!ok) {
            break;
        }
    }
    if (!ok || !dropQueuedAfter(db, mark) || !db.commit()) {
        db.rollback();
        return dbError(db);
    }
    return merge;
}

Result<bool> confirmSent(StoreWriterCore& core, qint64 accountId, qint64 maxId, const QList<StateChange>& sent)
{
    QSqlDatabase& db = core.database();
    if (!db.transaction()) {
        return dbError(db);
    }
    bool ok = true;
    QSqlQuery read(db);
    read.prepare(
        QStringLiteral("UPDATE account_articles SET remote_unread = ? WHERE account_id = ? AND remote_id = ?"));
    QSqlQuery star(db);
    star.prepare(
        QStringLiteral("UPDATE account_articles SET remote_starred = ? WHERE account_id = ? AND remote_id = ?"));
    for (const StateChange& c : sent) {
        QSqlQuery& q = c.field == StateChange::Field::Read ? read : star;
        q.addBindValue(c.field == StateChange::Field::Read ? (c.value ? 0 : 1) : (c.value ? 1 : 0));
        q.addBindValue(accountId);
        q.addBindValue(c.articleId);
        ok = ok && q.exec();
    }
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM sync_queue WHERE account_id = ? AND id <= ?"));
    drop.addBindValue(accountId);
    drop.addBindValue(maxId);
    ok = ok && drop.exec();
    if (!ok || !db.commit()) {
        db.rollback();
        return dbError(db);
    }
    return true;
}

Result<bool> recordSuccess(StoreWriterCore& core, qint64 accountId, qint64 now)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE accounts SET last_sync = ?, last_error_code = NULL, last_error = NULL, "
                             "failing_since = NULL, failures = 0, last_failure = NULL WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(accountId);
    if (!q.exec()) {
        return sqlError(q);
    }
    return true;
}

Result<bool> recordFailure(StoreWriterCore& core, qint64 accountId, const Error& error, qint64 now)
{
    QSqlDatabase& db = core.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE accounts SET last_error_code = ?, last_error = ?, failing_since = "
                             "COALESCE(failing_since, ?), failures = failures + 1, last_failure = ? WHERE id = ?"));
    q.addBindValue(int(error.code) + 1 + 1000 * std::clamp(error.httpStatus, 0, 999));
    q.addBindValue(error.detail);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(accountId);
    if (!q.exec()) {
        return sqlError(q);
    }
    return true;
}

} // namespace AccountStore
} // namespace news
