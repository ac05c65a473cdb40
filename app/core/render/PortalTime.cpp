#include "PortalTime.h"

#include "text/DateParser.h"

#include <QDateTime>
#include <QList>

#include <utility>

namespace news
{

namespace
{

const QString kDate = QStringLiteral("yyyy.MM.dd.");
const QString kClock = QStringLiteral("HH:mm");
const QString kDateClock = QStringLiteral("yyyy.MM.dd. HH:mm");
const QString kDayClock = QStringLiteral("MM.dd. HH:mm");

QDateTime in(qint64 seconds, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(seconds, zone.isValid() ? zone : DateParser::koreaTime());
}

} // namespace

QString PortalTime::dateTime(qint64 seconds, const QTimeZone& local)
{
    const QDateTime kst = QDateTime::fromSecsSinceEpoch(seconds, DateParser::koreaTime());
    const QDateTime here = in(seconds, local);
    if (here.offsetFromUtc() == kst.offsetFromUtc()) {
        return kst.toString(kDateClock);
    }
    //: "2026.12.01. 상하이 15:11 · 한국 16:11": the reader's date, zone and time, then Korea's time (with its date
    //: when it is another day there)
    return tr("%1 %2 %3 · Korea %4")
        .arg(here.toString(kDate),
             zoneName(local),
             here.toString(kClock),
             kst.toString(here.date() == kst.date() ? kClock : kDayClock));
}

QString PortalTime::timeLine(qint64 published, qint64 updated, bool dateKnown, const QTimeZone& local)
{
    QString line = dateKnown ? tr("Published %1").arg(dateTime(published, local))
                             : tr("First seen %1 (the feed gives no date)").arg(dateTime(published, local));
    if (updated > published + 60) {
        line += QStringLiteral(" · ") + tr("Updated %1").arg(dateTime(updated, local));
    }
    return line;
}

QString PortalTime::localDateTime(qint64 seconds, const QTimeZone& local)
{
    return in(seconds, local).toString(kDateClock);
}

QString PortalTime::brief(qint64 seconds, const QTimeZone& local)
{
    return in(seconds, local).toString(kDayClock);
}

QString PortalTime::date(qint64 seconds, const QTimeZone& local)
{
    return in(seconds, local).toString(kDate);
}

QString PortalTime::zoneName(const QTimeZone& zone)
{
    // where Koreans abroad live; the rest read "현지"
    static const QList<std::pair<const char*, const char*>> names = {
        {"Asia/Shanghai", QT_TR_NOOP("Shanghai")},
        {"Asia/Chongqing", QT_TR_NOOP("Shanghai")},
        {"Asia/Harbin", QT_TR_NOOP("Shanghai")},
        {"PRC", QT_TR_NOOP("Shanghai")},
        {"Asia/Hong_Kong", QT_TR_NOOP("Hong Kong")},
        {"Asia/Taipei", QT_TR_NOOP("Taipei")},
        {"Asia/Tokyo", QT_TR_NOOP("Tokyo")},
        {"Asia/Singapore", QT_TR_NOOP("Singapore")},
        {"Asia/Ho_Chi_Minh", QT_TR_NOOP("Ho Chi Minh City")},
        {"Asia/Saigon", QT_TR_NOOP("Ho Chi Minh City")},
        {"Asia/Bangkok", QT_TR_NOOP("Bangkok")},
        {"Asia/Jakarta", QT_TR_NOOP("Jakarta")},
        {"Asia/Manila", QT_TR_NOOP("Manila")},
        {"Asia/Kolkata", QT_TR_NOOP("India")},
        {"Asia/Dubai", QT_TR_NOOP("Dubai")},
        {"Asia/Almaty", QT_TR_NOOP("Almaty")},
        {"Asia/Tashkent", QT_TR_NOOP("Tashkent")},
        {"Asia/Vladivostok", QT_TR_NOOP("Vladivostok")},
        {"Europe/London", QT_TR_NOOP("London")},
        {"Europe/Paris", QT_TR_NOOP("Paris")},
        {"Europe/Berlin", QT_TR_NOOP("Berlin")},
        {"Europe/Frankfurt", QT_TR_NOOP("Frankfurt")},
        {"Europe/Moscow", QT_TR_NOOP("Moscow")},
        {"America/New_York", QT_TR_NOOP("New York")},
        {"US/Eastern", QT_TR_NOOP("New York")},
        {"America/Chicago", QT_TR_NOOP("Chicago")},
        {"America/Denver", QT_TR_NOOP("Denver")},
        {"America/Los_Angeles", QT_TR_NOOP("Los Angeles")},
        {"US/Pacific", QT_TR_NOOP("Los Angeles")},
        {"America/Toronto", QT_TR_NOOP("Toronto")},
        {"America/Vancouver", QT_TR_NOOP("Vancouver")},
        {"America/Sao_Paulo", QT_TR_NOOP("São Paulo")},
        {"Australia/Sydney", QT_TR_NOOP("Sydney")},
        {"Pacific/Auckland", QT_TR_NOOP("Auckland")},
        {"UTC", QT_TR_NOOP("UTC")},
        {"Etc/UTC", QT_TR_NOOP("UTC")},
        {"Etc/GMT", QT_TR_NOOP("UTC")},
        {"GMT", QT_TR_NOOP("UTC")},
    };
    const QByteArray id = zone.id();
    for (const auto& [zoneId, name] : names) {
        if (id == zoneId) {
            return tr(name);
        }
    }
    //: a time zone with no Korean name of its own: "현지 15:11 · 한국 16:11"
    return tr("Local", "time zone");
}

} // namespace news
