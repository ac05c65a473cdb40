#include "parse/FeedXml.h"

#include "sanitize/HtmlSanitizer.h"

namespace news::feedparse
{

// The RSS namespaces, however a feed binds them (`<r:rss xmlns:r="http://backend.userland.com/rss2">`,
// `<rss:item>` under RSS 1.0): compared without scheme, case or a trailing "/" or "#", as feeds write them in
// every variant.
bool isRssNs(const QString& ns)
{
    if (ns.isEmpty() || ns == Ns::rss10 || ns == Ns::rss090) {
        return true;
    }
    QStringView v(ns);
    v = v.trimmed();
    for (const auto& scheme : {QLatin1String("http://"), QLatin1String("https://")}) {
        if (v.startsWith(scheme, Qt::CaseInsensitive)) {
            v = v.sliced(scheme.size());
            break;
        }
    }
    while (!v.isEmpty() && (v.endsWith(u'/') || v.endsWith(u'#'))) {
        v.chop(1);
    }
    static const QLatin1String known[] = {
        QLatin1String("purl.org/rss/1.0"),
        QLatin1String("purl.org/rss/2.0"),
        QLatin1String("my.netscape.com/rdf/simple/0.9"),
        QLatin1String("backend.userland.com/rss2"),
        QLatin1String("backend.userland.com/rss"),
        QLatin1String("blogs.law.harvard.edu/tech/rss"),
        QLatin1String("purl.org/net/rss1.1"),
        QLatin1String("purl.org/rss/1.0/modules/rss091"),
        QLatin1String("rssboard.org/rss-specification"),
        QLatin1String("www.rssboard.org/rss-specification"),
    };
    for (const QLatin1String& k : known) {
        if (v.compare(k, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool isAtomNs(const QString& ns)
{
    return ns == Ns::atom10 || ns == Ns::atom03
        || ns == QLatin1String("http://purl.org/atom/ns#draft-ietf-atompub-format-08");
}

bool isItunesNs(const QString& ns)
{
    return ns.compare(QLatin1String("http://www.itunes.com/dtds/podcast-1.0.dtd"), Qt::CaseInsensitive) == 0
        || ns == QLatin1String("http://example.com/DTDs/PodCast-1.0.dtd");
}

bool isMediaNs(const QString& ns)
{
    return ns.startsWith(QLatin1String("http://search.yahoo.com/mrss"));
}

NsKind kindOf(const QString& ns, bool atomDocument)
{
    if (ns.isEmpty()) {
        return atomDocument ? NsKind::Atom : NsKind::Rss;
    }
    if (isAtomNs(ns)) {
        return NsKind::Atom;
    }
    if (isRssNs(ns)) {
        return NsKind::Rss;
    }
    if (ns == Ns::dc) {
        return NsKind::Dc;
    }
    if (ns == Ns::dcterms) {
        return NsKind::DcTerms;
    }
    if (ns == Ns::content) {
        return NsKind::Content;
    }
    if (ns == Ns::xhtml) {
        return NsKind::Xhtml;
    }
    if (isItunesNs(ns)) {
        return NsKind::Itunes;
    }
    if (isMediaNs(ns)) {
        return NsKind::Media;
    }
    if (ns == Ns::slash) {
        return NsKind::Slash;
    }
    if (ns == Ns::wfw) {
        return NsKind::Wfw;
    }
    if (ns == Ns::rdf) {
        return NsKind::Rdf;
    }
    return NsKind::Other;
}

QString plain(const QString& s)
{
    return HtmlSanitizer::collapseWhitespace(s);
}

bool hasElementChildren(const XmlElement& el)
{
    for (const XmlNode& n : el.children) {
        if (n.element) {
            return true;
        }
    }
    return false;
}

// The markup inside an Atom xhtml construct: the wrapper div's content when there is one.
QString xhtmlInner(const XmlElement& el)
{
    const XmlElement* only = nullptr;
    int elements = 0;
    bool strayText = false;
    for (const XmlNode& n : el.children) {
        if (n.element) {
            ++elements;
            only = n.element;
        } else if (!n.text.trimmed().isEmpty()) {
            strayText = true;
        }
    }
    if (elements == 1 && !strayText && only->local == QLatin1String("div")) {
        return only->innerXml();
    }
    return el.innerXml();
}

// What an element's content is, following Atom 1.0 `type`, Atom 0.3 `type` + `mode`, and RSS habits.
TextType textTypeOf(const XmlElement& el, bool atomConstruct, QString* value)
{
    QString type = el.attribute(QLatin1String("type")).trimmed().toLower();
    const QString mode = el.attribute(QLatin1String("mode")).trimmed().toLower();
    if (const qsizetype semi = type.indexOf(u';'); semi >= 0) {
        type = type.left(semi).trimmed();
    }
    if (!atomConstruct) {
        // RSS: text is HTML; inline elements (unescaped XHTML) are serialised
        *value = hasElementChildren(el) ? el.innerXml() : el.text();
        return TextType::Html;
    }
    QString raw = el.text();
    if (mode == QLatin1String("base64")) {
        raw = QString::fromUtf8(QByteArray::fromBase64(raw.toLatin1()));
    }
    TextType kind = TextType::Text;
    if (type.isEmpty()) {
        kind = (mode == QLatin1String("xml") || hasElementChildren(el)) ? TextType::Xhtml
            : mode == QLatin1String("escaped")                          ? TextType::Html
                                                                        : TextType::Text;
    } else if (type == QLatin1String("text") || type == QLatin1String("text/plain")) {
        kind = TextType::Text;
    } else if (type == QLatin1String("html") || type == QLatin1String("text/html")) {
        kind = TextType::Html;
    } else if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml")) {
        kind = mode == QLatin1String("escaped") ? TextType::Html : TextType::Xhtml;
    } else if (type.endsWith(QLatin1String("+xml")) || type.endsWith(QLatin1String("/xml"))) {
        kind = TextType::Skip;
    } else if (type.startsWith(QLatin1String("text/"))) {
        kind = TextType::Text;
    } else {
        kind = TextType::Skip;
    }
    if (kind == TextType::Xhtml) {
        *value = hasElementChildren(el) ? xhtmlInner(el) : HtmlSanitizer::escape(raw);
    } else {
        *value = raw;
    }
    return kind;
}

} // namespace news::feedparse
