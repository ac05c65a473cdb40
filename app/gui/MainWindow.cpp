#include "MainWindow.h"

#include "OfflineActions.h"
#include "StorageNotices.h"
#include "dialogs/AddFeedDialog.h"
#include "dialogs/SettingsDialog.h"
#include "model/Feed.h"
#include "models/ArticleListModel.h"
#include "models/NavigationModel.h"
#include "session/AccountSync.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "store/Cache.h"
#include "store/QueryRunner.h"
#include "subscriptions/OpmlTransfer.h"
#include "views/ArticleDelegate.h"
#include "views/ArticleView.h"
#include "views/DockTitleBar.h"
#include "views/EmptyState.h"
#include "views/FocusFrame.h"
#include "views/FrontPage.h"
#include "views/Icons.h"
#include "views/NavigationDelegate.h"
#include "views/RankingDock.h"
#include "views/StoryItemDelegate.h"
#include "views/TopicDock.h"
#include "window/ContextMenus.h"
#include "window/MainMenus.h"
#include "window/StatusPanel.h"
#include "window/StoryVersions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace news;

namespace
{

} // namespace

MainWindow::MainWindow(Session* session, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_refreshTimer(new QTimer(this))
    , m_navigation(new NavigationModel(this))
    , m_articles(new ArticleListModel(session->queries(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(session->isDemo() ? tr("Sosik — demo") : tr("Sosik"));
    // a first start on a small screen (1024×700) opened a 1400 px window whose right side and status bar lay
    // off the screen (#14): the first size fits the screen's free space
    const QRect free = screen() ? screen()->availableGeometry() : QRect();
    // (less some room for the window manager's title bar and borders, which are not known before the first show)
    resize(free.isEmpty() ? QSize(1400, 860)
                          : QSize(std::min(1400, free.width() - 16), std::min(860, free.height() - 48)));
    buildUi();
    m_offline = new OfflineActions(session, m_articles, this);
    m_status = new StatusPanel(statusBar(), session);
    connect(m_offline, &OfflineActions::message, m_status, &StatusPanel::showMessage);
    connect(m_offline, &OfflineActions::undoableMessage, this, [this](const QString& text) {
        m_status->showMessageWithAction(text, tr("Undo"), [this] { m_offline->undoSaveAllShown(); });
    });
    m_offline->setShownName([this] {
        const QModelIndex section = m_navView->currentIndex();
        return section.isValid() && !m_articles->isSearch() ? section.data(NavigationModel::TitleRole).toString()
                                                            : tr("the list");
    });
    new StorageNotices(m_session, m_status, this); // full disk, read-only folder, damaged cache (#17)
    m_menus = new MainMenus(this, session, m_offline);
    m_search = m_menus->searchField();
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    // a search box emptied (its ⊗, or the words deleted) is the search ended, as Esc is: "'환율' 검색 결과" stayed
    // over the results (#14's walk)
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty() && m_articles->isSearch()) {
            leaveSearch();
        }
    });
    m_contextMenus = new ContextMenus(this, m_listView, m_navView, session, m_offline);
    restoreLayout();

    connect(m_session, &Session::ready, this, &MainWindow::onSessionReady);
    if (m_session->isReady()) {
        onSessionReady(); // a rebuilt window (new language) joins a running session
    }
    connect(m_session, &Session::sourceOptionsChanged, this, &MainWindow::reloadNavigation);
    connect(m_session, &Session::contentChanged, this, [this] {
        reloadNavigation();
        reloadRankings();
        m_articles->reload();
    });
    // after a real reset (new articles arrived), keep the article being read selected
    connect(m_articles, &QAbstractItemModel::modelReset, this, [this] {
        if (m_pendingArticle > 0 && m_pendingList && !(m_articles->filter() == *m_pendingList)
            && m_articles->rowOf(m_pendingArticle) < 0) {
            return; // the list it waits for is not this one (a reload of the one before, under load)
        }
        if (m_pendingArticle > 0) {
            m_listChanged = false; // the list asked for holds the article that goes with it
            m_pendingList.reset();
            const qint64 id = std::exchange(m_pendingArticle, 0);
            const int row = m_articles->rowOf(id);
            if (row >= 0 && isFrontPageShown()) {
                // a window rebuilt on 홈 (a new language) stays on 홈, with the article behind it ready: choosing it
                // went back to the section (#14's walk)
                {
                    const QSignalBlocker blocker(m_listView->selectionModel());
                    m_listView->setCurrentIndex(m_articles->index(row));
                }
                m_listView->viewport()->update();
                showArticleById(id);
            } else if (row >= 0) {
                m_listView->setCurrentIndex(m_articles->index(row));
                m_listView->scrollTo(m_articles->index(row));
            } else {
                showArticleById(id);
            }
            return;
        }
        // the article asked for, even when it is still loading (a reset then would drop the selection)
        const qint64 reading = m_openedArticle > 0 ? m_openedArticle : m_view->articleId();
        const int row = m_articles->rowOf(reading);
        if (row >= 0) {
            const QSignalBlocker blocker(m_listView->selectionModel());
            m_listView->setCurrentIndex(m_articles->index(row));
        } else if (std::exchange(m_listChanged, false) && reading > 0) {
            // another section or search, without it: the pane kept an article of the list left (#14's walk)
            clearReading();
        }
        m_listChanged = false;
    });
    connect(m_session->cache(), &Cache::statusWritten, this, [this](const QList<qint64>& ids) {
        m_articles->statusesWritten(ids);
        reloadNavigation();
    });
    // each account's sync status in the navigation pane, like a feed's errors (#16)
    if (AccountSync* accounts = m_session->accounts()) {
        m_navigation->setAccounts(accounts);
        connect(accounts, &AccountSync::statusChanged, this, [this] {
            if (m_session->isReady()) {
                reloadNavigation();
            }
        });
    }
    connect(m_session, &Session::offlineChanged, this, &MainWindow::updateWelcome);
    connect(m_session, &Session::refreshStarted, this, &MainWindow::updateWelcome);
    connect(m_session, &Session::refreshFinished, this, &MainWindow::updateWelcome);
    connect(m_session->cache(), &Cache::allMarkedRead, this, [this](const QList<qint64>& ids) {
        reloadNavigation();
        m_articles->reload();
        if (m_markAllWhere.isEmpty()) {
            return; // not asked in this window
        }
        m_markedAll = ids;
        m_menus->undoMarkAllAction()->setEnabled(!ids.isEmpty());
        const QString text
            = tr("%n article(s) in %1 marked read.", nullptr, int(ids.size())).arg(std::exchange(m_markAllWhere, {}));
        if (ids.isEmpty()) {
            m_status->showMessage(text);
        } else {
            m_status->showMessageWithAction(text, tr("Undo"), [this] { undoMarkAllRead(); });
        }
    });

    // scheduled refresh; it never interrupts reading
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_session->isOffline() && !m_session->engine()->isRunning()) {
            m_session->refresh();
        }
    });
    scheduleRefresh(m_settings->refreshIntervalMinutes());
    connect(m_settings, &AppSettings::refreshIntervalChanged, this, &MainWindow::scheduleRefresh);
    m_view->setBaseFontSize(m_settings->articleFontSize());
    connect(m_settings, &AppSettings::articleFontSizeChanged, m_view, &ArticleView::setBaseFontSize);
}

