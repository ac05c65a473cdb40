#include "StoryVersions.h"

#include "model/Article.h"
#include "models/ArticleListModel.h"
#include "store/QueryRunner.h"
#include "views/ArticleView.h"

#include <QListView>

using namespace news;

StoryVersions::StoryVersions(QueryRunner* queries, ArticleListModel* model, QListView* list, ArticleView* view)
    : QObject(view)
    , m_queries(queries)
    , m_model(model)
    , m_list(list)
    , m_view(view)
{
}

void StoryVersions::load(qint64 articleId)
{
    // after the article is on screen: its opening never waits for this
    const quint64 request = ++m_request;
    m_latest->store(request);
    m_queries->run<QList<ArticleRow>>(
        this,
        [articleId, request, latest = m_latest](ArticleQueries& q) {
            if (latest->load() != request) {
                return QList<ArticleRow>(); // the reader has moved on (j, j, j): not worth the reader thread's time
            }
            auto r = q.storyVersions(articleId);
            return std::holds_alternative<Error>(r) ? QList<ArticleRow>() : std::get<QList<ArticleRow>>(r);
        },
        [this, articleId, request](QList<ArticleRow> rows) {
            if (request != m_request) {
                return; // the reader moved on (and the search may have been skipped)
            }
            m_model->setVersions(articleId, rows);
            if (m_view->articleId() != articleId) {
                return;
            }
            QList<RelatedArticle> related;
            related.reserve(rows.size());
            for (const ArticleRow& r : rows) {
                related.append(RelatedArticle{r.id, r.title, r.outlet, r.published, {}});
            }
            m_view->setRelated(related);
            emit loaded(articleId, int(rows.size()));
        });
}

void StoryVersions::setExpanded(int row, bool expanded)
{
    const int story = m_model->storyRowOf(row);
    if (!expanded) {
        // the selection leaves the versions before they go, so that no other article opens in their place
        const int current = m_list->currentIndex().row();
        if (m_model->isVersionRow(current) && m_model->storyRowOf(current) == story) {
            m_list->setCurrentIndex(m_model->index(story));
        }
    }
    m_model->setExpanded(story, expanded);
    m_list->scrollTo(m_model->index(story));
}

void StoryVersions::toggle(int row)
{
    const int story = m_model->storyRowOf(row);
    setExpanded(story, !m_model->isExpanded(story));
}
