#include "models/ThumbnailCache.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace
{
constexpr QSize kCrop(160, 110); // decoded at twice the shown size, then cropped to the list's aspect
constexpr QSize kShown(80, 55);
constexpr qint64 kMaxSourcePixels
    = 40'000'000; // bigger: read at full size would be a bomb (the media store refuses them)
} // namespace

ThumbnailCache::ThumbnailCache(QObject* parent, qsizetype budgetBytes)
    : QObject(parent)
    , m_cache(std::max<qsizetype>(1, budgetBytes))
{
}

QPixmap ThumbnailCache::thumbnail(const QString& path)
{
    if (path.isEmpty()) {
        return {};
    }
    if (const QPixmap* held = m_cache.object(path)) { // also makes it the most recently used
        return *held;
    }
    if (m_loading.contains(path)) {
        return {};
    }
    m_loading.insert(path);
    ++m_started;
    QPointer<ThumbnailCache> self(this);
    const qreal dpr = std::max<qreal>(1.0, qGuiApp ? qGuiApp->devicePixelRatio() : 1.0); // sharp on HiDPI screens
    QThreadPool::globalInstance()->start([self, path, dpr] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() <= kMaxSourcePixels) {
            reader.setScaledSize(size.scaled(kCrop, Qt::KeepAspectRatioByExpanding));
        }
        QImage image = reader.read();
        if (!image.isNull()) {
            image = image
                        .copy(QRect(QPoint((image.width() - kCrop.width()) / 2, (image.height() - kCrop.height()) / 2),
                                    kCrop))
                        .scaled(int(kShown.width() * dpr),
                                int(kShown.height() * dpr),
                                Qt::IgnoreAspectRatio,
                                Qt::SmoothTransformation);
            image.setDevicePixelRatio(dpr);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, image] {
                if (self) {
                    self->decoded(path, image);
                }
            },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::decoded(const QString& path, const QImage& image)
{
    m_loading.remove(path);
    auto* pixmap = new QPixmap(QPixmap::fromImage(image));
    // a file that does not decode costs a little, so that it is not read again on every paint
    const qsizetype cost = std::max<qsizetype>(64, qsizetype(image.sizeInBytes()));
    m_cache.insert(path, pixmap, cost);
    emit ready(path);
}
