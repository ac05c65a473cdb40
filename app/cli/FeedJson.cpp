#include "FeedJson.h"

#include "parse/DateParser.h"

#include <QJsonArray>

using namespace news;

namespace
{

QJsonValue date(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(DateParser::toIsoUtc(dt)) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list) {
        out.append(s);
    }
    return out;
}

} // namespace

QJsonObject feedToJson(const FeedDocument& doc)
{
    QJsonObject feed{
        {"title", doc.title},
        {"subtitle", doc.subtitle},
        {"link", doc.link},
        {"id", doc.id},
        {"language", doc.language},
        {"updated", date(doc.updated)},
        {"published", date(doc.published)},
        {"author", doc.author},
        {"author_email", doc.authorEmail},
        {"image", doc.image},
        {"generator", doc.generator},
        {"rights", doc.rights},
        {"icon", doc.icon},
    };
    QJsonArray entries;
    for (const FeedEntry& e : doc.entries) {
        QJsonArray enclosures;
        for (const Enclosure& enc : e.enclosures) {
            QJsonObject o{{"url", enc.url}, {"type", enc.type}};
            o.insert(QStringLiteral("length"), enc.length >= 0 ? QJsonValue(double(enc.length)) : QJsonValue());
            enclosures.append(o);
        }
        QJsonArray media;
        for (const MediaItem& m : e.media) {
            media.append(QJsonObject{{"url", m.url},
                                     {"type", m.type},
                                     {"caption", m.caption},
                                     {"credit", m.credit},
                                     {"thumbnail", m.thumbnail}});
        }
        QJsonObject entry{
            {"id", e.id},
            {"title", e.title},
            {"link", e.link},
            {"published", date(e.published)},
            {"updated", date(e.updated)},
            {"created", date(e.created)},
            {"author", e.author},
            {"author_email", e.authorEmail},
            {"summary", e.summary},
            {"content", e.content},
            {"categories", strings(e.categories)},
            {"enclosures", enclosures},
            {"comments", e.comments},
            {"source_title", e.sourceTitle},
            {"source_link", e.sourceLink},
            {"contributors", strings(e.contributors)},
            {"media", media},
        };
        if (e.commentCount >= 0) {
            entry.insert(QStringLiteral("comment_count"), e.commentCount);
        }
        entries.append(entry);
    }
    const QString format = formatName(doc.format);
    return QJsonObject{
        {"format", format.isEmpty() ? QJsonValue() : QJsonValue(format)},
        {"encoding", doc.encoding},
        {"bozo", doc.bozo},
        {"bozo_exception", doc.bozoReason},
        {"feed", feed},
        {"entries", entries},
    };
}
