#include "ArticleView.h"

#include "sanitize/HtmlSanitizer.h"

#include <QApplication>
#include <QFile>
#include <QFontInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTextLayout>
#include <QTimeZone>

using namespace news;

ArticleView::ArticleView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
            emit openExternally(url);
        } else if (scheme == QLatin1String("sosik") && url.path().startsWith(QLatin1String("article/"))) {
            emit articleRequested(url.path().mid(8).toLongLong());
        }
    });
    showPlaceholder(tr("Choose an article."));
}

namespace
{

// Ctrl+= / Ctrl+-: steps a reader can see, in proportion to the chosen size (not one point at a time, #14)
constexpr int kZoomPercent[] = {70, 80, 90, 100, 115, 130, 150, 175, 200, 250};
constexpr int kZoomNormal = 3;
constexpr int kZoomSteps = int(sizeof(kZoomPercent) / sizeof(kZoomPercent[0]));

// The height of a line of Korean text in `font`, over its size. Hangul often comes from a fallback font (the
// widget font is DejaVu or Segoe UI, the glyphs Noto Sans CJK or Malgun Gothic), and the tallest font on a line
// sets its height: a laid-out sample measures what the reader sees, the widget font's metrics would not.
qreal koreanLineHeight(const QFont& font)
{
    const int pixels = QFontInfo(font).pixelSize();
    if (pixels <= 0) {
        return 1.0;
    }
    QTextLayout sample(QStringLiteral("한국어 Ag"), font);
    sample.beginLayout();
    const QTextLine line = sample.createLine();
    sample.endLayout();
    return line.isValid() ? line.height() / pixels : 1.0;
}

} // namespace

void ArticleView::zoom(int steps)
{
    m_zoom = std::clamp(m_zoom + steps, -kZoomNormal, kZoomSteps - 1 - kZoomNormal);
    applyFontSize();
}

void ArticleView::resetZoom()
{
    m_zoom = 0;
    applyFontSize();
}

void ArticleView::setBaseFontSize(int points)
{
    m_basePoints = points;
    applyFontSize();
}

qreal ArticleView::zoomFactor() const
{
    return kZoomPercent[kZoomNormal + m_zoom] / 100.0;
}

qreal ArticleView::defaultPoints()
{
    return std::max(12.0, std::round(QApplication::font().pointSizeF() * 2) / 2 + 2);
}

void ArticleView::applyFontSize()
{
    const qreal base = m_basePoints > 0 ? m_basePoints : defaultPoints();
    QFont f = font();
    // half points: steady steps; never below 8 pt (zoomed out from a 9 pt system font, captions were 7 px, #14 walk)
    f.setPointSizeF(std::max(8.0, std::round(base * zoomFactor() * 2) / 2));
    setFont(f);
}

QVariant ArticleView::loadResource(int type, const QUrl& name)
{
    if (type != QTextDocument::ImageResource) {
        return {}; // no style sheets or anything else from outside
    }
    const QString key = name.toString();
    if (const auto it = m_images.constFind(key); it != m_images.constEnd()) {
        m_requested.insert(key, true);
        return it.value(); // decoded on the reader thread: no file I/O or decoding here
    }
    // not in the cache: a placeholder, never a network request
    m_requested.insert(key, false);
    QImage placeholder(320, 180, QImage::Format_RGB32);
    placeholder.fill(palette().color(QPalette::AlternateBase));
    QPainter p(&placeholder);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawRect(placeholder.rect().adjusted(0, 0, -1, -1));
    p.drawText(placeholder.rect(), Qt::AlignCenter, tr("Image not stored"));
    return placeholder;
}

int ArticleView::imageWidth() const
{
    // the text column: the viewport less the document margins and a scroll bar that may still appear, so a
    // photo never makes the view scroll sideways
    return std::max(200, viewport()->width() - 2 * 14 - 20);
}

