#include "parse/FeedParser.h"

#include "parse/ControlCharacters.h"
#include "parse/DateParser.h"
#include "parse/TextDecoder.h"
#include "parse/XmlDocument.h"
#include "sanitize/HtmlSanitizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

namespace Ns
{
const QString atom10 = QStringLiteral("http://www.w3.org/2005/Atom");
const QString atom03 = QStringLiteral("http://purl.org/atom/ns#");
const QString rss090 = QStringLiteral("http://my.netscape.com/rdf/simple/0.9/");
const QString rss10 = QStringLiteral("http://purl.org/rss/1.0/");
const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
const QString content = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const QString xhtml = QStringLiteral("http://www.w3.org/1999/xhtml");
const QString slash = QStringLiteral("http://purl.org/rss/1.0/modules/slash/");
const QString wfw = QStringLiteral("http://wellformedweb.org/CommentAPI/");
} // namespace Ns

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

enum class NsKind
{
    Rss,
    Atom,
    Dc,
    DcTerms,
    Content,
    Xhtml,
    Itunes,
    Media,
    Slash,
    Wfw,
    Rdf,
    Other,
};

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

enum class TextType
{
    Text,
    Html,
    Xhtml,
    Skip,
};

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

class XmlFeedReader
{
public:
    XmlFeedReader(const XmlDocument& doc, const ParseOptions& options, FeedDocument& out)
        : m_doc(doc)
        , m_options(options)
        , m_out(out)
    {
    }

    bool read()
    {
        const XmlElement* root = m_doc.root;
        if (!root) {
            return false;
        }
        const QString& name = root->local;
        if (name == QLatin1String("rss")) {
            const QString version = root->attribute(QLatin1String("version")).trimmed();
            if (version == QLatin1String("0.91")) {
                m_out.format = FeedFormat::Rss091;
            } else if (version == QLatin1String("0.92")) {
                m_out.format = FeedFormat::Rss092;
            } else if (version == QLatin1String("0.93")) {
                m_out.format = FeedFormat::Rss093;
            } else if (version == QLatin1String("0.94")) {
                m_out.format = FeedFormat::Rss094;
            } else if (version.startsWith(QLatin1String("2."))) {
                m_out.format = FeedFormat::Rss20;
            }
            readRss(*root);
        } else if (name == QLatin1String("rdf") && (root->ns == Ns::rdf || root->ns.isEmpty())) {
            bool rss090 = m_doc.rootDefaultNamespace == Ns::rss090;
            for (const XmlNode& n : root->children) {
                rss090 = rss090 || (n.element && n.element->ns == Ns::rss090);
            }
            m_out.format = rss090 ? FeedFormat::Rss090 : FeedFormat::Rss10;
            readRss(*root);
        } else if (name == QLatin1String("feed")) {
            m_atom = true;
            if (root->ns == Ns::atom10) {
                m_out.format = FeedFormat::Atom10;
            } else if (root->ns == Ns::atom03 || root->attribute(QLatin1String("version")) == QLatin1String("0.3")) {
                m_out.format = FeedFormat::Atom03;
            } else {
                m_out.format = FeedFormat::Atom10;
            }
            m_atomNs = root->ns;
            readAtomFeed(*root);
        } else if (name == QLatin1String("channel")) {
            readCdf(*root); // Microsoft CDF: a format without a version we report
        } else {
            return false;
        }
        if (m_out.language.isEmpty()) {
            m_out.language = root->lang;
            if (m_out.language.isEmpty()) {
                for (const XmlNode& n : root->children) {
                    if (n.element && (n.element->local == QLatin1String("channel"))) {
                        m_out.language = n.element->lang;
                    }
                }
            }
        }
        m_out.language.replace(u'_', u'-');
        return true;
    }

private:
    NsKind kind(const XmlElement& el) const
    {
        if (m_atom && !m_atomNs.isEmpty() && el.ns == m_atomNs) {
            return NsKind::Atom; // Atom drafts and renamed namespaces read as Atom
        }
        return kindOf(el.ns, m_atom);
    }

    bool is(const XmlElement& el, NsKind k, QLatin1String local) const { return el.local == local && kind(el) == k; }

    QDateTime date(const XmlElement& el) const { return DateParser::parse(el.text(), m_options.defaultZone); }

    QString link(const XmlElement& el, const QString& ref) const { return resolveUrl(el.base, ref); }

    QString plainOf(const XmlElement& el, bool atomConstruct) const
    {
        QString value;
        switch (textTypeOf(el, atomConstruct, &value)) {
        case TextType::Text:
            return plain(value);
        case TextType::Html:
        case TextType::Xhtml:
            return HtmlSanitizer::toPlainText(value);
        case TextType::Skip:
            break;
        }
        return {};
    }

