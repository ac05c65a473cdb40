#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class ArticleListModel;
class ArticleView;
class QListView;

namespace news
{
class QueryRunner;
}

/// A story's other versions (#14): once an article is shown, the reader thread finds the other outlets' copies
/// of its story (ArticleQueries::storyVersions); the article view lists them as "관련 기사 N건" and the list row
/// gets a badge that expands them under it (a click on the badge, or → and ←).
class StoryVersions : public QObject
{
    Q_OBJECT

public:
    StoryVersions(news::QueryRunner* queries, ArticleListModel* model, QListView* list, ArticleView* view);

    /// Finds the versions of the story of `articleId`, which the view shows now.
    void load(qint64 articleId);
    /// Shows (true) or hides the versions of the story in `row` under it; hiding from a version row selects
    /// its story first.
    void setExpanded(int row, bool expanded);
    void toggle(int row);

signals:
    /// The versions of `articleId`'s story are known (`count` of them) and shown.
    void loaded(qint64 articleId, int count);

private:
    news::QueryRunner* m_queries;
    ArticleListModel* m_model;
    QListView* m_list;
    ArticleView* m_view;
    quint64 m_request = 0;
    // the newest request, read on the reader thread: queued searches for articles already left are skipped
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};
