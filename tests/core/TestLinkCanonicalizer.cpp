#include "text/LinkCanonicalizer.h"

#include <QTest>

using namespace news;

class TestLinkCanonicalizer : public QObject
{
    Q_OBJECT

private slots:
    void canonicalises_data();
    void canonicalises();
};

void TestLinkCanonicalizer::canonicalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utm") << "https://a.example.kr/n/1?utm_source=rss&utm_medium=x"
                         << "https://a.example.kr/n/1";
    QTest::newRow("naver input/plink") << "https://a.example.kr/v?id=5&input=1195m&plink=ORI"
                                       << "https://a.example.kr/v?id=5";
    QTest::newRow("host case, port, fragment") << "HTTP://A.Example.KR:80/x#top"
                                               << "http://a.example.kr/x";
    QTest::newRow("empty path") << "https://a.example.kr"
                                << "https://a.example.kr/";
    QTest::newRow("keeps real parameters") << "http://a.example.kr/articleView.html?idxno=1001"
                                           << "http://a.example.kr/articleView.html?idxno=1001";
    QTest::newRow("not http") << "ftp://a.example.kr/x"
                              << "";
    // links that are canonical already take a short cut: these sit on both sides of its edge
    QTest::newRow("two real parameters") << "https://a.example.kr/news/articleView.html?idxno=7&sc=S1N2"
                                         << "https://a.example.kr/news/articleView.html?idxno=7&sc=S1N2";
    QTest::newRow("real and tracking") << "https://a.example.kr/n/1?id=5&utm_source=x"
                                       << "https://a.example.kr/n/1?id=5";
    QTest::newRow("Hangul path") << "https://a.example.kr/뉴스/1"
                                 << "https://a.example.kr/%EB%89%B4%EC%8A%A4/1";
    QTest::newRow("encoded value") << "https://a.example.kr/n?q=%ED%95%9C"
                                   << "https://a.example.kr/n?q=%ED%95%9C";
    QTest::newRow("empty query") << "https://a.example.kr/n/1?"
                                 << "https://a.example.kr/n/1";
    QTest::newRow("port 443") << "https://a.example.kr:443/n/1"
                              << "https://a.example.kr/n/1";
    QTest::newRow("plain path") << "https://news.example.kr/news/2026/11/27/a_b-c.html"
                                << "https://news.example.kr/news/2026/11/27/a_b-c.html";
}

void TestLinkCanonicalizer::canonicalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(canonicalLink(input), expected);
    // a leading space keeps the short cut away: the full QUrl reading must agree with it
    QCOMPARE(canonicalLink(u' ' + input), expected);
}

QTEST_GUILESS_MAIN(TestLinkCanonicalizer)
#include "TestLinkCanonicalizer.moc"
