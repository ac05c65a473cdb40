#include "parse/FeedParser.h"

#include "parse/ControlCharacters.h"
#include "parse/DoubleEncoding.h"
#include "parse/JsonFeed.h"
#include "parse/XmlFeedReader.h"
#include "text/ResolveUrl.h"

namespace news
{

QString formatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Rss090:
        return QStringLiteral("rss090");
    case FeedFormat::Rss091:
        return QStringLiteral("rss091");
    case FeedFormat::Rss092:
        return QStringLiteral("rss092");
    case FeedFormat::Rss093:
        return QStringLiteral("rss093");
    case FeedFormat::Rss094:
        return QStringLiteral("rss094");
    case FeedFormat::Rss20:
        return QStringLiteral("rss20");
    case FeedFormat::Rss10:
        return QStringLiteral("rss10");
    case FeedFormat::Atom03:
        return QStringLiteral("atom03");
    case FeedFormat::Atom10:
        return QStringLiteral("atom10");
    case FeedFormat::Json10:
        return QStringLiteral("json10");
    case FeedFormat::Json11:
        return QStringLiteral("json11");
    case FeedFormat::Unknown:
        break;
    }
    return {};
}

namespace
{

Result<FeedDocument> parseFeedText(QByteArray bytes, const ParseOptions& options)
{
    if (bytes.size() > options.maxBytes) {
        return Error{
            ErrorCode::TooLarge,
            QStringLiteral("document of %1 bytes exceeds the limit of %2").arg(bytes.size()).arg(options.maxBytes)};
    }
    FeedDocument doc;
    DecodedText decoded = decodeFeedBytes(bytes, options.contentType, options.encodingOverride);
    doc.encoding = decoded.encoding;
    doc.bozo = decoded.malformed;
    doc.bozoReason = decoded.problem;
    bytes = QByteArray(); // freed here when the caller handed them over

    qsizetype start = 0;
    while (start < decoded.text.size() && decoded.text.at(start).isSpace()) {
        ++start;
    }
    if (start < decoded.text.size() && (decoded.text.at(start) == u'{' || decoded.text.at(start) == u'[')) {
        return feedparse::parseJsonFeed(decoded.text, options, std::move(doc));
    }
    if (start >= decoded.text.size() || decoded.text.at(start) != u'<') {
        return Error{ErrorCode::NotAFeed, QStringLiteral("the document is neither XML nor JSON")};
    }
    const XmlDocument xml = parseXml(decoded.text, options.baseUrl);
    decoded.text = QString(); // the tree holds copies of what it needs
    if (xml.malformed) {
        doc.bozo = true;
        if (doc.bozoReason.isEmpty()) {
            doc.bozoReason = xml.error;
        }
    }
    feedparse::XmlFeedReader reader(xml, options, doc);
    if (!reader.read()) {
        const QString what = xml.root ? QStringLiteral("root element <%1> is not a feed").arg(xml.root->qname)
                                      : QStringLiteral("no XML element found: %1").arg(xml.error);
        return Error{ErrorCode::NotAFeed, what};
    }
    if (reader.m_truncated) {
        doc.bozo = true;
        if (doc.bozoReason.isEmpty()) {
            doc.bozoReason = QStringLiteral("more than %1 entries; the rest were dropped").arg(options.maxEntries);
        }
    }
    return doc;
}

} // namespace

Result<FeedDocument> parseFeed(const QByteArray& bytes, const ParseOptions& options)
{
    return parseFeed(QByteArray(bytes), options);
}

Result<FeedDocument> parseFeed(QByteArray&& bytes, const ParseOptions& options)
{
    Result<FeedDocument> result = parseFeedText(std::move(bytes), options);
    if (auto* doc = std::get_if<FeedDocument>(&result)) {
        repairDoubleEncoding(*doc); // "â€¦" back to "…" where the bytes were UTF-8
        stripControls(*doc); // no terminal escapes in any text field, whatever the format (#17)
    }
    return result;
}

} // namespace news
