#include "text/DateParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace news::DateParser
{
namespace
{

struct Parts
{
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool hasZone = false;
    int offsetSeconds = 0;
    QByteArray olson; // a region's zone ("Asia/Seoul"): its offset depends on the date
    bool korean = false;
};

int monthFromName(const QString& raw)
{
    static const QHash<QString, int> months = {
        {"jan", 1},
        {"feb", 2},
        {"mar", 3},
        {"apr", 4},
        {"may", 5},
        {"jun", 6},
        {"jul", 7},
        {"aug", 8},
        {"sep", 9},
        {"sept", 9},
        {"oct", 10},
        {"nov", 11},
        {"dec", 12},
        // Greek
        {"ιαν", 1},
        {"φεβ", 2},
        {"μάώ", 3},
        {"μαρ", 3},
        {"μάρ", 3},
        {"απρ", 4},
        {"μάι", 5},
        {"μαϊ", 5},
        {"μαι", 5},
        {"ιούν", 6},
        {"ιον", 6},
        {"ιουν", 6},
        {"ιούλ", 7},
        {"ιολ", 7},
        {"ιουλ", 7},
        {"αύγ", 8},
        {"αυγ", 8},
        {"σεπ", 9},
        {"οκτ", 10},
        {"νοέ", 11},
        {"νοε", 11},
        {"δεκ", 12},
        // Hungarian
        {"január", 1},
        {"február", 2},
        {"március", 3},
        {"április", 4},
        {"május", 5},
        {"június", 6},
        {"július", 7},
        {"augusztus", 8},
        {"szeptember", 9},
        {"október", 10},
        {"november", 11},
        {"december", 12},
    };
    const QString name = raw.toLower();
    if (auto it = months.constFind(name); it != months.constEnd()) {
        return it.value();
    }
    if (name.size() > 3 && name.at(0).unicode() < 0x80) {
        // "January", "Sept."
        static const QStringList full = {"january",
                                         "february",
                                         "march",
                                         "april",
                                         "may",
                                         "june",
                                         "july",
                                         "august",
                                         "september",
                                         "october",
                                         "november",
                                         "december"};
        QString n = name;
        if (n.endsWith(u'.')) {
            n.chop(1);
        }
        for (int i = 0; i < full.size(); ++i) {
            if (full[i] == n || (n.size() >= 3 && full[i].startsWith(n))) {
                return i + 1;
            }
        }
    }
    return -1;
}

bool zoneFromName(const QString& raw, int* offset)
{
    static const QHash<QString, int> zones = {
        {"ut", 0},   {"utc", 0},   {"gmt", 0},   {"z", 0},     {"wet", 0},   {"est", -5},  {"edt", -4},  {"cst", -6},
        {"cdt", -5}, {"mst", -7},  {"mdt", -6},  {"pst", -8},  {"pdt", -7},  {"at", -4},   {"ast", -4},  {"adt", -3},
        {"et", -5},  {"ct", -6},   {"mt", -7},   {"pt", -8},   {"akst", -9}, {"akdt", -8}, {"hst", -10}, {"met", 1},
        {"cet", 1},  {"cest", 2},  {"mest", 2},  {"bst", 1},   {"west", 1},  {"eet", 2},   {"eest", 3},  {"msk", 3},
        {"ist", 5},  {"ict", 7},   {"wib", 7},   {"hkt", 8},   {"sgt", 8},   {"awst", 8},  {"kst", 9},   {"jst", 9},
        {"acst", 9}, {"aest", 10}, {"aedt", 11}, {"nzst", 12}, {"nzdt", 13},
    };
    QString name = raw.toLower();
    // Olson names of fixed zones: "Etc/GMT", "Etc/UTC", "Etc/GMT+5" (POSIX signs: five hours *behind* GMT)
    if (name.startsWith(QLatin1String("etc/"))) {
        name = name.mid(4);
        static const QRegularExpression posix(QStringLiteral("^(?:gmt|utc|ut)([+-])(\\d{1,2})$"));
        if (const auto m = posix.match(name); m.hasMatch()) {
            const int hours = m.captured(2).toInt();
            if (hours > 14) {
                return false;
            }
            *offset = (m.captured(1) == u'+' ? -1 : 1) * hours * 3600;
            return true;
        }
        if (name == QLatin1String("zulu") || name == QLatin1String("universal") || name == QLatin1String("greenwich")
            || name == QLatin1String("gmt0") || name == QLatin1String("uct")) {
            *offset = 0;
            return true;
        }
    }
    if (auto it = zones.constFind(name); it != zones.constEnd()) {
        *offset = it.value() * 3600;
        if (name == QLatin1String("ist")) {
            *offset += 1800;
        }
        return true;
    }
    return false;
}

// "+0900", "-09:00", "+09", "GMT+9", "GMT-01:01"
bool zoneFromOffset(QStringView s, int* offset)
{
    for (const auto& prefix : {QLatin1String("gmt"), QLatin1String("utc"), QLatin1String("ut")}) {
        if (s.size() > prefix.size() && s.startsWith(prefix, Qt::CaseInsensitive)) {
            s = s.sliced(prefix.size());
            break;
        }
    }
    if (s.size() < 2 || (s[0] != u'+' && s[0] != u'-')) {
        return false;
    }
    const int sign = s[0] == u'-' ? -1 : 1;
    QStringView rest = s.sliced(1);
    int hours = 0;
    int minutes = 0;
    auto digitsOf = [](QStringView v, int* out) {
        for (const QChar c : v) {
            if (c.unicode() < '0' || c.unicode() > '9') {
                return false;
            }
            *out = *out * 10 + (c.unicode() - '0');
        }
        return !v.isEmpty();
    };
    if (const qsizetype colon = rest.indexOf(u':'); colon >= 0) {
        if (colon > 2 || rest.size() - colon - 1 != 2 || !digitsOf(rest.first(colon), &hours)
            || !digitsOf(rest.sliced(colon + 1), &minutes)) {
            return false;
        }
    } else if (rest.size() <= 2) {
        if (!digitsOf(rest, &hours)) {
            return false;
        }
    } else if (rest.size() == 4) {
        if (!digitsOf(rest.first(2), &hours) || !digitsOf(rest.sliced(2), &minutes)) {
            return false;
        }
    } else {
        return false;
    }
    if (hours > 14 || minutes > 59) {
        return false;
    }
    *offset = sign * (hours * 3600 + minutes * 60);
    return true;
}

int expandYear(const QString& digits)
{
    const int y = digits.toInt();
    if (digits.size() <= 2) {
        return y < 50 ? 2000 + y : 1900 + y;
    }
    return y;
}

QDateTime build(const Parts& p, const std::optional<QTimeZone>& defaultZone)
{
    const QDate date(p.year, p.month, p.day);
    const QTime time(p.hour, p.minute, p.second);
    if (p.year < 1 || !date.isValid() || !time.isValid()) {
        return {};
    }
    QDateTime dt;
    if (!p.olson.isEmpty()) {
        dt = QDateTime(date, time, QTimeZone(p.olson));
    } else if (p.hasZone) {
        dt = QDateTime(date, time, QTimeZone(p.offsetSeconds));
    } else if (defaultZone) {
        dt = QDateTime(date, time, *defaultZone);
    } else if (p.korean) {
        dt = QDateTime(date, time, koreaTime());
    } else {
        dt = QDateTime(date, time, QTimeZone::utc());
    }
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

bool parseTime(const QString& token, Parts& p)
{
    // H:M, HH:MM:SS, HH:MM:SS.fff — by hand: this runs for every item of every feed
    int fields[3] = {0, 0, 0};
    int count = 0;
    int digits = 0;
    qsizetype i = 0;
    const qsizetype n = token.size();
    for (; i < n; ++i) {
        const char16_t c = token[i].unicode();
        if (c >= '0' && c <= '9') {
            if (++digits > 2) {
                return false;
            }
            fields[count] = fields[count] * 10 + (c - '0');
        } else if (c == ':') {
            if (digits == 0 || ++count > 2) {
                return false;
            }
            digits = 0;
        } else if ((c == '.' || c == ',') && count == 2 && digits > 0) {
            for (++i; i < n; ++i) {
                if (!token[i].isDigit()) {
                    return false;
                }
            }
            break;
        } else {
            return false;
        }
    }
    if (count < 1 || digits == 0) {
        return false;
    }
    p.hour = fields[0];
    p.minute = fields[1];
    p.second = count == 2 ? fields[2] : 0;
    return p.hour < 24 && p.minute < 60 && p.second < 61;
}

QDateTime parseKorean(const QString& s, const std::optional<QTimeZone>& zone)
{
    // 2024년 1월 15일 (월) 오후 8:36[:15] | 2004-05-25 오후 11:23:17 | 2024.01.15 오전 8시 36분
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*(?:년|[-./])\\s*(\\d{1,2})\\s*(?:월|[-./])\\s*(\\d{1,2})\\s*일?\\.?\\s*"
                       "(?:\\(?[월화수목금토일]\\)?(?:요일)?\\s*)?"
                       "(?:(오전|오후|AM|PM|am|pm)\\s*)?"
                       "(?:(\\d{1,2})\\s*(?::|시)\\s*(\\d{1,2})\\s*(?:분)?\\s*(?:(?::)?\\s*(\\d{1,2})\\s*초?)?)?\\s*"
                       "(?:(오전|오후|AM|PM|am|pm))?\\s*(KST|\\+09:?00)?$"));
    const auto m = re.match(s);
    if (!m.hasMatch()) {
        return {};
    }
    Parts p;
    p.korean = true;
    p.year = m.captured(1).toInt();
    p.month = m.captured(2).toInt();
    p.day = m.captured(3).toInt();
    if (!m.captured(5).isEmpty()) {
        p.hour = m.captured(5).toInt();
        p.minute = m.captured(6).toInt();
        p.second = m.captured(7).isEmpty() ? 0 : m.captured(7).toInt();
    }
    const QString meridiem = m.captured(4).isEmpty() ? m.captured(8).toLower() : m.captured(4).toLower();
    if (meridiem == QStringLiteral("오후") || meridiem == QLatin1String("pm")) {
        if (p.hour > 12) {
            return {};
        }
        if (p.hour < 12) {
            p.hour += 12;
        }
    } else if ((meridiem == QStringLiteral("오전") || meridiem == QLatin1String("am")) && p.hour == 12) {
        p.hour = 0;
    }
    if (!m.captured(9).isEmpty()) {
        p.hasZone = true;
        p.offsetSeconds = 9 * 3600;
    }
    return build(p, zone);
}

QDateTime parseIso(const QString& s, const std::optional<QTimeZone>& zone)
{
    // full or reduced W3C-DTF / RFC 3339; date separators '-', '.', '/' (one kind per date)
    static const QRegularExpression full(QStringLiteral(
        "^(\\d{4})([-./])(\\d{1,3})\\2(\\d{1,2})(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
        "\\s*(Z|z|UTC|GMT|KST|[+-]\\d{2}(?::?\\d{2})?)?)?$"));
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral(
        "^(\\d{4})(\\d{2})(\\d{2})(?:[Tt]?(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    static const QRegularExpression shortDate(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})$"));
    static const QRegularExpression shortYearMonth(QStringLiteral("^-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression ordinal(QStringLiteral("^(\\d{2}|\\d{4})-?(\\d{3})$"));
    // ISO 8601's truncated forms leave out the leading parts, which the current date supplies: "-0312" and
    // "-03-12" (year 03, December), "-03" (year 03), "--12-31"/"--1231" (this year), "--12" (this year, December),
    // "---31" (this month), "-335" (day 335 of this year); "03-12-31" is a two-digit year with separators
    static const QRegularExpression shortDashed(QStringLiteral("^(\\d{2})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression truncYearMonth(QStringLiteral("^-(\\d{2})(\\d{2})$"));
    static const QRegularExpression truncYear(QStringLiteral("^-(\\d{2})$"));
    static const QRegularExpression truncMonthDay(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    static const QRegularExpression truncMonth(QStringLiteral("^--(\\d{2})$"));
    static const QRegularExpression truncDay(QStringLiteral("^---(\\d{2})$"));
    static const QRegularExpression truncOrdinal(QStringLiteral("^-(\\d{3})$"));
    Parts p;
    auto setZone = [&p](const QString& z) {
        if (z.isEmpty()) {
            return true;
        }
        p.hasZone = true;
        const QString lz = z.toLower();
        if (lz == QLatin1String("z") || lz == QLatin1String("utc") || lz == QLatin1String("gmt")) {
            p.offsetSeconds = 0;
            return true;
        }
        if (lz == QLatin1String("kst")) {
            p.offsetSeconds = 9 * 3600;
            return true;
        }
        return zoneFromOffset(z, &p.offsetSeconds);
    };
    if (auto m = full.match(s); m.hasMatch()) {
        p.year = m.captured(1).toInt();
        p.month = m.captured(3).toInt();
        p.day = m.captured(4).toInt();
        if (!m.captured(5).isEmpty()) {
            p.hour = m.captured(5).toInt();
            p.minute = m.captured(6).toInt();
            p.second = m.captured(7).isEmpty() ? 0 : m.captured(7).toInt();
        }
        if (!setZone(m.captured(8))) {
            return {};
        }
        return build(p, zone);
    }
    if (auto m = compact.match(s); m.hasMatch()) {
        p.year = m.captured(1).toInt();
        p.month = m.captured(2).toInt();
        p.day = m.captured(3).toInt();
        if (!m.captured(4).isEmpty()) {
            p.hour = m.captured(4).toInt();
            p.minute = m.captured(5).toInt();
            p.second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
        }
        if (!setZone(m.captured(7))) {
            return {};
        }
        return build(p, zone);
    }
    if (auto m = yearMonth.match(s); m.hasMatch()) {
        p.year = m.captured(1).toInt();
        p.month = m.captured(2).toInt();
        p.day = 1;
        return build(p, zone);
    }
    if (auto m = yearOnly.match(s); m.hasMatch()) {
        p.year = m.captured(1).toInt();
        p.month = 1;
        p.day = 1;
        return build(p, zone);
    }
    if (auto m = shortDate.match(s); m.hasMatch()) {
        p.year = expandYear(m.captured(1));
        p.month = m.captured(2).toInt();
        p.day = m.captured(3).toInt();
        return build(p, zone);
    }
    if (auto m = shortYearMonth.match(s); m.hasMatch()) {
        p.year = expandYear(m.captured(1));
        p.month = m.captured(2).toInt();
        p.day = 1;
        return build(p, zone);
    }
    const QDate today = QDate::currentDate();
    if (auto m = shortDashed.match(s); m.hasMatch()) {
        p.year = expandYear(m.captured(1));
        p.month = m.captured(2).toInt();
        p.day = m.captured(3).toInt();
        return build(p, zone);
    }
    if (auto m = truncYearMonth.match(s); m.hasMatch()) {
        p.year = expandYear(m.captured(1));
        p.month = m.captured(2).toInt();
        p.day = 1;
        return build(p, zone);
    }
    if (auto m = truncYear.match(s); m.hasMatch()) {
        p.year = expandYear(m.captured(1));
        p.month = 1;
        p.day = 1;
        return build(p, zone);
    }
    if (auto m = truncMonthDay.match(s); m.hasMatch()) {
        p.year = today.year();
        p.month = m.captured(1).toInt();
        p.day = m.captured(2).toInt();
        return build(p, zone);
    }
    if (auto m = truncMonth.match(s); m.hasMatch()) {
        p.year = today.year();
        p.month = m.captured(1).toInt();
        p.day = 1;
        return build(p, zone);
    }
    if (auto m = truncDay.match(s); m.hasMatch()) {
        p.year = today.year();
        p.month = today.month();
        p.day = m.captured(1).toInt();
        return build(p, zone);
    }
    const auto o = ordinal.match(s);
    const auto t = o.hasMatch() ? QRegularExpressionMatch() : truncOrdinal.match(s);
    if (o.hasMatch() || t.hasMatch()) {
        const int year = o.hasMatch() ? expandYear(o.captured(1)) : today.year();
        const int dayOfYear = (o.hasMatch() ? o.captured(2) : t.captured(1)).toInt();
        const QDate d = QDate(year, 1, 1).addDays(dayOfYear - 1);
        if (dayOfYear < 1 || d.year() != year) {
            return {};
        }
        p.year = d.year();
        p.month = d.month();
        p.day = d.day();
        return build(p, zone);
    }
    return {};
}

// The form nearly every RSS feed writes, "Fri, 27 Nov 2026 09:05:00 +0900" (weekday optional, zone +hhmm, GMT,
// UT, UTC or Z), read by hand: the general reader below tokenizes and tries each reading in turn.
bool parseRfc822Exact(QStringView s, Parts& p)
{
    auto digits = [&s](qsizetype at, qsizetype count, int* value) {
        if (at + count > s.size()) {
            return false;
        }
        int v = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = s[i].unicode();
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        *value = v;
        return true;
    };
    qsizetype i = 0;
    if (s.size() > 5 && s[3] == u',' && s[4] == u' ') {
        i = 5; // the weekday, in any spelling, as the general reader skips it
    }
    const qsizetype dayDigits = (i + 1 < s.size() && s[i + 1] == u' ') ? 1 : 2;
    if (!digits(i, dayDigits, &p.day) || i + dayDigits + 5 > s.size() || s[i + dayDigits] != u' ') {
        return false;
    }
    i += dayDigits + 1;
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    p.month = -1;
    for (int m = 0; m < 12; ++m) {
        if (s.sliced(i, 3).compare(QLatin1String(months[m]), Qt::CaseInsensitive) == 0) {
            p.month = m + 1;
        }
    }
    if (p.month < 0 || i + 3 >= s.size() || s[i + 3] != u' ') {
        return false;
    }
    i += 4;
    if (!digits(i, 4, &p.year) || i + 4 >= s.size() || s[i + 4] != u' ') {
        return false;
    }
    i += 5;
    if (!digits(i, 2, &p.hour) || i + 8 > s.size() || s[i + 2] != u':' || !digits(i + 3, 2, &p.minute)
        || s[i + 5] != u':' || !digits(i + 6, 2, &p.second)) {
        return false;
    }
    i += 8;
    if (i == s.size()) {
        return true; // no zone: the source's
    }
    if (s[i] != u' ') {
        return false;
    }
    const QStringView zone = s.sliced(i + 1);
    if (zone == QLatin1String("GMT") || zone == QLatin1String("UT") || zone == QLatin1String("UTC")
        || zone == QLatin1String("Z")) {
        p.hasZone = true;
        p.offsetSeconds = 0;
        return true;
    }
    int hh = 0;
    int mm = 0;
    if (zone.size() != 5 || (zone[0] != u'+' && zone[0] != u'-') || !digits(i + 2, 2, &hh) || !digits(i + 4, 2, &mm)
        || hh > 14 || mm > 59) {
        return false;
    }
    p.hasZone = true;
    p.offsetSeconds = (zone[0] == u'-' ? -1 : 1) * (hh * 3600 + mm * 60);
    return true;
}

QDateTime parseRfc822Like(const QString& s, const std::optional<QTimeZone>& zone)
{
    if (Parts exact; parseRfc822Exact(s, exact)) {
        return build(exact, zone);
    }
    QStringList tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool separator = i == s.size() || s[i] == u' ' || s[i] == u',' || s[i] == u'\t';
        if (separator && start >= 0) {
            tokens.append(s.mid(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    if (tokens.isEmpty()) {
        return {};
    }
    Parts p;
    QList<QString> numbers;
    bool sawTime = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QString t = tokens[i];
        if (t.endsWith(u'.') && t.size() > 1 && !t.at(0).isDigit()) {
            t.chop(1);
        }
        if (t.contains(u':') && !t.startsWith(u'+') && !t.startsWith(u'-')
            && !t.startsWith(QLatin1String("GMT"), Qt::CaseInsensitive)
            && !t.startsWith(QLatin1String("UTC"), Qt::CaseInsensitive)) {
            if (sawTime || !parseTime(t, p)) {
                return {};
            }
            sawTime = true;
            continue;
        }
        static const QRegularExpression slashed(QStringLiteral("^(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})$"));
        const bool maybeSlashed = t.size() >= 8 && t.size() <= 10 && t.at(0).isDigit()
            && (t.at(4) == u'/' || t.at(4) == u'.' || t.at(4) == u'-');
        if (auto m = maybeSlashed ? slashed.match(t) : QRegularExpressionMatch(); m.hasMatch()) {
            p.year = m.captured(1).toInt();
            p.month = m.captured(2).toInt();
            p.day = m.captured(3).toInt();
            continue;
        }
        bool isNumber = false;
        t.toInt(&isNumber);
        if (isNumber && t.at(0).isDigit()) {
            numbers.append(t);
            continue;
        }
        if (const int month = monthFromName(t); month > 0) {
            if (p.month > 0) {
                return {};
            }
            p.month = month;
            continue;
        }
        int offset = 0;
        if (sawTime && (zoneFromName(t, &offset) || zoneFromOffset(t, &offset))) {
            p.hasZone = true;
            p.offsetSeconds = offset;
            continue;
        }
        // an Olson region name after the time ("Asia/Seoul", "America/New_York")
        if (sawTime && t.contains(u'/') && t.size() <= 40) {
            const QByteArray id = t.toLatin1();
            if (QTimeZone::isTimeZoneIdAvailable(id)) {
                p.hasZone = true;
                p.olson = id;
                continue;
            }
        }
        if (i == 0 && t.at(0).isLetter()) {
            continue; // weekday, in any language
        }
        if (!sawTime && i + 1 < tokens.size() && (zoneFromName(t, &offset) || zoneFromOffset(t, &offset))) {
            p.hasZone = true; // asctime-like: "Jul 15 01:16:00 +0000 2012" has the zone after the time anyway
            p.offsetSeconds = offset;
            continue;
        }
        return {};
    }
    if (p.year < 0) {
        if (p.month > 0) {
            // day and year: the 3–4 digit number is the year; otherwise day first
            if (numbers.size() != 2) {
                return {};
            }
            if (numbers[0].size() >= 3) {
                p.year = expandYear(numbers[0]);
                p.day = numbers[1].toInt();
            } else {
                p.day = numbers[0].toInt();
                p.year = expandYear(numbers[1]);
            }
        } else {
            // "16 07 2022": day, numeric month, year
            if (numbers.size() != 3) {
                return {};
            }
            p.day = numbers[0].toInt();
            p.month = numbers[1].toInt();
            p.year = expandYear(numbers[2]);
        }
    } else if (!numbers.isEmpty()) {
        return {};
    }
    if (p.month < 0 || p.day < 0) {
        return {};
    }
    return build(p, zone);
}

} // namespace

QTimeZone koreaTime()
{
    return QTimeZone(9 * 3600);
}

QTimeZone zoneById(const QString& id)
{
    if (id.isEmpty() || id == QLatin1String("Asia/Seoul") || id == QLatin1String("KST")) {
        return koreaTime();
    }
    if (id == QLatin1String("Asia/Shanghai") || id == QLatin1String("Asia/Hong_Kong")
        || id == QLatin1String("Asia/Taipei")) {
        return QTimeZone(8 * 3600); // no daylight saving since 1991
    }
    if (id == QLatin1String("UTC")) {
        return QTimeZone::utc();
    }
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : koreaTime();
}

QDateTime parse(const QString& input, const std::optional<QTimeZone>& defaultZone)
{
    const QString s = input.simplified();
    if (s.isEmpty() || s.size() > 80) {
        return {};
    }
    if (s.contains(QStringLiteral("년")) || s.contains(QStringLiteral("오전")) || s.contains(QStringLiteral("오후"))
        || s.contains(QStringLiteral("시"))) {
        return parseKorean(s, defaultZone);
    }
    if (s.at(0).isDigit() || s.at(0) == u'-') {
        // Hungarian month names inside an ISO date: "2004-július-13T9:15-05:00"
        static const QRegularExpression namedMonth(QStringLiteral("^(\\d{4})-(\\p{L}+)-(\\d{1,2})(.*)$"));
        if (auto m = namedMonth.match(s); m.hasMatch()) {
            const int month = monthFromName(m.captured(2));
            if (month < 0) {
                return {};
            }
            return parseIso(QStringLiteral("%1-%2-%3%4")
                                .arg(m.captured(1))
                                .arg(month, 2, 10, QLatin1Char('0'))
                                .arg(m.captured(3), m.captured(4)),
                            defaultZone);
        }
        if (const QDateTime iso = parseIso(s, defaultZone); iso.isValid()) {
            return iso;
        }
        static const QRegularExpression isoShaped(QStringLiteral("^-?\\d+(-|$)"));
        if (isoShaped.match(s).hasMatch() && !s.contains(u' ')) {
            return {};
        }
    }
    return parseRfc822Like(s, defaultZone);
}

QString toIsoUtc(const QDateTime& dt)
{
    if (!dt.isValid()) {
        return {};
    }
    const QDateTime u = dt.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(d.month(), 2, 10, QLatin1Char('0'))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.second(), 2, 10, QLatin1Char('0'));
}

} // namespace news::DateParser
