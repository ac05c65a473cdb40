#include "text/TextDecoder.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QStringDecoder>

#include <array>

namespace news::TextDecoder
{
namespace
{

struct Table
{
    QByteArray data; // uint16 little-endian arrays, see tools/gen_codec_tables.py
    const quint16* single() const { return reinterpret_cast<const quint16*>(data.constData()); }
    const quint16* pairs() const { return single() + 256; }
    const quint16* extra() const { return single() + 256 + 65536; }
    qsizetype units() const { return data.size() / 2; }
};

const Table* loadTable(const QString& codec)
{
    static QMutex mutex;
    static QHash<QString, Table*> tables;
    QMutexLocker lock(&mutex);
    if (auto it = tables.constFind(codec); it != tables.constEnd()) {
        return it.value();
    }
    Table* table = nullptr;
    QFile file(QStringLiteral(":/codecs/%1.bin").arg(codec));
    if (file.open(QIODevice::ReadOnly)) {
        table = new Table{file.readAll()}; // lives as long as the process, like a static table would
        if (table->units() < 256) {
            delete table;
            table = nullptr;
        }
    }
    tables.insert(codec, table);
    return table;
}

bool isUnicodeCodec(const QString& codec)
{
    return codec.startsWith(QLatin1String("utf-"));
}

QString fixC1(QString text)
{
    static const Table* cp1252 = loadTable(QStringLiteral("cp1252"));
    if (!cp1252) {
        return text;
    }
    QChar* it = text.data();
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char16_t c = it[i].unicode();
        if (c >= 0x80 && c < 0xA0) {
            it[i] = QChar(cp1252->single()[c]);
        }
    }
    return text;
}

QString decodeUnicode(QByteArrayView bytes, const QString& codec, bool* hadErrors)
{
    QStringConverter::Encoding enc = QStringConverter::Utf8;
    if (codec == QLatin1String("utf-16le")) {
        enc = QStringConverter::Utf16LE;
    } else if (codec == QLatin1String("utf-16be") || codec == QLatin1String("utf-16")) {
        enc = QStringConverter::Utf16BE;
    } else if (codec == QLatin1String("utf-32le")) {
        enc = QStringConverter::Utf32LE;
    } else if (codec == QLatin1String("utf-32be") || codec == QLatin1String("utf-32")) {
        enc = QStringConverter::Utf32BE;
    }
    QStringDecoder decoder(enc, QStringDecoder::Flag::Stateless);
    QString out = decoder.decode(bytes);
    if (decoder.hasError() && hadErrors) {
        *hadErrors = true;
    }
    if (!out.isEmpty() && out.front() == QChar(0xFEFF)) {
        out.remove(0, 1);
    }
    return fixC1(std::move(out));
}

QString decodeTable(QByteArrayView bytes, const QString& codec, const Table& table, bool* hadErrors)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    qsizetype o = 0;
    bool errors = false;
    const auto* src = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    const quint16* single = table.single();
    const bool multi = table.units() > 256;
    const bool gb18030 = codec == QLatin1String("gb18030");
    const bool eucjp = codec == QLatin1String("euc_jp");
    for (qsizetype i = 0; i < n;) {
        const uchar b = src[i];
        if (b < 0x80) {
            dst[o++] = QChar(b);
            ++i;
            continue;
        }
        const quint16 s = single[b];
        if (s != 0xFFFF) {
            if (s == 0xFFFD) {
                errors = true;
            }
            dst[o++] = QChar(s);
            ++i;
            continue;
        }
        if (!multi || i + 1 >= n) {
            errors = true;
            dst[o++] = QChar(0xFFFD);
            ++i;
            continue;
        }
        const uchar t = src[i + 1];
        if (const quint16 u = table.pairs()[b << 8 | t]) {
            dst[o++] = QChar(u);
            i += 2;
            continue;
        }
        if (eucjp && b == 0x8F && i + 2 < n && table.units() >= 256 + 2 * 65536) {
            if (const quint16 u = table.extra()[src[i + 1] << 8 | src[i + 2]]) {
                dst[o++] = QChar(u);
                i += 3;
                continue;
            }
        }
        if (gb18030 && t >= 0x30 && t <= 0x39 && i + 3 < n) {
            const uchar b3 = src[i + 2];
            const uchar b4 = src[i + 3];
            if (b3 >= 0x81 && b3 <= 0xFE && b4 >= 0x30 && b4 <= 0x39) {
                const int linear = (((b - 0x81) * 10 + (t - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
                if (b <= 0x84 && linear < 39420 && table.extra()[linear]) {
                    dst[o++] = QChar(table.extra()[linear]);
                    i += 4;
                    continue;
                }
                if (b >= 0x90 && b <= 0xE3) {
                    const char32_t cp
                        = 0x10000 + (((b - 0x90) * 10 + (t - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
                    if (cp <= 0x10FFFF) {
                        out.resize(out.size() + 1); // a surrogate pair may outgrow the byte count
                        dst = out.data();
                        dst[o++] = QChar::highSurrogate(cp);
                        dst[o++] = QChar::lowSurrogate(cp);
                        i += 4;
                        continue;
                    }
                }
            }
        }
        errors = true;
        dst[o++] = QChar(0xFFFD);
        i += (t >= 0x80) ? 2 : 1; // never swallow an ASCII byte (it may be markup)
    }
    out.truncate(o);
    if (errors && hadErrors) {
        *hadErrors = true;
    }
    return out;
}

} // namespace

QString codecForLabel(QString label)
{
    label = label.trimmed().toLower();
    while (!label.isEmpty() && (label.front() == u'"' || label.front() == u'\'')) {
        label.remove(0, 1);
    }
    while (!label.isEmpty() && (label.back() == u'"' || label.back() == u'\'')) {
        label.chop(1);
    }
    label.replace(u'_', u'-');
    static const QHash<QString, QString> aliases = {
        {"utf-8", "utf-8"},
        {"utf8", "utf-8"},
        {"unicode-1-1-utf-8", "utf-8"},
        {"utf-16", "utf-16"},
        {"utf-16le", "utf-16le"},
        {"utf-16be", "utf-16be"},
        {"ucs-2", "utf-16"},
        {"iso-10646-ucs-2", "utf-16"},
        {"utf-32", "utf-32"},
        {"utf-32le", "utf-32le"},
        {"utf-32be", "utf-32be"},
        {"ucs-4", "utf-32"},
        {"us-ascii", "cp1252"},
        {"ascii", "cp1252"},
        {"iso-8859-1", "cp1252"},
        {"iso8859-1", "cp1252"},
        {"latin1", "cp1252"},
        {"latin-1", "cp1252"},
        {"l1", "cp1252"},
        {"cp819", "cp1252"},
        {"ibm819", "cp1252"},
        {"iso-ir-100", "cp1252"},
        {"csisolatin1", "cp1252"},
        {"x-cp1252", "cp1252"},
        {"euc-kr", "cp949"},
        {"euckr", "cp949"},
        {"cp949", "cp949"},
        {"uhc", "cp949"},
        {"windows-949", "cp949"},
        {"x-windows-949", "cp949"},
        {"ms949", "cp949"},
        {"ks-c-5601-1987", "cp949"},
        {"ks-c-5601-1989", "cp949"},
        {"ks-c-5601", "cp949"},
        {"ksc5601", "cp949"},
        {"ksc-5601", "cp949"},
        {"korean", "cp949"},
        {"csksc56011987", "cp949"},
        {"cseuckr", "cp949"},
        {"iso-ir-149", "cp949"},
        {"x-uhc", "cp949"},
        {"gb2312", "gb18030"},
        {"gbk", "gb18030"},
        {"gb18030", "gb18030"},
        {"cp936", "gb18030"},
        {"ms936", "gb18030"},
        {"windows-936", "gb18030"},
        {"x-gbk", "gb18030"},
        {"chinese", "gb18030"},
        {"csgb2312", "gb18030"},
        {"euc-cn", "gb18030"},
        {"gb-2312-80", "gb18030"},
        {"x-euc-cn", "gb18030"},
        {"big5", "cp950"},
        {"big5-hkscs", "cp950"},
        {"cp950", "cp950"},
        {"x-x-big5", "cp950"},
        {"csbig5", "cp950"},
        {"big-5", "cp950"},
        {"shift-jis", "cp932"},
        {"shift_jis", "cp932"},
        {"sjis", "cp932"},
        {"x-sjis", "cp932"},
        {"ms-kanji", "cp932"},
        {"csshiftjis", "cp932"},
        {"windows-31j", "cp932"},
        {"cp932", "cp932"},
        {"ms932", "cp932"},
        {"euc-jp", "euc_jp"},
        {"eucjp", "euc_jp"},
        {"x-euc-jp", "euc_jp"},
        {"cseucpkdfmtjapanese", "euc_jp"},
        {"koi8-r", "koi8-r"},
        {"koi8r", "koi8-r"},
        {"cskoi8r", "koi8-r"},
        {"koi8-u", "koi8-u"},
        {"cp866", "cp866"},
        {"ibm866", "cp866"},
        {"866", "cp866"},
        {"tis-620", "cp874"},
        {"tis620", "cp874"},
        {"windows-874", "cp874"},
        {"cp874", "cp874"},
        {"iso-8859-11", "cp874"},
        {"macintosh", "mac-roman"},
        {"mac", "mac-roman"},
        {"x-mac-roman", "mac-roman"},
        {"mac-roman", "mac-roman"},
        {"x-mac-cyrillic", "mac-cyrillic"},
        {"mac-cyrillic", "mac-cyrillic"},
        {"cp437", "cp437"},
        {"ibm437", "cp437"},
    };
    if (auto it = aliases.constFind(label); it != aliases.constEnd()) {
        return it.value();
    }
    // iso-8859-N / iso8859-N / latinN / windows-125N / cp125N
    static const std::array<QLatin1String, 3> isoPrefixes
        = {QLatin1String("iso-8859-"), QLatin1String("iso8859-"), QLatin1String("iso-8859")};
    for (const auto& prefix : isoPrefixes) {
        if (label.startsWith(prefix)) {
            bool ok = false;
            const int n = label.mid(prefix.size()).toInt(&ok);
            if (ok && n >= 2 && n <= 16 && n != 12) {
                return QStringLiteral("iso8859-%1").arg(n);
            }
        }
    }
    for (const auto& prefix : {QLatin1String("windows-"), QLatin1String("cp"), QLatin1String("x-cp")}) {
        if (label.startsWith(prefix)) {
            bool ok = false;
            const int n = label.mid(prefix.size()).toInt(&ok);
            if (ok && n >= 1250 && n <= 1258) {
                return QStringLiteral("cp%1").arg(n);
            }
        }
    }
    return {};
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // fast path over ASCII, eight bytes at a time
        while (i + 8 <= n) {
            quint64 chunk;
            memcpy(&chunk, p + i, 8);
            if (chunk & 0x8080808080808080ULL) {
                break;
            }
            i += 8;
        }
        if (i >= n) {
            break;
        }
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) {
            return false;
        }
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += len;
    }
    return true;
}

QString decode(QByteArrayView bytes, const QString& codec, bool* hadErrors)
{
    if (isUnicodeCodec(codec)) {
        return decodeUnicode(bytes, codec, hadErrors);
    }
    if (const Table* table = loadTable(codec)) {
        return decodeTable(bytes, codec, *table, hadErrors);
    }
    if (hadErrors) {
        *hadErrors = true;
    }
    return decodeUnicode(bytes, QStringLiteral("utf-8"), nullptr);
}

namespace
{

// Characters that dominate running text in each candidate's language. A wrong decoding of the same bytes
// lands on rare characters, so the share of these tells the languages apart.
bool commonForCandidate(const QString& label, char16_t c)
{
    if (label == QLatin1String("euc-kr")) {
        static const QString common = QStringLiteral(
            "이다는의에하고가을를로기서지한시도리자사그수있대정아니나인어일으해들보적만라국게여비부전과요주면"
            "내제상거무원것없성장동우안년되마이스소까같했습것니다");
        return common.contains(QChar(c));
    }
    if (label == QLatin1String("gb2312")) {
        static const QString common = QStringLiteral(
            "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
            "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
            "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或"
            "但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品"
            "式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先"
            "回则任取据处理府研质信");
        return common.contains(QChar(c));
    }
    if (label == QLatin1String("big5")) {
        static const QString common = QStringLiteral(
            "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用"
            "道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍"
            "者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見"
            "被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真");
        return common.contains(QChar(c));
    }
    if (label == QLatin1String("euc-jp") || label == QLatin1String("shift_jis")) {
        // kana, and the kanji and punctuation of running Japanese text
        static const QString kanji
            = QStringLiteral("日本人一国年大十二三中長出時行見月分後前生五間上東四今金九入学高円子外八六下来気小七山話"
                             "女北午百書先名川千水半男西電校語土木聞食車何南万毎白天母火右読友左休父雨、。「」・ー");
        return (c >= 0x3041 && c <= 0x30FF) || kanji.contains(QChar(c));
    }
    if (label == QLatin1String("koi8-r") || label == QLatin1String("windows-1251")) {
        // lower case only: KOI8-R and windows-1251 put the cases the other way round, so running text read
        // with the wrong one of the two comes out in capitals
        static const QString common = QStringLiteral("оеаинтсрвлкмдпуяызбгчйхжшю");
        return common.contains(QChar(c));
    }
    if (label == QLatin1String("tis-620")) {
        return c >= 0x0E01 && c <= 0x0E2E; // consonants: other text decoded as TIS-620 lands on vowel signs
    }
    if (label == QLatin1String("windows-1255")) {
        return c >= 0x05D0 && c <= 0x05EA;
    }
    return false;
}

} // namespace

QString guessLegacyEncoding(QByteArrayView bytes)
{
    struct Candidate
    {
        const char* label;
        const char* codec;
        bool multiByte;
    };
    static const std::array<Candidate, 9> candidates = {{
        {"euc-kr", "cp949", true},
        {"gb2312", "gb18030", true},
        {"big5", "cp950", true},
        {"euc-jp", "euc_jp", true},
        {"shift_jis", "cp932", true},
        {"windows-1251", "cp1251", false},
        {"koi8-r", "koi8-r", false},
        {"tis-620", "cp874", false},
        {"windows-1255", "cp1255", false},
    }};
    // a sample is enough to tell languages apart; cut at an ASCII byte so no sequence is split
    if (bytes.size() > 256 * 1024) {
        qsizetype cut = 256 * 1024;
        while (cut > 0 && uchar(bytes[cut - 1]) >= 0x80) {
            --cut;
        }
        bytes = bytes.first(cut);
    }
    // Byte statistics decide between the families: a double-byte decoder rejects most byte sequences that are
    // not its own, while a single-byte table (KOI8-R, TIS-620, windows-1255) reads any bytes without an error.
    // So when a CJK candidate decodes cleanly and reads like its language, a single-byte reading has to be
    // clearly better to win (a Japanese page once came out as KOI8-R), and when it reads plainly like its
    // language a single-byte reading cannot win at all (Big5 read as TIS-620 lands on Thai consonants).
    std::array<double, candidates.size()> scores{};
    double bestMultiByte = 0.0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const Candidate& cand = candidates[k];
        bool errors = false;
        const QString text = decode(bytes, QString::fromLatin1(cand.codec), &errors);
        if (errors) {
            continue;
        }
        qsizetype nonAscii = 0;
        qsizetype common = 0;
        const QString label = QString::fromLatin1(cand.label);
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80) {
                continue;
            }
            ++nonAscii;
            if (commonForCandidate(label, ch.unicode())) {
                ++common;
            }
        }
        if (nonAscii == 0) {
            continue;
        }
        scores[k] = double(common) / double(nonAscii);
        if (cand.multiByte) {
            bestMultiByte = std::max(bestMultiByte, scores[k]);
        }
    }
    QString best = QStringLiteral("euc-kr"); // our readers' most likely legacy encoding
    double bestScore = 0.0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        double score = scores[k];
        if (!candidates[k].multiByte && bestMultiByte >= 0.2) {
            score = 0.0;
        } else if (!candidates[k].multiByte && bestMultiByte > 0.1) {
            score *= 0.5;
        }
        if (score > bestScore) {
            bestScore = score;
            best = QString::fromLatin1(candidates[k].label);
        }
    }
    return best;
}

} // namespace news::TextDecoder
