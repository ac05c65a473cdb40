#include "parse/FeedParser.h"
#include "text/DateParser.h"
#include "text/LinkCanonicalizer.h"

#include <QFile>
#include <QTest>

using namespace news;

namespace
{

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(SOSIK_TEST_DATA "/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return f.readAll();
}

FeedDocument parseOk(const QByteArray& bytes, ParseOptions options = {})
{
    auto result = parseFeed(bytes, options);
    if (auto* error = std::get_if<Error>(&result)) {
        qFatal("parse failed: %s", qPrintable(error->detail));
    }
    return std::get<FeedDocument>(result);
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void eucKrDeclaredOnlyInXmlDeclaration();
    void eucKrGivenOnlyInHttpHeader();
    void cdataHtmlIsSanitized();
    void missingGuidLeavesIdEmpty();
    void numericGuidIsNotALink();
    void idElementInsteadOfGuid();
    void tableWrappedThumbnailWithUnquotedSrc();
    void zonelessDatesUseDefaultZone();
    void dcDateOnly();
    void contentEncodedWithEmptyDescription();
    void trackingParametersSurviveParsingButNotCanonicalisation();
    void feedWithoutItemDatesReportsMissing();
    void mediaCreditsAndCommentCounts();
    void atomXhtmlAndRelativeLinks();
    void truncatedDocumentKeepsWhatCameBefore();
    void htmlPageIsNotAFeed();
    void binaryIsNotAFeed();
    void arbitraryJsonIsNotAFeed();
    void jsonFeed();
    void oversizedInputIsRefused();
    void entryCountIsCapped();
    void formats_data();
    void formats();
    void asciiLabelWithEightBitBytesIsBozo();
    void rssNamespaceUnderAnyPrefix_data();
    void rssNamespaceUnderAnyPrefix();
    void textXmlWithoutCharsetAndEightBitBytesIsBozo();
    void doubleEncodedUtf8IsRepaired();
};

// The HTTP header says US-ASCII but the bytes are not (#13): read as what they are, and flagged.
void TestFeedParser::asciiLabelWithEightBitBytesIsBozo()
{
    const QByteArray bytes
        = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>한빛일보</title>"
                         "<item><title>교민 소식</title></item></channel></rss>")
              .toUtf8();
    ParseOptions options;
    options.contentType = QStringLiteral("application/rss+xml; charset=us-ascii");
    const FeedDocument doc = parseOk(bytes, options);
    QVERIFY(doc.bozo);
    QCOMPARE(doc.encoding, QStringLiteral("utf-8"));
    QCOMPARE(doc.title, QStringLiteral("한빛일보"));
    // the same label on plain ASCII is fine
    const FeedDocument ascii = parseOk("<rss version=\"2.0\"><channel><title>Hanbit</title></channel></rss>", options);
    QVERIFY(!ascii.bozo);
}

void TestFeedParser::rssNamespaceUnderAnyPrefix_data()
{
    QTest::addColumn<QString>("ns");
    QTest::newRow("userland rss2") << "http://backend.userland.com/rss2";
    QTest::newRow("trailing slash") << "http://backend.userland.com/rss2/";
    QTest::newRow("upper case") << "http://Backend.Userland.com/RSS2";
    QTest::newRow("https") << "https://blogs.law.harvard.edu/tech/rss";
    QTest::newRow("rss 1.0 without slash") << "http://purl.org/rss/1.0";
    QTest::newRow("rss091 module") << "http://purl.org/rss/1.0/modules/rss091#";
    // a namespace no list knows: the root <rss> is in it, so its elements are RSS elements
    QTest::newRow("unknown namespace of the root") << "http://backend.userland.com/rss2.1";
}

// An RSS document whose elements all carry an RSS namespace under a prefix of its own (#13).
void TestFeedParser::rssNamespaceUnderAnyPrefix()
{
    QFETCH(QString, ns);
    const QByteArray bytes
        = QStringLiteral("<zz:rss version=\"2.0\" xmlns:zz=\"%1\"><zz:channel><zz:title>한빛</zz:title>"
                         "<zz:item><zz:title>교민 소식</zz:title><zz:link>https://news.example.kr/1</zz:link>"
                         "<zz:description>본문입니다</zz:description></zz:item></zz:channel></zz:rss>")
              .arg(ns)
              .toUtf8();
    const FeedDocument doc = parseOk(bytes);
    QCOMPARE(doc.title, QStringLiteral("한빛"));
    QCOMPARE(doc.entries.size(), 1);
    QCOMPARE(doc.entries[0].title, QStringLiteral("교민 소식"));
    QCOMPARE(doc.entries[0].link, QStringLiteral("https://news.example.kr/1"));
}

