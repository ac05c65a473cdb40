#include "text/DateParser.h"

#include <QTest>

using namespace news;

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesFeedDates_data();
    void parsesFeedDates();
    void rejectsNonDates_data();
    void rejectsNonDates();
    void zonelessDatesUseTheSourceZone();
    void koreanFormsDefaultToKoreaTime();
};

static QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

void TestDateParser::parsesFeedDates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("RFC 822, named zone") << "Tue, 10 Jun 2003 04:00:00 GMT" << utc(2003, 6, 10, 4);
    QTest::newRow("RFC 822, KST") << "Mon, 15 Jan 2024 17:36:24 KST" << utc(2024, 1, 15, 8, 36, 24);
    QTest::newRow("RFC 822, +0900") << "Mon, 15 Jan 2024 17:36:24 +0900" << utc(2024, 1, 15, 8, 36, 24);
    QTest::newRow("RFC 822, no weekday") << "15 Jan 2024 17:36:24 +0900" << utc(2024, 1, 15, 8, 36, 24);
    QTest::newRow("RFC 822, no space after comma") << "Fri,24 Nov 2023 18:28:36 -0000" << utc(2023, 11, 24, 18, 28, 36);
    QTest::newRow("RFC 822, double spaces") << "Mon,  15 Jan  2024 17:36:24  +0900" << utc(2024, 1, 15, 8, 36, 24);
    QTest::newRow("RFC 822, numeric month") << "Sat, 16 07 2022 10:00:00 +0900" << utc(2022, 7, 16, 1);
    QTest::newRow("RFC 822, two-digit year") << "Thu, 01 Jan 04 19:48:21 GMT" << utc(2004, 1, 1, 19, 48, 21);
    QTest::newRow("RFC 822, full month name") << "Mon, 26 January 2004 16:31:00 ET" << utc(2004, 1, 26, 21, 31);
    QTest::newRow("RFC 822, no seconds") << "Thu, 01 Jan 2004 00:00 GMT" << utc(2004, 1, 1);
    QTest::newRow("RFC 822, date only") << "Thu, 01 Jan 2004" << utc(2004, 1, 1);
    QTest::newRow("RFC 822, GMT offset") << "Wed, 19 Feb 2012 22:40:00 GMT-01:01" << utc(2012, 2, 19, 23, 41);
    // the hand-read common form, next to its near misses (which the general reader takes)
    QTest::newRow("RFC 822, one-digit day") << "Sun, 1 Nov 2026 09:05:07 +0900" << utc(2026, 11, 1, 0, 5, 7);
    QTest::newRow("RFC 822, lower-case month") << "Sun, 01 nov 2026 09:05:07 -0130" << utc(2026, 11, 1, 10, 35, 7);
    QTest::newRow("RFC 822, UT") << "Sun, 01 Nov 2026 09:05:07 UT" << utc(2026, 11, 1, 9, 5, 7);
    QTest::newRow("RFC 822, Korean weekday") << "일, 01 Nov 2026 09:05:07 +0000" << utc(2026, 11, 1, 9, 5, 7);
    QTest::newRow("asctime with zone") << "Sun Jul 15 01:16:00 +0000 2012" << utc(2012, 7, 15, 1, 16);
    QTest::newRow("RFC 3339, KST offset") << "2024-03-01T09:00:00+09:00" << utc(2024, 3, 1, 0);
    QTest::newRow("RFC 3339, fraction") << "2007-04-23T23:25:47.538+10:00" << utc(2007, 4, 23, 13, 25, 47);
    QTest::newRow("W3C-DTF year") << "2003" << utc(2003, 1, 1);
    QTest::newRow("W3C-DTF year-month") << "2003-12" << utc(2003, 12, 1);
    QTest::newRow("space separated, zone") << "2004-07-08 23:56:58 -00:20" << utc(2004, 7, 9, 0, 16, 58);
    QTest::newRow("compact digits with zone") << "20250118080005Z" << utc(2025, 1, 18, 8, 0, 5);
    QTest::newRow("Greek") << QStringLiteral("Κυρ, 11 Ιούλ 2004 12:00:00 EST") << utc(2004, 7, 11, 17);
    QTest::newRow("Hungarian") << QStringLiteral("2004-július-13T9:15-05:00") << utc(2004, 7, 13, 14, 15);
    QTest::newRow("OnBlog") << QStringLiteral("2004년 05월 28일  01:31:15") << utc(2004, 5, 27, 16, 31, 15);
    QTest::newRow("Nate") << QStringLiteral("2004-05-25 오후 11:23:17") << utc(2004, 5, 25, 14, 23, 17);
    QTest::newRow("Korean long form pm") << QStringLiteral("2024년 1월 15일 오후 8:36") << utc(2024, 1, 15, 11, 36);
    QTest::newRow("Korean long form am 12") << QStringLiteral("2024년 1월 15일 오전 12:05") << utc(2024, 1, 14, 15, 5);
    QTest::newRow("Korean with weekday") << QStringLiteral("2024.01.15(월) 오후 3시 20분") << utc(2024, 1, 15, 6, 20);
    QTest::newRow("year 100") << "Thu, 01 Jan 0100 00:00:01 +0100" << utc(99, 12, 31, 23, 0, 1);
    // ISO 8601 reduced and truncated forms (#13): what is left out comes from today
    const QDate today = QDate::currentDate();
    QTest::newRow("ISO two-digit year, dashes") << "03-12-31" << utc(2003, 12, 31);
    QTest::newRow("ISO truncated year-month") << "-0312" << utc(2003, 12, 1);
    QTest::newRow("ISO truncated year-month, dash") << "-03-12" << utc(2003, 12, 1);
    QTest::newRow("ISO truncated year") << "-03" << utc(2003, 1, 1);
    QTest::newRow("ISO month-day") << "--12-31" << utc(today.year(), 12, 31);
    QTest::newRow("ISO month-day compact") << "--1231" << utc(today.year(), 12, 31);
    QTest::newRow("ISO month") << "--12" << utc(today.year(), 12, 1);
    QTest::newRow("ISO day") << "---01" << utc(today.year(), today.month(), 1);
    QTest::newRow("ISO ordinal this year") << "-032" << utc(today.year(), 2, 1);
    QTest::newRow("ISO ordinal") << "2003-335" << utc(2003, 12, 1);
    // Olson zone names (#13)
    QTest::newRow("Olson Etc/GMT") << "Thu, 01 Jan 2004 19:48:21 Etc/GMT" << utc(2004, 1, 1, 19, 48, 21);
    QTest::newRow("Olson Etc/UTC") << "Thu, 01 Jan 2004 19:48:21 Etc/UTC" << utc(2004, 1, 1, 19, 48, 21);
    QTest::newRow("Olson Etc/GMT+5 is behind") << "Thu, 01 Jan 2004 14:48:21 Etc/GMT+5" << utc(2004, 1, 1, 19, 48, 21);
    QTest::newRow("Olson Etc/GMT-9 is ahead") << "Thu, 01 Jan 2004 19:48:21 Etc/GMT-9" << utc(2004, 1, 1, 10, 48, 21);
    QTest::newRow("Olson region") << "Mon, 15 Jan 2024 17:36:24 Asia/Seoul" << utc(2024, 1, 15, 8, 36, 24);
    QTest::newRow("Olson region, summer time") << "Mon, 15 Jul 2024 12:00:00 Europe/Berlin" << utc(2024, 7, 15, 10);
}

