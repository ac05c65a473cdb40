#include "sanitize/HtmlSanitizer.h"

#include "sanitize/HtmlTokenizer.h"
#include "text/NameSet.h"
#include "text/ResolveUrl.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <vector>

namespace news::HtmlSanitizer
{
namespace
{

const NameSet& allowedElements()
{
    static const NameSet set = {
        "a",       "abbr",  "acronym",    "address", "area",    "article", "aside", "audio",    "b",      "bdi",
        "bdo",     "big",   "blockquote", "br",      "caption", "center",  "cite",  "code",     "col",    "colgroup",
        "dd",      "del",   "details",    "dfn",     "dir",     "div",     "dl",    "dt",       "em",     "figcaption",
        "figure",  "font",  "footer",     "h1",      "h2",      "h3",      "h4",    "h5",       "h6",     "header",
        "hr",      "i",     "img",        "ins",     "kbd",     "label",   "li",    "map",      "mark",   "nav",
        "ol",      "p",     "picture",    "pre",     "q",       "rp",      "rt",    "ruby",     "s",      "samp",
        "section", "small", "source",     "span",    "strike",  "strong",  "sub",   "summary",  "sup",    "table",
        "tbody",   "td",    "tfoot",      "th",      "thead",   "time",    "tr",    "tt",       "u",      "ul",
        "var",     "video", "wbr",        "main",    "hgroup",  "blink",   "nobr",  "multicol", "spacer", "listing",
    };
    return set;
}

// Dropped together with everything inside them.
const NameSet& droppedWithContent()
{
    // Plugins and frames (object, embed, applet, iframe, frame) are only unwrapped: their fallback text is
    // the readable part, and their attributes (the dangerous part) go with the tag.
    static const NameSet set = {"script",
                                "style",
                                "template",
                                "head",
                                "title",
                                "textarea",
                                "select",
                                "svg",
                                "math",
                                "xmp",
                                "plaintext",
                                "datalist",
                                "noembed",
                                "noframes"};
    return set;
}

const NameSet& voidElements()
{
    static const NameSet set = {"area",
                                "br",
                                "col",
                                "hr",
                                "img",
                                "source",
                                "wbr",
                                "input",
                                "meta",
                                "link",
                                "base",
                                "param",
                                "track",
                                "embed",
                                "frame",
                                "keygen",
                                "basefont"};
    return set;
}

const NameSet& blockElements()
{
    static const NameSet set = {
        "address", "article", "aside", "blockquote", "br",       "caption",    "center",  "dd",     "details", "dialog",
        "dir",     "div",     "dl",    "dt",         "fieldset", "figcaption", "figure",  "footer", "form",    "h1",
        "h2",      "h3",      "h4",    "h5",         "h6",       "header",     "hgroup",  "hr",     "li",      "main",
        "menu",    "nav",     "ol",    "p",          "pre",      "section",    "summary", "table",  "tbody",   "td",
        "tfoot",   "th",      "thead", "tr",         "ul",       "body",       "html",
    };
    return set;
}

const NameSet& allowedAttributes()
{
    static const NameSet set = {
        "abbr",     "align",    "alt",    "axis",   "border",   "cellpadding", "cellspacing", "char",
        "charoff",  "cite",     "clear",  "color",  "cols",     "colspan",     "compact",     "controls",
        "coords",   "datetime", "dir",    "face",   "headers",  "height",      "href",        "hreflang",
        "hspace",   "label",    "lang",   "loop",   "longdesc", "muted",       "name",        "noshade",
        "nowrap",   "poster",   "rel",    "rev",    "reversed", "rows",        "rowspan",     "rules",
        "scope",    "shape",    "size",   "span",   "src",      "start",       "style",       "summary",
        "title",    "type",     "usemap", "valign", "value",    "vspace",      "width",       "bgcolor",
        "xml:lang", "open",     "class",  "id",     "role",     "background",  "accesskey",   "tabindex",
    };
    return set;
}

bool isUrlAttribute(const QString& name)
{
    return name == QLatin1String("href") || name == QLatin1String("src") || name == QLatin1String("cite")
        || name == QLatin1String("longdesc") || name == QLatin1String("poster") || name == QLatin1String("usemap")
        || name == QLatin1String("background");
}

const NameSet& allowedCssProperties()
{
    static const NameSet set = {
        "azimuth",
        "background-color",
        "border-bottom-color",
        "border-collapse",
        "border-color",
        "border-left-color",
        "border-right-color",
        "border-top-color",
        "clear",
        "color",
        "cursor",
        "direction",
        "display",
        "elevation",
        "float",
        "font",
        "font-family",
        "font-size",
        "font-style",
        "font-variant",
        "font-weight",
        "height",
        "letter-spacing",
        "line-height",
        "overflow",
        "pause",
        "pause-after",
        "pause-before",
        "pitch",
        "pitch-range",
        "richness",
        "speak",
        "speak-header",
        "speak-numeral",
        "speak-punctuation",
        "speech-rate",
        "stress",
        "text-align",
        "text-decoration",
        "text-indent",
        "unicode-bidi",
        "vertical-align",
        "voice-family",
        "volume",
        "white-space",
        "width",
        "margin",
        "margin-top",
        "margin-bottom",
        "margin-left",
        "margin-right",
        "padding",
        "padding-top",
        "padding-bottom",
        "padding-left",
        "padding-right",
        "border",
        "border-top",
        "border-bottom",
        "border-left",
        "border-right",
        "border-width",
        "border-style",
        "max-width",
        "text-transform",
        "word-spacing",
        "word-break",
        "background",
    };
    return set;
}

// Bounds on what reaches QTextDocument's layout (#17): a cellpadding of 99999999, tables nested 40 deep or one
// multi-megabyte word take its layout tens of seconds to forever. Values within the bounds pass unchanged.
constexpr int kMaxTableDepth = 4; // deeper tables are flattened into their text
constexpr int kMaxDepth = 128; // deeper elements are unwrapped (their text stays)
constexpr int kMaxRun = 160; // characters without a break opportunity before a U+200B is inserted

// The largest magnitude an HTML presentation attribute may have (0: not a numeric attribute).
int attributeLimit(const QString& name)
{
    static const NameMap<int> limits = {
        {"width", 2000},
        {"height", 2000},
        {"cellpadding", 40},
        {"cellspacing", 40},
        {"border", 20},
        {"hspace", 100},
        {"vspace", 100},
        {"colspan", 100},
        {"rowspan", 100},
        {"span", 100},
        {"cols", 100},
        {"rows", 100},
        {"size", 100},
        {"charoff", 100},
        {"start", 1000000},
        {"tabindex", 1000},
    };
    return limits.value(name);
}

// A numeric attribute within its bound (a percentage within 100%), or clamped to it; non-numbers are dropped.
QString clampAttribute(const QString& value, int limit)
{
    const QString v = value.trimmed();
    qsizetype i = 0;
    const bool negative = i < v.size() && v[i] == u'-';
    if (i < v.size() && (v[i] == u'-' || v[i] == u'+')) {
        ++i;
    }
    const qsizetype digits = i;
    while (i < v.size() && v[i].unicode() >= '0' && v[i].unicode() <= '9') {
        ++i;
    }
    if (i == digits) {
        return {};
    }
    const QStringView number = QStringView(v).sliced(digits, i - digits);
    const bool percent = v.indexOf(u'%', i) >= 0;
    const int bound = percent ? 100 : limit;
    if (number.size() < 10 && number.toLongLong() <= bound) {
        return value; // an ordinary value stays as written
    }
    return (negative ? QStringLiteral("-") : QString()) + QString::number(bound)
        + (percent ? QStringLiteral("%") : QString());
}

// The largest magnitude (in px) a CSS length may have in `property` (0: lengths are not bounded there).
double cssLimit(const QString& property)
{
    if (property.startsWith(QLatin1String("padding")) || property.startsWith(QLatin1String("margin"))) {
        return 200;
    }
    if (property.startsWith(QLatin1String("border"))) {
        return 40;
    }
    if (property == QLatin1String("width") || property == QLatin1String("height")
        || property == QLatin1String("max-width")) {
        return 2000;
    }
    if (property == QLatin1String("font-size") || property == QLatin1String("font")
        || property == QLatin1String("line-height")) {
        return 200;
    }
    if (property == QLatin1String("text-indent")) {
        return 500;
    }
    if (property == QLatin1String("letter-spacing") || property == QLatin1String("word-spacing")) {
        return 50;
    }
    return 0;
}

// px per unit; 0 for units we do not know (left alone: QTextDocument ignores them too)
double cssUnitPx(const QString& property, QStringView unit)
{
    const bool fontRelative = property == QLatin1String("font-size") || property == QLatin1String("line-height")
        || property == QLatin1String("font");
    if (unit.isEmpty()) {
        // bare numbers: a multiplier in line-height, a weight in font, pixels elsewhere
        return property == QLatin1String("line-height") ? 16 : property == QLatin1String("font") ? 0 : 1;
    }
    if (unit == u"%") {
        return fontRelative ? 0.16 : 10;
    }
    static const NameMap<double> units = {
        {"px", 1},
        {"pt", 4.0 / 3},
        {"pc", 16},
        {"in", 96},
        {"cm", 37.8},
        {"mm", 3.78},
        {"q", 0.95},
        {"em", 16},
        {"rem", 16},
        {"ex", 8},
        {"ch", 8},
        {"vw", 10},
        {"vh", 10},
        {"vmin", 10},
        {"vmax", 10},
    };
    return units.value(unit);
}

// Every length in a declaration's value within the property's bound; ordinary values come back unchanged.
QString clampCssLengths(const QString& property, const QString& value)
{
    const double limit = cssLimit(property);
    if (limit <= 0) {
        return value;
    }
    static const QRegularExpression kLength(
        QStringLiteral("(?<![#\\w.\\-])([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?)([a-z%]*)(?![\\w.])"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    bool changed = false;
    auto it = kLength.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const double number = m.capturedView(1).toDouble();
        const QString unit = m.captured(2).toLower();
        const double px = cssUnitPx(property, unit);
        if (px <= 0 || std::abs(number) * px <= limit) {
            continue;
        }
        const double clamped = std::copysign(limit / px, number);
        out += QStringView(value).sliced(last, m.capturedStart() - last);
        out += QString::number(clamped, 'g', 6) + unit;
        last = m.capturedEnd();
        changed = true;
    }
    if (!changed) {
        return value;
    }
    out += QStringView(value).sliced(last);
    return out;
}

QString sanitizeStyle(const QString& style)
{
    static const QRegularExpression kSafeCssValue(QStringLiteral("^[#a-z0-9 .,%-]+$"));
    // Comments and escapes can hide anything from the checks below: refuse styles that use them.
    const QString lowered = style.toLower();
    if (lowered.contains(u'\\') || lowered.contains(QLatin1String("/*")) || lowered.contains(u'@')
        || lowered.contains(u'<') || lowered.contains(u'&')) {
        return {};
    }
    QStringList kept;
    for (const QString& declaration : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0) {
            continue;
        }
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed();
        const QString v = value.toLower();
        if (!allowedCssProperties().contains(property) || value.isEmpty()) {
            continue;
        }
        if (v.contains(QLatin1String("url")) || v.contains(QLatin1String("expression"))
            || v.contains(QLatin1String("script")) || v.contains(QLatin1String("behavior"))
            || v.contains(QLatin1String("binding")) || v.contains(QLatin1String("import")) || v.contains(u'(')
            || v.contains(u'"') || v.contains(u'\'')) {
            continue;
        }
        if ((property == QLatin1String("background") || property.startsWith(QLatin1String("border"))
             || property == QLatin1String("margin") || property == QLatin1String("padding")
             || property == QLatin1String("font"))
            && !v.contains(kSafeCssValue)) {
            continue;
        }
        if (property == QLatin1String("display") && v.contains(QLatin1String("fixed"))) {
            continue;
        }
        kept.append(property + QLatin1String(": ") + clampCssLengths(property, value));
    }
    return kept.join(QLatin1String("; "));
}

void appendEscaped(QString& out, QStringView text, bool attribute)
{
    // append runs of ordinary characters in bulk: this is the hot loop of sanitizing
    qsizetype runStart = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        QLatin1String replacement;
        if (c == '&') {
            replacement = QLatin1String("&amp;");
        } else if (c == '<') {
            replacement = QLatin1String("&lt;");
        } else if (c == '>') {
            replacement = QLatin1String("&gt;");
        } else if (c == '"' && attribute) {
            replacement = QLatin1String("&quot;");
        } else {
            continue;
        }
        out.append(text.sliced(runStart, i - runStart));
        out.append(replacement);
        runStart = i + 1;
    }
    out.append(text.sliced(runStart));
}

bool isBreakOpportunity(char16_t c)
{
    // ASCII whitespace and U+200B; Hangul, kana and CJK break between characters on their own
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x200B || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x2E80 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

// appendEscaped() for text: a zero-width space goes into every run of kMaxRun characters without a break
// opportunity (`run` carries the current run across text tokens), so that no word is too long to lay out.
void appendText(QString& out, QStringView text, int& run)
{
    qsizetype runStart = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (isBreakOpportunity(c)) {
            run = 0;
        } else if (++run >= kMaxRun && !QChar::isHighSurrogate(c)) {
            appendEscaped(out, text.sliced(runStart, i + 1 - runStart), false);
            out += QChar(0x200B);
            runStart = i + 1;
            run = 0;
        }
    }
    appendEscaped(out, text.sliced(runStart), false);
}

// A size of at most 2 px as markup gives it ("1", "1px", "0"); -1 when it is not such a size.
int tinyPixels(QStringView value)
{
    value = value.trimmed();
    if (value.endsWith(QLatin1String("px"), Qt::CaseInsensitive)) {
        value.chop(2);
    }
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    return ok && v >= 0 && v <= 2 ? int(v) : -1;
}

// <img width="1" height="1"> (or the same in its style): a tracking pixel, invisible to the reader. It is
// dropped from the markup, so that it is never requested (#17), instead of being refused after the fetch.
bool isTrackingPixel(const QList<HtmlAttribute>& attributes)
{
    bool width = false;
    bool height = false;
    for (const HtmlAttribute& a : attributes) {
        if (a.name == QLatin1String("width")) {
            width = width || tinyPixels(a.value) >= 0;
        } else if (a.name == QLatin1String("height")) {
            height = height || tinyPixels(a.value) >= 0;
        } else if (a.name == QLatin1String("style")) {
            for (const QString& declaration : a.value.split(u';', Qt::SkipEmptyParts)) {
                const QString property = declaration.section(u':', 0, 0).trimmed().toLower();
                const QString value = declaration.section(u':', 1);
                if (property == QLatin1String("width")) {
                    width = width || tinyPixels(value) >= 0;
                } else if (property == QLatin1String("height")) {
                    height = height || tinyPixels(value) >= 0;
                }
            }
        }
    }
    return width && height;
}

bool isTablePart(const QString& name)
{
    static const NameSet parts = {"tr", "td", "th", "tbody", "thead", "tfoot", "caption", "col", "colgroup"};
    return parts.contains(name);
}

} // namespace

