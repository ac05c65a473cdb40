// sosik-cli: upkeep of the cache
#include "CliCommand.h"
#include "CliCommon.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "parse/DateParser.h"
#include "refresh/RefreshEngine.h"
#include "sanitize/HtmlSanitizer.h"
#include "sources/Opml.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <limits>

using namespace news;
using namespace cli;

namespace
{

int maintain(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli", "Upkeep the reader does in idle time: merge the search index; with --vacuum, reclaim free space."));
    const QCommandLineOption vacuumOption{QStringLiteral("vacuum"),
                                          QCoreApplication::translate("cli", "Rewrite the file without free pages.")};
    c.parser.addOption(vacuumOption);
    c.parser.process(args);
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    QElapsedTimer timer;
    timer.start();
    const auto merged = core.mergeSearchIndex(std::numeric_limits<int>::max());
    if (const auto* e = std::get_if<Error>(&merged)) {
        err(e->detail);
        return IoError;
    }
    if (c.parser.isSet(vacuumOption)) {
        if (const auto v = core.vacuum(); std::holds_alternative<Error>(v)) {
            err(std::get<Error>(v).detail);
            return IoError;
        }
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (c.parser.isSet(c.json)) {
        outJson(QJsonObject{{"seconds", seconds}, {"vacuumed", c.parser.isSet(vacuumOption)}});
    } else {
        out(QCoreApplication::translate("cli", "search index merged in %1 s\n").arg(seconds, 0, 'f', 2));
    }
    return Ok;
}

const CliCommand::Registration registrations[] = {
    {"maintain", "", QT_TRANSLATE_NOOP("cli", "merge the search index (--vacuum: reclaim space)"), 80, &maintain},
};

} // namespace
