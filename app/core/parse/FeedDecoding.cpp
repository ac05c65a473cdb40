// Bytes to text for every feed format (RFC 7303: charset parameter, BOM, XML declaration, UTF-8, a guess).
#include "parse/FeedParser.h"
#include "text/TextDecoder.h"

#include <QRegularExpression>

namespace news
{
namespace
{

struct ContentType
{
    QString mime;
    QString charset;
};

ContentType parseContentType(const QString& header)
{
    ContentType ct;
    const QStringList parts = header.split(u';');
    ct.mime = parts.value(0).trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts[i].indexOf(u'=');
        if (eq < 0) {
            continue;
        }
        if (parts[i].left(eq).trimmed().toLower() == QLatin1String("charset")) {
            QString value = parts[i].mid(eq + 1).trimmed();
            if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
                && value.back() == value.front()) {
                value = value.mid(1, value.size() - 2);
            }
            ct.charset = value.trimmed().toLower();
        }
    }
    return ct;
}

bool isXmlMime(const QString& mime)
{
    return mime == QLatin1String("application/xml") || mime == QLatin1String("text/xml")
        || mime.endsWith(QLatin1String("+xml")) || mime == QLatin1String("application/xml-dtd")
        || mime == QLatin1String("application/xml-external-parsed-entity")
        || mime == QLatin1String("text/xml-external-parsed-entity");
}

bool isJsonMime(const QString& mime)
{
    return mime == QLatin1String("application/json") || mime == QLatin1String("application/feed+json")
        || mime.endsWith(QLatin1String("+json"));
}

// The encoding named in an XML declaration; `bytes` must be ASCII-compatible here.
QString declaredEncoding(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 512));
    if (!head.startsWith("<?xml")) {
        return {};
    }
    const qsizetype end = head.indexOf("?>");
    const QByteArray decl = head.first(end < 0 ? head.size() : end).toByteArray();
    static const QRegularExpression re(QStringLiteral("encoding\\s*=\\s*[\"']([^\"']*)[\"']"));
    const auto m = re.match(QString::fromLatin1(decl));
    return m.hasMatch() ? m.captured(1).trimmed().toLower() : QString();
}

} // namespace

