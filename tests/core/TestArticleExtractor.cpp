// The article extractor over our own fixtures (tests/data/pages, written by tools/make_extract_fixtures.py):
// the layouts Korean outlets and portals use, charsets, lazy and relative images, hostile and broken pages.
// Each fixture's expectations live in tests/data/pages/expected.json.

#include "extract/ArticleExtractor.h"
#include "extract/FullTextFetcher.h"
#include "sanitize/HtmlSanitizer.h"
#include "text/DateParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace news;

class TestArticleExtractor : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void tooBigIsRefusedUnread();
    void charsetDetection_data();
    void charsetDetection();
};

namespace
{

QJsonObject expectations()
{
    QFile f(QStringLiteral(SOSIK_TEST_DATA "/pages/expected.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

void TestArticleExtractor::fixtures_data()
{
    QTest::addColumn<QString>("name");
    const QJsonObject all = expectations();
    QVERIFY(all.size() >= 25);
    for (auto it = all.begin(); it != all.end(); ++it) {
        QTest::newRow(qPrintable(it.key())) << it.key();
    }
}

void TestArticleExtractor::fixtures()
{
    QFETCH(QString, name);
    const QJsonObject e = expectations().value(name).toObject();
    QFile file(QStringLiteral(SOSIK_TEST_DATA "/pages/%1.html").arg(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto result
        = extractArticle(file.readAll(), e.value("content_type").toString(), QUrl(e.value("url").toString()));
    if (e.value("no_crash").toBool()) {
        // hostile nesting: any clear answer will do, as long as it comes back
        if (const auto* page = std::get_if<ExtractedPage>(&result)) {
            QVERIFY(!page->contentText.isEmpty());
        } else {
            QVERIFY(!std::get<Error>(result).detail.isEmpty());
        }
        return;
    }
    if (e.value("error").toBool()) {
        QVERIFY2(std::holds_alternative<Error>(result), "an article was found where there is none");
        QVERIFY(!std::get<Error>(result).detail.isEmpty());
        return;
    }
    const auto* error = std::get_if<Error>(&result);
    QVERIFY2(!error, error ? qPrintable(error->detail) : "");
    const ExtractedPage& page = std::get<ExtractedPage>(result);
    const FullText full = prepareFullText(page, page.author);
    if (e.contains("method")) {
        QCOMPARE(page.method, e.value("method").toString());
    }
    for (const QJsonValue& v : e.value("contains").toArray()) {
        QVERIFY2(page.contentText.contains(v.toString()), qPrintable(v.toString() + " / " + page.contentText));
    }
    for (const QJsonValue& v : e.value("excludes").toArray()) {
        QVERIFY2(!full.content.contains(v.toString()), qPrintable(v.toString() + " / " + full.content));
        QVERIFY2(!page.contentText.contains(v.toString()), qPrintable(v.toString()));
    }
    if (e.contains("images")) {
        QStringList urls;
        for (const MediaRecord& m : full.media) {
            if (m.role == QLatin1String("inline")) {
                urls.append(m.url);
            }
        }
        QStringList expected;
        for (const QJsonValue& v : e.value("images").toArray()) {
            expected.append(v.toString());
        }
        QCOMPARE(urls, expected);
    }
    if (e.contains("reporters")) {
        QStringList names;
        for (const Reporter& r : full.credits.reporters) {
            names.append(r.name);
        }
        QStringList expected;
        for (const QJsonValue& v : e.value("reporters").toArray()) {
            expected.append(v.toString());
        }
        QCOMPARE(names, expected);
    }
    if (e.contains("reporter_emails")) {
        // the e-mail of a byline block in the page's header, which the author meta tag leaves out
        QStringList emails;
        for (const Reporter& r : full.credits.reporters) {
            emails.append(r.email);
        }
        QStringList expected;
        for (const QJsonValue& v : e.value("reporter_emails").toArray()) {
            expected.append(v.toString());
        }
        QCOMPARE(emails, expected);
    }
    if (e.value("copyright").toBool()) {
        QVERIFY(!full.credits.copyright.isEmpty());
        QVERIFY(!full.content.contains(QStringLiteral("무단전재"))); // moved out of the body
    }
    if (e.contains("copyright_text")) {
        QCOMPARE(full.credits.copyright, e.value("copyright_text").toString()); // the page's own, not a hidden one
    }
    // lines that credit extraction takes out of the body (tip lines, tags, copyright, signatures)
    const QString cleanedText = HtmlSanitizer::toPlainText(full.content);
    for (const QJsonValue& v : e.value("cleaned_excludes").toArray()) {
        QVERIFY2(!cleanedText.contains(v.toString()), qPrintable(v.toString() + " / " + cleanedText));
    }
    if (e.contains("photo_credits")) {
        QStringList expected;
        for (const QJsonValue& v : e.value("photo_credits").toArray()) {
            expected.append(v.toString());
        }
        QCOMPARE(full.credits.photoSources(), expected);
    }
    // each photo's credit under that photo (what the article view shows)
    const QJsonObject imageCredits = e.value("image_credits").toObject();
    for (auto it = imageCredits.begin(); it != imageCredits.end(); ++it) {
        const auto m = std::find_if(
            full.media.begin(), full.media.end(), [&](const MediaRecord& r) { return r.url == it.key(); });
        QVERIFY2(m != full.media.end(), qPrintable(it.key()));
        QCOMPARE(m->credit, it.value().toString());
    }
    if (e.contains("encoding")) {
        QCOMPARE(page.encoding, e.value("encoding").toString());
    }
    if (e.contains("title")) {
        QCOMPARE(page.title, e.value("title").toString());
    }
    if (e.contains("author")) {
        QCOMPARE(page.author, e.value("author").toString());
    }
    if (e.contains("published")) {
        QCOMPARE(DateParser::toIsoUtc(page.published), e.value("published").toString());
    }
    if (e.contains("lead_image")) {
        QCOMPARE(page.leadImage, e.value("lead_image").toString());
    }
    // whatever the page, the stored body is sanitized
    for (const char* bad : {"<script", "onerror=", "onclick=", "javascript:", "<iframe", "<form"}) {
        QVERIFY2(!full.content.contains(QLatin1String(bad)), bad);
    }
}

void TestArticleExtractor::tooBigIsRefusedUnread()
{
    ExtractLimits limits;
    limits.maxBytes = 1000;
    const auto result = extractArticle(QByteArray(5000, 'a'), QStringLiteral("text/html"), QUrl(), limits);
    QVERIFY(std::holds_alternative<Error>(result));
    QVERIFY(std::get<Error>(result).detail.contains(QStringLiteral("too big")));
}

void TestArticleExtractor::charsetDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("codec");
    const QByteArray euckr(
        "<p>\xc7\xd1\xb1\xb9\xbe\xee \xb1\xe2\xbb\xe7\xc0\xd4\xb4\xcf\xb4\xd9</p>"); // 한국어 기사입니다
    QTest::newRow("header") << euckr << "text/html; charset=EUC-KR"
                            << "cp949";
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"euc-kr\">") + euckr << "text/html"
                                  << "cp949";
    QTest::newRow("http-equiv")
        << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ks_c_5601-1987\">") + euckr << ""
        << "cp949";
    QTest::newRow("undeclared legacy") << euckr << "text/html"
                                       << "cp949";
    QTest::newRow("undeclared utf-8") << QStringLiteral("<p>한국어 기사</p>").toUtf8() << ""
                                      << "utf-8";
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF<p>x</p>") << "text/html"
                         << "utf-8";
}

void TestArticleExtractor::charsetDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, contentType);
    QFETCH(QString, codec);
    QCOMPARE(detectPageCharset(bytes, contentType), codec);
}

QTEST_MAIN(TestArticleExtractor)
#include "TestArticleExtractor.moc"
