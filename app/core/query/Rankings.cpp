#include "query/Rankings.h"

#include "model/Ranking.h"

#include <QSet>

namespace news
{

Result<qint64> windowEnd(ArticleQueries& q, qint64 now)
{
    const auto newest = q.newestPublished();
    if (const auto* error = std::get_if<Error>(&newest)) {
        return *error;
    }
    const qint64 latest = std::get<qint64>(newest);
    return latest > 0 && latest < now ? latest + 1 : now; // (+1: the window's end is exclusive)
}

Result<QList<RankingList>>
rankings(ArticleQueries& q, const QStringList& sections, const QStringList& periods, qint64 now, const QString& section)
{
    auto published = q.publisherRankings(section);
    if (const auto* error = std::get_if<Error>(&published)) {
        return *error;
    }
    QList<RankingList> lists = std::get<QList<RankingList>>(published);
    const auto end = windowEnd(q, now);
    if (const auto* error = std::get_if<Error>(&end)) {
        return *error;
    }
    now = std::get<qint64>(end);
    QSet<QString> covered;
    for (const RankingList& l : lists) {
        covered.insert(l.section);
    }
    for (const QString& s : sections) {
        if (q.isCancelled()) {
            break;
        }
        if (covered.contains(s)) {
            continue;
        }
        for (const QString& period : periods) {
            Q_ASSERT(period == QLatin1String("today") || period == QLatin1String("week"));
            const int days = period == QLatin1String("week") ? 7 : 1;
            auto own = q.ownRanking(s, now - days * 86400, now);
            if (const auto* error = std::get_if<Error>(&own)) {
                if (error->code == ErrorCode::Cancelled) {
                    return lists;
                }
                return *error;
            }
            RankingList& list = std::get<RankingList>(own);
            if (!list.items.isEmpty()) {
                list.period = period;
                list.windowEnd = now;
                lists.append(list);
            }
        }
    }
    return lists;
}

Result<QList<RankingList>> topics(ArticleQueries& q, const QStringList& sections, int days, qint64 now, int count)
{
    const auto end = windowEnd(q, now);
    if (const auto* error = std::get_if<Error>(&end)) {
        return *error;
    }
    now = std::get<qint64>(end);
    QList<RankingList> out;
    for (const QString& s : sections) {
        if (q.isCancelled()) {
            break;
        }
        // a section quiet for the window (an outlet that posts weekly, a demo that has aged) shows its stories
        // of the last 30 days rather than dropping out of the front page (#14)
        for (const int span : {std::max(1, days), std::max(30, days)}) {
            auto r = q.ownRanking(s, now - qint64(span) * 86400, now, count);
            if (const auto* error = std::get_if<Error>(&r)) {
                if (error->code == ErrorCode::Cancelled) {
                    return out;
                }
                return *error;
            }
            if (const RankingList& list = std::get<RankingList>(r); !list.items.isEmpty()) {
                out.append(list);
                break;
            }
            if (span >= 30) {
                break;
            }
        }
    }
    return out;
}

} // namespace news
