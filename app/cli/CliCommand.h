#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Exit codes of sosik-cli (docs/cli.md).
enum Exit
{
    Ok = 0,
    NotAFeed = 1,
    Usage = 2,
    IoError = 3,
    SomeFeedsFailed = 4,
    NotFound = 5,
};

/// The table of sosik-cli's commands. Each command group lives in its own .cpp file and registers its commands
/// there, so that adding a command touches one file (app/cli/CMakeLists.txt picks new files up by itself):
///
///     const CliCommand::Registration registrations[] = {
///         {"mark", QT_TRANSLATE_NOOP("cli", "STATE ID..."),
///          QT_TRANSLATE_NOOP("cli", "mark articles read, unread, starred …"), 50, &mark},
///     };
///
/// `order` groups the usage text (10 files, 20 refresh, 30 reading, 40 rankings, 50 changing state,
/// 60 subscriptions and OPML, 70 accounts and sync, 80 upkeep, 90 export); ties sort by name.
namespace CliCommand
{

struct Command
{
    const char* name;
    const char* arguments; // after the name in the usage text: QT_TRANSLATE_NOOP("cli", "ID"), or ""
    const char* summary; // QT_TRANSLATE_NOOP("cli", …)
    int order;
    int (*run)(const QStringList& args); // args[0] is the program, the command's name is removed
};

struct Registration
{
    Registration(
        const char* name, const char* arguments, const char* summary, int order, int (*run)(const QStringList&));
};

/// Every registered command, sorted by order then name.
QList<Command> all();
/// The command called `name`, or nullptr.
const Command* find(const QString& name);
/// The usage text listing every command (translated).
QString usage();

} // namespace CliCommand
