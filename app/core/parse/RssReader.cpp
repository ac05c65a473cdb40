#include "model/FeedDocument.h"
#include "parse/XmlFeedReader.h"
#include "sanitize/HtmlSanitizer.h"
#include "text/ResolveUrl.h"

namespace news::feedparse
{

// RSS 0.90–2.0 and RSS 1.0 (RDF): one reader, since RDF feeds carry RSS elements under an rdf:RDF root.

void XmlFeedReader::readRss(const XmlElement& root)
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

void XmlFeedReader::readRssChannel(const XmlElement& channel)
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

FeedEntry XmlFeedReader::readRssItem(const XmlElement& item)
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
                if (e.content.isEmpty()) {
                    e.content = htmlOf(el, false, nullptr); // (its plain text comes from the credit pass, #12)
                }
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

} // namespace news::feedparse
