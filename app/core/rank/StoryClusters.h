#pragma once

#include <QList>
#include <QSet>
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

/// Whether two articles tell the same story, by the measure clusterStories() uses (shared title and lead
/// bigrams, with outlets' stock tags, datelines and copyright lines left out).
bool sameStory(const StoryInput& a, const StoryInput& b, double threshold = 0.4);

/// Finds the other versions of one article's story among many candidates (ArticleQueries::storyVersions): the
/// titles are compared first, so that the lead of a candidate (plain text made from HTML) is needed only
/// for the few whose titles are alike.
class StoryMatcher
{
public:
    explicit StoryMatcher(const StoryInput& article, double threshold = 0.4);
    /// Whether a candidate's title is alike enough for it to be a version (the lead decides then).
    bool titleMatches(const QString& title) const;
    /// sameStory(article, candidate), for a candidate whose title matches.
    bool matches(const StoryInput& candidate) const;

private:
    QSet<QString> m_title;
    QSet<QString> m_all;
    double m_threshold;
};

/// The indices of `candidates` that tell the same story as `article` (sameStory()): another outlet's version
/// of it, an update. The caller chooses the candidates (a time window around the article).
QList<int> versionsOf(const StoryInput& article, const QList<StoryInput>& candidates, double threshold = 0.4);

} // namespace news