// text/xml without a charset is US-ASCII by RFC 3023; we read the declaration (RFC 7303), and flag the
// disagreement when the bytes are not ASCII (#13). The text itself is read right either way.
void TestFeedParser::textXmlWithoutCharsetAndEightBitBytesIsBozo()
{
    const QByteArray korean
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                         "<title>상하이 교민신문</title><item><title>푸둥 소식</title></item></channel></rss>")
              .toUtf8();
    ParseOptions textXml;
    textXml.contentType = QStringLiteral("text/xml");
    const FeedDocument doc = parseOk(korean, textXml);
    QVERIFY(doc.bozo);
    QVERIFY2(doc.bozoReason.contains(QLatin1String("without a charset")), qPrintable(doc.bozoReason));
    QCOMPARE(doc.encoding, QStringLiteral("utf-8"));
    QCOMPARE(doc.title, QStringLiteral("상하이 교민신문"));
    QCOMPARE(doc.entries.value(0).title, QStringLiteral("푸둥 소식"));

    ParseOptions withCharset;
    withCharset.contentType = QStringLiteral("text/xml; charset=utf-8");
    QVERIFY(!parseOk(korean, withCharset).bozo);
    ParseOptions applicationXml;
    applicationXml.contentType = QStringLiteral("application/rss+xml");
    QVERIFY(!parseOk(korean, applicationXml).bozo);
    QVERIFY(!parseOk(korean).bozo); // a local file: the declaration decides
    QVERIFY(!parseOk("<rss version=\"2.0\"><channel><title>Hanbit</title></channel></rss>", textXml).bozo);
}

// UTF-8 that went through ISO-8859-1/windows-1252 once more ("â€¦" for "…") is read as what it was, in every
// text field of a UTF-8 document; real Latin-1 letters, Hangul and other encodings' documents are left alone.
void TestFeedParser::doubleEncodedUtf8IsRepaired()
{
    const QString ellipsis = QString::fromLatin1("\xE2") + QChar(0x20AC) + QChar(0x00A6); // "…" read as cp1252
    const QString eAcute = QString::fromLatin1("\xC3\xA9"); // "é" read as Latin-1
    const QByteArray bytes
        = (QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>R") + eAcute
           + QStringLiteral("sum") + eAcute + QStringLiteral("</title><item><title>wait") + ellipsis
           + QStringLiteral("</title><description>&#226;&#128;&#166;</description><author>caf\u00e9</author>"
                            "<category>상하이")
           + ellipsis + QStringLiteral("</category></item></channel></rss>"))
              .toUtf8();
    const FeedDocument doc = parseOk(bytes);
    QCOMPARE(doc.title, QStringLiteral("Résumé"));
    QCOMPARE(doc.entries.size(), 1);
    const FeedEntry& e = doc.entries[0];
    QCOMPARE(e.title, QStringLiteral("wait…"));
    QVERIFY2(e.summary.contains(QStringLiteral("…")) && !e.summary.contains(QChar(0x20AC)), qPrintable(e.summary));
    QCOMPARE(e.author, QStringLiteral("café")); // one Latin-1 letter is not UTF-8: kept
    QCOMPARE(e.categories.value(0), QStringLiteral("상하이") + ellipsis); // beside Hangul it cannot be mojibake

    // a windows-1252 document is not touched: its "Ã©" was written so
    const QByteArray cp1252("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\">"
                            "<channel><title>R\xC3\xA9sum\xC3\xA9</title></channel></rss>");
    QCOMPARE(parseOk(cp1252).title, QStringLiteral("R") + eAcute + QStringLiteral("sum") + eAcute);
}

void TestFeedParser::eucKrDeclaredOnlyInXmlDeclaration()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("euckr_declared_in_xml_only.xml")));
    QCOMPARE(doc.encoding, QStringLiteral("euc-kr"));
    QVERIFY(!doc.bozo);
    QCOMPARE(doc.title, QStringLiteral("한빛일보 - 경제"));
    QCOMPARE(doc.entries.size(), 1);
    QCOMPARE(doc.entries[0].title, QStringLiteral("똠양꿍 가게 앞 \"햏\" 간판 화제")); // CP949-only syllables
    QCOMPARE(doc.entries[0].published, utc(2024, 1, 14, 23, 36, 24));
}

