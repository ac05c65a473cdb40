// The refresh pipeline's stages one at a time, on one thread, over the refresh benchmark's corpus (200 feeds x 50
// items): parse (bytes → FeedDocument), normalize (sanitized items, credits, search text) and write (the store
// writer's batches into a fresh cache, or into a copy of an existing one with --into). Medians of --runs; the
// numbers tell which stage to work on when `run_refresh_bench.py` misses a goal.
//
//   build/bench/bench-pipeline [--runs N] [--feeds F] [--items I] [--first K] [--into CACHE_DIR]

#include "BenchUtil.h"
#include "Corpus.h"
#include "model/Article.h"
#include "model/FeedDocument.h"
#include "model/FeedUpdate.h"
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
#include <ctime>

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

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// wall and CPU time of `body`, medians over `runs` (CPU time does not count the machine's other tenants)
struct Timing
{
    double wall = 0;
    double cpu = 0;
    double fastest = 0; // the least wall time: noise only ever adds
};

Timing measure(int runs, const std::function<void()>& body)
{
    QList<double> walls;
    QList<double> cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuSeconds();
        body();
        cpus.append(threadCpuSeconds() - cpu);
        walls.append(double(timer.nsecsElapsed()) / 1e9);
    }
    return Timing{
        bench::percentile(walls, 0.5), bench::percentile(cpus, 0.5), *std::min_element(walls.begin(), walls.end())};
}

void report(const char* stage, Timing t, qsizetype items)
{
    std::printf("%-10s median %7.1f ms wall %7.1f ms CPU  (fastest %7.1f ms)  %6.1f us/item (CPU)\n",
                stage,
                t.wall * 1e3,
                t.cpu * 1e3,
                t.fastest * 1e3,
                t.cpu * 1e6 / double(items));
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
    const Timing parse = measure(runs, [&] { docs = parseAll(feeds); });
    QList<QList<StoredItem>> items;
    const Timing normalize = measure(runs, [&] { items = normalizeAll(docs, now); });
    qsizetype total = 0;
    for (const auto& list : items) {
        total += list.size();
    }

    QList<double> writes;
    bool direct = false;
    QList<double> writeCpus;
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
        direct = writer.writesDirectly();
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuSeconds();
        // batches of 8 feeds, about what the refresh engine hands the writer under load
        int stored = 0;
        for (qsizetype i = 0; i < updates.size(); i += 8) {
            for (const FeedWriteResult& r : writer.writeBatch(updates.mid(i, 8))) {
                stored += r.newItems;
            }
        }
        writes.append(double(timer.nsecsElapsed()) / 1e9);
        writeCpus.append(threadCpuSeconds() - cpu);
        if (stored != total) {
            std::fprintf(stderr, "stored %d of %lld items\n", stored, qlonglong(total));
            return 1;
        }
    }
    const Timing write{bench::percentile(writes, 0.5),
                       bench::percentile(writeCpus, 0.5),
                       *std::min_element(writes.begin(), writes.end())};
    std::printf("%lld items (%d feeds) %s, %d runs\n",
                qlonglong(total),
                feedCount,
                into.isEmpty() ? "into a fresh cache" : "into a copy of --into",
                runs);
    report("parse", parse, total);
    report("normalize", normalize, total);
    report("write", write, total);
    std::printf("(the writer %s)\n", direct ? "calls SQLite directly" : "goes through QSqlQuery");
    return 0;
}