QString escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    appendEscaped(out, text, false);
    return out;
}

QString escapeAttribute(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    appendEscaped(out, text, true);
    return out;
}

QString collapseWhitespace(const QString& text)
{
    // into a buffer of the input's size (the output is never longer), words copied whole
    QString out(text.size(), Qt::Uninitialized);
    const auto* p = reinterpret_cast<const char16_t*>(text.utf16());
    char16_t* o = reinterpret_cast<char16_t*>(out.data());
    char16_t* const begin = o;
    const qsizetype n = text.size();
    auto isSpace = [](char16_t u) { return u == ' ' || u == '\n' || u == '\t' || u == '\r' || u == '\f' || u == '\v'; };
    qsizetype i = 0;
    while (i < n) {
        while (i < n && isSpace(p[i])) {
            ++i;
        }
        const qsizetype start = i;
        while (i < n && !isSpace(p[i])) {
            ++i;
        }
        if (i > start) {
            if (o != begin) {
                *o++ = u' ';
            }
            std::copy(p + start, p + i, o);
            o += i - start;
        }
    }
    out.truncate(o - begin);
    return out;
}

QString sanitize(const QString& html, const QString& baseUrl)
{
    return sanitize(html, baseUrl, nullptr);
}

QString sanitize(const QString& html, const QString& baseUrl, QString* plainText)
{
    QString text;
    QString out;
    out.reserve(html.size());
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    // Every start tag we track, emitted or not, so that end tags match as in the input: unwrapped elements
    // (past kMaxDepth, or table parts of a flattened table) are on the stack too, with `emitted` false.
    struct Open
    {
        QString name;
        bool emitted;
    };
    std::vector<Open> open;
    // name → entries on `open`: an unmatched end tag costs a look-up, not a walk of the stack. Only allowed
    // elements are pushed, so it holds a few dozen names at most and a scan beats hashing them.
    std::vector<std::pair<QString, int>> openCount;
    auto countOf = [&openCount](QStringView name) -> int* {
        for (auto& [n, c] : openCount) {
            if (n == name) {
                return &c;
            }
        }
        return nullptr;
    };
    int emittedDepth = 0;
    int tableDepth = 0; // open tables, flattened ones included
    int flatTables = 0; // open tables past kMaxTableDepth
    int run = 0; // characters since the last break opportunity
    int dropDepth = 0; // >0 while inside an element dropped with its content
    QString dropName;
    auto push = [&](const QString& name, bool emitted) {
        open.push_back(Open{name, emitted});
        if (int* c = countOf(name)) {
            ++*c;
        } else {
            openCount.emplace_back(name, 1);
        }
        emittedDepth += emitted ? 1 : 0;
        if (name == QLatin1String("table")) {
            ++tableDepth;
            flatTables += emitted ? 0 : 1;
        }
    };
    auto pop = [&] {
        const Open& top = open.back();
        if (top.emitted) {
            out += QLatin1String("</") + top.name + u'>';
            --emittedDepth;
        } else if (flatTables > 0 && (top.name == QLatin1String("td") || top.name == QLatin1String("th"))) {
            out += u' ';
        } else if (flatTables > 0 && (top.name == QLatin1String("tr") || top.name == QLatin1String("table"))) {
            out += QLatin1String("<br />");
        }
        if (top.name == QLatin1String("table")) {
            --tableDepth;
            flatTables -= top.emitted ? 0 : 1;
        }
        --*countOf(top.name); // (pushed, so counted)
        open.pop_back();
    };
    while (tokenizer.next(token)) {
        if (dropDepth > 0) {
            if (token.type == HtmlToken::Type::StartTag && token.name == dropName && !token.selfClosing
                && !voidElements().contains(token.name)) {
                ++dropDepth;
            } else if (token.type == HtmlToken::Type::EndTag && token.name == dropName) {
                --dropDepth;
            }
            continue;
        }
        switch (token.type) {
        case HtmlToken::Type::Comment:
            break;
        case HtmlToken::Type::Text:
            if (token.name.isEmpty()) {
                appendText(out, token.text, run);
                if (plainText) {
                    text += token.text;
                }
            }
            // raw text of script/style/iframe/…: never emitted
            break;
        case HtmlToken::Type::StartTag: {
            if (droppedWithContent().contains(token.name)) {
                if (!token.selfClosing && !voidElements().contains(token.name)) {
                    // raw-text elements end inside the tokenizer; others nest
                    static const NameSet rawText = {"script", "style", "textarea", "title", "xmp", "plaintext"};
                    if (!rawText.contains(token.name)) {
                        dropDepth = 1;
                        dropName = token.name;
                    }
                }
                break;
            }
            const bool block = blockElements().contains(token.name);
            if (block) {
                run = 0;
                if (plainText) {
                    text += u' ';
                }
            }
            if (!allowedElements().contains(token.name)) {
                break; // unwrap: the element goes, its text stays
            }
            if (token.name == QLatin1String("img") && isTrackingPixel(token.attributes)) {
                break;
            }
            const bool isVoid = voidElements().contains(token.name);
            // too deep, or part of a table nested past kMaxTableDepth: unwrapped, but tracked for its end tag
            const bool flatten = (token.name == QLatin1String("table") && tableDepth >= kMaxTableDepth)
                || (flatTables > 0 && isTablePart(token.name));
            if (flatten || (!isVoid && emittedDepth >= kMaxDepth)) {
                if (!isVoid && !token.selfClosing) {
                    push(token.name, false);
                }
                break;
            }
            QString tag = QLatin1String("<") + token.name;
            for (const HtmlAttribute& a : token.attributes) {
                if (!allowedAttributes().contains(a.name)) {
                    continue;
                }
                QString value = a.value;
                if (isUrlAttribute(a.name)) {
                    value = resolveUrl(baseUrl, value);
                    if (value.isEmpty() && !a.value.trimmed().isEmpty()) {
                        continue; // unsafe scheme
                    }
                } else if (a.name == QLatin1String("style")) {
                    value = sanitizeStyle(value);
                    if (value.isEmpty()) {
                        continue;
                    }
                } else if (const int limit = attributeLimit(a.name); limit > 0) {
                    value = clampAttribute(value, limit);
                    if (value.isEmpty()) {
                        continue;
                    }
                }
                tag += u' ';
                tag += a.name;
                tag += QLatin1String("=\"");
                appendEscaped(tag, value, true);
                tag += u'"';
            }
            if (isVoid) {
                out += tag + QLatin1String(" />");
            } else {
                out += tag + u'>';
                if (token.selfClosing) {
                    out += QLatin1String("</") + token.name + u'>';
                } else {
                    push(token.name, true);
                }
            }
            break;
        }
        case HtmlToken::Type::EndTag: {
            if (blockElements().contains(token.name)) {
                run = 0;
                if (plainText) {
                    text += u' ';
                }
            }
            if (token.name == QLatin1String("br")) {
                out += QLatin1String("<br />");
                break;
            }
            if (const int* c = countOf(token.name); !c || *c == 0) {
                break; // unmatched: nothing to close
            }
            while (!open.empty()) {
                const bool last = open.back().name == token.name;
                pop();
                if (last) {
                    break;
                }
            }
            break;
        }
        }
    }
    while (!open.empty()) {
        pop();
    }
    if (plainText) {
        *plainText = collapseWhitespace(text);
    }
    return out;
}