void TestDateParser::parsesFeedDates()
{
    QFETCH(QString, input);
    QFETCH(QDateTime, expected);
    const QDateTime actual = DateParser::parse(input);
    QVERIFY2(actual.isValid(), qPrintable(input));
    QCOMPARE(actual, expected);
    QCOMPARE(actual.timeSpec(), Qt::UTC);
}

void TestDateParser::rejectsNonDates_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << QStringLiteral("오늘 아침");
    QTest::newRow("hour 25") << "2003-12-31T25:14:55Z";
    QTest::newRow("minute 61") << "2003-12-31T10:61:55Z";
    QTest::newRow("trailing junk") << "2013-01-28T11:30:00-06:00Textra";
    QTest::newRow("letters in month") << "2013-xx-27";
    QTest::newRow("four-part time") << "Sun, 16 Dec 2012 1:2:3:4 GMT";
    QTest::newRow("day 99") << "Sun, 99 Jun 2009 12:00:00 GMT";
    QTest::newRow("31 February") << "Mon, 31 Feb 2026 09:05:07 +0900";
    QTest::newRow("zone hours 15") << "Mon, 02 Feb 2026 09:05:07 +1500";
    QTest::newRow("bad zone") << "Sun, 16 Dec 2012 11:47:32 +00:zz";
    QTest::newRow("impossible offset") << "Sun, 31 Dec 9999 23:59:59 -9999";
    QTest::newRow("extra date part") << "2013-01-27-01";
    QTest::newRow("Korean pm 13") << QStringLiteral("2024년 1월 15일 오후 13:00");
    QTest::newRow("ISO month 13") << "--13-01";
    QTest::newRow("ISO day 32") << "---32";
    QTest::newRow("Olson offset too big") << "Thu, 01 Jan 2004 19:48:21 Etc/GMT+20";
    QTest::newRow("Olson unknown region") << "Thu, 01 Jan 2004 19:48:21 Nowhere/Atlantis";
}

