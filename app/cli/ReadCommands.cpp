// sosik-cli: commands that read the cache
#include "CliCommand.h"
#include "CliCommon.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "model/Article.h"
#include "model/CacheStats.h"
#include "model/Feed.h"
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

int feeds(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "List the feeds of the cache with their state."));
    c.parser.process(args);
    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    const auto result = q.feeds();
    if (const auto* e = std::get_if<Error>(&result)) {
        err(e->detail);
        return IoError;
    }
    QJsonArray array;
    for (const FeedInfo& f : std::get<QList<FeedInfo>>(result)) {
        if (c.parser.isSet(c.json)) {
            // health (#15): ok, failing (since when, the next try, why) or gone (HTTP 410: no longer fetched)
            static const char* codes[]
                = {"network", "http_status", "not_a_feed", "malformed", "too_large", "storage", "cancelled"};
            const bool failing = f.lastErrorCode > 0;
            QJsonObject health{{"state", f.disabled ? "gone" : failing ? "failing" : "ok"}};
            if (failing) {
                const int code = f.lastErrorCode - 1;
                health.insert("error_code", code >= 0 && code < 7 ? QString::fromLatin1(codes[code]) : QString());
                health.insert("failing_since", isoTime(f.failingSince));
                health.insert("next_try", isoTime(f.nextFetch));
            }
            array.append(QJsonObject{{"id", double(f.id)},
                                     {"url", f.url},
                                     {"title", f.title},
                                     {"source", f.sourceName},
                                     {"outlet", f.sourceName},
                                     {"outlet_id", double(f.sourceId)},
                                     {"section", f.section},
                                     {"section_fixed", f.sectionFixed},
                                     {"health", health},
                                     {"settings",
                                      QJsonObject{{"interval", f.options.intervalMinutes},
                                                  {"retention", f.options.retentionDays},
                                                  {"fulltext", f.options.fullText},
                                                  {"images", f.options.images},
                                                  {"encoding", f.options.encoding},
                                                  {"user_agent", f.options.userAgent}}},
                                     {"kind", f.kind},
                                     {"group", f.groupName},
                                     {"articles", f.articleCount},
                                     {"unread", f.unread},
                                     {"last_status", f.lastStatus},
                                     {"last_error", f.lastError},
                                     {"failures", f.failureCount},
                                     {"disabled", f.disabled}});
        } else {
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                    .arg(f.id)
                    .arg(f.section,
                         f.kind == QLatin1String("ranking") ? QCoreApplication::translate("cli", "ranking")
                                                            : QString::number(f.articleCount),
                         f.title.isEmpty() ? f.url : f.title,
                         f.url,
                         f.lastError.isEmpty() ? QString() : QStringLiteral("\t!") + f.lastError));
        }
    }
    if (c.parser.isSet(c.json)) {
        outJson(array);
    }
    return Ok;
}

int list(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "List articles, newest first."));
    const QCommandLineOption section(
        QStringLiteral("section"), QCoreApplication::translate("cli", "Only this section."), QStringLiteral("id"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("cli", "At most this many (default 50)."),
                                   QStringLiteral("n"));
    const QCommandLineOption unread(QStringLiteral("unread"),
                                    QCoreApplication::translate("cli", "Only unread articles."));
    const QCommandLineOption starred(QStringLiteral("starred"),
                                     QCoreApplication::translate("cli", "Only starred articles."));
    c.parser.addOptions({section, limit, unread, starred});
    c.parser.process(args);
    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    ArticleFilter filter;
    if (c.parser.isSet(section)) {
        filter.kind = ArticleFilter::Kind::Section;
        filter.section = c.parser.value(section);
    } else if (c.parser.isSet(starred)) {
        filter.kind = ArticleFilter::Kind::Starred;
    } else if (c.parser.isSet(unread)) {
        filter.kind = ArticleFilter::Kind::Unread;
    }
    const int n = std::clamp(c.parser.isSet(limit) ? c.parser.value(limit).toInt() : 50, 1, 100000);
    // a section with --unread or --starred: the section's pages, kept to the rows that are so (both options were
    // accepted and the second ignored)
    const bool onlyUnread = filter.kind == ArticleFilter::Kind::Section && c.parser.isSet(unread);
    const bool onlyStarred = filter.kind == ArticleFilter::Kind::Section && c.parser.isSet(starred);
    QList<ArticleRow> rows;
    PageCursor cursor;
    for (;;) {
        const int size = onlyUnread || onlyStarred ? std::max(n, 500) : n;
        const auto page = q.page(filter, cursor, size);
        if (const auto* e = std::get_if<Error>(&page)) {
            err(e->detail);
            return IoError;
        }
        const ArticlePage& p = std::get<ArticlePage>(page);
        for (const ArticleRow& r : p.rows) {
            if ((!onlyUnread || !r.read) && (!onlyStarred || r.starred) && rows.size() < n) {
                rows.append(r);
            }
        }
        if (!(onlyUnread || onlyStarred) || rows.size() >= n || p.rows.size() < size) {
            break;
        }
        cursor = p.next;
    }
    QJsonArray array;
    for (const ArticleRow& r : std::as_const(rows)) {
        if (c.parser.isSet(c.json)) {
            array.append(rowJson(r));
        } else {
            out(QStringLiteral("%1\t%2\t%3\t%4\n").arg(r.id).arg(isoTime(r.published), r.outlet, r.title));
        }
    }
    if (c.parser.isSet(c.json)) {
        outJson(array);
    }
    return Ok;
}

