#include "sanitize/HtmlTokenizer.h"

#include "text/HtmlEntities.h"

namespace news
{
namespace
{

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiAlpha(c) || (u >= '0' && u <= '9');
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\n' || u == '\t' || u == '\r' || u == '\f';
}

bool isRawText(const QString& name)
{
    static const QStringList raw = {"script", "style", "textarea", "title", "xmp", "plaintext"};
    return raw.contains(name);
}

} // namespace

QString decodeHtmlEntities(QStringView in, bool inAttribute)
{
    if (!in.contains(u'&')) {
        return in.toString();
    }
    QString out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in[i];
        if (c != u'&' || i + 1 >= n) {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        if (in[j] == u'#') {
            ++j;
            const bool hex = j < n && (in[j] == u'x' || in[j] == u'X');
            if (hex) {
                ++j;
            }
            char32_t cp = 0;
            const qsizetype digitsStart = j;
            while (j < n) {
                const char16_t d = in[j].unicode();
                int v = -1;
                if (d >= '0' && d <= '9') {
                    v = d - '0';
                } else if (hex && d >= 'a' && d <= 'f') {
                    v = d - 'a' + 10;
                } else if (hex && d >= 'A' && d <= 'F') {
                    v = d - 'A' + 10;
                }
                if (v < 0) {
                    break;
                }
                cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + v;
                ++j;
            }
            if (j == digitsStart) {
                out += c;
                continue;
            }
            if (j < n && in[j] == u';') {
                ++j;
            }
            HtmlEntities::appendCodePoint(out, cp);
            i = j - 1;
            continue;
        }
        qsizetype k = j;
        while (k < n && isAlnum(in[k]) && k - j < 40) {
            ++k;
        }
        if (k < n && in[k] == u';' && k > j) {
            const QString value = HtmlEntities::lookup(in.sliced(j, k - j));
            if (!value.isNull()) {
                out += value;
                i = k;
                continue;
            }
        }
        QString legacy;
        const qsizetype len = HtmlEntities::longestLegacyPrefix(in.sliced(j, k - j), &legacy);
        if (len > 0) {
            const qsizetype after = j + len;
            // in attributes "&copy=" or "&copyx" stay literal (URLs carry such parameters)
            if (!(inAttribute && after < n && (isAlnum(in[after]) || in[after] == u'='))) {
                out += legacy;
                i = after - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_in(html)
{
}

bool HtmlTokenizer::next(HtmlToken& token)
{
    token.attributes.clear();
    token.selfClosing = false;
    token.name.clear();
    token.text.clear();
    const qsizetype n = m_in.size();
    if (m_pos >= n) {
        return false;
    }
    if (!m_rawTextEnd.isEmpty()) {
        // raw text up to "</name" (case-insensitive)
        const QString closing = QLatin1String("</") + m_rawTextEnd;
        qsizetype end = m_in.indexOf(closing, m_pos, Qt::CaseInsensitive);
        if (end < 0) {
            end = n;
        }
        token.type = HtmlToken::Type::Text;
        token.name = m_rawTextEnd;
        token.text = m_in.sliced(m_pos, end - m_pos).toString();
        m_pos = end;
        m_rawTextEnd.clear();
        if (!token.text.isEmpty()) {
            return true;
        }
        if (m_pos >= n) {
            return false;
        }
    }
    if (m_in[m_pos] == u'<' && tag(token)) {
        return true;
    }
    // text up to the next '<' that may start markup
    qsizetype end = m_pos + 1;
    while (end < n) {
        if (m_in[end] == u'<' && end + 1 < n) {
            const QChar c = m_in[end + 1];
            if (isAsciiAlpha(c) || c == u'/' || c == u'!' || c == u'?') {
                break;
            }
        }
        ++end;
    }
    token.type = HtmlToken::Type::Text;
    token.text = decodeHtmlEntities(m_in.sliced(m_pos, end - m_pos));
    m_pos = end;
    return true;
}

bool HtmlTokenizer::tag(HtmlToken& token)
{
    const qsizetype n = m_in.size();
    const qsizetype start = m_pos;
    if (start + 1 >= n) {
        return false;
    }
    const QChar c = m_in[start + 1];
    if (c == u'!' || c == u'?') {
        token.type = HtmlToken::Type::Comment;
        if (m_in.sliced(start).startsWith(QLatin1String("<!--"))) {
            qsizetype end = m_in.indexOf(QLatin1String("-->"), start + 4);
            // "<!-->" and "<!--->" close at once, as in browsers
            if (m_in.sliced(start + 4).startsWith(u'>')) {
                end = start + 2;
            } else if (m_in.sliced(start + 4).startsWith(QLatin1String("->"))) {
                end = start + 3;
            }
            if (end < 0) {
                token.text = m_in.sliced(start + 4).toString();
                m_pos = n;
            } else {
                token.text = m_in.sliced(start + 4, std::max<qsizetype>(0, end - start - 4)).toString();
                m_pos = end + 3;
            }
            return true;
        }
        // "<!DOCTYPE …>", "<![CDATA[…]]>", "<?…>": skipped when closed; "<!'" or an unclosed one is text
        const bool declaration
            = c == u'?' || (start + 2 < n && (isAsciiAlpha(m_in[start + 2]) || m_in[start + 2] == u'['));
        const qsizetype end = start < m_noGreaterFrom ? m_in.indexOf(u'>', start) : -1;
        if (end < 0) {
            // no '>' after here: later "<!x" need not look again (each would scan to the end: quadratic, #17)
            m_noGreaterFrom = std::min(m_noGreaterFrom, start);
        }
        if (!declaration || end < 0) {
            return false;
        }
        m_pos = end + 1;
        return true;
    }
    const bool endTag = c == u'/';
    qsizetype i = start + (endTag ? 2 : 1);
    if (i >= n || !isAsciiAlpha(m_in[i])) {
        if (endTag && i < n && m_in[i] == u'>') { // "</>" is dropped
            m_pos = i + 1;
            token.type = HtmlToken::Type::Comment;
            return true;
        }
        if (endTag) { // "</ junk>" is a bogus comment
            qsizetype end = m_in.indexOf(u'>', i);
            m_pos = end < 0 ? n : end + 1;
            token.type = HtmlToken::Type::Comment;
            return true;
        }
        return false;
    }
    const qsizetype nameStart = i;
    while (i < n && !isSpace(m_in[i]) && m_in[i] != u'/' && m_in[i] != u'>') {
        ++i;
    }
    token.name = m_in.sliced(nameStart, i - nameStart).toString().toLower();
    token.type = endTag ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    m_pos = i;
    readAttributes(token);
    if (!endTag && isRawText(token.name) && !token.selfClosing) {
        m_rawTextEnd = token.name;
    }
    if (endTag) {
        token.attributes.clear();
    }
    return true;
}

void HtmlTokenizer::readAttributes(HtmlToken& token)
{
    m_names.clear();
    const qsizetype n = m_in.size();
    while (m_pos < n) {
        while (m_pos < n && (isSpace(m_in[m_pos]) || m_in[m_pos] == u'/')) {
            if (m_in[m_pos] == u'/' && m_pos + 1 < n && m_in[m_pos + 1] == u'>') {
                token.selfClosing = true;
            }
            ++m_pos;
        }
        if (m_pos >= n) {
            return;
        }
        if (m_in[m_pos] == u'>') {
            ++m_pos;
            return;
        }
        const qsizetype nameStart = m_pos;
        ++m_pos; // the first character may be '=' or anything else
        while (m_pos < n && !isSpace(m_in[m_pos]) && m_in[m_pos] != u'/' && m_in[m_pos] != u'>'
               && m_in[m_pos] != u'=') {
            ++m_pos;
        }
        HtmlAttribute attr;
        attr.name = m_in.sliced(nameStart, m_pos - nameStart).toString().toLower();
        while (m_pos < n && isSpace(m_in[m_pos])) {
            ++m_pos;
        }
        if (m_pos < n && m_in[m_pos] == u'=') {
            ++m_pos;
            while (m_pos < n && isSpace(m_in[m_pos])) {
                ++m_pos;
            }
            if (m_pos < n && (m_in[m_pos] == u'"' || m_in[m_pos] == u'\'')) {
                const QChar quote = m_in[m_pos++];
                qsizetype end = m_in.indexOf(quote, m_pos);
                if (end < 0) {
                    end = n;
                }
                attr.value = decodeHtmlEntities(m_in.sliced(m_pos, end - m_pos), true);
                m_pos = std::min(end + 1, n);
            } else {
                const qsizetype valueStart = m_pos;
                while (m_pos < n && !isSpace(m_in[m_pos]) && m_in[m_pos] != u'>') {
                    ++m_pos;
                }
                attr.value = decodeHtmlEntities(m_in.sliced(valueStart, m_pos - valueStart), true);
            }
        }
        // the first of duplicate attributes wins; a hostile tag carries thousands (#17), so past a few the
        // names go into a set (linear), and past kMaxAttributes the rest are read and dropped
        if (token.attributes.size() >= kMaxAttributes) {
            continue;
        }
        bool duplicate = false;
        if (token.attributes.size() < kSetFrom) {
            for (const HtmlAttribute& a : token.attributes) {
                duplicate = duplicate || a.name == attr.name;
            }
        } else {
            if (m_names.isEmpty()) {
                for (const HtmlAttribute& a : token.attributes) {
                    m_names.insert(a.name);
                }
            }
            duplicate = m_names.contains(attr.name);
            if (!duplicate) {
                m_names.insert(attr.name);
            }
        }
        if (!duplicate) {
            token.attributes.append(std::move(attr));
        }
    }
}

} // namespace news
