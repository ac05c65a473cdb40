#pragma once

#include <QList>
#include <QString>

// Subscribing to feeds (#15) and the reader's per-feed settings.

namespace news
{

/// A feed to subscribe to (#15). The writer files it under the outlet named `outlet` — an existing outlet of
/// the same site (`site`, OutletNames::siteKey) or name first, a new one otherwise.
struct NewSubscription
{
    QString url;
    QString title;
    QString section = QStringLiteral("general");
    bool sectionFixed = false; // the reader chose the section: it wins over the items' categories
    QString outlet; // the outlet's name (sources/OutletNames)
    QString site; // siteKey of the feed's site
    QString homepage;
    QString group; // OPML folder
    qint64 outletId = 0; // file under this outlet (the reader's --outlet), 0: by site
    bool outletByName = false; // file under the outlet called `outlet` whatever the site (an OPML folder)
};

struct SubscriptionOutcome
{
    QString url;
    qint64 feedId = 0;
    qint64 outletId = 0;
    QString outlet;
    bool added = false; // false: the address was already subscribed
};

/// The reader's per-feed settings; an unset value (-1, "") falls back to the outlet's or the app's.
struct FeedOptions
{
    int intervalMinutes = -1; // refresh at most this often
    int retentionDays = -1; // keep articles this long (0: forever)
    QString fullText; // auto | always | never
    int images = -1; // 0 | 1: store images at refresh time
    QString encoding; // decode with this encoding (e.g. euc-kr)
    QString userAgent;
};

} // namespace news
