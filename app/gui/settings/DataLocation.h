#pragma once

#include <QString>

/// Where one run keeps its cache and its settings.
struct DataLocation
{
    QString dataDir; // the cache (cache.db, images/)
    QString settingsDir; // an INI settings folder; empty: the platform's native settings store
    bool portable = false;
};

/// The marker file that turns on portable mode when it sits next to the executable.
inline constexpr const char* kPortableMarker = "sosik-portable.txt";

/// Decides the data location: `--data-dir` wins (settings live there too); otherwise portable mode when
/// `appDir` holds the marker (data and settings in `appDir/data`); otherwise `standardDir` (QStandardPaths).
/// The demo always gets a folder of its own (cache and settings), so it never mixes with the reader's.
DataLocation
resolveDataLocation(const QString& appDir, const QString& dataDirArg, bool demo, const QString& standardDir);

/// Points QSettings at `location.settingsDir` (INI) when it is set.
void applySettingsLocation(const DataLocation& location);
