// sosik-cli: rankings and topics
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
    const auto result = q.publisherRankings(c.parser.value(section));
    if (const auto* e = std::get_if<Error>(&result)) {
        err(e->detail);
        return IoError;
    }
    QList<RankingList> lists = std::get<QList<RankingList>>(result);
    // sections without a publisher ranking get Sosik's own: stories carried by many outlets, today
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSet<QString> covered;
    for (const RankingList& l : lists) {
        covered.insert(l.section);
    }
    const QStringList sections = c.parser.isSet(section) ? QStringList{c.parser.value(section)} : canonicalSections();
    for (const QString& s : sections) {
        if (!covered.contains(s)) {
            auto own = q.ownRanking(s, now - (week ? 7 : 1) * 86400, now);
            if (auto* l = std::get_if<RankingList>(&own); l && !l->items.isEmpty()) {
                l->period = week ? QStringLiteral("week") : QStringLiteral("today");
                lists.append(*l);
            }
        }
    }
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
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 since = now - qint64(c.parser.isSet(days) ? std::max(1, c.parser.value(days).toInt()) : 7) * 86400;
    const QStringList sections = c.parser.isSet(section) ? QStringList{c.parser.value(section)} : canonicalSections();
    QJsonArray array;
    for (const QString& s : sections) {
        const auto result = q.ownRanking(s, since, now, 5);
        const auto* list = std::get_if<RankingList>(&result);
        if (!list || list->items.isEmpty()) {
            continue;
        }
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
