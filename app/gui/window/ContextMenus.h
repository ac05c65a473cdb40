#pragma once

#include "model/Feed.h"

#include <QObject>

class MainWindow;
class OfflineActions;
class QListView;
class QMenu;
class QModelIndex;
class QTreeView;

namespace news
{
class Session;
} // namespace news

/// The right-click menus of the article list (the article under the mouse, everything shown) and of the
/// navigation pane (a section, an outlet or a feed as a whole, with an outlet's image and full-text switches).
class ContextMenus : public QObject
{
    Q_OBJECT

public:
    ContextMenus(
        MainWindow* window, QListView* list, QTreeView* navigation, news::Session* session, OfflineActions* offline);

    /// The feeds as last loaded, for the per-outlet options.
    void setFeeds(const QList<news::FeedInfo>& feeds) { m_feeds = feeds; }

private:
    void showListMenu(const QPoint& pos);
    void showNavigationMenu(const QPoint& pos);
    void addFeedHealth(QMenu* menu, const QModelIndex& index);
    void addSourceOptions(QMenu* menu, const QModelIndex& index);
    void addSubscriptionEdits(QMenu* menu, const QModelIndex& index);

    MainWindow* m_window;
    QListView* m_list;
    QTreeView* m_navigation;
    news::Session* m_session;
    OfflineActions* m_offline;
    QList<news::FeedInfo> m_feeds;
};