void TestFeedParser::eucKrGivenOnlyInHttpHeader()
{
    QByteArray bytes = fixture(QStringLiteral("euckr_declared_in_xml_only.xml"));
    bytes.replace("<?xml version=\"1.0\" encoding=\"EUC-KR\"?>", "<?xml version=\"1.0\"?>");
    ParseOptions options;
    options.contentType = QStringLiteral("text/xml; charset=EUC-KR");
    const FeedDocument doc = parseOk(bytes, options);
    QCOMPARE(doc.encoding, QStringLiteral("euc-kr"));
    QVERIFY(!doc.bozo);
    QCOMPARE(doc.entries[0].title, QStringLiteral("똠양꿍 가게 앞 \"햏\" 간판 화제"));

    // served as text/xml without a charset (RFC 7303: not US-ASCII) nor a declaration: sniffed as CP949
    const FeedDocument sniffed = parseOk(bytes, ParseOptions{QStringLiteral("text/xml"), {}, {}, {}});
    QCOMPARE(sniffed.encoding, QStringLiteral("euc-kr"));
    QVERIFY(sniffed.bozo); // undeclared legacy bytes are flagged, but read
    QCOMPARE(sniffed.title, QStringLiteral("한빛일보 - 경제"));
}

void TestFeedParser::cdataHtmlIsSanitized()
{
    ParseOptions options;
    options.baseUrl = QStringLiteral("https://news.example.kr/rss/all.xml");
    const FeedDocument doc = parseOk(fixture(QStringLiteral("cdata_html_description.xml")), options);
    const FeedEntry& e = doc.entries.at(0);
    QCOMPARE(e.title, QStringLiteral("반도체 수출 3개월 연속 증가")); // markup removed from titles
    QVERIFY(e.summary.contains(QStringLiteral("반도체 수출이 늘었다.")));
    QVERIFY(!e.summary.contains(QLatin1String("script")));
    QVERIFY(!e.summary.contains(QLatin1String("alert")));
    QVERIFY(!e.summary.contains(QLatin1String("onerror")));
    QVERIFY(e.summary.contains(QLatin1String("src=\"https://news.example.kr/photo/1.jpg\"")));
}

void TestFeedParser::missingGuidLeavesIdEmpty()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("missing_guid.xml")));
    QVERIFY(doc.entries[0].id.isEmpty());
    QCOMPARE(doc.entries[0].link, QStringLiteral("http://news.example.kr/view?id=7"));
}

void TestFeedParser::numericGuidIsNotALink()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("numeric_guid.xml")));
    QCOMPARE(doc.entries[0].id, QStringLiteral("20240115000123"));
    QVERIFY(doc.entries[0].link.isEmpty());
}

void TestFeedParser::idElementInsteadOfGuid()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("id_instead_of_guid.xml")));
    QCOMPARE(doc.entries[0].id, QStringLiteral("news-88231"));
}

void TestFeedParser::tableWrappedThumbnailWithUnquotedSrc()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("table_thumbnail_unquoted_src.xml")));
    const QString& summary = doc.entries[0].summary;
    QVERIFY2(summary.contains(QLatin1String("<img src=\"http://www.shanghai-portal.example/data/thumb/1.jpg\"")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("교민 300여 명")));
}

void TestFeedParser::zonelessDatesUseDefaultZone()
{
    ParseOptions options;
    options.defaultZone = DateParser::zoneById(QStringLiteral("Asia/Seoul"));
    const FeedDocument doc = parseOk(fixture(QStringLiteral("zoneless_dates.xml")), options);
    QCOMPARE(doc.entries.size(), 5);
    QCOMPARE(doc.entries[0].published, utc(2024, 1, 14, 23, 36, 24));
    QCOMPARE(doc.entries[1].published, utc(2025, 1, 17, 23, 0, 5));
    QCOMPARE(doc.entries[2].published, utc(2024, 1, 14, 23, 36));
    QCOMPARE(doc.entries[3].published, utc(2024, 1, 15, 11, 36));
    QCOMPARE(doc.entries[4].published, utc(2004, 5, 25, 14, 23, 17));
}

