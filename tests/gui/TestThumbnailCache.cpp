// The list's thumbnail cache: bounded by bytes, least recently shown first out, and it keeps decoding when full
// (it once stopped for good at 2,000 thumbnails, #12).
#include "models/ThumbnailCache.h"

#include <QColor>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decodesOffTheGuiThreadAndHolds();
    void keepsDecodingPastItsBudget();
    void recentlyShownStay();
    void undecodableFilesAreNotReadAgain();

private:
    QString image(int i);
    QPixmap decoded(ThumbnailCache& cache, const QString& path);
    QTemporaryDir m_dir;
};

void TestThumbnailCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestThumbnailCache::image(int i)
{
    const QString path = m_dir.filePath(QStringLiteral("img%1.png").arg(i));
    if (!QFile::exists(path)) {
        QImage img(320, 200, QImage::Format_RGB32);
        img.fill(QColor::fromHsv(i % 360, 200, 200));
        if (!img.save(path)) {
            qFatal("cannot write a test image");
        }
    }
    return path;
}

QPixmap TestThumbnailCache::decoded(ThumbnailCache& cache, const QString& path)
{
    QPixmap p = cache.thumbnail(path);
    if (!p.isNull()) {
        return p;
    }
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    while (!cache.contains(path)) {
        if (!ready.wait(10000)) {
            return {};
        }
    }
    return cache.thumbnail(path);
}

void TestThumbnailCache::decodesOffTheGuiThreadAndHolds()
{
    ThumbnailCache cache;
    const QString path = image(0);
    QVERIFY(cache.thumbnail(path).isNull()); // not yet: the decode runs on a pool thread
    const QPixmap p = decoded(cache, path);
    QVERIFY(!p.isNull());
    QCOMPARE(p.deviceIndependentSize().toSize(), QSize(80, 55));
    QCOMPARE(cache.decodesStarted(), 1);
    QVERIFY(!cache.thumbnail(path).isNull());
    QCOMPARE(cache.decodesStarted(), 1); // held: not decoded again
}

void TestThumbnailCache::keepsDecodingPastItsBudget()
{
    // a budget of 20 thumbnails; 60 shown one after the other: every one of them still decodes, and what is held
    // stays within the budget
    const qsizetype one = qsizetype(80) * 55 * 4;
    ThumbnailCache cache(nullptr, one * 20);
    for (int i = 0; i < 60; ++i) {
        const QPixmap p = decoded(cache, image(i));
        QVERIFY2(!p.isNull(), qPrintable(QStringLiteral("thumbnail %1 was not decoded").arg(i)));
        QVERIFY(cache.heldBytes() <= cache.budgetBytes());
    }
    QVERIFY(!cache.contains(image(0))); // the oldest gave way
    QVERIFY(cache.contains(image(59)));
}

void TestThumbnailCache::recentlyShownStay()
{
    const qsizetype one = qsizetype(80) * 55 * 4;
    ThumbnailCache cache(nullptr, one * 5);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!decoded(cache, image(i)).isNull());
    }
    QVERIFY(!cache.thumbnail(image(0)).isNull()); // shown again: now the most recent
    QVERIFY(!decoded(cache, image(5)).isNull());
    QVERIFY(cache.contains(image(0)));
    QVERIFY(!cache.contains(image(1))); // the least recently shown went
}

void TestThumbnailCache::undecodableFilesAreNotReadAgain()
{
    ThumbnailCache cache;
    const QString path = m_dir.filePath(QStringLiteral("broken.jpg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an image at all");
    f.close();
    QVERIFY(cache.thumbnail(path).isNull());
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    QVERIFY(ready.wait(10000));
    QVERIFY(cache.contains(path));
    QVERIFY(cache.thumbnail(path).isNull());
    QCOMPARE(cache.decodesStarted(), 1);
}

QTEST_MAIN(TestThumbnailCache)
#include "TestThumbnailCache.moc"
