#include "parse/XmlDocument.h"

#include "text/HtmlEntities.h"
#include "text/ResolveUrl.h"

#include <QHash>

namespace news
{
namespace
{

const QString kXmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");

// Prefixes feeds use without declaring them; a real XML parser would reject the document, we read on.
QString wellKnownNamespace(const QString& prefix)
{
    static const QHash<QString, QString> known = {
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"dcterms", "http://purl.org/dc/terms/"},
        {"content", "http://purl.org/rss/1.0/modules/content/"},
        {"media", "http://search.yahoo.com/mrss/"},
        {"atom", "http://www.w3.org/2005/Atom"},
        {"slash", "http://purl.org/rss/1.0/modules/slash/"},
        {"wfw", "http://wellformedweb.org/CommentAPI/"},
        {"itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"},
        {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
        {"xhtml", "http://www.w3.org/1999/xhtml"},
        {"georss", "http://www.georss.org/georss"},
    };
    return known.value(prefix);
}

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0xC0;
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return isNameStart(c) || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == 0xB7;
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\n' || u == '\t' || u == '\r';
}

QString lowered(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z') {
            return s.toLower();
        }
        if (c.unicode() >= 0x80) {
            return s.toLower();
        }
    }
    return s;
}

class Reader
{
public:
    Reader(const QString& text, const QString& url, const XmlLimits& limits, XmlDocument& doc)
        : m_begin(text.constData())
        , m_p(text.constData())
        , m_end(text.constData() + text.size())
        , m_url(url)
        , m_limits(limits)
        , m_doc(doc)
    {
    }

    void run()
    {
        while (m_p < m_end && !m_stop) {
            if (*m_p == u'<') {
                markup();
            } else if (*m_p == u'&') {
                ++m_p;
                reference(m_text, 0);
            } else {
                textRun();
            }
        }
        flushText();
        if (!m_doc.root) {
            flag(QStringLiteral("no root element"));
        } else if (!m_stack.empty()) {
            flag(QStringLiteral("document ends inside <%1>").arg(m_stack.back()->qname));
        }
    }

private:
    void flag(const QString& why)
    {
        if (!m_doc.malformed) {
            m_doc.malformed = true;
            // inside an entity's expansion m_p points into the entity's value: report the reference's place
            const QChar* at = m_referenceAt ? m_referenceAt : m_p;
            m_doc.error = QStringLiteral("%1 (at character %2)").arg(why).arg(at - m_begin);
        }
    }

