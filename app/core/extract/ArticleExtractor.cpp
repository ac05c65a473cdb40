#include "extract/ArticleExtractor.h"

#include "extract/HtmlDocument.h"
#include "fetch/FeedFetcher.h"
#include "normalize/CreditExtractor.h"
#include "sanitize/HtmlSanitizer.h"
#include "text/DateParser.h"
#include "text/TextDecoder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

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
        QStringLiteral("button"),     QStringLiteral("player"),    QStringLiteral("vod"),
        QStringLiteral("bookmark"),   QStringLiteral("scrap"),     QStringLiteral("reaction"),
        QStringLiteral("like"),       QStringLiteral("emotion"),
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

// Page furniture that sits inside article containers and says what it is in its text, whatever its class:
// "많이 본 뉴스" and other list headings, share rows ("페이스북으로 공유하기 …"), comment and reaction counters,
// player messages, "기사 스크랩", font-size controls.
bool isFurnitureText(const QString& text)
{
    if (text.size() > 120) {
        return false;
    }
    static const QRegularExpression heading(
        QStringLiteral("^(?:이\\s?시각\\s?)?(?:많이\\s?본|인기|주요|추천|관련|최신|화제의|실시간|오늘의|함께\\s?"
                       "보면\\s?좋은|이\\s?기사와\\s?관련된)\\s?"
                       "(?:뉴스|기사|영상|키워드|포토)(?:\\s?더\\s?보기)?$"));
    static const QRegularExpression counters(
        QStringLiteral("^(?:이\\s?기사의\\s?)?(?:댓글|덧글|좋아요|공감|추천)\\s?(?:보기|쓰기|하기)?\\s?\\d*$|^기사\\s?("
                       "?:스크랩|저장|공유)|"
                       "^(?:글자\\s?크기|본문\\s?글씨|인쇄하기|URL\\s?복사|주소\\s?복사)"));
    // players and their accessibility marks ("동영상 영역 시작", "동영상 영역 끝"), "Javascript를 활성화해주세요"
    static const QRegularExpression player(
        QStringLiteral(
            "(?:동영상|영상)\\s?(?:재생|플레이어|영역\\s?(?:시작|끝))|플레이어를?\\s?(?:불러|"
            "로딩)|브라우저(?:에서|는|가)?\\s?.{0,20}지원하지\\s?않|(?:javascript|자바\\s?스크립트)\\S{0,3}\\s?"
            "(?:를|을)?\\s?활성화"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.simplified();
    if (heading.match(t).hasMatch() || counters.match(t).hasMatch() || player.match(t).hasMatch()) {
        return true;
    }
    // a row of share buttons: "페이스북 트위터 카카오톡 … 공유하기"
    return t.count(QStringLiteral("공유")) >= 2;
}

// The sizes the content filter asks about every element for, computed once per page in one pass from the
// leaves up: asking each element for its text walked its whole subtree, so a deeply nested page took
// depth × size (a 138 KB page found by fuzz/ took seconds, #17 §3).
struct BlockSizes
{
    int text = 0; // characters of text, about as HtmlDocument::text() counts them
    int link = 0; // … of which inside links
    int nodes = 1; // the element and everything in it
};

QHash<Node, BlockSizes> blockSizes(Node content)
{
    QHash<Node, BlockSizes> sizes;
    struct Frame
    {
        Node node;
        bool expanded;
    };
    std::vector<Frame> stack{{content, false}};
    while (!stack.empty()) {
        Frame& f = stack.back();
        const Node n = f.node;
        if (!f.expanded) {
            f.expanded = true;
            if (HtmlDocument::isElement(n)) {
                const QString tag = HtmlDocument::tagName(n);
                if (tag != QLatin1String("script") && tag != QLatin1String("style")
                    && tag != QLatin1String("noscript")) {
                    for (Node child : HtmlDocument::children(n)) {
                        stack.push_back({child, false});
                    }
                }
            }
            continue;
        }
        stack.pop_back();
        BlockSizes b;
        if (HtmlDocument::isText(n)) {
            b.text = int(HtmlDocument::text(n).size()); // a text node: its own text only
        } else if (HtmlDocument::isElement(n)) {
            for (Node child : HtmlDocument::children(n)) {
                const BlockSizes c = sizes.value(child);
                b.text += c.text;
                b.link += c.link;
                b.nodes += c.nodes;
            }
            const QString tag = HtmlDocument::tagName(n);
            if (tag == QLatin1String("a")) {
                b.link = b.text;
            } else if (b.text > 0
                       && (tag == QLatin1String("br") || tag == QLatin1String("p") || tag == QLatin1String("div"))) {
                ++b.text; // the space text() puts between blocks
            }
        }
        sizes.insert(n, b);
    }
    return sizes;
}

// What stays inside the chosen content: no scripts, forms, navigation, hidden parts, share bars or lists of
// other articles. The content node itself is always kept.
std::function<bool(Node)> contentFilter(Node content)
{
    auto sizes = std::make_shared<const QHash<Node, BlockSizes>>(blockSizes(content));
    return [content, sizes](Node n) {
        if (n == content) {
            return true;
        }
        const QString tag = HtmlDocument::tagName(n);
        if (isJunkTag(tag) || isHidden(n)) {
            return false;
        }
        const BlockSizes b = sizes->value(n);
        // a name is a hint, the text is the fact: a block with most of the content's prose is the article, even
        // when an ad system named it (`<div id="CmAdContent">`, where in-article ads are put)
        if (isNegative(n) && b.text * 2 <= sizes->value(content).text) {
            return false;
        }
        // furniture is a short line of a few elements ("공유하기", "많이 본 뉴스"): only those are read as text
        if (tag != QLatin1String("br") && tag != QLatin1String("img") && b.text > 0 && b.text < 400 && b.nodes <= 200
            && isFurnitureText(HtmlDocument::text(n))) {
            return false;
        }
        // a block that is mostly links (a list of other articles) is not part of this one
        if ((tag == QLatin1String("ul") || tag == QLatin1String("ol") || tag == QLatin1String("div")
             || tag == QLatin1String("table"))) {
            if (b.text >= 20 && b.link > b.text * 0.6) {
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
    QString siteName;
    QString description;
    QString type; // og:type
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
            // some portals write the value into `value` (Naver's blog: <meta name="og:title" value="…">)
            QString value = HtmlDocument::attribute(n, "content").trimmed();
            if (value.isEmpty()) {
                value = HtmlDocument::attribute(n, "value").trimmed();
            }
            if (value.isEmpty()) {
                return true;
            }
            if (key == QLatin1String("og:title") && meta.ogTitle.isEmpty()) {
                meta.ogTitle = value;
            } else if (key == QLatin1String("og:site_name") && meta.siteName.isEmpty()) {
                meta.siteName = value;
            } else if (key == QLatin1String("og:type") && meta.type.isEmpty()) {
                meta.type = value.toLower();
            } else if ((key == QLatin1String("og:description") || key == QLatin1String("description"))
                       && meta.description.isEmpty()) {
                meta.description = value;
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

// What a page's embedded data says about the article: schema.org JSON-LD (headline, articleBody, author) and
// the state object a web framework renders from (__NEXT_DATA__, window.__INITIAL_STATE__ = {…}). Some pages
// carry their body only there; the static HTML then holds a player and a teaser.
struct EmbeddedData
{
    QString headline;
    QString body; // the longest article body found (HTML or plain text)
    QStringList authors;
    bool article = false; // a NewsArticle/Article/VideoObject/… object was there
};

bool isArticleType(const QJsonValue& type)
{
    static const QSet<QString> types = {
        QStringLiteral("Article"),
        QStringLiteral("NewsArticle"),
        QStringLiteral("ReportageNewsArticle"),
        QStringLiteral("AnalysisNewsArticle"),
        QStringLiteral("OpinionNewsArticle"),
        QStringLiteral("BlogPosting"),
        QStringLiteral("VideoObject"),
        QStringLiteral("Report"),
    };
    if (type.isArray()) {
        for (const QJsonValue& t : type.toArray()) {
            if (types.contains(t.toString())) {
                return true;
            }
        }
        return false;
    }
    return types.contains(type.toString());
}

// prose, not an id, a URL or a template: several sentences' worth of letters
bool looksLikeBody(const QString& text)
{
    if (text.size() < 120 || text.startsWith(QLatin1String("http"))) {
        return false;
    }
    int letters = 0;
    for (QChar c : text) {
        letters += c.isLetter() ? 1 : 0;
    }
    return letters > text.size() / 3;
}

void readJsonLd(const QJsonValue& v, EmbeddedData& out, int depth = 0)
{
    if (depth > 8) {
        return;
    }
    if (v.isArray()) {
        for (const QJsonValue& x : v.toArray()) {
            readJsonLd(x, out, depth + 1);
        }
        return;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("@graph"))) {
        readJsonLd(o.value(QLatin1String("@graph")), out, depth + 1);
    }
    if (!isArticleType(o.value(QLatin1String("@type")))) {
        return;
    }
    out.article = true;
    const QString type = o.value(QLatin1String("@type")).toString();
    const QString headline = o.value(QLatin1String("headline")).toString().trimmed();
    if (out.headline.isEmpty() && !headline.isEmpty() && type != QLatin1String("VideoObject")) {
        out.headline = headline;
    }
    const QString body = o.value(QLatin1String("articleBody")).toString();
    if (body.size() > out.body.size() && looksLikeBody(body)) {
        out.body = body;
    }
    const QJsonValue author = o.value(QLatin1String("author"));
    for (const QJsonValue& a : author.isArray() ? author.toArray() : QJsonArray{author}) {
        const QString name = a.isObject() ? a.toObject().value(QLatin1String("name")).toString() : a.toString();
        if (!name.trimmed().isEmpty() && !out.authors.contains(name.trimmed())) {
            out.authors.append(name.trimmed());
        }
    }
}

// a framework's state: the longest prose string under a key that names a body
void readState(const QJsonValue& v, EmbeddedData& out, int depth = 0, bool inMedia = false)
{
    if (depth > 24) {
        return;
    }
    static const QSet<QString> bodyKeys = {
        QStringLiteral("articlebody"),
        QStringLiteral("body"),
        QStringLiteral("bodyhtml"),
        QStringLiteral("content"),
        QStringLiteral("contenthtml"),
        QStringLiteral("contents"),
        QStringLiteral("articlecontent"),
        QStringLiteral("articletext"),
        QStringLiteral("html"),
        QStringLiteral("text"),
        QStringLiteral("newsbody"),
        QStringLiteral("story"),
    };
    if (v.isArray()) {
        // a body kept as a list of paragraphs ({"type": "text", "content": "…"}, Arc's content_elements and
        // block editors' like it): each is short, together they are the article
        QString joined;
        int paragraphs = 0;
        for (const QJsonValue& x : v.toArray()) {
            const QJsonObject p = x.toObject();
            const QString type = p.value(QLatin1String("type")).toString().toLower();
            if (!type.isEmpty() && type != QLatin1String("text") && type != QLatin1String("paragraph")
                && type != QLatin1String("p")) {
                continue;
            }
            for (const char* key : {"content", "text", "html"}) {
                const QString piece = p.value(QLatin1String(key)).toString().trimmed();
                if (!piece.isEmpty()) {
                    joined += piece + u'\n';
                    ++paragraphs;
                    break;
                }
            }
        }
        if (paragraphs >= 2 && joined.size() > out.body.size() && looksLikeBody(joined)) {
            out.body = joined;
        }
        for (const QJsonValue& x : v.toArray()) {
            readState(x, out, depth + 1, inMedia);
        }
        return;
    }
    if (!v.isObject()) {
        return;
    }
    const QJsonObject o = v.toObject();
    // a photo's or a video's own credits ({"type": "image", "credits": {"by": [{"name": "조간일보 DB"}]}}) are
    // not the article's authors
    static const QSet<QString> mediaTypes
        = {QStringLiteral("image"), QStringLiteral("photo"), QStringLiteral("video"), QStringLiteral("gallery")};
    inMedia = inMedia || mediaTypes.contains(o.value(QLatin1String("type")).toString().toLower());
    // who wrote it: {"credits": {"by": [{"name": "이태훈"}]}}, {"authors": [{"name": …}]}, {"reporter": {"name": …}}
    static const QSet<QString> authorKeys = {
        QStringLiteral("by"),
        QStringLiteral("author"),
        QStringLiteral("authors"),
        QStringLiteral("reporter"),
        QStringLiteral("reporters"),
        QStringLiteral("writer"),
        QStringLiteral("writers"),
    };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (inMedia || !authorKeys.contains(it.key().toLower()) || out.authors.size() >= 8) {
            continue;
        }
        const QJsonValue a = it.value();
        for (const QJsonValue& one : a.isArray() ? a.toArray() : QJsonArray{a}) {
            const QString name = one.toObject().value(QLatin1String("name")).toString().simplified();
            if (!name.isEmpty() && name.size() <= 40 && !out.authors.contains(name)) {
                out.authors.append(name);
            }
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString()) {
            const QString text = it.value().toString();
            if (bodyKeys.contains(it.key().toLower()) && text.size() > out.body.size() && looksLikeBody(text)) {
                out.body = text;
            }
        } else {
            readState(it.value(), out, depth + 1, inMedia);
        }
    }
}

// The text of every <script> whose opening tag passes `want`, from the decoded page.
QStringList scripts(const QString& html, const std::function<bool(QStringView)>& want)
{
    QStringList out;
    qsizetype from = 0;
    while (out.size() < 64) {
        const qsizetype open = html.indexOf(QLatin1String("<script"), from, Qt::CaseInsensitive);
        if (open < 0) {
            break;
        }
        const qsizetype tagEnd = html.indexOf(u'>', open);
        if (tagEnd < 0) {
            break;
        }
        const qsizetype close = html.indexOf(QLatin1String("</script"), tagEnd, Qt::CaseInsensitive);
        if (close < 0) {
            break;
        }
        if (want(QStringView(html).sliced(open, tagEnd - open))) {
            out.append(html.sliced(tagEnd + 1, close - tagEnd - 1));
        }
        from = close + 8;
    }
    return out;
}

// JSON as CMS templates write it: raw line breaks inside strings and trailing commas are common
QJsonDocument lenientJson(const QString& text)
{
    QJsonParseError error;
    QJsonDocument d = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        return d;
    }
    QString fixed = text.trimmed();
    for (QChar& c : fixed) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            c = u' ';
        }
    }
    static const QRegularExpression trailingComma(QStringLiteral(",\\s*([}\\]])"));
    fixed.replace(trailingComma, QStringLiteral("\\1"));
    return QJsonDocument::fromJson(fixed.toUtf8());
}

// The JSON object that starts at `from` (a "{"), up to its matching "}" outside strings; empty when it does not
// close. Linear in the text.
QString balancedObject(const QString& text, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    QChar quote;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (c == u'\\') {
                ++i;
            } else if (c == quote) {
                inString = false;
            }
            continue;
        }
        if (c == u'"' || c == u'\'') {
            inString = true;
            quote = c;
        } else if (c == u'{' || c == u'[') {
            if (++depth > 512) {
                return {};
            }
        } else if (c == u'}' || c == u']') {
            if (--depth == 0) {
                return text.sliced(from, i - from + 1);
            }
        }
    }
    return {};
}

