#include "media/MediaStore.h"

#include "store/Cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QSqlQuery>
#include <QThreadPool>

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

MediaStore::MediaStore(Cache* cache, FetchSettings settings, MediaLimits limits, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_fetcher(nullptr)
    , m_limits(limits)
{
    settings.maxBytes = limits.maxBytes;
    m_fetcher = new FeedFetcher(std::move(settings), nullptr, this);
    connect(m_fetcher, &FeedFetcher::finished, this, &MediaStore::onFetched);
}

void MediaStore::fetchPending()
{
    if (m_running) {
        m_again = true; // new images arrived meanwhile (full text): one more round when this one ends
        return;
    }
    m_running = true;
    const int perArticle = m_limits.perArticle;
    QPointer<MediaStore> self(this);
    if (m_fetcher->settings().offline) {
        // nothing is sent and nothing is marked failed: the images wait for the next time we are online
        QMetaObject::invokeMethod(
            this,
            [self] {
                if (self) {
                    self->m_running = false;
                    emit self->finished(0, 0);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_cache->run([self, perArticle](StoreWriterCore& core) {
        QSqlQuery q(core.database());
        // per-source switch: sources with images off store none, except for pinned (오프라인 저장) articles
        q.prepare(
            QStringLiteral("SELECT m.id, m.url, f.url LIKE 'qrc:%' FROM media m JOIN articles a ON a.id = m.article_id "
                           "JOIN sources s ON s.id = a.source_id JOIN feeds f ON f.id = a.feed_id LEFT JOIN "
                           "article_status st ON st.article_id = a.id WHERE "
                           "m.state = 'pending' AND m.position <= ? AND (s.images = 1 OR st.saved = 1) "
                           "ORDER BY m.article_id DESC, m.position LIMIT 5000"));
        q.addBindValue(perArticle);
        QList<Pending> pending;
        QHash<QString, int> byUrl;
        if (q.exec()) {
            while (q.next()) {
                const QString url = q.value(1).toString();
                const bool bundled = q.value(2).toBool();
                if (auto it = byUrl.constFind(url); it != byUrl.constEnd()) {
                    pending[it.value()].mediaIds.append(q.value(0).toLongLong());
                    pending[it.value()].bundled = pending[it.value()].bundled && bundled;
                } else {
                    byUrl.insert(url, int(pending.size()));
                    pending.append(Pending{{q.value(0).toLongLong()}, url, bundled});
                }
            }
        }
        // images already stored for another article are reused, not fetched again
        QSqlQuery known(core.database());
        known.prepare(QStringLiteral("SELECT blob, bytes, mime, width, height FROM media WHERE url = ? AND state = "
                                     "'stored' LIMIT 1"));
        QList<Pending> toFetch;
        for (const Pending& p : pending) {
            known.addBindValue(p.url);
            if (known.exec() && known.next()) {
                for (qint64 id : p.mediaIds) {
                    core.setMediaState(id,
                                       QStringLiteral("stored"),
                                       known.value(0).toString(),
                                       known.value(1).toLongLong(),
                                       known.value(2).toString(),
                                       known.value(3).toInt(),
                                       known.value(4).toInt(),
                                       {});
                }
                known.finish();
                continue;
            }
            known.finish();
            toFetch.append(p);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, toFetch] {
                if (self) {
                    self->begin(toFetch);
                }
            },
            Qt::QueuedConnection);
    });
}

void MediaStore::begin(const QList<Pending>& pending)
{
    m_total = int(pending.size());
    m_done = 0;
    m_stored = 0;
    m_failed = 0;
    m_fetchDone = pending.isEmpty();
    qint64 requestId = 0;
    for (const Pending& p : pending) {
        const QUrl url(p.url);
        if (isTrackerUrl(url)) {
            record(p.mediaIds, QStringLiteral("skipped"), {}, 0, {}, QStringLiteral("tracker"));
            ++m_done;
            continue;
        }
        FetchRequest r;
        r.id = ++requestId;
        r.url = url;
        r.bundled = p.bundled; // images of the demo source are bundled; any other image is fetched over http(s)
        r.accept = QStringLiteral("image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5");
        r.maxBytes = m_limits.maxBytes;
        m_inFlight.insert(r.id, p);
        m_fetcher->enqueue(r);
    }
    if (m_inFlight.isEmpty()) {
        m_fetchDone = true;
    }
    step();
}

void MediaStore::onFetched(const FetchResult& result)
{
    auto it = m_inFlight.find(result.id);
    if (it == m_inFlight.end()) {
        return;
    }
    const Pending p = it.value();
    m_inFlight.erase(it);
    if (m_inFlight.isEmpty()) {
        m_fetchDone = true;
    }
    if (result.status != FetchStatus::Ok) {
        emit rejected(p.url, result.error.detail);
        qCInfo(lcMedia) << "image not stored:" << p.url << result.error.detail;
        record(p.mediaIds, QStringLiteral("failed"), {}, 0, {}, result.error.detail);
        ++m_done;
        step();
        return;
    }
    // hashing and writing the file happen on a worker thread
    ++m_writing;
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
                --self->m_writing;
                if (!error.isEmpty()) {
                    emit self->rejected(p.url, error);
                    qCInfo(lcMedia) << "image not stored:" << p.url << error;
                    self->record(p.mediaIds, QStringLiteral("failed"), {}, 0, info, error);
                } else {
                    self->record(p.mediaIds, QStringLiteral("stored"), blob, size, info, {});
                }
                ++self->m_done;
                self->step();
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
    if (state == QLatin1String("stored")) {
        ++m_stored;
    } else {
        ++m_failed;
    }
    m_cache->run([ids, state, blob, bytes, info, error](StoreWriterCore& core) {
        for (qint64 id : ids) {
            core.setMediaState(id, state, blob, bytes, info.mime, info.width, info.height, error);
        }
    });
}

void MediaStore::step()
{
    emit progress(m_done, m_total);
    if (m_running && m_fetchDone && m_writing == 0) {
        m_running = false;
        // let the queued state writes land before anyone reads them
        QPointer<MediaStore> self(this);
        const int stored = m_stored;
        const int failed = m_failed;
        m_cache->run([self, stored, failed](StoreWriterCore&) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, stored, failed] {
                    if (self) {
                        emit self->finished(stored, failed);
                        if (self->m_again) {
                            self->m_again = false;
                            self->fetchPending();
                        }
                    }
                },
                Qt::QueuedConnection);
        });
    }
}

} // namespace news
