#include "sanitize/HtmlSanitizer.h"

#include "parse/XmlDocument.h"
#include "sanitize/HtmlTokenizer.h"

#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace news::HtmlSanitizer
{
namespace
{

const QSet<QString>& allowedElements()
{
    static const QSet<QString> set = {
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
const QSet<QString>& droppedWithContent()
{
    // Plugins and frames (object, embed, applet, iframe, frame) are only unwrapped: their fallback text is
    // the readable part, and their attributes (the dangerous part) go with the tag.
    static const QSet<QString> set = {"script",
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

const QSet<QString>& voidElements()
{
    static const QSet<QString> set = {"area",
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

const QSet<QString>& blockElements()
{
    static const QSet<QString> set = {
        "address", "article", "aside", "blockquote", "br",       "caption",    "center",  "dd",     "details", "dialog",
        "dir",     "div",     "dl",    "dt",         "fieldset", "figcaption", "figure",  "footer", "form",    "h1",
        "h2",      "h3",      "h4",    "h5",         "h6",       "header",     "hgroup",  "hr",     "li",      "main",
        "menu",    "nav",     "ol",    "p",          "pre",      "section",    "summary", "table",  "tbody",   "td",
        "tfoot",   "th",      "thead", "tr",         "ul",       "body",       "html",
    };
    return set;
}

const QSet<QString>& allowedAttributes()
{
    static const QSet<QString> set = {
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

const QSet<QString>& allowedCssProperties()
{
    static const QSet<QString> set = {
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
        kept.append(property + QLatin1String(": ") + value);
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
    std::vector<QString> open; // allowed elements we emitted and must close
    int dropDepth = 0; // >0 while inside an element dropped with its content
    QString dropName;
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
                appendEscaped(out, token.text, false);
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
                    static const QSet<QString> rawText = {"script", "style", "textarea", "title", "xmp", "plaintext"};
                    if (!rawText.contains(token.name)) {
                        dropDepth = 1;
                        dropName = token.name;
                    }
                }
                break;
            }
            if (plainText && blockElements().contains(token.name)) {
                text += u' ';
            }
            if (!allowedElements().contains(token.name)) {
                break; // unwrap: the element goes, its text stays
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
                }
                tag += u' ';
                tag += a.name;
                tag += QLatin1String("=\"");
                appendEscaped(tag, value, true);
                tag += u'"';
            }
            if (voidElements().contains(token.name)) {
                out += tag + QLatin1String(" />");
            } else {
                out += tag + u'>';
                if (token.selfClosing) {
                    out += QLatin1String("</") + token.name + u'>';
                } else {
                    open.push_back(token.name);
                }
            }
            break;
        }
        case HtmlToken::Type::EndTag: {
            if (plainText && blockElements().contains(token.name)) {
                text += u' ';
            }
            if (token.name == QLatin1String("br")) {
                out += QLatin1String("<br />");
                break;
            }
            for (auto i = open.size(); i-- > 0;) {
                if (open[i] == token.name) {
                    while (open.size() > i) {
                        out += QLatin1String("</") + open.back() + u'>';
                        open.pop_back();
                    }
                    break;
                }
            }
            break;
        }
        }
    }
    while (!open.empty()) {
        out += QLatin1String("</") + open.back() + u'>';
        open.pop_back();
    }
    if (plainText) {
        *plainText = collapseWhitespace(text);
    }
    return out;
}

QString toPlainText(const QString& html)
{
    if (!html.contains(u'<') && !html.contains(u'&')) {
        return collapseWhitespace(html);
    }
    QString out;
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    int hidden = 0;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::Text:
            if (token.name.isEmpty() || token.name == QLatin1String("title")
                || token.name == QLatin1String("textarea")) {
                if (hidden == 0) {
                    out += token.text;
                }
            }
            break;
        case HtmlToken::Type::StartTag:
            if (blockElements().contains(token.name)) {
                out += u' ';
            }
            if (token.name == QLatin1String("template")) {
                ++hidden;
            }
            break;
        case HtmlToken::Type::EndTag:
            if (blockElements().contains(token.name)) {
                out += u' ';
            }
            if (token.name == QLatin1String("template") && hidden > 0) {
                --hidden;
            }
            break;
        case HtmlToken::Type::Comment:
            break;
        }
    }
    return collapseWhitespace(out);
}

} // namespace news::HtmlSanitizer
