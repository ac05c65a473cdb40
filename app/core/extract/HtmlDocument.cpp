#include "extract/HtmlDocument.h"

#include "sanitize/HtmlSanitizer.h"

#include <QSet>

#include <gumbo.h>

namespace news
{

namespace
{

const QSet<QString>& voidElements()
{
    static const QSet<QString> v = {QStringLiteral("area"),
                                    QStringLiteral("base"),
                                    QStringLiteral("br"),
                                    QStringLiteral("col"),
                                    QStringLiteral("embed"),
                                    QStringLiteral("hr"),
                                    QStringLiteral("img"),
                                    QStringLiteral("input"),
                                    QStringLiteral("link"),
                                    QStringLiteral("meta"),
                                    QStringLiteral("source"),
                                    QStringLiteral("track"),
                                    QStringLiteral("wbr")};
    return v;
}

// text() and visitShortTexts() read an element's text by the same two rules
bool isTextless(const QString& tag) // what text() leaves out
{
    return tag == QLatin1String("script") || tag == QLatin1String("style") || tag == QLatin1String("noscript");
}

bool breaksText(const QString& tag) // a space before it, so that words either side do not run together
{
    return tag == QLatin1String("br") || tag == QLatin1String("p") || tag == QLatin1String("div");
}

QString fromUtf8(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

bool isPlaceholderSrc(const QString& src)
{
    const QString s = src.trimmed().toLower();
    return s.isEmpty() || s.startsWith(QLatin1String("data:")) || s.contains(QLatin1String("blank."))
        || s.contains(QLatin1String("spacer.")) || s.contains(QLatin1String("lazy"))
        || s.contains(QLatin1String("loading."));
}

void serializeInto(const GumboNode* node, const std::function<bool(const GumboNode*)>& keep, QString& out, int depth)
{
    if (depth > 400) {
        return; // deeper than any real article; hostile nesting must not exhaust the stack
    }
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        out += HtmlSanitizer::escape(fromUtf8(node->v.text.text));
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        break;
    default:
        return; // comments, the document node
    }
    if (keep && !keep(node)) {
        return;
    }
    const QString tag = HtmlDocument::tagName(node);
    out += u'<' + tag;
    const GumboVector& attrs = node->v.element.attributes;
    QString lazySrc;
    QString src;
    for (unsigned i = 0; i < attrs.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
        const QString name = fromUtf8(a->name).toLower();
        const QString value = fromUtf8(a->value);
        if (tag == QLatin1String("img")
            && (name == QLatin1String("data-src") || name == QLatin1String("data-original")
                || name == QLatin1String("data-lazy-src") || name == QLatin1String("data-url"))) {
            lazySrc = value;
            continue;
        }
        if (tag == QLatin1String("img") && name == QLatin1String("src")) {
            src = value;
            continue;
        }
        out += u' ' + name + QLatin1String("=\"") + HtmlSanitizer::escapeAttribute(value) + u'"';
    }
    if (tag == QLatin1String("img")) {
        const QString chosen = !lazySrc.isEmpty() && isPlaceholderSrc(src) ? lazySrc : src;
        if (!chosen.isEmpty()) {
            out += QLatin1String(" src=\"") + HtmlSanitizer::escapeAttribute(chosen) + u'"';
        }
    }
    out += u'>';
    if (voidElements().contains(tag)) {
        return;
    }
    const GumboVector& children = node->v.element.children;
    // prose written as text between <br>s (Naver, gnuboard, older CMSs) becomes paragraphs, so that the credit
    // extraction sees each line (a signature, a dateline) on its own
    bool hasBreak = false;
    bool hasText = false;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        hasBreak = hasBreak || (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BR);
        hasText = hasText || c->type == GUMBO_NODE_TEXT;
    }
    if (hasBreak && hasText && tag != QLatin1String("p") && tag != QLatin1String("figcaption")) {
        QString run;
        auto flush = [&out, &run] {
            if (!run.trimmed().isEmpty()) {
                out += QLatin1String("<p>") + run.trimmed() + QLatin1String("</p>");
            }
            run.clear();
        };
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* c = static_cast<const GumboNode*>(children.data[i]);
            if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BR) {
                flush();
                continue;
            }
            const QString childTag = HtmlDocument::tagName(c);
            const bool block = childTag == QLatin1String("div") || childTag == QLatin1String("p")
                || childTag == QLatin1String("figure") || childTag == QLatin1String("table")
                || childTag == QLatin1String("ul") || childTag == QLatin1String("ol");
            if (block) {
                flush();
                serializeInto(c, keep, out, depth + 1);
            } else {
                serializeInto(c, keep, run, depth + 1);
            }
        }
        flush();
    } else {
        for (unsigned i = 0; i < children.length; ++i) {
            serializeInto(static_cast<const GumboNode*>(children.data[i]), keep, out, depth + 1);
        }
    }
    out += QLatin1String("</") + tag + u'>';
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Elements that never nest (void) or that the parser closes by themselves when the next one starts: they
// do not add to the depth a page could reach.
bool addsNoDepth(const QByteArray& name)
{
    static const QSet<QByteArray> names = {
        "area",     "base",   "br",       "col",    "embed",    "hr",      "img",   "input", "link",
        "meta",     "source", "track",    "wbr",    "param",    "p",       "li",    "dt",    "dd",
        "tr",       "td",     "th",       "thead",  "tbody",    "tfoot",   "rb",    "rt",    "rp",
        "optgroup", "option", "colgroup", "keygen", "basefont", "bgsound", "frame",
    };
    return names.contains(name);
}

