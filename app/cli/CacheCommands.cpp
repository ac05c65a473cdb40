#include "CacheCommands.h"

#include "CliOutput.h"
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
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <limits>

using namespace news;

namespace CacheCommands
{
namespace
{

void out(const QString& text)
{
    writeOut(text.toUtf8());
}

void err(const QString& text)
{
    writeErr(text);
}

void outJson(const QJsonValue& value)
{
    writeOut(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

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

QString isoTime(qint64 secs)
{
    return secs ? DateParser::toIsoUtc(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())) : QString();
}

QJsonObject rowJson(const ArticleRow& r)
{
    QJsonObject o{{"id", double(r.id)},
                  {"title", r.title},
                  {"outlet", r.outlet},
                  {"section", r.section},
                  {"published", isoTime(r.published)},
                  {"date_known", r.dateKnown},
                  {"read", r.read},
                  {"starred", r.starred},
                  {"saved", r.saved}};
    if (r.comments >= 0) {
        o.insert(QStringLiteral("comments"), r.comments);
    }
    if (!r.thumbnail.isEmpty()) {
        o.insert(QStringLiteral("thumbnail"), r.thumbnail);
    }
    if (!r.snippet.isEmpty()) {
        QString s = r.snippet;
        s.replace(QChar(0x01), QStringLiteral("[")).replace(QChar(0x02), QStringLiteral("]"));
        o.insert(QStringLiteral("snippet"), s);
    }
    return o;
}

// Opens the cache's writer synchronously (imports), or fails with a message.
bool openCore(StoreWriterCore& core)
{
    const auto opened = core.open();
    if (const auto* e = std::get_if<Error>(&opened)) {
        err(QCoreApplication::translate("cli", "Cannot open the cache: %1").arg(e->detail));
        return false;
    }
    return true;
}

bool openQueries(ArticleQueries& q, const QString& dir)
{
    {
        // creates an empty cache on a fresh directory and migrates an old one before reading
        StoreWriterCore core(dir + QStringLiteral("/cache.db"));
        if (!openCore(core)) {
            return false;
        }
    }
    const auto opened = q.open();
    if (const auto* e = std::get_if<Error>(&opened)) {
        err(QCoreApplication::translate("cli", "Cannot open the cache: %1").arg(e->detail));
        return false;
    }
    return true;
}

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
                err(std::get<Error>(r).detail);
                return IoError;
            }
        }
        if (c.parser.isSet(opml)) {
            QFile f(c.parser.value(opml));
            if (!f.open(QIODevice::ReadOnly)) {
                err(QCoreApplication::translate("cli", "Cannot read %1: %2").arg(f.fileName(), f.errorString()));
                return IoError;
            }
            const auto feeds = parseOpml(f.readAll());
            if (const auto* e = std::get_if<Error>(&feeds)) {
                err(QCoreApplication::translate("cli", "Invalid OPML: %1").arg(e->detail));
                return IoError;
            }
            if (const auto r = importOpml(core, std::get<QList<OpmlFeed>>(feeds)); std::holds_alternative<Error>(r)) {
                err(std::get<Error>(r).detail);
                return IoError;
            }
        }
    }
    FetchSettings settings;
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
    settings.offline = c.parser.isSet(c.offline);
    Cache cache(dir);
    RefreshEngine engine(&cache, settings);
    RefreshSummary summary;
    bool openFailed = false;
    QObject::connect(&cache, &Cache::opened, [&](bool ok, const QString& error) {
        if (!ok) {
            err(QCoreApplication::translate("cli", "Cannot open the cache: %1").arg(error));
            openFailed = true;
            QCoreApplication::exit(IoError);
            return;
        }
        RefreshScope scope;
        scope.force = c.parser.isSet(force);
        if (c.parser.isSet(section)) {
            scope.kind = RefreshScope::Kind::Section;
            scope.section = c.parser.value(section);
        }
        engine.refresh(scope);
    });
    MediaStore media(&cache, settings);
    FullTextFetcher fullText(&cache, settings);
    HostSlots hosts; // one per-host budget for feeds, pages and images
    for (FeedFetcher* fetcher : {engine.fetcher(), media.fetcher(), fullText.fetcher()}) {
        fetcher->shareHostSlots(&hosts);
    }
    int imagesStored = 0;
    int imagesFailed = 0;
    int pagesExtracted = 0;
    int pagesFailed = 0;
    // refresh → full text (summary-only feeds, pinned articles) → images (the feeds' and the pages'), so
    // that everything listed reads offline
    auto storeImages = [&] {
        if (c.parser.isSet(noImages) || settings.offline) {
            QCoreApplication::exit(0);
            return;
        }
        media.fetchPending();
    };
    QObject::connect(&engine, &RefreshEngine::finished, [&](const RefreshSummary& s) {
        summary = s;
        if (c.parser.isSet(noFullText) || settings.offline) {
            storeImages();
            return;
        }
        fullText.fetchPending();
    });
    QObject::connect(&fullText, &FullTextFetcher::finished, [&](int extracted, int failed) {
        pagesExtracted = extracted;
        pagesFailed = failed;
        storeImages();
    });
    QObject::connect(&media, &MediaStore::finished, [&](int stored, int failed) {
        imagesStored = stored;
        imagesFailed = failed;
        QCoreApplication::exit(0);
    });
    cache.open();
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
        outJson(QJsonObject{
            {"feeds_total", p.feedsTotal},
            {"feeds_ok", ok},
            {"feeds_failed", p.feedsFailed},
            {"not_modified", summary.notModified},
            {"unchanged", summary.unchanged},
            {"items_new", p.newItems},
            {"items_updated", p.updatedItems},
            {"bytes", double(p.bytes)},
            {"seconds", summary.seconds},
            {"offline", summary.offline},
            {"requests_sent",
             engine.fetcher()->requestsSent() + media.fetcher()->requestsSent() + fullText.fetcher()->requestsSent()},
            {"fulltext_extracted", pagesExtracted},
            {"fulltext_failed", pagesFailed},
            {"images_stored", imagesStored},
            {"images_failed", imagesFailed},
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
    return p.feedsFailed > 0 ? SomeFeedsFailed : Ok;
}

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
            array.append(QJsonObject{{"id", double(f.id)},
                                     {"url", f.url},
                                     {"title", f.title},
                                     {"source", f.sourceName},
                                     {"section", f.section},
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
    const int n = c.parser.isSet(limit) ? c.parser.value(limit).toInt() : 50;
    const auto page = q.page(filter, {}, std::clamp(n, 1, 100000));
    if (const auto* e = std::get_if<Error>(&page)) {
        err(e->detail);
        return IoError;
    }
    QJsonArray array;
    for (const ArticleRow& r : std::get<ArticlePage>(page).rows) {
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
        if (!d.extra.isEmpty()) {
            o.insert(QStringLiteral("extra"), QJsonDocument::fromJson(d.extra.toUtf8()).object());
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
    const auto feeds = parseOpml(f.readAll());
    if (const auto* e = std::get_if<Error>(&feeds)) {
        err(QCoreApplication::translate("cli", "Invalid OPML: %1").arg(e->detail));
        return IoError;
    }
    StoreWriterCore core(c.dir() + QStringLiteral("/cache.db"));
    if (!openCore(core)) {
        return IoError;
    }
    const auto r = importOpml(core, std::get<QList<OpmlFeed>>(feeds));
    if (const auto* e = std::get_if<Error>(&r)) {
        err(e->detail);
        return IoError;
    }
    if (c.parser.isSet(c.json)) {
        outJson(QJsonObject{{"imported", std::get<int>(r)}});
    } else {
        out(QCoreApplication::translate("cli", "%1 feeds imported\n").arg(std::get<int>(r)));
    }
    return Ok;
}

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

} // namespace

bool handles(const QString& command)
{
    static const QStringList commands = {QStringLiteral("refresh"),
                                         QStringLiteral("feeds"),
                                         QStringLiteral("list"),
                                         QStringLiteral("show"),
                                         QStringLiteral("search"),
                                         QStringLiteral("stats"),
                                         QStringLiteral("import-opml"),
                                         QStringLiteral("export-opml"),
                                         QStringLiteral("rankings"),
                                         QStringLiteral("topics"),
                                         QStringLiteral("maintain")};
    return commands.contains(command);
}

int run(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("refresh")) {
        return refresh(args);
    }
    if (command == QLatin1String("feeds")) {
        return feeds(args);
    }
    if (command == QLatin1String("list")) {
        return list(args);
    }
    if (command == QLatin1String("show")) {
        return show(args);
    }
    if (command == QLatin1String("search")) {
        return search(args);
    }
    if (command == QLatin1String("stats")) {
        return stats(args);
    }
    if (command == QLatin1String("import-opml")) {
        return importOpmlCommand(args);
    }
    if (command == QLatin1String("export-opml")) {
        return exportOpmlCommand(args);
    }
    if (command == QLatin1String("rankings")) {
        return rankings(args);
    }
    if (command == QLatin1String("topics")) {
        return topics(args);
    }
    if (command == QLatin1String("maintain")) {
        return maintain(args);
    }
    return Usage;
}

} // namespace CacheCommands
