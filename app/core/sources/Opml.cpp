#include "sources/Opml.h"

#include "sources/SourceCatalog.h"

#include <QDateTime>
#include <QMap>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace news
{

namespace
{
const QString kSosikNs = QStringLiteral("https://sosik.org/ns/opml");
}

QString sectionForName(const QString& raw)
{
    static const QList<QPair<QString, QStringList>> names = {
        {QStringLiteral("general"),
         {QStringLiteral("종합"),
          QStringLiteral("general"),
          QStringLiteral("top"),
          QStringLiteral("headlines"),
          QStringLiteral("전체기사"),
          QStringLiteral("최신기사")}},
        {QStringLiteral("politics"), {QStringLiteral("정치"), QStringLiteral("politics")}},
        {QStringLiteral("economy"),
         {QStringLiteral("경제"),
          QStringLiteral("economy"),
          QStringLiteral("business"),
          QStringLiteral("finance"),
          QStringLiteral("산업"),
          QStringLiteral("증권")}},
        {QStringLiteral("society"), {QStringLiteral("사회"), QStringLiteral("society"), QStringLiteral("national")}},
        {QStringLiteral("world"),
         {QStringLiteral("국제"), QStringLiteral("world"), QStringLiteral("international"), QStringLiteral("세계")}},
        {QStringLiteral("culture"),
         {QStringLiteral("문화"),
          QStringLiteral("culture"),
          QStringLiteral("생활"),
          QStringLiteral("life"),
          QStringLiteral("lifestyle")}},
        {QStringLiteral("opinion"),
         {QStringLiteral("오피니언"),
          QStringLiteral("opinion"),
          QStringLiteral("사설"),
          QStringLiteral("칼럼"),
          QStringLiteral("editorial")}},
        {QStringLiteral("sports"), {QStringLiteral("스포츠"), QStringLiteral("sports"), QStringLiteral("sport")}},
        {QStringLiteral("entertainment"),
         {QStringLiteral("연예"), QStringLiteral("entertainment"), QStringLiteral("엔터"), QStringLiteral("showbiz")}},
        {QStringLiteral("it"),
         {QStringLiteral("it·과학"),
          QStringLiteral("it/과학"),
          QStringLiteral("it"),
          QStringLiteral("과학"),
          QStringLiteral("tech"),
          QStringLiteral("technology"),
          QStringLiteral("science"),
          QStringLiteral("it과학")}},
        {QStringLiteral("local"),
         {QStringLiteral("현지/커뮤니티"),
          QStringLiteral("현지"),
          QStringLiteral("커뮤니티"),
          QStringLiteral("local"),
          QStringLiteral("community"),
          QStringLiteral("교민")}},
    };
    const QString name = raw.trimmed().toLower();
    for (const auto& [id, list] : names) {
        if (list.contains(name) || id == name) {
            return id;
        }
    }
    return {};
}

Result<QList<OpmlFeed>> parseOpml(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    QList<OpmlFeed> feeds;
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
                    for (auto it = sectionStack.crbegin(); f.section.isEmpty() && it != sectionStack.crend(); ++it) {
                        f.section = *it;
                    }
                    const QString scheme = url.section(u':', 0, 0).toLower();
                    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
                        return Error{ErrorCode::Malformed, QStringLiteral("feed URL is not http(s): %1").arg(url)};
                    }
                    feeds.append(f);
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
    return feeds;
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
                xml.writeAttribute(kSosikNs, QStringLiteral("section"), f.section);
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