namespace
{

QString plainText(const QString& html, bool runningTextOnly)
{
    if (!html.contains(u'<') && !html.contains(u'&')) {
        return collapseWhitespace(html);
    }
    PlainText text(runningTextOnly);
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        text.add(token);
    }
    return text.text();
}

} // namespace

void PlainText::add(const HtmlToken& token)
{
    const auto hides = [this](const QString& name) {
        return name == QLatin1String("template")
            || (m_runningTextOnly && (name == QLatin1String("figure") || name == QLatin1String("figcaption")));
    };
    switch (token.type) {
    case HtmlToken::Type::Text:
        if (token.name.isEmpty() || token.name == QLatin1String("title") || token.name == QLatin1String("textarea")) {
            if (m_hidden == 0) {
                m_out += token.text;
            }
        }
        break;
    case HtmlToken::Type::StartTag:
        if (blockElements().contains(token.name)) {
            m_out += u' ';
        }
        // exactly as before for template (the search index's text depends on it); a figure must open
        if (hides(token.name) && (token.name == QLatin1String("template") || !token.selfClosing)) {
            ++m_hidden;
        }
        break;
    case HtmlToken::Type::EndTag:
        if (blockElements().contains(token.name)) {
            m_out += u' ';
        }
        if (hides(token.name) && m_hidden > 0) {
            --m_hidden;
        }
        break;
    case HtmlToken::Type::Comment:
        break;
    }
}

QString PlainText::text() const
{
    return collapseWhitespace(m_out);
}

QString toPlainText(const QString& html)
{
    return plainText(html, false);
}

QString toReadingText(const QString& html)
{
    return plainText(html, true);
}

} // namespace news::HtmlSanitizer
