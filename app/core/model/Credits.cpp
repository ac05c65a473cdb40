#include "model/Credits.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace news
{
namespace
{

// JSON string literal (the same text QJsonDocument would write, without building a document per article:
// credits are written for every stored item)
void appendJsonString(QString& out, const QString& value)
{
    out += u'"';
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c < 0x20) {
                out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            } else {
                out += ch;
            }
        }
    }
    out += u'"';
}

void appendPeople(QString& out, const QList<Reporter>& people)
{
    out += u'[';
    for (qsizetype i = 0; i < people.size(); ++i) {
        const Reporter& r = people.at(i);
        out += QLatin1String(i > 0 ? ",{\"email\":" : "{\"email\":");
        appendJsonString(out, r.email);
        out += QLatin1String(",\"name\":");
        appendJsonString(out, r.name);
        out += QLatin1String(",\"role\":");
        appendJsonString(out, r.role);
        out += u'}';
    }
    out += u']';
}

QList<Reporter> peopleFrom(const QJsonValue& v)
{
    QList<Reporter> out;
    for (const QJsonValue& r : v.toArray()) {
        const QJsonObject o = r.toObject();
        Reporter p{o.value(QLatin1String("name")).toString(),
                   o.value(QLatin1String("role")).toString(),
                   o.value(QLatin1String("email")).toString()};
        if (!p.name.isEmpty()) {
            out.append(p);
        }
    }
    return out;
}

} // namespace

QStringList Credits::photoSources() const
{
    QStringList out;
    for (const PhotoCredit& p : photos) {
        if (!p.source.isEmpty() && !out.contains(p.source)) {
            out.append(p.source);
        }
    }
    return out;
}

void Credits::addPhoto(const PhotoCredit& photo)
{
    if (photo.source.isEmpty()) {
        return;
    }
    for (PhotoCredit& p : photos) {
        if (p.source != photo.source) {
            continue;
        }
        if (p.image == photo.image) {
            return;
        }
        if (p.image.isEmpty() && p.caption.isEmpty()) {
            p = photo; // the same source, now placed under its photo
            return;
        }
    }
    photos.append(photo);
}

QString Credits::toJson() const
{
    if (isEmpty()) {
        return {};
    }
    // keys in the order QJsonObject keeps them (sorted), so that stored rows compare as text
    QString out;
    out.reserve(160);
    out += u'{';
    if (!contributors.isEmpty()) {
        out += QLatin1String("\"contributors\":");
        appendPeople(out, contributors);
        out += u',';
    }
    if (!copyright.isEmpty()) {
        out += QLatin1String("\"copyright\":");
        appendJsonString(out, copyright);
        out += u',';
    }
    if (!dateline.isEmpty()) {
        out += QLatin1String("\"dateline\":{\"agency\":");
        appendJsonString(out, dateline.agency);
        out += QLatin1String(",\"city\":");
        appendJsonString(out, dateline.city);
        out += QLatin1String("},");
    }
    if (!photos.isEmpty()) {
        const QStringList sources = photoSources();
        out += QLatin1String("\"photo_credits\":[");
        for (qsizetype i = 0; i < sources.size(); ++i) {
            if (i > 0) {
                out += u',';
            }
            appendJsonString(out, sources.at(i));
        }
        out += QLatin1String("],");
        // the placed ones (a caption or an image) in full; the others are in photo_credits alone
        bool first = true;
        for (const PhotoCredit& p : photos) {
            if (p.caption.isEmpty() && p.image.isEmpty()) {
                continue;
            }
            out += QLatin1String(first ? "\"photos\":[{\"caption\":" : ",{\"caption\":");
            first = false;
            appendJsonString(out, p.caption);
            out += QLatin1String(",\"image\":");
            appendJsonString(out, p.image);
            out += QLatin1String(",\"source\":");
            appendJsonString(out, p.source);
            out += u'}';
        }
        if (!first) {
            out += QLatin1String("],");
        }
    }
    out += QLatin1String("\"reporters\":");
    appendPeople(out, reporters);
    out += u'}';
    return out;
}

QJsonObject Credits::toJsonObject() const
{
    if (isEmpty()) {
        return {};
    }
    return QJsonDocument::fromJson(toJson().toUtf8()).object();
}

Credits Credits::fromJson(const QString& json)
{
    if (json.isEmpty()) {
        return {};
    }
    return fromJsonObject(QJsonDocument::fromJson(json.toUtf8()).object());
}

Credits Credits::fromJsonObject(const QJsonObject& o)
{
    Credits c;
    c.reporters = peopleFrom(o.value(QLatin1String("reporters")));
    c.contributors = peopleFrom(o.value(QLatin1String("contributors")));
    const QJsonObject d = o.value(QLatin1String("dateline")).toObject();
    c.dateline = Dateline{d.value(QLatin1String("city")).toString(), d.value(QLatin1String("agency")).toString()};
    c.copyright = o.value(QLatin1String("copyright")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("photos")).toArray()) {
        const QJsonObject p = v.toObject();
        c.addPhoto(PhotoCredit{p.value(QLatin1String("source")).toString(),
                               p.value(QLatin1String("caption")).toString(),
                               p.value(QLatin1String("image")).toString()});
    }
    for (const QJsonValue& v : o.value(QLatin1String("photo_credits")).toArray()) {
        const QString source = v.toString();
        if (!c.photoSources().contains(source)) {
            c.addPhoto(PhotoCredit{source, {}, {}});
        }
    }
    return c;
}

} // namespace news