// One linear pass over the bytes: the depth of open elements a parser could reach (end tags close the
// innermost open element; self-closing and auto-closing elements do not count) and the most attributes on a
// tag. An over-estimate for sloppy markup, exact for hostile nesting.
struct MarkupShape
{
    int depth = 0;
    int attributes = 0;
};

MarkupShape measure(const QByteArray& bytes)
{
    MarkupShape shape;
    const char* p = bytes.constData();
    const qsizetype n = bytes.size();
    int depth = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] != '<' || i + 1 >= n) {
            continue;
        }
        if (p[i + 1] == '!') {
            if (i + 3 < n && p[i + 2] == '-' && p[i + 3] == '-') {
                const qsizetype end = bytes.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 2;
            }
            continue;
        }
        const bool endTag = p[i + 1] == '/';
        qsizetype j = i + (endTag ? 2 : 1);
        if (j >= n || !isAsciiAlpha(p[j])) {
            continue;
        }
        const qsizetype nameStart = j;
        while (j < n && p[j] != '>' && p[j] != '/' && p[j] != ' ' && p[j] != '\t' && p[j] != '\n' && p[j] != '\r'
               && p[j] != '\f') {
            ++j;
        }
        const QByteArray name = QByteArray(p + nameStart, j - nameStart).toLower();
        // attributes as the HTML tokenizer reads them: a name, then perhaps '=' and a value, quoted only when
        // the quote comes right after the '=' (a stray '"' elsewhere is part of a name)
        auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
        int attributes = 0;
        bool selfClosing = false;
        while (j < n && p[j] != '>') {
            if (isSpace(p[j])) {
                ++j;
                continue;
            }
            if (p[j] == '/') {
                selfClosing = j + 1 < n && p[j + 1] == '>';
                ++j;
                continue;
            }
            ++attributes;
            ++j; // the first character of a name may be anything, '=' too
            while (j < n && !isSpace(p[j]) && p[j] != '/' && p[j] != '>' && p[j] != '=') {
                ++j;
            }
            qsizetype k = j;
            while (k < n && isSpace(p[k])) {
                ++k;
            }
            if (k >= n || p[k] != '=') {
                continue;
            }
            j = k + 1;
            while (j < n && isSpace(p[j])) {
                ++j;
            }
            if (j < n && (p[j] == '"' || p[j] == '\'')) {
                const qsizetype close = bytes.indexOf(p[j], j + 1);
                j = close < 0 ? n : close + 1;
            } else {
                while (j < n && !isSpace(p[j]) && p[j] != '>') {
                    ++j;
                }
            }
        }
        shape.attributes = std::max(shape.attributes, attributes);
        if (endTag) {
            depth = addsNoDepth(name) ? depth : std::max(0, depth - 1);
        } else if (!selfClosing && !addsNoDepth(name)) {
            shape.depth = std::max(shape.depth, ++depth);
        }
        if (!endTag && (name == "script" || name == "style" || name == "textarea" || name == "title")) {
            // raw text: markup-looking bytes inside do not count
            const QByteArray closing = "</" + name;
            qsizetype close = bytes.indexOf("</", j);
            // a prefix comparison (the bytes end in '\0'): the four-argument qstrnicmp compares whole strings
            while (close >= 0 && qstrnicmp(p + close, closing.constData(), size_t(closing.size())) != 0) {
                close = bytes.indexOf("</", close + 2);
            }
            j = close < 0 ? n : close - 1; // its end tag is read next
        }
        i = j;
    }
    return shape;
}

} // namespace

