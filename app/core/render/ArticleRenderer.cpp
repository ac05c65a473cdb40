#include "render/ArticleRenderer.h"

#include "model/Credits.h"
#include "render/PortalTime.h"
#include "sanitize/HtmlSanitizer.h"
#include "sanitize/HtmlTokenizer.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace news
{

namespace
{

using HtmlSanitizer::escape;
using HtmlSanitizer::escapeAttribute;

// Elements whose content is never shown (video and audio would load remote media in an export, #17).
const QSet<QString>& skippedElements()
{
    static const QSet<QString> names = {
        QStringLiteral("script"),  QStringLiteral("style"),    QStringLiteral("iframe"),   QStringLiteral("noscript"),
        QStringLiteral("object"),  QStringLiteral("embed"),    QStringLiteral("video"),    QStringLiteral("audio"),
        QStringLiteral("svg"),     QStringLiteral("math"),     QStringLiteral("form"),     QStringLiteral("button"),
        QStringLiteral("select"),  QStringLiteral("textarea"), QStringLiteral("template"), QStringLiteral("canvas"),
        QStringLiteral("picture"), QStringLiteral("map"),      QStringLiteral("head"),     QStringLiteral("title"),
    };
    return names;
}

// Elements that only separate blocks: their text becomes paragraphs of its own.
const QSet<QString>& boundaryElements()
{
    static const QSet<QString> names = {
        QStringLiteral("p"),        QStringLiteral("div"),     QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),   QStringLiteral("footer"),  QStringLiteral("main"),    QStringLiteral("aside"),
        QStringLiteral("center"),   QStringLiteral("dl"),      QStringLiteral("dt"),      QStringLiteral("dd"),
        QStringLiteral("pre"),      QStringLiteral("address"), QStringLiteral("nav"),     QStringLiteral("hgroup"),
        QStringLiteral("details"),  QStringLiteral("summary"), QStringLiteral("body"),    QStringLiteral("html"),
        QStringLiteral("caption"),  QStringLiteral("tbody"),   QStringLiteral("thead"),   QStringLiteral("tfoot"),
        QStringLiteral("colgroup"),
    };
    return names;
}

// Inline elements kept (as the tag on the right); any other inline element keeps only its text.
QString inlineTag(const QString& name)
{
    if (name == QLatin1String("b") || name == QLatin1String("strong")) {
        return QStringLiteral("b");
    }
    if (name == QLatin1String("i") || name == QLatin1String("em") || name == QLatin1String("cite")) {
        return QStringLiteral("i");
    }
    if (name == QLatin1String("u") || name == QLatin1String("sub") || name == QLatin1String("sup")
        || name == QLatin1String("code") || name == QLatin1String("s")) {
        return name;
    }
    if (name == QLatin1String("del") || name == QLatin1String("strike")) {
        return QStringLiteral("s");
    }
    return {};
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x3000) || c == QChar(0x200B) || c == QChar(0xFEFF);
}

QString attribute(const HtmlToken& t, QLatin1String name)
{
    for (const HtmlAttribute& a : t.attributes) {
        if (a.name == name) {
            return a.value.trimmed();
        }
    }
    return {};
}

