#pragma once

#include "store/StoreTypes.h"

#include <QMainWindow>

class AppSettings;
class ArticleListModel;
class ArticleView;
class NavigationModel;
class OfflineActions;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QProgressBar;
class QSplitter;
class QTimer;
class QTreeView;
class RankingDock;
class TopicDock;
class Session;

/// The portal-like main window: navigation | article list | article view, ranking dock, toolbar, search.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    ArticleListModel* articleModel() const { return m_articles; }
    ArticleView* articleView() const { return m_view; }
    OfflineActions* offlineActions() const { return m_offline; }

    // actions, also reachable from the keyboard
    void selectNext(int step);
    void selectNextUnread();
    void pageOrNext();
    void toggleStar();
    void toggleRead();
    void openOriginal();
    void focusSearch();
    void markAllRead();
    void showArticleById(qint64 id);
    void showSettings();
    /// Writes geometry, dock layout, splitter sizes and the selected section to the settings.
    void saveLayout();

signals:
    void unreadChanged(int unread);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void buildActions();
    void reloadNavigation();
    void reloadRankings();
    void onSectionChanged();
    void onArticleChanged();
    void setStatus(const QList<qint64>& ids, news::StatusField field, bool value);
    void restoreLayout();
    void buildContextMenus();
    void addSourceOptions(QMenu* menu, const QModelIndex& index);
    void onSessionReady();
    void scheduleRefresh(int minutes);

    Session* m_session;
    AppSettings* m_settings;
    QTimer* m_refreshTimer;
    NavigationModel* m_navigation;
    ArticleListModel* m_articles;
    QTreeView* m_navView;
    QListView* m_listView;
    ArticleView* m_view;
    RankingDock* m_ranking;
    TopicDock* m_topics;
    QSplitter* m_splitter;
    QLineEdit* m_search;
    QLabel* m_statusText;
    QLabel* m_offlineLabel;
    QProgressBar* m_progress;
    OfflineActions* m_offline = nullptr;
    news::ArticleFilter m_restoreFilter;
    QList<news::FeedInfo> m_feeds; // as last loaded, for the per-source menu
    bool m_restoredSelection = false;
    quint64 m_articleRequest = 0;
    bool m_rankingsBusy = false;
    bool m_rankingsDirty = false;
};
