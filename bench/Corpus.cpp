#include "Corpus.h"

#include "text/TextDecoder.h"

#include <QHash>
#include <QStringList>

namespace
{

const QStringList& words()
{
    static const QStringList w = {
        QStringLiteral("정부는"),     QStringLiteral("반도체"),        QStringLiteral("수출이"),
        QStringLiteral("상하이"),     QStringLiteral("교민"),          QStringLiteral("경제"),
        QStringLiteral("지난해보다"), QStringLiteral("증가했다"),      QStringLiteral("중국"),
        QStringLiteral("서울에서"),   QStringLiteral("발표했다"),      QStringLiteral("시장"),
        QStringLiteral("전망"),       QStringLiteral("투자"),          QStringLiteral("관계자는"),
        QStringLiteral("밝혔다."),    QStringLiteral("한국"),          QStringLiteral("기업들이"),
        QStringLiteral("금리"),       QStringLiteral("환율"),          QStringLiteral("전기차"),
        QStringLiteral("배터리"),     QStringLiteral("문화"),          QStringLiteral("공연"),
        QStringLiteral("학교"),       QStringLiteral("지하철"),        QStringLiteral("날씨"),
        QStringLiteral("건강"),       QStringLiteral("semiconductor"), QStringLiteral("Shanghai"),
        QStringLiteral("AI"),         QStringLiteral("플랫폼"),
    };
    return w;
}

quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

QString sentence(quint32 seed, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i) {
        seed = mix(seed + 0x9e3779b9U);
        out.append(words().at(int(seed % quint32(words().size()))));
    }
    return out.join(u' ');
}

QByteArray toCp949(const QString& text)
{
    static const QHash<QChar, QByteArray> table = [] {
        QHash<QChar, QByteArray> t;
        for (int b1 = 0x81; b1 < 0xFF; ++b1) {
            for (int b2 = 0x41; b2 < 0xFF; ++b2) {
                QByteArray pair;
                pair.append(char(b1)).append(char(b2));
                bool errors = false;
                const QString s = news::TextDecoder::decode(pair, QStringLiteral("cp949"), &errors);
                if (!errors && s.size() == 1 && !t.contains(s.front())) {
                    t.insert(s.front(), pair);
                }
            }
        }
        return t;
    }();
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            out.append(char(c.unicode()));
        } else {
            out.append(table.value(c, QByteArrayLiteral("?")));
        }
    }
    return out;
}

QString escape(const QString& s)
{
    QString out = s;
    out.replace(u'&', QLatin1String("&amp;")).replace(u'<', QLatin1String("&lt;")).replace(u'>', QLatin1String("&gt;"));
    return out;
}

} // namespace

namespace Corpus
{

QString articleTitle(int feed, int item)
{
    return sentence(quint32(feed * 100003 + item), 6) + QStringLiteral(" %1-%2").arg(feed).arg(item);
}

QString articleBody(int feed, int item)
{
    QString body = QStringLiteral("<p>(서울=소식) 기자 = %1</p>").arg(sentence(quint32(feed * 7919 + item), 20));
    body += QStringLiteral("<figure><img src=\"https://img%1.example.kr/photo/%2.jpg\" alt=\"사진\">"
                           "<figcaption>자료 사진 [사진=소식 DB]</figcaption></figure>")
                .arg(feed % 8)
                .arg(item);
    for (int p = 0; p < 4; ++p) {
        body += QStringLiteral("<p>%1</p>").arg(sentence(quint32(feed * 31 + item * 17 + p), 25));
    }
    return body;
}

QByteArray feed(int index, int items, int firstItem)
{
    const bool eucKr = index % 10 == 3;
    const bool atom = index % 5 == 1;
    QString xml;
    if (atom) {
        xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                             "<title>매체 %1</title><link href=\"https://news%1.example.kr/\"/><id>tag:news%1</id>"
                             "<updated>2026-11-27T00:00:00Z</updated>\n")
                  .arg(index);
        for (int i = firstItem; i < firstItem + items; ++i) {
            xml += QStringLiteral("<entry><title>%1</title><link href=\"https://news%2.example.kr/news/%3\"/>"
                                  "<id>https://news%2.example.kr/news/%3</id><published>2026-11-27T%4:%5:00+09:00"
                                  "</published><author><name>홍길동 기자</name></author><content type=\"html\">%6"
                                  "</content></entry>\n")
                       .arg(escape(articleTitle(index, i)))
                       .arg(index)
                       .arg(i)
                       .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(escape(articleBody(index, i)));
        }
        xml += QStringLiteral("</feed>\n");
        return xml.toUtf8();
    }
    xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"%2\"?>\n<rss version=\"2.0\" "
                         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>매체 %1</title>"
                         "<link>https://news%1.example.kr/</link><description>설명</description>\n")
              .arg(index)
              .arg(eucKr ? QStringLiteral("EUC-KR") : QStringLiteral("UTF-8"));
    for (int i = firstItem; i < firstItem + items; ++i) {
        xml += QStringLiteral(
                   "<item><title>%1</title><link>https://news%2.example.kr/news/articleView.html?idxno=%3</link>"
                   "<description><![CDATA[%4]]></description><dc:creator>홍길동 기자</dc:creator>"
                   "<category>경제</category><pubDate>Fri, 27 Nov 2026 %5:%6:00 +0900</pubDate>"
                   "<guid>https://news%2.example.kr/news/articleView.html?idxno=%3</guid></item>\n")
                   .arg(escape(articleTitle(index, i)))
                   .arg(index)
                   .arg(i)
                   .arg(articleBody(index, i))
                   .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'));
    }
    xml += QStringLiteral("</channel></rss>\n");
    return eucKr ? toCp949(xml) : xml.toUtf8();
}

} // namespace Corpus