    QString htmlOf(const XmlElement& el, bool atomConstruct, QString* plainText = nullptr) const
    {
        QString value;
        switch (textTypeOf(el, atomConstruct, &value)) {
        case TextType::Text:
            if (plainText) {
                *plainText = plain(value);
            }
            return HtmlSanitizer::escape(value.trimmed());
        case TextType::Html:
        case TextType::Xhtml:
            return HtmlSanitizer::sanitize(value.trimmed(), el.base, plainText);
        case TextType::Skip:
            break;
        }
        return {};
    }

    // The body fields keep their visible text too (for the search index), computed in the same pass.
    void setBody(QString& field, QString& textField, const XmlElement& el, bool atomConstruct) const
    {
        if (!field.isEmpty()) {
            return;
        }
        field = htmlOf(el, atomConstruct, &textField);
    }

    static void setOnce(QString& field, const QString& value)
    {
        if (field.isEmpty() && !value.isEmpty()) {
            field = value;
        }
    }

    static void setOnce(QDateTime& field, const QDateTime& value)
    {
        if (!field.isValid() && value.isValid()) {
            field = value;
        }
    }

    // "Name (me@example.com)", "me@example.com (Name)", "Name <me@example.com>", "mailto:…"
    static void splitAuthor(const QString& raw, QString* name, QString* email)
    {
        static const QRegularExpression emailRe(
            QStringLiteral("(?:mailto:)?([A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)"));
        const QString text = plain(raw);
        const auto m = emailRe.match(text);
        if (!m.hasMatch()) {
            *name = text;
            email->clear();
            return;
        }
        *email = m.captured(1);
        QString rest = text;
        rest.remove(m.capturedStart(), m.capturedLength());
        rest.replace(QLatin1String("()"), QString());
        rest.replace(QLatin1String("<>"), QString());
        rest = rest.trimmed();
        while (rest.startsWith(u'(') && rest.endsWith(u')')) {
            rest = rest.mid(1, rest.size() - 2).trimmed();
        }
        if (rest.startsWith(u'(') || rest.startsWith(u'<')) {
            rest.remove(0, 1);
        }
        if (rest.endsWith(u')') || rest.endsWith(u'>')) {
            rest.chop(1);
        }
        *name = rest.trimmed();
    }

    void addAuthor(const QString& raw, QString& author, QString& email, QStringList* all)
    {
        QString name;
        QString mail;
        splitAuthor(raw, &name, &mail);
        if (name.isEmpty() && mail.isEmpty()) {
            return;
        }
        if (author.isEmpty() && email.isEmpty()) {
            author = name.isEmpty() ? mail : name;
            email = mail;
        }
        if (all && !name.isEmpty()) {
            all->append(name);
        }
    }

    void atomPerson(const XmlElement& el, QString* name, QString* email) const
    {
        for (const XmlNode& n : el.children) {
            if (!n.element) {
                continue;
            }
            if (n.element->local == QLatin1String("name")) {
                setOnce(*name, plain(n.element->text()));
            } else if (n.element->local == QLatin1String("email")) {
                setOnce(*email, plain(n.element->text()));
            }
        }
        if (name->isEmpty() && !hasElementChildren(el)) {
            *name = plain(el.text()); // Atom 0.3 era feeds sometimes write the name directly
        }
    }

    void readAtomLink(const XmlElement& el, QString* alternate, QList<Enclosure>* enclosures) const
    {
        const QString rel = el.attribute(QLatin1String("rel")).trimmed().toLower();
        QString href = el.attribute(QLatin1String("href"));
        if (href.isNull() && !hasElementChildren(el)) {
            href = el.text();
        }
        const QString url = link(el, href.trimmed());
        if (rel.isEmpty() || rel == QLatin1String("alternate")) {
            if (alternate) {
                setOnce(*alternate, url);
            }
        } else if (rel == QLatin1String("enclosure") && enclosures && !url.isEmpty()) {
            Enclosure e;
            e.url = url;
            e.type = el.attribute(QLatin1String("type")).trimmed();
            bool ok = false;
            const qint64 length = el.attribute(QLatin1String("length")).trimmed().toLongLong(&ok);
            e.length = ok ? length : -1;
            enclosures->append(e);
        }
    }

    // ---------------------------------------------------------------- RSS and RDF

    void readRss(const XmlElement& root)
    {
        const XmlElement* channel = nullptr;
        for (const XmlNode& n : root.children) {
            if (n.element && n.element->local == QLatin1String("channel") && kind(*n.element) == NsKind::Rss) {
                channel = n.element;
                break;
            }
        }
        if (channel) {
            readRssChannel(*channel);
        } else {
            readRssChannel(root); // channel fields directly under <rss>: read what is there
        }
        // items: children of channel (RSS 0.9x/2.0) or of the root (RDF), in document order
        auto collect = [this](const XmlElement& parent) {
            for (const XmlNode& n : parent.children) {
                if (n.element && n.element->local == QLatin1String("item") && kind(*n.element) == NsKind::Rss) {
                    if (int(m_out.entries.size()) >= m_options.maxEntries) {
                        m_truncated = true;
                        return;
                    }
                    m_out.entries.append(readRssItem(*n.element));
                }
            }
        };
        if (channel) {
            collect(*channel);
        }
        collect(root);
    }