void TestFeedParser::dcDateOnly()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("dc_date_only.xml")));
    QCOMPARE(doc.format, FeedFormat::Rss10);
    QVERIFY(!doc.entries[0].published.isValid());
    QCOMPARE(doc.entries[0].updated, utc(2024, 3, 1, 0));
    QCOMPARE(doc.entries[0].author, QStringLiteral("홍길동 기자"));
    QCOMPARE(doc.entries[0].id, QStringLiteral("http://news.example.kr/1"));
}

void TestFeedParser::contentEncodedWithEmptyDescription()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("content_encoded_empty_description.xml")));
    QVERIFY(doc.entries[0].summary.isEmpty());
    QVERIFY(doc.entries[0].content.contains(QStringLiteral("전체 본문이 여기에 있다.")));
    QVERIFY(doc.entries[0].content.contains(QStringLiteral("<p>둘째 문단.</p>")));
}

void TestFeedParser::trackingParametersSurviveParsingButNotCanonicalisation()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("tracking_parameters.xml")));
    const QString link = doc.entries[0].link;
    QVERIFY(link.contains(QLatin1String("utm_source=rss")));
    QCOMPARE(canonicalLink(link), QStringLiteral("https://news.example.kr/article/55?id=55"));
}

void TestFeedParser::feedWithoutItemDatesReportsMissing()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("no_item_dates.xml")));
    QCOMPARE(doc.entries.size(), 2);
    for (const FeedEntry& e : doc.entries) {
        QVERIFY(!e.published.isValid());
        QVERIFY(!e.updated.isValid());
    }
}

void TestFeedParser::mediaCreditsAndCommentCounts()
{
    ParseOptions options;
    options.baseUrl = QStringLiteral("https://news.example.kr/rss.xml");
    const FeedDocument doc = parseOk(fixture(QStringLiteral("media_credit_comments.xml")), options);
    const FeedEntry& e = doc.entries[0];
    QCOMPARE(e.commentCount, 17);
    QCOMPARE(e.commentRss, QStringLiteral("http://news.example.kr/p1/comments.xml"));
    QCOMPARE(e.media.size(), 2);
    QCOMPARE(e.media[0].url, QStringLiteral("http://img.example.kr/p1.jpg"));
    QCOMPARE(e.media[0].caption, QStringLiteral("와이탄 야경"));
    QCOMPARE(e.media[0].credit, QStringLiteral("사진=상하이저널"));
    QVERIFY(e.media[1].thumbnail);
    QCOMPARE(e.media[1].url, QStringLiteral("https://img.example.kr/p1_t.jpg")); // protocol-relative
    QCOMPARE(e.author, QStringLiteral("김민수, 이지은 · Park Jiho"));
}

void TestFeedParser::atomXhtmlAndRelativeLinks()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("atom_korean.xml")));
    QCOMPARE(doc.format, FeedFormat::Atom10);
    QCOMPARE(doc.language, QStringLiteral("ko"));
    QCOMPARE(doc.link, QStringLiteral("https://blog.example.kr/"));
    const FeedEntry& e = doc.entries[0];
    QCOMPARE(e.title, QStringLiteral("상하이 지하철 19호선 개통"));
    QCOMPARE(e.link, QStringLiteral("https://blog.example.kr/posts/19"));
    QCOMPARE(e.author, QStringLiteral("이서연"));
    QCOMPARE(e.authorEmail, QStringLiteral("seoyeon@blog.example.kr"));
    QCOMPARE(e.published, utc(2024, 3, 1, 1));
    QVERIFY(e.content.contains(QLatin1String("href=\"https://blog.example.kr/tag/metro\"")));
}

void TestFeedParser::truncatedDocumentKeepsWhatCameBefore()
{
    const FeedDocument doc = parseOk(fixture(QStringLiteral("malformed_truncated.xml")));
    QVERIFY(doc.bozo);
    QVERIFY(!doc.bozoReason.isEmpty());
    QCOMPARE(doc.title, QStringLiteral("잘린 피드 \u00A0 AT&T"));
    QCOMPARE(doc.entries.size(), 3);
    QCOMPARE(doc.entries[1].title, QStringLiteral("둘째 기사 © 2024"));
    QCOMPARE(doc.entries[2].title, QStringLiteral("잘린 기"));
}

