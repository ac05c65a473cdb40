#include "extract/ArticleExtractor.h"

#include "extract/HtmlDocument.h"
#include "fetch/FeedFetcher.h"
#include "parse/DateParser.h"
#include "parse/TextDecoder.h"
#include "sanitize/HtmlSanitizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace news
{

namespace
{

using Node = HtmlDocument::Node;

QString charsetParameter(const QString& contentType)
{
    static const QRegularExpression re(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(contentType);
    return m.hasMatch() ? m.captured(1) : QString();
}

// The pieces of class and id values ("article-view-content-div" → article, view, content, div;
// "articleBody" → article, body), lower case.
QStringList hintPieces(Node n)
{
    QString raw = HtmlDocument::attribute(n, "class") + u' ' + HtmlDocument::attribute(n, "id");
    QString spaced;
    spaced.reserve(raw.size() + 8);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c.isUpper() && i > 0 && raw[i - 1].isLower()) {
            spaced += u' ';
        }
        spaced += c.isLetterOrNumber() ? c.toLower() : QChar(u' ');
    }
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

const QSet<QString>& negativePieces()
{
    static const QSet<QString> s = {
        QStringLiteral("comment"),    QStringLiteral("comments"),  QStringLiteral("cmt"),
        QStringLiteral("footer"),     QStringLiteral("foot"),      QStringLiteral("sidebar"),
        QStringLiteral("side"),       QStringLiteral("nav"),       QStringLiteral("navi"),
        QStringLiteral("menu"),       QStringLiteral("gnb"),       QStringLiteral("lnb"),
        QStringLiteral("snb"),        QStringLiteral("ad"),        QStringLiteral("ads"),
        QStringLiteral("advert"),     QStringLiteral("banner"),    QStringLiteral("share"),
        QStringLiteral("sharing"),    QStringLiteral("sns"),       QStringLiteral("social"),
        QStringLiteral("related"),    QStringLiteral("relation"),  QStringLiteral("recommend"),
        QStringLiteral("popular"),    QStringLiteral("rank"),      QStringLiteral("ranking"),
        QStringLiteral("best"),       QStringLiteral("most"),      QStringLiteral("tag"),
        QStringLiteral("tags"),       QStringLiteral("keyword"),   QStringLiteral("widget"),
        QStringLiteral("promo"),      QStringLiteral("subscribe"), QStringLiteral("login"),
        QStringLiteral("reply"),      QStringLiteral("print"),     QStringLiteral("util"),
        QStringLiteral("breadcrumb"), QStringLiteral("paging"),    QStringLiteral("pagination"),
        QStringLiteral("aside"),      QStringLiteral("modal"),     QStringLiteral("popup"),
        QStringLiteral("sponsor"),    QStringLiteral("hidden"),    QStringLiteral("blind"),
        QStringLiteral("toolbar"),    QStringLiteral("lang"),      QStringLiteral("btn"),
        QStringLiteral("button"),
    };
    return s;
}

const QSet<QString>& positivePieces()
{
    static const QSet<QString> s = {
        QStringLiteral("article"),
        QStringLiteral("body"),
        QStringLiteral("content"),
        QStringLiteral("entry"),
        QStringLiteral("main"),
        QStringLiteral("news"),
        QStringLiteral("story"),
        QStringLiteral("text"),
        QStringLiteral("txt"),
        QStringLiteral("view"),
        QStringLiteral("post"),
        QStringLiteral("read"),
        QStringLiteral("con"),
        QStringLiteral("cont"),
        QStringLiteral("detail"),
        QStringLiteral("dic"),
    };
    return s;
}

// names whose variants are just as telling ("relatedposts", "sharedaddy", "comment_list")
bool negativePrefix(const QString& piece)
{
    static const char* prefixes[] = {"related",
                                     "relation",
                                     "share",
                                     "comment",
                                     "banner",
                                     "social",
                                     "widget",
                                     "sidebar",
                                     "footer",
                                     "popular",
                                     "recommend",
                                     "subscribe",
                                     "sponsor",
                                     "advert"};
    for (const char* p : prefixes) {
        if (piece.startsWith(QLatin1String(p))) {
            return true;
        }
    }
    return false;
}

bool isNegative(Node n)
{
    for (const QString& piece : hintPieces(n)) {
        if (negativePieces().contains(piece) || negativePrefix(piece)) {
            return true;
        }
    }
    return false;
}

int hintWeight(Node n)
{
    int weight = 0;
    for (const QString& piece : hintPieces(n)) {
        if (negativePieces().contains(piece) || negativePrefix(piece)) {
            weight -= 25;
        } else if (positivePieces().contains(piece)) {
            weight += 25;
        }
    }
    return std::clamp(weight, -50, 50);
}

bool isJunkTag(const QString& tag)
{
    static const QSet<QString> junk = {
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("noscript"), QStringLiteral("iframe"),
        QStringLiteral("form"),     QStringLiteral("button"), QStringLiteral("input"),    QStringLiteral("select"),
        QStringLiteral("textarea"), QStringLiteral("nav"),    QStringLiteral("aside"),    QStringLiteral("header"),
        QStringLiteral("footer"),   QStringLiteral("svg"),    QStringLiteral("object"),   QStringLiteral("embed"),
        QStringLiteral("template"), QStringLiteral("link"),   QStringLiteral("meta"),     QStringLiteral("title"),
    };
    return junk.contains(tag);
}

bool isHidden(Node n)
{
    QString style = HtmlDocument::attribute(n, "style").toLower();
    style.remove(u' ');
    return style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden"))
        || !HtmlDocument::attribute(n, "hidden").isNull()
        || HtmlDocument::attribute(n, "aria-hidden") == QLatin1String("true");
}

bool isBlock(const QString& tag)
{
    static const QSet<QString> blocks = {
        QStringLiteral("div"),
        QStringLiteral("p"),
        QStringLiteral("section"),
        QStringLiteral("article"),
        QStringLiteral("table"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("pre"),
        QStringLiteral("blockquote"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("figure"),
        QStringLiteral("dl"),
        QStringLiteral("td"),
    };
    return blocks.contains(tag);
}

// What stays inside the chosen content: no scripts, forms, navigation, hidden parts, share bars or lists of
// other articles. The content node itself is always kept.
std::function<bool(Node)> contentFilter(Node content)
{
    return [content](Node n) {
        if (n == content) {
            return true;
        }
        const QString tag = HtmlDocument::tagName(n);
        if (isJunkTag(tag) || isHidden(n) || isNegative(n)) {
            return false;
        }
        // a block that is mostly links (a list of other articles) is not part of this one
        if ((tag == QLatin1String("ul") || tag == QLatin1String("ol") || tag == QLatin1String("div")
             || tag == QLatin1String("table"))) {
            const QString text = HtmlDocument::text(n);
            if (text.size() >= 20 && HtmlDocument::linkTextLength(n) > text.size() * 0.6) {
                return false;
            }
        }
        return true;
    };
}

struct KnownLayout
{
    const char* method;
    std::function<bool(Node)> match;
};

const std::vector<KnownLayout>& knownLayouts()
{
    static const std::vector<KnownLayout> layouts = {
        {"ndsoft",
         [](Node n) { return HtmlDocument::attribute(n, "id") == QLatin1String("article-view-content-div"); }},
        {"gnuboard", [](Node n) { return HtmlDocument::attribute(n, "id") == QLatin1String("bo_v_con"); }},
        {"wordpress", [](Node n) { return HtmlDocument::hasClass(n, QStringLiteral("entry-content")); }},
        {"arc",
         [](Node n) {
             return HtmlDocument::hasClass(n, QStringLiteral("article-body"))
                 && HtmlDocument::tagName(n) != QLatin1String("p");
         }},
        {"itemprop", [](Node n) { return HtmlDocument::attribute(n, "itemprop") == QLatin1String("articleBody"); }},
        {"known",
         [](Node n) {
             static const QSet<QString> ids = {
                 QStringLiteral("dic_area"),
                 QStringLiteral("newsct_article"),
                 QStringLiteral("articleBody"),
                 QStringLiteral("article_body"),
                 QStringLiteral("articeBody"),
                 QStringLiteral("articletxt"),
                 QStringLiteral("article_txt"),
                 QStringLiteral("news_body_area"),
                 QStringLiteral("newsEndContents"),
                 QStringLiteral("article-body"),
                 QStringLiteral("articleText"),
                 QStringLiteral("writeContents"),
                 QStringLiteral("view_content"),
                 QStringLiteral("textBody"),
             };
             static const QSet<QString> classes = {
                 QStringLiteral("story-news"),
                 QStringLiteral("article_body"),
                 QStringLiteral("article-content"),
                 QStringLiteral("article_txt"),
                 QStringLiteral("art_txt"),
                 QStringLiteral("view_con"),
                 QStringLiteral("news_text"),
                 QStringLiteral("news-content"),
                 QStringLiteral("read_body"),
                 QStringLiteral("post-content"),
                 QStringLiteral("view_content"),
                 QStringLiteral("article_view"),
                 QStringLiteral("articleView"),
                 QStringLiteral("cont_view"),
                 QStringLiteral("news_view"),
             };
             if (ids.contains(HtmlDocument::attribute(n, "id"))) {
                 return true;
             }
             for (const QString& c : HtmlDocument::attribute(n, "class").split(u' ', Qt::SkipEmptyParts)) {
                 if (classes.contains(c)) {
                     return true;
                 }
             }
             return false;
         }},
    };
    return layouts;
}

// Arc XP and some in-house CMSs mark paragraphs, not a container: their common parent is the body.
Node paragraphContainer(const HtmlDocument& doc)
{
    const auto paragraphs = doc.findAll([](Node n) {
        return HtmlDocument::tagName(n) == QLatin1String("p")
            && (HtmlDocument::hasClass(n, QStringLiteral("article-body__content"))
                || HtmlDocument::hasClass(n, QStringLiteral("article-body__content-text")));
    });
    if (paragraphs.size() < 2) {
        return nullptr;
    }
    Node parent = HtmlDocument::parent(paragraphs.front());
    while (parent) {
        bool all = true;
        for (Node p : paragraphs) {
            Node up = p;
            while (up && up != parent) {
                up = HtmlDocument::parent(up);
            }
            all = all && up == parent;
        }
        if (all) {
            return parent;
        }
        parent = HtmlDocument::parent(parent);
    }
    return nullptr;
}

int countOf(const QString& text, const QString& what)
{
    return int(text.count(what));
}

// Readability's idea, briefly: paragraphs vote for their parent (and half for their grandparent) by how much
// prose they hold; link-heavy and negatively named candidates lose.
Node bestScored(const HtmlDocument& doc)
{
    QHash<Node, double> scores;
    HtmlDocument::walk(doc.root(), [&scores](Node n) {
        if (!HtmlDocument::isElement(n)) {
            return false;
        }
        const QString tag = HtmlDocument::tagName(n);
        if (isJunkTag(tag) || isHidden(n)) {
            return false;
        }
        // a paragraph: <p>, <pre>, <td>, <blockquote>, or a block whose own text (br-separated prose) is long
        QString own;
        bool hasBlockChild = false;
        for (Node c : HtmlDocument::children(n)) {
            if (HtmlDocument::isText(c)) {
                own += HtmlDocument::text(c);
            } else if (isBlock(HtmlDocument::tagName(c))) {
                hasBlockChild = true;
            } else if (HtmlDocument::isElement(c) && !isJunkTag(HtmlDocument::tagName(c))) {
                own += HtmlDocument::text(c);
            }
        }
        const bool paragraphTag = tag == QLatin1String("p") || tag == QLatin1String("pre") || tag == QLatin1String("td")
            || tag == QLatin1String("blockquote");
        const QString text = paragraphTag ? HtmlDocument::text(n) : own.simplified();
        if (text.size() < 25
            || (!paragraphTag && !(hasBlockChild || tag == QLatin1String("div") || tag == QLatin1String("section")))) {
            return true;
        }
        double score = 1 + countOf(text, QStringLiteral(",")) + countOf(text, QStringLiteral("다."))
            + countOf(text, QStringLiteral(". ")) + std::min<double>(double(text.size()) / 100.0, 3.0);
        if (!paragraphTag || tag == QLatin1String("td")) {
            scores[n] += score; // br-separated prose lives in this block itself (a td is a layout box)
        }
        Node parent = HtmlDocument::parent(n);
        if (HtmlDocument::isElement(parent)) {
            scores[parent] += score;
            Node grand = HtmlDocument::parent(parent);
            if (HtmlDocument::isElement(grand)) {
                scores[grand] += score / 2;
            }
        }
        return true;
    });
    Node best = nullptr;
    double bestScore = 0;
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        const QString tag = HtmlDocument::tagName(it.key());
        if (tag == QLatin1String("body") || tag == QLatin1String("html")) {
            continue;
        }
        const QString text = HtmlDocument::text(it.key());
        const double linkDensity = text.isEmpty() ? 1.0 : double(HtmlDocument::linkTextLength(it.key())) / text.size();
        const double score = (it.value() + hintWeight(it.key())) * (1.0 - linkDensity);
        if (score > bestScore) {
            bestScore = score;
            best = it.key();
        }
    }
    return best;
}

struct PageMeta
{
    QString title;
    QString ogTitle;
    QString image;
    QString author;
    QString published;
};

PageMeta readMeta(const HtmlDocument& doc)
{
    PageMeta meta;
    HtmlDocument::walk(doc.root(), [&meta](Node n) {
        const QString tag = HtmlDocument::tagName(n);
        if (tag == QLatin1String("body")) {
            return false; // metadata lives in <head>
        }
        if (tag == QLatin1String("title") && meta.title.isEmpty()) {
            meta.title = HtmlDocument::text(n);
        } else if (tag == QLatin1String("meta")) {
            const QString key = (HtmlDocument::attribute(n, "property") + HtmlDocument::attribute(n, "name")).toLower();
            const QString value = HtmlDocument::attribute(n, "content").trimmed();
            if (value.isEmpty()) {
                return true;
            }
            if (key == QLatin1String("og:title") && meta.ogTitle.isEmpty()) {
                meta.ogTitle = value;
            } else if (key == QLatin1String("og:image") && meta.image.isEmpty()) {
                meta.image = value;
            } else if ((key == QLatin1String("author") || key == QLatin1String("dable:author")
                        || key == QLatin1String("byl"))
                       && meta.author.isEmpty()) {
                meta.author = value;
            } else if ((key == QLatin1String("article:published_time") || key == QLatin1String("og:regdate")
                        || key == QLatin1String("pubdate"))
                       && meta.published.isEmpty()) {
                meta.published = value;
            }
        }
        return true;
    });
    return meta;
}

} // namespace

QString detectPageCharset(const QByteArray& bytes, const QString& contentType)
{
    const QString header = TextDecoder::codecForLabel(charsetParameter(contentType));
    if (!header.isEmpty()) {
        return header;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return TextDecoder::codecForLabel(QStringLiteral("utf-8"));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return TextDecoder::codecForLabel(bytes.startsWith("\xFF\xFE") ? QStringLiteral("utf-16le")
                                                                       : QStringLiteral("utf-16be"));
    }
    // the HTML prescan, briefly: <meta charset=…> or <meta http-equiv content="…; charset=…"> near the top
    static const QRegularExpression meta(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(bytes.left(4096)));
    if (m.hasMatch()) {
        const QString codec = TextDecoder::codecForLabel(m.captured(1));
        if (!codec.isEmpty()) {
            return codec;
        }
    }
    if (TextDecoder::isValidUtf8(bytes)) {
        return TextDecoder::codecForLabel(QStringLiteral("utf-8"));
    }
    return TextDecoder::codecForLabel(TextDecoder::guessLegacyEncoding(bytes));
}

Result<ExtractedPage>
extractArticle(const QByteArray& bytes, const QString& contentType, const QUrl& pageUrl, const ExtractLimits& limits)
{
    if (bytes.size() > limits.maxBytes) {
        return Error{ErrorCode::Malformed, QStringLiteral("page too big: %1 bytes").arg(bytes.size())};
    }
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (!type.isEmpty() && type != QLatin1String("text/html") && type != QLatin1String("application/xhtml+xml")
        && type != QLatin1String("text/plain") && type != QLatin1String("application/octet-stream")) {
        return Error{ErrorCode::NotAFeed, QStringLiteral("not an HTML page: %1").arg(type)};
    }
    ExtractedPage page;
    page.encoding = detectPageCharset(bytes, contentType);
    const QString html = TextDecoder::decode(bytes, page.encoding);
    const HtmlDocument doc(html.toUtf8());
    if (!doc.refusal().isEmpty()) {
        return Error{ErrorCode::Malformed, doc.refusal()};
    }

    const PageMeta meta = readMeta(doc);
    page.title = meta.ogTitle.isEmpty() ? meta.title : meta.ogTitle;
    page.author = meta.author;
    if (!meta.image.isEmpty()) {
        // only a network URL: a page must not name a local file (file:///etc/passwd, a FIFO) for us to read (#17)
        const QUrl image = pageUrl.resolved(QUrl(meta.image.trimmed()));
        if (isNetworkUrl(image)) {
            page.leadImage = image.toString();
        }
    }
    if (!meta.published.isEmpty()) {
        page.published = DateParser::parse(meta.published, DateParser::koreaTime());
    }

    Node content = nullptr;
    for (const KnownLayout& layout : knownLayouts()) {
        for (Node n : doc.findAll(layout.match)) {
            if (HtmlDocument::text(n).size() >= limits.minTextLength) {
                content = n;
                page.method = QString::fromLatin1(layout.method);
                break;
            }
        }
        if (content) {
            break;
        }
    }
    if (!content) {
        if ((content = paragraphContainer(doc))) {
            page.method = QStringLiteral("arc");
        }
    }
    if (!content) {
        content = bestScored(doc);
        page.method = QStringLiteral("score");
    }
    if (!content) {
        return Error{ErrorCode::NotAFeed, QStringLiteral("no article text found")};
    }
    const QString raw = HtmlDocument::serialize(content, contentFilter(content));
    page.contentHtml = HtmlSanitizer::sanitize(raw, pageUrl.toString(), &page.contentText);
    page.contentText = page.contentText.simplified();
    if (page.contentText.size() < limits.minTextLength) {
        return Error{ErrorCode::NotAFeed,
                     QStringLiteral("no article text found (%1 characters)").arg(page.contentText.size())};
    }
    return page;
}

} // namespace news
