// One article must not freeze the window (#17): QTextDocument lays out every hostile body the sanitizer lets
// through (huge cellpadding/cellspacing/CSS padding, tables nested 40 deep, a multi-megabyte word, …) in a
// bounded time. The bound is generous (the measured times are printed; the goal is < 100 ms each).

#include "sanitize/HtmlSanitizer.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QTest>
#include <QTextDocument>

using namespace news;

namespace
{

QString nested(const QString& open, const QString& close, int depth, const QString& inner)
{
    QString out;
    for (int i = 0; i < depth; ++i) {
        out += open;
    }
    out += inner;
    for (int i = 0; i < depth; ++i) {
        out += close;
    }
    return out;
}

qint64 layoutMs(const QString& html, QSizeF* size = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QTextDocument doc;
    doc.setHtml(html);
    doc.setTextWidth(720);
    const QSizeF s = doc.documentLayout()->documentSize();
    if (size) {
        *size = s;
    }
    return timer.elapsed();
}

} // namespace

class TestHostileLayout : public QObject
{
    Q_OBJECT

private slots:
    void hostileBodiesLayOutFast_data();
    void hostileBodiesLayOutFast();
    void longWordCostsWhatTextCosts();
    void ordinaryMarkupIsUnchanged();
};

void TestHostileLayout::hostileBodiesLayOutFast_data()
{
    QTest::addColumn<QString>("html");
    const QString cell = QStringLiteral("<tr><td>셀 내용</td><td>두 번째</td></tr>");
    QTest::newRow("cellpadding") << QStringLiteral("<table cellpadding=\"99999999\">%1</table>").arg(cell);
    QTest::newRow("cellspacing") << QStringLiteral("<table cellspacing=\"99999999\">%1</table>").arg(cell);
    QTest::newRow("border") << QStringLiteral("<table border=\"99999999\">%1</table>").arg(cell);
    QTest::newRow("css padding") << QStringLiteral(
        "<table><tr><td style=\"padding: 99999999px\">x</td></tr></table>"
        "<div style=\"padding: 99999999px 1e9px; margin: 99999999em\">y</div>");
    QTest::newRow("css widths") << QStringLiteral("<p style=\"width: 99999999px; text-indent: 99999999px; "
                                                  "letter-spacing: 99999px; line-height: 99999\">z</p>");
    QTest::newRow("font size") << QStringLiteral("<p style=\"font-size: 999999px\">큰 글자</p>") + QString(2000, u'a');
    QTest::newRow("width attributes") << QStringLiteral(
        "<table width=\"99999999\"><tr><td width=\"99999999\" height=\"99999999\">x</td></tr></table>");
    QTest::newRow("colspan") << QStringLiteral(
        "<table><tr><td colspan=\"99999\" rowspan=\"99999\">x</td></tr></table>");
    QTest::newRow("tables 40 deep") << nested(
        QStringLiteral("<table><tr><td>"), QStringLiteral("</td></tr></table>"), 40, QStringLiteral("가장 안쪽"));
    QTest::newRow("tables 40 deep, padded")
        << nested(QStringLiteral("<table cellpadding=\"8\" border=\"1\"><tr><td>a</td><td>"),
                  QStringLiteral("</td></tr></table>"),
                  40,
                  QStringLiteral("가장 안쪽"));
    // unsanitized, a 256 KB word took 11.9 s to lay out; 2 MB of it, minutes
    QTest::newRow("one 256 KB word") << QStringLiteral("<p>") + QString(256 * 1024, u'a') + QStringLiteral("</p>");
    QTest::newRow("one 256 KB word, bold pieces") << QStringLiteral("<p>")
            + QString(QString(4000, u'x') + QStringLiteral("<b>")).repeated(64) + QStringLiteral("</p>");
    QTest::newRow("divs 100000 deep") << nested(QStringLiteral("<div>"), QStringLiteral("</div>"), 100000, "x");
    QTest::newRow("blockquotes 5000 deep")
        << nested(QStringLiteral("<blockquote>"), QStringLiteral("</blockquote>"), 5000, "x");
    QTest::newRow("lists 5000 deep") << nested(QStringLiteral("<ul><li>"), QStringLiteral("</li></ul>"), 5000, "x");
}

void TestHostileLayout::hostileBodiesLayOutFast()
{
    QFETCH(QString, html);
    QElapsedTimer timer;
    timer.start();
    const QString body = HtmlSanitizer::sanitize(html, QStringLiteral("https://news.example/"));
    const qint64 sanitizeMs = timer.elapsed();
    QSizeF size;
    const qint64 ms = layoutMs(body, &size);
    qInfo("%s: sanitize %lld ms, layout %lld ms, document %.0f x %.0f",
          QTest::currentDataTag(),
          sanitizeMs,
          ms,
          size.width(),
          size.height());
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("layout took %1 ms").arg(ms)));
    QVERIFY(size.width() < 100000);
}

void TestHostileLayout::longWordCostsWhatTextCosts()
{
    // 2 MB of text takes QTextDocument seconds whatever it is (the view lays out off the GUI thread); a 2 MB
    // word must cost no more than 2 MB of ordinary words
    const qint64 words = layoutMs(
        HtmlSanitizer::sanitize(QStringLiteral("<p>") + QStringLiteral("abcdefg ").repeated(256 * 1024) + "</p>"));
    const qint64 word
        = layoutMs(HtmlSanitizer::sanitize(QStringLiteral("<p>") + QString(2 * 1024 * 1024, u'a') + "</p>"));
    qInfo("2 MB: words %lld ms, one word %lld ms", words, word);
    QVERIFY2(word < 2 * words + 1000, qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(word).arg(words)));
}

void TestHostileLayout::ordinaryMarkupIsUnchanged()
{
    const QString ordinary = QStringLiteral(
        "<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\" width=\"100%\"><tr><td width=\"120\" "
        "style=\"padding: 4px 8px; margin: 0 auto; font-size: 14px; line-height: 1.6\">셀</td>"
        "<td colspan=\"2\">https://news.example/2026/11/27/a-long-but-ordinary-article-address</td></tr></table>"
        "<p style=\"text-indent: 2em; letter-spacing: -0.5px; color: #333333\">상하이 교민 사회 소식.</p>"
        "<img src=\"https://news.example/a.jpg\" width=\"640\" height=\"360\" />");
    QCOMPARE(HtmlSanitizer::sanitize(ordinary), ordinary);
    QVERIFY(layoutMs(ordinary) < 1000);
}

QTEST_MAIN(TestHostileLayout)
#include "TestHostileLayout.moc"