struct HtmlDocument::Output
{
    GumboOutput* output = nullptr;
    QByteArray bytes; // gumbo keeps pointers into the buffer
    QString refusal;
};

HtmlDocument::HtmlDocument(const QByteArray& utf8)
    : m_output(std::make_unique<Output>())
{
    const MarkupShape shape = measure(utf8);
    if (shape.depth > kMaxDepth) {
        m_output->refusal
            = QStringLiteral("page too deeply nested (%1 levels; at most %2)").arg(shape.depth).arg(kMaxDepth);
        return;
    }
    if (shape.attributes > kMaxAttributes) {
        m_output->refusal = QStringLiteral("page has a tag with too many attributes (%1; at most %2)")
                                .arg(shape.attributes)
                                .arg(kMaxAttributes);
        return;
    }
    m_output->bytes = utf8;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 1000; // error bookkeeping is the slow part on bad markup; we never read the errors
    m_output->output = gumbo_parse_with_options(&options, m_output->bytes.constData(), size_t(m_output->bytes.size()));
}

HtmlDocument::~HtmlDocument()
{
    if (m_output->output) {
        gumbo_destroy_output(&kGumboDefaultOptions, m_output->output);
    }
}

QString HtmlDocument::refusal() const
{
    return m_output->refusal;
}

HtmlDocument::Node HtmlDocument::root() const
{
    return m_output->output ? m_output->output->root : nullptr;
}

bool HtmlDocument::isElement(Node node)
{
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

bool HtmlDocument::isText(Node node)
{
    return node
        && (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA);
}

QString HtmlDocument::tagName(Node node)
{
    if (!isElement(node)) {
        return {};
    }
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN) {
        return QString::fromLatin1(gumbo_normalized_tagname(node->v.element.tag));
    }
    GumboStringPiece piece = node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString HtmlDocument::attribute(Node node, const char* name)
{
    if (!isElement(node)) {
        return {};
    }
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? fromUtf8(a->value) : QString();
}

bool HtmlDocument::hasClass(Node node, const QString& name)
{
    const QString classes = attribute(node, "class");
    if (classes.isEmpty()) {
        return false;
    }
    for (const QString& c : classes.split(u' ', Qt::SkipEmptyParts)) {
        if (c == name) {
            return true;
        }
    }
    return false;
}

std::vector<HtmlDocument::Node> HtmlDocument::children(Node node)
{
    std::vector<Node> out;
    if (!node) {
        return out;
    }
    const GumboVector* v = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
        : isElement(node)                                    ? &node->v.element.children
                                                             : nullptr;
    if (v) {
        out.reserve(v->length);
        for (unsigned i = 0; i < v->length; ++i) {
            out.push_back(static_cast<Node>(v->data[i]));
        }
    }
    return out;
}

HtmlDocument::Node HtmlDocument::parent(Node node)
{
    return node ? node->parent : nullptr;
}

void HtmlDocument::walk(Node node, const std::function<bool(Node)>& visit)
{
    if (!node) {
        return;
    }
    // iterative: hostile pages nest thousands deep
    std::vector<Node> stack{node};
    while (!stack.empty()) {
        Node n = stack.back();
        stack.pop_back();
        if (!visit(n)) {
            continue;
        }
        const std::vector<Node> kids = children(n);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
            stack.push_back(*it);
        }
    }
}

QString HtmlDocument::text(Node node)
{
    QString out;
    walk(node, [&out](Node n) {
        if (isText(n)) {
            out += fromUtf8(n->v.text.text);
            return false;
        }
        const QString tag = tagName(n);
        if (isTextless(tag)) {
            return false;
        }
        if (breaksText(tag)) {
            out += u' ';
        }
        return true;
    });
    return out.simplified();
}

