// sosik-cli: OPML import and export
#include "CliCommand.h"
#include "CliCommon.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "model/Subscription.h"
#include "refresh/RefreshEngine.h"
#include "sanitize/HtmlSanitizer.h"
#include "sources/Opml.h"
#include "sources/OutletNames.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"
#include "text/DateParser.h"

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

int importOpmlCommand(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Import feeds from an OPML file (nothing is fetched)."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cli", "The OPML file."));
    c.parser.process(args);
    if (c.parser.positionalArguments().size() != 1) {
        err(c.parser.helpText());
        return Usage;
    }
    QFile f(c.parser.positionalArguments().front());
    if (!f.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("cli", "Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        return IoError;
    }
    // the valid part is imported, the rest listed (#15): javascript:/file: addresses, repeats, outlines without one
    const auto read = readOpml(f.readAll());
    if (const auto* e = std::get_if<Error>(&read)) {
        err(QCoreApplication::translate("cli", "Invalid OPML: %1").arg(e->detail));
        return IoError;
    }
    const OpmlContents& contents = std::get<OpmlContents>(read);
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    const auto r = core.subscribe(subscriptionsFor(contents.feeds, bundledCatalog()));
    if (const auto* e = std::get_if<Error>(&r)) {
        err(e->detail);
        return IoError;
    }
    int added = 0;
    QJsonArray addedJson;
    QJsonArray existing;
    for (const SubscriptionOutcome& o : std::get<QList<SubscriptionOutcome>>(r)) {
        const QJsonObject row{{"id", double(o.feedId)}, {"url", o.url}, {"outlet", o.outlet}};
        (o.added ? addedJson : existing).append(row);
        added += o.added ? 1 : 0;
    }
    QJsonArray invalid;
    for (const OpmlRejected& rejected : contents.rejected) {
        invalid.append(QJsonObject{{"url", rejected.url}, {"title", rejected.title}, {"reason", rejected.reason}});
    }
    if (c.parser.isSet(c.json)) {
        outJson(QJsonObject{{"imported", added}, {"added", addedJson}, {"existing", existing}, {"invalid", invalid}});
    } else {
        out(QCoreApplication::translate("cli", "%1 feeds imported, %2 already subscribed, %3 invalid\n")
                .arg(added)
                .arg(existing.size())
                .arg(invalid.size()));
        for (const OpmlRejected& rejected : contents.rejected) {
            out(QStringLiteral("  ! %1\t%2\n")
                    .arg(rejected.url.isEmpty() ? rejected.title : rejected.url, rejected.reason));
        }
    }
    return Ok;
}

int exportOpmlCommand(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Export the feeds as OPML."));
    c.parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("cli", "The OPML file to write ('-' for standard output)."));
    c.parser.process(args);
    if (c.parser.positionalArguments().size() != 1) {
        err(c.parser.helpText());
        return Usage;
    }
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    const auto feeds = exportFeeds(core);
    if (const auto* e = std::get_if<Error>(&feeds)) {
        err(e->detail);
        return IoError;
    }
    const QByteArray xml = writeOpml(std::get<QList<OpmlFeed>>(feeds), QStringLiteral("Sosik"));
    const QString path = c.parser.positionalArguments().front();
    if (path == QLatin1String("-")) {
        out(QString::fromUtf8(xml));
        return Ok;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(xml) != xml.size()) {
        err(QCoreApplication::translate("cli", "Cannot write %1: %2").arg(path, f.errorString()));
        return IoError;
    }
    return Ok;
}

const CliCommand::Registration registrations[] = {
    {"import-opml",
     QT_TRANSLATE_NOOP("cli", "FILE"),
     QT_TRANSLATE_NOOP("cli", "import feeds from OPML"),
     60,
     &importOpmlCommand},
    {"export-opml",
     QT_TRANSLATE_NOOP("cli", "FILE"),
     QT_TRANSLATE_NOOP("cli", "export feeds as OPML"),
     61,
     &exportOpmlCommand},
};

} // namespace
