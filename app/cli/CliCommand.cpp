#include "CliCommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace CliCommand
{
namespace
{

// A function-local static, so that registrations from any file's static initialisers find it constructed.
QList<Command>& table()
{
    static QList<Command> commands;
    return commands;
}

} // namespace

Registration::Registration(
    const char* name, const char* arguments, const char* summary, int order, int (*run)(const QStringList&))
{
    Q_ASSERT(find(QString::fromLatin1(name)) == nullptr); // one command per name
    table().append(Command{name, arguments, summary, order, run});
}

QList<Command> all()
{
    QList<Command> commands = table();
    std::sort(commands.begin(), commands.end(), [](const Command& a, const Command& b) {
        return a.order != b.order ? a.order < b.order : qstrcmp(a.name, b.name) < 0;
    });
    return commands;
}

const Command* find(const QString& name)
{
    for (const Command& command : table()) {
        if (name == QLatin1String(command.name)) {
            return &command;
        }
    }
    return nullptr;
}

QString usage()
{
    QString text = QCoreApplication::translate("cli", "Usage: sosik-cli <command> [options]") + QStringLiteral("\n\n")
        + QCoreApplication::translate("cli", "Commands:") + u'\n';
    for (const Command& command : all()) {
        QString left = QString::fromLatin1(command.name);
        if (*command.arguments) {
            left += u' ' + QCoreApplication::translate("cli", command.arguments);
        }
        text += QStringLiteral("  ") + left.leftJustified(20) + u' '
            + QCoreApplication::translate("cli", command.summary) + u'\n';
    }
    text += u'\n' + QCoreApplication::translate("cli", "Options:") + u'\n';
    text += QStringLiteral("  -h, --help     ") + QCoreApplication::translate("cli", "show this help") + u'\n';
    text += QStringLiteral("  -v, --version  ") + QCoreApplication::translate("cli", "show the version") + u'\n';
    text += u'\n' + QCoreApplication::translate("cli", "sosik-cli COMMAND --help describes a command's options.")
        + u'\n';
    return text;
}

} // namespace CliCommand