void TestFeedParser::htmlPageIsNotAFeed()
{
    const auto result = parseFeed(fixture(QStringLiteral("not_a_feed.html")));
    const auto* error = std::get_if<Error>(&result);
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::NotAFeed);
}

void TestFeedParser::binaryIsNotAFeed()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(4096, '\x00'));
    const auto result = parseFeed(png);
    QVERIFY(std::holds_alternative<Error>(result));
    QCOMPARE(std::get<Error>(result).code, ErrorCode::NotAFeed);
}

void TestFeedParser::arbitraryJsonIsNotAFeed()
{
    const auto result = parseFeed(QByteArray(R"({"hello": "world"})"));
    QVERIFY(std::holds_alternative<Error>(result));
    QCOMPARE(std::get<Error>(result).code, ErrorCode::NotAFeed);
}

void TestFeedParser::jsonFeed()
{
    const QByteArray json = QStringLiteral(R"({"version": "https://jsonfeed.org/version/1.1", "title": "소식 JSON",
        "home_page_url": "https://json.example.kr/", "items": [{"id": 42, "title": "제목 <b>굵게</b>",
        "url": "/a/42", "content_html": "<p>본문</p><script>x()</script>", "date_published": "2024-03-01T09:00:00+09:00",
        "authors": [{"name": "최기자"}], "tags": ["경제"], "attachments": [{"url": "/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 1000}]}]})")
                                .toUtf8();
    ParseOptions options;
    options.baseUrl = QStringLiteral("https://json.example.kr/feed.json");
    const FeedDocument doc = parseOk(json, options);
    QCOMPARE(doc.format, FeedFormat::Json11);
    QCOMPARE(doc.title, QStringLiteral("소식 JSON"));
    const FeedEntry& e = doc.entries[0];
    QCOMPARE(e.id, QStringLiteral("42"));
    QCOMPARE(e.link, QStringLiteral("https://json.example.kr/a/42"));
    QCOMPARE(e.content, QStringLiteral("<p>본문</p>"));
    QCOMPARE(e.published, utc(2024, 3, 1, 0));
    QCOMPARE(e.author, QStringLiteral("최기자"));
    QCOMPARE(e.categories, QStringList{QStringLiteral("경제")});
    QCOMPARE(e.enclosures.at(0).length, 1000);
}

void TestFeedParser::oversizedInputIsRefused()
{
    ParseOptions options;
    options.maxBytes = 1024;
    const auto result = parseFeed(QByteArray(2048, ' '), options);
    QVERIFY(std::holds_alternative<Error>(result));
    QCOMPARE(std::get<Error>(result).code, ErrorCode::TooLarge);
}

void TestFeedParser::entryCountIsCapped()
{
    QByteArray feed = "<rss version=\"2.0\"><channel><title>many</title>";
    for (int i = 0; i < 50; ++i) {
        feed += "<item><title>" + QByteArray::number(i) + "</title></item>";
    }
    feed += "</channel></rss>";
    ParseOptions options;
    options.maxEntries = 10;
    const FeedDocument doc = parseOk(feed, options);
    QCOMPARE(doc.entries.size(), 10);
    QVERIFY(doc.bozo);
}

void TestFeedParser::formats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FeedFormat>("format");
    QTest::newRow("rss 0.91") << QByteArray("<rss version=\"0.91\"><channel/></rss>") << FeedFormat::Rss091;
    QTest::newRow("rss 0.92") << QByteArray("<rss version=\"0.92\"><channel/></rss>") << FeedFormat::Rss092;
    QTest::newRow("rss 2.0") << QByteArray("<rss version=\"2.0\"><channel/></rss>") << FeedFormat::Rss20;
    QTest::newRow("rss 1.0") << QByteArray("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                                           "xmlns=\"http://purl.org/rss/1.0/\"><channel/></rdf:RDF>")
                             << FeedFormat::Rss10;
    QTest::newRow("rss 0.90") << QByteArray("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                                            "xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel/></rdf:RDF>")
                              << FeedFormat::Rss090;
    QTest::newRow("atom 1.0") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>") << FeedFormat::Atom10;
    QTest::newRow("atom 0.3") << QByteArray("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"/>")
                              << FeedFormat::Atom03;
}

void TestFeedParser::formats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FeedFormat, format);
    QCOMPARE(parseOk(bytes).format, format);
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "TestFeedParser.moc"
