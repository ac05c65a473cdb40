#include "text/HtmlEntities.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace news::HtmlEntities
{
namespace
{

struct Entity
{
    const char* name;
    char32_t cps[2];
    bool legacy;
};

constexpr Entity kEntities[] = {
#include "text/HtmlEntityTable.inc"
};

int compare(QStringView a, const char* b)
{
    qsizetype i = 0;
    for (; i < a.size() && b[i]; ++i) {
        const char16_t x = a[i].unicode();
        const auto y = static_cast<unsigned char>(b[i]);
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    if (i == a.size()) {
        return b[i] ? -1 : 0;
    }
    return 1;
}

const Entity* find(QStringView name)
{
    const auto* end = std::end(kEntities);
    const auto* it = std::lower_bound(
        std::begin(kEntities), end, name, [](const Entity& e, QStringView n) { return compare(n, e.name) > 0; });
    if (it != end && compare(name, it->name) == 0) {
        return it;
    }
    return nullptr;
}

QString toString(const Entity& e)
{
    QString out;
    appendCodePoint(out, e.cps[0]);
    if (e.cps[1]) {
        appendCodePoint(out, e.cps[1]);
    }
    return out;
}

} // namespace

QString lookup(QStringView name)
{
    if (const Entity* e = find(name)) {
        return toString(*e);
    }
    return {};
}

qsizetype longestLegacyPrefix(QStringView text, QString* value)
{
    // legacy names are at most 6 characters long ("middot", "frac34", …)
    for (qsizetype len = std::min<qsizetype>(text.size(), 6); len >= 2; --len) {
        if (const Entity* e = find(text.first(len)); e && e->legacy) {
            *value = toString(*e);
            return len;
        }
    }
    return 0;
}

void appendCodePoint(QString& out, char32_t cp)
{
    static constexpr std::array<char16_t, 32> c1
        = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (cp >= 0x80 && cp < 0xA0) {
        out.append(QChar(c1[cp - 0x80]));
    } else if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(QChar(0xFFFD));
    } else if (cp > 0xFFFF) {
        out.append(QChar::highSurrogate(cp));
        out.append(QChar::lowSurrogate(cp));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

} // namespace news::HtmlEntities
