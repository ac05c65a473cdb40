#include "fetch/FeedFetcher.h"

#include "support/Clock.h"
#include "text/DateParser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

Q_LOGGING_CATEGORY(lcFetch, "news.fetch")

namespace news
{
namespace
{

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

// One 429 with a huge Retry-After must not silence a host for days (#17).
constexpr qint64 kMaxRetryAfter = 6 * 3600;

} // namespace

qint64 parseRetryAfter(const QByteArray& value, qint64 now)
{
    const QString text = QString::fromLatin1(value.trimmed());
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) {
        return now + std::clamp<qint64>(seconds, 0, kMaxRetryAfter);
    }
    // an HTTP date (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850, asctime): Qt 6.4's RFC 2822 reader
    // refuses "GMT", our lenient date parser reads all three
    QString date = text;
    static const QRegularExpression kRfc850(QStringLiteral("^[A-Za-z]+, (\\d{1,2})-([A-Za-z]{3})-(\\d{2,4}) (.*)$"));
    if (const QRegularExpressionMatch m = kRfc850.match(text); m.hasMatch()) {
        // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT" (two-digit years: 70-99 are 19xx)
        QString year = m.captured(3);
        if (year.size() == 2) {
            year = (year.toInt() >= 70 ? QStringLiteral("19") : QStringLiteral("20")) + year;
        }
        date = QStringLiteral("%1 %2 %3 %4").arg(m.captured(1), m.captured(2), year, m.captured(4));
    }
    const QDateTime when = DateParser::parse(date, QTimeZone::utc());
    if (when.isValid()) {
        return std::clamp<qint64>(when.toSecsSinceEpoch(), now, now + kMaxRetryAfter);
    }
    return 0;
}

namespace
{

// a bundled resource, read through the same path as the network but without host slots or Retry-After
bool isLocal(const FetchRequest& request)
{
    return request.bundled && isBundledUrl(request.url);
}

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1")
        || host == QLatin1String("[::1]");
}

} // namespace

bool isNetworkUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool isBundledUrl(const QUrl& url)
{
    return url.isValid() && url.scheme().toLower() == QLatin1String("qrc");
}

