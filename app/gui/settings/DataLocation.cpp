#include "DataLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

DataLocation
resolveDataLocation(const QString& appDir, const QString& dataDirArg, bool demo, const QString& standardDir)
{
    DataLocation location;
    if (!dataDirArg.isEmpty()) {
        location.dataDir = QDir(dataDirArg).absolutePath();
        location.settingsDir = location.dataDir; // a data folder given by hand carries its settings too
        return location;
    }
    QString base = standardDir;
    if (!appDir.isEmpty() && QFileInfo::exists(QDir(appDir).filePath(QLatin1String(kPortableMarker)))) {
        location.portable = true;
        base = QDir(appDir).filePath(QStringLiteral("data"));
        location.settingsDir = QDir(base).absolutePath();
    }
    location.dataDir = QDir(demo ? base + QStringLiteral("/demo") : base).absolutePath();
    if (demo) {
        // the demo keeps its own settings too: English chosen in the demo stays in the demo (#14)
        location.settingsDir = location.dataDir;
    }
    return location;
}

void applySettingsLocation(const DataLocation& location)
{
    if (location.settingsDir.isEmpty()) {
        return;
    }
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, location.settingsDir);
    QSettings::setDefaultFormat(QSettings::IniFormat);
}