EmbeddedData readEmbedded(const QString& html)
{
    EmbeddedData data;
    for (const QString& script :
         scripts(html, [](QStringView tag) { return tag.contains(QLatin1String("ld+json"), Qt::CaseInsensitive); })) {
        const QJsonDocument d = lenientJson(script);
        readJsonLd(d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object()), data);
    }
    // framework state: <script id="__NEXT_DATA__" type="application/json">{…}</script>, or an assignment
    // `window.__NUXT__ = {…}` / `window.__INITIAL_STATE__ = {…};`

    for (const QString& script : scripts(html, [](QStringView tag) {
             return tag.contains(QLatin1String("__NEXT_DATA__")) || tag.contains(QLatin1String("application/json"));
         })) {
        readState(lenientJson(script).object(), data);
    }
    // and assigned anywhere in a script: `window.__NUXT__ = {…}`, `Fusion.globalContent={…};Fusion.x=…`
    static const QRegularExpression assignment(
        QStringLiteral("(?:^|[;\\s])(?:window\\.)?[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*\\s*=\\s*(?=\\{)"));
    for (const QString& script : scripts(html, [](QStringView tag) { return !tag.contains(QLatin1String("src=")); })) {
        if (!script.contains(u'{')) {
            continue;
        }
        int objects = 0;
        for (auto it = assignment.globalMatch(script); it.hasNext() && objects < 16;) {
            const auto m = it.next();
            const QString json = balancedObject(script, m.capturedEnd());
            if (json.size() >= 120) { // something that can hold a body
                readState(lenientJson(json).object(), data);
                ++objects;
            }
        }
    }
    return data;
}

