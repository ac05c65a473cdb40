// Parse throughput on a generated 50 MB corpus of Korean RSS 2.0 and Atom feeds, next to the raw
// QXmlStreamReader tokenizing speed over the same bytes (the ceiling: it builds nothing and sanitizes nothing).
//
//   build/bench/bench-parse [--runs N] [--megabytes M]

#include "BenchUtil.h"
#include "model/FeedDocument.h"
#include "parse/FeedParser.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QXmlStreamReader>

#include <cstdio>

using namespace news;

namespace
{

const QStringList kWords = {
    QStringLiteral("정부는"), QStringLiteral("반도체"),   QStringLiteral("수출이"),     QStringLiteral("상하이"),
    QStringLiteral("교민"),   QStringLiteral("경제"),     QStringLiteral("지난해보다"), QStringLiteral("증가했다"),
    QStringLiteral("기자"),   QStringLiteral("중국"),     QStringLiteral("서울에서"),   QStringLiteral("발표했다"),
    QStringLiteral("시장"),   QStringLiteral("전망"),     QStringLiteral("투자"),       QStringLiteral("AI"),
    QStringLiteral("2026년"), QStringLiteral("관계자는"), QStringLiteral("밝혔다."),    QStringLiteral("한국"),
};

QString sentence(QRandomGenerator& rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i) {
        out.append(kWords.at(int(rng.bounded(kWords.size()))));
    }
    return out.join(u' ');
}

QByteArray makeRss(QRandomGenerator& rng, int feed, int items)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                                 "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>매체 %1</title>"
                                 "<link>https://news%1.example.kr/</link><description>설명</description>\n")
                      .arg(feed);
    for (int i = 0; i < items; ++i) {
        QString body;
        for (int p = 0; p < 6; ++p) {
            body += QStringLiteral("<p>%1</p>").arg(sentence(rng, 22));
        }
        xml += QStringLiteral(
                   "<item><title>%1</title><link>https://news%2.example.kr/news/articleView.html?idxno=%3</link>"
                   "<description><![CDATA[<img src=\"https://img.example.kr/%3.jpg\" alt=\"사진\">%4"
                   "<a href=\"/news/%3\">관련기사</a>]]></description><dc:creator>홍길동 기자</dc:creator>"
                   "<category>경제</category><pubDate>Fri, 27 Nov 2026 09:%5:00 +0900</pubDate>"
                   "<guid>https://news%2.example.kr/news/articleView.html?idxno=%3</guid></item>\n")
                   .arg(sentence(rng, 6))
                   .arg(feed)
                   .arg(feed * 1000 + i)
                   .arg(body)
                   .arg(i % 60, 2, 10, QLatin1Char('0'));
    }
    xml += QStringLiteral("</channel></rss>\n");
    return xml.toUtf8();
}

QByteArray makeAtom(QRandomGenerator& rng, int feed, int items)
{
    QString xml
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                         "<title>블로그 %1</title><link href=\"https://blog%1.example.kr/\"/><id>tag:%1</id>"
                         "<updated>2026-11-27T00:00:00Z</updated>\n")
              .arg(feed);
    for (int i = 0; i < items; ++i) {
        QString body;
        for (int p = 0; p < 6; ++p) {
            body += QStringLiteral("&lt;p&gt;%1&lt;/p&gt;").arg(sentence(rng, 22));
        }
        xml += QStringLiteral("<entry><title type=\"text\">%1</title><link href=\"https://blog%2.example.kr/%3\"/>"
                              "<id>tag:blog%2,2026:%3</id><published>2026-11-27T09:00:00+09:00</published>"
                              "<author><name>이서연</name></author><content type=\"html\">%4</content></entry>\n")
                   .arg(sentence(rng, 6))
                   .arg(feed)
                   .arg(i)
                   .arg(body);
    }
    xml += QStringLiteral("</feed>\n");
    return xml.toUtf8();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    qint64 megabytes = 50;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs")) {
            runs = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--megabytes")) {
            megabytes = args[i + 1].toLongLong();
        }
    }
    QRandomGenerator rng(20261127);
    QList<QByteArray> corpus;
    qint64 bytes = 0;
    qint64 items = 0;
    for (int feed = 0; bytes < megabytes * 1024 * 1024; ++feed) {
        corpus.append(feed % 3 == 2 ? makeAtom(rng, feed, 50) : makeRss(rng, feed, 50));
        bytes += corpus.last().size();
        items += 50;
    }
    const double mb = double(bytes) / (1024.0 * 1024.0);
    std::printf("corpus: %.1f MB, %lld documents, %lld items (Korean RSS 2.0 and Atom)\n",
                mb,
                static_cast<long long>(corpus.size()),
                static_cast<long long>(items));

    qint64 tokens = 0;
    const double ceiling = bench::medianSeconds(runs, [&] {
        tokens = 0;
        for (const QByteArray& doc : corpus) {
            QXmlStreamReader reader(doc);
            while (!reader.atEnd()) {
                reader.readNext();
                ++tokens;
            }
        }
    });
    qint64 parsedItems = 0;
    const double ours = bench::medianSeconds(runs, [&] {
        parsedItems = 0;
        for (const QByteArray& doc : corpus) {
            const auto result = parseFeed(doc);
            if (const auto* feed = std::get_if<FeedDocument>(&result)) {
                parsedItems += feed->entries.size();
            }
        }
    });
    if (parsedItems != items) {
        std::fprintf(stderr,
                     "parsed %lld items, expected %lld\n",
                     static_cast<long long>(parsedItems),
                     static_cast<long long>(items));
        return 1;
    }
    std::printf("QXmlStreamReader tokenize (ceiling): median %.3f s = %.1f MB/s, %.0f items/s\n",
                ceiling,
                mb / ceiling,
                double(items) / ceiling);
    std::printf("sosik parseFeed (decode, parse, sanitize, dates): median %.3f s = %.1f MB/s, %.0f items/s\n",
                ours,
                mb / ours,
                double(items) / ours);
    std::printf("ratio: %.2f of the ceiling (goal >= 0.50), %d runs\n", ceiling / ours, runs);
    return 0;
}