void HtmlDocument::visitShortTexts(qsizetype limit,
                                   const std::function<bool(Node)>& wanted,
                                   const std::function<void(Node, qsizetype, const QString&)>& visit) const
{
    // text() of an element is its children's pieces run together, simplified. Each open element keeps its pieces
    // so far (whitespace runs collapsed once they grow, the edges kept: they decide whether words join) until its
    // text is known to be `limit` or longer; then it and its ancestors stop collecting.
    struct Open
    {
        Node node;
        qsizetype order;
        unsigned next = 0;
        QString raw;
        bool tooLong = false;
    };
    const auto squeeze = [limit](Open& o) {
        if (o.tooLong || o.raw.size() <= 2 * limit + 16) {
            return;
        }
        const bool lead = !o.raw.isEmpty() && o.raw.front().isSpace();
        const bool trail = !o.raw.isEmpty() && o.raw.back().isSpace();
        const QString s = o.raw.simplified();
        if (s.size() >= limit) {
            o.tooLong = true;
            o.raw.clear();
            return;
        }
        o.raw = (lead ? QStringLiteral(" ") : QString()) + s + (trail ? QStringLiteral(" ") : QString());
    };
    const auto childrenOf = [](Node n) -> const GumboVector* {
        return n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children
            : isElement(n)                    ? &n->v.element.children
                                              : nullptr;
    };
    const Node top = root();
    if (!top) {
        return;
    }
    qsizetype order = 0;
    std::vector<Open> open;
    open.push_back(Open{top, order++, 0, QString(), false});
    while (!open.empty()) {
        Open& o = open.back();
        const GumboVector* kids = childrenOf(o.node);
        if (kids && o.next < kids->length) {
            const auto* c = static_cast<Node>(kids->data[o.next++]);
            if (isText(c)) {
                if (!o.tooLong) {
                    o.raw += fromUtf8(c->v.text.text);
                    squeeze(o);
                }
                continue;
            }
            if (!isElement(c)) {
                continue; // comments
            }
            const QString tag = tagName(c);
            if (isTextless(tag)) {
                const qsizetype at = order++;
                if (wanted(c)) {
                    visit(c, at, QString());
                }
                continue;
            }
            Open child{c, order++, 0, QString(), false};
            if (breaksText(tag)) {
                child.raw = QStringLiteral(" ");
            }
            open.push_back(std::move(child)); // `o` is not used past this point
            continue;
        }
        Open done = std::move(open.back());
        open.pop_back();
        if (!done.tooLong && isElement(done.node) && wanted(done.node)) {
            if (const QString text = done.raw.simplified(); text.size() < limit) {
                visit(done.node, done.order, text);
            }
        }
        if (!open.empty()) {
            Open& up = open.back();
            if (done.tooLong) {
                up.tooLong = true;
                up.raw.clear();
            } else if (!up.tooLong) {
                up.raw += done.raw;
                squeeze(up);
            }
        }
    }
}

int HtmlDocument::linkTextLength(Node node)
{
    int length = 0;
    walk(node, [&length](Node n) {
        if (tagName(n) == QLatin1String("a")) {
            length += int(text(n).size());
            return false;
        }
        return true;
    });
    return length;
}

HtmlDocument::Node HtmlDocument::findFirst(const std::function<bool(Node)>& match) const
{
    Node found = nullptr;
    walk(root(), [&](Node n) {
        if (found) {
            return false;
        }
        if (isElement(n) && match(n)) {
            found = n;
            return false;
        }
        return true;
    });
    return found;
}

std::vector<HtmlDocument::Node> HtmlDocument::findAll(const std::function<bool(Node)>& match) const
{
    std::vector<Node> out;
    walk(root(), [&](Node n) {
        if (isElement(n) && match(n)) {
            out.push_back(n);
        }
        return true;
    });
    return out;
}

QString HtmlDocument::serialize(Node node, const std::function<bool(Node)>& keep)
{
    QString out;
    if (node) {
        serializeInto(node, keep, out, 0);
    }
    return out;
}

} // namespace news