    void readRssChannel(const XmlElement& channel)
    {
        FeedDocument& f = m_out;
        for (const XmlNode& n : channel.children) {
            if (!n.element) {
                continue;
            }
            const XmlElement& el = *n.element;
            const NsKind k = kind(el);
            const QString& l = el.local;
            if (k == NsKind::Rss || k == NsKind::Dc) {
                if (l == QLatin1String("title")) {
                    setOnce(f.title, plainOf(el, false));
                } else if (l == QLatin1String("description") && k == NsKind::Rss) {
                    setOnce(f.subtitle, htmlOf(el, false));
                } else if (l == QLatin1String("description")) {
                    setOnce(f.subtitle, htmlOf(el, false));
                } else if (l == QLatin1String("link") && k == NsKind::Rss) {
                    setOnce(f.link, link(el, el.text()));
                } else if (l == QLatin1String("language")) {
                    setOnce(f.language, plain(el.text()));
                } else if (l == QLatin1String("copyright") || l == QLatin1String("rights")) {
                    setOnce(f.rights, htmlOf(el, false));
                } else if (l == QLatin1String("lastbuilddate") || l == QLatin1String("date")) {
                    setOnce(f.updated, date(el));
                } else if (l == QLatin1String("pubdate")) {
                    setOnce(f.published, date(el));
                } else if (l == QLatin1String("managingeditor") || l == QLatin1String("creator")
                           || l == QLatin1String("author")) {
                    addAuthor(el.text(), f.author, f.authorEmail, nullptr);
                } else if (l == QLatin1String("generator")) {
                    setOnce(f.generator, plain(el.text()));
                } else if (l == QLatin1String("image") && k == NsKind::Rss) {
                    if (const XmlElement* url = el.firstChild(el.ns, QLatin1String("url"))) {
                        setOnce(f.image, link(*url, url->text()));
                    }
                    const QString about = el.attribute(Ns::rdf, QLatin1String("resource"));
                    if (!about.isEmpty()) {
                        setOnce(f.image, link(el, about));
                    }
                } else if (l == QLatin1String("guid")) {
                    setOnce(f.id, plain(el.text()));
                }
            } else if (k == NsKind::DcTerms) {
                if (l == QLatin1String("modified")) {
                    setOnce(f.updated, date(el));
                } else if (l == QLatin1String("issued")) {
                    setOnce(f.published, date(el));
                } else if (l == QLatin1String("rights")) {
                    setOnce(f.rights, htmlOf(el, false));
                }
            } else if (k == NsKind::Atom) {
                if (l == QLatin1String("link")) {
                    readAtomLink(el, &f.link, nullptr);
                } else if (l == QLatin1String("title")) {
                    setOnce(f.title, plainOf(el, true));
                } else if (l == QLatin1String("subtitle")) {
                    setOnce(f.subtitle, htmlOf(el, true));
                } else if (l == QLatin1String("updated")) {
                    setOnce(f.updated, date(el));
                } else if (l == QLatin1String("id")) {
                    setOnce(f.id, plain(el.text()));
                } else if (l == QLatin1String("icon")) {
                    setOnce(f.icon, link(el, el.text()));
                } else if (l == QLatin1String("logo")) {
                    setOnce(f.image, link(el, el.text()));
                }
            } else if (k == NsKind::Itunes) {
                if (l == QLatin1String("author")) {
                    addAuthor(el.text(), f.author, f.authorEmail, nullptr);
                } else if (l == QLatin1String("image")) {
                    QString href = el.attribute(QLatin1String("href"));
                    if (href.isEmpty()) {
                        href = el.attribute(QLatin1String("url"));
                    }
                    if (href.isEmpty()) {
                        href = el.text();
                    }
                    setOnce(f.image, link(el, href.trimmed()));
                } else if (l == QLatin1String("link")
                           && el.attribute(QLatin1String("rel")).trimmed().toLower() == QLatin1String("image")) {
                    setOnce(f.image, link(el, el.attribute(QLatin1String("href")).trimmed()));
                } else if (l == QLatin1String("subtitle") || l == QLatin1String("summary")) {
                    setOnce(f.subtitle, htmlOf(el, false));
                }
            } else if (k == NsKind::Xhtml && l == QLatin1String("body")) {
                // not used at the feed level
            }
        }
    }

