#pragma once

#include "CliOutput.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

/// Helpers shared by sosik-cli's commands on a cache: output, the common options, opening the cache.
namespace cli
{

void out(const QString& text);
void err(const QString& text);
/// Prints an object or array as indented JSON.
void outJson(const QJsonValue& value);
/// The cache folder when --data-dir is not given.
QString defaultDataDir();
/// ISO 8601 UTC for a time in seconds since the epoch; empty for 0.
QString isoTime(qint64 secs);
/// One article row as `list --json` prints it.
QJsonObject rowJson(const news::ArticleRow& r);
/// The sentence for a storage failure (a full disk with its folder, a damaged cache, a read-only folder), translated.
QString storageMessage(const QString& detail, const QString& dir);
/// Opens the cache's writer synchronously, or fails with a message.
bool openCore(news::StoreWriterCore& core);
/// Creates or migrates the cache in `dir`, then opens the reader; fails with a message. A cache that cannot be
/// written (a read-only folder) is read read-only (#17).
bool openQueries(news::ArticleQueries& q, const QString& dir);

/// --data-dir, --json, --offline and --help, on a parser for one command.
struct Common
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"), QCoreApplication::translate("cli", "The cache folder."), QStringLiteral("dir")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON for machines.")};
    QCommandLineOption offline{QStringLiteral("offline"),
                               QCoreApplication::translate("cli", "Make no network request.")};

    explicit Common(const QString& description)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOption(dataDir);
        parser.addOption(json);
        parser.addOption(offline);
    }
    QString dir() const { return parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir(); }
};

} // namespace cli