bool safeLink(const QString& href)
{
    const QString scheme = QUrl(href).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

struct Photo
{
    QString src;
    QString alt;
    QString caption;
};

/// The body rebuilt in one pass over its tokens (see the class comment).
class BodyWriter
{
public:
    BodyWriter(const Credits& credits, const RenderOptions& options)
        : m_credits(credits)
        , m_options(options)
    {
    }

    QString write(const QString& html);
    QSet<QString> creditedSources() const { return m_creditedSources; }

private:
    void text(QStringView s);
    void openBlock(const QString& tag = QStringLiteral("p"));
    void closeBlock();
    void openInline(const QString& tag, const QString& attrs = {});
    void closeInline(const QString& tag);
    void openContainer(const QString& tag);
    void closeContainer(const QString& tag);
    void photo(const Photo& p);
    bool tableHasImage(qsizetype from) const;

    const Credits& m_credits;
    const RenderOptions& m_options;
    QList<HtmlToken> m_tokens;
    QString m_out;
    QString m_blockTag; // the open paragraph or heading; empty: none
    qsizetype m_blockStart = 0; // where the open block began in m_out (an empty one is taken back)
    bool m_blockHasText = false;
    QString m_blockPlain; // the open block's text, for comparing with a caption
    QString m_captionEcho; // the caption just placed under a photo from its credits: the line repeating it goes
    bool m_pendingSpace = false;
    int m_pendingBreaks = 0;
    QStringList m_inline; // open inline tags, innermost last
    QStringList m_containers; // open lists, quotes, table parts
    QList<bool> m_tables; // per open <table>: true when kept as a table, false when flattened
    qsizetype m_chars = 0;
    bool m_truncated = false;
    int m_skipDepth = 0;
    QString m_skipName;
    bool m_inFigure = false;
    QList<Photo> m_figurePhotos;
    QString m_figureCaption;
    bool m_inFigcaption = false;
    QSet<QString> m_creditedSources;
    int m_runLength = 0; // characters since the last break opportunity
};

bool BodyWriter::tableHasImage(qsizetype from) const
{
    int depth = 0;
    for (qsizetype i = from; i < m_tokens.size(); ++i) {
        const HtmlToken& t = m_tokens.at(i);
        if (t.name == QLatin1String("table")) {
            depth += t.type == HtmlToken::Type::StartTag ? 1 : t.type == HtmlToken::Type::EndTag ? -1 : 0;
            if (depth <= 0) {
                return false;
            }
        } else if (t.type == HtmlToken::Type::StartTag && (t.name == QLatin1String("img") || depth > 1)) {
            return true; // a photo, or a nested table: laid out as paragraphs
        }
    }
    return false;
}

void BodyWriter::openBlock(const QString& tag)
{
    if (!m_blockTag.isEmpty()) {
        return;
    }
    m_blockTag = tag;
    m_blockStart = m_out.size();
    m_blockHasText = false;
    m_blockPlain.clear();
    m_pendingSpace = false;
    m_pendingBreaks = 0;
    m_out += u'<' + tag + u'>';
}

void BodyWriter::closeBlock()
{
    if (m_blockTag.isEmpty()) {
        return;
    }
    while (!m_inline.isEmpty()) {
        m_out += QStringLiteral("</") + m_inline.takeLast() + u'>';
    }
    if (!m_blockHasText) {
        m_out.truncate(m_blockStart); // no empty paragraphs: they were the blank gaps (#14)
    } else if (!m_captionEcho.isEmpty() && m_blockPlain.simplified() == m_captionEcho) {
        m_out.truncate(m_blockStart); // the caption line after a photo is shown under the photo, not twice (#13)
        m_captionEcho.clear();
    } else {
        m_out += QStringLiteral("</") + m_blockTag + QStringLiteral(">\n");
        m_captionEcho.clear(); // only the line right after the photo repeats its caption
    }
    m_blockTag.clear();
    m_pendingBreaks = 0;
    m_pendingSpace = false;
    m_runLength = 0;
}

void BodyWriter::openInline(const QString& tag, const QString& attrs)
{
    openBlock();
    m_out += u'<' + tag + attrs + u'>';
    m_inline.append(tag);
}

void BodyWriter::closeInline(const QString& tag)
{
    const qsizetype at = m_inline.lastIndexOf(tag);
    if (at < 0) {
        return;
    }
    while (m_inline.size() > at) {
        m_out += QStringLiteral("</") + m_inline.takeLast() + u'>';
    }
}

void BodyWriter::openContainer(const QString& tag)
{
    closeBlock();
    m_containers.append(tag);
    if (tag == QLatin1String("table")) {
        // QTextDocument and browsers alike: our own, small cell spacing (never the page's)
        m_out += QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    } else {
        m_out += u'<' + tag + u'>';
    }
}

void BodyWriter::closeContainer(const QString& tag)
{
    const qsizetype at = m_containers.lastIndexOf(tag);
    if (at < 0) {
        return;
    }
    closeBlock();
    while (m_containers.size() > at) {
        m_out += QStringLiteral("</") + m_containers.takeLast() + QStringLiteral(">\n");
    }
}

void BodyWriter::text(QStringView s)
{
    if (m_truncated) {
        return;
    }
    if (m_inFigcaption) {
        m_figureCaption += s;
        return;
    }
    for (const QChar c : s) {
        if (isSpace(c)) {
            m_pendingSpace = m_blockHasText; // leading spaces (nbsp and 　 indents) go, inner runs become one
            m_runLength = 0;
            continue;
        }
        if (m_blockTag.isEmpty() || m_pendingBreaks >= 2) {
            const QString tag = m_blockTag.isEmpty() ? QStringLiteral("p") : m_blockTag;
            closeBlock(); // two or more <br>: a new paragraph, not a gap
            openBlock(tag);
        }
        if (m_pendingBreaks == 1) {
            m_out += QStringLiteral("<br/>");
            m_blockPlain += u' ';
            m_pendingSpace = false;
            m_runLength = 0;
        }
        m_pendingBreaks = 0;
        if (m_pendingSpace) {
            m_out += u' ';
            m_blockPlain += u' ';
            m_pendingSpace = false;
        }
        m_blockPlain += c;
        if (++m_runLength > 30) {
            m_out += QChar(0x200B); // a break opportunity in a long unbroken word (hostile input, #17)
            m_runLength = 1;
        }
        switch (c.unicode()) {
        case u'<':
            m_out += QLatin1String("&lt;");
            break;
        case u'>':
            m_out += QLatin1String("&gt;");
            break;
        case u'&':
            m_out += QLatin1String("&amp;");
            break;
        default:
            m_out += c;
        }
        m_blockHasText = true;
        if (m_options.maxBodyChars > 0 && ++m_chars >= m_options.maxBodyChars) {
            m_truncated = true;
            return;
        }
    }
}

void BodyWriter::photo(const Photo& p)
{
    QString src = p.src;
    if (src.isEmpty()) {
        return;
    }
    if (m_options.imageSource) {
        src = m_options.imageSource(p.src);
        if (src.isEmpty()) {
            return; // export: not in the cache, so left out (nothing remote)
        }
    }
    closeBlock();
    // the credit: the one found for this image; else the article's only one, when it has one photo credit
    QStringList sources; // every source named for this image ("로이터 연합뉴스": both)
    QString caption = p.caption;
    for (const PhotoCredit& c : m_credits.photos) {
        if (c.image == p.src && !c.source.isEmpty()) {
            if (!sources.contains(c.source)) {
                sources.append(c.source);
            }
            if (caption.isEmpty()) {
                caption = c.caption;
            }
        }
    }
    if (sources.isEmpty() && m_credits.photos.size() == 1 && m_credits.photos.first().image.isEmpty()) {
        sources.append(m_credits.photos.first().source);
    }
    caption = HtmlSanitizer::collapseWhitespace(caption).trimmed();
    // a caption that already names its sources ("… 로이터 연합뉴스", "[사진출처=…]") is not followed by them again
    const bool named = caption.contains(QStringLiteral("사진출처"))
        || (!sources.isEmpty() && std::all_of(sources.cbegin(), sources.cend(), [&caption](const QString& s) {
                           return caption.contains(s);
                       }));
    const QString credit = sources.join(QStringLiteral("·"));
    // a caption found by the credit extraction (the line after the photo, not a figcaption) is still a line of
    // the stored body: that line is left out when it comes next
    m_captionEcho = p.caption.isEmpty() ? caption.simplified() : QString();
    QString captionHtml = escape(caption);
    if (!credit.isEmpty()) {
        for (const QString& source : std::as_const(sources)) {
            m_creditedSources.insert(source);
        }
        if (!named) {
            captionHtml += (captionHtml.isEmpty() ? QString() : QStringLiteral(" "))
                + QStringLiteral("<span class=\"credit\">%1</span>")
                      .arg(escape(ArticleRenderer::tr("[Photo: %1]").arg(credit)));
        }
    }
    const QString alt = escapeAttribute(p.alt.isEmpty() ? caption : p.alt);
    if (m_options.target == RenderOptions::Target::Export) {
        m_out += QStringLiteral("<figure class=\"photo\"><img src=\"%1\" alt=\"%2\">").arg(escapeAttribute(src), alt);
        if (!captionHtml.isEmpty()) {
            m_out += QStringLiteral("<figcaption>%1</figcaption>").arg(captionHtml);
        }
        m_out += QStringLiteral("</figure>\n");
        return;
    }
    // QTextDocument: the photo fitted to the text column, its caption and credit in a line underneath
    QString size;
    if (const auto it = m_options.imageSizes.constFind(p.src); it != m_options.imageSizes.constEnd() && it->isValid()) {
        int w = it->width();
        int h = it->height();
        if (m_options.columnWidth > 0 && w > m_options.columnWidth) {
            h = int(qint64(h) * m_options.columnWidth / w);
            w = m_options.columnWidth;
        }
        Q_UNUSED(h); // the width alone: QTextDocument keeps the aspect ratio, so no blank band under a photo
        size = QStringLiteral(" width=\"%1\"").arg(w);
    }
    m_out += QStringLiteral("<p class=\"photo\" align=\"center\"><img src=\"%1\" alt=\"%2\"%3/></p>\n")
                 .arg(escapeAttribute(src), alt, size);
    if (!captionHtml.isEmpty()) {
        m_out += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(captionHtml);
    }
}

QString BodyWriter::write(const QString& html)
{
    {
        HtmlTokenizer tokenizer(html);
        HtmlToken token;
        while (tokenizer.next(token)) {
            m_tokens.append(token);
        }
    }
    m_out.reserve(html.size());
    for (qsizetype i = 0; i < m_tokens.size() && !m_truncated; ++i) {
        const HtmlToken& t = m_tokens.at(i);
        if (m_skipDepth > 0) {
            if (t.name == m_skipName) {
                m_skipDepth += t.type == HtmlToken::Type::StartTag && !t.selfClosing ? 1
                    : t.type == HtmlToken::Type::EndTag                              ? -1
                                                                                     : 0;
            }
            continue;
        }
        if (t.type == HtmlToken::Type::Comment) {
            continue;
        }
        if (t.type == HtmlToken::Type::Text) {
            text(t.text);
            continue;
        }
        const bool start = t.type == HtmlToken::Type::StartTag;
        const QString& name = t.name;
        if (start && skippedElements().contains(name)) {
            if (!t.selfClosing) {
                m_skipDepth = 1;
                m_skipName = name;
            }
            continue;
        }
        if (name == QLatin1String("img")) {
            if (!start) {
                continue;
            }
            const QString w = attribute(t, QLatin1String("width"));
            const QString h = attribute(t, QLatin1String("height"));
            if ((!w.isEmpty() && w.toInt() > 0 && w.toInt() <= 2)
                || (!h.isEmpty() && h.toInt() > 0 && h.toInt() <= 2)) {
                continue; // a tracking pixel
            }
            Photo p{attribute(t, QLatin1String("src")), attribute(t, QLatin1String("alt")), {}};
            if (m_inFigure) {
                m_figurePhotos.append(p);
            } else {
                photo(p);
            }
            continue;
        }
        if (name == QLatin1String("figure")) {
            if (start) {
                closeBlock();
                m_inFigure = true;
                m_figurePhotos.clear();
                m_figureCaption.clear();
            } else if (m_inFigure) {
                m_inFigure = false;
                m_inFigcaption = false;
                for (qsizetype k = 0; k < m_figurePhotos.size(); ++k) {
                    Photo p = m_figurePhotos.at(k);
                    if (k == m_figurePhotos.size() - 1) {
                        p.caption = m_figureCaption; // the caption goes under the last photo of the figure
                    }
                    photo(p);
                }
                if (m_figurePhotos.isEmpty() && !m_figureCaption.trimmed().isEmpty()) {
                    const QString caption = m_figureCaption;
                    m_figureCaption.clear();
                    text(caption);
                    closeBlock();
                }
            }
            continue;
        }
        if (name == QLatin1String("figcaption")) {
            m_inFigcaption = start && m_inFigure;
            if (start && !m_inFigure) {
                closeBlock();
            }
            continue;
        }
        if (m_inFigcaption) {
            continue; // markup inside a caption: its text only
        }
        if (name == QLatin1String("br")) {
            if (start && !m_blockTag.isEmpty() && m_blockHasText) {
                ++m_pendingBreaks;
            }
            continue;
        }
        if (name == QLatin1String("hr")) {
            closeBlock();
            continue;
        }
        if (name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6') {
            closeBlock();
            if (start) {
                openBlock(QStringLiteral("h3"));
            }
            continue;
        }
        if (name == QLatin1String("a")) {
            if (start) {
                const QString href = attribute(t, QLatin1String("href"));
                if (safeLink(href)) {
                    openInline(QStringLiteral("a"), QStringLiteral(" href=\"%1\"").arg(escapeAttribute(href)));
                }
            } else {
                closeInline(QStringLiteral("a"));
            }
            continue;
        }
        if (const QString tag = inlineTag(name); !tag.isEmpty()) {
            start ? openInline(tag) : closeInline(tag);
            continue;
        }
        if (name == QLatin1String("table")) {
            if (start) {
                const bool keep = m_tables.isEmpty() && m_containers.size() < 6 && !tableHasImage(i);
                m_tables.append(keep);
                if (keep) {
                    openContainer(QStringLiteral("table"));
                } else {
                    closeBlock();
                }
            } else if (!m_tables.isEmpty()) {
                if (m_tables.takeLast()) {
                    closeContainer(QStringLiteral("table"));
                } else {
                    closeBlock();
                }
            }
            continue;
        }
        if (name == QLatin1String("tr") || name == QLatin1String("td") || name == QLatin1String("th")) {
            const bool kept = !m_tables.isEmpty() && m_tables.last();
            if (!kept) {
                closeBlock();
            } else if (start) {
                if (name != QLatin1String("tr")) {
                    closeContainer(QStringLiteral("td"));
                    closeContainer(QStringLiteral("th"));
                } else {
                    closeContainer(QStringLiteral("tr"));
                }
                openContainer(name);
            } else {
                closeContainer(name);
            }
            continue;
        }
        if (name == QLatin1String("ul") || name == QLatin1String("ol") || name == QLatin1String("blockquote")
            || name == QLatin1String("li")) {
            if (start && m_containers.size() < 6) {
                if (name == QLatin1String("li")) {
                    closeContainer(QStringLiteral("li"));
                }
                openContainer(name);
            } else if (!start) {
                closeContainer(name);
            } else {
                closeBlock();
            }
            continue;
        }
        if (boundaryElements().contains(name)) {
            closeBlock();
            continue;
        }
        // anything else (span, font, small, time, …): its text only
    }
    closeBlock();
    while (!m_containers.isEmpty()) {
        m_out += QStringLiteral("</") + m_containers.takeLast() + QStringLiteral(">\n");
    }
    if (m_truncated) {
        m_out += QStringLiteral("<p class=\"note\">%1</p>\n")
                     .arg(escape(ArticleRenderer::tr("The article is too long to show in full here; the rest is "
                                                     "in the original.")));
    }
    return m_out;
}

} // namespace