    FeedEntry readRssItem(const XmlElement& item)
    {
        FeedEntry e;
        QString guid;
        bool guidIsPermalink = true;
        QString guidBase;
        const QString about = item.attribute(Ns::rdf, QLatin1String("about"));
        QString itunesSummary;
        QString summaryFallback;
        QString rssSummary;
        QString rssId;
        m_mediaTitle.clear();
        m_mediaDescription.clear();
        for (const XmlNode& n : item.children) {
            if (!n.element) {
                continue;
            }
            const XmlElement& el = *n.element;
            const NsKind k = kind(el);
            const QString& l = el.local;
            switch (k) {
            case NsKind::Rss:
            case NsKind::Dc:
                if (l == QLatin1String("title")) {
                    setOnce(e.title, plainOf(el, false));
                } else if (l == QLatin1String("link") && k == NsKind::Rss) {
                    setOnce(e.link, link(el, el.text()));
                } else if (l == QLatin1String("description")) {
                    if (k == NsKind::Rss) {
                        setBody(e.summary, e.summaryText, el, false);
                    } else {
                        setOnce(summaryFallback, htmlOf(el, false));
                    }
                } else if (l == QLatin1String("guid") && k == NsKind::Rss) {
                    if (guid.isEmpty()) {
                        guid = plain(el.text());
                        guidBase = el.base;
                        guidIsPermalink
                            = el.attribute(QLatin1String("ispermalink")).trimmed().toLower() != QLatin1String("false");
                    }
                } else if (l == QLatin1String("pubdate")) {
                    setOnce(e.published, date(el));
                } else if (l == QLatin1String("date")) {
                    setOnce(e.updated, date(el));
                } else if (l == QLatin1String("author") || l == QLatin1String("creator")) {
                    addAuthor(el.text(), e.author, e.authorEmail, &e.authors);
                } else if (l == QLatin1String("category") || l == QLatin1String("subject")) {
                    const QString term = plain(el.text());
                    if (!term.isEmpty()) {
                        e.categories.append(term);
                    }
                } else if (l == QLatin1String("enclosure") && k == NsKind::Rss) {
                    Enclosure enc;
                    enc.url = link(el, el.attribute(QLatin1String("url")).trimmed());
                    enc.type = el.attribute(QLatin1String("type")).trimmed();
                    bool ok = false;
                    const qint64 length = el.attribute(QLatin1String("length")).trimmed().toLongLong(&ok);
                    enc.length = ok ? length : -1;
                    if (!enc.url.isEmpty()) {
                        e.enclosures.append(enc);
                    }
                } else if (l == QLatin1String("comments") && k == NsKind::Rss) {
                    setOnce(e.comments, link(el, el.text()));
                } else if (l == QLatin1String("source") && k == NsKind::Rss) {
                    setOnce(e.sourceTitle, plain(el.text()));
                    setOnce(e.sourceLink, link(el, el.attribute(QLatin1String("url")).trimmed()));
                } else if (l == QLatin1String("contributor")) {
                    const QString name = plain(el.text());
                    if (!name.isEmpty()) {
                        e.contributors.append(name);
                    }
                } else if (l == QLatin1String("fullitem") || (l == QLatin1String("body") && k == NsKind::Rss)) {
                    setOnce(e.content, htmlOf(el, false));
                } else if (l == QLatin1String("summary") && k == NsKind::Rss) {
                    setOnce(rssSummary, htmlOf(el, false));
                } else if (l == QLatin1String("id") && k == NsKind::Rss) {
                    setOnce(rssId, plain(el.text())); // some portals write <id> where <guid> belongs
                }
                break;
            case NsKind::DcTerms:
                if (l == QLatin1String("issued")) {
                    setOnce(e.published, date(el));
                } else if (l == QLatin1String("modified")) {
                    setOnce(e.updated, date(el));
                } else if (l == QLatin1String("created")) {
                    setOnce(e.created, date(el));
                }
                break;
            case NsKind::Content:
                if (l == QLatin1String("encoded")) {
                    setBody(e.content, e.contentText, el, false);
                }
                break;
            case NsKind::Xhtml:
                if (l == QLatin1String("body") || l == QLatin1String("div")) {
                    setOnce(e.content, HtmlSanitizer::sanitize(el.innerXml().trimmed(), el.base));
                }
                break;
            case NsKind::Atom:
                if (l == QLatin1String("link")) {
                    readAtomLink(el, &e.link, &e.enclosures);
                } else if (l == QLatin1String("updated")) {
                    setOnce(e.updated, date(el));
                } else if (l == QLatin1String("published")) {
                    setOnce(e.published, date(el));
                } else if (l == QLatin1String("summary")) {
                    setOnce(e.summary, htmlOf(el, true));
                } else if (l == QLatin1String("content")) {
                    setOnce(e.content, htmlOf(el, true));
                } else if (l == QLatin1String("id")) {
                    if (guid.isEmpty()) {
                        guid = plain(el.text());
                        guidIsPermalink = false;
                    }
                } else if (l == QLatin1String("author")) {
                    QString name;
                    QString email;
                    atomPerson(el, &name, &email);
                    if (e.author.isEmpty() && (!name.isEmpty() || !email.isEmpty())) {
                        e.author = name;
                        e.authorEmail = email;
                    }
                    if (!name.isEmpty()) {
                        e.authors.append(name);
                    }
                }
                break;
            case NsKind::Itunes:
                if (l == QLatin1String("author")) {
                    addAuthor(el.text(), e.author, e.authorEmail, &e.authors);
                } else if (l == QLatin1String("summary")) {
                    setOnce(itunesSummary, htmlOf(el, false));
                }
                break;
            case NsKind::Media:
                readMedia(el, e);
                break;
            case NsKind::Slash:
                if (l == QLatin1String("comments")) {
                    bool ok = false;
                    const int count = el.text().trimmed().toInt(&ok);
                    if (ok && e.commentCount < 0) {
                        e.commentCount = count;
                    }
                }
                break;
            case NsKind::Wfw:
                if (l == QLatin1String("commentrss") || l == QLatin1String("commentrss")) {
                    setOnce(e.commentRss, link(el, el.text()));
                }
                break;
            default:
                break;
            }
        }
        if (!rssSummary.isEmpty()) {
            // <summary> beside <description>: the short one is the summary, the description the body
            if (e.content.isEmpty()) {
                e.content = e.summary;
            }
            e.summary = rssSummary;
        }
        setOnce(e.summary, summaryFallback);
        setOnce(e.summary, itunesSummary);
        setOnce(e.summary, m_mediaDescription);
        setOnce(e.title, m_mediaTitle);
        e.id = !guid.isEmpty() ? guid : !about.isEmpty() ? about : rssId;
        if (e.link.isEmpty() && !guid.isEmpty() && guidIsPermalink) {
            const QString candidate = resolveUrl(guidBase, guid);
            if (candidate.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                || candidate.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
                e.link = candidate;
            }
        }
        if (e.link.isEmpty() && !about.isEmpty() && m_out.format == FeedFormat::Rss10) {
            // RSS 1.0 requires <link>; rdf:about is the item's URI
        }
        return e;
    }

