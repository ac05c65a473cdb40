#pragma once

#include "support/Result.h"

#include <QList>
#include <QString>

namespace news
{

/// A source definition (docs/sources.md): an outlet or community portal with its sections' feeds.
struct SourceSection
{
    QString section; // canonical section id (general, politics, economy, …)
    QString name; // the outlet's own name for it
    QStringList feeds;
    QString ranking; // optional ranking feed URL (item order is the rank)
    QString encoding;
};

struct SourceDefinition
{
    QString id;
    QString nameKo;
    QString nameEn;
    QString homepage;
    QString timezone = QStringLiteral("Asia/Seoul");
    QString encoding;
    QString kind = QStringLiteral("outlet");
    QString lastChecked;
    QString fulltext = QStringLiteral("auto"); // auto | always | never
    bool images = true;
    /// Usually unreachable from mainland China (definition: "mainlandChina": "blocked"), e.g. Google News: the
    /// Shanghai preset leaves it out and the catalogue says so.
    bool blockedInChina = false;
    QList<SourceSection> sections;
    QString json; // the definition as read
};

/// The canonical sections, in display order.
QStringList canonicalSections();

/// Reads a source definition (JSON). Relative feed URLs resolve against `baseUrl` (the definition's own
/// location: the bundled demo uses qrc:/demo/).
Result<SourceDefinition> parseSourceDefinition(const QByteArray& json, const QString& baseUrl = {});

/// Loads a definition from a file path or a qrc:/ path.
Result<SourceDefinition> loadSourceDefinition(const QString& path);

/// Every definition bundled in resources/sources/, in Korean order of their names (가나다, QCollator).
QList<SourceDefinition> bundledCatalog();

} // namespace news
