#pragma once

#include "model/Article.h"
#include "model/Ranking.h"

#include <QMainWindow>
#include <QRect>

#include <optional>

class AppSettings;
class ArticleListModel;
class ContextMenus;
class EmptyState;
class FrontPage;
class MainMenus;
class StatusPanel;
class StoryVersions;
class ArticleView;
class NavigationModel;
class OfflineActions;
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;
class QUrl;
class RankingDock;
class TopicDock;

namespace news
{
class Session;
} // namespace news

/// The portal-like main window: navigation | article list | article view, ranking dock, toolbar, search.
/// The menus and toolbar live in MainMenus, the status bar in StatusPanel, the right-click menus in
/// ContextMenus; the reading actions in window/MainWindowKeys.cpp, the docks, 홈 and the welcome state in
/// window/MainWindowPanels.cpp, the saved layout and view state in window/MainWindowLayout.cpp. MainWindow.cpp lays the
/// panes out and keeps the list, the view and the panels in step.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(news::Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    ArticleListModel* articleModel() const { return m_articles; }
    ArticleView* articleView() const { return m_view; }
    OfflineActions* offlineActions() const { return m_offline; }
    MainMenus* menus() const { return m_menus; }
    StatusPanel* statusPanel() const { return m_status; }
    RankingDock* rankingDock() const { return m_ranking; }
    TopicDock* topicDock() const { return m_topics; }
    StoryVersions* storyVersions() const { return m_versions; }
    /// 보기 → 홈 (the front page).
    QAction* frontPageAction() const { return m_frontPageAction; }

    // actions, also reachable from the keyboard
    void selectNext(int step);
    void selectNextUnread();
    void pageOrNext();
    void toggleStar();
    /// The 스크랩 button pressed or not, as the current row's article is.
    void updateStarAction();
    void toggleRead();
    void openOriginal();
    void focusSearch();
    void markAllRead();
    /// Marks unread again what the last 모두 읽음 marked.
    void undoMarkAllRead();
    void showArticleById(qint64 id);
    /// Opens an article from a panel (ranking, topics, related articles): shown, marked read and selected
    /// in the list; an article of another `section` switches the list to that section first.
    void openArticle(qint64 id, const QString& section = {});
    /// The same, selecting it in the list of `target` (a section, or 전체) once that list holds it; no target:
    /// in the list shown when it is there, else on its own.
    void openArticleIn(qint64 id, const std::optional<news::ArticleFilter>& target);
    /// Opens a web or mail address outside Sosik, or says in the status bar that nothing can open it.
    void openUrl(const QUrl& url);
    void showSettings();
    /// 설정 → 계정: connecting a sync account, offered while there is no news yet and by the first-run dialog.
    void showAccountSettings();
    void showAddFeed();
    /// 파일 → OPML 가져오기 (also offered while there is no news yet).
    void importOpml();
    /// 홈 (Ctrl+H): the front page in place of the list and the article.
    void showFrontPage();
    /// The list and the article again (choosing a section, searching, opening a story do it, too).
    void showReading();
    bool isFrontPageShown() const;
    FrontPage* frontPage() const { return m_front; }
    /// F5: a refresh, or a note that Sosik is offline (offline is not a failure).
    void refresh();
    /// Runs the search field's query, or goes back to the section when it is empty.
    void runSearch();
    /// Closing keeps Sosik in the tray while `on` (the tray icon is shown); quit() closes for real.
    void setKeepInTray(bool on) { m_keepInTray = on; }
    /// Closes the window for good (Ctrl+Q, the tray's quit): saves the layout and is not kept in the tray.
    void closeForQuit();
    /// Writes geometry, dock layout, splitter sizes and the selected section to the settings.
    void saveLayout();

    /// What a rebuilt window (a new interface language) takes over from the old one.
    struct ViewState
    {
        news::ArticleFilter filter;
        QString search;
        qint64 articleId = 0;
        QRect geometry;
        QByteArray state;
        QByteArray splitter;
        QByteArray reading;
        bool home = false;
        bool maximized = false;
        QString rankingSection; // the ranking dock's section (it went back to 전체, #14's walk)
    };
    ViewState viewState() const;
    /// Shows the same section or search, the same article and the same place on screen as `state`.
    void restoreViewState(const ViewState& state);