    void readMedia(const XmlElement& el, FeedEntry& e)
    {
        const QString& l = el.local;
        if (l == QLatin1String("group")) {
            for (const XmlNode& n : el.children) {
                if (n.element && isMediaNs(n.element->ns)) {
                    readMedia(*n.element, e);
                }
            }
            return;
        }
        if (l == QLatin1String("content") || l == QLatin1String("thumbnail")) {
            MediaItem m;
            m.url = link(el, el.attribute(QLatin1String("url")).trimmed());
            m.type = el.attribute(QLatin1String("type")).trimmed();
            if (m.type.isEmpty()) {
                m.type = el.attribute(QLatin1String("medium")).trimmed();
            }
            m.thumbnail = l == QLatin1String("thumbnail");
            for (const XmlNode& n : el.children) {
                if (!n.element || !isMediaNs(n.element->ns)) {
                    continue;
                }
                if (n.element->local == QLatin1String("description")) {
                    m.caption = HtmlSanitizer::toPlainText(n.element->text());
                } else if (n.element->local == QLatin1String("credit")) {
                    m.credit = plain(n.element->text());
                } else if (n.element->local == QLatin1String("title") && m.caption.isEmpty()) {
                    m.caption = HtmlSanitizer::toPlainText(n.element->text());
                }
            }
            if (!m.url.isEmpty()) {
                e.media.append(m);
            }
            return;
        }
        if (l == QLatin1String("title")) {
            setOnce(m_mediaTitle, HtmlSanitizer::toPlainText(el.text()));
        } else if (l == QLatin1String("description")) {
            setOnce(m_mediaDescription,
                    el.attribute(QLatin1String("type")) == QLatin1String("html")
                        ? HtmlSanitizer::sanitize(el.text(), el.base)
                        : HtmlSanitizer::escape(el.text().trimmed()));
        }
        // item-level media:credit / media:description apply to the first media item
        if ((l == QLatin1String("credit") || l == QLatin1String("description")) && !e.media.isEmpty()) {
            MediaItem& m = e.media.first();
            if (l == QLatin1String("credit")) {
                setOnce(m.credit, plain(el.text()));
            } else {
                setOnce(m.caption, HtmlSanitizer::toPlainText(el.text()));
            }
        }
    }

    // ---------------------------------------------------------------- Atom