void TestDateParser::rejectsNonDates()
{
    QFETCH(QString, input);
    QVERIFY2(!DateParser::parse(input).isValid(), qPrintable(input));
}

void TestDateParser::zonelessDatesUseTheSourceZone()
{
    const QTimeZone seoul = DateParser::zoneById(QStringLiteral("Asia/Seoul"));
    const QTimeZone shanghai = DateParser::zoneById(QStringLiteral("Asia/Shanghai"));
    QCOMPARE(DateParser::parse(QStringLiteral("2024-01-15 08:36:24"), seoul), utc(2024, 1, 14, 23, 36, 24));
    QCOMPARE(DateParser::parse(QStringLiteral("2024-01-15 08:36:24"), shanghai), utc(2024, 1, 15, 0, 36, 24));
    QCOMPARE(DateParser::parse(QStringLiteral("20250118080005"), seoul), utc(2025, 1, 17, 23, 0, 5));
    QCOMPARE(DateParser::parse(QStringLiteral("2024.01.15 08:36"), seoul), utc(2024, 1, 14, 23, 36));
    // an explicit zone always wins over the default
    QCOMPARE(DateParser::parse(QStringLiteral("2024-01-15T08:36:24Z"), seoul), utc(2024, 1, 15, 8, 36, 24));
    // no default: UTC, as the conformance corpus expects
    QCOMPARE(DateParser::parse(QStringLiteral("2024-01-15 08:36:24")), utc(2024, 1, 15, 8, 36, 24));
}

void TestDateParser::koreanFormsDefaultToKoreaTime()
{
    QCOMPARE(DateParser::parse(QStringLiteral("2024년 1월 15일 오후 8:36")), utc(2024, 1, 15, 11, 36));
    const QTimeZone shanghai = DateParser::zoneById(QStringLiteral("Asia/Shanghai"));
    QCOMPARE(DateParser::parse(QStringLiteral("2024년 1월 15일 오후 8:36"), shanghai), utc(2024, 1, 15, 12, 36));
    QCOMPARE(DateParser::toIsoUtc(utc(2024, 1, 15, 11, 36)), QStringLiteral("2024-01-15T11:36:00Z"));
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "TestDateParser.moc"
