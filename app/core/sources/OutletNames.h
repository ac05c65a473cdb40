#pragma once

#include "normalize/SiteKey.h"
#include "sources/SourceCatalog.h"

#include <QUrl>

namespace news
{

/// A feed's channel title split into the outlet's name and the section it names: "한겨레 : 경제" → 한겨레 and
/// 경제, "연합뉴스 - 전체기사" → 연합뉴스 and 전체기사. A title that is only a section ("경제") gives no outlet.
struct ChannelTitle
{
    QString outlet;
    QString section;
};
ChannelTitle splitChannelTitle(const QString& title);

/// The catalogue's Korean name for the site of `url` (by its homepage and feed hosts), or "".
QString catalogueName(const QUrl& url, const QList<SourceDefinition>& catalogue);

/// What to call the outlet of a new feed: the page's og:site_name, the catalogue's name, the channel title
/// without its section suffix, the home page's title likewise — and the host only when none of them says.
QString outletNameFor(const QUrl& feedUrl,
                      const QString& channelTitle,
                      const QString& siteName,
                      const QList<SourceDefinition>& catalogue,
                      const QString& homeTitle = {});

} // namespace news

#include "model/Subscription.h"
#include "sources/FeedDiscovery.h"
#include "sources/Opml.h"

namespace news
{

/// A discovered feed as a subscription: outlet named as above, section from the reader (`section`), else the
/// one discovery suggests (then the items' categories may still sort them).
NewSubscription
subscriptionFor(const DiscoveredFeed& feed, const QList<SourceDefinition>& catalogue, const QString& section = {});

/// OPML outlines as subscriptions: a folder is an outlet (a folder named like a section is a section instead),
/// an outline's category or sosik:section its section; outlines outside folders are named as discovered ones.
QList<NewSubscription> subscriptionsFor(const QList<OpmlFeed>& feeds, const QList<SourceDefinition>& catalogue);

} // namespace news
