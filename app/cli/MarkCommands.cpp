// sosik-cli: changing what the reader did with articles (read, starred, saved)
#include "CliCommand.h"
#include "CliCommon.h"
#include "model/Article.h"
#include "store/StoreWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace news;
using namespace cli;

namespace
{

int mark(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli",
        "Mark articles (IDs from list --json) read, unread, starred (star), not starred (unstar), saved for offline "
        "reading (save: full text and images follow with the next refresh) or not (unsave)."));
    c.parser.addPositionalArgument(QStringLiteral("state"),
                                   QCoreApplication::translate("cli", "read|unread|star|unstar|save|unsave"));
    c.parser.addPositionalArgument(QStringLiteral("ids"), QCoreApplication::translate("cli", "Article IDs."));
    c.parser.process(args);
    const QStringList positional = c.parser.positionalArguments();
    struct State
    {
        const char* name;
        StatusField field;
        bool value;
    };
    static const State states[] = {{"read", StatusField::Read, true},
                                   {"unread", StatusField::Read, false},
                                   {"star", StatusField::Starred, true},
                                   {"unstar", StatusField::Starred, false},
                                   {"save", StatusField::Saved, true},
                                   {"unsave", StatusField::Saved, false}};
    const State* state = nullptr;
    for (const State& s : states) {
        if (!positional.isEmpty() && positional.front() == QLatin1String(s.name)) {
            state = &s;
        }
    }
    if (!state || positional.size() < 2) {
        err(QCoreApplication::translate("cli", "Usage: sosik-cli mark read|unread|star|unstar|save|unsave ID..."));
        return Usage;
    }
    QList<qint64> ids;
    for (const QString& arg : positional.mid(1)) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0) {
            err(QCoreApplication::translate("cli", "Not an article ID: %1").arg(arg));
            return Usage;
        }
        ids.append(id);
    }
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    const auto known = core.existingArticles(ids);
    if (const auto* e = std::get_if<Error>(&known)) {
        err(storageMessage(e->detail, c.dir()));
        return IoError;
    }
    const QList<qint64> found = std::get<QList<qint64>>(known);
    QJsonArray missing;
    for (qint64 id : ids) {
        if (!found.contains(id)) {
            missing.append(double(id));
            err(QCoreApplication::translate("cli", "No article %1").arg(id));
        }
    }
    if (!found.isEmpty()) {
        const auto written = core.setStatus(found, state->field, state->value, QDateTime::currentSecsSinceEpoch());
        if (const auto* e = std::get_if<Error>(&written)) {
            err(storageMessage(e->detail, c.dir()));
            return IoError;
        }
    }
    if (c.parser.isSet(c.json)) {
        QJsonArray marked;
        for (qint64 id : found) {
            marked.append(double(id));
        }
        outJson(QJsonObject{{"state", QString::fromLatin1(state->name)}, {"marked", marked}, {"missing", missing}});
    }
    return missing.isEmpty() ? Ok : NotFound;
}

const CliCommand::Registration registrations[] = {
    {"mark",
     QT_TRANSLATE_NOOP("cli", "read|unread|star|unstar|save|unsave ID..."),
     QT_TRANSLATE_NOOP("cli", "mark articles read, unread, starred or saved for offline reading"),
     50,
     &mark},
};

} // namespace