    bool startsWith(QLatin1String s, bool caseInsensitive = false) const
    {
        if (m_end - m_p < s.size()) {
            return false;
        }
        return QStringView(m_p, s.size()).compare(s, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
    }

    const QChar* find(QLatin1String s) const
    {
        const QStringView rest(m_p, m_end - m_p);
        const qsizetype i = rest.indexOf(s);
        return i < 0 ? nullptr : m_p + i;
    }

    void textRun()
    {
        const QChar* start = m_p;
        bool bad = false;
        while (m_p < m_end) {
            const char16_t c = m_p->unicode();
            if (c == '<' || c == '&') {
                break;
            }
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                bad = true;
            } else if (c == 0xFFFE || c == 0xFFFF) {
                bad = true;
            }
            ++m_p;
        }
        if (m_stack.empty()) {
            if (!QStringView(start, m_p - start).trimmed().isEmpty()) {
                flag(QStringLiteral("text outside the document element"));
            }
            return;
        }
        if (!bad) {
            m_text.append(start, m_p - start);
            return;
        }
        flag(QStringLiteral("illegal control character"));
        for (const QChar* q = start; q < m_p; ++q) {
            const char16_t c = q->unicode();
            if ((c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && c != 0xFFFE && c != 0xFFFF) {
                m_text.append(*q);
            }
        }
    }

    void flushText()
    {
        if (m_text.isEmpty()) {
            return;
        }
        if (!m_stack.empty()) {
            auto& children = m_stack.back()->children;
            if (!children.empty() && !children.back().element) {
                children.back().text.append(m_text);
            } else {
                children.push_back(XmlNode{nullptr, m_text});
            }
        }
        m_text.clear();
    }

    void markup()
    {
        if (startsWith(QLatin1String("<!--"))) {
            const QChar* close = find(QLatin1String("-->"));
            if (!close) {
                flag(QStringLiteral("unterminated comment"));
                m_p = m_end;
                return;
            }
            m_p = close + 3;
        } else if (startsWith(QLatin1String("<![CDATA["))) {
            m_p += 9;
            const QChar* close = find(QLatin1String("]]>"));
            if (!close) {
                flag(QStringLiteral("unterminated CDATA section"));
                close = m_end;
            }
            if (!m_stack.empty()) {
                m_text.append(m_p, close - m_p);
            }
            m_p = close == m_end ? m_end : close + 3;
        } else if (startsWith(QLatin1String("<!DOCTYPE"), true)) {
            doctype();
        } else if (startsWith(QLatin1String("<?"))) {
            const QChar* close = find(QLatin1String("?>"));
            m_p = close ? close + 2 : m_end;
        } else if (m_end - m_p > 1 && m_p[1] == u'/') {
            endTag();
        } else if (m_end - m_p > 1 && isNameStart(m_p[1])) {
            startTag();
        } else if (startsWith(QLatin1String("<!"))) {
            const QChar* close = find(QLatin1String(">"));
            flag(QStringLiteral("unknown markup declaration"));
            m_p = close ? close + 1 : m_end;
        } else {
            flag(QStringLiteral("'<' not starting a tag"));
            if (!m_stack.empty()) {
                m_text.append(u'<');
            }
            ++m_p;
        }
    }

    QString name()
    {
        const QChar* start = m_p;
        while (m_p < m_end && isNameChar(*m_p)) {
            ++m_p;
        }
        return QString(start, m_p - start);
    }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p)) {
            ++m_p;
        }
    }

    void doctype()
    {
        m_p += 9;
        skipSpace();
        m_doc.doctypeName = name();
        // external id and internal subset
        while (m_p < m_end && *m_p != u'>' && *m_p != u'[') {
            if (*m_p == u'"' || *m_p == u'\'') {
                const QChar quote = *m_p++;
                const QChar* start = m_p;
                while (m_p < m_end && *m_p != quote) {
                    ++m_p;
                }
                if (m_doc.doctypePublicId.isEmpty()) {
                    m_doc.doctypePublicId = QString(start, m_p - start);
                }
                if (m_p < m_end) {
                    ++m_p;
                }
            } else {
                ++m_p;
            }
        }
        if (m_p < m_end && *m_p == u'[') {
            ++m_p;
            internalSubset();
        }
        while (m_p < m_end && *m_p != u'>') {
            ++m_p;
        }
        if (m_p < m_end) {
            ++m_p;
        }
    }

    void internalSubset()
    {
        while (m_p < m_end && *m_p != u']') {
            if (startsWith(QLatin1String("<!--"))) {
                const QChar* close = find(QLatin1String("-->"));
                m_p = close ? close + 3 : m_end;
            } else if (startsWith(QLatin1String("<!ENTITY"))) {
                m_p += 8;
                skipSpace();
                const bool parameter = m_p < m_end && *m_p == u'%';
                if (parameter) {
                    ++m_p;
                    skipSpace();
                }
                const QString entityName = name();
                skipSpace();
                QString value;
                bool internal = false;
                if (m_p < m_end && (*m_p == u'"' || *m_p == u'\'')) {
                    const QChar quote = *m_p++;
                    const QChar* start = m_p;
                    while (m_p < m_end && *m_p != quote) {
                        ++m_p;
                    }
                    value = QString(start, m_p - start);
                    internal = true;
                    if (m_p < m_end) {
                        ++m_p; // closing quote
                    }
                }
                while (m_p < m_end && *m_p != u'>') {
                    if (*m_p == u'"' || *m_p == u'\'') {
                        const QChar quote = *m_p++;
                        while (m_p < m_end && *m_p != quote) {
                            ++m_p;
                        }
                    }
                    if (m_p < m_end) {
                        ++m_p;
                    }
                }
                if (m_p < m_end) {
                    ++m_p;
                }
                if (internal && !parameter && !entityName.isEmpty() && !m_entities.contains(entityName)) {
                    m_entities.insert(entityName, value);
                }
            } else if (*m_p == u'<') {
                const QChar* close = find(QLatin1String(">"));
                m_p = close ? close + 1 : m_end;
            } else {
                ++m_p;
            }
        }
        if (m_p < m_end) {
            ++m_p; // ']'
        }
    }

    // After '&'. Appends the replacement to `out`.
    void reference(QString& out, int depth)
    {
        if (m_p < m_end && *m_p == u'#') {
            ++m_p;
            const bool hex = m_p < m_end && (*m_p == u'x' || *m_p == u'X');
            if (hex) {
                ++m_p;
            }
            char32_t cp = 0;
            int digits = 0;
            while (m_p < m_end) {
                const char16_t c = m_p->unicode();
                int v = -1;
                if (c >= '0' && c <= '9') {
                    v = c - '0';
                } else if (hex && c >= 'a' && c <= 'f') {
                    v = c - 'a' + 10;
                } else if (hex && c >= 'A' && c <= 'F') {
                    v = c - 'A' + 10;
                }
                if (v < 0) {
                    break;
                }
                cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + v;
                ++digits;
                ++m_p;
            }
            if (m_p < m_end && *m_p == u';') {
                ++m_p;
            } else {
                flag(QStringLiteral("character reference without ';'"));
            }
            if (digits == 0) {
                flag(QStringLiteral("empty character reference"));
                out.append(hex ? QStringLiteral("&#x") : QStringLiteral("&#"));
                return;
            }
            if (cp == 0 || (cp < 0x20 && cp != 9 && cp != 10 && cp != 13) || cp > 0x10FFFF) {
                flag(QStringLiteral("reference to an illegal character"));
            }
            HtmlEntities::appendCodePoint(out, cp);
            return;
        }
        const QChar* start = m_p;
        while (m_p < m_end && isNameChar(*m_p) && m_p - start < 64) {
            ++m_p;
        }
        const QStringView entity(start, m_p - start);
        if (entity.isEmpty() || m_p >= m_end || *m_p != u';') {
            flag(QStringLiteral("bare '&'"));
            m_p = start;
            out.append(u'&');
            return;
        }
        ++m_p;
        if (entity == QLatin1String("lt")) {
            out.append(u'<');
        } else if (entity == QLatin1String("gt")) {
            out.append(u'>');
        } else if (entity == QLatin1String("amp")) {
            out.append(u'&');
        } else if (entity == QLatin1String("quot")) {
            out.append(u'"');
        } else if (entity == QLatin1String("apos")) {
            out.append(u'\'');
        } else if (auto it = m_entities.constFind(entity.toString()); it != m_entities.constEnd()) {
            expandEntity(out, it.value(), depth);
        } else if (const QString html = HtmlEntities::lookup(entity); !html.isNull()) {
            flag(QStringLiteral("undefined entity &%1;").arg(entity));
            // feeds that use HTML entity names were written against HTML 4, where these two differ
            if (entity == QLatin1String("lang")) {
                out.append(QChar(0x2329));
            } else if (entity == QLatin1String("rang")) {
                out.append(QChar(0x232A));
            } else {
                out.append(html);
            }
        } else {
            flag(QStringLiteral("undefined entity &%1;").arg(entity));
            out.append(u'&');
            out.append(entity);
            out.append(u';');
        }
    }

    void expandEntity(QString& out, const QString& value, int depth)
    {
        if (depth > 8 || m_expanded + value.size() > m_limits.maxEntityExpansion) {
            flag(QStringLiteral("entity expansion limit reached"));
            m_stop = true;
            return;
        }
        m_expanded += value.size();
        const QChar* savedP = m_p;
        const QChar* savedEnd = m_end;
        const QChar* savedReference = m_referenceAt;
        if (!m_referenceAt) {
            m_referenceAt = savedP;
        }
        m_p = value.constData();
        m_end = value.constData() + value.size();
        while (m_p < m_end && !m_stop) {
            if (*m_p == u'&') {
                ++m_p;
                reference(out, depth + 1);
            } else {
                out.append(*m_p++);
            }
        }
        m_p = savedP;
        m_end = savedEnd;
        m_referenceAt = savedReference;
    }

    QString attributeValue()
    {
        QString value;
        if (m_p < m_end && (*m_p == u'"' || *m_p == u'\'')) {
            const QChar quote = *m_p++;
            while (m_p < m_end && *m_p != quote) {
                if (*m_p == u'&') {
                    ++m_p;
                    reference(value, 0);
                } else if (*m_p == u'<') {
                    flag(QStringLiteral("'<' in attribute value"));
                    value.append(*m_p++);
                } else {
                    const char16_t c = m_p->unicode();
                    value.append((c == '\n' || c == '\t' || c == '\r') ? QChar(u' ') : *m_p);
                    ++m_p;
                }
            }
            if (m_p < m_end) {
                ++m_p;
            } else {
                flag(QStringLiteral("unterminated attribute value"));
            }
            return value;
        }
        flag(QStringLiteral("unquoted attribute value"));
        while (m_p < m_end && !isSpace(*m_p) && *m_p != u'>') {
            if (*m_p == u'/' && m_p + 1 < m_end && m_p[1] == u'>') {
                break;
            }
            if (*m_p == u'&') {
                ++m_p;
                reference(value, 0);
            } else {
                value.append(*m_p++);
            }
        }
        return value;
    }

    QString namespaceFor(const QString& prefix, bool* declared) const
    {
        for (auto it = m_namespaces.rbegin(); it != m_namespaces.rend(); ++it) {
            if (it->first == prefix) {
                *declared = true;
                return it->second;
            }
        }
        *declared = prefix.isEmpty();
        return {};
    }

    void startTag()
    {
        flushText();
        ++m_p;
        const QString qname = name();
        struct RawAttr
        {
            QString name;
            QString value;
        };
        QList<RawAttr> raw;
        bool selfClosing = false;
        bool closed = false;
        while (m_p < m_end) {
            skipSpace();
            if (m_p >= m_end) {
                break;
            }
            if (*m_p == u'>') {
                ++m_p;
                closed = true;
                break;
            }
            if (*m_p == u'/' && m_p + 1 < m_end && m_p[1] == u'>') {
                m_p += 2;
                selfClosing = true;
                closed = true;
                break;
            }
            if (*m_p == u'<') {
                break;
            }
            QString attrName = name();
            if (attrName.isEmpty()) {
                flag(QStringLiteral("junk in tag <%1>").arg(qname));
                ++m_p;
                continue;
            }
            skipSpace();
            if (m_p < m_end && *m_p == u'=') {
                ++m_p;
                skipSpace();
                raw.append({attrName, attributeValue()});
            } else {
                flag(QStringLiteral("attribute without value"));
                raw.append({attrName, attrName});
            }
        }
        if (!closed) {
            flag(QStringLiteral("unterminated tag <%1>").arg(qname));
        }
        if (m_doc.root && m_stack.empty()) {
            flag(QStringLiteral("content after the document element"));
            m_stop = true;
            return;
        }
        if (int(m_stack.size()) >= m_limits.maxDepth || qsizetype(m_doc.elements.size()) >= m_limits.maxElements) {
            flag(QStringLiteral("document nests or counts too many elements"));
            m_stop = true;
            return;
        }
        const std::size_t nsMark = m_namespaces.size();
        for (const RawAttr& a : raw) {
            if (a.name == QLatin1String("xmlns")) {
                m_namespaces.emplace_back(QString(), a.value);
            } else if (a.name.startsWith(QLatin1String("xmlns:"))) {
                m_namespaces.emplace_back(a.name.mid(6), a.value);
            }
        }
        XmlElement& el = m_doc.elements.emplace_back();
        el.qname = qname;
        const qsizetype colon = qname.indexOf(u':');
        bool declared = true;
        if (colon > 0) {
            const QString prefix = qname.left(colon);
            el.ns = namespaceFor(prefix, &declared);
            if (!declared) {
                flag(QStringLiteral("undeclared namespace prefix '%1'").arg(prefix));
                el.ns = wellKnownNamespace(prefix.toLower());
            }
            el.local = lowered(qname.mid(colon + 1));
        } else {
            el.ns = namespaceFor(QString(), &declared);
            el.local = lowered(qname);
        }
        XmlElement* parent = m_stack.empty() ? nullptr : m_stack.back();
        el.parent = parent;
        el.base = parent ? parent->base : m_url;
        el.lang = parent ? parent->lang : QString();
        el.attributes.reserve(raw.size());
        for (RawAttr& a : raw) {
            XmlAttribute attr;
            const qsizetype c = a.name.indexOf(u':');
            if (c > 0) {
                const QString prefix = a.name.left(c);
                if (prefix == QLatin1String("xmlns")) {
                    continue;
                }
                if (prefix == QLatin1String("xml")) {
                    attr.ns = kXmlNs;
                } else {
                    bool ok = true;
                    attr.ns = namespaceFor(prefix, &ok);
                    if (!ok) {
                        attr.ns = wellKnownNamespace(prefix.toLower());
                    }
                }
                attr.local = lowered(a.name.mid(c + 1));
            } else {
                if (a.name == QLatin1String("xmlns")) {
                    continue;
                }
                attr.local = lowered(a.name);
            }
            attr.qname = std::move(a.name);
            attr.value = std::move(a.value);
            if (attr.ns == kXmlNs && attr.local == QLatin1String("base")) {
                el.base = resolveUrl(el.base, attr.value.trimmed());
                if (el.base.isEmpty()) {
                    el.base = parent ? parent->base : m_url; // an unsafe base is ignored
                }
            } else if (attr.ns == kXmlNs && attr.local == QLatin1String("lang")) {
                el.lang = attr.value.trimmed();
            }
            el.attributes.append(std::move(attr));
        }
        if (parent) {
            parent->children.push_back(XmlNode{&el, {}});
        } else {
            m_doc.root = &el;
            bool ignored = false;
            m_doc.rootDefaultNamespace = namespaceFor(QString(), &ignored);
        }
        if (selfClosing) {
            m_namespaces.resize(nsMark);
            return;
        }
        m_stack.push_back(&el);
        m_nsMarks.push_back(nsMark);
    }

    void pop()
    {
        m_namespaces.resize(m_nsMarks.back());
        m_nsMarks.pop_back();
        m_stack.pop_back();
    }

    void endTag()
    {
        flushText();
        m_p += 2;
        const QChar* start = m_p;
        while (m_p < m_end && *m_p != u'>' && *m_p != u'<') {
            ++m_p;
        }
        const QString qname = QStringView(start, m_p - start).trimmed().toString();
        if (m_p < m_end && *m_p == u'>') {
            ++m_p;
        } else {
            flag(QStringLiteral("unterminated end tag"));
        }
        if (m_stack.empty()) {
            flag(QStringLiteral("end tag </%1> without start").arg(qname));
            return;
        }
        if (m_stack.back()->qname == qname) {
            pop();
            return;
        }
        flag(QStringLiteral("mismatched end tag </%1>").arg(qname));
        for (auto i = m_stack.size(); i-- > 0;) {
            if (m_stack[i]->qname.compare(qname, Qt::CaseInsensitive) == 0) {
                while (m_stack.size() > i) {
                    pop();
                }
                return;
            }
        }
    }

    const QChar* m_begin;
    const QChar* m_referenceAt = nullptr; // set while an entity's value is expanded
    const QChar* m_p;
    const QChar* m_end;
    QString m_url;
    const XmlLimits& m_limits;
    XmlDocument& m_doc;
    QString m_text;
    std::vector<XmlElement*> m_stack;
    std::vector<std::size_t> m_nsMarks;
    std::vector<std::pair<QString, QString>> m_namespaces;
    QHash<QString, QString> m_entities;
    qsizetype m_expanded = 0;
    bool m_stop = false;
};

