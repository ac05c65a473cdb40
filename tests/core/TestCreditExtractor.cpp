// Credit extraction over our own cases (tests/data/credits/cases.json, written by tools/make_credit_cases.py):
// reporters, datelines, photo credits attached to their images, copyright lines and promo tails, with the
// negative cases that must find nothing. Each case is a row; `precisionAndRecall` reports the totals.

#include "normalize/CreditExtractor.h"
#include "sanitize/HtmlSanitizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace news;

namespace
{

QJsonArray cases()
{
    QFile f(QStringLiteral(SOSIK_TEST_DATA "/credits/cases.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).array() : QJsonArray();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray()) {
        out.append(x.toString());
    }
    return out;
}

QStringList found(const Credits& c)
{
    QStringList out;
    for (const Reporter& r : c.reporters) {
        out.append(r.name + u'/' + r.role + u'/' + r.email);
    }
    return out;
}

QString datelineOf(const Credits& c)
{
    return c.dateline.city.isEmpty() ? QString() : c.dateline.city + u'/' + c.dateline.agency;
}

struct Tally
{
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    void add(const QStringList& expected, const QStringList& actual)
    {
        for (const QString& a : actual) {
            expected.contains(a) ? ++truePositive : ++falsePositive;
        }
        for (const QString& e : expected) {
            falseNegative += actual.contains(e) ? 0 : 1;
        }
    }
    double precision() const
    {
        return truePositive + falsePositive == 0 ? 1.0 : double(truePositive) / (truePositive + falsePositive);
    }
    double recall() const
    {
        return truePositive + falseNegative == 0 ? 1.0 : double(truePositive) / (truePositive + falseNegative);
    }
};

} // namespace

class TestCreditExtractor : public QObject
{
    Q_OBJECT

private slots:
    void cases_data();
    void cases();
    void precisionAndRecall();
    void authorFieldSplitting();
    void attributesStayQuoted();
    void plainTextIsTheCleanedBodys_data();
    void plainTextIsTheCleanedBodys();
};

void TestCreditExtractor::cases_data()
{
    QTest::addColumn<QJsonObject>("c");
    const QJsonArray all = ::cases();
    QVERIFY(all.size() >= 80);
    for (const QJsonValue& v : all) {
        QTest::newRow(qPrintable(v.toObject().value("name").toString())) << v.toObject();
    }
}

void TestCreditExtractor::cases()
{
    QFETCH(QJsonObject, c);
    const ExtractedCredits x = extractCredits(c.value("html").toString(), c.value("authors").toString());
    const Credits& credits = x.credits;
    QCOMPARE(found(credits), strings(c.value("reporters")));
    QCOMPARE(datelineOf(credits), c.value("dateline").toString());
    QCOMPARE(credits.photoSources(), strings(c.value("photo_credits")));
    QCOMPARE(!credits.copyright.isEmpty(), c.value("copyright").toBool());
    if (c.contains("copyright_text")) {
        QCOMPARE(credits.copyright, c.value("copyright_text").toString());
    }
    const QJsonObject images = c.value("images").toObject();
    for (auto it = images.begin(); it != images.end(); ++it) {
        const auto image
            = std::find_if(x.images.begin(), x.images.end(), [&](const ImageCredit& i) { return i.src == it.key(); });
        QVERIFY2(image != x.images.end(), qPrintable(it.key()));
        QCOMPARE(image->credit, it.value().toString());
    }
    for (const QString& gone : strings(c.value("body_excludes"))) {
        QVERIFY2(!x.cleanedHtml.contains(gone), qPrintable(gone + QStringLiteral(" / ") + x.cleanedHtml));
    }
    for (const QString& kept : strings(c.value("body_contains"))) {
        QVERIFY2(x.cleanedHtml.contains(kept), qPrintable(kept + QStringLiteral(" / ") + x.cleanedHtml));
    }
    // the index text made from the pass's own tokens is the store's (#12)
    QCOMPARE(x.plainText, HtmlSanitizer::toPlainText(x.cleanedHtml));
}

void TestCreditExtractor::precisionAndRecall()
{
    // reporters by name, datelines, photo credits and copyright lines over every case
    Tally reporters;
    Tally datelines;
    Tally photos;
    Tally copyrights;
    for (const QJsonValue& v : ::cases()) {
        const QJsonObject c = v.toObject();
        const Credits credits = extractCredits(c.value("html").toString(), c.value("authors").toString()).credits;
        QStringList names;
        for (const Reporter& r : credits.reporters) {
            names.append(r.name);
        }
        QStringList expectedNames;
        for (const QString& r : strings(c.value("reporters"))) {
            expectedNames.append(r.section(u'/', 0, 0));
        }
        reporters.add(expectedNames, names);
        const QString d = datelineOf(credits);
        datelines.add(c.value("dateline").toString().isEmpty() ? QStringList()
                                                               : QStringList{c.value("dateline").toString()},
                      d.isEmpty() ? QStringList() : QStringList{d});
        photos.add(strings(c.value("photo_credits")), credits.photoSources());
        copyrights.add(c.value("copyright").toBool() ? QStringList{QStringLiteral("c")} : QStringList(),
                       credits.copyright.isEmpty() ? QStringList() : QStringList{QStringLiteral("c")});
    }
    const auto report = [](const char* what, const Tally& t) {
        qInfo("%-13s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)",
              what,
              t.precision(),
              t.recall(),
              t.truePositive,
              t.falsePositive,
              t.falseNegative);
    };
    report("reporters", reporters);
    report("datelines", datelines);
    report("photo credits", photos);
    report("copyright", copyrights);
    for (const Tally* t : {&reporters, &datelines, &photos, &copyrights}) {
        QVERIFY(t->precision() >= 0.95);
        QVERIFY(t->recall() >= 0.95);
    }
}

void TestCreditExtractor::authorFieldSplitting()
{
    const QList<Reporter> r = reportersFromAuthorField(QStringLiteral("홍길동 기자 · 김철수/Park Ji-ho, 디지털뉴스팀"));
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].name, QStringLiteral("홍길동"));
    QCOMPARE(r[0].role, QStringLiteral("기자"));
    QCOMPARE(r[2].name, QStringLiteral("Park Ji-ho"));
}

