#include "text/LinkCanonicalizer.h"

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

// Most article links are already canonical: lower-case http(s) host without port, a path of plain characters, no
// fragment, at most a plain query without tracking parameters. Those need no QUrl round trip (which gives back the same
// text).
bool alreadyCanonical(QStringView s)
{
    qsizetype i = 0;
    if (s.startsWith(QLatin1String("https://"))) {
        i = 8;
    } else if (s.startsWith(QLatin1String("http://"))) {
        i = 7;
    } else {
        return false;
    }
    const qsizetype hostStart = i;
    for (; i < s.size() && s[i] != u'/'; ++i) {
        const char16_t c = s[i].unicode();
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
            return false;
        }
    }
    if (i == hostStart || i == s.size()) {
        return false; // no host, or no path ("/" is added)
    }
    auto plain = [](char16_t c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
            || c == '_' || c == '~';
    };
    for (; i < s.size() && s[i] != u'?'; ++i) {
        if (!plain(s[i].unicode()) && s[i] != u'/') {
            return false;
        }
    }
    if (i == s.size()) {
        return true;
    }
    // a query of plain name=value pairs ("articleView.html?idxno=123", as Korean CMSs write), none of them tracking
    const QStringView query = s.sliced(i + 1);
    if (query.isEmpty()) {
        return false;
    }
    for (QStringView pair : query.split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0 || eq == pair.size() - 1 || isTrackingParameter(pair.first(eq).toString())) {
            return false;
        }
        for (qsizetype k = 0; k < pair.size(); ++k) {
            if (k != eq && !plain(pair[k].unicode())) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

QString canonicalLink(const QString& raw)
{
    if (alreadyCanonical(raw)) {
        return raw;
    }
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