QString ArticleRenderer::renderBody(const QString& html, const Credits& credits, const RenderOptions& options)
{
    BodyWriter writer(credits, options);
    return writer.write(html);
}

QString ArticleRenderer::render(const ArticleDetail& a, const RenderOptions& options)
{
    // a source that no photo or caption places is shown only when none is placed: where some are, the loose ones
    // are what the caption already names
    Credits credits = a.credits;
    const auto placed = [](const PhotoCredit& p) { return !p.caption.isEmpty() || !p.image.isEmpty(); };
    if (std::any_of(credits.photos.cbegin(), credits.photos.cend(), placed)) {
        credits.photos.removeIf([&placed](const PhotoCredit& p) { return !placed(p); });
    }
    const bool exporting = options.target == RenderOptions::Target::Export;
    QString html = QStringLiteral("<div class=\"article\">\n");
    html += QStringLiteral("<p class=\"outlet\">%1</p>\n").arg(escape(a.row.outlet));
    html += QStringLiteral("<h1 class=\"headline\">%1</h1>\n").arg(escape(a.row.title));
    // each time holds together ("한국 11.27. 05:18" broke after its date in a narrow view, #14's walk); the line
    // breaks only between them
    QStringList times = PortalTime::timeLine(a.row.published, a.updated, a.row.dateKnown, options.localZone)
                            .split(QStringLiteral(" · "));
    for (QString& t : times) {
        t = escape(t).replace(u' ', QChar(0x00A0));
    }
    html += QStringLiteral("<p class=\"times\">%1</p>\n").arg(times.join(QStringLiteral(" · ")));

    // byline: reporters with their e-mail; else the feed's authors. The dateline goes in front, as printed.
    QStringList byline;
    for (const Reporter& r : credits.reporters) {
        QString who = escape(r.role.isEmpty() ? r.name : r.name + u' ' + r.role);
        if (!r.email.isEmpty()) {
            who += QStringLiteral(" <a href=\"mailto:%1\">%2</a>").arg(escapeAttribute(r.email), escape(r.email));
        }
        byline.append(who);
    }
    if (byline.isEmpty() && !a.authors.trimmed().isEmpty()) {
        byline.append(escape(a.authors.trimmed()));
    }
    const QString body = a.content.isEmpty() ? a.summary : a.content;
    QString dateline;
    // a body that opens with its dateline ("(서울=연합뉴스) 홍길동 기자 = …") shows it there, as printed: the byline
    // row repeating it read twice (#14's walk)
    const QString opening = HtmlSanitizer::toPlainText(body.left(2000)).left(80);
    const bool inBody = opening.contains(credits.dateline.city)
        && (credits.dateline.agency.isEmpty() || opening.contains(credits.dateline.agency));
    if (!credits.dateline.city.isEmpty() && !inBody) {
        dateline = credits.dateline.agency.isEmpty()
            ? QStringLiteral("(%1)").arg(escape(credits.dateline.city))
            : QStringLiteral("(%1=%2)").arg(escape(credits.dateline.city), escape(credits.dateline.agency));
    }
    if (!byline.isEmpty() || !dateline.isEmpty()) {
        html += QStringLiteral("<p class=\"byline\">%1%2</p>\n")
                    .arg(dateline.isEmpty() ? QString()
                                            : QStringLiteral("<span class=\"dateline\">%1</span> ").arg(dateline),
                         byline.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("<hr/>\n");

    // photos the feed carries beside the body (Media RSS, enclosures) go first, as the lead photo
    BodyWriter writer(credits, options);
    QString lead;
    QSet<QString> seen;
    QSet<QString> leadCredited;
    for (const auto& m : a.media) {
        if (m.role == QLatin1String("thumbnail") || m.url.isEmpty() || seen.contains(m.url) || body.contains(m.url)
            || body.contains(m.url.toHtmlEscaped())) {
            continue;
        }
        seen.insert(m.url);
        Credits own = credits;
        if (!m.credit.isEmpty()) {
            own.photos = {PhotoCredit{m.credit, m.caption, m.url}};
        }
        BodyWriter one(own, options);
        QString tag = QStringLiteral("<img src=\"%1\" alt=\"\">").arg(escapeAttribute(m.url));
        if (!m.caption.isEmpty()) {
            tag = QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>").arg(tag, escape(m.caption));
        }
        lead += one.write(tag);
        leadCredited.unite(one.creditedSources());
    }
    html += lead;
    html += writer.write(body);

    // photo credits that no shown photo carried
    const QSet<QString> credited = writer.creditedSources() + leadCredited;
    QStringList rest;
    for (const QString& source : credits.photoSources()) {
        if (!credited.contains(source)) {
            rest.append(source);
        }
    }
    if (!rest.isEmpty()) {
        html += QStringLiteral("<p class=\"credit\">%1</p>\n")
                    .arg(escape(tr("Photos: %1").arg(rest.join(QStringLiteral(", ")))));
    }
    if (!credits.copyright.isEmpty()) {
        html += QStringLiteral("<p class=\"copyright\">%1</p>\n").arg(escape(credits.copyright));
    }

    // the footer: comments, the original, the story's other versions
    html += QStringLiteral("<hr/>\n<p class=\"footer\">");
    QStringList footer;
    if (a.row.comments >= 0) {
        const QString count = escape(tr("%n comment(s)", nullptr, a.row.comments));
        footer.append(safeLink(a.commentsUrl) && !a.commentsUrl.startsWith(QLatin1String("mailto"))
                          ? QStringLiteral("<a href=\"%1\">%2</a>").arg(escapeAttribute(a.commentsUrl), count)
                          : count);
    }
    if (a.link.startsWith(QLatin1String("http"))) {
        footer.append(QStringLiteral("<a href=\"%1\">%2</a>")
                          .arg(escapeAttribute(a.link), escape(tr("Open the original article"))));
    }
    html += footer.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");
    html += relatedHtml(options.related, exporting, options.localZone);
    html += QStringLiteral("</div>\n");
    return html;
}

QString ArticleRenderer::relatedHtml(const QList<RelatedArticle>& related, bool exporting, const QTimeZone& local)
{
    if (related.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<p class=\"related-title\">%1</p>\n<ul class=\"related\">\n")
                       .arg(escape(tr("%n related article(s)", nullptr, int(related.size()))));
    for (const RelatedArticle& r : related) {
        const QString meta = QStringLiteral(" <span class=\"meta\">%1 · %2</span>")
                                 .arg(escape(r.outlet), escape(PortalTime::brief(r.published, local)));
        QString target;
        if (!exporting && r.id > 0) {
            target = QStringLiteral("sosik:article/%1").arg(r.id);
        } else if (r.link.startsWith(QLatin1String("http"))) {
            target = r.link;
        }
        html += target.isEmpty()
            ? QStringLiteral("<li>%1%2</li>\n").arg(escape(r.title), meta)
            : QStringLiteral("<li><a href=\"%1\">%2</a>%3</li>\n").arg(escapeAttribute(target), escape(r.title), meta);
    }
    html += QStringLiteral("</ul>\n");
    return html;
}

QString ArticleRenderer::viewStyleSheet(qreal fontLineHeight)
{
    // line spacing in em of the font, as a percentage of the font's own line height (never below it: lines must
    // not overlap). With 165 % of Noto Sans CJK's 1.45 em, a paragraph's lines stood 2.4 em apart and one short
    // paragraph looked like two (#14).
    const qreal own = std::clamp<qreal>(fontLineHeight, 0.8, 2.5);
    const auto percent = [own](qreal em) { return QString::number(std::max(100, qRound(100 * em / own))); };
    // QTextDocument's CSS subset; colours that read on light and dark palettes alike
    return QStringLiteral("p{margin-top:0px;margin-bottom:12px;line-height:%1%}"
                          "h1{font-size:x-large;margin-top:2px;margin-bottom:6px;line-height:%2%}"
                          "h3{font-size:large;margin-top:12px;margin-bottom:8px}"
                          ".outlet{color:#8a8f98;margin-bottom:2px}"
                          ".times,.byline{color:#8a8f98;margin-bottom:4px;line-height:%3%}"
                          // a photo's line at its own height: the paragraphs' spacing would scale the image's
                          // line too and leave a blank band of two thirds of the photo under it (#14)
                          ".photo{margin-top:6px;margin-bottom:2px;line-height:100%}"
                          ".caption{color:#7d828b;font-size:small;margin-top:2px;margin-bottom:16px;line-height:%3%}"
                          ".credit{color:#8a8f98;font-size:small}"
                          ".copyright{color:#8a8f98;font-size:small}"
                          ".note{color:#8a8f98;font-style:italic}"
                          ".footer{color:#8a8f98}"
                          ".related-title{font-weight:bold;margin-top:8px;margin-bottom:4px}"
                          ".meta{color:#8a8f98;font-size:small}"
                          "li{margin-bottom:4px}"
                          "blockquote{margin-left:16px;color:#6b7079}")
        .arg(percent(1.7), percent(1.35), percent(1.5));
}

QString ArticleRenderer::exportStyleSheet()
{
    return QStringLiteral(
        "body{font-family:system-ui,'Noto Sans CJK KR','Apple SD Gothic Neo','Malgun Gothic',sans-serif;"
        "max-width:46em;margin:2em auto;padding:0 1em;line-height:1.7;word-break:keep-all;overflow-wrap:anywhere;"
        "color:#1d1d1f;background:#fff}"
        "@media (prefers-color-scheme:dark){body{color:#e8e8ea;background:#1f2124}a{color:#7ab0ff}}"
        ".article{border-bottom:1px solid #8884;padding-bottom:2em;margin-bottom:2em}"
        "h1{line-height:1.3;margin:.2em 0 .4em}h3{margin:1.2em 0 .5em}"
        "p{margin:0 0 .9em}"
        ".outlet,.times,.byline,.footer,.meta,.credit,.copyright,.note,figcaption{color:#888}"
        ".outlet,.times,.byline{margin:0 0 .3em}"
        "figure{margin:1em 0}img{max-width:100%;height:auto;display:block;margin:0 auto}"
        "figcaption,.credit,.copyright,.meta{font-size:.9em}figcaption{margin-top:.3em}"
        "table.data{border-collapse:collapse}table.data td,table.data th{border:1px solid #8886;padding:.3em .5em}"
        "blockquote{margin:0 0 1em 1em;padding-left:1em;border-left:3px solid #8886}"
        ".related-title{font-weight:bold;margin-top:1em}");
}

} // namespace news