QHash<QString, QImage> ArticleView::decodeImages(const ArticleDetail& article, int maxWidth, qreal devicePixelRatio)
{
    // decoded at device pixels, so photos stay sharp on HiDPI screens; the document lays them out in logical ones
    const qreal dpr = std::max<qreal>(1.0, devicePixelRatio);
    maxWidth = int(maxWidth * dpr);
    QHash<QString, QImage> images;
    for (const auto& m : article.media) {
        if (m.file.isEmpty() || images.contains(m.url)) {
            continue;
        }
        QImageReader reader(m.file);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (!size.isValid() || qint64(size.width()) * size.height() > 40'000'000) {
            continue;
        }
        if (size.width() > maxWidth) {
            reader.setScaledSize(size.scaled(maxWidth, size.height() * maxWidth / size.width(), Qt::KeepAspectRatio));
        }
        QImage image = reader.read();
        if (!image.isNull()) {
            image.setDevicePixelRatio(dpr);
            images.insert(m.url, image);
        }
    }
    return images;
}

void ArticleView::showPlaceholder(const QString& text)
{
    m_articleId = 0;
    m_link.clear();
    m_images.clear();
    m_related.clear();
    setHtml(QStringLiteral("<p style='color:gray; margin:40px'>%1</p>")
                .arg(HtmlSanitizer::escape(text.isEmpty() ? tr("Choose an article.") : text)));
}

QString ArticleView::render(const ArticleDetail& article,
                            const QHash<QString, QImage>& images,
                            int columnWidth,
                            const QList<RelatedArticle>& related)
{
    RenderOptions options;
    options.target = RenderOptions::Target::View;
    options.columnWidth = columnWidth;
    options.maxBodyChars = MaxBodyChars;
    options.related = related;
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        options.imageSizes.insert(it.key(), it.value().deviceIndependentSize().toSize());
    }
    return ArticleRenderer::render(article, options);
}

void ArticleView::setRenderedHtml(const QString& html)
{
    document()->setDefaultStyleSheet(ArticleRenderer::viewStyleSheet(koreanLineHeight(font())));
    document()->setDocumentMargin(14);
    m_html = html;
    setHtml(html);
}

void ArticleView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    if (event->oldSize().width() != event->size().width()) {
        fitImages();
    }
}

void ArticleView::fitImages()
{
    constexpr int kLaidOutWidth = QTextFormat::UserProperty + 1;
    const int limit = imageWidth();
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) {
                continue;
            }
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (image.width() <= 0) {
                continue; // drawn at its own size: the renderer gives every photo a width
            }
            if (!image.hasProperty(kLaidOutWidth)) {
                image.setProperty(kLaidOutWidth, image.width());
                image.setProperty(kLaidOutWidth + 1, image.height());
            }
            const qreal full = image.property(kLaidOutWidth).toReal();
            const qreal width = std::min<qreal>(full, limit);
            if (qAbs(width - image.width()) < 0.5) {
                continue;
            }
            if (image.height() > 0) {
                image.setHeight(image.property(kLaidOutWidth + 1).toReal() * width / full);
            }
            image.setWidth(width);
            changes.append(Change{fragment.position(), fragment.length(), image});
        }
    }
    if (changes.isEmpty()) {
        return;
    }
    const int scroll = verticalScrollBar()->value();
    QTextCursor cursor(document());
    for (const Change& c : std::as_const(changes)) {
        cursor.setPosition(c.position);
        cursor.setPosition(c.position + c.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(c.format);
    }
    verticalScrollBar()->setValue(scroll);
}

void ArticleView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // links and colours are fixed when the HTML is read: a theme switched at run time left dark-blue links on a
    // black page until another article was opened (#14 walk)
    if (event->type() == QEvent::PaletteChange && m_articleId != 0 && !m_html.isEmpty()) {
        const int scroll = verticalScrollBar()->value();
        const QList<RelatedArticle> related = m_related;
        setRenderedHtml(m_html);
        m_related.clear();
        setRelated(related);
        verticalScrollBar()->setValue(scroll);
    }
}

void ArticleView::showArticle(const ArticleDetail& a, const QHash<QString, QImage>& images, const QString& html)
{
    m_articleId = a.row.id;
    m_link = a.link;
    m_images = images;
    m_related.clear();
    m_requested.clear();
    setRenderedHtml(html.isEmpty() ? render(a, images, imageWidth()) : html);
}

void ArticleView::setRelated(const QList<RelatedArticle>& related)
{
    if (m_articleId == 0 || related.isEmpty()) {
        return;
    }
    // appended under the article: the document lays out only the new blocks, and the reader keeps the place
    const int scroll = verticalScrollBar()->value();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertHtml(ArticleRenderer::relatedHtml(related, false, QTimeZone::systemTimeZone()));
    verticalScrollBar()->setValue(scroll);
    m_related = related;
}
