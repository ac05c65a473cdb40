#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>

/// List thumbnails, decoded off the GUI thread and kept in memory up to a budget of pixels: when it is full
/// the least recently shown ones give way, so scrolling through 100,000 articles keeps decoding (#12).
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    /// 80x55 at 2x is ~17.6 KB: the default budget (32 MB) holds about 1,800 of them on HiDPI, 7,000 at 1x.
    static constexpr qsizetype kDefaultBudgetBytes = 32 * 1024 * 1024;

    explicit ThumbnailCache(QObject* parent = nullptr, qsizetype budgetBytes = kDefaultBudgetBytes);

    /// The decoded thumbnail of the image file at `path`; when it is not held, a null pixmap, and a decode is
    /// started (ready() follows). A file that does not decode is remembered as such (an empty pixmap is held).
    QPixmap thumbnail(const QString& path);
    bool contains(const QString& path) const { return m_cache.contains(path); }
    /// Bytes held (the pixmaps' own size).
    qsizetype heldBytes() const { return m_cache.totalCost(); }
    qsizetype budgetBytes() const { return m_cache.maxCost(); }
    int decodesStarted() const { return m_started; }

signals:
    void ready(const QString& path);

private:
    void decoded(const QString& path, const QImage& image);

    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_loading;
    int m_started = 0;
};
