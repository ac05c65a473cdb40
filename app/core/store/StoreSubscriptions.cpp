// The writer's side of subscriptions: sources and feeds in, feeds out (OPML), and which feeds a refresh fetches.
#include "model/Refresh.h"
#include "store/StoreWriter.h"
#include "store/WriterSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace news
{
using WriterSql::nullable;
using WriterSql::Transaction;

namespace
{

constexpr qint64 kValidatorMaxAge = 8 * 86400; // drop ETag/Last-Modified now and then (NNW)
constexpr qint64 kRankingInterval = 15 * 60; // publisher rankings: every 15 minutes

} // namespace

Result<qint64> StoreWriterCore::importSubscription(const SubscriptionRecord& subscription)
{
    Transaction tx(m_db);
    if (!tx.ok()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    const auto sourceId = upsertSource(subscription.source);
    if (const auto* error = std::get_if<Error>(&sourceId)) {
        return *error;
    }
    for (const FeedRecord& feed : subscription.feeds) {
        if (const auto r = upsertFeed(std::get<qint64>(sourceId), feed); std::holds_alternative<Error>(r)) {
            return std::get<Error>(r);
        }
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return std::get<qint64>(sourceId);
}

Result<QList<SubscribedFeed>> StoreWriterCore::subscribedFeeds()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT f.url, COALESCE(f.title, ''), COALESCE(s.homepage, ''), "
                           "CASE WHEN s.key = 'opml' THEN COALESCE(f.group_name, '') ELSE s.name_ko END, f.section, "
                           "f.section_fixed "
                           "FROM feeds f JOIN sources s ON s.id = f.source_id WHERE f.kind = 'articles' "
                           "ORDER BY s.name_ko, f.position, f.id"))) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    QList<SubscribedFeed> out;
    while (q.next()) {
        out.append(SubscribedFeed{q.value(0).toString(),
                                  q.value(1).toString(),
                                  q.value(2).toString(),
                                  q.value(3).toString(),
                                  q.value(4).toString(),
                                  q.value(5).toInt() != 0});
    }
    return out;
}

Result<QList<RefreshTarget>> StoreWriterCore::refreshTargets(const RefreshScope& scope, qint64 now)
{
    // an account's feeds come from its server (sync/SyncEngine), not from their own addresses
    QString where = QStringLiteral("f.disabled = 0 AND s.kind != 'account'");
    if (scope.kind == RefreshScope::Kind::Section) {
        where += QStringLiteral(" AND f.section = :section");
    }
    if (!scope.force) {
        where += QStringLiteral(" AND (f.next_fetch IS NULL OR f.next_fetch <= :now) AND (f.kind != 'ranking' OR "
                                "f.last_fetch IS NULL OR f.last_fetch <= :rankingDue)");
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.id, f.url, COALESCE(f.etag, ''), COALESCE(f.last_modified, ''), "
                             "COALESCE(f.body_hash, ''), f.kind, COALESCE(f.validators_at, 0), s.timezone, "
                             "COALESCE(NULLIF(f.encoding, ''), s.encoding, ''), COALESCE(f.user_agent, '') FROM feeds "
                             "f JOIN sources s ON s.id = f.source_id WHERE %1 "
                             "ORDER BY f.kind, f.position, f.id")
                  .arg(where));
    if (scope.kind == RefreshScope::Kind::Section) {
        q.bindValue(QStringLiteral(":section"), scope.section);
    }
    if (!scope.force) {
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":rankingDue"), now - kRankingInterval);
    }
    if (!q.exec()) {
        // a damaged cache is an error, not "no feeds" (#17)
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    QList<RefreshTarget> out;
    while (q.next()) {
        RefreshTarget t;
        t.feedId = q.value(0).toLongLong();
        if (scope.kind == RefreshScope::Kind::Feeds && !scope.feedIds.contains(t.feedId)) {
            continue;
        }
        t.url = q.value(1).toString();
        const bool fresh = now - q.value(6).toLongLong() < kValidatorMaxAge;
        t.etag = fresh ? q.value(2).toString() : QString();
        t.lastModified = fresh ? q.value(3).toString() : QString();
        t.bodyHash = q.value(4).toString();
        t.ranking = q.value(5).toString() == QLatin1String("ranking");
        t.timezone = q.value(7).toString();
        t.encoding = q.value(8).toString(); // the reader's override for this feed first (#15)
        t.userAgent = q.value(9).toString();
        out.append(t);
    }
    if (q.lastError().isValid()) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    return out;
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
    // the articles go by the cascade from the feed, which the search index cannot follow: their words go first
    if (const auto unindexed = unindexArticles(QStringLiteral("SELECT id FROM articles WHERE feed_id = ?"), {feedId});
        std::holds_alternative<Error>(unindexed)) {
        return std::get<Error>(unindexed);
    }
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    del.addBindValue(feedId);
    if (!del.exec() || !tx.commit()) {
        return Error{ErrorCode::Storage, del.lastError().text()};
    }
    return true;
}

} // namespace news