// Embedded text as HTML: markup stays; plain text becomes paragraphs at its line breaks.
QString bodyAsHtml(const QString& body)
{
    static const QRegularExpression tag(QStringLiteral("<(p|br|div)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (tag.match(body).hasMatch()) {
        return body;
    }
    QString out;
    for (const QString& line : body.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(line.trimmed().toHtmlEscaped());
        }
    }
    return out;
}

// The headline as the reader sees it: og:title (or <title>) without the site's name that pages append
// (" - 매일경제", " : 네이버 블로그", " | SBS 뉴스"). A suffix goes when it names the site (og:site_name, or one
// part of it), or when what is left is the headline the page states elsewhere (JSON-LD, <h1>).
QString headline(const PageMeta& meta, const EmbeddedData& data, const QStringList& h1s)
{
    QString title = (meta.ogTitle.isEmpty() ? meta.title : meta.ogTitle).simplified();
    if (title.isEmpty()) {
        return data.headline.simplified();
    }
    static const QString separators[] = {
        QStringLiteral(" - "),
        QStringLiteral(" | "),
        QStringLiteral(" : "),
        QStringLiteral(" :: "),
        QStringLiteral(" – "),
        QStringLiteral(" — "),
        QStringLiteral(" < "),
        QStringLiteral(" ㅣ "),
    };
    QStringList siteParts;
    for (const QString& part :
         meta.siteName.split(QRegularExpression(QStringLiteral("\\s*[|:·-]\\s*")), Qt::SkipEmptyParts)) {
        siteParts.append(part.simplified().toLower());
    }
    const QString site = meta.siteName.simplified().toLower();
    for (int round = 0; round < 2; ++round) {
        qsizetype best = -1;
        qsizetype sepLength = 0;
        for (const QString& sep : separators) {
            const qsizetype at = title.lastIndexOf(sep);
            if (at > best) {
                best = at;
                sepLength = sep.size();
            }
        }
        if (best <= 0) {
            break;
        }
        const QString prefix = title.left(best).trimmed();
        const QString suffix = title.mid(best + sepLength).trimmed().toLower();
        const bool namesSite = !suffix.isEmpty() && suffix.size() <= 30
            && ((!site.isEmpty() && (site.contains(suffix) || suffix.contains(site))) || siteParts.contains(suffix));
        const bool statedElsewhere
            = prefix.size() >= 4 && (data.headline.simplified() == prefix || h1s.contains(prefix));
        if (!namesSite && !statedElsewhere) {
            break;
        }
        title = prefix;
    }
    return title;
}

