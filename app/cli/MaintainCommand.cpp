// sosik-cli: upkeep of the cache
#include "CliCommand.h"
#include "CliCommon.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "refresh/RefreshEngine.h"
#include "sanitize/HtmlSanitizer.h"
#include "sources/Opml.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"
#include "store/Recovery.h"
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

int maintain(const QStringList& args)
{
    Common c(QCoreApplication::translate(
        "cli", "Upkeep the reader does in idle time: merge the search index; with --vacuum, reclaim free space."));
    const QCommandLineOption vacuumOption{QStringLiteral("vacuum"),
                                          QCoreApplication::translate("cli", "Rewrite the file without free pages.")};
    const QCommandLineOption retentionDays{
        QStringLiteral("retention-days"),
        QCoreApplication::translate("cli", "Delete articles older than N days (never starred or saved ones)."),
        QStringLiteral("n")};
    const QCommandLineOption keepPerFeed{
        QStringLiteral("keep-per-feed"),
        QCoreApplication::translate("cli", "With --retention-days: keep at most M articles per feed (0: no limit)."),
        QStringLiteral("m")};
    const QCommandLineOption recover{
        QStringLiteral("recover"),
        QCoreApplication::translate("cli",
                                    "Back up a damaged cache and rebuild it from what is readable (subscriptions and "
                                    "statuses are kept).")};
    c.parser.addOptions({vacuumOption, retentionDays, keepPerFeed, recover});
    c.parser.process(args);
    const QString path = c.dir() + QStringLiteral("/cache.db");
    QElapsedTimer timer;
    timer.start();
    QJsonObject json;
    if (c.parser.isSet(recover)) {
        const auto recovered = recoverCache(path, QDateTime::currentSecsSinceEpoch());
        if (const auto* e = std::get_if<Error>(&recovered)) {
            err(storageMessage(e->detail, c.dir()));
            return IoError;
        }
        const RecoveryReport& report = std::get<RecoveryReport>(recovered);
        QJsonObject rows;
        for (auto it = report.rows.cbegin(); it != report.rows.cend(); ++it) {
            rows.insert(it.key(), it.value());
        }
        json.insert(QStringLiteral("recovered"), rows);
        json.insert(QStringLiteral("lost_rows"), report.lostRows);
        json.insert(QStringLiteral("backup"), report.backupPath);
        if (!c.parser.isSet(c.json)) {
            out(QCoreApplication::translate(
                    "cli", "rebuilt: %1 feeds, %2 articles; %3 unreadable rows; damaged file kept as %4\n")
                    .arg(report.rows.value(QStringLiteral("feeds")))
                    .arg(report.rows.value(QStringLiteral("articles")))
                    .arg(report.lostRows)
                    .arg(QDir::toNativeSeparators(report.backupPath)));
        }
    }
    StoreWriterCore core(path);
    if (!openCore(core)) {
        return IoError;
    }
    if (c.parser.isSet(keepPerFeed) && !c.parser.isSet(retentionDays)) {
        err(QCoreApplication::translate("cli", "--keep-per-feed needs --retention-days."));
        return Usage;
    }
    if (c.parser.isSet(retentionDays)) {
        bool daysOk = false;
        bool countOk = true;
        RetentionPolicy policy;
        policy.keepDays = c.parser.value(retentionDays).toInt(&daysOk);
        policy.keepPerFeed = c.parser.isSet(keepPerFeed) ? c.parser.value(keepPerFeed).toInt(&countOk) : 0;
        if (!daysOk || !countOk || policy.keepDays < 0 || policy.keepPerFeed < 0) {
            err(QCoreApplication::translate("cli", "--retention-days and --keep-per-feed take a number of 0 or more."));
            return Usage;
        }
        policy.maxMilliseconds = std::numeric_limits<int>::max(); // all of it, now
        const RetentionResult retained = core.applyRetention(policy, QDateTime::currentSecsSinceEpoch());
        if (!retained.error.isEmpty()) {
            err(storageMessage(retained.error, c.dir()));
            return IoError;
        }
        json.insert(QStringLiteral("deleted"), retained.deleted);
        if (!c.parser.isSet(c.json)) {
            out(QCoreApplication::translate("cli", "%n old article(s) deleted\n", nullptr, retained.deleted));
        }
    }
    const auto merged = core.mergeSearchIndex(std::numeric_limits<int>::max());
    if (const auto* e = std::get_if<Error>(&merged)) {
        err(storageMessage(e->detail, c.dir()));
        return IoError;
    }
    if (c.parser.isSet(vacuumOption)) {
        if (const auto v = core.vacuum(); std::holds_alternative<Error>(v)) {
            err(storageMessage(std::get<Error>(v).detail, c.dir()));
            return IoError;
        }
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (c.parser.isSet(c.json)) {
        json.insert(QStringLiteral("seconds"), seconds);
        json.insert(QStringLiteral("vacuumed"), c.parser.isSet(vacuumOption));
        outJson(json);
    } else {
        out(QCoreApplication::translate("cli", "search index merged in %1 s\n").arg(seconds, 0, 'f', 2));
    }
    return Ok;
}

const CliCommand::Registration registrations[] = {
    {"maintain",
     "",
     QT_TRANSLATE_NOOP(
         "cli",
         "merge the search index (--vacuum: reclaim space; --retention-days N [--keep-per-feed M]: delete "
         "old articles; --recover: rebuild a damaged cache)"),
     80,
     &maintain},
};

} // namespace