void escapeInto(QString& out, const QString& text, bool attribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            if (attribute) {
                out += QLatin1String("&quot;");
                break;
            }
            [[fallthrough]];
        default:
            out += c;
        }
    }
}

void serialize(QString& out, const XmlElement& el)
{
    out += u'<';
    out += el.local;
    for (const XmlAttribute& a : el.attributes) {
        out += u' ';
        out += a.ns == kXmlNs ? (QLatin1String("xml:") + a.local) : a.local;
        out += QLatin1String("=\"");
        escapeInto(out, a.value, true);
        out += u'"';
    }
    if (el.children.empty()) {
        out += QLatin1String(" />");
        return;
    }
    out += u'>';
    for (const XmlNode& child : el.children) {
        if (child.element) {
            serialize(out, *child.element);
        } else {
            escapeInto(out, child.text, false);
        }
    }
    out += QLatin1String("</");
    out += el.local;
    out += u'>';
}

void collectText(QString& out, const XmlElement& el)
{
    for (const XmlNode& child : el.children) {
        if (child.element) {
            collectText(out, *child.element);
        } else {
            out += child.text;
        }
    }
}

} // namespace

QString XmlElement::attribute(QLatin1String name) const
{
    const XmlAttribute* any = nullptr;
    for (const XmlAttribute& a : attributes) {
        if (a.local == name) {
            if (a.ns.isEmpty()) {
                return a.value;
            }
            if (!any) {
                any = &a;
            }
        }
    }
    return any ? any->value : QString();
}