// Whether an element or one of its ancestors is hidden, each element looked at once however many ask (#17).
class HiddenAncestry
{
public:
    bool operator()(Node n)
    {
        std::vector<Node> path;
        bool hidden = false;
        for (Node a = n; HtmlDocument::isElement(a); a = HtmlDocument::parent(a)) {
            if (const auto it = m_known.constFind(a); it != m_known.constEnd()) {
                hidden = *it;
                break;
            }
            path.push_back(a);
        }
        // from the top down: an element is hidden when its parent is or it hides itself
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            hidden = hidden || isHidden(*it);
            m_known.insert(*it, hidden);
        }
        return m_known.value(n, hidden);
    }

private:
    QHash<Node, bool> m_known;
};

// The copyright notice a page prints once for all its articles, usually in its footer
// (`<div class="bt_copyright">Copyright (c) … All rights reserved.</div>`): the innermost visible element
// that is only a notice, the last one on the page
QString pageCopyright(const HtmlDocument& doc)
{
    static const QSet<QString> tags = {QStringLiteral("p"),
                                       QStringLiteral("div"),
                                       QStringLiteral("span"),
                                       QStringLiteral("li"),
                                       QStringLiteral("small"),
                                       QStringLiteral("address"),
                                       QStringLiteral("footer"),
                                       QStringLiteral("td"),
                                       QStringLiteral("strong"),
                                       QStringLiteral("em"),
                                       QStringLiteral("dd"),
                                       QStringLiteral("section")};
    // the visible ones that name copyright, latest in document order first; a page of thousands of such lines is
    // hostile, and only its last few are read (#17)
    constexpr qsizetype kTried = 64;
    HiddenAncestry hidden;
    std::vector<std::pair<qsizetype, QString>> named; // a min-heap on document order
    doc.visitShortTexts(
        200,
        [](Node n) { return tags.contains(HtmlDocument::tagName(n)); },
        [&](Node n, qsizetype order, const QString& text) {
            if (text.size() < 8 || !mentionsCopyright(text) || hidden(n)) {
                return;
            }
            named.emplace_back(order, text);
            std::push_heap(named.begin(), named.end(), std::greater<>());
            if (qsizetype(named.size()) > kTried) {
                std::pop_heap(named.begin(), named.end(), std::greater<>());
                named.pop_back();
            }
        });
    std::sort(named.begin(), named.end(), std::greater<>());
    for (const auto& [order, text] : named) {
        if (const QString notice = copyrightNoticeIn(text); !notice.isEmpty()) {
            return notice;
        }
    }
    return {};
}