signals:
    void unreadChanged(int unread);
    /// 파일 → 끝내기 (Ctrl+Q).
    void quitRequested();
    /// The window was closed while the tray icon is on: Sosik keeps running there.
    void hiddenToTray();
    /// An article is on screen (tests and benchmarks wait for this).
    void articleShown(qint64 id);
    /// The front page has new content (tests wait for this).
    void frontPageLoaded();
    /// "Try the demo" was chosen (ReaderApp starts the demo beside this window).
    void demoRequested();
    /// 매체 고르기: the first run's catalogue of Korean outlets, again (after 건너뛰기 nothing led back to it).
    void catalogueRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Takes the search's "검색: …" off the status bar, unless another message replaced it.
    void endSearchMessage();
    /// Back from a search to the section chosen in the navigation pane (Esc, an emptied search box, the section
    /// clicked again); the search box is emptied.
    void leaveSearch();
    /// The article pane shows no article (the list it came from is gone and it is in none shown).
    void clearReading();
    /// Clears the ranking and topic rows' highlight unless they are the article `shown`.
    void unmarkOtherStories(qint64 shown);
    void buildUi();
    void reloadNavigation();
    void reloadRankings();
    void onSectionChanged();
    void onArticleChanged();
    void updateListState();
    void updateWelcome();
    void updateContent();
    void loadFrontPage(const QList<news::RankingList>& topics);
    void setStatus(const QList<qint64>& ids, news::StatusField field, bool value);
    void restoreLayout();
    void fitPanesToWindow();
    int navigationWidthNeeded() const;
    void refitNavigation();
    void shareReadingPanes(int content, int nav);
    static constexpr int kNavigationFitWidth = 200; // the widest the window makes the navigation pane by itself
    void onSessionReady();
    void scheduleRefresh(int minutes);

    news::Session* m_session;
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
    QSplitter* m_reading = nullptr;
    QStackedWidget* m_content = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_listHeader = nullptr;
    EmptyState* m_listEmpty = nullptr;
    EmptyState* m_welcome = nullptr;
    FrontPage* m_front = nullptr;
    bool m_home = false;
    int m_feedCount = 0;
    bool m_feedsKnown = false; // m_feedCount was read from the cache
    bool m_cacheEmpty = false;
    QLineEdit* m_search;
    OfflineActions* m_offline = nullptr;
    StatusPanel* m_status = nullptr;
    MainMenus* m_menus = nullptr;
    ContextMenus* m_contextMenus = nullptr;
    StoryVersions* m_versions = nullptr;
    QAction* m_frontPageAction = nullptr;
    QList<qint64> m_markedAll; // what the last 모두 읽음 marked: its undo
    QString m_markAllWhere; // the section it was asked in, for the message after it
    bool m_keepInTray = false;
    bool m_quitting = false;
    qint64 m_pendingArticle = 0; // to select once the list holds it (a rebuilt window)
    std::optional<news::ArticleFilter> m_pendingList; // … the list it waits for (none: the next one)
    news::ArticleFilter m_restoreFilter;
    bool m_restoredSelection = false;
    bool m_panesRestored = false; // the reader's own pane sizes came back: the first show keeps them
    bool m_panesFitted = false;
    bool m_navigationFitted = false; // the navigation pane's width is the window's choice (not restored, not dragged)
    int m_savedLayoutWidth = 0; // the width of the window whose pane sizes came back
    quint64 m_articleRequest = 0;
    QString m_searchMessage; // the status line a search showed, cleared with the search
    bool m_articleChangePending = false; // a change of the list's current row waits for its selection
    qint64 m_openedArticle = 0; // the article last asked for: shown, or still loading
    bool m_listChanged = false; // another list was asked for: the article shown stays only if the new one holds it
    bool m_rankingsBusy = false;
    bool m_rankingsDirty = false;
};
