#include "NewsSite.h"

#include <QUrlQuery>

NewsSite::NewsSite(LocalHttpServer& s, QByteArray photoBytes, int missing)
    : server(s)
    , photo(std::move(photoBytes))
    , missingPage(missing)
{
    server.route("/rss/allArticle.xml", [this](const HttpRequest&) {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                         "<title>교민일보</title><link>"
            + server.url(QStringLiteral("/")).toEncoded() + "</link>";
        for (int n = 1; n <= kArticles; ++n) {
            const QByteArray link = server.url(QStringLiteral("/news/articleView.html?idxno=%1").arg(n)).toEncoded();
            xml += "<item><title>교민 소식 " + QByteArray::number(n) + "번째 기사</title><link>" + link
                + "</link><guid>" + link + "</guid><description>" + teaser(n).toUtf8()
                + "</description><pubDate>Fri, 27 Nov 2026 0" + QByteArray::number(n) + ":00:00 +0900</pubDate></item>";
        }
        return HttpResponse::ok(xml + "</channel></rss>");
    });
    server.route("/news/articleView.html", [this](const HttpRequest& request) {
        const int n = QUrlQuery(QUrl(QString::fromLatin1(request.target)).query()).queryItemValue("idxno").toInt();
        if (n < 1 || n > kArticles || n == missingPage) {
            return HttpResponse::withStatus(404);
        }
        const QByteArray html
            = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>교민 소식</title></head><body>"
              "<div class=\"gnb\"><a href=\"/s/1\">정치</a> <a href=\"/s/2\">경제</a></div>"
              "<article id=\"article-view-content-div\"><figure><img src=\"/news/photo/"
            + QByteArray::number(n) + ".png\"><figcaption>행사 모습 (사진=교민일보)</figcaption></figure><p>"
            + teaser(n).toUtf8() + "</p><p>" + fullParagraph(n).toUtf8()
            + "</p><p>박기자 기자 park@gyomin.example</p><p>저작권자 © 교민일보 무단전재 및 재배포 금지</p>"
              "</article><div class=\"side-ranking\"><a href=\"/n/9\">많이 본 뉴스 하나</a></div></body></html>";
        return HttpResponse::ok(html, "text/html; charset=utf-8");
    });
    server.setFallback([this](const HttpRequest& request) {
        if (request.path.startsWith("/news/photo/")) {
            // each article's photo is its own file (bytes after the image's end keep it decodable)
            return HttpResponse::ok(photo + request.path, "image/png");
        }
        return HttpResponse::withStatus(404);
    });
}

QString NewsSite::teaser(int n)
{
    return QStringLiteral("상하이 교민 사회의 %1번째 소식을 전합니다…").arg(n);
}

QString NewsSite::fullParagraph(int n)
{
    return QStringLiteral("기사 페이지에만 있는 %1번째 본문 문단이다. 교민회는 다음 달 총회를 열기로 했다.").arg(n);
}

QString NewsSite::sourceDefinition(const QString& fulltext, bool images) const
{
    return QStringLiteral(R"({"id": "gyomin", "name": {"ko": "교민일보", "en": "Gyomin Daily"},
        "homepage": "%1", "timezone": "Asia/Shanghai", "kind": "community", "fulltext": "%2", "images": %3,
        "lastChecked": "2026-11-27",
        "sections": [{"section": "local", "name": "현지", "feeds": ["%4"]}]})")
        .arg(server.url(QStringLiteral("/")).toString(),
             fulltext,
             images ? QStringLiteral("true") : QStringLiteral("false"),
             server.url(QStringLiteral("/rss/allArticle.xml")).toString());
}
