// Generates a large cache directly (issue #12 §5): the benchmark corpus' feeds are parsed, normalised and written
// through the store writer's own batches, as a refresh would, but without a server or one fetch per feed, so that a
// 1,000,000-article cache takes minutes rather than the hours a refresh article by article would.
//
//   build/bench/bench-bigcache --out DIR [--articles 1000000] [--feeds 200] [--port 18500]
//
// The feeds are http://127.0.0.1:PORT/feed/N.xml, spread over the canonical sections, so that a later
// `bench-feedserver --feeds 200 --items 60 --first-item (articles / feeds - 10) --port PORT` serves 10,000 new
// articles into the cache (run_scale_bench.py does that). Feed N holds items 0 … articles/feeds - 1.

#include "Corpus.h"
#include "model/Article.h"
#include "model/FeedDocument.h"
#include "model/FeedUpdate.h"
#include "normalize/ArticleNormalizer.h"
#include "parse/FeedParser.h"
#include "sources/SourceImport.h"
#include "store/StoreWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <future>

using namespace news;

namespace
{

// one chunk of a feed, parsed and normalised (on a worker thread) into what the writer takes
FeedUpdate chunk(qint64 feedId, int feed, int first, int items, qint64 now)
{
    FeedUpdate u;
    u.feedId = feedId;
    u.outcome = FetchOutcome::Updated;
    u.httpStatus = 200;
    u.now = now;
    u.startedAt = now;
    u.feedTitle = QStringLiteral("매체 %1").arg(feed);
    ParseOptions options;
    auto parsed = parseFeed(Corpus::feed(feed, items, first), options);
    if (const auto* doc = std::get_if<FeedDocument>(&parsed)) {
        NormalizeContext context;
        context.now = now;
        u.items.reserve(doc->entries.size());
        for (const FeedEntry& e : doc->entries) {
            StoredItem item = normalizeEntry(e, context);
            // spread the articles over the last year, newest items last (as feeds list them)
            item.published = now - qint64(items - (&e - doc->entries.data())) * 60 - qint64(feed) * 7
                - qint64((1000000 - first) % 1000000) * 30;
            item.dateKnown = true;
            u.items.append(std::move(item));
        }
    }
    return u;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("Data directory to create."), QStringLiteral("dir"));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      QStringLiteral("Articles in all (default 1000000)."),
                                      QStringLiteral("n"),
                                      QStringLiteral("1000000"));
    const QCommandLineOption feeds(
        QStringLiteral("feeds"), QStringLiteral("Feeds (default 200)."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port of the feed URLs (default 18500)."),
                                  QStringLiteral("p"),
                                  QStringLiteral("18500"));
    parser.addOptions({out, articles, feeds, port});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(out)) {
        parser.showHelp(2);
    }
    const int feedCount = std::max(1, parser.value(feeds).toInt());
    const int perFeed = std::max(1, parser.value(articles).toInt() / feedCount);
    QDir().mkpath(parser.value(out));
    StoreWriterCore core(QDir(parser.value(out)).filePath(QStringLiteral("cache.db")));
    const auto opened = core.open();
    if (const auto* e = std::get_if<Error>(&opened)) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(e->detail));
        return 1;
    }
    const QStringList sections = {QStringLiteral("general"),
                                  QStringLiteral("politics"),
                                  QStringLiteral("economy"),
                                  QStringLiteral("society"),
                                  QStringLiteral("world"),
                                  QStringLiteral("culture"),
                                  QStringLiteral("sports"),
                                  QStringLiteral("it")};
    QList<OpmlFeed> opml;
    for (int f = 0; f < feedCount; ++f) {
        OpmlFeed feed;
        feed.url = QStringLiteral("http://127.0.0.1:%1/feed/%2.xml").arg(parser.value(port)).arg(f);
        feed.title = QStringLiteral("feed %1").arg(f);
        feed.section = sections.at(f % sections.size());
        opml.append(feed);
    }
    if (const auto r = importOpml(core, opml); std::holds_alternative<Error>(r)) {
        std::fprintf(stderr, "cannot import the feeds: %s\n", qPrintable(std::get<Error>(r).detail));
        return 1;
    }
    QHash<QString, qint64> feedIds;
    {
        QSqlQuery q(core.database());
        q.exec(QStringLiteral("SELECT id, url FROM feeds"));
        while (q.next()) {
            feedIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        }
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    constexpr int kChunk = 250; // items per feed update; parsing runs ahead on the pool while the writer writes
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    for (int first = 0; first < perFeed; first += kChunk) {
        const int items = std::min(kChunk, perFeed - first);
        // eight feeds parse at once (std::async) while the writer writes the previous eight
        std::vector<std::future<FeedUpdate>> next;
        auto launch = [&](int from) {
            std::vector<std::future<FeedUpdate>> group;
            for (int f = from; f < std::min(feedCount, from + 8); ++f) {
                const qint64 id = feedIds.value(opml[f].url);
                group.push_back(std::async(std::launch::async,
                                           [id, f, first, items, now] { return chunk(id, f, first, items, now); }));
            }
            return group;
        };
        next = launch(0);
        for (int from = 0; from < feedCount; from += 8) {
            QList<FeedUpdate> batch;
            for (auto& future : next) {
                batch.append(future.get());
            }
            next = launch(from + 8);
            for (const FeedWriteResult& r : core.writeBatch(batch)) {
                written += r.newItems;
            }
        }
        std::fprintf(
            stderr, "\r%lld articles, %.0f s", static_cast<long long>(written), double(timer.elapsed()) / 1000);
    }
    std::fprintf(stderr, "\n");
    core.mergeSearchIndex(600000);
    // the validators a refresh would have stored: the next refresh asks for everything again (no ETag yet)
    std::printf("generated %lld articles in %.1f s: %s (%.0f MB)\n",
                static_cast<long long>(written),
                double(timer.elapsed()) / 1000,
                qPrintable(core.path()),
                double(QFileInfo(core.path()).size()) / 1048576.0);
    return 0;
}
