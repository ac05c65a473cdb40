#pragma once

#include "model/FeedDocument.h"
#include "parse/FeedParser.h"
#include "parse/FeedXml.h"
#include "text/DateParser.h"
#include "text/ResolveUrl.h"

namespace news::feedparse
{

/// Reads an XML feed document into a FeedDocument: RSS 0.90–2.0 and RSS 1.0 (RDF) in RssReader.cpp, Atom 0.3/1.0
/// in AtomReader.cpp, CDF in CdfReader.cpp; what they share (authors, links, text constructs, Media RSS) in
/// XmlFeedReader.cpp.
class XmlFeedReader
{
public:
    XmlFeedReader(const XmlDocument& doc, const ParseOptions& options, FeedDocument& out)
        : m_doc(doc)
        , m_options(options)
        , m_out(out)
    {
    }

    /// False when the root element is not a feed's.
    bool read();

    bool m_truncated = false; // more than ParseOptions::maxEntries entries: the rest were dropped

private:
    // XmlFeedReader.cpp: what the formats share
    NsKind kind(const XmlElement& el) const;
    bool is(const XmlElement& el, NsKind k, QLatin1String local) const { return el.local == local && kind(el) == k; }
    QDateTime date(const XmlElement& el) const { return DateParser::parse(el.text(), m_options.defaultZone); }
    QString link(const XmlElement& el, const QString& ref) const { return resolveUrl(el.base, ref); }
    QString plainOf(const XmlElement& el, bool atomConstruct) const;
    QString htmlOf(const XmlElement& el, bool atomConstruct, QString* plainText = nullptr) const;
    // The body fields keep their visible text too (for the search index), computed in the same pass.
    void setBody(QString& field, QString& textField, const XmlElement& el, bool atomConstruct) const;
    static void setOnce(QString& field, const QString& value);
    static void setOnce(QDateTime& field, const QDateTime& value);
    // "Name (me@example.com)", "me@example.com (Name)", "Name <me@example.com>", "mailto:…"
    static void splitAuthor(const QString& raw, QString* name, QString* email);
    void addAuthor(const QString& raw, QString& author, QString& email, QStringList* all);
    void atomPerson(const XmlElement& el, QString* name, QString* email) const;
    void readAtomLink(const XmlElement& el, QString* alternate, QList<Enclosure>* enclosures) const;
    void readMedia(const XmlElement& el, FeedEntry& e); // Media RSS, in RSS items and Atom entries

    // RssReader.cpp
    void readRss(const XmlElement& root);
    void readRssChannel(const XmlElement& channel);
    FeedEntry readRssItem(const XmlElement& item);

    // AtomReader.cpp
    void readAtomFeed(const XmlElement& feed);
    FeedEntry readAtomEntry(const XmlElement& entry);

    // CdfReader.cpp
    void readCdf(const XmlElement& channel);

    const XmlDocument& m_doc;
    const ParseOptions& m_options;
    FeedDocument& m_out;
    bool m_atom = false;
    QString m_atomNs;
    QString m_rssNs; // the namespace of an <rss> root, when it has one
    QString m_mediaTitle;
    QString m_mediaDescription;
};

} // namespace news::feedparse
