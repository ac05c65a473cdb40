// sosik-cli: rankings and topics
#include "CliCommand.h"
#include "CliCommon.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "model/Ranking.h"
#include "query/Rankings.h"
#include "refresh/RefreshEngine.h"
#include "sanitize/HtmlSanitizer.h"
#include "sources/Opml.h"
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

int rankings(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Show the most-read rankings."));
    const QCommandLineOption section(
        QStringLiteral("section"), QCoreApplication::translate("cli", "Only this section."), QStringLiteral("id"));
    const QCommandLineOption period(
        QStringLiteral("period"),
        QCoreApplication::translate("cli", "Sosik's own ranking for \"today\" (24 hours, the default) or \"week\"."),
        QStringLiteral("today|week"));
    c.parser.addOptions({section, period});
    c.parser.process(args);
    const bool week = c.parser.value(period) == QLatin1String("week");
    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    // sections without a publisher ranking get Sosik's own: stories carried by many outlets
    const QStringList sections = c.parser.isSet(section) ? QStringList{c.parser.value(section)} : canonicalSections();
    const auto result = news::rankings(q,
                                       sections,
                                       {week ? QStringLiteral("week") : QStringLiteral("today")},
                                       QDateTime::currentSecsSinceEpoch(),
                                       c.parser.value(section));
    if (const auto* e = std::get_if<Error>(&result)) {
        err(storageMessage(e->detail, c.dir()));
        return IoError;
    }
    const QList<RankingList> lists = std::get<QList<RankingList>>(result);
    QJsonArray array;
    for (const RankingList& list : lists) {
        QJsonArray items;
        if (!c.parser.isSet(c.json)) {
            out(QStringLiteral("[%1] %2\n").arg(list.section, list.label));
        }
        for (const RankingItem& item : list.items) {
            items.append(QJsonObject{{"rank", item.position},
                                     {"title", item.title},
                                     {"link", item.link},
                                     {"article_id", double(item.articleId)},
                                     {"outlets", item.outlets}});
            if (!c.parser.isSet(c.json)) {
                out(QStringLiteral("%1. %2\n").arg(item.position, 2).arg(item.title));
            }
        }
        array.append(QJsonObject{{"section", list.section},
                                 {"label", list.label},
                                 {"publisher", list.publisher},
                                 {"period", list.period.isEmpty() ? QJsonValue() : QJsonValue(list.period)},
                                 {"taken_at", isoTime(list.takenAt)},
                                 {"items", items}});
    }
    if (c.parser.isSet(c.json)) {
        outJson(array);
    }
    return Ok;
}

int topics(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Show the leading stories of each section, clustered across outlets."));
    const QCommandLineOption section(
        QStringLiteral("section"), QCoreApplication::translate("cli", "Only this section."), QStringLiteral("id"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QCoreApplication::translate("cli", "Look back this many days (default 7)."),
                                  QStringLiteral("n"));
    c.parser.addOptions({section, days});
    c.parser.process(args);
    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    const int lookBack = c.parser.isSet(days) ? std::max(1, c.parser.value(days).toInt()) : 7;
    const QStringList sections = c.parser.isSet(section) ? QStringList{c.parser.value(section)} : canonicalSections();
    const auto result = news::topics(q, sections, lookBack, QDateTime::currentSecsSinceEpoch(), 5);
    if (const auto* e = std::get_if<Error>(&result)) {
        err(storageMessage(e->detail, c.dir()));
        return IoError;
    }
    QJsonArray array;
    for (const RankingList& topic : std::get<QList<RankingList>>(result)) {
        const QString& s = topic.section;
        const RankingList* list = &topic;
        QJsonArray items;
        if (!c.parser.isSet(c.json)) {
            out(QStringLiteral("[%1]\n").arg(s));
        }
        for (const RankingItem& item : list->items) {
            items.append(QJsonObject{{"rank", item.position},
                                     {"title", item.title},
                                     {"article_id", double(item.articleId)},
                                     {"outlet", item.outlet},
                                     {"outlets", item.outlets}});
            if (!c.parser.isSet(c.json)) {
                out(QCoreApplication::translate("cli", "%1. %2 (%3 outlets)\n")
                        .arg(item.position)
                        .arg(item.title)
                        .arg(item.outlets));
            }
        }
        array.append(QJsonObject{{"section", s}, {"topics", items}});
    }
    if (c.parser.isSet(c.json)) {
        outJson(array);
    }
    return Ok;
}

const CliCommand::Registration registrations[] = {
    {"rankings", "", QT_TRANSLATE_NOOP("cli", "most-read rankings"), 40, &rankings},
    {"topics", "", QT_TRANSLATE_NOOP("cli", "leading stories per section, across outlets"), 41, &topics},
};

} // namespace