void MainWindow::onSessionReady()
{
    // the list first: the reader thread answers in order, and the list is what the reader waits for
    m_articles->setFilter(m_restoreFilter);
    reloadNavigation();
    reloadRankings();
}

void MainWindow::scheduleRefresh(int minutes)
{
    m_refreshTimer->stop();
    if (AccountSync* accounts = m_session->accounts()) {
        accounts->setInterval(minutes); // accounts follow the refresh setting, not a fixed 15 minutes (#16)
    }
    if (minutes > 0) {
        m_refreshTimer->setInterval(minutes * 60 * 1000);
        m_refreshTimer->start();
    }
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAccountSettings()
{
    auto* dialog = new SettingsDialog(m_settings, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showAccountsPage();
    dialog->open();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_navView = new QTreeView;
    m_navView->setObjectName(QStringLiteral("navigationView"));
    m_navView->setAccessibleName(tr("Sections and feeds"));
    m_navView->setModel(m_navigation);
    m_navView->setItemDelegate(new NavigationDelegate(m_navView));
    m_navView->setHeaderHidden(true);
    m_navView->setUniformRowHeights(true);
    m_navView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_navView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSectionChanged);
    // the section shown already, chosen again from the front page: its list comes back
    connect(m_navView, &QAbstractItemView::clicked, this, &MainWindow::showReading);
    // … and while searching, the section clicked again ends the search (it stayed, #14's walk)
    connect(m_navView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (m_articles->isSearch() && index == m_navView->currentIndex()) {
            leaveSearch();
        }
    });
    connect(m_navView, &QAbstractItemView::activated, this, &MainWindow::showReading);

    m_listView = new QListView;
    FocusFrame::install(m_listView);
    m_listView->setObjectName(QStringLiteral("articleListView"));
    m_listView->setAccessibleName(tr("Articles"));
    m_listView->setModel(m_articles);
    auto* delegate = new ArticleDelegate(m_listView);
    delegate->setShowSummaries(m_settings->listSummaries());
    connect(m_settings, &AppSettings::listSummariesChanged, m_listView, [this, delegate](bool on) {
        delegate->setShowSummaries(on);
        m_listView->viewport()->update();
    });
    m_listView->setItemDelegate(delegate);
    m_listView->setUniformItemSizes(true);
    // rows are as wide as the list (headlines elide): nothing to scroll to sideways (#14)
    m_listView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_listView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->installEventFilter(this);
    menuBar()->installEventFilter(this); // the reading keys after a menu closed with Esc (eventFilter)
    m_navView->installEventFilter(this); // … and right after choosing a section
    // handled a turn later: a click makes its row current first and selects it just after, while the list given
    // focus (Tab, Esc, back from 홈) makes its first row current and selects nothing (onArticleChanged)
    // the 스크랩 button follows the current row, and the row's star as a sync or another window changes it
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateStarAction);
    connect(m_articles, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStarAction);
    connect(m_articles, &QAbstractItemModel::modelReset, this, &MainWindow::updateStarAction);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& now) {
        if (m_listView->selectionModel()->isSelected(now)) {
            onArticleChanged(); // keys and code select as they move
            return;
        }
        if (!m_articleChangePending) {
            m_articleChangePending = true;
            QTimer::singleShot(0, this, [this] {
                m_articleChangePending = false;
                onArticleChanged();
            });
        }
    });

    // the list pane: what is listed (search results: how many), then the list or, when it is empty, why
    m_listHeader = new QLabel;
    m_listHeader->setObjectName(QStringLiteral("listHeaderLabel"));
    m_listHeader->setTextFormat(Qt::PlainText);
    m_listHeader->setContentsMargins(8, 4, 8, 4);
    m_listHeader->setWordWrap(true); // wraps in a narrow pane: never wider than the list
    m_listHeader->hide();
    m_listEmpty = new EmptyState;
    m_listEmpty->setObjectName(QStringLiteral("listEmptyState"));
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_listView);
    m_listStack->addWidget(m_listEmpty);
    auto* listPane = new QWidget;
    listPane->setObjectName(QStringLiteral("listPane"));
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_listHeader);
    listLayout->addWidget(m_listStack);
    connect(m_articles, &ArticleListModel::pageLoaded, this, &MainWindow::updateListState);

    m_view = new ArticleView;
    FocusFrame::install(m_view);
    m_view->installEventFilter(this);
    connect(m_view, &ArticleView::openExternally, this, &MainWindow::openUrl);
    connect(m_view, &ArticleView::articleRequested, this, [this](qint64 id) { openArticle(id); });
    m_versions = new StoryVersions(m_session->queries(), m_articles, m_listView, m_view);
    connect(delegate, &ArticleDelegate::versionsToggled, m_versions, [this](const QModelIndex& index) {
        m_versions->toggle(index.row());
    });

    m_reading = new QSplitter;
    m_reading->setObjectName(QStringLiteral("readingSplitter"));
    m_reading->addWidget(listPane);
    m_reading->addWidget(m_view);
    m_reading->setStretchFactor(0, 1);
    m_reading->setStretchFactor(1, 2);
    m_reading->setSizes({460, 720});
    m_reading->setChildrenCollapsible(false);
    listPane->setMinimumWidth(240);
    m_view->setMinimumWidth(280);

    // no news at all yet (first run offline, or choosing outlets skipped): what happened, and what to do
    m_welcome = new EmptyState;
    m_welcome->setObjectName(QStringLiteral("welcomeState"));
    if (!m_session->isDemo()) {
        connect(m_welcome->addButton(QStringLiteral("demoButton"), tr("Try the demo")),
                &QPushButton::clicked,
                this,
                &MainWindow::demoRequested);
    }
    // skipped at the first run, the catalogue of Korean outlets had no way back (#14's walk)
    connect(m_welcome->addButton(QStringLiteral("welcomeCatalogueButton"), tr("Choose outlets…")),
            &QPushButton::clicked,
            this,
            &MainWindow::catalogueRequested);
    connect(m_welcome->addButton(QStringLiteral("welcomeAddFeedButton"), tr("Add feed…")),
            &QPushButton::clicked,
            this,
            &MainWindow::showAddFeed);
    connect(m_welcome->addButton(QStringLiteral("welcomeImportOpmlButton"), tr("Import OPML…")),
            &QPushButton::clicked,
            this,
            &MainWindow::importOpml);
    if (m_session->accounts()) {
        // the news may live on a sync server already (#16)
        connect(m_welcome->addButton(QStringLiteral("welcomeAccountButton"), tr("Connect a sync account…")),
                &QPushButton::clicked,
                this,
                &MainWindow::showAccountSettings);
    }

    // 홈: the front page (#14)
    m_front = new FrontPage;
    m_front->installEventFilter(this); // J, K, N: from 홈 into the list (eventFilter)
    connect(m_front, &FrontPage::articleRequested, this, [this](qint64 id, const QString& section) {
        openArticle(id, section);
    });
    m_frontPageAction = new QAction(Icons::icon(Icons::Kind::Home), tr("Front page"), this);
    m_frontPageAction->setObjectName(QStringLiteral("frontPageAction"));
    m_frontPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_frontPageAction->setToolTip(tr("Front page: the leading stories, each section, the most read (Ctrl+H)"));
    connect(m_frontPageAction, &QAction::triggered, this, &MainWindow::showFrontPage);
    addAction(m_frontPageAction);

    m_content = new QStackedWidget;
    m_content->setObjectName(QStringLiteral("contentStack"));
    m_content->addWidget(m_reading);
    m_content->addWidget(m_welcome);
    m_content->addWidget(m_front);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navView);
    m_splitter->addWidget(m_content);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1200});
    m_splitter->setChildrenCollapsible(false);
    m_navView->setMinimumWidth(110); // the first show fits it to the window (fitPanesToWindow)
    setCentralWidget(m_splitter);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_navigationFitted = false; });
    const auto refitLater = [this] { QTimer::singleShot(0, this, &MainWindow::refitNavigation); };
    connect(m_navView->model(), &QAbstractItemModel::rowsInserted, this, refitLater);
    connect(m_navView->model(), &QAbstractItemModel::modelReset, this, refitLater);
    connect(m_navView, &QTreeView::expanded, this, refitLater);

    m_ranking = new RankingDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_ranking);
    connect(m_ranking,
            &RankingDock::articleRequested,
            this,
            [this](qint64 id, const QString& link, const QString& section) {
                if (id > 0 && section.isEmpty()) {
                    openArticleIn(id, ArticleFilter{ArticleFilter::Kind::All, {}, 0}); // 전체's ranking: in 전체
                } else if (id > 0) {
                    openArticle(id, section);
                } else if (!link.isEmpty()) {
                    openUrl(QUrl(link));
                }
            });

    m_topics = new TopicDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_topics);
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_ranking), static_cast<QDockWidget*>(m_topics)}) {
        dock->setTitleBarWidget(new DockTitleBar(dock)); // buttons that read on the dark theme too (#14's walk)
    }
    tabifyDockWidget(m_ranking, m_topics); // two tabs in one column; the ranking shows first
    m_ranking->raise();
    connect(m_topics, &TopicDock::articleRequested, this, [this](qint64 id, const QString& section) {
        openArticle(id, section);
    });
    const auto panelsBeside = [this] {
        const auto docked = [](QDockWidget* d) { return d->toggleViewAction()->isChecked() && !d->isFloating(); };
        m_front->setPanelsBeside(docked(m_ranking) || docked(m_topics));
    };
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_ranking), static_cast<QDockWidget*>(m_topics)}) {
        connect(dock->toggleViewAction(), &QAction::toggled, this, panelsBeside);
        connect(dock, &QDockWidget::topLevelChanged, this, panelsBeside);
    }
    panelsBeside();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QMainWindow::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape) {
            leaveSearch();
            m_listView->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_articles->rowCount() > 0) {
            // from the box to its results without the mouse (#14's walk): the first one, or the one chosen
            showReading();
            m_listView->setFocus();
            const QModelIndex current = m_listView->currentIndex();
            m_listView->setCurrentIndex(current.isValid() ? current : m_articles->index(0));
            return true;
        }
        return false;
    }
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        return false;
    }
    if (watched == menuBar()) {
        // a menu closed with Esc leaves the menu bar holding the keyboard (the platforms' way to walk on to the
        // next menu), and J, K, Space… went nowhere until a click (#14's walk). The reading keys are no menu's
        // mnemonic: they leave the menu bar and do what they do in the list.
        static const QList<int> reading{
            Qt::Key_J, Qt::Key_K, Qt::Key_N, Qt::Key_Space, Qt::Key_S, Qt::Key_M, Qt::Key_O, Qt::Key_P, Qt::Key_Slash};
        if (!reading.contains(key->key()) || QApplication::activePopupWidget()) {
            return false;
        }
        QKeyEvent leave(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QCoreApplication::sendEvent(menuBar(), &leave);
        if (!m_listView->hasFocus() && !m_view->hasFocus()) {
            m_listView->setFocus();
        }
    }
    if (watched == m_front) {
        // on 홈, J and N did nothing (#14's walk): they go into the list, to its first (unread) article; the
        // front page keeps its own keys (Tab, Enter, Space, the arrows)
        if (key->key() != Qt::Key_J && key->key() != Qt::Key_K && key->key() != Qt::Key_N) {
            return false;
        }
        showReading();
        m_listView->setFocus();
        if (!m_listView->currentIndex().isValid() && key->key() != Qt::Key_N && m_articles->rowCount() > 0) {
            m_listView->setCurrentIndex(m_articles->index(0));
            return true;
        }
    }
    if (watched == m_navView && key->key() == Qt::Key_Space) {
        return false; // the tree's; its other letters are the reading keys (its type-ahead took J, N, S… and did
                      // nothing, #14's walk)
    }
    if (watched == m_listView && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
        // a story's other versions open under it and close again, as a tree's branches do
        m_versions->setExpanded(m_listView->currentIndex().row(), key->key() == Qt::Key_Right);
        return true;
    }
    switch (key->key()) {
    case Qt::Key_J:
        selectNext(1);
        return true;
    case Qt::Key_K:
        selectNext(-1);
        return true;
    case Qt::Key_N:
        selectNextUnread();
        return true;
    case Qt::Key_Space:
        pageOrNext();
        return true;
    case Qt::Key_S:
        toggleStar();
        return true;
    case Qt::Key_M:
        toggleRead();
        return true;
    case Qt::Key_O:
        openOriginal();
        return true;
    case Qt::Key_P:
        m_offline->toggleSaved();
        return true;
    case Qt::Key_Slash:
        focusSearch();
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    if (m_keepInTray && !m_quitting) {
        // the tray icon is on: closing the window keeps Sosik running there (ReaderApp tells the user once)
        event->ignore();
        hide();
        emit hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::closeForQuit()
{
    m_quitting = true;
    close();
}

void MainWindow::showAddFeed()
{
    auto* dialog = new AddFeedDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refresh()
{
    if (m_session->isOffline()) {
        // no request and no failure: the cache stays as it is (#14, #17)
        m_status->showMessage(m_session->isOfflineByChoice()
                                  ? tr("Offline: nothing was refreshed. Turn off “Work offline” to refresh.")
                                  : tr("No network: nothing was refreshed; the cache is shown as it is."));
        return;
    }
    AccountSync* accounts = m_session->accounts();
    const bool syncing = accounts && !accounts->accounts().isEmpty();
    if (m_feedsKnown && m_feedCount == 0 && !syncing) {
        // "업데이트 완료: 새 기사 0건" with nothing subscribed read as a refresh that found nothing (#14's walk)
        m_status->showMessage(tr("There is no feed to refresh yet: add one (Ctrl+N) or import an OPML file."));
        return;
    }
    m_session->refresh();
    // 새로 고침 is the reader's "get me up to date": sync accounts go with the feeds, failing ones too, and the
    // changes queued here go up (it said "새 기사 0건" while they waited, #16)
    if (syncing) {
        accounts->syncNow();
    }
}

void MainWindow::leaveSearch()
{
    if (!m_search->text().isEmpty()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    if (m_articles->isSearch()) {
        m_listChanged = true;
        m_articles->setFilter(m_navigation->filterAt(m_navView->currentIndex()));
    }
    endSearchMessage();
}

void MainWindow::clearReading()
{
    ++m_articleRequest; // an article still loading does not come after
    m_openedArticle = 0;
    m_view->showPlaceholder(QString());
    m_offline->setCurrentArticle(0, false);
    unmarkOtherStories(0);
    updateStarAction();
}

void MainWindow::runSearch()
{
    if (m_search->text().trimmed().isEmpty()) {
        leaveSearch();
    } else {
        m_listChanged = true;
        m_articles->setSearch(m_search->text());
        m_searchMessage = tr("Search: %1").arg(m_search->text());
        m_status->showMessage(m_searchMessage);
    }
    showReading();
}

void MainWindow::unmarkOtherStories(qint64 shown)
{
    // a ranking or topic row stays highlighted only while its article is the one read: it stayed lit after the
    // list or the front page opened another one (#14 walk)
    for (QListWidget* list : m_ranking->findChildren<QListWidget*>()) {
        const QListWidgetItem* item = list->currentItem();
        if (item && item->data(StoryItemDelegate::ArticleIdRole).toLongLong() != shown) {
            const QSignalBlocker blocker(list);
            list->clearSelection();
            list->setCurrentItem(nullptr);
        }
    }
    QTreeWidget* tree = m_topics->tree();
    if (const QTreeWidgetItem* item = tree->currentItem();
        item && item->data(0, StoryItemDelegate::ArticleIdRole).toLongLong() != shown) {
        const QSignalBlocker blocker(tree);
        tree->clearSelection();
        tree->setCurrentItem(nullptr);
    }
}

void MainWindow::endSearchMessage()
{
    // "검색: …" stayed in the status bar after the search was closed (#14 walk); another message stays
    if (!m_searchMessage.isEmpty() && m_status->message() == m_searchMessage) {
        m_status->showMessage(QString());
    }
    m_searchMessage.clear();
}

void MainWindow::reloadNavigation()
{
    struct Navigation
    {
        UnreadCounts first;
        QList<FeedInfo> second;
        bool hasArticles = true;
    };
    m_session->queries()->run<Navigation>(
        this,
        [](ArticleQueries& q) {
            auto counts = q.unreadCounts();
            auto feeds = q.feeds();
            const auto one = q.page(ArticleFilter(), {}, 1); // anything to read at all? (one indexed row)
            return Navigation{
                std::holds_alternative<UnreadCounts>(counts) ? std::get<UnreadCounts>(counts) : UnreadCounts(),
                std::holds_alternative<QList<FeedInfo>>(feeds) ? std::get<QList<FeedInfo>>(feeds) : QList<FeedInfo>(),
                !std::holds_alternative<ArticlePage>(one) || !std::get<ArticlePage>(one).rows.isEmpty()};
        },
        [this](Navigation data) {
            m_feedCount = int(data.second.size());
            m_feedsKnown = true;
            m_cacheEmpty = !data.hasArticles;
            updateWelcome();
            const ArticleFilter current = m_restoredSelection ? m_articles->filter() : m_restoreFilter;
            const QSignalBlocker blocker(m_navView->selectionModel());
            m_contextMenus->setFeeds(data.second);
            // the outlets the reader opened stay open: the model is rebuilt on every read mark, and opening an
            // article folded the tree back up (#16 walk)
            QList<ArticleFilter> expanded;
            const std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
                for (int row = 0; row < m_navigation->rowCount(parent); ++row) {
                    const QModelIndex child = m_navigation->index(row, 0, parent);
                    if (m_navView->isExpanded(child)) {
                        expanded.append(m_navigation->filterAt(child));
                        collect(child);
                    }
                }
            };
            collect({});
            m_navigation->update(data.first, data.second);
            emit unreadChanged(data.first.all);
            m_navView->expandToDepth(0);
            for (const ArticleFilter& filter : std::as_const(expanded)) {
                if (const QModelIndex again = m_navigation->indexFor(filter); again.isValid()) {
                    m_navView->expand(again);
                }
            }
            const QModelIndex index = m_navigation->indexFor(current);
            m_navView->setCurrentIndex(index.isValid() ? index : m_navigation->index(0, 0));
            if (isFrontPageShown()) {
                m_navView->selectionModel()->clearSelection(); // 홈: no section is the one shown
            }
            m_restoredSelection = true;
        });
}

void MainWindow::updateListState()
{
    // search results: how many, or why there are none; an empty section: why it is empty (#14)
    const int rows = m_articles->rowCount();
    if (m_articles->isSearch()) {
        const QString query = m_articles->search();
        m_listHeader->setText(tr("%n result(s) for “%1”", nullptr, rows).arg(query));
        m_listHeader->setToolTip(tr("Esc returns to the list"));
        m_listHeader->setVisible(true);
        if (rows == 0) {
            // the example on a line of its own, never broken inside ("반도체수출 →" / "반도체 수출)" at 1024 px,
            // #14's walk)
            const QString example
                = tr("For example, %1 finds %2.").arg(QStringLiteral("반도체수출"), QStringLiteral("반도체 수출"));
            m_listEmpty->setMessage(tr("No results for “%1”").arg(query),
                                    tr("Check the spelling, or try other or fewer words. Search looks through the "
                                       "articles stored on this computer; words written together find them "
                                       "written apart too.")
                                        + QStringLiteral("\n\n") + QString(example).replace(u' ', QChar(0x00A0)));
        }
    } else {
        m_listHeader->setVisible(false);
        if (rows == 0) {
            const ArticleFilter f = m_articles->filter();
            m_listEmpty->setMessage(
                f.kind == ArticleFilter::Kind::Starred     ? tr("Nothing scrapped yet")
                    : f.kind == ArticleFilter::Kind::Saved ? tr("Nothing saved for offline reading yet")
                                                           : tr("No articles here yet"),
                f.kind == ArticleFilter::Kind::Starred ? tr("Press S on an article to keep it in the scrapbook.")
                    : f.kind == ArticleFilter::Kind::Saved
                    ? tr("Press P on an article to keep it, with its photos, for reading offline.")
                    : tr("New articles appear here after the next refresh (F5)."));
        }
    }
    m_listStack->setCurrentWidget(rows == 0 ? static_cast<QWidget*>(m_listEmpty) : m_listView);
}

void MainWindow::importOpml()
{
    m_menus->opmlTransfer()->importAction()->trigger(); // the file chooser, then the preview (#15)
}

void MainWindow::onSectionChanged()
{
    if (!m_search->text().isEmpty()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        endSearchMessage();
    }
    const ArticleFilter f = m_navigation->filterAt(m_navView->currentIndex());
    if (m_navView->currentIndex().data(NavigationModel::IdRole).toLongLong() < 0) {
        return; // a group heading
    }
    m_listChanged = m_listChanged || !(m_articles->filter() == f) || m_articles->isSearch();
    m_articles->setFilter(f);
    showReading();
    if (f.kind == ArticleFilter::Kind::Section) {
        m_ranking->showSection(f.section); // the panels follow the section being read (#14)
        m_topics->showSection(f.section);
    } else if (f.kind == ArticleFilter::Kind::All) {
        m_ranking->showSection({}); // 전체: the ranking over every section
    }
}

void MainWindow::onArticleChanged()
{
    const QModelIndex current = m_listView->currentIndex();
    const ArticleRow* row = m_articles->rowAt(current.row());
    if (!row) {
        return;
    }
    // only an article the reader chose: the list given focus (Tab, Esc, back from 홈) makes its first row current
    // without selecting it, and that opened it and marked it read, unseen and not even highlighted (#14 walk)
    if (!m_listView->selectionModel()->isSelected(current)) {
        return;
    }
    showReading(); // an article chosen in the list (J/K, a click) is read beside it
    showArticleById(row->id);
    m_offline->setCurrentArticle(row->id, row->saved);
    updateStarAction();
    if (!row->read) {
        setStatus({row->id}, StatusField::Read, true);
    }
}

void MainWindow::showArticleById(qint64 id)
{
    const quint64 request = ++m_articleRequest;
    m_openedArticle = id;
    const int width = m_view->imageWidth();
    const qreal dpr = m_view->devicePixelRatioF();
    struct Loaded
    {
        Result<ArticleDetail> detail;
        QHash<QString, QImage> images;
        QString html;
    };
    m_session->queries()->run<std::shared_ptr<Loaded>>(
        this,
        [id, width, dpr](ArticleQueries& q) {
            // the article is read, its images decoded and its HTML rendered on the reader thread
            auto loaded = std::make_shared<Loaded>(Loaded{q.article(id), {}, {}});
            if (const auto* d = std::get_if<ArticleDetail>(&loaded->detail)) {
                loaded->images = ArticleView::decodeImages(*d, width, dpr);
                loaded->html = ArticleView::render(*d, loaded->images, width);
            }
            return loaded;
        },
        [this, request](std::shared_ptr<Loaded> loaded) {
            if (request != m_articleRequest) {
                return; // the reader moved on
            }
            if (const auto* detail = std::get_if<ArticleDetail>(&loaded->detail)) {
                m_view->showArticle(*detail, loaded->images, loaded->html);
                unmarkOtherStories(detail->row.id);
                emit articleShown(detail->row.id);
                m_versions->load(detail->row.id);
            } else {
                m_view->showPlaceholder(tr("This article is no longer in the cache."));
            }
        });
}

void MainWindow::setStatus(const QList<qint64>& ids, StatusField field, bool value)
{
    for (qint64 id : ids) {
        m_articles->setStatus(id, field, value);
    }
    m_session->cache()->setStatus(ids, field, value);
    updateStarAction();
}

void MainWindow::updateStarAction()
{
    if (!m_menus || !m_menus->starAction()) {
        return;
    }
    // the row being read: a current row the list gave itself (Tab, a reload) is no chosen article, and the
    // button showed its star with no article open (#14's walk)
    const QModelIndex current = m_listView->currentIndex();
    const ArticleRow* row
        = m_listView->selectionModel()->isSelected(current) ? m_articles->rowAt(current.row()) : nullptr;
    m_menus->starAction()->setChecked(row && row->starred);
}
