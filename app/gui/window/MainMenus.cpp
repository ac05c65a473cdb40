#include "MainMenus.h"

#include "MainWindow.h"
#include "OfflineActions.h"
#include "session/Session.h"
#include "subscriptions/OpmlTransfer.h"
#include "subscriptions/SubscriptionDialog.h"
#include "views/ArticleView.h"
#include "views/Icons.h"
#include "views/RankingDock.h"
#include "views/TopicDock.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using Icons::Kind;

MainMenus::MainMenus(MainWindow* window, news::Session* session, OfflineActions* offline)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_offline(offline)
{
    m_refresh = makeAction(QStringLiteral("refreshAction"), tr("Refresh"), QKeySequence(Qt::Key_F5));
    m_refresh->setIcon(Icons::icon(Kind::Refresh));
    m_refresh->setToolTip(tr("Refresh all feeds (F5)"));
    connect(m_refresh, &QAction::triggered, m_window, &MainWindow::refresh);

    m_addFeed = makeAction(QStringLiteral("addFeedAction"), tr("Add feed…"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_addFeed->setIcon(Icons::icon(Kind::AddFeed));
    m_addFeed->setIconText(tr("Add feed"));
    m_addFeed->setToolTip(tr("Add a feed from any site's address (Ctrl+N)"));
    connect(m_addFeed, &QAction::triggered, m_window, &MainWindow::showAddFeed);

    // a key of its own, shown in 도구 (it had none, #14's walk): Shift+A, as web readers have it
    m_markAll
        = makeAction(QStringLiteral("markAllReadAction"), tr("Mark all read"), QKeySequence(Qt::SHIFT | Qt::Key_A));
    m_markAll->setIcon(Icons::icon(Kind::MarkAllRead));
    connect(m_markAll, &QAction::triggered, m_window, &MainWindow::markAllRead);
    // 모두 읽음 can be taken back (#14's walk: one click, no way back)
    m_undoMarkAll = makeAction(QStringLiteral("undoMarkAllReadAction"), tr("&Undo mark all read"), QKeySequence::Undo);
    m_undoMarkAll->setEnabled(false);
    connect(m_undoMarkAll, &QAction::triggered, m_window, &MainWindow::undoMarkAllRead);

    m_star = makeAction(QStringLiteral("starAction"), tr("Scrap"));
    m_star->setIcon(Icons::icon(Kind::Star));
    m_star->setToolTip(tr("Add to or remove from the scrapbook (S)"));
    // pressed while the article is in the scrapbook: an outline that never changed invited a second click, which
    // took the article out again (#14's walk)
    m_star->setCheckable(true);
    connect(m_star, &QAction::triggered, m_window, &MainWindow::toggleStar);

    m_offline->saveArticle()->setIcon(Icons::icon(Kind::Save));

    m_offlineToggle = makeAction(QStringLiteral("offlineAction"), tr("Work offline"));
    m_offlineToggle->setIcon(Icons::icon(Kind::Offline));
    m_offlineToggle->setIconText(tr("Offline"));
    m_offlineToggle->setCheckable(true);
    m_offlineToggle->setChecked(m_session->isOfflineByChoice());
    m_offlineToggle->setToolTip(tr("Work offline: no network request at all"));
    connect(m_offlineToggle, &QAction::toggled, m_session, &news::Session::setOffline);

    m_settings = makeAction(QStringLiteral("settingsAction"), tr("Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setIcon(Icons::icon(Kind::Settings));
    m_settings->setIconText(tr("Settings"));
    m_settings->setToolTip(tr("Settings (Ctrl+,)"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, m_window, &MainWindow::showSettings);

    m_shortcuts = makeAction(QStringLiteral("shortcutsAction"), tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1));
    m_shortcuts->setIcon(Icons::icon(Kind::Help));
    connect(m_shortcuts, &QAction::triggered, this, &MainMenus::showShortcuts);

    m_about = makeAction(QStringLiteral("aboutAction"), tr("About Sosik"));
    m_about->setIcon(Icons::icon(Kind::About));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainMenus::showAbout);

    m_quit = makeAction(QStringLiteral("quitAction"), tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, m_window, &MainWindow::quitRequested);

    buildToolBar();
    buildMenus();
    buildShortcuts();
}

QAction* MainMenus::makeAction(const QString& objectName, const QString& text, const QKeySequence& key)
{
    auto* action = new QAction(text, m_window);
    action->setObjectName(objectName);
    if (!key.isEmpty()) {
        action->setShortcut(key);
    }
    m_window->addAction(action); // shortcuts work with the menu bar hidden, too
    return action;
}

void MainMenus::buildMenus()
{
    QMenuBar* bar = m_window->menuBar();
    bar->setObjectName(QStringLiteral("mainMenuBar"));

    m_file = bar->addMenu(tr("&File"));
    m_file->setObjectName(QStringLiteral("fileMenu"));
    m_file->addAction(m_addFeed);
    QAction* catalogue = makeAction(QStringLiteral("chooseOutletsAction"), tr("Choose outlets…"));
    connect(catalogue, &QAction::triggered, m_window, &MainWindow::catalogueRequested);
    m_file->addAction(catalogue);
    m_opml = new OpmlTransfer(m_window, m_session); // also takes .opml files dropped on the window (#15)
    m_file->addAction(m_opml->importAction());
    m_file->addAction(m_opml->exportAction());
    m_file->addSeparator();
    m_file->addAction(m_offline->exportArticle());
    m_file->addAction(m_offline->exportShown());
    m_file->addSeparator();
    m_file->addAction(m_offlineToggle);
    m_quitSection = m_file->addSeparator();
    m_file->addAction(m_quit);

    m_view = bar->addMenu(tr("&View"));
    m_view->setObjectName(QStringLiteral("viewMenu"));
    if (QAction* home = m_window->frontPageAction()) {
        m_view->addAction(home);
        m_view->addSeparator();
    }
    m_view->addAction(m_window->rankingDock()->toggleViewAction());
    m_view->addAction(m_window->topicDock()->toggleViewAction());
    m_view->addAction(m_bar->toggleViewAction());
    m_view->addSeparator();
    ArticleView* article = m_window->articleView();
    auto* larger = m_view->addAction(tr("Larger text"), article, [article] { article->zoom(1); });
    larger->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    larger->setObjectName(QStringLiteral("zoomInAction"));
    auto* smaller = m_view->addAction(tr("Smaller text"), article, [article] { article->zoom(-1); });
    smaller->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    smaller->setObjectName(QStringLiteral("zoomOutAction"));
    auto* reset = m_view->addAction(tr("Normal text size"), article, [article] { article->resetZoom(); });
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    reset->setObjectName(QStringLiteral("zoomResetAction"));
    for (QAction* a : {larger, smaller, reset}) {
        m_window->addAction(a);
    }

    m_tools = bar->addMenu(tr("&Tools"));
    m_tools->setObjectName(QStringLiteral("toolsMenu"));
    m_tools->addAction(m_refresh);
    m_tools->addAction(m_markAll);
    m_tools->addAction(m_undoMarkAll);
    m_tools->addAction(m_offline->saveShown());
    m_tools->addSeparator();
    // 구독 관리 (#15): one dialog at a time, kept until closed
    QAction* manage = makeAction(QStringLiteral("manageSubscriptionsAction"), tr("Manage subscriptions…"));
    connect(manage, &QAction::triggered, this, &MainMenus::showSubscriptions);
    m_tools->addAction(manage);
    m_tools->addAction(m_settings);

    m_help = bar->addMenu(tr("&Help"));
    m_help->setObjectName(QStringLiteral("helpMenu"));
    m_help->addAction(m_shortcuts);
    m_help->addAction(m_about);
}

SubscriptionDialog* MainMenus::showSubscriptions()
{
    auto* dialog = m_window->findChild<SubscriptionDialog*>(QStringLiteral("subscriptionDialog"));
    if (!dialog) {
        dialog = new SubscriptionDialog(m_session, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainMenus::buildToolBar()
{
    m_bar = m_window->addToolBar(tr("Main toolbar"));
    m_bar->setObjectName(QStringLiteral("mainToolBar"));
    m_bar->setMovable(false);
    m_bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_bar->setIconSize(QSize(20, 20));
    if (QAction* home = m_window->frontPageAction()) {
        m_bar->addAction(home);
    }
    m_bar->addAction(m_refresh);
    m_bar->addAction(m_addFeed);
    m_bar->addSeparator();
    m_bar->addAction(m_markAll);
    m_bar->addAction(m_star);
    m_bar->addAction(m_offline->saveArticle());
    m_bar->addAction(m_offlineToggle);
    m_bar->addSeparator();
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search articles (/)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(Kind::Search), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(320);
    m_bar->addWidget(m_search);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(spacer);
    // closed panels come back from here (and from 보기)
    auto* panels = new QToolButton;
    panels->setObjectName(QStringLiteral("panelsButton"));
    panels->setIcon(Icons::icon(Kind::Panels));
    panels->setToolTip(tr("Show or hide panels"));
    panels->setAccessibleName(tr("Show or hide panels"));
    panels->setPopupMode(QToolButton::InstantPopup);
    auto* panelMenu = new QMenu(panels);
    panelMenu->addAction(m_window->rankingDock()->toggleViewAction());
    panelMenu->addAction(m_window->topicDock()->toggleViewAction());
    panels->setMenu(panelMenu);
    m_bar->addWidget(panels);
    m_bar->addAction(m_settings);
}

void MainMenus::buildShortcuts()
{
    auto* slash = new QShortcut(QKeySequence(Qt::Key_Slash), m_window);
    slash->setContext(Qt::WindowShortcut);
    connect(slash, &QShortcut::activated, m_window, &MainWindow::focusSearch);
    auto* find = new QShortcut(QKeySequence::Find, m_window);
    connect(find, &QShortcut::activated, m_window, &MainWindow::focusSearch);
}

QList<QPair<QString, QString>> MainMenus::shortcutList()
{
    return {
        {QStringLiteral("J / K"), tr("Next / previous article")},
        {QStringLiteral("N"), tr("Next unread article")},
        {tr("Space"), tr("Scroll the article, then the next one")},
        {QStringLiteral("S"), tr("Scrap or unscrap")},
        {QStringLiteral("M"), tr("Mark read or unread")},
        {QStringLiteral("P"), tr("Save for offline reading or unpin")},
        {QStringLiteral("O"), tr("Open the original in the browser")},
        {QStringLiteral("/ , Ctrl+F"), tr("Search")},
        {QStringLiteral("Esc"), tr("Leave the search")},
        {QStringLiteral("F5"), tr("Refresh all feeds")},
        {QStringLiteral("Shift+A"), tr("Mark all read")},
        {QStringLiteral("Ctrl+Z"), tr("Undo mark all read")},
        {QStringLiteral("Ctrl+N"), tr("Add feed")},
        {QStringLiteral("Ctrl+H"), tr("Front page")},
        {QStringLiteral("Ctrl++ / Ctrl+- / Ctrl+0"), tr("Larger, smaller, normal text")},
        {QStringLiteral("Ctrl+,"), tr("Settings")},
        {QStringLiteral("Ctrl+Q"), tr("Quit")},
        {QStringLiteral("Tab / Shift+Tab"), tr("Move between the panes")},
    };
}

void MainMenus::showShortcuts()
{
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* table = new QTableWidget(0, 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const auto& [keys, what] : shortcutList()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(keys));
        table->setItem(row, 1, new QTableWidgetItem(what));
    }
    // one line per shortcut, every row as tall as the next: rows sized to their contents before the last column
    // stretched had wrapped there and stayed two lines tall (#14's walk: uneven rows). The dialog is as wide as the
    // longest line instead.
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int columns = table->columnWidth(0) + table->columnWidth(1) + 2 * table->frameWidth()
        + table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    // tall enough for every row, within the screen: at 460×480 it had to be scrolled (#14's walk)
    const int rows = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth()
        + table->rowCount() * table->verticalHeader()->defaultSectionSize();
    const QRect screen = m_window->screen() ? m_window->screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    table->setMinimumHeight(std::min(rows, screen.height() - 160));
    table->setMinimumWidth(std::min(columns, screen.width() - 80));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(std::min(std::max(560, dialog->sizeHint().width()), screen.width() - 40),
                   dialog->sizeHint().height());
    dialog->open();
}

void MainMenus::showAbout()
{
    QMessageBox::about(m_window,
                       tr("About Sosik"),
                       tr("<h3>Sosik %1</h3><p>A Korean news reader for Koreans abroad.</p>"
                          "<p>Sosik is free software under the MIT licence.</p>"
                          "<p>It uses Qt %2 under the GNU Lesser General Public License v3 (qt.io), SQLite (public "
                          "domain) and gumbo, Google's HTML5 parser, under the Apache License 2.0. Encoding tables "
                          "and HTML entity names come from the Unicode and WHATWG mapping data.</p>")
                           .arg(QStringLiteral(SOSIK_VERSION), QString::fromLatin1(qVersion())));
}
