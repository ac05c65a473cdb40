#pragma once

#include "fetch/FeedFetcher.h"

#include <QObject>
#include <QUrl>

namespace news
{

/// A feed found behind a web address, ready to subscribe to.
struct DiscoveredFeed
{
    QUrl url;
    QString title;
    int items = 0;
    QString section; // a canonical section suggested by the feed's title and URL
    QString siteName; // og:site_name of the page the feed was found on, if any
    QString homeTitle; // the <title> of that page when it is a site's home page ("상하이 교민신문"), if any
};

/// One address discovery tried and what it gave.
struct TriedAddress
{
    QUrl url;
    bool feed = false; // it parsed as a feed
    Error error; // why not: a fetch error, or NotAFeed for a page
};

/// The page's own name for its site (<meta property="og:site_name">, else application-name), or "".
QString siteNameInPage(const QByteArray& html, const QString& contentType);

/// A home page's <title> ("상하이 교민신문 - 교민의 길잡이" as written), or "" for any other page: an article's
/// title is its headline, not its site's name.
QString homeTitleInPage(const QByteArray& html, const QString& contentType, const QUrl& pageUrl);

/// Candidate feed URLs named by an HTML page: <link rel="alternate"> for RSS, Atom and JSON Feed first, then
/// links whose address looks like a feed. Relative addresses resolve against `pageUrl`.
QList<QUrl> feedLinksInPage(const QByteArray& html, const QString& contentType, const QUrl& pageUrl);

/// Addresses where Korean sites usually keep their feeds (ndsoft `/rss/allArticle.xml`, WordPress `/feed`,
/// gnuboard `/bbs/rss.php`, …), on the page's own site.
QList<QUrl> commonFeedPaths(const QUrl& site);

/// A canonical section for a feed by its title and URL (경제/economy → economy, …); "general" when unsure.
QString suggestSection(const QString& title, const QUrl& url);

/// Finds the feeds behind any address: a feed itself, the feeds a page links to, else the common paths —
/// each candidate fetched (through the polite fetcher) and kept only when it parses as a feed.
class FeedDiscoverer : public QObject
{
    Q_OBJECT

public:
    explicit FeedDiscoverer(FetchSettings settings, QObject* parent = nullptr);

    void discover(const QUrl& url);
    FeedFetcher* fetcher() const { return m_fetcher; }
    /// Every address tried by the last discovery, with what each gave ("HTTP 404", "not a feed", …): what the
    /// reader is told when nothing was found.
    QList<TriedAddress> tried() const { return m_tried; }

signals:
    /// Every feed found, in the page's order; `error` says why nothing was found.
    void finished(const QList<news::DiscoveredFeed>& feeds, const QString& error);

private:
    void onFetched(const FetchResult& result);
    void check(const QList<QUrl>& candidates);
    void done();

    FeedFetcher* m_fetcher;
    QUrl m_start;
    int m_stage = 0; // 0: the address itself, 1: candidates it named, 2: common paths
    QList<QUrl> m_candidates;
    QHash<qint64, QUrl> m_pending;
    QList<DiscoveredFeed> m_found;
    QString m_error;
    QString m_siteName;
    QString m_homeTitle;
    QList<TriedAddress> m_tried;
    qint64 m_nextId = 0;
};

} // namespace news
