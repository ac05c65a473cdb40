#include "parse/DoubleEncoding.h"

#include "text/TextDecoder.h"

#include <QByteArray>

namespace news
{

namespace
{

// windows-1252's 0x80–0x9F as Unicode (0 where the code page has no character)
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// the one byte `c` was in ISO-8859-1 / windows-1252, or -1
int byteOf(char16_t c)
{
    if (c < 0x100) {
        return c;
    }
    for (int i = 0; i < 32; ++i) {
        if (kCp1252High[i] == c) {
            return 0x80 + i;
        }
    }
    return -1;
}

} // namespace

QString repairDoubleEncoding(const QString& text)
{
    // a lead byte of a multi-byte sequence (0xC2–0xF4) must be there; most text has none and leaves at once
    bool lead = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0xC2 && c <= 0xF4) {
            lead = true;
        } else if (c >= 0x100 && byteOf(c) < 0) {
            return text; // Hangul, Han, …: not text that went through one byte per character
        }
    }
    if (!lead) {
        return text;
    }
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar ch : text) {
        bytes.append(char(byteOf(ch.unicode())));
    }
    if (!TextDecoder::isValidUtf8(bytes)) {
        return text;
    }
    return QString::fromUtf8(bytes);
}

void repairDoubleEncoding(FeedDocument& doc)
{
    if (doc.encoding != QLatin1String("utf-8")) {
        return;
    }
    for (QString* s : {&doc.title, &doc.subtitle, &doc.author, &doc.rights, &doc.generator}) {
        *s = repairDoubleEncoding(*s);
    }
    for (FeedEntry& e : doc.entries) {
        for (QString* s : {&e.title, &e.author, &e.summary, &e.content, &e.summaryText, &e.sourceTitle}) {
            *s = repairDoubleEncoding(*s);
        }
        for (QString& s : e.authors) {
            s = repairDoubleEncoding(s);
        }
        for (QString& s : e.categories) {
            s = repairDoubleEncoding(s);
        }
    }
}

} // namespace news
