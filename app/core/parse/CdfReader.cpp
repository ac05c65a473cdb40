#include "model/FeedDocument.h"
#include "parse/XmlFeedReader.h"

namespace news::feedparse
{

// Microsoft CDF (Channel Definition Format): a channel of items with a title and an abstract.

void XmlFeedReader::readCdf(const XmlElement& channel)
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

} // namespace news::feedparse
