#include "sources/FeedDiscovery.h"

#include "extract/ArticleExtractor.h"
#include "extract/HtmlDocument.h"
#include "model/FeedDocument.h"
#include "parse/FeedParser.h"
#include "text/TextDecoder.h"

#include <QRegularExpression>
#include <QSet>

namespace news
{

namespace
{

const QStringList kFeedTypes = {QStringLiteral("application/rss+xml"),
                                QStringLiteral("application/atom+xml"),
                                QStringLiteral("application/feed+json"),
                                QStringLiteral("application/json"),
                                QStringLiteral("application/rdf+xml"),
                                QStringLiteral("text/xml"),
                                QStringLiteral("application/xml")};

bool looksLikeFeedAddress(const QString& href)
{
    const QString h = href.toLower();
    return h.endsWith(QLatin1String(".xml")) || h.endsWith(QLatin1String(".rss")) || h.endsWith(QLatin1String("/rss"))
        || h.endsWith(QLatin1String("/feed")) || h.endsWith(QLatin1String("/atom"))
        || h.contains(QLatin1String("rss.php")) || h.contains(QLatin1String("/rss/"))
        || h.contains(QLatin1String("feed=rss"));
}

} // namespace

QList<QUrl> feedLinksInPage(const QByteArray& html, const QString& contentType, const QUrl& pageUrl)
{
    const QString text = TextDecoder::decode(html, detectPageCharset(html, contentType));
    const HtmlDocument doc(text.toUtf8());
    QList<QUrl> out;
    QSet<QString> seen;
    auto add = [&](const QString& href) {
        const QUrl url = pageUrl.resolved(QUrl(href.trimmed()));
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || seen.contains(url.toString())) {
            return;
        }
        seen.insert(url.toString());
        out.append(url);
    };
    // <link rel="alternate" type="application/rss+xml" href="…"> first, in the page's order
    for (HtmlDocument::Node n :
         doc.findAll([](HtmlDocument::Node n) { return HtmlDocument::tagName(n) == QLatin1String("link"); })) {
        const QString rel = HtmlDocument::attribute(n, "rel").toLower();
        const QString type = HtmlDocument::attribute(n, "type").toLower().section(u';', 0, 0).trimmed();
        if (rel.split(u' ').contains(QLatin1String("alternate")) && kFeedTypes.contains(type)
            && type != QLatin1String("application/json")) {
            add(HtmlDocument::attribute(n, "href"));
        }
    }
    // then ordinary links that look like feeds (Korean portals list theirs on an "RSS" page)
    for (HtmlDocument::Node n :
         doc.findAll([](HtmlDocument::Node n) { return HtmlDocument::tagName(n) == QLatin1String("a"); })) {
        const QString href = HtmlDocument::attribute(n, "href");
        if (looksLikeFeedAddress(href) && out.size() < 40) {
            add(href);
        }
    }
    return out;
}

QString siteNameInPage(const QByteArray& html, const QString& contentType)
{
    const QString text = TextDecoder::decode(html, detectPageCharset(html, contentType));
    const HtmlDocument doc(text.toUtf8());
    QString appName;
    for (HtmlDocument::Node n :
         doc.findAll([](HtmlDocument::Node n) { return HtmlDocument::tagName(n) == QLatin1String("meta"); })) {
        const QString property = HtmlDocument::attribute(n, "property").toLower();
        const QString name = HtmlDocument::attribute(n, "name").toLower();
        const QString content = HtmlDocument::attribute(n, "content").simplified();
        if (content.isEmpty() || content.size() > 80) {
            continue;
        }
        if (property == QLatin1String("og:site_name") || name == QLatin1String("og:site_name")) {
            return content;
        }
        if (name == QLatin1String("application-name") && appName.isEmpty()) {
            appName = content;
        }
    }
    return appName;
}

