#include "export/HtmlExport.h"
#include "extract/ArticleExtractor.h"
#include "normalize/CreditExtractor.h"
#include "render/ArticleRenderer.h"
#include "render/PortalTime.h"
#include "sanitize/HtmlSanitizer.h"

#include <QFile>
#include <QTest>

using namespace news;

class TestArticleRenderer : public QObject
{
    Q_OBJECT

private slots:
    void datelineShowsOnceWhereTheBodyOpensWithIt();
    void ndsoftFigureGetsCaptionAndCreditUnderThePhoto();
    void paragraphsWithoutGapsOrIndents();
    void timesAsPortalsPrintThem();
    void hostileMarkupIsBounded();
    void exportLoadsNothingRemote();
    void captionLineAfterAPhotoIsShownOnce();
};

namespace
{

ArticleDetail article(const QString& body)
{
    ArticleDetail a;
    a.row.id = 7;
    a.row.title = QStringLiteral("교민 경제 동향 보고서 발표");
    a.row.outlet = QStringLiteral("상하이저널");
    a.row.published = 1'796'000'000;
    a.row.comments = 3;
    a.link = QStringLiteral("https://www.example.kr/news/articleView.html?idxno=1");
    a.content = body;
    a.credits = Credits::fromJson(
        QStringLiteral("{\"copyright\":\"저작권자 © 상하이저널 무단전재 및 재배포 금지\",\"dateline\":{\"agency\":"
                       "\"연합뉴스\",\"city\":\"서울\"},\"photo_credits\":[\"상하이저널\"],\"reporters\":[{\"email\":"
                       "\"hong@example.kr\",\"name\":\"홍길동\",\"role\":\"기자\"}]}"));
    return a;
}

QString render(const ArticleDetail& a, RenderOptions options = {})
{
    options.localZone = QTimeZone(QByteArrayLiteral("Asia/Seoul"));
    return ArticleRenderer::render(a, options);
}

} // namespace

void TestArticleRenderer::ndsoftFigureGetsCaptionAndCreditUnderThePhoto()
{
    // the ndsoft page form: <figure class="photo-layout"> rendered badly and lost 사진출처 (#14)
    const ArticleDetail a = article(QStringLiteral(
        "<article class=\"article-veiw-body\"><figure class=\"photo-layout\"><img alt=\"\" "
        "src=\"https://example.invalid/p/1.jpg\" width=\"600\" height=\"400\" />\n<figcaption>한국상회 회의 "
        "모습 [사진출처=상하이저널]</figcaption></figure><p>첫 문단이다.</p><p>둘째 문단이다.</p>\n</article>"));
    RenderOptions options;
    options.columnWidth = 300;
    options.imageSizes.insert(QStringLiteral("https://example.invalid/p/1.jpg"), QSize(600, 400));
    const QString html = render(a, options);
    const qsizetype img = html.indexOf(QStringLiteral("<img src=\"https://example.invalid/p/1.jpg\""));
    QVERIFY(img > 0);
    QVERIFY(html.contains(QStringLiteral("width=\"300\"/>"))); // fitted to the column
    const qsizetype caption = html.indexOf(QStringLiteral("<p class=\"caption\">한국상회 회의 모습"));
    const qsizetype credit = html.indexOf(QStringLiteral("[사진출처=상하이저널]"), caption);
    QVERIFY(!html.contains(QStringLiteral("class=\"credit\""))); // the caption's own credit is not repeated
    const qsizetype first = html.indexOf(QStringLiteral("첫 문단이다."));
    QVERIFY2(img < caption && caption < credit && credit < first, qPrintable(html)); // under the photo
    QVERIFY(html.contains(QStringLiteral("홍길동 기자 <a href=\"mailto:hong@example.kr\">")));
    QVERIFY(html.contains(QStringLiteral("(서울=연합뉴스)")));
    QVERIFY(html.contains(QStringLiteral("저작권자 © 상하이저널")));
    QVERIFY(html.contains(QStringLiteral("3 comment")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://www.example.kr/news/articleView.html?idxno=1\"")));
    QVERIFY(!html.contains(QStringLiteral("figure"))); // QTextDocument knows no <figure>
    QVERIFY(!html.contains(QStringLiteral("class=\"photo-layout\"")));
}

void TestArticleRenderer::paragraphsWithoutGapsOrIndents()
{
    const QString body
        = QStringLiteral("<div>&nbsp;&nbsp;　첫 줄이다<br>같은 문단이다<br><br><br><br>다음 문단이다</div>"
                         "<p></p><p>&nbsp;</p><p><br></p><div><span>  셋째 문단 </span></div><p>  넷째</p>");
    const QString html = ArticleRenderer::renderBody(body, {}, {});
    QCOMPARE(
        html,
        QStringLiteral("<p>첫 줄이다<br/>같은 문단이다</p>\n<p>다음 문단이다</p>\n<p>셋째 문단</p>\n<p>넷째</p>\n"));
}

void TestArticleRenderer::timesAsPortalsPrintThem()
{
    const qint64 t
        = QDateTime(QDate(2026, 12, 1), QTime(16, 11), QTimeZone(QByteArrayLiteral("Asia/Seoul"))).toSecsSinceEpoch();
    QCOMPARE(PortalTime::timeLine(t, 0, true, QTimeZone(QByteArrayLiteral("Asia/Seoul"))),
             QStringLiteral("Published 2026.12.01. 16:11"));
    QCOMPARE(PortalTime::timeLine(t, t + 3600, true, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))),
             QStringLiteral("Published 2026.12.01. Shanghai 15:11 · Korea 16:11 · Updated 2026.12.01. Shanghai "
                            "16:11 · Korea 17:11"));
}