FeedFetcher::FeedFetcher(FetchSettings settings, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_nam(new QNetworkAccessManager(this))
    , m_wake(new QTimer(this))
    , m_slots(new HostSlots(this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &FeedFetcher::pump);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

FeedFetcher::~FeedFetcher()
{
    cancelAll();
}

void HostSlots::release(const QString& host)
{
    m_busy[host] -= 1;
    emit released();
}

void FeedFetcher::shareHostSlots(HostSlots* shared)
{
    if (!shared || shared == m_slots) {
        return;
    }
    m_slots = shared;
    connect(m_slots, &HostSlots::released, this, &FeedFetcher::schedulePump);
}

void FeedFetcher::schedulePump()
{
    if (m_pumpScheduled || m_queue.empty()) {
        return;
    }
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void FeedFetcher::setSettings(const FetchSettings& settings)
{
    m_settings = settings;
}

qint64 FeedFetcher::nowSeconds() const
{
    return m_clock ? m_clock->now() : QDateTime::currentSecsSinceEpoch();
}

QString FeedFetcher::hostKey(const QUrl& url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QString FeedFetcher::blockKey(const FetchRequest& request)
{
    // what a Retry-After refused: this host's resources of this kind (feeds, pages and images ask for
    // different representations), not everything of the host
    return hostKey(request.url) + u'\n' + request.accept;
}

void FeedFetcher::enqueue(const FetchRequest& request)
{
    m_queue.push_back(request);
    schedulePump();
}

void FeedFetcher::setPaused(bool paused)
{
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    if (!paused) {
        pump();
    }
}

void FeedFetcher::cancelAll()
{
    std::deque<FetchRequest> queued;
    queued.swap(m_queue);
    const auto replies = m_active.keys();
    for (QNetworkReply* reply : replies) {
        auto it = m_active.find(reply);
        if (it == m_active.end()) {
            continue;
        }
        Active active = std::move(it.value());
        m_active.erase(it);
        m_slots->release(active.host);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        fail(active, ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    for (const FetchRequest& r : queued) {
        Active a;
        a.request = r;
        a.result.id = r.id;
        a.result.requestedUrl = r.url;
        fail(a, ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
}

void FeedFetcher::pump()
{
    // start() and fail() emit `finished`, whose listeners may enqueue or fail synchronously (offline, a bad
    // scheme): never hold a queue iterator across them, and let a nested call leave the work to this loop
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    qint64 wait = -1; // until the first request held back by its host's rate or Retry-After may go
    do {
        m_pumpAgain = false;
        wait = -1;
        const qint64 now = nowSeconds();
        const qint64 nowMs = monotonicMs();
        for (std::size_t i = 0; !m_paused && i < m_queue.size() && int(m_active.size()) < m_settings.maxParallel;) {
            const QString host = hostKey(m_queue[i].url);
            const bool local = isLocal(m_queue[i]);
            if (!local && m_slots->busy(host) >= m_settings.maxPerHost) {
                ++i;
                continue;
            }
            // a Retry-After holds this host's resources of the refused kind: wait for it, or fail below at once
            if (const qint64 until = local ? 0 : m_slots->blockedUntil(blockKey(m_queue[i]));
                m_settings.holdForRetryAfter && until > now) {
                const qint64 ms = (until - now) * 1000;
                wait = wait < 0 ? ms : std::min(wait, ms);
                ++i;
                continue;
            }
            if (!local && m_settings.hostIntervalMs > 0 && m_slots->lastStartMs(host) > 0
                && (m_settings.rateLoopback || !isLoopbackHost(m_queue[i].url.host()))) {
                const qint64 due = m_slots->lastStartMs(host) + m_settings.hostIntervalMs;
                if (due > nowMs) {
                    wait = wait < 0 ? due - nowMs : std::min(wait, due - nowMs);
                    ++i;
                    continue;
                }
            }
            Active active;
            active.request = m_queue[i];
            active.host = host;
            active.result.id = active.request.id;
            active.result.requestedUrl = active.request.url;
            active.result.startedAt = now;
            active.startMs = monotonicMs();
            m_queue.erase(m_queue.begin() + qsizetype(i));
            active.deadlineMs = active.startMs + m_settings.totalTimeoutMs;
            if (!local && m_slots->blockedUntil(blockKey(active.request)) > now) {
                active.result.retryAfter = m_slots->blockedUntil(blockKey(active.request));
                fail(active, ErrorCode::HttpStatus, QStringLiteral("host asked us to wait (Retry-After)"), 429);
                continue;
            }
            start(std::move(active));
        }
    } while (m_pumpAgain);
    m_pumping = false;
    if (wait >= 0) {
        wakeIn(wait);
    }
    if (m_queue.empty() && m_active.isEmpty()) {
        emit idle();
    }
}

void FeedFetcher::wakeIn(qint64 ms)
{
    const int wait = int(std::clamp<qint64>(ms, 1, 3600 * 1000));
    if (!m_wake->isActive() || m_wake->remainingTime() > wait) {
        m_wake->start(wait);
    }
}

void FeedFetcher::start(Active active)
{
    const QUrl url = active.request.url;
    const bool local = isLocal(active.request);
    if (!local && !isNetworkUrl(url)) {
        fail(active,
             ErrorCode::Network,
             QStringLiteral("refused: only http(s) URLs are fetched ('%1')").arg(url.scheme().toLower()));
        pump();
        return;
    }
    if (const QString host = url.host().toLower();
        !local && (host == QLatin1String("invalid") || host.endsWith(QLatin1String(".invalid")))) {
        // RFC 6761: a name under .invalid never exists, so not even the resolver is asked (the demo's articles
        // link to demo.sosik.invalid)
        fail(active, ErrorCode::Network, QStringLiteral("Host %1 not found (.invalid names never exist)").arg(host));
        pump();
        return;
    }
    if (m_settings.offline && !local) {
        active.result.offline = true;
        fail(active, ErrorCode::Network, QStringLiteral("offline: no request sent"));
        pump();
        return;
    }
    // one deadline for the whole fetch: a redirect hop does not restart the clock (#17)
    const qint64 remaining = active.deadlineMs - monotonicMs();
    if (remaining <= 0) {
        fail(active, ErrorCode::Network, QStringLiteral("timed out after %1 ms").arg(m_settings.totalTimeoutMs));
        pump();
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      active.request.userAgent.isEmpty() ? m_settings.userAgent : active.request.userAgent);
    request.setRawHeader("Accept", active.request.accept.toLatin1());
    request.setRawHeader("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.6");
    if (!active.request.etag.isEmpty()) {
        request.setRawHeader("If-None-Match", active.request.etag.toLatin1());
    }
    if (!active.request.lastModified.isEmpty()) {
        request.setRawHeader("If-Modified-Since", active.request.lastModified.toLatin1());
    }
    request.setTransferTimeout(int(std::min<qint64>(m_settings.connectTimeoutMs, remaining)));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    QNetworkReply* reply = m_nam->get(request);
    if (!local) {
        ++m_sent;
        m_slots->acquire(active.host);
        m_slots->noteStart(active.host, std::max<qint64>(1, monotonicMs()));
    }
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    // the total time limit, on top of the stall timeout
    QTimer::singleShot(int(remaining), reply, [this, reply] {
        auto it = m_active.find(reply);
        if (it == m_active.end()) {
            return;
        }
        it->result.error
            = Error{ErrorCode::Network, QStringLiteral("timed out after %1 ms").arg(m_settings.totalTimeoutMs)};
        reply->abort();
    });
    m_active.insert(reply, std::move(active));
}

void FeedFetcher::onReadyRead(QNetworkReply* reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end()) {
        return;
    }
    const qint64 cap = it->request.maxBytes > 0 ? it->request.maxBytes : m_settings.maxBytes;
    const QByteArray chunk = reply->readAll();
    it->result.bytes += chunk.size();
    if (it->result.body.size() + chunk.size() > cap) {
        it->result.error = Error{ErrorCode::TooLarge, QStringLiteral("response larger than %1 bytes").arg(cap)};
        reply->abort();
        return;
    }
    if (it->result.body.isEmpty()) {
        // a large body grown chunk by chunk holds up to twice its size while it arrives: reserve what the
        // server announced (within the cap; compressed replies announce less and grow from there)
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > chunk.size() && announced <= cap) {
            it->result.body.reserve(announced);
        }
    }
    it->result.body += chunk;
}

void FeedFetcher::onFinished(QNetworkReply* reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end()) {
        reply->deleteLater();
        return;
    }
    Active active = std::move(it.value());
    m_active.erase(it);
    // the result goes out before the slot is released (others start after it); finish() may move `active`
    // into a redirect's request, so the host is taken first
    const QString host = active.host;
    const bool local = isLocal(active.request);
    finish(reply, active);
    if (!local) {
        m_slots->release(host);
    }
    reply->deleteLater();
    pump();
}

void FeedFetcher::finish(QNetworkReply* reply, Active& active)
{
    FetchResult& r = active.result;
    if (reply->bytesAvailable() > 0 && r.error.detail.isEmpty()) {
        onReadyRead(reply);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.httpStatus = status;
    r.finalUrl = reply->url();
    if (!r.error.detail.isEmpty()) { // our own abort: too large, timed out
        fail(active, r.error.code, r.error.detail, status);
        return;
    }
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl target
            = reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const QString scheme = target.scheme().toLower();
        if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            fail(active, ErrorCode::Network, QStringLiteral("redirect to a non-HTTP URL refused"), status);
            return;
        }
        if (++active.redirects > m_settings.maxRedirects) {
            fail(active, ErrorCode::Network, QStringLiteral("too many redirects"), status);
            return;
        }
        active.allPermanent = active.allPermanent && (status == 301 || status == 308);
        if (active.allPermanent) {
            r.permanentUrl = target;
        }
        active.request.url = target;
        const QString newHost = hostKey(target);
        active.host = newHost;
        r.body.clear();
        r.bytes = 0;
        // follow at once (the per-host limit is a politeness hint; a redirect is one logical request)
        start(std::move(active));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // the transfer timeout (our own aborts set their reason above), before or after the headers: Qt says
        // "Operation canceled", which tells the user nothing
        fail(active,
             ErrorCode::Network,
             QStringLiteral("timed out (no data for %1 ms)")
                 .arg(std::min<qint64>(m_settings.connectTimeoutMs, m_settings.totalTimeoutMs)),
             status);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const QString detail = reply->errorString();
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        fail(active, ErrorCode::Network, tls ? QStringLiteral("TLS error: %1").arg(detail) : detail);
        return;
    }
    if (!active.allPermanent) {
        r.permanentUrl = QUrl();
    }
    r.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    r.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    r.contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
    r.durationMs = int(monotonicMs() - active.startMs);
    if (status == 304) {
        r.status = FetchStatus::NotModified;
        emit finished(r);
        return;
    }
    if (status == 429 || status == 503) {
        r.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), nowSeconds());
        if (r.retryAfter > 0) {
            m_slots->blockUntil(blockKey(active.request), r.retryAfter);
        }
        fail(active, ErrorCode::HttpStatus, QStringLiteral("HTTP %1").arg(status), status);
        return;
    }
    if (status == 410) {
        r.gone = true;
    }
    if (status >= 400 || (status == 0 && reply->error() != QNetworkReply::NoError)) {
        fail(active, ErrorCode::HttpStatus, QStringLiteral("HTTP %1").arg(status), status);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // e.g. the connection was reset in the middle of the body: keep nothing half-read
        QString detail = reply->errorString();
        if (detail.trimmed().endsWith(u':')) { // Qt's "Decompression failed: " comes without its reason
            detail = detail.trimmed()
                + QStringLiteral(" the body is not valid %1 data")
                      .arg(QString::fromLatin1(reply->rawHeader("Content-Encoding")));
        }
        fail(active, ErrorCode::Network, detail, status);
        return;
    }
    // a connection closed before Content-Length was reached is a truncated body, not a document
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && reply->rawHeader("Content-Encoding").isEmpty()
        && declared.toLongLong() != r.body.size()) {
        fail(active,
             ErrorCode::Network,
             QStringLiteral("connection closed after %1 of %2 bytes").arg(r.body.size()).arg(declared.toLongLong()),
             status);
        return;
    }
    r.status = FetchStatus::Ok;
    emit finished(r);
}

void FeedFetcher::fail(Active& active, ErrorCode code, const QString& detail, int httpStatus)
{
    FetchResult& r = active.result;
    r.status = FetchStatus::Failed;
    r.error = Error{code, detail, httpStatus};
    r.httpStatus = httpStatus;
    r.body.clear();
    r.durationMs = int(monotonicMs() - active.startMs);
    qCDebug(lcFetch) << "failed" << active.request.url.toString() << detail;
    emit finished(r);
}

} // namespace news
