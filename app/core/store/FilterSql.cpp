#include "store/FilterSql.h"

namespace news
{

QString filterCondition(const ArticleFilter& filter, QVariantList* binds)
{
    Q_ASSERT(binds);
    switch (filter.kind) {
    case ArticleFilter::Kind::All:
        return QStringLiteral("1");
    case ArticleFilter::Kind::Unread:
        return QStringLiteral("COALESCE(st.read, 0) = 0");
    case ArticleFilter::Kind::Section:
        binds->append(filter.section);
        return QStringLiteral("a.section = ?");
    case ArticleFilter::Kind::Feed:
        binds->append(filter.id);
        return QStringLiteral("a.feed_id = ?");
    case ArticleFilter::Kind::Source:
        binds->append(filter.id);
        return QStringLiteral("a.source_id = ?");
    case ArticleFilter::Kind::Starred:
        return QStringLiteral("st.starred = 1");
    case ArticleFilter::Kind::Saved:
        return QStringLiteral("st.saved = 1");
    }
    Q_ASSERT_X(false, "filterCondition", "an ArticleFilter kind without SQL");
    return QStringLiteral("0");
}

QString filteredArticleIds(const ArticleFilter& filter, QVariantList* binds)
{
    return QStringLiteral("SELECT a.id FROM articles a LEFT JOIN article_status st ON st.article_id = a.id WHERE ")
        + filterCondition(filter, binds);
}

} // namespace news
