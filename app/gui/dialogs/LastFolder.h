#pragma once

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

/// Where file dialogs open: the folder last used for an import or an export, else Documents (they always opened in
/// the home folder, #14's walk). Settings key ui/lastFolder.
namespace LastFolder
{

inline QString get()
{
    const QString last = QSettings().value(QStringLiteral("ui/lastFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        return last;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

/// Remembers the folder of a file just chosen.
inline void remember(const QString& file)
{
    if (!file.isEmpty()) {
        QSettings().setValue(QStringLiteral("ui/lastFolder"), QFileInfo(file).absolutePath());
    }
}

} // namespace LastFolder
