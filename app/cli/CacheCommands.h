#pragma once

#include <QStringList>

/// sosik-cli commands that read or change a cache (data directory). Each returns the process exit code.
namespace CacheCommands
{

// Exit codes (docs/cli.md)
enum Exit
{
    Ok = 0,
    NotAFeed = 1,
    Usage = 2,
    IoError = 3,
    SomeFeedsFailed = 4,
    NotFound = 5,
};

int run(const QString& command, const QStringList& args);
bool handles(const QString& command);

} // namespace CacheCommands
