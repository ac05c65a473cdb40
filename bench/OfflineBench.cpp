// Offline-reading benchmarks (issue #6), medians of --runs:
//   pipeline   a summary-only site on loopback (--articles items over 10 feeds, each page ~40 KB in an ndsoft
//              layout with 3 photos of 20-70 KB): refresh, then full text (pages/s), then images (images/s, MB/s)
//   extract    extractArticle() per page: median and p95 over every page
//   size       cache bytes per 1,000 articles (database, images, both)
//   open       an article with three cached images: read, decode, lay out and paint in the real ArticleView
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench-offline [--articles 1000] [--runs 3]

#include "BenchUtil.h"
#include "Corpus.h"
#include "LocalHttpServer.h"
#include "extract/ArticleExtractor.h"
#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "model/Article.h"
#include "model/CacheStats.h"
#include "refresh/RefreshEngine.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/ArticleQueries.h"
#include "store/Cache.h"
#include "views/ArticleView.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstdio>

using namespace news;
using Corpus::articleTitle;

namespace
{

constexpr int kFeeds = 10;

QByteArray photo(int seed)
{
    // photographs compress badly: noise over a gradient gives JPEGs of realistic size
    QImage image(640 + 40 * (seed % 5), 360 + 20 * (seed % 3), QImage::Format_RGB32);
    QRandomGenerator rng(quint32(seed + 1));
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(rng.bounded(40));
            line[x] = qRgb((x / 3 + n) & 0xFF, (y / 2 + n) & 0xFF, (seed * 40 + n) & 0xFF);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 70 + (seed % 4) * 5);
    return bytes;
}

// real article pages carry tens of kilobytes of tracking and ad scripts before the article
const QString& adScript()
{
    static const QString script = [] {
        QString s;
        for (int i = 0; i < 400; ++i) {
            s += QStringLiteral("window.dataLayer.push({event:'view',slot:'ad-%1',size:[300,250]});").arg(i);
        }
        return s;
    }();
    return script;
}

QByteArray page(int feed, int item)
{
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<meta property=\"og:title\" content=\"%1\"><script>%2</script>"
                                  "<link rel=\"stylesheet\" href=\"/css/style.css\"></head><body><header><nav>")
                       .arg(articleTitle(feed, item).toHtmlEscaped(), adScript());
    for (int i = 0; i < 60; ++i) {
        html += QStringLiteral("<a href=\"/news/articleList.html?sc_section_code=S1N%1\">섹션 %1</a> ").arg(i);
    }
    html += QStringLiteral("</nav></header><div id=\"user-container\"><div class=\"article-head-title\">%1</div>"
                           "<article id=\"article-view-content-div\">")
                .arg(articleTitle(feed, item).toHtmlEscaped());
    for (int k = 0; k < 3; ++k) {
        html += QStringLiteral("<figure><img src=\"/news/photo/%1-%2-%3.jpg\"><figcaption>현장 사진 %3 "
                               "(사진=소식 DB)</figcaption></figure>")
                    .arg(feed)
                    .arg(item)
                    .arg(k);
        // prose of our own (the corpus' bodies link images on hosts that are not loopback)
        for (int para = 0; para < 3; ++para) {
            html += QStringLiteral("<p>%1. %2는 %3고 관계자는 밝혔다. %4</p>")
                        .arg(articleTitle(feed, item * 7 + para),
                             articleTitle(feed + 3, item + para),
                             articleTitle(feed + 5, item * 3 + k),
                             articleTitle(feed + 7, item + k * para));
        }
    }
    html += QStringLiteral(
        "<p>홍길동 기자 hong@sosik.example</p><p>저작권자 © 소식 무단전재 및 재배포 금지</p></article>"
        "<div class=\"relation-news\"><ul>");
    for (int i = 0; i < 30; ++i) {
        html += QStringLiteral("<li><a href=\"/news/articleView.html?idxno=%1\">%2</a></li>")
                    .arg(i)
                    .arg(articleTitle(feed, i).toHtmlEscaped());
    }
    html += QStringLiteral("</ul></div></div><aside class=\"side-ranking\"><ol>");
    for (int i = 0; i < 10; ++i) {
        html += QStringLiteral("<li><a href=\"/n/%1\">%2</a></li>")
                    .arg(i)
                    .arg(articleTitle(feed + 1, i).toHtmlEscaped());
    }
    html += QStringLiteral("</ol></aside><footer><p>소식 | 주소 | 등록번호</p></footer></body></html>");
    return html.toUtf8();
}