QString homeTitleInPage(const QByteArray& html, const QString& contentType, const QUrl& pageUrl)
{
    static const QRegularExpression home(QStringLiteral("^/?(?:(?:index|main|default)\\.[a-z]+)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!home.match(pageUrl.path()).hasMatch()) {
        return {};
    }
    const QString text = TextDecoder::decode(html, detectPageCharset(html, contentType));
    const HtmlDocument doc(text.toUtf8());
    const auto titles
        = doc.findAll([](HtmlDocument::Node n) { return HtmlDocument::tagName(n) == QLatin1String("title"); });
    if (titles.empty()) {
        return {};
    }
    const QString title = HtmlDocument::text(titles.front()).simplified();
    return title.size() <= 120 ? title : QString();
}

QList<QUrl> commonFeedPaths(const QUrl& site)
{
    QList<QUrl> out;
    for (const char* path : {"/rss/allArticle.xml",
                             "/rss",
                             "/feed",
                             "/rss.xml",
                             "/feed.xml",
                             "/atom.xml",
                             "/index.xml",
                             "/bbs/rss.php",
                             "/rss/clickTop.xml"}) {
        QUrl u = site;
        u.setPath(QString::fromLatin1(path));
        u.setQuery(QString());
        u.setFragment(QString());
        out.append(u);
    }
    return out;
}

QString suggestSection(const QString& title, const QUrl& url)
{
    const QString t = (title + u' ' + url.toString()).toLower();
    static const QList<QPair<QString, QStringList>> rules = {
        {QStringLiteral("economy"),
         {QStringLiteral("경제"),
          QStringLiteral("economy"),
          QStringLiteral("business"),
          QStringLiteral("finance"),
          QStringLiteral("증권"),
          QStringLiteral("산업")}},
        {QStringLiteral("politics"), {QStringLiteral("정치"), QStringLiteral("politics")}},
        {QStringLiteral("society"), {QStringLiteral("사회"), QStringLiteral("society"), QStringLiteral("national")}},
        {QStringLiteral("world"),
         {QStringLiteral("국제"), QStringLiteral("world"), QStringLiteral("international"), QStringLiteral("global")}},
        {QStringLiteral("culture"), {QStringLiteral("문화"), QStringLiteral("culture"), QStringLiteral("life")}},
        {QStringLiteral("opinion"),
         {QStringLiteral("오피니언"),
          QStringLiteral("opinion"),
          QStringLiteral("칼럼"),
          QStringLiteral("사설"),
          QStringLiteral("column")}},
        {QStringLiteral("sports"), {QStringLiteral("스포츠"), QStringLiteral("sports")}},
        {QStringLiteral("entertainment"), {QStringLiteral("연예"), QStringLiteral("entertainment")}},
        {QStringLiteral("it"),
         {QStringLiteral("it"), QStringLiteral("과학"), QStringLiteral("tech"), QStringLiteral("science")}},
        {QStringLiteral("local"),
         {QStringLiteral("교민"),
          QStringLiteral("한인"),
          QStringLiteral("상하이"),
          QStringLiteral("bbs"),
          QStringLiteral("community")}},
    };
    for (const auto& [section, words] : rules) {
        for (const QString& w : words) {
            // "it" only as a word of its own
            if (w == QLatin1String("it") ? (t.contains(QLatin1String("/it")) || t.contains(QLatin1String(" it ")))
                                         : t.contains(w)) {
                return section;
            }
        }
    }
    return QStringLiteral("general");
}

FeedDiscoverer::FeedDiscoverer(FetchSettings settings, QObject* parent)
    : QObject(parent)
    , m_fetcher(new FeedFetcher(std::move(settings), nullptr, this))
{
    connect(m_fetcher, &FeedFetcher::finished, this, &FeedDiscoverer::onFetched);
}

void FeedDiscoverer::discover(const QUrl& url)
{
    m_start = url;
    if (m_start.scheme().isEmpty()) {
        m_start = QUrl(QStringLiteral("https://") + url.toString()); // "www.example.kr" as typed
    }
    m_stage = 0;
    m_found.clear();
    m_error.clear();
    m_siteName.clear();
    m_homeTitle.clear();
    m_tried.clear();
    m_pending.clear();
    check({m_start});
}

void FeedDiscoverer::check(const QList<QUrl>& candidates)
{
    for (const QUrl& url : candidates) {
        FetchRequest r;
        r.id = ++m_nextId;
        r.url = url;
        r.accept = QStringLiteral("application/rss+xml, application/atom+xml, application/feed+json, text/xml, "
                                  "application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
        r.maxBytes = 5 * 1024 * 1024;
        m_pending.insert(r.id, url);
        m_fetcher->enqueue(r);
    }
    if (m_pending.isEmpty()) {
        done();
    }
}

void FeedDiscoverer::onFetched(const FetchResult& result)
{
    const auto it = m_pending.find(result.id);
    if (it == m_pending.end()) {
        return;
    }
    const QUrl url = it.value();
    m_pending.erase(it);
    if (result.status == FetchStatus::Ok) {
        const QUrl finalUrl = result.finalUrl.isValid() ? result.finalUrl : url;
        ParseOptions options;
        options.contentType = result.contentType;
        options.baseUrl = finalUrl.toString();
        const auto parsed = parseFeed(result.body, options);
        const auto* doc = std::get_if<FeedDocument>(&parsed);
        if (doc && doc->format != FeedFormat::Unknown) {
            const bool known = std::any_of(
                m_found.begin(), m_found.end(), [&](const DiscoveredFeed& f) { return f.url == finalUrl; });
            if (!known) {
                m_found.append(DiscoveredFeed{finalUrl,
                                              doc->title.simplified(),
                                              int(doc->entries.size()),
                                              suggestSection(doc->title, finalUrl),
                                              m_siteName,
                                              m_homeTitle});
            }
            m_tried.append(TriedAddress{url, true, {}});
        } else {
            const Error* why = std::get_if<Error>(&parsed);
            m_tried.append(
                TriedAddress{url, false, why ? *why : Error{ErrorCode::NotAFeed, QStringLiteral("not a feed"), 0}});
            if (m_stage == 0) {
                m_candidates = feedLinksInPage(result.body, result.contentType, finalUrl);
                m_siteName = siteNameInPage(result.body, result.contentType);
                m_homeTitle = homeTitleInPage(result.body, result.contentType, finalUrl);
            }
        }
    } else {
        m_tried.append(TriedAddress{url, false, result.error});
        if (m_stage == 0) {
            m_error = result.error.detail;
        }
    }
    if (!m_pending.isEmpty()) {
        return;
    }
    // the address was not a feed: the feeds its page names, then the usual places on its site
    if (m_stage == 0 && m_found.isEmpty()) {
        m_stage = 1;
        if (!m_candidates.isEmpty()) {
            check(m_candidates);
            return;
        }
    }
    if (m_stage == 1 && m_found.isEmpty()) {
        m_stage = 2;
        check(commonFeedPaths(m_start));
        return;
    }
    done();
}

void FeedDiscoverer::done()
{
    const QString error = m_found.isEmpty()
        ? (m_error.isEmpty() ? QStringLiteral("no feed found at this address") : m_error)
        : QString();
    emit finished(m_found, error);
}

} // namespace news
