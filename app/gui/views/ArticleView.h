#pragma once

#include "model/Article.h"
#include "render/ArticleRenderer.h"

#include <QHash>
#include <QImage>
#include <QTextBrowser>

/// The article view: headline, outlet, times (local, with KST alongside), byline, photos with captions and
/// credits, the sanitized body, copyright, comment count and a link to the original. Images come only from
/// the local cache through loadResource(); the view itself never touches the network.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget* parent = nullptr);

    /// The bound on a body's text in the view: longer bodies are cut with a note, so that no article's
    /// layout can hold the GUI thread (#17; the export keeps everything).
    static constexpr qsizetype MaxBodyChars = 60000;

    /// `images` are the article's stored images by URL, already decoded and fitted off the GUI thread
    /// (decodeImages()); anything else shows a placeholder. `html` is render()'s output when it was made on
    /// a worker already; empty: rendered here.
    void showArticle(const news::ArticleDetail& article,
                     const QHash<QString, QImage>& images = {},
                     const QString& html = {});
    /// The article as the view shows it (ArticleRenderer with the view's options). Thread-safe: call it on
    /// the reader thread with the decoded images and the column width.
    static QString render(const news::ArticleDetail& article,
                          const QHash<QString, QImage>& images,
                          int columnWidth,
                          const QList<news::RelatedArticle>& related = {});
    /// Shows the story's other versions under the article (they are found after it opened).
    void setRelated(const QList<news::RelatedArticle>& related);
    /// Decodes the stored images of `article`, at most `maxWidth` logical pixels wide, at the screen's
    /// `devicePixelRatio`. Call it on a worker thread.
    static QHash<QString, QImage>
    decodeImages(const news::ArticleDetail& article, int maxWidth, qreal devicePixelRatio = 1.0);
    int imageWidth() const;
    /// A line in place of an article (none: "기사를 고르세요.").
    void showPlaceholder(const QString& text);
    qint64 articleId() const { return m_articleId; }
    /// The story's other versions shown under the article ("관련 기사 N건").
    QList<news::RelatedArticle> related() const { return m_related; }
    QString originalLink() const { return m_link; }
    /// Resources the current document asked for, and whether each was served from the cache.
    QHash<QString, bool> requestedResources() const { return m_requested; }
    /// Ctrl+= / Ctrl+-: `steps` along 70 80 90 100 115 130 150 175 200 250 % of the chosen size.
    void zoom(int steps);
    void resetZoom();
    /// The body text size in points (0: the system's); Ctrl+= / Ctrl+- zoom from there.
    void setBaseFontSize(int points);
    /// The article text's size when none is chosen: larger than the window's text, as a portal's body is (the
    /// window's 9 pt left articles in 9 pt, #14's walk): two points more, and at least 12.
    static qreal defaultPoints();
    int zoomSteps() const { return m_zoom; }
    qreal zoomFactor() const;

    QVariant loadResource(int type, const QUrl& name) override;

signals:
    void openExternally(const QUrl& url);
    /// A related article (another outlet's version of the story) was clicked.
    void articleRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Photos no wider than the text column at the view's width now, up to the width they were laid out at: a
    /// narrowed window made them run off the page with a sideways scroll bar (#14's walk).
    void fitImages();

    void setRenderedHtml(const QString& html);
    void applyFontSize();

    qint64 m_articleId = 0;
    QString m_html; // as last set: read again when the palette changes
    QString m_link;
    QList<news::RelatedArticle> m_related;
    QHash<QString, QImage> m_images; // image URL → decoded image from the cache
    QHash<QString, bool> m_requested;
    int m_zoom = 0; // steps from 100 %
    int m_basePoints = 0;
};
