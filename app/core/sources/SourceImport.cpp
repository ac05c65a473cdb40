#include "sources/SourceImport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace news
{

Result<qint64> importSource(StoreWriterCore& store, const SourceDefinition& s)
{
    QSqlDatabase& db = store.database();
    if (!db.transaction()) {
        return Error{ErrorCode::Storage, db.lastError().text()};
    }
    SourceRecord record;
    record.key = s.id;
    record.nameKo = s.nameKo;
    record.nameEn = s.nameEn;
    record.homepage = s.homepage;
    record.timezone = s.timezone;
    record.encoding = s.encoding;
    record.kind = s.kind;
    record.definition = s.json;
    record.images = s.images;
    record.fulltext = s.fulltext;
    const auto sourceId = store.upsertSource(record);
    if (const auto* error = std::get_if<Error>(&sourceId)) {
        db.rollback();
        return *error;
    }
    int position = 0;
    for (const SourceSection& section : s.sections) {
        for (const QString& url : section.feeds) {
            FeedRecord feed;
            feed.url = url;
            feed.section = section.section;
            feed.title = section.name.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(s.nameKo, section.name);
            feed.position = position++;
            if (const auto r = store.upsertFeed(std::get<qint64>(sourceId), feed); std::holds_alternative<Error>(r)) {
                db.rollback();
                return std::get<Error>(r);
            }
        }
        if (!section.ranking.isEmpty()) {
            FeedRecord ranking;
            ranking.url = section.ranking;
            ranking.section = section.section;
            ranking.kind = QStringLiteral("ranking");
            ranking.title = QStringLiteral("%1 %2").arg(s.nameKo, section.name);
            ranking.position = position++;
            if (const auto r = store.upsertFeed(std::get<qint64>(sourceId), ranking);
                std::holds_alternative<Error>(r)) {
                db.rollback();
                return std::get<Error>(r);
            }
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Error{ErrorCode::Storage, db.lastError().text()};
    }
    return std::get<qint64>(sourceId);
}

Result<int> importOpml(StoreWriterCore& store, const QList<OpmlFeed>& feeds)
{
    QSqlDatabase& db = store.database();
    if (!db.transaction()) {
        return Error{ErrorCode::Storage, db.lastError().text()};
    }
    SourceRecord record;
    record.key = QStringLiteral("opml");
    record.nameKo = QStringLiteral("구독");
    record.nameEn = QStringLiteral("Subscriptions");
    record.kind = QStringLiteral("custom");
    const auto sourceId = store.upsertSource(record);
    if (const auto* error = std::get_if<Error>(&sourceId)) {
        db.rollback();
        return *error;
    }
    int position = 0;
    for (const OpmlFeed& f : feeds) {
        FeedRecord feed;
        feed.url = f.url;
        feed.title = f.title;
        feed.section = f.section.isEmpty() ? QStringLiteral("general") : f.section;
        feed.groupName = f.group;
        feed.position = position++;
        if (const auto r = store.upsertFeed(std::get<qint64>(sourceId), feed); std::holds_alternative<Error>(r)) {
            db.rollback();
            return std::get<Error>(r);
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Error{ErrorCode::Storage, db.lastError().text()};
    }
    return int(feeds.size());
}

Result<QList<OpmlFeed>> exportFeeds(StoreWriterCore& store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT f.url, COALESCE(f.title, ''), COALESCE(s.homepage, ''), "
                               "COALESCE(f.group_name, CASE WHEN s.key = 'opml' THEN '' ELSE s.name_ko END), f.section "
                               "FROM feeds f JOIN sources s ON s.id = f.source_id WHERE f.kind = 'articles' "
                               "ORDER BY s.name_ko, f.position, f.id"))) {
        return Error{ErrorCode::Storage, q.lastError().text()};
    }
    QList<OpmlFeed> out;
    while (q.next()) {
        OpmlFeed f;
        f.url = q.value(0).toString();
        f.title = q.value(1).toString();
        f.homepage = q.value(2).toString();
        f.group = q.value(3).toString();
        f.section = q.value(4).toString();
        out.append(f);
    }
    return out;
}

} // namespace news