DecodedText decodeFeedBytes(const QByteArray& bytes, const QString& contentType, const QString& encodingOverride)
{
    DecodedText out;
    const ContentType ct = parseContentType(contentType);
    if (!contentType.isEmpty() && !isXmlMime(ct.mime) && !isJsonMime(ct.mime)) {
        out.malformed = true;
        out.problem = QStringLiteral("served as %1, not an XML type").arg(ct.mime);
    }
    // BOM and UTF-16/32 autodetection
    QString bomEncoding;
    qsizetype bomLength = 0;
    QString sniffed;
    const auto b = [&bytes](int i) { return i < bytes.size() ? uchar(bytes[i]) : 0x100; };
    if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
        bomEncoding = QStringLiteral("utf-8");
        bomLength = 3;
    } else if (b(0) == 0xFF && b(1) == 0xFE && b(2) == 0 && b(3) == 0) {
        bomEncoding = QStringLiteral("utf-32le");
        bomLength = 4;
    } else if (b(0) == 0 && b(1) == 0 && b(2) == 0xFE && b(3) == 0xFF) {
        bomEncoding = QStringLiteral("utf-32be");
        bomLength = 4;
    } else if (b(0) == 0xFE && b(1) == 0xFF) {
        bomEncoding = QStringLiteral("utf-16be");
        bomLength = 2;
    } else if (b(0) == 0xFF && b(1) == 0xFE) {
        bomEncoding = QStringLiteral("utf-16le");
        bomLength = 2;
    } else if (b(0) == 0 && b(1) == 0 && b(2) == 0 && b(3) == '<') {
        sniffed = QStringLiteral("utf-32be");
    } else if (b(0) == '<' && b(1) == 0 && b(2) == 0 && b(3) == 0) {
        sniffed = QStringLiteral("utf-32le");
    } else if (b(0) == 0 && b(1) == '<') {
        sniffed = QStringLiteral("utf-16be");
    } else if (b(0) == '<' && b(1) == 0) {
        sniffed = QStringLiteral("utf-16le");
    }
    // the XML declaration, read in whatever family the first bytes show
    QString declared;
    const QString family = !bomEncoding.isEmpty() ? bomEncoding : sniffed;
    if (family.startsWith(QLatin1String("utf-16")) || family.startsWith(QLatin1String("utf-32"))) {
        const QString head = TextDecoder::decode(
            QByteArrayView(bytes).sliced(bomLength).first(std::min<qsizetype>(bytes.size() - bomLength, 2048)), family);
        declared = declaredEncoding(head.toLatin1());
    } else {
        declared = declaredEncoding(QByteArrayView(bytes).sliced(bomLength));
    }

    QString label;
    if (!encodingOverride.isEmpty()) {
        label = encodingOverride.toLower();
    } else if (!ct.charset.isEmpty()) {
        label = ct.charset;
    } else if (!bomEncoding.isEmpty()) {
        label = bomEncoding;
    } else if (!declared.isEmpty()) {
        label = declared;
        if (label == QLatin1String("utf-16") || label == QLatin1String("utf-32")) {
            label = sniffed.isEmpty() ? QStringLiteral("utf-8") : sniffed;
        } else if (!sniffed.isEmpty()) {
            label = sniffed; // a UTF-16 document cannot be in an ASCII-compatible encoding
        }
    } else if (!sniffed.isEmpty()) {
        label = sniffed;
    }
    // a BOM is authoritative over any label, charset=euc-kr too (RFC 7303 §3.2, WHATWG "decode", #17)
    if (!bomEncoding.isEmpty() && label != bomEncoding) {
        label = bomEncoding;
    }
    QString codec = label.isEmpty() ? QStringLiteral("utf-8") : TextDecoder::codecForLabel(label);
    if (codec.isEmpty()) {
        out.malformed = true;
        out.problem = QStringLiteral("unknown encoding '%1'").arg(label);
        label.clear();
        codec = QStringLiteral("utf-8");
    }
    if ((codec.startsWith(QLatin1String("utf-16")) || codec.startsWith(QLatin1String("utf-32")))
        && bomEncoding.isEmpty() && sniffed.isEmpty()) {
        // declared as UTF-16/32 but the bytes are ASCII-compatible
        codec = QStringLiteral("utf-8");
        label = QStringLiteral("utf-8");
    }
    const QByteArrayView body = QByteArrayView(bytes).sliced(bomLength);
    // US-ASCII (from the HTTP header or the declaration) with bytes beyond it: the label is wrong. The bytes
    // are read as what they are (UTF-8 when valid, else the declaration's or windows-1252) and the feed is
    // flagged, as a strict decoder would fail on them.
    static const QStringList asciiLabels = {QStringLiteral("us-ascii"),
                                            QStringLiteral("ascii"),
                                            QStringLiteral("ansi_x3.4-1968"),
                                            QStringLiteral("iso646-us"),
                                            QStringLiteral("us"),
                                            QStringLiteral("646")};
    if (asciiLabels.contains(label) && std::any_of(body.begin(), body.end(), [](char c) { return uchar(c) >= 0x80; })) {
        out.malformed = true;
        out.problem = QStringLiteral("declared %1 but has 8-bit bytes").arg(label);
        const QString fromDeclaration
            = declared.isEmpty() || asciiLabels.contains(declared) ? QString() : TextDecoder::codecForLabel(declared);
        if (TextDecoder::isValidUtf8(body)) {
            label = QStringLiteral("utf-8");
        } else if (!fromDeclaration.isEmpty()) {
            label = declared;
        } else {
            label = QStringLiteral("windows-1252");
        }
        codec = TextDecoder::codecForLabel(label);
    }
    // text/xml (and text/*+xml) without a charset: RFC 3023 read it as US-ASCII, RFC 7303, which we follow,
    // reads the declaration. 8-bit bytes are where the two disagree: the feed is read by its declaration and
    // flagged, as an RFC 3023 reader would have failed on it.
    if (ct.charset.isEmpty() && encodingOverride.isEmpty() && bomEncoding.isEmpty() && sniffed.isEmpty()
        && ct.mime.startsWith(QLatin1String("text/")) && isXmlMime(ct.mime) && !out.malformed
        && std::any_of(body.begin(), body.end(), [](char c) { return uchar(c) >= 0x80; })) {
        out.malformed = true;
        out.problem
            = QStringLiteral("served as %1 without a charset (US-ASCII by RFC 3023) but has 8-bit bytes").arg(ct.mime);
    }
    bool errors = false;
    out.text = TextDecoder::decode(body, codec, &errors);
    if (errors && codec == QLatin1String("utf-8")) {
        // declared (or defaulted to) UTF-8 but it is not: Korean sites still send CP949 this way
        out.malformed = true;
        if (out.problem.isEmpty()) {
            out.problem
                = QStringLiteral("bytes are not valid %1").arg(label.isEmpty() ? QStringLiteral("utf-8") : label);
        }
        if (bomLength == 0) {
            label = TextDecoder::guessLegacyEncoding(body);
            codec = TextDecoder::codecForLabel(label);
            errors = false;
            out.text = TextDecoder::decode(body, codec, &errors);
        }
    }
    if (errors && !out.malformed) {
        out.malformed = true;
        out.problem = QStringLiteral("invalid byte sequences for %1").arg(label);
    }
    out.encoding = label.isEmpty() ? codec : label;
    return out;
}

} // namespace news