// The byline blocks of a page's header (`<dl class="author"><dt>백지연 기자</dt><dd>gobaek@…</dd></dl>`): the
// names with their role and e-mail, which the author meta tags leave out. Only short blocks that carry an e-mail.
QString pageBylines(const HtmlDocument& doc)
{
    static const QSet<QString> hints = {QStringLiteral("author"),
                                        QStringLiteral("byline"),
                                        QStringLiteral("reporter"),
                                        QStringLiteral("writer"),
                                        QStringLiteral("journalist")};
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    QHash<QString, qsizetype> first; // each text where it first appears: nested blocks repeat their child's text
    doc.visitShortTexts(
        81,
        [](Node n) {
            const QStringList pieces = hintPieces(n);
            return std::any_of(pieces.begin(), pieces.end(), [](const QString& p) { return hints.contains(p); })
                || HtmlDocument::attribute(n, "itemprop") == QLatin1String("author");
        },
        [&](Node n, qsizetype order, const QString& text) {
            if (email.match(text).hasMatch() && !isHidden(n)) {
                const auto it = first.find(text);
                if (it == first.end()) {
                    first.insert(text, order);
                } else {
                    *it = std::min(*it, order);
                }
            }
        });
    std::vector<std::pair<qsizetype, QString>> found;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        found.emplace_back(it.value(), it.key());
    }
    std::sort(found.begin(), found.end());
    QStringList bylines;
    for (const auto& one : found) {
        bylines.append(one.second);
    }
    return bylines.join(QStringLiteral(", "));
}

