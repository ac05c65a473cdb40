#pragma once

#include "model/Article.h"

#include <QString>
#include <QVariantList>

namespace news
{

/// The SQL condition selecting what an ArticleFilter selects, for reads and writes alike (#12: two copies of this
/// once disagreed about `Unread`, so "save all unread for offline" pinned the whole cache). The query must read
/// `articles a LEFT JOIN article_status st ON st.article_id = a.id`; the condition's values are appended to `binds`.
QString filterCondition(const ArticleFilter& filter, QVariantList* binds);

/// `SELECT a.id FROM …` of the articles the filter selects, for `id IN (…)` in writes (values appended to `binds`).
QString filteredArticleIds(const ArticleFilter& filter, QVariantList* binds);

} // namespace news
