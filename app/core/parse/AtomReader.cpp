#include "model/FeedDocument.h"
#include "parse/XmlFeedReader.h"
#include "sanitize/HtmlSanitizer.h"

namespace news::feedparse
{

void XmlFeedReader::readAtomFeed(const XmlElement& feed)
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

FeedEntry XmlFeedReader::readAtomEntry(const XmlElement& entry)
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
                    e.content = htmlOf(el, true, nullptr); // (its plain text: the credit pass)
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

} // namespace news::feedparse
