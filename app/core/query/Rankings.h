#pragma once

#include "model/Ranking.h"
#include "store/ArticleQueries.h"

namespace news
{

/// The end of the rankings' and topics' time windows: `now`, or the newest article's time when the cache holds
/// nothing newer — a cache read offline for days (or the bundled demo, whose articles keep their dates) still shows
/// its last day's and week's stories instead of empty panels.
Result<qint64> windowEnd(ArticleQueries& q, qint64 now);

/// The rankings the window's panel and `sosik-cli rankings` show (#12: one function for both): each publisher
/// ranking (of `section`, or all), and for every section of `sections` without one, Sosik's own — stories carried by
/// many outlets — for each of `periods` ("today": 24 hours, "week": 7 days). Stops early when `q` is cancelled.
Result<QList<RankingList>> rankings(ArticleQueries& q,
                                    const QStringList& sections,
                                    const QStringList& periods,
                                    qint64 now,
                                    const QString& section = {});

/// The leading stories of each section over the `days` before windowEnd(`now`), `count` each: the topics panel, the
/// front page and `sosik-cli topics`. A section with none in the window takes its last 30 days; one with none then is
/// left out.
Result<QList<RankingList>> topics(ArticleQueries& q, const QStringList& sections, int days, qint64 now, int count);

} // namespace news