int show(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Show one article."));
    c.parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("cli", "Article id."));
    c.parser.process(args);
    if (c.parser.positionalArguments().size() != 1) {
        err(c.parser.helpText());
        return Usage;
    }
    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"), c.dir() + QStringLiteral("/images"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    const auto result = q.article(c.parser.positionalArguments().front().toLongLong());
    if (const auto* e = std::get_if<Error>(&result)) {
        err(e->detail);
        return NotFound;
    }
    const ArticleDetail& d = std::get<ArticleDetail>(result);
    if (c.parser.isSet(c.json)) {
        QJsonObject o = rowJson(d.row);
        o.insert(QStringLiteral("link"), d.link);
        o.insert(QStringLiteral("guid"), d.guid);
        o.insert(QStringLiteral("authors"), d.authors);
        o.insert(QStringLiteral("summary"), d.summary);
        o.insert(QStringLiteral("content"), d.content);
        o.insert(QStringLiteral("updated"), isoTime(d.updated));
        o.insert(QStringLiteral("first_seen"), isoTime(d.firstSeen));
        if (!d.credits.isEmpty()) {
            o.insert(QStringLiteral("extra"), d.credits.toJsonObject());
        }
        QJsonArray images;
        for (const auto& m : d.media) {
            images.append(QJsonObject{{"url", m.url},
                                      {"role", m.role},
                                      {"caption", m.caption},
                                      {"credit", m.credit},
                                      {"state", m.state},
                                      {"file", m.file.isEmpty() ? QJsonValue() : QJsonValue(m.file)}});
        }
        o.insert(QStringLiteral("images"), images);
        outJson(o);
    } else {
        out(QStringLiteral("%1\n%2 · %3\n%4\n\n%5\n")
                .arg(d.row.title,
                     d.row.outlet,
                     isoTime(d.row.published),
                     d.link,
                     HtmlSanitizer::toPlainText(d.content.isEmpty() ? d.summary : d.content)));
    }
    return Ok;
}

int search(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Search the cache (Korean included)."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("cli", "At most this many (default 20)."),
                                   QStringLiteral("n"));
    c.parser.addOption(limit);
    c.parser.addPositionalArgument(QStringLiteral("query"), QCoreApplication::translate("cli", "Words to find."));
    c.parser.process(args);
    if (c.parser.positionalArguments().isEmpty()) {
        err(c.parser.helpText());
        return Usage;
    }
    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    const int n = c.parser.isSet(limit) ? c.parser.value(limit).toInt() : 20;
    const auto result = q.search(c.parser.positionalArguments().join(u' '), std::clamp(n, 1, 1000));
    if (const auto* e = std::get_if<Error>(&result)) {
        err(e->detail);
        return IoError;
    }
    QJsonArray array;
    for (const ArticleRow& r : std::get<QList<ArticleRow>>(result)) {
        if (c.parser.isSet(c.json)) {
            array.append(rowJson(r));
        } else {
            QString snippet = r.snippet;
            snippet.replace(QChar(0x01), QStringLiteral("[")).replace(QChar(0x02), QStringLiteral("]"));
            out(QStringLiteral("%1\t%2\t%3\n\t%4\n").arg(r.id).arg(r.outlet, r.title, snippet));
        }
    }
    if (c.parser.isSet(c.json)) {
        outJson(array);
    }
    return Ok;
}

int stats(const QStringList& args)
{
    Common c(QCoreApplication::translate("cli", "Show cache statistics."));
    c.parser.process(args);
    ArticleQueries q(c.dir() + QStringLiteral("/cache.db"));
    if (!openQueries(q, c.dir())) {
        return IoError;
    }
    const auto result = q.stats();
    if (const auto* e = std::get_if<Error>(&result)) {
        err(e->detail);
        return IoError;
    }
    const CacheStats& s = std::get<CacheStats>(result);
    if (c.parser.isSet(c.json)) {
        outJson(QJsonObject{{"articles", double(s.articles)},
                            {"feeds", double(s.feeds)},
                            {"unread", double(s.unread)},
                            {"starred", double(s.starred)},
                            {"saved", double(s.saved)},
                            {"images", double(s.images)},
                            {"image_bytes", double(s.imageBytes)},
                            {"bytes", double(s.bytes)}});
    } else {
        out(QCoreApplication::translate(
                "cli", "articles: %1\nfeeds: %2\nunread: %3\nstarred: %4\nsaved: %5\nimages: %6\nbytes: %7\n")
                .arg(s.articles)
                .arg(s.feeds)
                .arg(s.unread)
                .arg(s.starred)
                .arg(s.saved)
                .arg(s.images)
                .arg(s.bytes));
    }
    return Ok;
}

const CliCommand::Registration registrations[] = {
    {"feeds", "", QT_TRANSLATE_NOOP("cli", "list feeds and their state"), 30, &feeds},
    {"list", "", QT_TRANSLATE_NOOP("cli", "list articles, newest first"), 31, &list},
    {"show", QT_TRANSLATE_NOOP("cli", "ID"), QT_TRANSLATE_NOOP("cli", "show one article"), 32, &show},
    {"search", QT_TRANSLATE_NOOP("cli", "QUERY"), QT_TRANSLATE_NOOP("cli", "search the cache"), 33, &search},
    {"stats", "", QT_TRANSLATE_NOOP("cli", "cache statistics"), 34, &stats},
};

} // namespace
