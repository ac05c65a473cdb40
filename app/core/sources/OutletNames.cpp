#include "sources/OutletNames.h"

#include "normalize/SectionWords.h"
#include "normalize/SiteKey.h"

#include <QRegularExpression>

namespace news
{

namespace
{

// a section word alone ("경제", "전체기사", "Top Stories") is no outlet's name
bool isOnlySection(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (const SectionWord& w : sectionWords()) {
        // "경제", "전체기사", "정치일반", "Top" — but not "매일경제"
        if (t.startsWith(w.word) && t.size() <= w.word.size() + 3
            && (w.word.front().unicode() >= 0x80 || t == w.word)) {
            return true;
        }
    }
    return false;
}

QString strippedFeedWords(QString text)
{
    static const QRegularExpression tail(QStringLiteral("\\s*(\\bRSS\\b|\\bfeed\\b|피드|뉴스피드)\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    text.remove(tail);
    return text.trimmed();
}

} // namespace

ChannelTitle splitChannelTitle(const QString& raw)
{
    ChannelTitle out;
    const QString title = strippedFeedWords(raw.simplified());
    if (title.isEmpty()) {
        return out;
    }
    // "한겨레 : 경제", "연합뉴스 - 정치", "Site | Section", "매일경제 > 증권", "[한겨레] 경제"
    static const QRegularExpression bracket(QStringLiteral("^\\[([^\\]]+)\\]\\s*(.*)$"));
    static const QRegularExpression separator(QStringLiteral("\\s+(?:[:|>\\-–—»·]|::)\\s+|\\s*(?:::|\\|)\\s*"));
    QString outlet = title;
    QString section;
    if (const auto m = bracket.match(title); m.hasMatch()) {
        outlet = m.captured(1).trimmed();
        section = m.captured(2).trimmed();
    } else if (const auto m = separator.match(title); m.hasMatch()) {
        outlet = title.left(m.capturedStart()).trimmed();
        section = title.mid(m.capturedEnd()).trimmed();
        // "경제 : 한겨레": the section may come first
        if (isOnlySection(outlet) && !isOnlySection(section)) {
            std::swap(outlet, section);
        }
    }
    if (isOnlySection(outlet)) {
        out.section = outlet;
        return out;
    }
    out.outlet = outlet;
    out.section = section;
    return out;
}

QString catalogueName(const QUrl& url, const QList<SourceDefinition>& catalogue)
{
    const QString key = siteKey(url);
    for (const SourceDefinition& s : catalogue) {
        if (!s.homepage.isEmpty() && siteKey(QUrl(s.homepage)) == key) {
            return s.nameKo;
        }
        for (const SourceSection& section : s.sections) {
            for (const QString& feed : section.feeds) {
                if (siteKey(QUrl(feed)) == key) {
                    return s.nameKo;
                }
            }
        }
    }
    return {};
}

QString outletNameFor(const QUrl& feedUrl,
                      const QString& channelTitle,
                      const QString& siteName,
                      const QList<SourceDefinition>& catalogue,
                      const QString& homeTitle)
{
    const QString og = siteName.simplified();
    if (!og.isEmpty() && !isOnlySection(og)) {
        return og;
    }
    const QString known = catalogueName(feedUrl, catalogue);
    if (!known.isEmpty()) {
        return known;
    }
    const ChannelTitle split = splitChannelTitle(channelTitle);
    if (!split.outlet.isEmpty()) {
        return split.outlet;
    }
    // a generic channel ("RSS", "전체기사") on a site whose home page says its name: it was named "127.0.0.1"
    // (#14's walk)
    if (const ChannelTitle page = splitChannelTitle(homeTitle); !page.outlet.isEmpty()) {
        return page.outlet;
    }
    QString host = feedUrl.host();
    if (host.startsWith(QLatin1String("www."))) {
        host = host.mid(4);
    }
    return host.isEmpty() ? feedUrl.toString() : host;
}

} // namespace news

namespace news
{

NewSubscription
subscriptionFor(const DiscoveredFeed& feed, const QList<SourceDefinition>& catalogue, const QString& section)
{
    NewSubscription n;
    n.url = feed.url.toString();
    n.site = siteKey(feed.url);
    n.outlet = outletNameFor(feed.url, feed.title, feed.siteName, catalogue, feed.homeTitle);
    const ChannelTitle split = splitChannelTitle(feed.title);
    // the feed is called by its section where the title names one ("경제"), else by its whole title
    n.title = !split.section.isEmpty() ? split.section : feed.title;
    n.sectionFixed = !section.isEmpty();
    n.section = !section.isEmpty() ? section : feed.section;
    if (n.section.isEmpty() || n.section == QLatin1String("general")) {
        const QString named = sectionForCategory(split.section);
        n.section = named.isEmpty() ? QStringLiteral("general") : named;
    }
    return n;
}

QList<NewSubscription> subscriptionsFor(const QList<OpmlFeed>& feeds, const QList<SourceDefinition>& catalogue)
{
    QList<NewSubscription> out;
    out.reserve(feeds.size());
    for (const OpmlFeed& f : feeds) {
        NewSubscription n;
        n.url = f.url;
        n.title = f.title;
        n.homepage = f.homepage;
        n.group = f.group;
        n.section = f.section.isEmpty() ? QStringLiteral("general") : f.section;
        n.sectionFixed = !f.section.isEmpty() && f.sectionFixed;
        const QUrl url(f.url);
        n.site = siteKey(url);
        // the innermost folder that is not a section's name is the outlet
        QString folder;
        const QStringList folders = f.group.split(QStringLiteral(" / "), Qt::SkipEmptyParts);
        for (auto it = folders.crbegin(); it != folders.crend(); ++it) {
            if (sectionForName(*it).isEmpty()) {
                folder = it->trimmed();
                break;
            }
        }
        if (!folder.isEmpty()) {
            n.outlet = folder;
            n.outletByName = true;
        } else {
            n.outlet = outletNameFor(url, f.title, {}, catalogue);
        }
        out.append(n);
    }
    return out;
}

} // namespace news
