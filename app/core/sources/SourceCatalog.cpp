#include "sources/SourceCatalog.h"

#include "parse/XmlDocument.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace news
{

QStringList canonicalSections()
{
    return {QStringLiteral("general"),
            QStringLiteral("politics"),
            QStringLiteral("economy"),
            QStringLiteral("society"),
            QStringLiteral("world"),
            QStringLiteral("culture"),
            QStringLiteral("opinion"),
            QStringLiteral("sports"),
            QStringLiteral("entertainment"),
            QStringLiteral("it"),
            QStringLiteral("local")};
}

Result<SourceDefinition> parseSourceDefinition(const QByteArray& json, const QString& baseUrl)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{ErrorCode::Malformed, QStringLiteral("source definition: %1").arg(error.errorString())};
    }
    const QJsonObject o = doc.object();
    SourceDefinition s;
    s.id = o.value(QLatin1String("id")).toString().trimmed();
    const QJsonValue name = o.value(QLatin1String("name"));
    if (name.isObject()) {
        s.nameKo = name.toObject().value(QLatin1String("ko")).toString();
        s.nameEn = name.toObject().value(QLatin1String("en")).toString();
    } else {
        s.nameKo = name.toString();
    }
    if (s.nameKo.isEmpty()) {
        s.nameKo = s.nameEn;
    }
    s.homepage = o.value(QLatin1String("homepage")).toString();
    s.timezone = o.value(QLatin1String("timezone")).toString(QStringLiteral("Asia/Seoul"));
    s.encoding = o.value(QLatin1String("encoding")).toString();
    s.kind = o.value(QLatin1String("kind")).toString(QStringLiteral("outlet"));
    s.lastChecked = o.value(QLatin1String("lastChecked")).toString();
    s.fulltext = o.value(QLatin1String("fulltext")).toString(QStringLiteral("auto"));
    s.images = o.value(QLatin1String("images")).toBool(true);
    s.blockedInChina = o.value(QLatin1String("mainlandChina")).toString() == QLatin1String("blocked");
    if (s.id.isEmpty() || s.nameKo.isEmpty()) {
        return Error{ErrorCode::Malformed, QStringLiteral("source definition needs an id and a name")};
    }
    const QStringList known = canonicalSections();
    for (const QJsonValue& v : o.value(QLatin1String("sections")).toArray()) {
        const QJsonObject so = v.toObject();
        SourceSection section;
        section.section = so.value(QLatin1String("section")).toString(QStringLiteral("general"));
        if (!known.contains(section.section)) {
            return Error{ErrorCode::Malformed, QStringLiteral("unknown section '%1' in %2").arg(section.section, s.id)};
        }
        section.name = so.value(QLatin1String("name")).toString();
        section.encoding = so.value(QLatin1String("encoding")).toString();
        auto resolve = [&baseUrl](const QString& url) {
            if (baseUrl.isEmpty() || QUrl(url).isRelative() == false) {
                return url;
            }
            return QUrl(baseUrl).resolved(QUrl(url)).toString();
        };
        for (const QJsonValue& f : so.value(QLatin1String("feeds")).toArray()) {
            if (!f.toString().trimmed().isEmpty()) {
                section.feeds.append(resolve(f.toString().trimmed()));
            }
        }
        if (so.value(QLatin1String("ranking")).isString()) {
            section.ranking = resolve(so.value(QLatin1String("ranking")).toString().trimmed());
        }
        s.sections.append(section);
    }
    s.json = QString::fromUtf8(json);
    return s;
}

Result<SourceDefinition> loadSourceDefinition(const QString& path)
{
    QString local = path;
    QString base;
    if (path.startsWith(QLatin1String("qrc:"))) {
        local = path.mid(3);
        base = path;
    } else if (path.startsWith(QLatin1String(":/"))) {
        base = QLatin1String("qrc") + path;
    } else {
        base = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString();
    }
    QFile f(local);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Malformed, QStringLiteral("cannot read %1: %2").arg(path, f.errorString())};
    }
    return parseSourceDefinition(f.readAll(), base);
}

QList<SourceDefinition> bundledCatalog()
{
    QList<SourceDefinition> out;
    const QDir dir(QStringLiteral(":/sources"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto result = loadSourceDefinition(dir.filePath(name));
        if (auto* s = std::get_if<SourceDefinition>(&result)) {
            out.append(*s);
        }
    }
    QCollator korean{QLocale(QLocale::Korean, QLocale::SouthKorea)};
    std::stable_sort(out.begin(), out.end(), [&korean](const SourceDefinition& a, const SourceDefinition& b) {
        return korean.compare(a.nameKo, b.nameKo) < 0;
    });
    return out;
}

} // namespace news
