// The refresh pipeline's stages one at a time, on one thread, over the refresh benchmark's corpus (200 feeds x 50
// items): parse (bytes → FeedDocument), normalize (sanitized items, credits, search text) and write (the store
// writer's batches into a fresh cache, or into a copy of an existing one with --into). Medians of --runs; the
// numbers tell which stage to work on when `run_refresh_bench.py` misses a goal.
//
//   build/bench/bench-pipeline [--runs N] [--feeds F] [--items I] [--first K] [--into CACHE_DIR]

#include "BenchUtil.h"
#include "Corpus.h"
#include "normalize/ArticleNormalizer.h"
#include "parse/FeedParser.h"
#include "store/StoreWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace news;

namespace
{

QList<FeedDocument> parseAll(const QList<QByteArray>& feeds)
{
    QList<FeedDocument> docs;
    for (const QByteArray& bytes : feeds) {
        ParseOptions options;
        auto parsed = parseFeed(bytes, options);
        if (auto* doc = std::get_if<FeedDocument>(&parsed)) {
            docs.append(std::move(*doc));
        }
    }
    return docs;
}

QList<QList<StoredItem>> normalizeAll(const QList<FeedDocument>& docs, qint64 now)
{
    QList<QList<StoredItem>> out;
    NormalizeContext context;
    context.now = now;
    for (const FeedDocument& doc : docs) {
        QList<StoredItem> items;
        items.reserve(doc.entries.size());
        for (const FeedEntry& e : doc.entries) {
            items.append(normalizeEntry(e, context));
        }
        out.append(std::move(items));
    }
    return out;
}

bool copyDir(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(from + u'/' + name, to + u'/' + name)) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("news.store.info=false"));
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("N"), QStringLiteral("5")});
    cli.addOption({QStringLiteral("feeds"), QStringLiteral("Feeds."), QStringLiteral("F"), QStringLiteral("200")});
    cli.addOption(
        {QStringLiteral("items"), QStringLiteral("Items per feed."), QStringLiteral("I"), QStringLiteral("50")});
    cli.addOption({QStringLiteral("first"),
                   QStringLiteral("Number of the first item (new articles for --into)."),
                   QStringLiteral("K"),
                   QStringLiteral("0")});
    cli.addOption({QStringLiteral("into"),
                   QStringLiteral("Write into a copy of this data folder (its feeds must be the corpus's)."),
                   QStringLiteral("DIR")});
    cli.process(app);
    const int runs = std::max(1, cli.value(QStringLiteral("runs")).toInt());
    const int feedCount = cli.value(QStringLiteral("feeds")).toInt();
    const int itemCount = cli.value(QStringLiteral("items")).toInt();
    const int first = cli.value(QStringLiteral("first")).toInt();
    const QString into = cli.value(QStringLiteral("into"));

    QList<QByteArray> feeds;
    for (int f = 0; f < feedCount; ++f) {
        feeds.append(Corpus::feed(f, itemCount, first));
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<FeedDocument> docs;
    const double parse = bench::medianSeconds(runs, [&] { docs = parseAll(feeds); });
    QList<QList<StoredItem>> items;
    const double normalize = bench::medianSeconds(runs, [&] { items = normalizeAll(docs, now); });
    qsizetype total = 0;
    for (const auto& list : items) {
        total += list.size();
    }

    QList<double> writes;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        const QString data = dir.path() + QStringLiteral("/data");
        if (!into.isEmpty() && !copyDir(into, data)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(into));
            return 1;
        }
        QDir().mkpath(data);
        StoreWriterCore writer(data + QStringLiteral("/cache.sqlite"));
        if (std::holds_alternative<Error>(writer.open())) {
            std::fprintf(stderr, "cannot open the cache\n");
            return 1;
        }
        // the corpus's feeds (in a copied cache they come next to its own)
        SourceRecord source;
        source.key = QStringLiteral("opml");
        source.nameKo = QStringLiteral("OPML");
        const qint64 sourceId = std::get<qint64>(writer.upsertSource(source));
        QList<qint64> feedIds;
        for (int f = 0; f < feedCount; ++f) {
            FeedRecord record;
            record.url = QStringLiteral("http://bench.example/feed/%1.xml").arg(f);
            record.position = f;
            feedIds.append(std::get<qint64>(writer.upsertFeed(sourceId, record)));
        }
        QList<FeedUpdate> updates;
        for (int f = 0; f < items.size(); ++f) {
            FeedUpdate u;
            u.feedId = feedIds.at(f);
            u.outcome = FetchOutcome::Updated;
            u.httpStatus = 200;
            u.now = now;
            u.items = items.at(f);
            updates.append(std::move(u));
        }
        QElapsedTimer timer;
        timer.start();
        // batches of 8 feeds, about what the refresh engine hands the writer under load
        int stored = 0;
        for (qsizetype i = 0; i < updates.size(); i += 8) {
            for (const FeedWriteResult& r : writer.writeBatch(updates.mid(i, 8))) {
                stored += r.newItems;
            }
        }
        writes.append(double(timer.nsecsElapsed()) / 1e9);
        if (stored != total) {
            std::fprintf(stderr, "stored %d of %lld items\n", stored, qlonglong(total));
            return 1;
        }
    }
    std::sort(writes.begin(), writes.end());
    const double write = writes.at(writes.size() / 2);
    std::printf("%lld items (%d feeds) %s\n",
                qlonglong(total),
                feedCount,
                into.isEmpty() ? "into a fresh cache" : "into a copy of --into");
    std::printf("parse      median %7.1f ms  %6.1f us/item\n", parse * 1e3, parse * 1e6 / double(total));
    std::printf("normalize  median %7.1f ms  %6.1f us/item\n", normalize * 1e3, normalize * 1e6 / double(total));
    std::printf("write      median %7.1f ms  %6.1f us/item\n", write * 1e3, write * 1e6 / double(total));
    return 0;
}
