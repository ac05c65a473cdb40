// One refresh completes what it lists (issue #12 §3), at scale: `sosik-cli refresh` over a loopback site of
// summary-only feeds (--feeds x --items articles, --images photos on each article page), then a second refresh with
// nothing new. Prints the first refresh's wall time, its completion phase (pages and images), what was left, and
// what the second one sent (only conditional feed requests when all went well). Medians of --runs.
//
//   build/bench/bench-completion [--feeds 100] [--items 100] [--images 3] [--runs 3]

#include "BenchUtil.h"
#include "LocalHttpServer.h"
#include "SummarySite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace
{

QJsonObject refresh(const QStringList& args, double* seconds)
{
    QProcess cli;
    QElapsedTimer timer;
    timer.start();
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cli/sosik-cli");
    cli.start(path, QStringList{QStringLiteral("refresh"), QStringLiteral("--json")} + args);
    while (cli.state() != QProcess::NotRunning) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50); // the server answers meanwhile
    }
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    if (cli.exitCode() != 0) {
        std::fprintf(stderr, "sosik-cli: %s\n", cli.readAllStandardError().constData());
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int feeds = 100;
    int items = 100;
    int images = 3;
    int runs = 3;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const int v = args[i + 1].toInt();
        if (args[i] == QLatin1String("--feeds")) {
            feeds = v;
        } else if (args[i] == QLatin1String("--items")) {
            items = v;
        } else if (args[i] == QLatin1String("--images")) {
            images = v;
        } else if (args[i] == QLatin1String("--runs")) {
            runs = v;
        }
    }
    LocalHttpServer server;
    SummarySite site(server, feeds, items, images);
    std::printf("site: %d summary-only articles over %d feeds, %d photos per page\n", site.articles(), feeds, images);
    QList<double> firstS, completionS, secondS;
    bool complete = true;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        const QString definition = dir.filePath(QStringLiteral("source.json"));
        QFile f(definition);
        if (!f.open(QIODevice::WriteOnly) || f.write(site.sourceDefinition().toUtf8()) < 0) {
            return 1;
        }
        f.close();
        const QString data = dir.filePath(QStringLiteral("data"));
        double wall = 0;
        const QJsonObject first
            = refresh({QStringLiteral("--data-dir"), data, QStringLiteral("--source"), definition}, &wall);
        firstS.append(wall);
        completionS.append(first.value(QStringLiteral("completion_seconds")).toDouble());
        const qsizetype before = server.requests().size();
        const QJsonObject second = refresh({QStringLiteral("--data-dir"), data, QStringLiteral("--force")}, &wall);
        secondS.append(wall);
        int conditional = 0;
        int other = 0;
        for (const HttpRequest& r : server.requests().mid(before)) {
            (SummarySite::isFeedPath(r.path) && !r.header("If-None-Match").isEmpty() ? conditional : other) += 1;
        }
        std::printf("run %d: %d new, full text %d (failed %d, left %d), images %d (failed %d, left %d); "
                    "refresh %.2f s, of which completion %.2f s; second refresh: %d conditional feed requests, "
                    "%d others\n",
                    run + 1,
                    first.value(QStringLiteral("items_new")).toInt(),
                    first.value(QStringLiteral("fulltext_extracted")).toInt(),
                    first.value(QStringLiteral("fulltext_failed")).toInt(),
                    first.value(QStringLiteral("fulltext_left")).toInt(),
                    first.value(QStringLiteral("images_stored")).toInt(),
                    first.value(QStringLiteral("images_failed")).toInt(),
                    first.value(QStringLiteral("images_left")).toInt(),
                    firstS.back(),
                    completionS.back(),
                    conditional,
                    other);
        std::fflush(stdout);
        complete = complete && first.value(QStringLiteral("fulltext_extracted")).toInt() == site.articles()
            && other == 0 && conditional == feeds;
    }
    std::printf("first refresh  median %.2f s (completion %.2f s)\nsecond refresh median %.2f s\n%s\n",
                bench::percentile(firstS, 0.5),
                bench::percentile(completionS, 0.5),
                bench::percentile(secondS, 0.5),
                complete ? "complete in one refresh: yes" : "complete in one refresh: NO");
    return complete ? 0 : 1;
}
