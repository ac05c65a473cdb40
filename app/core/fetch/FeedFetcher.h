#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;
class QTimer;
class QNetworkReply;

namespace news
{

class Clock;

struct FetchSettings
{
    int maxParallel = 12;
    int maxPerHost = 2;
    int connectTimeoutMs = 15000; // also the stall timeout: no bytes for this long
    int totalTimeoutMs = 60000;
    qint64 maxBytes = 20 * 1024 * 1024;
    int maxRedirects = 5;
    QString userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                       "Chrome/124.0 Safari/537.36 Sosik/" SOSIK_VERSION);
    bool offline = false;
    // Politeness beyond maxPerHost, for the work after a refresh (article pages, images): at least this long
    // between two requests' starts to one host (0: none). Loopback hosts are exempt unless `rateLoopback`.
    int hostIntervalMs = 0;
    bool rateLoopback = false;
    // Hold requests to a host that asked us to wait (Retry-After) until it may be asked again, instead of failing
    // them at once; the caller bounds the wait (cancelAll).
    bool holdForRetryAfter = false;
};

struct FetchRequest
{
    qint64 id = 0; // the caller's key (feed id, media id)
    QUrl url;
    QString etag;
    QString lastModified;
    QString accept = QStringLiteral("application/rss+xml, application/atom+xml, application/feed+json, "
                                    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8");
    qint64 maxBytes = 0; // 0: the settings' limit
    // The bundled demo source may be read from qrc:. Set only where a subscription's own URL is qrc: (the
    // definition it came from is bundled), never for what a feed or page names: pages, images and redirects
    // are fetched over http(s) only (#17).
    bool bundled = false;
    QString userAgent; // "": the settings' User-Agent
};

/// Retry-After (seconds or an HTTP date) as unix seconds, at most 6 hours after `now`; 0 when unreadable.
qint64 parseRetryAfter(const QByteArray& value, qint64 now);

/// True for the only URLs ever fetched from the network: http and https, with a host.
bool isNetworkUrl(const QUrl& url);
/// True for a resource bundled into the program (qrc:), which only the demo source's subscriptions may read.
bool isBundledUrl(const QUrl& url);

enum class FetchStatus
{
    Ok,
    NotModified,
    Failed,
};

struct FetchResult
{
    qint64 id = 0;
    FetchStatus status = FetchStatus::Failed;
    QUrl requestedUrl;
    QUrl finalUrl;
    QUrl permanentUrl; // set when every redirect on the way was permanent (301/308)
    int httpStatus = 0;
    QByteArray body;
    QString contentType;
    QString etag;
    QString lastModified;
    bool gone = false; // 410
    qint64 retryAfter = 0; // unix seconds, from Retry-After on 429/503
    bool offline = false; // nothing was sent (offline mode): not the feed's failure, nothing to record
    Error error;
    qint64 bytes = 0;
    qint64 startedAt = 0;
    int durationMs = 0;
};

/// Fetches over the real QNetworkAccessManager: parallel (N at once, at most M per host), conditional GET,
/// gzip/deflate, stall and total timeouts, a byte cap enforced while streaming, at most 5 redirects and only
/// to http(s), Retry-After honoured per host, TLS errors fatal, the system proxy, cancel at any time.
/// Only http(s) URLs are fetched; qrc: only for requests marked `bundled` (the demo source), and file: never,
/// so nothing a feed or page says can make it read a local file or block on a FIFO (#17). In offline mode
/// nothing is sent.
/// Per-host politeness shared by the fetchers of one session (feeds, article pages, images): at most
/// `maxPerHost` requests to a host at a time across all of them. A Retry-After holds for what was refused:
/// the host's resources of the same kind (its feeds, its pages or its images), for at most 6 hours.
class HostSlots : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    int busy(const QString& host) const { return m_busy.value(host); }
    void acquire(const QString& host) { m_busy[host] += 1; }
    void release(const QString& host);
    qint64 blockedUntil(const QString& host) const { return m_blockedUntil.value(host); }
    void blockUntil(const QString& host, qint64 when) { m_blockedUntil.insert(host, when); }
    /// When the last request to `host` started (a monotonic clock in ms, 0: never), for per-host rates.
    qint64 lastStartMs(const QString& host) const { return m_lastStart.value(host); }
    void noteStart(const QString& host, qint64 ms) { m_lastStart.insert(host, ms); }

signals:
    /// A slot came free: fetchers waiting for that host may start.
    void released();

private:
    QHash<QString, int> m_busy;
    QHash<QString, qint64> m_blockedUntil;
    QHash<QString, qint64> m_lastStart;
};

class FeedFetcher : public QObject
{
    Q_OBJECT

public:
    explicit FeedFetcher(FetchSettings settings = {}, const Clock* clock = nullptr, QObject* parent = nullptr);
    ~FeedFetcher() override;

    void setSettings(const FetchSettings& settings);
    const FetchSettings& settings() const { return m_settings; }
    void enqueue(const FetchRequest& request);
    void cancelAll();
    /// While paused, queued requests wait (those under way go on): a consumer that cannot keep up with the
    /// bodies (RefreshEngine's parse queue) holds the network back instead of holding every body in memory.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Shares per-host limits with other fetchers (they must all live on this thread). Call before enqueuing.
    void shareHostSlots(HostSlots* shared);
    int pending() const { return int(m_queue.size()) + int(m_active.size()); }
    /// Requests sent to the network since construction (offline mode must keep this at 0).
    int requestsSent() const { return m_sent; }

signals:
    void finished(const news::FetchResult& result);
    void idle();

private:
    struct Active
    {
        FetchRequest request;
        FetchResult result;
        QString host;
        int redirects = 0;
        bool allPermanent = true;
        qint64 startMs = 0;
        qint64 deadlineMs = 0; // startMs + the total time limit: one deadline across every redirect hop
    };

    void pump();
    void start(Active active);
    void onReadyRead(QNetworkReply* reply);
    void onFinished(QNetworkReply* reply);
    void finish(QNetworkReply* reply, Active& active);
    void fail(Active& active, ErrorCode code, const QString& detail, int httpStatus = 0);
    qint64 nowSeconds() const;
    static QString hostKey(const QUrl& url);
    static QString blockKey(const FetchRequest& request);

    FetchSettings m_settings;
    const Clock* m_clock;
    QNetworkAccessManager* m_nam;
    std::deque<FetchRequest> m_queue;
    QHash<QNetworkReply*, Active> m_active;
    void schedulePump();
    void wakeIn(qint64 ms);
    QTimer* m_wake = nullptr; // a request waits for its host's rate or Retry-After

    HostSlots* m_slots; // per-host counts and Retry-After, our own or shared
    int m_sent = 0;
    bool m_pumpScheduled = false;
    bool m_pumping = false;
    bool m_paused = false;
    bool m_pumpAgain = false;
};

} // namespace news

Q_DECLARE_METATYPE(news::FetchResult)
