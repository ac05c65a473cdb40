#include "media/MediaStore.h"

#include "store/Cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

#include <limits>

Q_LOGGING_CATEGORY(lcMedia, "news.media")

namespace news
{
namespace
{

quint32 be32(const QByteArray& b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8)
        | quint32(quint8(b[at + 3]));
}

quint16 be16(const QByteArray& b, int at)
{
    return quint16((quint8(b[at]) << 8) | quint8(b[at + 1]));
}

quint16 le16(const QByteArray& b, int at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

} // namespace

ImageInfo sniffImage(const QByteArray& b)
{
    ImageInfo info;
    if (b.size() >= 24 && b.startsWith("\x89PNG\r\n\x1a\n")) {
        info.mime = QStringLiteral("image/png");
        info.width = int(be32(b, 16));
        info.height = int(be32(b, 20));
    } else if (b.size() >= 10 && (b.startsWith("GIF87a") || b.startsWith("GIF89a"))) {
        info.mime = QStringLiteral("image/gif");
        info.width = le16(b, 6);
        info.height = le16(b, 8);
    } else if (b.size() >= 4 && quint8(b[0]) == 0xFF && quint8(b[1]) == 0xD8 && quint8(b[2]) == 0xFF) {
        info.mime = QStringLiteral("image/jpeg");
        // walk the markers to the first start-of-frame
        int i = 2;
        while (i + 9 < b.size()) {
            if (quint8(b[i]) != 0xFF) {
                ++i;
                continue;
            }
            const quint8 marker = quint8(b[i + 1]);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                info.height = be16(b, i + 5);
                info.width = be16(b, i + 7);
                break;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            i += 2 + be16(b, i + 2);
        }
    } else if (b.size() >= 30 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP") {
        info.mime = QStringLiteral("image/webp");
        const QByteArray chunk = b.mid(12, 4);
        if (chunk == "VP8X") {
            info.width = 1 + (quint8(b[24]) | (quint8(b[25]) << 8) | (quint8(b[26]) << 16));
            info.height = 1 + (quint8(b[27]) | (quint8(b[28]) << 8) | (quint8(b[29]) << 16));
        } else if (chunk == "VP8 ") {
            info.width = le16(b, 26) & 0x3FFF;
            info.height = le16(b, 28) & 0x3FFF;
        } else if (chunk == "VP8L" && b.size() >= 25) {
            const quint32 bits = quint32(quint8(b[21])) | (quint32(quint8(b[22])) << 8) | (quint32(quint8(b[23])) << 16)
                | (quint32(quint8(b[24])) << 24);
            info.width = int(bits & 0x3FFF) + 1;
            info.height = int((bits >> 14) & 0x3FFF) + 1;
        }
    }
    return info;
}

bool isTrackerUrl(const QUrl& url)
{
    static const QStringList hosts = {
        QStringLiteral("doubleclick.net"),
        QStringLiteral("google-analytics.com"),
        QStringLiteral("googletagmanager.com"),
        QStringLiteral("facebook.com"),
        QStringLiteral("scorecardresearch.com"),
        QStringLiteral("feedburner.com"),
        QStringLiteral("pixel.wp.com"),
        QStringLiteral("stats.wp.com"),
        QStringLiteral("analytics.naver.com"),
        QStringLiteral("wcs.naver.net"),
        QStringLiteral("counter.yadro.ru"),
        QStringLiteral("hm.baidu.com"),
        QStringLiteral("feeds.feedburner.com"),
        QStringLiteral("pixel.quantserve.com"),
    };
    const QString host = url.host().toLower();
    for (const QString& h : hosts) {
        if (host == h || host.endsWith(u'.' + h)) {
            return true;
        }
    }
    const QString path = url.path().toLower();
    return path.contains(QLatin1String("/pixel")) || path.endsWith(QLatin1String("/1x1.gif"))
        || path.contains(QLatin1String("/tracking/")) || path.endsWith(QLatin1String("/beacon.gif"));
}

namespace
{

// media rows read per chunk, and how few requests may wait before the next chunk is read (see FullTextFetcher)
constexpr int kChunk = 1000;
constexpr int kRefillBelow = 300;

} // namespace

MediaStore::MediaStore(Cache* cache, FetchSettings settings, MediaLimits limits, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_fetcher(nullptr)
    , m_run(nullptr)
    , m_limits(limits)
{
    settings.maxBytes = limits.maxBytes;
    settings.holdForRetryAfter = true; // a host that asks us to wait keeps its images pending, not failed
    m_fetcher = new FeedFetcher(std::move(settings), nullptr, this);
    m_run = new CompletionRun(
        m_fetcher, kRefillBelow, [this] { loadMore(); }, this);
    connect(m_fetcher, &FeedFetcher::finished, this, &MediaStore::onFetched);
    connect(m_run, &CompletionRun::progress, this, &MediaStore::progress);
    connect(m_run, &CompletionRun::drained, this, [this](const CompletionRun::Drained& run) {
        if (run.offline) {
            emit finished(0, 0);
            return;
        }
        // let the queued state writes land before anyone reads them
        m_cache->whenWritten(this, [this, run] {
            // the next round starts first, so that whoever hears `finished` sees isRunning()
            if (m_again) {
                m_again = false;
                if (!run.stopped && run.remaining.count() > 0) {
                    fetchPending(run.remaining);
                }
            }
            emit finished(run.stored, run.failed);
        });
    });
}

void MediaStore::fetchPending(std::chrono::milliseconds budget)
{
    if (!m_run->start(budget)) {
        m_again = true; // new images arrived meanwhile (full text): one more round when this one ends
    }
}

void MediaStore::loadMore()
{
    const qint64 cursor = m_run->cursor();
    const bool count = cursor == std::numeric_limits<qint64>::max();
    m_cache->pendingImages(m_limits.perArticle, cursor, kChunk, count, this, [this](const Result<PendingImagePage>& r) {
        // a failure went to the cache's storageError; nothing more to fetch then
        const auto* page = std::get_if<PendingImagePage>(&r);
        if (!page) {
            if (m_run->loaded(m_run->cursor(), true, -1)) {
                m_run->step();
            }
            return;
        }
        m_run->counted(page->reused, CompletionRun::Outcome::Reused);
        if (!m_run->loaded(page->next, page->exhausted, page->total)) {
            return;
        }
        for (const Pending& p : page->toFetch) {
            if (m_run->isStopping()) {
                break;
            }
            const QUrl url(p.url);
            if (isTrackerUrl(url)) {
                record(p.mediaIds, QStringLiteral("skipped"), {}, 0, {}, QStringLiteral("tracker"));
                m_run->counted(int(p.mediaIds.size()), CompletionRun::Outcome::Failed);
                continue;
            }
            if (auto it = m_requestByUrl.constFind(p.url); it != m_requestByUrl.constEnd()) {
                m_inFlight[it.value()].mediaIds += p.mediaIds; // the same image, already on its way
                continue;
            }
            FetchRequest request;
            request.id = ++m_requestId;
            request.url = url;
            request.bundled = p.bundled; // images of the demo source are bundled; any other is fetched over http(s)
            request.accept = QStringLiteral("image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5");
            request.maxBytes = m_limits.maxBytes;
            m_inFlight.insert(request.id, p);
            m_requestByUrl.insert(p.url, request.id);
            m_run->sent();
            m_fetcher->enqueue(request);
        }
        m_run->step();
    });
}

void MediaStore::onFetched(const FetchResult& result)
{
    auto it = m_inFlight.find(result.id);
    if (it == m_inFlight.end()) {
        return;
    }
    const Pending p = it.value();
    m_inFlight.erase(it);
    m_requestByUrl.remove(p.url);
    if (result.status != FetchStatus::Ok && (result.error.code == ErrorCode::Cancelled || result.retryAfter > 0)) {
        // stays pending: the budget ran out, or the host asked us to come back later
        m_run->settled(int(p.mediaIds.size()), CompletionRun::Outcome::Left);
        return;
    }
    if (result.status != FetchStatus::Ok) {
        emit rejected(p.url, result.error.detail);
        qCInfo(lcMedia) << "image not stored:" << p.url << result.error.detail;
        record(p.mediaIds, QStringLiteral("failed"), {}, 0, {}, result.error.detail);
        m_run->settled(int(p.mediaIds.size()), CompletionRun::Outcome::Failed);
        return;
    }
    // hashing and writing the file happen on a worker thread
    const QString dir = m_cache->imageDir();
    const MediaLimits limits = m_limits;
    QPointer<MediaStore> self(this);
    QThreadPool::globalInstance()->start([self, p, body = result.body, dir, limits] {
        const ImageInfo info = sniffImage(body);
        QString error;
        QString blob;
        if (info.mime.isEmpty()) {
            error = QStringLiteral("not an image (by its bytes)");
        } else if (info.width <= 0 || info.height <= 0) {
            error = QStringLiteral("image without dimensions");
        } else if (qint64(info.width) * info.height > limits.maxPixels) {
            error = QStringLiteral("image of %1x%2 pixels refused (decompression bomb guard)")
                        .arg(info.width)
                        .arg(info.height);
        } else if (info.width <= 2 && info.height <= 2) {
            error = QStringLiteral("tracking pixel");
        } else {
            blob = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex());
            const QString path = QDir(dir).filePath(blob.left(2) + u'/' + blob.mid(2));
            if (!QFileInfo::exists(path)) {
                QDir().mkpath(QFileInfo(path).absolutePath());
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
                    error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
                    blob.clear();
                }
            }
        }
        const qint64 size = body.size();
        QMetaObject::invokeMethod(
            self.data(),
            [self, p, blob, size, info, error] {
                if (!self) {
                    return;
                }
                if (!error.isEmpty()) {
                    emit self->rejected(p.url, error);
                    qCInfo(lcMedia) << "image not stored:" << p.url << error;
                    self->record(p.mediaIds, QStringLiteral("failed"), {}, 0, info, error);
                } else {
                    self->record(p.mediaIds, QStringLiteral("stored"), blob, size, info, {});
                }
                self->m_run->settled(int(p.mediaIds.size()),
                                     error.isEmpty() ? CompletionRun::Outcome::Stored : CompletionRun::Outcome::Failed);
            },
            Qt::QueuedConnection);
    });
}

void MediaStore::record(const QList<qint64>& ids,
                        const QString& state,
                        const QString& blob,
                        qint64 bytes,
                        const ImageInfo& info,
                        const QString& error)
{
    m_cache->setMediaState(ids, MediaState{state, blob, bytes, info.mime, info.width, info.height, error});
}

} // namespace news