void TestCreditExtractor::attributesStayQuoted()
{
    // a quote inside an attribute (decoded from &quot;) must not end the attribute in the cleaned body
    const ExtractedCredits c
        = extractCredits(QStringLiteral("<p><img src=\"a.jpg\" alt=\"x&quot; onerror=&quot;steal()\"></p>"
                                        "<p>본문입니다.</p><p>저작권자 © 한빛일보 무단전재 및 재배포 금지</p>"));
    QVERIFY(!c.credits.copyright.isEmpty());
    QVERIFY2(!c.cleanedHtml.contains(QStringLiteral("\" onerror=")), qPrintable(c.cleanedHtml));
    QVERIFY(c.cleanedHtml.contains(QStringLiteral("alt=\"x&quot; onerror=&quot;steal()\"")));
}

void TestCreditExtractor::plainTextIsTheCleanedBodys_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    const QString notice = QStringLiteral("<p>ⓒ 한빛일보 무단전재 및 재배포 금지</p>");
    QTest::newRow("nothing dropped") << QStringLiteral("<p>첫 문단 &amp; 둘째</p><p>셋째</p>")
                                     << QStringLiteral("첫 문단 & 둘째 셋째");
    QTest::newRow("bare text") << QStringLiteral("  본문  뿐 ") << QStringLiteral("본문 뿐");
    QTest::newRow("copyright dropped") << QStringLiteral("<p>정부가 발표했다.</p>") + notice
                                       << QStringLiteral("정부가 발표했다.");
    // the cleaning removes the emptied <em> and with it the only space between the words: the text is read again
    QTest::newRow("emptied inline element")
        << QStringLiteral("<p>앞말<em> </em>뒷말</p>") + notice << QStringLiteral("앞말뒷말");
    QTest::newRow("figure and caption") << QStringLiteral("<figure><img src=\"https://a.example/1.jpg\">"
                                                          "<figcaption>시위대. [사진=연합뉴스]</figcaption></figure>"
                                                          "<p>본문이다.</p>")
            + notice << QString();
}

void TestCreditExtractor::plainTextIsTheCleanedBodys()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    const ExtractedCredits x = extractCredits(html);
    QVERIFY(!x.cleanedHtml.contains(u'ⓒ'));
    QCOMPARE(x.plainText, HtmlSanitizer::toPlainText(x.cleanedHtml));
    if (!text.isEmpty()) {
        QCOMPARE(x.plainText, text);
    }
}

QTEST_MAIN(TestCreditExtractor)
#include "TestCreditExtractor.moc"
