#include "parse/XmlFeedReader.h"

#include "model/FeedDocument.h"
#include "sanitize/HtmlSanitizer.h"

#include <QRegularExpression>

namespace news::feedparse
{

bool XmlFeedReader::read()
{
    const XmlElement* root = m_doc.root;
    if (!root) {
        return false;
    }
    const QString& name = root->local;
    if (name == QLatin1String("rss")) {
        const QString version = root->attribute(QLatin1String("version")).trimmed();
        m_rssNs = root->ns;
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

NsKind XmlFeedReader::kind(const XmlElement& el) const
{
    if (m_atom && !m_atomNs.isEmpty() && el.ns == m_atomNs) {
        return NsKind::Atom; // Atom drafts and renamed namespaces read as Atom
    }
    const NsKind k = kindOf(el.ns, m_atom);
    if (k == NsKind::Other && !m_rssNs.isEmpty() && el.ns == m_rssNs) {
        // `<rss xmlns="http://backend.userland.com/rss2.1">`: whatever namespace the root <rss> is in, its own
        // elements are RSS elements
        return NsKind::Rss;
    }
    return k;
}

QString XmlFeedReader::plainOf(const XmlElement& el, bool atomConstruct) const
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

QString XmlFeedReader::htmlOf(const XmlElement& el, bool atomConstruct, QString* plainText) const
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
void XmlFeedReader::setBody(QString& field, QString& textField, const XmlElement& el, bool atomConstruct) const
{
    if (!field.isEmpty()) {
        return;
    }
    field = htmlOf(el, atomConstruct, &textField);
}

void XmlFeedReader::setOnce(QString& field, const QString& value)
{
    if (field.isEmpty() && !value.isEmpty()) {
        field = value;
    }
}

void XmlFeedReader::setOnce(QDateTime& field, const QDateTime& value)
{
    if (!field.isValid() && value.isValid()) {
        field = value;
    }
}

// "Name (me@example.com)", "me@example.com (Name)", "Name <me@example.com>", "mailto:…"
void XmlFeedReader::splitAuthor(const QString& raw, QString* name, QString* email)
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

void XmlFeedReader::addAuthor(const QString& raw, QString& author, QString& email, QStringList* all)
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

void XmlFeedReader::atomPerson(const XmlElement& el, QString* name, QString* email) const
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

void XmlFeedReader::readAtomLink(const XmlElement& el, QString* alternate, QList<Enclosure>* enclosures) const
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

void XmlFeedReader::readMedia(const XmlElement& el, FeedEntry& e)
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

} // namespace news::feedparse
