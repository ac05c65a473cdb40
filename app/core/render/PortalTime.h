#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace news
{

/// Times as Korean portals print them (#14), for every place a reader sees one: the article view, the list's
/// tooltips, related articles, feed health and the HTML export — one formatter, so they all agree. Dates are
/// `2026.12.01.`, times 24-hour `16:11`, in the reader's zone `local`; where that zone's clock differs from
/// Korea's, Korea's time stands beside it (`상하이 15:11 · 한국 16:11`). A zone with no name of its own in the
/// table below is `현지` ("local"), never a raw English zone id. Pure and thread-safe.
class PortalTime
{
    Q_DECLARE_TR_FUNCTIONS(PortalTime)

public:
    /// "2026.12.01. 16:11" when the reader's clock is Korea's; otherwise "2026.12.01. 상하이 15:11 · 한국 16:11",
    /// with Korea's date too when it is another day there ("2026.11.30. 뉴욕 18:00 · 한국 12.01. 08:00").
    static QString dateTime(qint64 seconds, const QTimeZone& local);

    /// "입력 2026.12.01. 16:11", with " · 수정 …" when `updated` is later; `dateKnown` false: the time Sosik
    /// first saw it ("처음 받음 …").
    static QString timeLine(qint64 published, qint64 updated, bool dateKnown, const QTimeZone& local);

    /// "2026.12.01. 15:11" in the reader's zone alone (feed health, where Korea's clock says nothing).
    static QString localDateTime(qint64 seconds, const QTimeZone& local);

    /// "12.01. 15:11" in the reader's zone: short rows such as a story's other versions, which are days apart
    /// at most.
    static QString brief(qint64 seconds, const QTimeZone& local);

    /// "2026.12.01." in the reader's zone.
    static QString date(qint64 seconds, const QTimeZone& local);

    /// A reader-facing name for a zone: "상하이" for Asia/Shanghai, "뉴욕", "UTC"; "현지" for one not in the table.
    static QString zoneName(const QTimeZone& zone);
};

} // namespace news