    void readAtomFeed(const XmlElement& feed)
    {
        FeedDocument& f = m_out;
        for (const XmlNode& n : feed.children) {
            if (!n.element) {
                continue;
            }
            const XmlElement& el = *n.element;
            const NsKind k = kind(el);
            const QString& l = el.local;
            if (k == NsKind::Atom) {
                if (l == QLatin1String("title")) {
                    setOnce(f.title, plainOf(el, true));
                } else if (l == QLatin1String("subtitle") || l == QLatin1String("tagline")) {
                    setOnce(f.subtitle, htmlOf(el, true));
                } else if (l == QLatin1String("link")) {
                    readAtomLink(el, &f.link, nullptr);
                } else if (l == QLatin1String("id")) {
                    setOnce(f.id, plain(el.text()));
                } else if (l == QLatin1String("updated") || l == QLatin1String("modified")) {
                    setOnce(f.updated, date(el));
                } else if (l == QLatin1String("published") || l == QLatin1String("issued")) {
                    setOnce(f.published, date(el));
                } else if (l == QLatin1String("author")) {
                    QString name;
                    QString email;
                    atomPerson(el, &name, &email);
                    if (f.author.isEmpty() && f.authorEmail.isEmpty()) {
                        f.author = name;
                        f.authorEmail = email;
                    }
                } else if (l == QLatin1String("generator")) {
                    setOnce(f.generator, plain(el.text()));
                } else if (l == QLatin1String("rights") || l == QLatin1String("copyright")) {
                    setOnce(f.rights, htmlOf(el, true));
                } else if (l == QLatin1String("icon")) {
                    setOnce(f.icon, link(el, el.text()));
                } else if (l == QLatin1String("logo")) {
                    setOnce(f.image, link(el, el.text()));
                } else if (l == QLatin1String("entry")) {
                    if (int(m_out.entries.size()) >= m_options.maxEntries) {
                        m_truncated = true;
                        continue;
                    }
                    m_out.entries.append(readAtomEntry(el));
                }
            } else if (k == NsKind::Dc) {
                if (l == QLatin1String("language")) {
                    setOnce(f.language, plain(el.text()));
                } else if (l == QLatin1String("creator")) {
                    addAuthor(el.text(), f.author, f.authorEmail, nullptr);
                } else if (l == QLatin1String("rights")) {
                    setOnce(f.rights, htmlOf(el, false));
                } else if (l == QLatin1String("date")) {
                    setOnce(f.updated, date(el));
                } else if (l == QLatin1String("title")) {
                    setOnce(f.title, plainOf(el, false));
                }
            } else if (k == NsKind::Itunes && l == QLatin1String("image")) {
                setOnce(f.image, link(el, el.attribute(QLatin1String("href")).trimmed()));
            }
        }
    }

