#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace news
{

/// Lenient feed dates: RFC 822 and its real-world variants, ISO 8601 / W3C-DTF / RFC 3339 and their short
/// forms, compact YYYYMMDDHHMMSS, dotted and slashed dates, asctime, and the Korean portal forms
/// ("2024년 1월 15일 오후 8:36", "2004-05-25 오후 11:23:17"). Returns an invalid QDateTime (never a guess)
/// when the string is not a date.
namespace DateParser
{

/// `defaultZone` applies to dates written without a zone. When none is given, dates in Korean forms are
/// read as Korea time and all others as UTC (the convention of the conformance corpus).
QDateTime parse(const QString& text, const std::optional<QTimeZone>& defaultZone = std::nullopt);

/// Korea Standard Time (UTC+9, no daylight saving since 1988), without needing a time-zone database.
QTimeZone koreaTime();

/// A zone by IANA id ("Asia/Seoul", "Asia/Shanghai", "UTC"); Asia/Seoul and Asia/Shanghai work even where
/// the platform has no zone database.
QTimeZone zoneById(const QString& id);

/// "YYYY-MM-DDTHH:MM:SSZ"
QString toIsoUtc(const QDateTime& dt);

} // namespace DateParser

} // namespace news
