// Search latency over a cache: median and p95 per query kind.
//
//   bench-search --data-dir DIR [--runs 30]

#include "BenchUtil.h"
#include "model/Article.h"
#include "model/CacheStats.h"
#include "store/ArticleQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace news;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dir;
    int runs = 30;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--data-dir")) {
            dir = args[i + 1];
        } else if (args[i] == QLatin1String("--runs")) {
            runs = args[i + 1].toInt();
        }
    }
    ArticleQueries q(dir + QStringLiteral("/cache.db"));
    if (std::holds_alternative<Error>(q.open())) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(dir));
        return 1;
    }
    const qint64 articles = std::get<CacheStats>(q.stats()).articles;
    std::printf("cache: %lld articles\n", static_cast<long long>(articles));
    const QList<QPair<QString, QStringList>> kinds = {
        {QStringLiteral("two-syllable Korean"),
         {QStringLiteral("경제"),
          QStringLiteral("정부"),
          QStringLiteral("중국"),
          QStringLiteral("환율"),
          QStringLiteral("교민")}},
        {QStringLiteral("longer Korean"),
         {QStringLiteral("반도체"),
          QStringLiteral("지하철"),
          QStringLiteral("전기차 배터리"),
          QStringLiteral("관계자는"),
          QStringLiteral("상하이 교민")}},
        {QStringLiteral("written together"), // words written apart in the text (#14)
         {QStringLiteral("반도체수출"),
          QStringLiteral("전기차배터리"),
          QStringLiteral("상하이교민"),
          QStringLiteral("금리동결"),
          QStringLiteral("경제지표")}},
        {QStringLiteral("English"),
         {QStringLiteral("semiconductor"),
          QStringLiteral("Shanghai"),
          QStringLiteral("AI"),
          QStringLiteral("semiconductor Shanghai"),
          QStringLiteral("AI 플랫폼")}},
    };
    for (const auto& [kind, queries] : kinds) {
        QList<double> times;
        int hits = 0;
        for (int r = 0; r < runs; ++r) {
            for (const QString& query : queries) {
                QElapsedTimer t;
                t.start();
                const auto result = q.search(query, 50);
                times.append(double(t.nsecsElapsed()) / 1e6);
                if (const auto* rows = std::get_if<QList<ArticleRow>>(&result)) {
                    hits = std::max(hits, int(rows->size()));
                }
            }
        }
        std::printf("%-20s median %6.2f ms   p95 %6.2f ms   (%lld searches, up to %d results)\n",
                    qPrintable(kind),
                    bench::percentile(times, 0.5),
                    bench::percentile(times, 0.95),
                    static_cast<long long>(times.size()),
                    hits);
    }
    return 0;
}