    FeedEntry readAtomEntry(const XmlElement& entry)
    {
        FeedEntry e;
        m_mediaTitle.clear();
        m_mediaDescription.clear();
        for (const XmlNode& n : entry.children) {
            if (!n.element) {
                continue;
            }
            const XmlElement& el = *n.element;
            const NsKind k = kind(el);
            const QString& l = el.local;
            if (k == NsKind::Atom) {
                if (l == QLatin1String("title")) {
                    setOnce(e.title, plainOf(el, true));
                } else if (l == QLatin1String("link")) {
                    readAtomLink(el, &e.link, &e.enclosures);
                } else if (l == QLatin1String("id")) {
                    setOnce(e.id, plain(el.text()));
                } else if (l == QLatin1String("published") || l == QLatin1String("issued")) {
                    setOnce(e.published, date(el));
                } else if (l == QLatin1String("updated") || l == QLatin1String("modified")) {
                    setOnce(e.updated, date(el));
                } else if (l == QLatin1String("created")) {
                    setOnce(e.created, date(el));
                } else if (l == QLatin1String("author")) {
                    QString name;
                    QString email;
                    atomPerson(el, &name, &email);
                    if (e.author.isEmpty() && e.authorEmail.isEmpty()) {
                        e.author = name;
                        e.authorEmail = email;
                    }
                    if (!name.isEmpty()) {
                        e.authors.append(name);
                    }
                } else if (l == QLatin1String("contributor")) {
                    QString name;
                    QString email;
                    atomPerson(el, &name, &email);
                    if (!name.isEmpty()) {
                        e.contributors.append(name);
                    }
                } else if (l == QLatin1String("summary")) {
                    setBody(e.summary, e.summaryText, el, true);
                } else if (l == QLatin1String("content")) {
                    if (e.content.isEmpty()) {
                        e.content = htmlOf(el, true, &e.contentText);
                        const QString src = el.attribute(QLatin1String("src")).trimmed();
                        if (e.content.isEmpty() && !src.isEmpty()) {
                            setOnce(e.link, link(el, src));
                        }
                    }
                } else if (l == QLatin1String("category")) {
                    QString term = plain(el.attribute(QLatin1String("term")));
                    if (term.isEmpty()) {
                        term = plain(el.attribute(QLatin1String("label")));
                    }
                    if (term.isEmpty()) {
                        term = plain(el.text());
                    }
                    if (!term.isEmpty()) {
                        e.categories.append(term);
                    }
                } else if (l == QLatin1String("source")) {
                    for (const XmlNode& s : el.children) {
                        if (!s.element || kind(*s.element) != NsKind::Atom) {
                            continue;
                        }
                        if (s.element->local == QLatin1String("title")) {
                            setOnce(e.sourceTitle, plainOf(*s.element, true));
                        } else if (s.element->local == QLatin1String("link")) {
                            readAtomLink(*s.element, &e.sourceLink, nullptr);
                        }
                    }
                }
            } else if (k == NsKind::Dc) {
                if (l == QLatin1String("creator") || l == QLatin1String("author")) {
                    addAuthor(el.text(), e.author, e.authorEmail, &e.authors);
                } else if (l == QLatin1String("subject")) {
                    const QString term = plain(el.text());
                    if (!term.isEmpty()) {
                        e.categories.append(term);
                    }
                } else if (l == QLatin1String("date")) {
                    setOnce(e.updated, date(el));
                } else if (l == QLatin1String("description")) {
                    setOnce(e.summary, htmlOf(el, false));
                }
            } else if (k == NsKind::DcTerms) {
                if (l == QLatin1String("issued")) {
                    setOnce(e.published, date(el));
                } else if (l == QLatin1String("modified")) {
                    setOnce(e.updated, date(el));
                } else if (l == QLatin1String("created")) {
                    setOnce(e.created, date(el));
                }
            } else if (k == NsKind::Content && l == QLatin1String("encoded")) {
                setOnce(e.content, htmlOf(el, false));
            } else if (k == NsKind::Media) {
                readMedia(el, e);
            } else if (k == NsKind::Xhtml && l == QLatin1String("body")) {
                setOnce(e.content, HtmlSanitizer::sanitize(el.innerXml().trimmed(), el.base));
            } else if (k == NsKind::Slash && l == QLatin1String("comments")) {
                bool ok = false;
                const int count = el.text().trimmed().toInt(&ok);
                if (ok && e.commentCount < 0) {
                    e.commentCount = count;
                }
            }
        }
        setOnce(e.summary, m_mediaDescription);
        setOnce(e.title, m_mediaTitle);
        return e;
    }

    // ---------------------------------------------------------------- CDF

    void readCdf(const XmlElement& channel)
    {
        FeedDocument& f = m_out;
        f.link = link(channel, channel.attribute(QLatin1String("href")).trimmed());
        f.updated = DateParser::parse(channel.attribute(QLatin1String("lastmod")), m_options.defaultZone);
        for (const XmlNode& n : channel.children) {
            if (!n.element) {
                continue;
            }
            const XmlElement& el = *n.element;
            if (el.local == QLatin1String("title")) {
                setOnce(f.title, plainOf(el, false));
            } else if (el.local == QLatin1String("abstract")) {
                setOnce(f.subtitle, htmlOf(el, false));
            } else if (el.local == QLatin1String("item")) {
                if (int(f.entries.size()) >= m_options.maxEntries) { // the cap holds for CDF too (#17)
                    m_truncated = true;
                    break;
                }
                FeedEntry e;
                e.link = link(el, el.attribute(QLatin1String("href")).trimmed());
                e.updated = DateParser::parse(el.attribute(QLatin1String("lastmod")), m_options.defaultZone);
                for (const XmlNode& c : el.children) {
                    if (!c.element) {
                        continue;
                    }
                    if (c.element->local == QLatin1String("title")) {
                        setOnce(e.title, plainOf(*c.element, false));
                    } else if (c.element->local == QLatin1String("abstract")) {
                        setOnce(e.summary, htmlOf(*c.element, false));
                    }
                }
                f.entries.append(e);
            }
        }
    }

    const XmlDocument& m_doc;
    const ParseOptions& m_options;
    FeedDocument& m_out;
    bool m_atom = false;
    QString m_atomNs;
    QString m_mediaTitle;
    QString m_mediaDescription;

public:
    bool m_truncated = false;
};

// ---------------------------------------------------------------- JSON Feed

