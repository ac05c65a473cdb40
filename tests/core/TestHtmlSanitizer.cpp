#include "sanitize/HtmlSanitizer.h"
#include "text/NameSet.h"

#include <QTest>

using namespace news;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void nameSetsMatchWholeNamesOnly();
    void removesDangerousMarkup_data();
    void removesDangerousMarkup();
    void keepsArticleStructure();
    void resolvesRelativeUrls();
    void balancesTags();
    void plainTextOfHtml_data();
    void plainTextOfHtml();
    void survivesHostileInputQuickly();
};

void TestHtmlSanitizer::removesDangerousMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<QString>("kept");
    QTest::newRow("script") << "a<script>alert(1)</script>b"
                            << "alert"
                            << "ab";
    QTest::newRow("uppercase split script") << "a<SCRIPT >alert(1)</SCRIPT >b"
                                            << "alert"
                                            << "ab";
    QTest::newRow("unterminated script") << "before<script>alert(1)"
                                         << "alert"
                                         << "before";
    QTest::newRow("style element") << "x<style>body{display:none}</style>y"
                                   << "display"
                                   << "xy";
    QTest::newRow("iframe") << "x<iframe src=\"http://evil.example/\"></iframe>y"
                            << "iframe"
                            << "xy";
    QTest::newRow("object") << "x<object data=\"a.swf\"></object>y"
                            << "object"
                            << "xy";
    QTest::newRow("embed") << "x<embed src=\"a.swf\">y"
                           << "embed"
                           << "xy";
    QTest::newRow("form action") << "<form action=\"javascript:x()\">x</form>"
                                 << "javascript"
                                 << "x";
    QTest::newRow("meta refresh") << "x<meta http-equiv=\"refresh\" content=\"0;url=http://e/\">"
                                  << "meta"
                                  << "x";
    QTest::newRow("link stylesheet") << "x<link rel=\"stylesheet\" href=\"http://e/a.css\">"
                                     << "<link"
                                     << "x";
    QTest::newRow("base href") << "x<base href=\"http://evil.example/\">"
                               << "<base"
                               << "x";
    QTest::newRow("event handler") << "<img src=\"http://a/b.jpg\" onerror=\"x()\">"
                                   << "onerror"
                                   << "";
    QTest::newRow("javascript href") << "<a href=\"javascript:alert(1)\">t</a>"
                                     << "javascript"
                                     << "t";
    QTest::newRow("entity-obfuscated scheme") << "<a href=\"&#106;avascript&#58;alert(1)\">t</a>"
                                              << "avascript"
                                              << "t";
    QTest::newRow("tab-obfuscated scheme") << "<a href=\"java&#x09;script:alert(1)\">t</a>"
                                           << "script:"
                                           << "t";
    QTest::newRow("vbscript") << "<a href=\"vbscript:msgbox\">t</a>"
                              << "vbscript"
                              << "t";
    QTest::newRow("data url") << "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">t</a>"
                              << "data:"
                              << "t";
    QTest::newRow("css expression") << "<p style=\"width: expression(alert(1))\">t</p>"
                                    << "expression"
                                    << "t";
    QTest::newRow("css url") << "<p style=\"background: url(http://e/x.png)\">t</p>"
                             << "url("
                             << "t";
    QTest::newRow("css position") << "<div style=\"position:absolute;top:0\">t</div>"
                                  << "position"
                                  << "t";
    QTest::newRow("svg onload") << "a<svg onload=\"x()\"><circle/></svg>b"
                                << "onload"
                                << "ab";
    QTest::newRow("comment hiding script") << "a<!--<script>x()</script>-->b"
                                           << "script"
                                           << "ab";
}

void TestHtmlSanitizer::removesDangerousMarkup()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    QFETCH(QString, kept);
    const QString out = HtmlSanitizer::sanitize(html);
    QVERIFY2(!out.contains(forbidden, Qt::CaseInsensitive), qPrintable(out));
    QCOMPARE(HtmlSanitizer::toPlainText(out), kept);
}

