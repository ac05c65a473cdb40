// The article view's layout on the offscreen platform: what the reader sees around photos (#14).

#include "Translations.h"
#include "views/ArticleView.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTextLayout>

using namespace news;

class TestArticleView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void noBlankBandUnderAPhoto();
    void aNarrowedViewKeepsPhotosInTheColumn();
    void paragraphLinesStandAboutOneAndAHalfEmApart();
    void textSizeStepsAreProportional();
};

namespace
{

const QString kPhoto = QStringLiteral("https://example.invalid/news/photo/1.jpg");

ArticleDetail extractedArticle()
{
    // an extracted ndsoft page: a figure with its caption, then paragraphs
    ArticleDetail a;
    a.row.id = 1;
    a.row.title = QStringLiteral("상하이 한국상회 정기총회 개최");
    a.row.outlet = QStringLiteral("상하이저널");
    a.row.published = 1'796'000'000;
    a.link = QStringLiteral("https://example.invalid/news/articleView.html?idxno=1");
    a.content = QStringLiteral(
                    "<figure class=\"photo-layout\"><img src=\"%1\" alt=\"\"><figcaption>정기총회 모습 "
                    "[사진=상하이저널]</figcaption></figure><p>첫 문단이다. 한국상회는 지난 1일 정기총회를 열었다.</p>"
                    "<p>둘째 문단이다.</p>")
                    .arg(kPhoto);
    return a;
}

/// The block holding the image and its laid-out height.
QRectF imageBlock(QTextDocument* doc)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                return doc->documentLayout()->blockBoundingRect(b);
            }
        }
    }
    return {};
}

/// The width the photo is drawn at.
qreal photoWidth(QTextDocument* doc)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                return it.fragment().charFormat().toImageFormat().width();
            }
        }
    }
    return 0;
}

} // namespace

void TestArticleView::init()
{
    installTranslations(QStringLiteral("ko"));
}

void TestArticleView::noBlankBandUnderAPhoto()
{
    // the paragraphs' line height (165%) scaled the photo's line as well: a blank band of ~200 px under every
    // 300 px photo (#14). The photo's block is now the photo's height plus its small margins.
    ArticleView view;
    view.resize(700, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QImage photo(600, 300, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    const ArticleDetail a = extractedArticle();
    view.showArticle(a, {{kPhoto, photo}});
    QTRY_VERIFY(view.requestedResources().value(kPhoto));
    const QRectF block = imageBlock(view.document());
    QVERIFY(block.isValid());
    QVERIFY2(block.height() >= 300 && block.height() <= 300 + 16, qPrintable(QString::number(block.height())));
    // the caption follows right under it
    const QTextBlock next = view.document()->find(QStringLiteral("정기총회 모습")).block();
    const QRectF caption = view.document()->documentLayout()->blockBoundingRect(next);
    QVERIFY2(caption.top() - block.bottom() < 24, qPrintable(QString::number(caption.top() - block.bottom())));
}

void TestArticleView::aNarrowedViewKeepsPhotosInTheColumn()
{
    // #14's walk: with the window made small after an article was opened, its photo ran off the page and the view
    // scrolled sideways
    ArticleView view;
    view.resize(700, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QImage photo(600, 300, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    view.showArticle(extractedArticle(), {{kPhoto, photo}});
    QTRY_VERIFY(view.requestedResources().value(kPhoto));
    const qreal wide = photoWidth(view.document());
    QVERIFY(wide >= 500);
    view.resize(360, 800);
    QTRY_COMPARE(view.horizontalScrollBar()->maximum(), 0);
    QVERIFY(photoWidth(view.document()) < 360);
    QVERIFY2(imageBlock(view.document()).height() < 300, "the photo keeps its proportions, smaller");
    // made wide again, the photo comes back to its size (never past it)
    view.resize(900, 800);
    QTRY_VERIFY(qAbs(photoWidth(view.document()) - wide) < 1);
}

void TestArticleView::paragraphLinesStandAboutOneAndAHalfEmApart()
{
    // 165 % of the font's own line height (1.45 em for Noto Sans CJK) put a paragraph's lines 2.4 em apart: one
    // short paragraph read as two (#14). Portals set Korean body text at about 1.6-1.8 em.
    ArticleView view;
    view.resize(420, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ArticleDetail a = extractedArticle();
    a.content = QStringLiteral("<p>%1</p>")
                    .arg(QStringLiteral("상하이 한국상회가 올해 교민 경제 동향 보고서를 발표했다. ").repeated(8));
    view.showArticle(a, {});
    const QTextBlock block = view.document()->find(QStringLiteral("보고서를 발표했다")).block();
    QVERIFY(block.isValid());
    QTextLayout* layout = block.layout();
    QVERIFY2(layout->lineCount() >= 3, qPrintable(QString::number(layout->lineCount())));
    const qreal spacing = layout->lineAt(1).y() - layout->lineAt(0).y();
    const qreal em = QFontInfo(view.font()).pixelSize();
    QVERIFY2(spacing >= 1.5 * em && spacing <= 1.9 * em,
             qPrintable(QStringLiteral("%1 px between lines of a %2 px font").arg(spacing).arg(em)));
    // and never tighter than the font itself: lines must not overlap
    QVERIFY(spacing >= QFontMetricsF(view.font()).height());
}

void TestArticleView::textSizeStepsAreProportional()
{
    // Ctrl+= / Ctrl+- went one point at a time (#14): steps of the chosen size a reader can see
    ArticleView view;
    view.setBaseFontSize(12);
    QCOMPARE(view.font().pointSizeF(), 12.0);
    view.zoom(1);
    QCOMPARE(view.font().pointSizeF(), 14.0); // 115 %
    view.zoom(1);
    QCOMPARE(view.font().pointSizeF(), 15.5); // 130 %
    view.resetZoom();
    QCOMPARE(view.font().pointSizeF(), 12.0);
    view.zoom(-1);
    QCOMPARE(view.font().pointSizeF(), 11.0); // 90 %
    view.zoom(100);
    QCOMPARE(view.font().pointSizeF(), 30.0); // at most 250 %
    view.setBaseFontSize(16); // a new size in the settings keeps the zoom step
    QCOMPARE(view.font().pointSizeF(), 40.0);
    // zoomed all the way out from a small size: never below 8 pt (captions went down to 7 px)
    view.setBaseFontSize(9);
    view.zoom(-100);
    QCOMPARE(view.font().pointSizeF(), 8.0);
    // no size chosen: larger than the window's text (a 9 pt system font left articles in 9 pt, #14's walk)
    view.resetZoom();
    view.setBaseFontSize(0);
    QVERIFY(view.font().pointSizeF() >= 12.0);
    QVERIFY(view.font().pointSizeF() >= QApplication::font().pointSizeF() + 2);
    QCOMPARE(view.font().pointSizeF(), ArticleView::defaultPoints());
}

QTEST_MAIN(TestArticleView)
#include "TestArticleView.moc"
