#include "sources/Opml.h"

#include "normalize/SectionWords.h"
#include "sources/SourceCatalog.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace news
{

namespace
{
const QString kSosikNs = QStringLiteral("https://sosik.org/ns/opml");
}

Result<QList<OpmlFeed>> parseOpml(const QByteArray& bytes)
{
    auto read = readOpml(bytes);
    if (auto* error = std::get_if<Error>(&read)) {
        return *error;
    }
    const OpmlContents& contents = std::get<OpmlContents>(read);
    for (const OpmlRejected& r : contents.rejected) {
        if (!r.duplicate) {
            return Error{ErrorCode::Malformed, r.reason};
        }
    }
    return contents.feeds;
}

Result<OpmlContents> readOpml(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    OpmlContents contents;
    QSet<QString> seen;
    QList<OpmlFeed>& feeds = contents.feeds;
    QStringList groups; // titles of the open folder outlines
    QList<bool> folderStack; // per open outline: was it a folder?
    QList<QString> sectionStack;
    bool sawOpml = false;
    bool sawBody = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString().toLower();
            if (name == QLatin1String("opml")) {
                sawOpml = true;
            } else if (name == QLatin1String("body")) {
                sawBody = true;
            } else if (name == QLatin1String("outline")) {
                const auto attrs = xml.attributes();
                const QString url = attrs.value(QLatin1String("xmlUrl")).toString().trimmed();
                QString title = attrs.value(QLatin1String("title")).toString();
                if (title.isEmpty()) {
                    title = attrs.value(QLatin1String("text")).toString();
                }
                QString section = attrs.value(kSosikNs, QLatin1String("section")).toString();
                if (section.isEmpty()) {
                    section = attrs.value(QLatin1String("sosik:section")).toString();
                }
                QStringView fixed = attrs.value(kSosikNs, QLatin1String("sectionFixed"));
                if (section.isEmpty()) {
                    // OPML 2.0 categories: "/economy,/Tags/x" — the first that names a section
                    for (const QString& c :
                         attrs.value(QLatin1String("category")).toString().split(u',', Qt::SkipEmptyParts)) {
                        section = sectionForName(c.trimmed().section(u'/', -1));
                        if (!section.isEmpty()) {
                            break;
                        }
                    }
                }
                if (!canonicalSections().contains(section)) {
                    section.clear();
                }
                if (url.isEmpty()) {
                    folderStack.append(true);
                    groups.append(title);
                    sectionStack.append(!section.isEmpty() ? section : sectionForName(title));
                } else {
                    folderStack.append(false);
                    OpmlFeed f;
                    f.url = url;
                    f.title = title;
                    f.homepage = attrs.value(QLatin1String("htmlUrl")).toString();
                    f.group = groups.join(QLatin1String(" / "));
                    f.section = section;
                    f.sectionFixed = fixed != QLatin1String("0"); // only Sosik's own export says "0"
                    for (auto it = sectionStack.crbegin(); f.section.isEmpty() && it != sectionStack.crend(); ++it) {
                        f.section = *it;
                    }
                    const QUrl parsed(url);
                    const QString scheme = parsed.scheme().toLower();
                    if (!parsed.isValid() || parsed.host().isEmpty()
                        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
                        contents.rejected.append(
                            {url, title, QStringLiteral("feed URL is not http(s): %1").arg(url.left(200))});
                    } else if (seen.contains(url)) {
                        contents.rejected.append({url, title, QStringLiteral("listed twice: %1").arg(url), true});
                    } else {
                        seen.insert(url);
                        feeds.append(f);
                    }
                }
            }
        } else if (xml.isEndElement() && xml.name().toString().toLower() == QLatin1String("outline")) {
            if (!folderStack.isEmpty() && folderStack.takeLast()) {
                groups.removeLast();
                sectionStack.removeLast();
            }
        }
    }
    if (xml.hasError()) {
        return Error{ErrorCode::Malformed,
                     QStringLiteral("OPML line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())};
    }
    if (!sawOpml || !sawBody) {
        return Error{ErrorCode::Malformed, QStringLiteral("not an OPML document")};
    }
    return contents;
}

QByteArray writeOpml(const QList<OpmlFeed>& feeds, const QString& title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(kSosikNs, QStringLiteral("sosik"));
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeTextElement(QStringLiteral("dateCreated"), QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    QMap<QString, QList<OpmlFeed>> byGroup;
    QStringList order;
    for (const OpmlFeed& f : feeds) {
        if (!byGroup.contains(f.group)) {
            order.append(f.group);
        }
        byGroup[f.group].append(f);
    }
    for (const QString& group : order) {
        if (!group.isEmpty()) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), group);
            xml.writeAttribute(QStringLiteral("title"), group);
        }
        for (const OpmlFeed& f : byGroup.value(group)) {
            xml.writeEmptyElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
            xml.writeAttribute(QStringLiteral("text"), f.title);
            xml.writeAttribute(QStringLiteral("title"), f.title);
            xml.writeAttribute(QStringLiteral("xmlUrl"), f.url);
            if (!f.homepage.isEmpty()) {
                xml.writeAttribute(QStringLiteral("htmlUrl"), f.homepage);
            }
            if (!f.section.isEmpty()) {
                xml.writeAttribute(QStringLiteral("category"), u'/' + f.section);
                xml.writeAttribute(kSosikNs, QStringLiteral("section"), f.section);
                xml.writeAttribute(kSosikNs,
                                   QStringLiteral("sectionFixed"),
                                   f.sectionFixed ? QStringLiteral("1") : QStringLiteral("0"));
            }
        }
        if (!group.isEmpty()) {
            xml.writeEndElement();
        }
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace news