void TestArticleRenderer::hostileMarkupIsBounded()
{
    QString deep;
    for (int i = 0; i < 40; ++i) {
        deep += QStringLiteral("<table cellpadding=\"99999999\"><tr><td style=\"padding:99999px\">");
    }
    deep += QStringLiteral("안쪽") + QString(100000, u'a');
    RenderOptions options;
    options.maxBodyChars = 60000;
    const QString html = ArticleRenderer::renderBody(deep, {}, options);
    QVERIFY(!html.contains(QStringLiteral("99999")));
    QVERIFY(html.count(QStringLiteral("<table")) <= 1);
    QVERIFY(html.contains(QChar(0x200B))); // the long word can break
    QVERIFY(html.contains(QStringLiteral("class=\"note\""))); // cut, with a note
    QVERIFY(html.size() < 80000);
}

void TestArticleRenderer::datelineShowsOnceWhereTheBodyOpensWithIt()
{
    // the byline row and the body's first words both read "(서울=연합뉴스)" (#14's walk)
    const QString opens = render(article(QStringLiteral("<p>(서울=연합뉴스) 홍길동 기자 = 정부가 1일 발표했다.</p>")));
    QCOMPARE(HtmlSanitizer::toPlainText(opens).count(QStringLiteral("(서울=연합뉴스)")), 1);
    QVERIFY(opens.contains(QStringLiteral("hong@example.kr"))); // the byline row stays
    // a body that does not open with it: the byline row carries it
    const QString plain = render(article(QStringLiteral("<p>정부가 1일 발표했다.</p>")));
    QCOMPARE(HtmlSanitizer::toPlainText(plain).count(QStringLiteral("(서울=연합뉴스)")), 1);
    QVERIFY(plain.contains(QStringLiteral("class=\"dateline\"")));
}

void TestArticleRenderer::exportLoadsNothingRemote()
{
    ArticleDetail a = article(QStringLiteral(
        "<p>본문</p><video src=\"https://cdn.example/v.mp4\" poster=\"https://cdn.example/p.jpg\">"
        "<source src=\"https://cdn.example/v.webm\"></video><audio src=\"https://cdn.example/a.mp3\"></audio>"
        "<table background=\"https://cdn.example/bg.jpg\"><tr><td background=\"https://cdn.example/c.jpg\">표"
        "</td></tr></table><img src=\"https://cdn.example/not-stored.jpg\">"));
    const QString html = QString::fromUtf8(HtmlExport::build(QStringLiteral("내보내기"), {a}))
                             .replace(QChar(0x00A0), u' '); // the times hold together with no-break spaces
    QVERIFY(!html.contains(QStringLiteral("cdn.example")));
    QVERIFY(!html.contains(QStringLiteral("%%")));
    QVERIFY(html.contains(QStringLiteral("max-width:100%")));
    QVERIFY(html.contains(QStringLiteral("(서울=연합뉴스)"))); // dateline
    QVERIFY(html.contains(QStringLiteral("3 comment")));
    QVERIFY(html.contains(QStringLiteral("상하이저널"))); // 사진출처 line (no photo carried it)
    QVERIFY(html.contains(QStringLiteral("Published ")));
}

void TestArticleRenderer::captionLineAfterAPhotoIsShownOnce()
{
    // the caption is the paragraph after the photo (no figcaption): the credit extraction puts it under the
    // photo, and the body still holds that line; the view showed "와이탄의 야경" twice (#13, fixture 34)
    QFile f(QStringLiteral(SOSIK_TEST_DATA "/pages/34-photo-credits.html"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto page = extractArticle(
        f.readAll(), QStringLiteral("text/html"), QUrl(QStringLiteral("https://example.invalid/news/1")));
    QVERIFY(std::holds_alternative<ExtractedPage>(page));
    const ExtractedCredits x = extractCredits(std::get<ExtractedPage>(page).contentHtml);
    ArticleDetail a = article(x.cleanedHtml);
    a.credits = x.credits;
    const QString html = render(a);
    // shown once (as text: the image's alt attribute holds it too)
    QVERIFY2(html.count(QStringLiteral(">와이탄의 야경")) == 1, qPrintable(html));
    QCOMPARE(html.count(QStringLiteral(">항구의 컨테이너들")), 1);
    // a caption that names its sources is not followed by them again; both agencies are its sources
    QVERIFY(html.contains(QStringLiteral("<p class=\"caption\">항구의 컨테이너들. 로이터 연합뉴스</p>")));
    QVERIFY(!html.contains(QStringLiteral("Photos: ")));
    const qsizetype photo = html.indexOf(QStringLiteral("https://example.invalid/photo/bund.jpg"));
    const qsizetype caption = html.indexOf(QStringLiteral("<p class=\"caption\">와이탄의 야경"));
    QVERIFY2(photo > 0 && caption > photo, qPrintable(html)); // under its photo, with its credit
    QVERIFY(html.indexOf(QStringLiteral("상해일보(上海日报)"), caption) > caption);
    // an ordinary paragraph that merely follows a photo stays
    const QString kept = ArticleRenderer::renderBody(
        QStringLiteral("<p><img src=\"https://example.invalid/a.jpg\"></p><p>본문 첫 문단이다.</p>"), {}, {});
    QVERIFY(kept.contains(QStringLiteral("본문 첫 문단이다.")));
}

QTEST_GUILESS_MAIN(TestArticleRenderer)
#include "TestArticleRenderer.moc"
