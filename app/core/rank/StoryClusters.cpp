#include "rank/StoryClusters.h"

#include "text/SearchText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace news
{
namespace
{

QSet<QString> shinglesOf(const QString& text)
{
    QSet<QString> out;
    for (const QString& token : SearchText::forIndex(text).split(u' ', Qt::SkipEmptyParts)) {
        out.insert(token);
    }
    return out;
}

// What outlets put on every story, which says nothing about which story it is: "[단독]", "[속보]", "【포토】",
// "<인터뷰>" tags in titles; "(서울=뉴스원) 홍길동 기자 =" datelines and "ⓒ …" lines in leads (#14: two unrelated
// exclusives with the same stock lead were one story).
QString storyTitle(const QString& title)
{
    static const QRegularExpression tags(QStringLiteral("[\\[【<〈(][^\\]】>〉)]{1,12}[\\]】>〉)]"));
    return QString(title).replace(tags, QStringLiteral(" "));
}

QString storyLead(const QString& lead)
{
    static const QRegularExpression dateline(
        QStringLiteral("^\\s*(?:\\[[^\\]]{1,12}\\]\\s*)*(?:\\([^)]{1,30}\\)\\s*)?(?:[^=\\s]{1,12}\\s+){0,3}"
                       "(?:기자|특파원|통신원|기자단)\\s*=\\s*"));
    static const QRegularExpression copyright(QStringLiteral("(?:ⓒ|©|\\(c\\)|Copyright|저작권자).*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    return QString(lead).replace(dateline, QString()).replace(copyright, QString());
}

QSet<QString> titleShingles(const StoryInput& a)
{
    return shinglesOf(storyTitle(a.title));
}

QSet<QString> shingles(const StoryInput& a)
{
    // title bigrams weigh most; the lead adds the first words (wire copies share them)
    return shinglesOf(storyTitle(a.title) + u' ' + storyLead(a.lead).left(60));
}

// Titles must share this much on their own: a stock lead ("[단독] (서울=…) 홍길동 기자 = …") shared by two
// unrelated stories made them one story (#14).
constexpr double kTitleThreshold = 0.2;

double jaccard(const QSet<QString>& a, const QSet<QString>& b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    int common = 0;
    const QSet<QString>& small = a.size() < b.size() ? a : b;
    const QSet<QString>& large = a.size() < b.size() ? b : a;
    for (const QString& s : small) {
        common += large.contains(s) ? 1 : 0;
    }
    return double(common) / double(a.size() + b.size() - common);
}

// A headline this close, and long enough to say something (six bigrams and more), is the same story whatever the
// leads say: a local outlet writes its own first sentence under the wire's headline (#14's walk: "원·달러 환율
// 1400원 돌파…" from two outlets 30 minutes apart were two stories).
constexpr double kSameHeadline = 0.6;
constexpr int kHeadlineWords = 6;

// How alike an article is to a story (its shingles and title shingles): the Jaccard of all shingles, or the
// threshold itself for a same headline; 0 when the titles alone share too little.
double likeness(const QSet<QString>& all,
                const QSet<QString>& title,
                const QSet<QString>& otherAll,
                const QSet<QString>& otherTitle,
                double threshold)
{
    const double titles = jaccard(title, otherTitle);
    if (titles < kTitleThreshold) {
        return 0;
    }
    const double sim = jaccard(all, otherAll);
    if (sim < threshold && titles >= kSameHeadline && std::min(title.size(), otherTitle.size()) >= kHeadlineWords) {
        return threshold;
    }
    return sim;
}

} // namespace

bool sameStory(const StoryInput& a, const StoryInput& b, double threshold)
{
    return likeness(shingles(a), titleShingles(a), shingles(b), titleShingles(b), threshold) >= threshold;
}

StoryMatcher::StoryMatcher(const StoryInput& article, double threshold)
    : m_title(titleShingles(article))
    , m_all(shingles(article))
    , m_threshold(threshold)
{
}

bool StoryMatcher::titleMatches(const QString& title) const
{
    return jaccard(m_title, shinglesOf(storyTitle(title))) >= kTitleThreshold;
}

bool StoryMatcher::matches(const StoryInput& candidate) const
{
    return likeness(m_all, m_title, shingles(candidate), titleShingles(candidate), m_threshold) >= m_threshold;
}

QList<int> versionsOf(const StoryInput& article, const QList<StoryInput>& candidates, double threshold)
{
    const StoryMatcher matcher(article, threshold);
    QList<int> out;
    for (int i = 0; i < candidates.size(); ++i) {
        if (matcher.matches(candidates[i])) {
            out.append(i);
        }
    }
    return out;
}

QList<StoryCluster>
clusterStories(const QList<StoryInput>& input, qint64 now, double halfLifeHours, double threshold, double windowHours)
{
    QList<StoryInput> articles = input;
    std::sort(articles.begin(), articles.end(), [](const StoryInput& a, const StoryInput& b) {
        return a.published < b.published;
    }); // oldest first
    struct Working
    {
        StoryCluster cluster;
        QSet<QString> shingles;
        QSet<QString> titleShingles;
        QSet<qint64> sources;
        QList<int> members;
        qint64 first = 0;
    };
    QList<Working> clusters;
    QHash<QString, QList<int>> byShingle; // shingle → clusters holding it
    const qint64 window = qint64(windowHours * 3600);
    for (int i = 0; i < articles.size(); ++i) {
        const StoryInput& a = articles[i];
        const QSet<QString> s = shingles(a);
        const QSet<QString> titleS = titleShingles(a);
        QHash<int, int> candidates;
        for (const QString& token : s) {
            for (int c : byShingle.value(token)) {
                candidates[c] += 1;
            }
        }
        int best = -1;
        double bestScore = 0;
        for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
            if (it.value() < 2 || a.published - clusters[it.key()].first > window) {
                continue;
            }
            const double sim
                = likeness(s, titleS, clusters[it.key()].shingles, clusters[it.key()].titleShingles, threshold);
            if (sim >= threshold && sim > bestScore) {
                best = it.key();
                bestScore = sim;
            }
        }
        if (best < 0) {
            Working w;
            w.cluster.leadId = a.id;
            w.cluster.leadTitle = a.title;
            w.cluster.leadOutlet = a.outlet;
            w.shingles = s;
            w.titleShingles = titleS;
            w.first = a.published;
            best = int(clusters.size());
            clusters.append(w);
            for (const QString& token : s) {
                byShingle[token].append(best);
            }
        }
        Working& w = clusters[best];
        w.members.append(i);
        w.sources.insert(a.sourceId);
        w.cluster.articleIds.append(a.id);
    }
    QList<StoryCluster> out;
    for (Working& w : clusters) {
        // per outlet, its most recent copy counts, decayed by age
        QHash<qint64, double> perSource;
        int comments = 0;
        for (int i : w.members) {
            const StoryInput& a = articles[i];
            const double ageHours = std::max<double>(0, double(now - a.published) / 3600.0);
            const double weight = std::pow(0.5, ageHours / halfLifeHours);
            perSource[a.sourceId] = std::max(perSource.value(a.sourceId), weight);
            comments += a.comments;
            w.cluster.newest = std::max(w.cluster.newest, a.published);
        }
        double score = 0;
        for (double v : perSource) {
            score += v;
        }
        w.cluster.score = score + 0.05 * std::log1p(double(comments));
        w.cluster.outlets = int(w.sources.size());
        out.append(w.cluster);
    }
    std::sort(out.begin(), out.end(), [](const StoryCluster& a, const StoryCluster& b) {
        return a.score != b.score ? a.score > b.score : a.newest > b.newest;
    });
    return out;
}

} // namespace news
