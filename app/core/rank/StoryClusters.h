#pragma once

#include <QList>
#include <QString>

namespace news
{

/// An article as the clustering sees it (pure values; rank/ does no I/O).
struct StoryInput
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString outlet;
    QString title;
    QString lead;
    qint64 published = 0;
    int comments = 0;
};

/// Near-duplicate stories across outlets (wire copies of 연합뉴스/뉴시스/뉴스1 appear everywhere).
struct StoryCluster
{
    QList<qint64> articleIds;
    qint64 leadId = 0; // the earliest article of the outlet that carries it first
    QString leadTitle;
    QString leadOutlet;
    int outlets = 0;
    double score = 0;
    qint64 newest = 0;
};

/// Clusters by Korean bigram shingles of titles and leads (Jaccard similarity, within `windowHours`), then
/// scores each cluster by the number of outlets carrying it with a recency decay (half-life `halfLifeHours`)
/// and a little weight for comments. Highest score first.
QList<StoryCluster> clusterStories(const QList<StoryInput>& articles,
                                   qint64 now,
                                   double halfLifeHours = 12.0,
                                   double threshold = 0.4,
                                   double windowHours = 48.0);

} // namespace news