QString XmlElement::attribute(const QString& ns, QLatin1String name) const
{
    for (const XmlAttribute& a : attributes) {
        if (a.local == name && a.ns == ns) {
            return a.value;
        }
    }
    return {};
}

bool XmlElement::hasAttribute(QLatin1String name) const
{
    for (const XmlAttribute& a : attributes) {
        if (a.local == name) {
            return true;
        }
    }
    return false;
}

QString XmlElement::text() const
{
    if (children.size() == 1 && !children.front().element) {
        return children.front().text;
    }
    QString out;
    collectText(out, *this);
    return out;
}

QString XmlElement::ownText() const
{
    QString out;
    for (const XmlNode& child : children) {
        if (!child.element) {
            out += child.text;
        }
    }
    return out;
}

QString XmlElement::innerXml() const
{
    QString out;
    for (const XmlNode& child : children) {
        if (child.element) {
            serialize(out, *child.element);
        } else {
            escapeInto(out, child.text, false);
        }
    }
    return out;
}

XmlElement* XmlElement::firstChild(const QString& ns, QLatin1String name) const
{
    for (const XmlNode& child : children) {
        if (child.element && child.element->local == name && child.element->ns == ns) {
            return child.element;
        }
    }
    return nullptr;
}

XmlDocument parseXml(const QString& text, const QString& documentUrl, const XmlLimits& limits)
{
    XmlDocument doc;
    Reader reader(text, documentUrl, limits, doc);
    reader.run();
    return doc;
}

} // namespace news