Result<FeedDocument> parseJsonFeed(const QString& text, const ParseOptions& options, FeedDocument doc)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return Error{ErrorCode::NotAFeed, QStringLiteral("invalid JSON: %1").arg(error.errorString())};
    }
    const QJsonObject root = json.object();
    const QString version = root.value(QLatin1String("version")).toString();
    if (!version.contains(QLatin1String("jsonfeed.org/version/"))) {
        return Error{ErrorCode::NotAFeed, QStringLiteral("JSON without a JSON Feed version")};
    }
    doc.format = version.contains(QLatin1String("version/1.1")) ? FeedFormat::Json11 : FeedFormat::Json10;
    const QString base = options.baseUrl;
    auto str = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); };
    auto firstAuthor = [&](const QJsonObject& o, QString* name, QStringList* all) {
        QJsonArray authors = o.value(QLatin1String("authors")).toArray();
        if (authors.isEmpty() && o.value(QLatin1String("author")).isObject()) {
            authors.append(o.value(QLatin1String("author")));
        }
        for (const QJsonValue& a : authors) {
            const QString n = plain(a.toObject().value(QLatin1String("name")).toString());
            if (n.isEmpty()) {
                continue;
            }
            if (name->isEmpty()) {
                *name = n;
            }
            if (all) {
                all->append(n);
            }
        }
    };
    doc.title = plain(str(root, "title"));
    doc.subtitle = HtmlSanitizer::escape(str(root, "description"));
    doc.link = resolveUrl(base, str(root, "home_page_url"));
    doc.id = str(root, "feed_url");
    doc.icon = resolveUrl(base, str(root, "favicon"));
    doc.image = resolveUrl(base, str(root, "icon"));
    doc.language = str(root, "language");
    firstAuthor(root, &doc.author, nullptr);
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (const QJsonValue& v : items) {
        if (int(doc.entries.size()) >= options.maxEntries) {
            doc.bozo = true;
            if (doc.bozoReason.isEmpty()) {
                doc.bozoReason = QStringLiteral("more than %1 entries; the rest were dropped").arg(options.maxEntries);
            }
            break;
        }
        const QJsonObject item = v.toObject();
        FeedEntry e;
        const QJsonValue id = item.value(QLatin1String("id"));
        e.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        e.title = plain(str(item, "title"));
        e.link = resolveUrl(base, str(item, "url"));
        if (e.link.isEmpty()) {
            e.link = resolveUrl(base, str(item, "external_url"));
        }
        const QString html = str(item, "content_html");
        const QString textContent = str(item, "content_text");
        e.content = !html.isEmpty() ? HtmlSanitizer::sanitize(html, e.link.isEmpty() ? base : e.link)
                                    : HtmlSanitizer::escape(textContent);
        e.summary = HtmlSanitizer::escape(str(item, "summary"));
        e.published = DateParser::parse(str(item, "date_published"), options.defaultZone);
        e.updated = DateParser::parse(str(item, "date_modified"), options.defaultZone);
        firstAuthor(item, &e.author, &e.authors);
        for (const QJsonValue& tag : item.value(QLatin1String("tags")).toArray()) {
            const QString t = plain(tag.toString());
            if (!t.isEmpty()) {
                e.categories.append(t);
            }
        }
        for (const QJsonValue& a : item.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject att = a.toObject();
            Enclosure enc;
            enc.url = resolveUrl(base, str(att, "url"));
            enc.type = str(att, "mime_type");
            const QJsonValue size = att.value(QLatin1String("size_in_bytes"));
            // a double outside qint64's range (1e300) does not convert: undefined behaviour (#17)
            const double bytes = size.toDouble(-1);
            enc.length = !size.isDouble()      ? size.toString().toLongLong()
                : bytes >= 0 && bytes < 9.0e18 ? qint64(bytes)
                                               : -1;
            if (!enc.url.isEmpty()) {
                e.enclosures.append(enc);
            }
        }
        const QString image = resolveUrl(base, str(item, "image"));
        if (!image.isEmpty()) {
            e.media.append(MediaItem{image, QString(), QString(), QString(), false});
        }
        doc.entries.append(e);
    }
    return doc;
}

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

namespace
{

Result<FeedDocument> parseFeedText(const QByteArray& bytes, const ParseOptions& options)
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

    qsizetype start = 0;
    while (start < decoded.text.size() && decoded.text.at(start).isSpace()) {
        ++start;
    }
    if (start < decoded.text.size() && (decoded.text.at(start) == u'{' || decoded.text.at(start) == u'[')) {
        return parseJsonFeed(decoded.text, options, std::move(doc));
    }
    if (start >= decoded.text.size() || decoded.text.at(start) != u'<') {
        return Error{ErrorCode::NotAFeed, QStringLiteral("the document is neither XML nor JSON")};
    }
    const XmlDocument xml = parseXml(decoded.text, options.baseUrl);
    if (xml.malformed) {
        doc.bozo = true;
        if (doc.bozoReason.isEmpty()) {
            doc.bozoReason = xml.error;
        }
    }
    XmlFeedReader reader(xml, options, doc);
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
    Result<FeedDocument> result = parseFeedText(bytes, options);
    if (auto* doc = std::get_if<FeedDocument>(&result)) {
        stripControls(*doc); // no terminal escapes in any text field, whatever the format (#17)
    }
    return result;
}

} // namespace news