QByteArray summaryFeed(LocalHttpServer& server, int feed, int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>소식 "
        + QByteArray::number(feed) + "</title><link>http://bench.example/</link>";
    for (int item = 0; item < items; ++item) {
        const QByteArray link
            = server.url(QStringLiteral("/news/articleView.html?feed=%1&idxno=%2").arg(feed).arg(item)).toEncoded();
        xml += "<item><title>" + articleTitle(feed, item).toHtmlEscaped().toUtf8() + "</title><link>" + link
            + "</link><guid>" + link + "</guid><description>" + articleTitle(feed, item).toHtmlEscaped().toUtf8()
            + " 요약입니다…</description><pubDate>Fri, 27 Nov 2026 09:" + QByteArray::number(10 + item % 50)
            + ":00 +0900</pubDate></item>";
    }
    return xml + "</channel></rss>";
}

template <typename Spy>
bool waitFor(Spy& spy, int ms = 600000)
{
    return spy.count() > 0 || spy.wait(ms);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    int articles = 1000;
    int runs = 3;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--articles")) {
            articles = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--runs")) {
            runs = args[i + 1].toInt();
        }
    }
    const int perFeed = std::max(1, articles / kFeeds);
    QList<QByteArray> photos;
    for (int i = 0; i < 12; ++i) {
        photos.append(photo(i));
    }
    LocalHttpServer server;
    for (int f = 0; f < kFeeds; ++f) {
        server.route(QStringLiteral("/rss/%1.xml").arg(f).toUtf8(), [&server, f, perFeed](const HttpRequest&) {
            return HttpResponse::ok(summaryFeed(server, f, perFeed));
        });
    }
    server.route("/news/articleView.html", [](const HttpRequest& r) {
        const QUrlQuery q(QUrl(QString::fromLatin1(r.target)).query());
        return HttpResponse::ok(page(q.queryItemValue("feed").toInt(), q.queryItemValue("idxno").toInt()),
                                "text/html; charset=utf-8");
    });
    server.setFallback([&photos](const HttpRequest& r) {
        // each photo its own bytes (content-addressed storage would store a shared one once)
        const QByteArray name = r.path.mid(r.path.lastIndexOf('/') + 1);
        return HttpResponse::ok(photos.at(int(qHash(name) % quint32(photos.size()))) + name, "image/jpeg");
    });

    // extraction alone, per page
    QList<double> extractMs;
    for (int f = 0; f < kFeeds; ++f) {
        for (int item = 0; item < perFeed; ++item) {
            const QByteArray bytes = page(f, item);
            QElapsedTimer t;
            t.start();
            const auto r = extractArticle(bytes,
                                          QStringLiteral("text/html; charset=utf-8"),
                                          QUrl(QStringLiteral("http://bench.example/news/articleView.html")));
            extractMs.append(double(t.nsecsElapsed()) / 1e6);
            if (!std::holds_alternative<ExtractedPage>(r)) {
                std::fprintf(stderr, "extraction failed: %s\n", qPrintable(std::get<Error>(r).detail));
                return 1;
            }
        }
    }
    std::printf("pages: %d of %.1f KB, photos: 3 per article, %.0f KB on average\n",
                kFeeds * perFeed,
                double(page(0, 0).size()) / 1024.0,
                [&] {
                    double sum = 0;
                    for (const QByteArray& p : photos) {
                        sum += double(p.size());
                    }
                    return sum / double(photos.size()) / 1024.0;
                }());
    std::printf("extract        median %7.2f ms   p95 %7.2f ms per page\n",
                bench::percentile(extractMs, 0.5),
                bench::percentile(extractMs, 0.95));

    QList<double> refreshS, pagesPerS, imagesPerS, mbPerS, dbPerK, imagesPerK, totalPerK, openMs;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        Cache cache(dir.path());
        QSignalSpy opened(&cache, &Cache::opened);
        cache.open();
        waitFor(opened);
        QJsonArray feeds;
        for (int f = 0; f < kFeeds; ++f) {
            feeds.append(server.url(QStringLiteral("/rss/%1.xml").arg(f)).toString());
        }
        const QJsonObject def{{"id", "bench"},
                              {"name", QJsonObject{{"ko", "소식"}}},
                              {"fulltext", "auto"},
                              {"sections", QJsonArray{QJsonObject{{"section", "general"}, {"feeds", feeds}}}}};
        const auto parsed = parseSourceDefinition(QJsonDocument(def).toJson());
        cache.importSubscriptions({subscriptionOf(std::get<SourceDefinition>(parsed))});
        FetchSettings settings;
        RefreshEngine engine(&cache, settings);
        QSignalSpy refreshed(&engine, &RefreshEngine::finished);
        QElapsedTimer t;
        t.start();
        engine.refresh({});
        waitFor(refreshed);
        refreshS.append(double(t.nsecsElapsed()) / 1e9);
        FullTextFetcher fullText(&cache, settings);
        QSignalSpy extracted(&fullText, &FullTextFetcher::finished);
        t.restart();
        fullText.fetchPending();
        waitFor(extracted);
        const double pageSeconds = double(t.nsecsElapsed()) / 1e9;
        pagesPerS.append(extracted.front().at(0).toDouble() / pageSeconds);
        MediaStore media(&cache, settings);
        QSignalSpy stored(&media, &MediaStore::finished);
        t.restart();
        media.fetchPending();
        waitFor(stored);
        const double imageSeconds = double(t.nsecsElapsed()) / 1e9;
        ArticleQueries q(cache.databasePath(), cache.imageDir());
        q.open();
        const CacheStats s = std::get<CacheStats>(q.stats());
        imagesPerS.append(double(s.images) / imageSeconds);
        mbPerS.append(double(s.imageBytes) / 1048576.0 / imageSeconds);
        dbPerK.append(double(s.bytes - s.imageBytes) / double(s.articles) * 1000.0 / 1048576.0);
        imagesPerK.append(double(s.imageBytes) / double(s.articles) * 1000.0 / 1048576.0);
        totalPerK.append(double(s.bytes) / double(s.articles) * 1000.0 / 1048576.0);
        if (run == 0) {
            std::printf("stored: %lld articles, %lld images (full text %d, failed %d)\n",
                        s.articles,
                        s.images,
                        extracted.front().at(0).toInt(),
                        extracted.front().at(1).toInt());
        }

        // open an article with three cached images, as the window does (read, decode, show, paint)
        ArticleView view;
        view.resize(760, 900);
        view.show();
        const auto rows = std::get<ArticlePage>(q.page({}, {}, 60)).rows;
        for (const ArticleRow& row : rows) {
            QElapsedTimer open;
            open.start();
            const ArticleDetail d = std::get<ArticleDetail>(q.article(row.id));
            const auto images = ArticleView::decodeImages(d, view.imageWidth());
            view.showArticle(d, images);
            view.repaint();
            openMs.append(double(open.nsecsElapsed()) / 1e6);
            if (images.size() != 3) {
                std::fprintf(stderr, "article %lld has %lld decoded images\n", row.id, qlonglong(images.size()));
                return 1;
            }
        }
    }
    const auto med = [](const QList<double>& v) { return bench::percentile(v, 0.5); };
    std::printf(
        "refresh        median %7.2f s  (%d feeds, %d summary-only items)\n", med(refreshS), kFeeds, kFeeds * perFeed);
    std::printf("full text      median %7.1f pages/s (fetch + extract + store)\n", med(pagesPerS));
    std::printf("images         median %7.1f images/s, %.1f MB/s (fetch + sniff + hash + write)\n",
                med(imagesPerS),
                med(mbPerS));
    std::printf("cache size     per 1,000 articles: database %.1f MB, images %.1f MB, total %.1f MB\n",
                med(dbPerK),
                med(imagesPerK),
                med(totalPerK));
    std::printf("open article   with 3 cached images: median %.1f ms, p95 %.1f ms  [%lld opens]\n",
                med(openMs),
                bench::percentile(openMs, 0.95),
                qlonglong(openMs.size()));
    std::printf("[%d runs]\n", runs);
    return 0;
}
