// sosik-cli: refresh the cache from the network
#include "CliCommand.h"
#include "CliCommon.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "model/Refresh.h"
#include "refresh/RefreshEngine.h"
#include "sanitize/HtmlSanitizer.h"
#include "session/Session.h"
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

int refresh(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Refresh feeds into the cache and print a summary."));
    const QCommandLineOption opml(QStringLiteral("opml"),
                                  QCoreApplication::translate("cli", "Import this OPML file first."),
                                  QStringLiteral("file"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        QCoreApplication::translate("cli", "Import this source definition first (repeatable)."),
        QStringLiteral("file"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QCoreApplication::translate("cli", "Feeds fetched at once (default 12)."),
                                  QStringLiteral("n"));
    const QCommandLineOption perHost(
        QStringLiteral("per-host"),
        QCoreApplication::translate("cli", "Feeds fetched at once from one host (default 2)."),
        QStringLiteral("n"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     QCoreApplication::translate("cli", "Refresh only this section."),
                                     QStringLiteral("id"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("cli", "Ignore back-off and schedules."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("cli", "Seconds before one feed gives up (default 60)."),
        QStringLiteral("s"));
    const QCommandLineOption noImages(QStringLiteral("no-images"),
                                      QCoreApplication::translate("cli", "Do not store article images."));
    const QCommandLineOption noFullText(
        QStringLiteral("no-fulltext"),
        QCoreApplication::translate("cli", "Do not fetch article pages for summary-only feeds."));
    c.parser.addOptions({opml, source, jobs, perHost, section, force, timeout, noImages, noFullText});
    c.parser.process(args);
    const QString dir = c.dir();
    {
        StoreWriterCore core(dir + QStringLiteral("/cache.db"));
        if (!openCore(core)) {
            return IoError;
        }
        for (const QString& path : c.parser.values(source)) {
            const auto def = loadSourceDefinition(path);
            if (const auto* e = std::get_if<Error>(&def)) {
                err(QCoreApplication::translate("cli", "Source definition %1: %2").arg(path, e->detail));
                return IoError;
            }
            if (const auto r = importSource(core, std::get<SourceDefinition>(def)); std::holds_alternative<Error>(r)) {
                err(storageMessage(std::get<Error>(r).detail, dir));
                return IoError;
            }
        }
        if (c.parser.isSet(opml)) {
            QFile f(c.parser.value(opml));
            if (!f.open(QIODevice::ReadOnly)) {
                err(QCoreApplication::translate("cli", "Cannot read %1: %2").arg(f.fileName(), f.errorString()));
                return IoError;
            }
            // as `import-opml` and the window import: each site its own outlet, named as the site calls itself
            // (all under one "구독" outlet before, #14's walk of real pages)
            const auto read = readOpml(f.readAll());
            if (const auto* e = std::get_if<Error>(&read)) {
                err(QCoreApplication::translate("cli", "Invalid OPML: %1").arg(e->detail));
                return IoError;
            }
            const auto r = core.subscribe(subscriptionsFor(std::get<OpmlContents>(read).feeds, bundledCatalog()));
            if (const auto* e = std::get_if<Error>(&r)) {
                err(storageMessage(e->detail, dir));
                return IoError;
            }
        }
    }
    Session::Options options;
    options.dataDir = dir;
    FetchSettings& settings = options.fetch;
    if (c.parser.isSet(jobs)) {
        settings.maxParallel = std::max(1, c.parser.value(jobs).toInt());
    }
    if (c.parser.isSet(perHost)) {
        settings.maxPerHost = std::max(1, c.parser.value(perHost).toInt());
    }
    if (c.parser.isSet(timeout)) {
        settings.totalTimeoutMs = std::max(1, c.parser.value(timeout).toInt()) * 1000;
        settings.connectTimeoutMs = std::min(settings.connectTimeoutMs, settings.totalTimeoutMs);
    }
    options.offline = c.parser.isSet(c.offline);
    // one refresh and what it lists, nothing else: no upkeep (`maintain`), no account sync (`sync`)
    options.maintain = false;
    options.syncAccounts = false;
    options.fullText = !c.parser.isSet(noFullText);
    options.images = !c.parser.isSet(noImages);
    // refresh → full text (summary-only feeds, pinned articles) and images (the feeds', then the pages'), each
    // until everything listed reads offline (or their time budget ends), then exit
    const bool pages = options.fullText && !options.offline;
    const bool images = options.images && !options.offline;
    Session session(options);
    session.setImageBudget(0); // the window keeps images within its budget; a refresh from here evicts none
    RefreshSummary summary;
    bool openFailed = false;
    auto failOpen = [&](const QString& error) {
        err(storageMessage(error, dir));
        openFailed = true;
        QCoreApplication::exit(IoError);
    };
    QObject::connect(&session, &Session::failed, failOpen);
    QObject::connect(&session, &Session::damaged, failOpen);
    QObject::connect(&session, &Session::readOnlyOpened, failOpen); // nothing could be saved
    QObject::connect(&session, &Session::ready, [&] {
        if (openFailed) {
            return;
        }
        RefreshScope scope;
        scope.force = c.parser.isSet(force);
        if (c.parser.isSet(section)) {
            scope.kind = RefreshScope::Kind::Section;
            scope.section = c.parser.value(section);
        }
        session.refresh(scope);
    });
    int imagesStored = 0;
    int imagesFailed = 0;
    int pagesExtracted = 0;
    int pagesFailed = 0;
    bool pagesRunning = false;
    bool imagesRunning = false;
    QElapsedTimer completion;
    double completionSeconds = 0;
    auto exitWhenDone = [&] {
        if (!pagesRunning && !imagesRunning) {
            completionSeconds = completion.isValid() ? double(completion.nsecsElapsed()) / 1e9 : 0;
            QCoreApplication::exit(0);
        }
    };
    // the session starts the completion right after this signal (Session::completeArticles)
    QObject::connect(&session, &Session::refreshFinished, [&](const RefreshSummary& s) {
        summary = s;
        completion.start();
        pagesRunning = pages;
        imagesRunning = images;
        exitWhenDone();
    });
    // and the pages' images right after this one, when pages were extracted (one more round if the feeds' are
    // still on their way)
    QObject::connect(&session, &Session::fullTextFinished, [&](int extracted, int failed) {
        pagesExtracted = extracted;
        pagesFailed = failed;
        pagesRunning = false;
        if (images && extracted > 0) {
            imagesRunning = true;
        }
        exitWhenDone();
    });
    QObject::connect(&session, &Session::imagesFinished, [&](int stored, int failed) {
        imagesStored += stored;
        imagesFailed += failed;
        imagesRunning = session.media()->isRunning();
        exitWhenDone();
    });
    session.start();
    QCoreApplication::exec();
    if (openFailed) {
        return IoError;
    }
    const RefreshProgress& p = summary.progress;
    const int ok = p.feedsDone - p.feedsFailed;
    if (c.parser.isSet(c.json)) {
        QJsonArray errors;
        for (const QString& e : summary.errors) {
            errors.append(e);
        }
        outJson(QJsonObject{{"feeds_total", p.feedsTotal},
                            {"feeds_ok", ok},
                            {"feeds_failed", p.feedsFailed},
                            {"not_modified", summary.notModified},
                            {"unchanged", summary.unchanged},
                            {"items_new", p.newItems},
                            {"items_updated", p.updatedItems},
                            {"bytes", double(p.bytes)},
                            {"seconds", summary.seconds},
                            {"offline", summary.offline},
                            {"requests_sent", session.requestsSent()},
                            {"fulltext_extracted", pagesExtracted},
                            {"fulltext_failed", pagesFailed},
                            {"images_stored", imagesStored},
                            {"images_failed", imagesFailed},
                            {"fulltext_left", session.fullText()->leftPending()},
                            {"images_left", session.media()->leftPending()},
                            {"completion_seconds", completionSeconds},
                            {"peak_bytes_ahead", double(summary.peakBytesAhead)},
                            {"errors", errors}});
    } else {
        if (summary.offline) {
            out(QCoreApplication::translate("cli", "Offline: no network request was made.\n"));
        }
        out(QCoreApplication::translate("cli", "feeds: %1 ok, %2 failed (%3 not modified, %4 unchanged)\n")
                .arg(ok)
                .arg(p.feedsFailed)
                .arg(summary.notModified)
                .arg(summary.unchanged));
        out(QCoreApplication::translate("cli", "items: %1 new, %2 updated\n").arg(p.newItems).arg(p.updatedItems));
        out(QCoreApplication::translate("cli", "bytes: %1, seconds: %2\n")
                .arg(p.bytes)
                .arg(summary.seconds, 0, 'f', 2));
        for (const QString& e : summary.errors) {
            err(e);
        }
    }
    if (!summary.storageError.isEmpty()) {
        // the cache could not be read or written: that is the error, whatever the feeds did (#17)
        err(storageMessage(summary.storageError, dir));
        return IoError;
    }
    return p.feedsFailed > 0 ? SomeFeedsFailed : Ok;
}

const CliCommand::Registration registrations[] = {
    {"refresh",
     "",
     QT_TRANSLATE_NOOP("cli", "refresh feeds into the cache (--data-dir, --opml, --source)"),
     20,
     &refresh},
};

} // namespace
