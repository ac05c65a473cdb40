#pragma once

#include <QList>
#include <QString>

// Rankings: a publisher's most-read list or Sosik's own, as the panel and the CLI show them.

namespace news
{

struct RankingItem
{
    int position = 0;
    QString title;
    QString link;
    qint64 articleId = 0;
    QString outlet;
    int outlets = 1; // Sosik's own ranking: how many outlets carry the story
    double score = 0;
};

struct RankingList
{
    QString section;
    QString label; // the outlet of a publisher ranking, or "Sosik"
    bool publisher = true; // false: Sosik's own ranking
    QString period; // Sosik's own: "today" (24 hours) or "week" (7 days); empty for a publisher's
    qint64 takenAt = 0;
    qint64 windowEnd = 0; // Sosik's own: where its period ends (the newest article, for a cache read offline for days)
    QList<RankingItem> items;
};

} // namespace news
