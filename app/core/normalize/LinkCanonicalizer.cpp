#include "normalize/LinkCanonicalizer.h"

#include <QUrl>
#include <QUrlQuery>

namespace news
{

namespace
{

bool isTrackingParameter(const QString& key)
{
    const QString k = key.toLower();
    return k.startsWith(QLatin1String("utm_")) || k == QLatin1String("input") || k == QLatin1String("plink")
        || k == QLatin1String("fbclid") || k == QLatin1String("gclid") || k == QLatin1String("ref_src")
        || k == QLatin1String("cmpid") || k == QLatin1String("from") || k == QLatin1String("rss")
        || k == QLatin1String("ref") || k == QLatin1String("nclick_id");
}

} // namespace

QString canonicalLink(const QString& raw)
{
    QUrl url(raw.trimmed());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return {};
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QLatin1String("http") && url.port() == 80)
        || (scheme == QLatin1String("https") && url.port() == 443)) {
        url.setPort(-1);
    }
    url.setFragment(QString());
    if (url.hasQuery()) {
        QUrlQuery query(url);
        QUrlQuery kept;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyEncoded)) {
            if (!isTrackingParameter(key)) {
                kept.addQueryItem(key, value);
            }
        }
        if (kept.isEmpty()) {
            url.setQuery(QString());
        } else {
            url.setQuery(kept.query(QUrl::FullyEncoded), QUrl::StrictMode);
        }
    }
    if (url.path().isEmpty()) {
        url.setPath(QStringLiteral("/"));
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace news
