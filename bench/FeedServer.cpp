// Serves a generated Korean news corpus from loopback hosts, for refresh benchmarks.
//
//   bench-feedserver --feeds 200 --items 50 [--hosts 8] [--delay-min 200 --delay-max 500] [--first-item N] [--port P]
//                    --opml OUT.opml
//
// Feeds are spread over 127.0.0.1 … 127.0.0.N (one port each), answer with an ETag and honour
// If-None-Match. The OPML lists every feed; the server runs until it is killed.

#include "Corpus.h"
#include "LocalHttpServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int feeds = 200;
    int items = 50;
    int hosts = 1;
    int delayMin = 0;
    int delayMax = 0;
    int firstItem = 0;
    int port = 0;
    QString opmlPath;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString& k = args[i];
        const QString& v = args[i + 1];
        if (k == QLatin1String("--feeds")) {
            feeds = v.toInt();
        } else if (k == QLatin1String("--items")) {
            items = v.toInt();
        } else if (k == QLatin1String("--hosts")) {
            hosts = std::clamp(v.toInt(), 1, 8);
        } else if (k == QLatin1String("--delay-min")) {
            delayMin = v.toInt();
        } else if (k == QLatin1String("--delay-max")) {
            delayMax = v.toInt();
        } else if (k == QLatin1String("--first-item")) {
            firstItem = v.toInt();
        } else if (k == QLatin1String("--port")) {
            port = v.toInt();
        } else if (k == QLatin1String("--opml")) {
            opmlPath = v;
        }
    }
    std::vector<std::unique_ptr<LocalHttpServer>> servers;
    for (int h = 0; h < hosts; ++h) {
        servers.push_back(
            std::make_unique<LocalHttpServer>(QHostAddress(QStringLiteral("127.0.0.%1").arg(h + 1)), quint16(port)));
        if (!servers.back()->isListening()) {
            std::fprintf(stderr, "cannot listen on 127.0.0.%d\n", h + 1);
            return 1;
        }
    }
    QByteArray opml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>bench</title>"
                      "</head><body>\n";
    auto rng = std::make_shared<QRandomGenerator>(42);
    qint64 totalBytes = 0;
    for (int f = 0; f < feeds; ++f) {
        LocalHttpServer& server = *servers[size_t(f % hosts)];
        const QByteArray path = "/feed/" + QByteArray::number(f) + ".xml";
        const QByteArray body = Corpus::feed(f, items, firstItem);
        totalBytes += body.size();
        const QByteArray etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex().left(16) + '"';
        const bool eucKr = f % 10 == 3;
        server.route(path, [body, etag, eucKr, delayMin, delayMax, rng](const HttpRequest& req) {
            HttpResponse r = req.header("If-None-Match") == etag
                ? HttpResponse::withStatus(304)
                : HttpResponse::ok(body, eucKr ? "application/rss+xml" : "application/xml; charset=utf-8");
            r.etag(etag);
            if (delayMax > 0) {
                r.delayMs = delayMin + int(rng->bounded(std::max(1, delayMax - delayMin + 1)));
            }
            return r;
        });
        opml += "<outline type=\"rss\" text=\"feed " + QByteArray::number(f) + "\" xmlUrl=\""
            + server.url(QString::fromLatin1(path)).toString().toUtf8() + "\"/>\n";
    }
    opml += "</body></opml>\n";
    QFile out(opmlPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(opml) != opml.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(opmlPath));
        return 1;
    }
    out.close();
    std::printf(
        "serving %d feeds x %d items (%.1f MB) on %d host(s)\n", feeds, items, double(totalBytes) / 1048576.0, hosts);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