bool hasMultiByteUtf8(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if ((uchar(c) & 0xC0) == 0xC0) {
            return true;
        }
    }
    return false;
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
        const QString utf8 = TextDecoder::codecForLabel(QStringLiteral("utf-8"));
        // a page saved or re-served as UTF-8 keeps its old <meta charset="euc-kr">: bytes that are valid
        // UTF-8 with multi-byte sequences are practically never a legacy encoding (the header, above, wins)
        if (!codec.isEmpty() && codec != utf8 && !codec.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive)
            && hasMultiByteUtf8(bytes) && TextDecoder::isValidUtf8(bytes)) {
            return utf8;
        }
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
    const EmbeddedData embedded = readEmbedded(html);
    QStringList h1s;
    for (Node h : doc.findAll([](Node n) { return HtmlDocument::tagName(n) == QLatin1String("h1"); })) {
        h1s.append(HtmlDocument::text(h).simplified());
    }
    page.title = headline(meta, embedded, h1s);
    page.author = meta.author.isEmpty() ? embedded.authors.join(QStringLiteral(", ")) : meta.author;
    if (const QString bylines = pageBylines(doc); !bylines.isEmpty()) {
        page.author = bylines; // the page's own byline blocks name the same people, with their e-mail
    }
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

    // the layouts' containers too short to be a body, found in one pass: nested containers of one class would
    // make a text() for each quadratic in their depth (#17)
    QSet<Node> tooShort;
    doc.visitShortTexts(
        limits.minTextLength,
        [](Node n) {
            const auto& layouts = knownLayouts();
            return std::any_of(layouts.begin(), layouts.end(), [n](const KnownLayout& l) { return l.match(n); });
        },
        [&tooShort](Node n, qsizetype, const QString&) { tooShort.insert(n); });
    Node content = nullptr;
    for (const KnownLayout& layout : knownLayouts()) {
        for (Node n : doc.findAll(layout.match)) {
            if (!tooShort.contains(n)) {
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
    if (content) {
        const QString raw = HtmlDocument::serialize(content, contentFilter(content));
        page.contentHtml = HtmlSanitizer::sanitize(raw, pageUrl.toString(), &page.contentText);
        page.contentText = page.contentText.simplified();
    }
    page.copyright = pageCopyright(doc);
    // the body the embedded data carries, when the static page holds clearly less of it
    if (!embedded.body.isEmpty()) {
        QString text;
        const QString html = HtmlSanitizer::sanitize(bodyAsHtml(embedded.body), pageUrl.toString(), &text);
        text = text.simplified();
        if (text.size() > page.contentText.size() * 3 / 2) {
            page.contentHtml = html;
            page.contentText = text;
            page.method = QStringLiteral("embedded");
        }
    }
    // a video story: the page is an article, but its text is the description under the player
    if (page.contentText.size() < limits.minTextLength && (meta.type == QLatin1String("article") || embedded.article)
        && meta.description.simplified().size() >= 20) {
        page.contentText = meta.description.simplified();
        page.contentHtml = QStringLiteral("<p>%1</p>").arg(page.contentText.toHtmlEscaped());
        page.method = QStringLiteral("description");
        return page;
    }
    if (page.contentText.size() < limits.minTextLength) {
        return Error{ErrorCode::NotAFeed,
                     QStringLiteral("no article text found (%1 characters)").arg(page.contentText.size())};
    }
    return page;
}

} // namespace news