void TestHtmlSanitizer::keepsArticleStructure()
{
    const QString html = QStringLiteral(
        "<p>첫 문단 <b>굵게</b> <a href=\"https://news.example.kr/a\" title=\"원문\">링크</a></p>"
        "<figure><img src=\"https://img.example.kr/1.jpg\" alt=\"사진\" width=\"600\"><figcaption>와이탄 "
        "[사진=상하이저널]</figcaption></figure><table><tr><td>표</td></tr></table>");
    const QString out = HtmlSanitizer::sanitize(html);
    QVERIFY(out.contains(QLatin1String("<p>")));
    QVERIFY(out.contains(QStringLiteral("<b>굵게</b>")));
    QVERIFY(out.contains(QLatin1String("href=\"https://news.example.kr/a\"")));
    QVERIFY(out.contains(QStringLiteral("<img src=\"https://img.example.kr/1.jpg\" alt=\"사진\" width=\"600\" />")));
    QVERIFY(out.contains(QLatin1String("<figcaption>")));
    QVERIFY(out.contains(QStringLiteral("<td>표</td>")));
}

void TestHtmlSanitizer::resolvesRelativeUrls()
{
    const QString out
        = HtmlSanitizer::sanitize(QStringLiteral("<a href=\"../b/c.html\">x</a><img src=\"//cdn.example.kr/i.png\">"),
                                  QStringLiteral("http://news.example.kr/a/index.html"));
    QVERIFY(out.contains(QLatin1String("href=\"http://news.example.kr/b/c.html\"")));
    QVERIFY(out.contains(QLatin1String("src=\"http://cdn.example.kr/i.png\"")));
}

void TestHtmlSanitizer::balancesTags()
{
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<div><p><b>x")), QStringLiteral("<div><p><b>x</b></p></div>"));
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("x</div></p>y")), QStringLiteral("xy"));
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<b><i>x</b>y</i>")), QStringLiteral("<b><i>x</i></b>y"));
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("AT&T 5 < 6")), QStringLiteral("AT&amp;T 5 &lt; 6"));
}

void TestHtmlSanitizer::plainTextOfHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("tags") << "<b>반도체</b> 수출" << QStringLiteral("반도체 수출");
    QTest::newRow("blocks") << "<p>하나</p><p>둘</p>" << QStringLiteral("하나 둘");
    QTest::newRow("entities") << "AT&amp;T &copy; 2024 &#54620;" << QStringLiteral("AT&T © 2024 한");
    QTest::newRow("nbsp kept") << "a&nbsp;b" << QStringLiteral("a\u00A0b");
    QTest::newRow("script dropped") << "a<script>x</script>b"
                                    << "ab";
    QTest::newRow("stray lt") << "5 < 6"
                              << "5 < 6";
}

void TestHtmlSanitizer::plainTextOfHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlSanitizer::toPlainText(html), text);
}

void TestHtmlSanitizer::survivesHostileInputQuickly()
{
    // deeply nested and unclosed markup must not blow the stack or go quadratic
    QString html;
    for (int i = 0; i < 20000; ++i) {
        html += QLatin1String("<div><span>");
    }
    html += QLatin1String("deep");
    const QString out = HtmlSanitizer::sanitize(html);
    QVERIFY(out.contains(QLatin1String("deep")));
    QVERIFY(out.endsWith(QLatin1String("</div>")));
    QString comments;
    for (int i = 0; i < 20000; ++i) {
        comments += QLatin1String("<!-- x --><!");
    }
    QVERIFY(!HtmlSanitizer::sanitize(comments).contains(QLatin1String("<!--")));
}

// the sanitizer's tag and attribute tables (text/NameSet.h): whole names only, case as given, any length
void TestHtmlSanitizer::nameSetsMatchWholeNamesOnly()
{
    const NameSet set{"p", "div", "figcaption", "h1"};
    QVERIFY(set.contains(u"p"));
    QVERIFY(set.contains(u"div"));
    QVERIFY(set.contains(u"figcaption"));
    QVERIFY(set.contains(QStringView(QStringLiteral("<h1>")).sliced(1, 2)));
    QVERIFY(!set.contains(u"P"));
    QVERIFY(!set.contains(u"di"));
    QVERIFY(!set.contains(u"divs"));
    QVERIFY(!set.contains(u"figcaptions-and-more"));
    QVERIFY(!set.contains(u""));
    QVERIFY(!set.contains(u"사진"));
    const NameMap<int> map{{"width", 2000}, {"border", 20}};
    QCOMPARE(map.value(u"width"), 2000);
    QCOMPARE(map.value(u"border"), 20);
    QCOMPARE(map.value(u"height"), 0);
    QCOMPARE(map.value(u"heigh", -1), -1);
    // the sanitizer still closes what it opened, and drops an end tag it never opened
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<div><p>가</p></span></div>나</p>")),
             QStringLiteral("<div><p>가</p></div>나"));
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "TestHtmlSanitizer.moc"
