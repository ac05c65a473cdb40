#include "parse/JsonFeed.h"

#include "model/FeedDocument.h"
#include "parse/FeedXml.h"
#include "sanitize/HtmlSanitizer.h"
#include "text/DateParser.h"
#include "text/ResolveUrl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace news::feedparse
{

Result<FeedDocument> parseJsonFeed(const QString& text, const ParseOptions& options, FeedDocument doc)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return Error{ErrorCode::NotAFeed, QStringLiteral("invalid JSON: %1").arg(error.errorString())};
    }
    const QJsonObject root = json.object();
    const QString version = root.value(QLatin1String("version")).toString();
    if (!version.contains(QLatin1String("jsonfeed.org/version/"))) {
        return Error{ErrorCode::NotAFeed, QStringLiteral("JSON without a JSON Feed version")};
    }
    doc.format = version.contains(QLatin1String("version/1.1")) ? FeedFormat::Json11 : FeedFormat::Json10;
    const QString base = options.baseUrl;
    auto str = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); };
    auto firstAuthor = [&](const QJsonObject& o, QString* name, QStringList* all) {
        QJsonArray authors = o.value(QLatin1String("authors")).toArray();
        if (authors.isEmpty() && o.value(QLatin1String("author")).isObject()) {
            authors.append(o.value(QLatin1String("author")));
        }
        for (const QJsonValue& a : authors) {
            const QString n = plain(a.toObject().value(QLatin1String("name")).toString());
            if (n.isEmpty()) {
                continue;
            }
            if (name->isEmpty()) {
                *name = n;
            }
            if (all) {
                all->append(n);
            }
        }
    };
    doc.title = plain(str(root, "title"));
    doc.subtitle = HtmlSanitizer::escape(str(root, "description"));
    doc.link = resolveUrl(base, str(root, "home_page_url"));
    doc.id = str(root, "feed_url");
    doc.icon = resolveUrl(base, str(root, "favicon"));
    doc.image = resolveUrl(base, str(root, "icon"));
    doc.language = str(root, "language");
    firstAuthor(root, &doc.author, nullptr);
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (const QJsonValue& v : items) {
        if (int(doc.entries.size()) >= options.maxEntries) {
            doc.bozo = true;
            if (doc.bozoReason.isEmpty()) {
                doc.bozoReason = QStringLiteral("more than %1 entries; the rest were dropped").arg(options.maxEntries);
            }
            break;
        }
        const QJsonObject item = v.toObject();
        FeedEntry e;
        const QJsonValue id = item.value(QLatin1String("id"));
        e.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        e.title = plain(str(item, "title"));
        e.link = resolveUrl(base, str(item, "url"));
        if (e.link.isEmpty()) {
            e.link = resolveUrl(base, str(item, "external_url"));
        }
        const QString html = str(item, "content_html");
        const QString textContent = str(item, "content_text");
        e.content = !html.isEmpty() ? HtmlSanitizer::sanitize(html, e.link.isEmpty() ? base : e.link)
                                    : HtmlSanitizer::escape(textContent);
        e.summary = HtmlSanitizer::escape(str(item, "summary"));
        e.published = DateParser::parse(str(item, "date_published"), options.defaultZone);
        e.updated = DateParser::parse(str(item, "date_modified"), options.defaultZone);
        firstAuthor(item, &e.author, &e.authors);
        for (const QJsonValue& tag : item.value(QLatin1String("tags")).toArray()) {
            const QString t = plain(tag.toString());
            if (!t.isEmpty()) {
                e.categories.append(t);
            }
        }
        for (const QJsonValue& a : item.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject att = a.toObject();
            Enclosure enc;
            enc.url = resolveUrl(base, str(att, "url"));
            enc.type = str(att, "mime_type");
            const QJsonValue size = att.value(QLatin1String("size_in_bytes"));
            // a double outside qint64's range (1e300) does not convert: undefined behaviour (#17)
            const double bytes = size.toDouble(-1);
            enc.length = !size.isDouble()      ? size.toString().toLongLong()
                : bytes >= 0 && bytes < 9.0e18 ? qint64(bytes)
                                               : -1;
            if (!enc.url.isEmpty()) {
                e.enclosures.append(enc);
            }
        }
        const QString image = resolveUrl(base, str(item, "image"));
        if (!image.isEmpty()) {
            e.media.append(MediaItem{image, QString(), QString(), QString(), false});
        }
        doc.entries.append(e);
    }
    return doc;
}

} // namespace news::feedparse
