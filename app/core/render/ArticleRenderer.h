#pragma once

#include "model/Article.h"
#include "model/Credits.h"

#include <QCoreApplication>
#include <QHash>
#include <QSize>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace news
{

/// Another outlet's version of the same story (a story cluster), shown under the article as "관련 기사".
struct RelatedArticle
{
    qint64 id = 0;
    QString title;
    QString outlet;
    qint64 published = 0;
    QString link;
};

/// How one article is rendered: for the window's article view (QTextDocument's HTML subset, images by
/// their URL from the local cache) or for an exported file (browser HTML, images as data: URIs).
struct RenderOptions
{
    enum class Target
    {
        View,
        Export,
    };
    Target target = Target::View;
    /// The reader's zone; times show in it, with Korea's beside it when the two differ.
    QTimeZone localZone = QTimeZone::systemTimeZone();
    /// Photos are laid out at most this wide (logical pixels; the view's text column). 0: no limit (export,
    /// where CSS fits them to the page).
    int columnWidth = 0;
    /// The src an image gets, by its URL in the article; empty drops the image (export: not in the cache).
    /// Unset: the URL itself (the view serves it from the cache in loadResource()).
    std::function<QString(const QString& url)> imageSource;
    /// Natural sizes of the stored images by URL, when known (the view fits photos to the column with them).
    QHash<QString, QSize> imageSizes;
    QList<RelatedArticle> related;
    /// A bound on the body's text: what is longer is cut with a note (the view's layout budget, #17).
    qsizetype maxBodyChars = 0;
};

/// One renderer for the article view and the HTML export (#14): the stored, sanitized body and its typed
/// credits become a portal-style article — outlet, headline, `입력 2026.12.01. 16:11` times (local, KST
/// beside), byline with e-mail, dateline, photos at column width with caption and 사진출처 underneath, clean
/// paragraphs, copyright, comment count, the original link and the related articles of the same story.
///
/// The body is rebuilt, not patched: only known elements survive (paragraphs, headings, lists, quotes,
/// simple tables, links, emphasis, photos), with no attributes but link targets and image sources. So
/// nothing in a page's markup can make the layout slow or odd: no huge cellpadding, no deep table nesting,
/// no empty paragraphs or runs of <br> as blank gaps, no nbsp indents, and long unbroken words get break
/// opportunities. Pure and thread-safe: call it off the GUI thread.
class ArticleRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRenderer)

public:
    /// The article as an HTML fragment (a <div class="article">); the caller supplies the style sheet
    /// (viewStyleSheet() for QTextDocument, exportStyleSheet() for browsers).
    static QString render(const ArticleDetail& article, const RenderOptions& options);

    /// Only the body, normalized (see above): photos get `caption` and their credit from `credits`.
    static QString renderBody(const QString& html, const Credits& credits, const RenderOptions& options);

    /// The "관련 기사 N건" list of the story's other versions (view: links that open them in Sosik; export: their
    /// original addresses), each with its outlet and time in the reader's zone. Empty for none.
    static QString relatedHtml(const QList<RelatedArticle>& related, bool exporting, const QTimeZone& local);

    /// `fontLineHeight`: the view font's own line height over its size (ascent + descent: about 1.45 for Noto
    /// Sans CJK, 1.33 for Malgun Gothic). QTextDocument's line-height percentages scale that height, not the font
    /// size, so the sheet divides it out: paragraphs get 1.7 em whatever the font (#14).
    static QString viewStyleSheet(qreal fontLineHeight = 1.0);
    static QString exportStyleSheet();
};

} // namespace news
