#pragma once

#include "model/Article.h"
#include "models/ThumbnailCache.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPixmap>
#include <QSet>

namespace news
{
class QueryRunner;
}

/// The article list: pages of slim rows fetched with keyset queries on the reader thread. data() reads
/// memory only; display strings are made when a page arrives; thumbnails are decoded off the GUI thread.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OutletRole,
        TimeTextRole,
        ReadRole,
        StarredRole,
        SavedRole,
        CommentsRole,
        ThumbnailRole, // QPixmap (null until decoded)
        SnippetRole,
        PublishedRole,
        SummaryRole, // plain text, one line under the headline
        VersionsRole, // int: how many other outlets' versions of the story are known (0: none or not yet known)
        ExpandedRole, // bool: the story's versions are shown under the row
        VersionRowRole, // bool: the row is another outlet's version, shown under an expanded story
    };

    static constexpr int PageSize = 200;

    explicit ArticleListModel(news::QueryRunner* queries, QObject* parent = nullptr);

    void setFilter(const news::ArticleFilter& filter);
    void setSearch(const QString& query);
    void reload(); // same filter, fresh data (after a refresh)
    news::ArticleFilter filter() const { return m_filter; }
    bool isSearch() const { return !m_search.isEmpty(); }
    QString search() const { return m_search; }
    const news::ArticleRow* rowAt(int row) const;
    /// The row showing `articleId` (the list's own row before a version shown under another story).
    int rowOf(qint64 articleId) const;
    /// The other outlets' versions of an article's story (ArticleQueries::storyVersions), once known: its row
    /// shows "관련 기사 N건" and can be expanded to list them.
    void setVersions(qint64 articleId, const QList<news::ArticleRow>& versions);
    /// Shows (or hides) the versions of the story in `row` under it. False when the row has none to show.
    bool setExpanded(int row, bool expanded);
    bool isExpanded(int row) const;
    bool isVersionRow(int row) const;
    /// The story row a version row is shown under (itself for a story row).
    int storyRowOf(int row) const;
    /// Applies a status change to the row in memory (the write is queued elsewhere).
    void setStatus(qint64 articleId, news::StatusField field, bool value);
    /// The cache wrote these articles' statuses (Cache::statusWritten): from the next reload on, the list shows
    /// them as the cache has them again (a sync may change them there).
    void statusesWritten(const QList<qint64>& ids);
    bool isLoading() const { return m_pageInFlight; }
    /// Tests and benchmarks wait for this (the first page of a new filter arrived).
    quint64 generation() const { return m_generation; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void pageLoaded(int rows);

private:
    struct Row
    {
        news::ArticleRow article;
        QString timeText;
        QString toolTip;
        QString accessibleText;
        bool version = false; // another outlet's version, under an expanded story
        bool expanded = false;
    };
    QString accessibleText(const Row& row) const;
    void requestPage(bool reset);
    void applyPage(const QList<news::ArticleRow>& rows, const news::PageCursor& next, bool reset, bool more);
    Row makeRow(const news::ArticleRow& r) const;
    void thumbnailReady(const QString& path);

    news::QueryRunner* m_queries;
    news::ArticleFilter m_filter;
    QString m_search;
    QList<Row> m_rows;
    news::PageCursor m_cursor;
    bool m_hasMore = false;
    bool m_pageInFlight = false;
    bool m_softReload = false;
    struct LocalStatus
    {
        bool read = false;
        bool starred = false;
        bool saved = false;
        int unwritten = 0; // changes of this article the cache has not confirmed yet
    };
    QHash<qint64, LocalStatus> m_localStatus;
    void forgetWrittenStatuses();
    QHash<qint64, QList<news::ArticleRow>> m_versions; // article → the other outlets' versions of its story
    quint64 m_generation = 0;
    mutable ThumbnailCache m_thumbnails;
    mutable QHash<QString, QList<int>> m_waitingRows; // rows painted before their thumbnail was decoded
};

/// "3시간 전" / "3 hours ago"; past a week the date ("2026.12.01."). Tooltips carry the exact time in portal
/// form (PortalTime::dateTime: local time, and KST beside it when the local zone differs).
QString relativeTime(qint64 published, qint64 now);
