#include "normalize/LinkCanonicalizer.h"

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
}

void TestLinkCanonicalizer::canonicalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(canonicalLink(input), expected);
}

QTEST_GUILESS_MAIN(TestLinkCanonicalizer)
#include "TestLinkCanonicalizer.moc"
