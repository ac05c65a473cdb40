#include "ErrorMessages.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace news;

namespace
{

// lupdate files these under the "ErrorMessages" context
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    static QString http(int status);
    static QString network(const QString& detail);
    static QString describe(const Error& error);
    static QString unknown() { return tr("Something went wrong"); }
};

QString Words::http(int status)
{
    switch (status) {
    case 401:
        return tr("HTTP 401 — the site asks for a login");
    case 403:
        return tr("HTTP 403 — the site refused access");
    case 404:
        return tr("HTTP 404 — nothing at this address");
    case 410:
        return tr("HTTP 410 — the feed is gone for good");
    case 429:
        return tr("HTTP 429 — the site asks us to come back later");
    case 500:
    case 502:
    case 503:
    case 504:
        return tr("HTTP %1 — the site's server is having trouble").arg(status);
    default:
        break;
    }
    if (status > 0) {
        return tr("HTTP %1 — the site answered with an error").arg(status);
    }
    return tr("The site answered with an error");
}

// The fetcher's technical details (fetch/FeedFetcher.cpp and Qt's QNetworkReply::errorString) tell the network
// failures apart; matched loosely so a reworded detail still falls back to a sensible sentence.
QString Words::network(const QString& detail)
{
    const QString d = detail.toLower();
    if (d.contains(QLatin1String("offline"))) {
        return tr("Offline: nothing was sent");
    }
    if (d.contains(QLatin1String("timed out")) || d.contains(QLatin1String("timeout"))) {
        static const QRegularExpression ms(QStringLiteral("(\\d+)\\s*ms"));
        const auto m = ms.match(d);
        if (m.hasMatch()) {
            const int seconds = std::max(1, int((m.captured(1).toLongLong() + 500) / 1000));
            return tr("No response from the server (%1 s)").arg(seconds);
        }
        return tr("No response from the server");
    }
    if (d.contains(QLatin1String("not found")) || d.contains(QLatin1String("host lookup"))
        || d.contains(QLatin1String("unknown host"))) {
        return tr("Address not found");
    }
    if (d.contains(QLatin1String("refused"))) {
        if (d.contains(QLatin1String("redirect"))) {
            return tr("The site sent us to an address Sosik does not follow");
        }
        return tr("The server refused the connection");
    }
    if (d.contains(QLatin1String("tls")) || d.contains(QLatin1String("ssl"))
        || d.contains(QLatin1String("certificate"))) {
        return tr("The site's secure connection could not be verified");
    }
    if (d.contains(QLatin1String("too many redirects"))) {
        return tr("The site redirects in circles");
    }
    if (d.contains(QLatin1String("scheme")) || d.contains(QLatin1String("not http"))) {
        return tr("Sosik only reads web (http, https) addresses");
    }
    if (d.contains(QLatin1String("closed")) || d.contains(QLatin1String("reset"))) {
        return tr("The connection broke off before the end");
    }
    if (d.contains(QLatin1String("proxy"))) {
        return tr("The proxy could not be reached");
    }
    return tr("Network error");
}

QString Words::describe(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Network:
        return network(error.detail);
    case ErrorCode::HttpStatus:
        return http(error.httpStatus);
    case ErrorCode::NotAFeed:
        return tr("Not a feed: the address holds a page, not RSS or Atom");
    case ErrorCode::Malformed:
        return tr("The feed is damaged and could not be read");
    case ErrorCode::TooLarge:
        return tr("The response is too large");
    case ErrorCode::Storage:
        return tr("The cache could not be written (is the disk full?)");
    case ErrorCode::Cancelled:
        return tr("Cancelled");
    }
    return unknown();
}

} // namespace

namespace ErrorMessages
{

QString describe(const Error& error)
{
    return Words::describe(error);
}

QString describeStored(int storedCode, int httpStatus, const QString& detail)
{
    if (storedCode <= 0) {
        return {};
    }
    Error error;
    error.code = ErrorCode(storedCode - 1);
    if (storedCode - 1 > int(ErrorCode::Cancelled)) {
        return Words::unknown();
    }
    error.httpStatus = httpStatus;
    error.detail = detail;
    if (error.code == ErrorCode::HttpStatus && httpStatus == 0) {
        static const QRegularExpression http(QStringLiteral("HTTP (\\d{3})"));
        const auto m = http.match(detail);
        error.httpStatus = m.hasMatch() ? m.captured(1).toInt() : 0;
    }
    return describe(error);
}

} // namespace ErrorMessages
