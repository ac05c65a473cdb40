#include "SummarySite.h"

#include "FakeImages.h"

#include <QCryptographicHash>
#include <QUrlQuery>

namespace
{

QString title(int feed, int item)
{
    return QStringLiteral("교민 소식 %1-%2: 상하이 한인회 행사 안내").arg(feed).arg(item);
}

QByteArray page(int feed, int item, int images)
{
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "</head><body><nav><a href=\"/\">홈</a> <a href=\"/news\">뉴스</a></nav>"
                                  "<article id=\"article-view-content-div\">")
                       .arg(title(feed, item));
    for (int k = 0; k < images; ++k) {
        html
            += QStringLiteral("<figure><img src=\"/news/photo/%1-%2-%3.png\"><figcaption>행사 사진 %3</figcaption>"
                              "</figure><p>상하이 한인회는 %1일 교민 %2명이 참석한 가운데 행사를 열었다고 밝혔다. "
                              "행사에는 한국 기업 관계자와 유학생들도 함께했으며, 참석자들은 내년 계획을 논의했다.</p>")
                   .arg(feed)
                   .arg(item)
                   .arg(k);
    }
    html += QStringLiteral("<p>홍길동 기자 hong@gyomin.example</p></article><footer>교민일보</footer></body></html>");
    return html.toUtf8();
}

} // namespace

SummarySite::SummarySite(LocalHttpServer& s, int f, int n, int i)
    : server(s)
    , feeds(f)
    , perFeed(n)
    , images(i)
{
    for (int feed = 0; feed < feeds; ++feed) {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>교민일보 "
            + QByteArray::number(feed) + "</title><link>" + server.url(QStringLiteral("/")).toEncoded() + "</link>";
        for (int item = 0; item < perFeed; ++item) {
            const QByteArray link
                = server.url(QStringLiteral("/news/articleView.html?feed=%1&idxno=%2").arg(feed).arg(item)).toEncoded();
            xml += "<item><title>" + title(feed, item).toUtf8() + "</title><link>" + link + "</link><guid>" + link
                + "</guid><description>" + title(feed, item).toUtf8() + " 요약입니다…</description><pubDate>Fri, 27 "
                + "Nov 2026 09:" + QByteArray::number(10 + item % 50) + ":00 +0900</pubDate></item>";
        }
        xml += "</channel></rss>";
        const QByteArray etag = '"' + QCryptographicHash::hash(xml, QCryptographicHash::Md5).toHex().left(16) + '"';
        server.route("/rss/" + QByteArray::number(feed) + ".xml", [xml, etag](const HttpRequest& r) {
            HttpResponse response
                = r.header("If-None-Match") == etag ? HttpResponse::withStatus(304) : HttpResponse::ok(xml);
            return response.etag(etag);
        });
    }
    const int pageImages = images;
    server.route("/news/articleView.html", [pageImages](const HttpRequest& r) {
        const QUrlQuery q(QUrl(QString::fromLatin1(r.target)).query());
        return HttpResponse::ok(page(q.queryItemValue(QStringLiteral("feed")).toInt(),
                                     q.queryItemValue(QStringLiteral("idxno")).toInt(),
                                     pageImages),
                                "text/html; charset=utf-8");
    });
    server.setFallback([](const HttpRequest& r) {
        if (!r.path.startsWith("/news/photo/")) {
            return HttpResponse::withStatus(404);
        }
        // each photo its own bytes, so that each is stored (content-addressed storage keeps equal ones once)
        return HttpResponse::ok(fakePng(320, 200, 64, '\x02') + r.path, "image/png");
    });
}

QString SummarySite::sourceDefinition() const
{
    QString feedList;
    for (int feed = 0; feed < feeds; ++feed) {
        feedList += (feed ? QStringLiteral(", \"") : QStringLiteral("\""))
            + server.url(QStringLiteral("/rss/%1.xml").arg(feed)).toString() + u'"';
    }
    return QStringLiteral(R"({"id": "gyomin", "name": {"ko": "교민일보", "en": "Gyomin Daily"},
        "homepage": "%1", "timezone": "Asia/Shanghai", "kind": "community", "fulltext": "auto", "images": true,
        "lastChecked": "2026-11-27",
        "sections": [{"section": "local", "name": "현지", "feeds": [%2]}]})")
        .arg(server.url(QStringLiteral("/")).toString(), feedList);
}
