#pragma once

#include <QKeySequence>
#include <QObject>

class MainWindow;
class OfflineActions;
class SubscriptionDialog;
class OpmlTransfer;
class QAction;
class QLineEdit;
class QMenu;
class QToolBar;

namespace news
{
class Session;
} // namespace news

/// The window's commands in one place: the menu bar (파일 · 보기 · 도구 · 도움말), the toolbar with the search
/// field, and the window-wide shortcuts. Other features add their actions to the menus through the accessors
/// (for example OPML import and export in the file menu, before its "quit" section).
class MainMenus : public QObject
{
    Q_OBJECT

public:
    MainMenus(MainWindow* window, news::Session* session, OfflineActions* offline);

    QMenu* fileMenu() const { return m_file; }
    QMenu* viewMenu() const { return m_view; }
    QMenu* toolsMenu() const { return m_tools; }
    QMenu* helpMenu() const { return m_help; }
    QToolBar* toolBar() const { return m_bar; }
    QLineEdit* searchField() const { return m_search; }
    /// The separator in the file menu above "quit": actions inserted before it stay with the other file commands.
    QAction* fileQuitSection() const { return m_quitSection; }
    /// 스크랩 (S): checked while the article in the list's current row is in the scrapbook.
    QAction* starAction() const { return m_star; }
    QAction* undoMarkAllAction() const { return m_undoMarkAll; }
    /// 파일 → OPML 가져오기 / 내보내기, and .opml files dropped on the window.
    OpmlTransfer* opmlTransfer() const { return m_opml; }

    /// 구독 관리, shown and raised (one dialog at a time, kept until closed).
    SubscriptionDialog* showSubscriptions();

    /// The shortcut list shown by 도움말 → 단축키, as rows of (keys, what they do).
    static QList<QPair<QString, QString>> shortcutList();

private:
    void buildMenus();
    void buildToolBar();
    void buildShortcuts();
    void showShortcuts();
    void showAbout();
    QAction* makeAction(const QString& objectName, const QString& text, const QKeySequence& key = {});

    MainWindow* m_window;
    news::Session* m_session;
    OfflineActions* m_offline;
    QMenu* m_file = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_tools = nullptr;
    QMenu* m_help = nullptr;
    QToolBar* m_bar = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_quitSection = nullptr;
    OpmlTransfer* m_opml = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_addFeed = nullptr;
    QAction* m_markAll = nullptr;
    QAction* m_undoMarkAll = nullptr;
    QAction* m_star = nullptr;
    QAction* m_offlineToggle = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_about = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_quit = nullptr;
};
