#pragma once

#include "LocalHttpServer.h"

#include <QString>

/// A site of summary-only feeds on a LocalHttpServer, for completing many articles at once (#12): `feeds` RSS
/// feeds (/rss/N.xml, with ETags) of `perFeed` teasers each, whose items link to ndsoft-style article pages
/// (/news/articleView.html?feed=F&idxno=I) with `images` photos each (/news/photo/F-I-K.png, distinct bytes).
struct SummarySite
{
    SummarySite(LocalHttpServer& server, int feeds, int perFeed, int images);

    /// A source definition (full text "auto", images on) listing every feed.
    QString sourceDefinition() const;
    int articles() const { return feeds * perFeed; }
    static bool isFeedPath(const QByteArray& path) { return path.startsWith("/rss/"); }

    LocalHttpServer& server;
    int feeds;
    int perFeed;
    int images;
};
