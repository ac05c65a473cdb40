// Subscriptions the reader owns (#15): the writer's operations for subscribing, renaming, moving,
// sections, addresses, per-feed settings and unsubscribing. Declared in StoreWriter.h.
#include "model/Subscription.h"
#include "normalize/SiteKey.h"
#include "store/StoreWriter.h"
#include "store/WriterSql.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace news
{
using WriterSql::Transaction;

namespace
{

Error storage(const QSqlQuery& q)
{
    return Error{ErrorCode::Storage, q.lastError().text()};
}

Error refused(const QString& why)
{
    return Error{ErrorCode::Malformed, why};
}

// Runs the prepared statements in order inside `tx`, then commits: all of them take effect, or none does.
Result<bool> execAndCommit(Transaction& tx, std::initializer_list<QSqlQuery*> statements)
{
    for (QSqlQuery* q : statements) {
        if (!q->exec()) {
            return storage(*q);
        }
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return true;
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant orNull(int value)
{
    return value < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(value);
}

bool isWebAddress(const QString& url)
{
    const QUrl u(url);
    const QString scheme = u.scheme().toLower();
    return u.isValid() && !u.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool feedExists(QSqlDatabase& db, qint64 feedId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM feeds WHERE id = ?"));
    q.addBindValue(feedId);
    return q.exec() && q.next();
}

bool outletExists(QSqlDatabase& db, qint64 outletId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sources WHERE id = ? AND key != 'kept'"));
    q.addBindValue(outletId);
    return q.exec() && q.next();
}

} // namespace

Result<QList<SubscriptionOutcome>> StoreWriterCore::subscribe(const QList<NewSubscription>& feeds)
{
    Transaction tx(m_db);
    if (!tx.ok()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    // what is there: outlets by id, by site and by name; subscribed addresses (hashes: an OPML file may bring
    // 100,000 outlines)
    struct Outlet
    {
        qint64 id = 0;
        QString key;
        QString name;
        int feeds = 0;
    };
    QHash<qint64, Outlet> outlets;
    QHash<QString, qint64> bySite;
    QHash<QString, qint64> byName; // lower case
    QSet<QString> keys;
    QHash<QString, SubscriptionOutcome> subscribed;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, key, name_ko, COALESCE(homepage, '') FROM sources ORDER BY id"))) {
            return storage(q);
        }
        while (q.next()) {
            const Outlet o{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), 0};
            keys.insert(o.key);
            if (o.key == QLatin1String("kept")) {
                continue;
            }
            outlets.insert(o.id, o);
            byName.insert(o.name.toLower(), o.id);
            if (o.key != QLatin1String("opml") && !q.value(3).toString().isEmpty()) {
                bySite.insert(siteKey(QUrl(q.value(3).toString())), o.id);
            }
        }
        QSqlQuery f(m_db);
        f.setForwardOnly(true);
        if (!f.exec(QStringLiteral("SELECT f.id, f.source_id, f.url, s.key FROM feeds f JOIN sources s ON "
                                   "s.id = f.source_id"))) {
            return storage(f);
        }
        while (f.next()) {
            const qint64 outletId = f.value(1).toLongLong();
            const QString url = f.value(2).toString();
            subscribed.insert(url, SubscriptionOutcome{url, f.value(0).toLongLong(), outletId, {}, false});
            if (outlets.contains(outletId)) {
                ++outlets[outletId].feeds;
                if (f.value(3).toString() != QLatin1String("opml")) {
                    bySite.insert(siteKey(QUrl(url)), outletId);
                }
            }
        }
    }
    QList<SubscriptionOutcome> out;
    out.reserve(feeds.size());
    for (const NewSubscription& n : feeds) {
        if (!isWebAddress(n.url)) {
            return refused(QStringLiteral("not a web address: %1").arg(n.url));
        }
        if (auto it = subscribed.constFind(n.url); it != subscribed.constEnd()) {
            SubscriptionOutcome o = it.value();
            o.added = false;
            o.outlet = outlets.value(o.outletId).name;
            out.append(o);
            continue;
        }
        // the outlet: the one asked for; by name for OPML folders; else the site's; else a new one
        const QString site = n.site.isEmpty() ? siteKey(QUrl(n.url)) : n.site;
        qint64 outletId = 0;
        if (n.outletId > 0) {
            if (!outlets.contains(n.outletId)) {
                return refused(QStringLiteral("no outlet %1").arg(n.outletId));
            }
            outletId = n.outletId;
        } else if (n.outletByName) {
            outletId = byName.value(n.outlet.toLower());
        } else {
            outletId = bySite.value(site);
        }
        if (outletId == 0) {
            SourceRecord record;
            record.key = (n.outletByName ? QStringLiteral("folder:") + n.outlet : QStringLiteral("web:") + site);
            const QString base = record.key;
            for (int suffix = 2; keys.contains(record.key); ++suffix) {
                record.key = QStringLiteral("%1~%2").arg(base).arg(suffix);
            }
            record.nameKo = n.outlet.isEmpty() ? QUrl(n.url).host() : n.outlet;
            record.nameEn = record.nameKo;
            const QUrl u(n.url);
            record.homepage = n.homepage.isEmpty() || n.outletByName
                ? (n.outletByName ? QString() : u.scheme() + QStringLiteral("://") + u.authority() + u'/')
                : n.homepage;
            record.kind = QStringLiteral("custom");
            const auto id = upsertSource(record);
            if (const auto* error = std::get_if<Error>(&id)) {
                return *error;
            }
            outletId = std::get<qint64>(id);
            keys.insert(record.key);
            outlets.insert(outletId, Outlet{outletId, record.key, record.nameKo, 0});
            byName.insert(record.nameKo.toLower(), outletId);
        }
        Outlet& outlet = outlets[outletId];
        if (!n.outletByName && outlet.key != QLatin1String("opml")) {
            bySite.insert(site, outletId);
        }
        FeedRecord record;
        record.url = n.url;
        record.title = n.title;
        record.section = n.section.isEmpty() ? QStringLiteral("general") : n.section;
        record.groupName = n.group;
        record.position = outlet.feeds++;
        const auto feedId = upsertFeed(outletId, record);
        if (const auto* error = std::get_if<Error>(&feedId)) {
            return *error;
        }
        if (n.sectionFixed) {
            QSqlQuery fixed(m_db);
            fixed.prepare(QStringLiteral("UPDATE feeds SET section_fixed = 1 WHERE id = ?"));
            fixed.addBindValue(std::get<qint64>(feedId));
            if (!fixed.exec()) {
                return storage(fixed);
            }
        }
        SubscriptionOutcome o{n.url, std::get<qint64>(feedId), outletId, outlet.name, true};
        subscribed.insert(n.url, o);
        out.append(o);
    }
    if (!tx.commit()) {
        return Error{ErrorCode::Storage, tx.error()};
    }
    return out;
}

Result<qint64> StoreWriterCore::findOutlet(const QString& idOrName)
{
    const QString text = idOrName.trimmed();
    if (text.isEmpty()) {
        return refused(QStringLiteral("no outlet named"));
    }
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    QSqlQuery q(m_db);
    if (numeric) {
        q.prepare(QStringLiteral("SELECT id FROM sources WHERE id = ? AND key != 'kept'"));
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM sources WHERE (name_ko = ? COLLATE NOCASE OR name_en = ? COLLATE "
                                 "NOCASE) AND key != 'kept' ORDER BY id LIMIT 1"));
        q.addBindValue(text);
        q.addBindValue(text);
    }
    if (!q.exec()) {
        return storage(q);
    }
    if (!q.next()) {
        return refused(QStringLiteral("no outlet '%1'").arg(text));
    }
    return q.value(0).toLongLong();
}

Result<bool> StoreWriterCore::renameOutlet(qint64 outletId, const QString& name)
{
    const QString n = name.simplified();
    if (n.isEmpty()) {
        return refused(QStringLiteral("an outlet's name cannot be empty"));
    }
    if (!outletExists(m_db, outletId)) {
        return refused(QStringLiteral("no outlet %1").arg(outletId));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET name_ko = ?, user_named = 1 WHERE id = ?"));
    q.addBindValue(n);
    q.addBindValue(outletId);
    if (!q.exec()) {
        return storage(q);
    }
    return true;
}

Result<bool> StoreWriterCore::renameFeed(qint64 feedId, const QString& title)
{
    const QString t = title.simplified();
    if (t.isEmpty()) {
        return refused(QStringLiteral("a feed's name cannot be empty"));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE feeds SET title = ?, user_named = 1 WHERE id = ?"));
    q.addBindValue(t);
    q.addBindValue(feedId);
    if (!q.exec()) {
        return storage(q);
    }
    if (q.numRowsAffected() != 1) {
        return refused(QStringLiteral("no feed %1").arg(feedId));
    }
    return true;
}

Result<bool> StoreWriterCore::moveFeed(qint64 feedId, qint64 outletId)
{
    if (!feedExists(m_db, feedId)) {
        return refused(QStringLiteral("no feed %1").arg(feedId));
    }
    if (!outletExists(m_db, outletId)) {
        return refused(QStringLiteral("no outlet %1").arg(outletId));
    }
    Transaction tx(m_db);
    QSqlQuery feed(m_db);
    feed.prepare(QStringLiteral("UPDATE feeds SET source_id = ? WHERE id = ?"));
    feed.addBindValue(outletId);
    feed.addBindValue(feedId);
    // articles follow; one the target outlet already holds (same story, another feed) stays where it was
    QSqlQuery articles(m_db);
    articles.prepare(QStringLiteral("UPDATE OR IGNORE articles SET source_id = ? WHERE feed_id = ?"));
    articles.addBindValue(outletId);
    articles.addBindValue(feedId);
    return execAndCommit(tx, {&feed, &articles});
}

Result<bool> StoreWriterCore::setFeedSection(qint64 feedId, const QString& section)
{
    if (!feedExists(m_db, feedId)) {
        return refused(QStringLiteral("no feed %1").arg(feedId));
    }
    Transaction tx(m_db);
    QSqlQuery feed(m_db);
    if (section.isEmpty()) {
        feed.prepare(QStringLiteral("UPDATE feeds SET section_fixed = 0 WHERE id = ?"));
        feed.addBindValue(feedId);
        return execAndCommit(tx, {&feed});
    }
    feed.prepare(QStringLiteral("UPDATE feeds SET section = ?, section_fixed = 1 WHERE id = ?"));
    feed.addBindValue(section);
    feed.addBindValue(feedId);
    QSqlQuery articles(m_db);
    articles.prepare(QStringLiteral("UPDATE articles SET section = ? WHERE feed_id = ? AND section != ?"));
    articles.addBindValue(section);
    articles.addBindValue(feedId);
    articles.addBindValue(section);
    return execAndCommit(tx, {&feed, &articles});
}

Result<bool> StoreWriterCore::setFeedAddress(qint64 feedId, const QString& url)
{
    if (!isWebAddress(url)) {
        return refused(QStringLiteral("not a web address: %1").arg(url));
    }
    if (!feedExists(m_db, feedId)) {
        return refused(QStringLiteral("no feed %1").arg(feedId));
    }
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ? AND id != ?"));
    taken.addBindValue(url);
    taken.addBindValue(feedId);
    if (!taken.exec()) {
        return storage(taken);
    }
    if (taken.next()) {
        return refused(QStringLiteral("%1 is already subscribed (feed %2)").arg(url).arg(taken.value(0).toLongLong()));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE feeds SET url = ?, etag = NULL, last_modified = NULL, body_hash = NULL, "
                             "validators_at = NULL, last_error_code = NULL, last_error = NULL, failure_count = 0, "
                             "next_fetch = NULL, failing_since = NULL, disabled = 0 WHERE id = ?"));
    q.addBindValue(url);
    q.addBindValue(feedId);
    if (!q.exec()) {
        return storage(q);
    }
    return true;
}

Result<bool> StoreWriterCore::setFeedOptions(qint64 feedId, const FeedOptions& o)
{
    if (!feedExists(m_db, feedId)) {
        return refused(QStringLiteral("no feed %1").arg(feedId));
    }
    if (!o.fullText.isEmpty() && o.fullText != QLatin1String("auto") && o.fullText != QLatin1String("always")
        && o.fullText != QLatin1String("never")) {
        return refused(QStringLiteral("full text is auto, always or never, not '%1'").arg(o.fullText));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE feeds SET interval_minutes = ?, retention_days = ?, fulltext = ?, images = ?, "
                             "encoding = ?, user_agent = ? WHERE id = ?"));
    q.addBindValue(orNull(o.intervalMinutes));
    q.addBindValue(orNull(o.retentionDays));
    q.addBindValue(orNull(o.fullText));
    q.addBindValue(orNull(o.images));
    q.addBindValue(orNull(o.encoding));
    q.addBindValue(orNull(o.userAgent));
    q.addBindValue(feedId);
    if (!q.exec()) {
        return storage(q);
    }
    return true;
}

Result<bool> StoreWriterCore::setOutletInterval(qint64 outletId, int minutes, qint64 now)
{
    if (!outletExists(m_db, outletId)) {
        return refused(QStringLiteral("no outlet %1").arg(outletId));
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sources SET interval_minutes = ? WHERE id = ?"));
    q.addBindValue(orNull(minutes > 0 ? minutes : -1));
    q.addBindValue(outletId);
    // the feeds that follow the outlet (working ones: a failing feed keeps its back-off) wait no longer than the
    // new interval from their last fetch
    QSqlQuery due(m_db);
    due.prepare(
        QStringLiteral("UPDATE feeds SET next_fetch = CASE WHEN ? > 0 THEN MIN(next_fetch, COALESCE(last_fetch, "
                       "?) + ? * 60) END WHERE source_id = ? AND interval_minutes IS NULL AND failure_count = 0 "
                       "AND next_fetch IS NOT NULL"));
    due.addBindValue(minutes);
    due.addBindValue(now);
    due.addBindValue(minutes);
    due.addBindValue(outletId);
    return execAndCommit(tx, {&q, &due});
}

Result<int> StoreWriterCore::unsubscribe(qint64 feedId, bool keepStarred)
{
    if (!feedExists(m_db, feedId)) {
        return refused(QStringLiteral("no feed %1").arg(feedId));
    }
    int kept = 0;
    if (keepStarred) {
        // starred and saved articles move to a feed of their own that is never refreshed (구독 취소한 피드의 보관
        // 기사; the window lists it beside the scrapbook, not among the outlets)
        Transaction tx(m_db);
        const auto keptIds = keptFeed();
        if (const auto* error = std::get_if<Error>(&keptIds)) {
            return *error;
        }
        const qint64 keptFeedId = std::get<std::pair<qint64, qint64>>(keptIds).second;
        QSqlQuery move(m_db);
        move.prepare(QStringLiteral("UPDATE articles SET feed_id = ? WHERE feed_id = ? AND id IN (SELECT article_id "
                                    "FROM article_status WHERE starred = 1 OR saved = 1)"));
        move.addBindValue(keptFeedId);
        move.addBindValue(feedId);
        if (const auto moved = execAndCommit(tx, {&move}); std::holds_alternative<Error>(moved)) {
            return std::get<Error>(moved);
        }
        kept = move.numRowsAffected();
    }
    const auto removed = removeFeed(feedId);
    if (const auto* error = std::get_if<Error>(&removed)) {
        return *error;
    }
    return kept;
}

Result<std::pair<qint64, qint64>> StoreWriterCore::keptFeed()
{
    SourceRecord source;
    source.key = QStringLiteral("kept");
    source.nameKo = QStringLiteral("구독 취소한 피드의 보관 기사");
    source.nameEn = QStringLiteral("Kept from unsubscribed feeds");
    source.kind = QStringLiteral("custom");
    const auto sourceId = upsertSource(source);
    if (const auto* error = std::get_if<Error>(&sourceId)) {
        return *error;
    }
    FeedRecord feed;
    feed.url = QStringLiteral("sosik:kept");
    feed.title = source.nameKo;
    feed.kind = QStringLiteral("kept");
    const auto feedId = upsertFeed(std::get<qint64>(sourceId), feed);
    if (const auto* error = std::get_if<Error>(&feedId)) {
        return *error;
    }
    QSqlQuery off(m_db);
    off.prepare(QStringLiteral("UPDATE feeds SET disabled = 1 WHERE id = ?"));
    off.addBindValue(std::get<qint64>(feedId));
    if (!off.exec()) {
        return Error{ErrorCode::Storage, off.lastError().text()};
    }
    return std::pair{std::get<qint64>(sourceId), std::get<qint64>(feedId)};
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

} // namespace news
