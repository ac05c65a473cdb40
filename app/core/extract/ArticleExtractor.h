#pragma once

#include "support/Result.h"

#include <QDateTime>
#include <QUrl>

namespace news
{

/// The main content of an article page, ready for the store.
struct ExtractedPage
{
    QString title; // og:title, else <title>
    QString contentHtml; // sanitized (HtmlSanitizer), URLs absolute
    QString contentText; // the same as plain text
    QString leadImage; // og:image, absolute
    QString author; // <meta name="author"> and friends
    QDateTime published; // article:published_time
    QString method; // how the content was found: ndsoft, wordpress, arc, gnuboard, itemprop, known, score
    QString encoding; // the charset the page was decoded with
    QString copyright; // the page's own copyright notice, printed outside the body (its footer), when it has one
};

struct ExtractLimits
{
    qint64 maxBytes = 5 * 1024 * 1024; // bigger pages are refused unread
    int minTextLength = 80; // less text than this is not an article body
};

/// The charset of an HTML page: the HTTP header's, else a BOM, else <meta charset> / http-equiv in the first
/// 4 KB, else UTF-8 when the bytes are valid UTF-8, else a guess (CP949 first). Returns a codec name.
QString detectPageCharset(const QByteArray& bytes, const QString& contentType);

/// A readability-style extractor on an HTML5 parser (gumbo): known layouts of Korean CMSs first (ndsoft
/// `#article-view-content-div`, WordPress `.entry-content`, Arc XP `article-body`, gnuboard `#bo_v_con`,
/// `itemprop=articleBody`), then a score over text blocks (length, sentences, commas, link density, class
/// and id hints). Navigation, share bars, related-article lists, ads and scripts are left out; lazy images
/// get their real `src`. Errors: not HTML, too big, no article text found.
Result<ExtractedPage> extractArticle(const QByteArray& bytes,
                                     const QString& contentType,
                                     const QUrl& pageUrl,
                                     const ExtractLimits& limits = {});

} // namespace news
