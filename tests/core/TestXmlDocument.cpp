#include "parse/XmlDocument.h"
#include "text/ResolveUrl.h"

#include <QTest>

using namespace news;

class TestXmlDocument : public QObject
{
    Q_OBJECT

private slots:
    void readsWellFormedXmlExactly();
    void recoversFromDamage_data();
    void recoversFromDamage();
    void entityExpansionIsBounded();
    void nestingDepthIsBounded();
    void controlCharactersAreDropped();
    void xmlBaseResolves();
    void resolveUrlKeepsOnlySafeSchemes_data();
    void resolveUrlKeepsOnlySafeSchemes();
};

void TestXmlDocument::readsWellFormedXmlExactly()
{
    const XmlDocument doc
        = parseXml(QStringLiteral("<?xml version=\"1.0\"?><a:root xmlns:a=\"urn:a\" xmlns=\"urn:d\"><b "
                                  "x=\"1&amp;2\">t&lt;<![CDATA[<raw>]]></b></a:root>"),
                   {});
    QVERIFY(!doc.malformed);
    QCOMPARE(doc.root->ns, QStringLiteral("urn:a"));
    QCOMPARE(doc.root->local, QStringLiteral("root"));
    const XmlElement* b = doc.root->children.at(0).element;
    QCOMPARE(b->ns, QStringLiteral("urn:d"));
    QCOMPARE(b->attribute(QLatin1String("x")), QStringLiteral("1&2"));
    QCOMPARE(b->text(), QStringLiteral("t<<raw>"));
}

void TestXmlDocument::recoversFromDamage_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("text");
    QTest::newRow("html entity") << "<r>a&nbsp;b</r>" << QStringLiteral("a\u00A0b");
    QTest::newRow("unknown entity") << "<r>a&bogus;b</r>" << QStringLiteral("a&bogus;b");
    QTest::newRow("bare ampersand") << "<r>AT&T</r>" << QStringLiteral("AT&T");
    QTest::newRow("stray lt") << "<r>5 < 6</r>" << QStringLiteral("5 < 6");
    QTest::newRow("mismatched end tag") << "<r><b>x</i></b></r>" << QStringLiteral("x");
    QTest::newRow("unclosed") << "<r><b>x" << QStringLiteral("x");
    QTest::newRow("unterminated cdata") << "<r><![CDATA[abc" << QStringLiteral("abc");
    QTest::newRow("unquoted attribute") << "<r a=1>x</r>" << QStringLiteral("x");
}

void TestXmlDocument::recoversFromDamage()
{
    QFETCH(QString, xml);
    QFETCH(QString, text);
    const XmlDocument doc = parseXml(xml, {});
    QVERIFY(doc.malformed);
    QVERIFY(!doc.error.isEmpty());
    QVERIFY(doc.root);
    QCOMPARE(doc.root->text(), text);
}

void TestXmlDocument::entityExpansionIsBounded()
{
    // "billion laughs": each level multiplies by ten
    QString xml = QStringLiteral("<!DOCTYPE r [<!ENTITY a0 \"xxxxxxxxxx\">");
    for (int i = 1; i < 10; ++i) {
        xml += QStringLiteral("<!ENTITY a%1 \"").arg(i);
        for (int k = 0; k < 10; ++k) {
            xml += QStringLiteral("&a%1;").arg(i - 1);
        }
        xml += QStringLiteral("\">");
    }
    xml += QStringLiteral("]><r>&a9;</r>");
    const XmlDocument doc = parseXml(xml, {});
    QVERIFY(doc.malformed);
    QVERIFY(doc.root);
    QVERIFY(doc.root->text().size() <= XmlLimits{}.maxEntityExpansion + 16);
}

void TestXmlDocument::nestingDepthIsBounded()
{
    QString xml;
    for (int i = 0; i < 100000; ++i) {
        xml += QLatin1String("<a>");
    }
    const XmlDocument doc = parseXml(xml, {});
    QVERIFY(doc.malformed);
    QVERIFY(doc.root);
    QVERIFY(doc.elements.size() <= std::size_t(XmlLimits{}.maxDepth));
}

void TestXmlDocument::controlCharactersAreDropped()
{
    const XmlDocument doc = parseXml(QStringLiteral("<r>a\u0001b\u000Bc</r>"), {});
    QVERIFY(doc.malformed);
    QCOMPARE(doc.root->text(), QStringLiteral("abc"));
}

void TestXmlDocument::xmlBaseResolves()
{
    const XmlDocument doc
        = parseXml(QStringLiteral("<r xml:base=\"http://a.example/x/\"><c xml:base=\"y/\"><d/></c></r>"),
                   QStringLiteral("http://doc.example/feed.xml"));
    const XmlElement* c = doc.root->children.at(0).element;
    QCOMPARE(doc.root->base, QStringLiteral("http://a.example/x/"));
    QCOMPARE(c->base, QStringLiteral("http://a.example/x/y/"));
    QCOMPARE(c->children.at(0).element->base, QStringLiteral("http://a.example/x/y/"));
}

void TestXmlDocument::resolveUrlKeepsOnlySafeSchemes_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("expected");
    QTest::newRow("relative") << "http://a.example/b/c"
                              << "d"
                              << "http://a.example/b/d";
    QTest::newRow("protocol-relative") << "https://a.example/"
                                       << "//cdn.example/i.png"
                                       << "https://cdn.example/i.png";
    QTest::newRow("protocol-relative, no base") << ""
                                                << "//cdn.example/i.png"
                                                << "https://cdn.example/i.png";
    QTest::newRow("mailto") << ""
                            << "mailto:reporter@example.kr"
                            << "mailto:reporter@example.kr";
    QTest::newRow("javascript") << "http://a.example/"
                                << "javascript:alert(1)"
                                << "";
    QTest::newRow("file") << "http://a.example/"
                          << "file:///etc/passwd"
                          << "";
    QTest::newRow("data") << ""
                          << "data:text/html,x"
                          << "";
    QTest::newRow("relative, no base") << ""
                                       << "/a/b"
                                       << "/a/b";
}

void TestXmlDocument::resolveUrlKeepsOnlySafeSchemes()
{
    QFETCH(QString, base);
    QFETCH(QString, ref);
    QFETCH(QString, expected);
    QCOMPARE(resolveUrl(base, ref), expected);
}

QTEST_GUILESS_MAIN(TestXmlDocument)
#include "TestXmlDocument.moc"
