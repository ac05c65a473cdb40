#include "FeedJson.h"

#include "model/Credits.h"
#include "normalize/ArticleNormalizer.h"
#include "normalize/CreditExtractor.h"
#include "text/DateParser.h"

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

void addCredits(QJsonObject& json, const FeedDocument& doc)
{
    QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size() && i < doc.entries.size(); ++i) {
        const FeedEntry& e = doc.entries[i];
        QJsonObject o = entries[i].toObject();
        const bool inContent = !e.content.isEmpty();
        QStringList authors = e.authors;
        if (authors.isEmpty() && !e.author.isEmpty()) {
            authors.append(e.author);
        }
        const ExtractedCredits x
            = extractCredits(inContent ? e.content : e.summary, authorFieldOf(authors, e.authorEmail));
        Credits c = x.credits;
        o.insert(inContent ? QStringLiteral("content") : QStringLiteral("summary"), x.cleanedHtml);
        QJsonArray images;
        for (const MediaItem& m : e.media) {
            const QString provider = photoCreditIn(m.credit);
            const QString credit = provider.isEmpty() ? m.credit.simplified() : provider;
            c.addPhoto(PhotoCredit{credit, m.caption, m.url});
            images.append(QJsonObject{{"url", m.url}, {"caption", m.caption}, {"credit", credit}});
        }
        // body images, each with the caption and credit its position gives it
        for (const QString& src : imageSources(inContent ? e.content : e.summary)) {
            const auto ic
                = std::find_if(x.images.begin(), x.images.end(), [&src](const ImageCredit& i) { return i.src == src; });
            images.append(QJsonObject{{"url", src},
                                      {"caption", ic != x.images.end() ? ic->caption : QString()},
                                      {"credit", ic != x.images.end() ? ic->credit : QString()}});
        }
        // the stored form's keys, plus the empty ones the checker looks for
        const QJsonObject stored = c.toJsonObject();
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            o.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("reporters"), stored.value(QLatin1String("reporters")).toArray());
        o.insert(QStringLiteral("photo_credits"), QJsonArray::fromStringList(c.photoSources()));
        o.insert(QStringLiteral("dateline"),
                 stored.value(QLatin1String("dateline")).isObject() ? stored.value(QLatin1String("dateline"))
                                                                    : QJsonValue());
        o.insert(QStringLiteral("images"), images);
        o.insert(QStringLiteral("copyright"), c.copyright.isEmpty() ? QJsonValue() : QJsonValue(c.copyright));
        entries[i] = o;
    }
    json.insert(QStringLiteral("entries"), entries);
}
