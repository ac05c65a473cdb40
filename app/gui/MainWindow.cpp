#include "MainWindow.h"

#include "OfflineActions.h"
#include "Session.h"
#include "dialogs/AddFeedDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/ArticleListModel.h"
#include "models/NavigationModel.h"
#include "settings/AppSettings.h"
#include "sources/SourceCatalog.h"
#include "store/Cache.h"
#include "store/QueryRunner.h"
#include "views/ArticleDelegate.h"
#include "views/ArticleView.h"
#include "views/RankingDock.h"
#include "views/TopicDock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace news;

namespace
{

// Publisher rankings where outlets publish them; Sosik's own (today's stories across outlets) elsewhere.
QList<RankingList> allRankings(ArticleQueries& q, qint64 now)
{
    auto published = q.publisherRankings();
    QList<RankingList> lists = std::holds_alternative<QList<RankingList>>(published)
        ? std::get<QList<RankingList>>(published)
        : QList<RankingList>();
    QSet<QString> covered;
    for (const RankingList& l : lists) {
        covered.insert(l.section);
    }
    for (const QString& section : canonicalSections()) {
        if (q.isCancelled()) {
            break;
        }
        if (covered.contains(section)) {
            continue;
        }
        // Sosik's own, for today and for the week (stories carried by many outlets, fresher first)
        for (const auto& [period, days] : {std::pair{"today", 1}, std::pair{"week", 7}}) {
            auto own = q.ownRanking(section, now - days * 86400, now);
            if (auto* list = std::get_if<RankingList>(&own); list && !list->items.isEmpty()) {
                list->period = QString::fromLatin1(period);
                lists.append(*list);
            }
        }
    }
    return lists;
}

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
    resize(1400, 860);
    buildUi();
    m_offline = new OfflineActions(session, m_articles, this);
    connect(m_offline, &OfflineActions::message, m_statusText, &QLabel::setText);
    buildActions();
    buildContextMenus();
    restoreLayout();

    connect(m_session, &Session::ready, this, &MainWindow::onSessionReady);
    if (m_session->isReady()) {
        onSessionReady(); // a rebuilt window (new language) joins a running session
    }
    connect(m_session, &Session::failed, this, [this](const QString& detail) {
        m_statusText->setText(tr("The cache could not be opened: %1").arg(detail));
    });
    connect(m_session, &Session::refreshStarted, this, [this](int feeds) {
        m_progress->setRange(0, std::max(1, feeds));
        m_progress->setValue(0);
        m_progress->setVisible(feeds > 0);
        m_statusText->setText(tr("Refreshing %n feed(s)…", nullptr, feeds));
    });
    connect(m_session, &Session::refreshProgress, this, [this](const RefreshProgress& p) {
        m_progress->setValue(p.feedsDone);
        m_statusText->setText(tr("Refreshing: %1 of %2 feeds, %n new article(s)", nullptr, p.newItems)
                                  .arg(p.feedsDone)
                                  .arg(p.feedsTotal));
    });
    connect(m_session, &Session::refreshFinished, this, [this](const RefreshSummary& s) {
        m_progress->setVisible(false);
        QString text = tr("Updated: %n new article(s)", nullptr, s.progress.newItems);
        if (s.progress.feedsFailed > 0) {
            text += QStringLiteral(" · ") + tr("%n feed(s) could not be refreshed", nullptr, s.progress.feedsFailed);
        }
        m_statusText->setText(text);
    });
    connect(m_session, &Session::sourceOptionsChanged, this, &MainWindow::reloadNavigation);
    connect(m_session, &Session::contentChanged, this, [this] {
        reloadNavigation();
        reloadRankings();
        m_articles->reload();
    });
    // after a real reset (new articles arrived), keep the article being read selected
    connect(m_articles, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_articles->rowOf(m_view->articleId());
        if (row >= 0) {
            const QSignalBlocker blocker(m_listView->selectionModel());
            m_listView->setCurrentIndex(m_articles->index(row));
        }
    });
    connect(m_session, &Session::offlineChanged, this, [this](bool offline) {
        m_offlineLabel->setVisible(offline);
        m_offlineLabel->setText(m_session->isOfflineByChoice() ? tr("Offline") : tr("No network"));
    });
    connect(m_session->cache(), &Cache::statusWritten, this, [this] { reloadNavigation(); });
    connect(m_session->cache(), &Cache::allMarkedRead, this, [this] {
        reloadNavigation();
        m_articles->reload();
    });
    m_offlineLabel->setVisible(m_session->isOffline());

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

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_navView = new QTreeView;
    m_navView->setObjectName(QStringLiteral("navigationView"));
    m_navView->setAccessibleName(tr("Sections and feeds"));
    m_navView->setModel(m_navigation);
    m_navView->setHeaderHidden(true);
    m_navView->setUniformRowHeights(true);
    m_navView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_navView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSectionChanged);

    m_listView = new QListView;
    m_listView->setObjectName(QStringLiteral("articleListView"));
    m_listView->setAccessibleName(tr("Articles"));
    m_listView->setModel(m_articles);
    m_listView->setItemDelegate(new ArticleDelegate(m_listView));
    m_listView->setUniformItemSizes(true);
    m_listView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->installEventFilter(this);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onArticleChanged);

    m_view = new ArticleView;
    m_view->installEventFilter(this);
    connect(m_view, &ArticleView::openExternally, this, [](const QUrl& url) { QDesktopServices::openUrl(url); });

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navView);
    m_splitter->addWidget(m_listView);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({220, 460, 720});
    setCentralWidget(m_splitter);

    m_ranking = new RankingDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_ranking);
    connect(m_ranking, &RankingDock::articleRequested, this, [this](qint64 id, const QString& link) {
        if (id > 0) {
            showArticleById(id);
        } else if (!link.isEmpty()) {
            QDesktopServices::openUrl(QUrl(link));
        }
    });

    m_topics = new TopicDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_topics);
    tabifyDockWidget(m_ranking, m_topics); // two tabs in one column; the ranking shows first
    m_ranking->raise();
    connect(m_topics, &TopicDock::articleRequested, this, &MainWindow::showArticleById);

    m_statusText = new QLabel;
    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_offlineLabel = new QLabel(tr("Offline"));
    m_offlineLabel->setObjectName(QStringLiteral("offlineLabel"));
    m_offlineLabel->setToolTip(tr("Sosik makes no network request; everything shown comes from the cache."));
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_offlineLabel);
}

void MainWindow::buildActions()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    auto* refresh = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Refresh all feeds (F5)"));
    connect(refresh, &QAction::triggered, this, [this] { m_session->refresh(); });
    auto* addFeed = bar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add feed"));
    addFeed->setObjectName(QStringLiteral("addFeedAction"));
    addFeed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    addFeed->setToolTip(tr("Add a feed from any site's address (Ctrl+N)"));
    connect(addFeed, &QAction::triggered, this, [this] {
        auto* dialog = new AddFeedDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* markAll = bar->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Mark all read"));
    markAll->setObjectName(QStringLiteral("markAllReadAction"));
    connect(markAll, &QAction::triggered, this, &MainWindow::markAllRead);
    auto* star = bar->addAction(tr("★ Scrap"));
    star->setObjectName(QStringLiteral("starAction"));
    star->setToolTip(tr("Add to or remove from the scrapbook (S)"));
    connect(star, &QAction::triggered, this, &MainWindow::toggleStar);
    bar->addAction(m_offline->saveArticle());
    auto* offline = bar->addAction(tr("Offline"));
    offline->setObjectName(QStringLiteral("offlineAction"));
    offline->setCheckable(true);
    offline->setChecked(m_session->isOfflineByChoice());
    offline->setToolTip(tr("Work offline: no network request at all"));
    connect(offline, &QAction::toggled, m_session, &Session::setOffline);
    auto* settings = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Settings"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setToolTip(tr("Settings (Ctrl+,)"));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    addAction(settings);
    auto* about = new QAction(tr("About Sosik"), this);
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this,
            tr("About Sosik"),
            tr("<h3>Sosik %1</h3><p>A Korean news reader for Koreans abroad.</p>"
               "<p>Sosik is free software under the MIT licence.</p>"
               "<p>It uses Qt %2 under the GNU Lesser General Public License v3 (qt.io), SQLite (public "
               "domain) and gumbo, Google's HTML5 parser, under the Apache License 2.0. Encoding tables and HTML "
               "entity names come from the Unicode and WHATWG mapping data.</p>")
                .arg(QStringLiteral(SOSIK_VERSION), QString::fromLatin1(qVersion())));
    });
    addAction(about);
    bar->addSeparator();
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search articles (/)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_search->installEventFilter(this);
    bar->addWidget(m_search);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    // closed docks come back from here (and from the toolbar's context menu)
    auto* panels = new QToolButton;
    panels->setObjectName(QStringLiteral("panelsButton"));
    panels->setText(tr("Panels"));
    panels->setAccessibleName(tr("Show or hide panels"));
    panels->setPopupMode(QToolButton::InstantPopup);
    auto* panelMenu = new QMenu(panels);
    panelMenu->addAction(m_ranking->toggleViewAction());
    panelMenu->addAction(m_topics->toggleViewAction());
    panels->setMenu(panelMenu);
    bar->addWidget(panels);
    bar->addAction(settings);
    bar->addAction(about);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_search->text().trimmed().isEmpty()) {
            m_articles->setFilter(m_navigation->filterAt(m_navView->currentIndex()));
        } else {
            m_articles->setSearch(m_search->text());
            m_statusText->setText(tr("Search: %1").arg(m_search->text()));
        }
    });
    auto addKey = [this](const QKeySequence& key, auto slot) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    addKey(QKeySequence(Qt::Key_Slash), &MainWindow::focusSearch);
    addKey(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { m_view->zoom(1); });
    addKey(QKeySequence(Qt::CTRL | Qt::Key_Plus), [this] { m_view->zoom(1); });
    addKey(QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { m_view->zoom(-1); });
    addKey(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->resetZoom(); });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QMainWindow::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape) {
            m_search->clear();
            m_articles->setFilter(m_navigation->filterAt(m_navView->currentIndex()));
            m_listView->setFocus();
            return true;
        }
        return false;
    }
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        return false;
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

void MainWindow::buildContextMenus()
{
    // the list: what applies to the article under the mouse, and to everything shown
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_listView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_listView->indexAt(pos);
        if (index.isValid() && index != m_listView->currentIndex()) {
            m_listView->setCurrentIndex(index);
        }
        QMenu menu(this);
        if (index.isValid()) {
            menu.addAction(tr("Scrap or unscrap (S)"), this, &MainWindow::toggleStar);
            menu.addAction(m_offline->saveArticle());
            menu.addAction(tr("Mark read or unread (M)"), this, &MainWindow::toggleRead);
            menu.addAction(tr("Open the original (O)"), this, &MainWindow::openOriginal);
            menu.addAction(m_offline->exportArticle());
            menu.addSeparator();
        }
        menu.addAction(m_offline->saveShown());
        menu.addAction(m_offline->exportShown());
        menu.exec(m_listView->viewport()->mapToGlobal(pos));
    });
    // the navigation pane: a section or feed as a whole
    m_navView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_navView->indexAt(pos);
        if (!index.isValid() || index.data(NavigationModel::IdRole).toLongLong() < 0) {
            return;
        }
        m_navView->setCurrentIndex(index); // the list shows it; the actions below apply to what it shows
        QMenu menu(this);
        menu.addAction(m_offline->saveShown());
        menu.addAction(m_offline->exportShown());
        menu.addAction(tr("Mark all read"), this, &MainWindow::markAllRead);
        addSourceOptions(&menu, index);
        menu.exec(m_navView->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::addSourceOptions(QMenu* menu, const QModelIndex& index)
{
    // an outlet or one of its feeds: the outlet's switches for images and full text
    const auto kind = ArticleFilter::Kind(index.data(NavigationModel::FilterKindRole).toInt());
    const qint64 id = index.data(NavigationModel::IdRole).toLongLong();
    const FeedInfo* feed = nullptr;
    for (const FeedInfo& f : m_feeds) {
        if ((kind == ArticleFilter::Kind::Source && f.sourceId == id)
            || (kind == ArticleFilter::Kind::Feed && f.id == id)) {
            feed = &f;
            break;
        }
    }
    if (!feed) {
        return;
    }
    const qint64 sourceId = feed->sourceId;
    const bool images = feed->sourceImages;
    const QString fullText = feed->sourceFullText;
    menu->addSeparator();
    QAction* store = menu->addAction(tr("Store images of %1").arg(feed->sourceName));
    store->setObjectName(QStringLiteral("sourceImagesAction"));
    store->setCheckable(true);
    store->setChecked(images);
    connect(store, &QAction::toggled, this, [this, sourceId, fullText](bool on) {
        m_session->setSourceOptions(sourceId, on, fullText);
    });
    QMenu* full = menu->addMenu(tr("Full text of %1").arg(feed->sourceName));
    full->setObjectName(QStringLiteral("sourceFullTextMenu"));
    const QList<QPair<QString, QString>> choices = {
        {QStringLiteral("auto"), tr("When the feed gives only a summary")},
        {QStringLiteral("always"), tr("Always fetch the article page")},
        {QStringLiteral("never"), tr("Never (the feed's text only)")},
    };
    auto* group = new QActionGroup(full);
    for (const auto& [value, label] : choices) {
        QAction* a = full->addAction(label);
        a->setCheckable(true);
        a->setChecked(value == fullText);
        a->setData(value);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, sourceId, images, value = value] {
            m_session->setSourceOptions(sourceId, images, value);
        });
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_restoreFilter.kind = ArticleFilter::Kind(settings.value(QStringLiteral("window/filterKind"), 0).toInt());
    m_restoreFilter.section = settings.value(QStringLiteral("window/filterSection")).toString();
    m_restoreFilter.id = settings.value(QStringLiteral("window/filterId")).toLongLong();
    const QString start = m_settings->startSection(); // a fixed start-up section wins over the last one
    if (start == QLatin1String("all")) {
        m_restoreFilter = ArticleFilter();
    } else if (!start.isEmpty()) {
        m_restoreFilter = ArticleFilter{ArticleFilter::Kind::Section, start, 0};
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    const ArticleFilter f = m_articles->filter();
    settings.setValue(QStringLiteral("window/filterKind"), int(f.kind));
    settings.setValue(QStringLiteral("window/filterSection"), f.section);
    settings.setValue(QStringLiteral("window/filterId"), f.id);
}

void MainWindow::reloadNavigation()
{
    m_session->queries()->run<QPair<UnreadCounts, QList<FeedInfo>>>(
        this,
        [](ArticleQueries& q) {
            auto counts = q.unreadCounts();
            auto feeds = q.feeds();
            return qMakePair(
                std::holds_alternative<UnreadCounts>(counts) ? std::get<UnreadCounts>(counts) : UnreadCounts(),
                std::holds_alternative<QList<FeedInfo>>(feeds) ? std::get<QList<FeedInfo>>(feeds) : QList<FeedInfo>());
        },
        [this](QPair<UnreadCounts, QList<FeedInfo>> data) {
            const ArticleFilter current = m_restoredSelection ? m_articles->filter() : m_restoreFilter;
            const QSignalBlocker blocker(m_navView->selectionModel());
            m_feeds = data.second;
            m_navigation->update(data.first, data.second);
            emit unreadChanged(data.first.all);
            m_navView->expandToDepth(0);
            const QModelIndex index = m_navigation->indexFor(current);
            m_navView->setCurrentIndex(index.isValid() ? index : m_navigation->index(0, 0));
            m_restoredSelection = true;
        });
}

void MainWindow::reloadRankings()
{
    // aggregate work over the whole cache: one run at a time, and a burst of changes coalesces into one rerun
    if (m_rankingsBusy) {
        m_rankingsDirty = true;
        return;
    }
    m_rankingsBusy = true;
    m_rankingsDirty = false;
    // the ranking panel first, then the topics: two jobs, so the one the reader sees first arrives first
    m_session->analysis()->run<QList<RankingList>>(
        this,
        [](ArticleQueries& q) { return allRankings(q, QDateTime::currentSecsSinceEpoch()); },
        [this](QList<RankingList> rankings) { m_ranking->setRankings(rankings); });
    m_session->analysis()->run<QList<RankingList>>(
        this,
        [](ArticleQueries& q) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QList<RankingList> topics;
            for (const QString& section : canonicalSections()) {
                if (q.isCancelled()) {
                    break;
                }
                auto r = q.ownRanking(section, now - 7 * 86400, now, 3);
                if (const auto* list = std::get_if<RankingList>(&r); list && !list->items.isEmpty()) {
                    topics.append(*list);
                }
            }
            return topics;
        },
        [this](QList<RankingList> topics) {
            m_topics->setTopics(topics);
            m_rankingsBusy = false;
            if (m_rankingsDirty) {
                reloadRankings();
            }
        });
}

void MainWindow::onSectionChanged()
{
    if (!m_search->text().isEmpty()) {
        m_search->clear();
    }
    const ArticleFilter f = m_navigation->filterAt(m_navView->currentIndex());
    if (m_navView->currentIndex().data(NavigationModel::IdRole).toLongLong() < 0) {
        return; // a group heading
    }
    m_articles->setFilter(f);
}

void MainWindow::onArticleChanged()
{
    const ArticleRow* row = m_articles->rowAt(m_listView->currentIndex().row());
    if (!row) {
        return;
    }
    showArticleById(row->id);
    m_offline->setCurrentArticle(row->id, row->saved);
    if (!row->read) {
        setStatus({row->id}, StatusField::Read, true);
    }
}

void MainWindow::showArticleById(qint64 id)
{
    const quint64 request = ++m_articleRequest;
    const int width = m_view->imageWidth();
    const qreal dpr = m_view->devicePixelRatioF();
    using Loaded = QPair<Result<ArticleDetail>, QHash<QString, QImage>>;
    m_session->queries()->run<Loaded>(
        this,
        [id, width, dpr](ArticleQueries& q) {
            // the article and its images are read and decoded on the reader thread
            Result<ArticleDetail> detail = q.article(id);
            QHash<QString, QImage> images;
            if (const auto* d = std::get_if<ArticleDetail>(&detail)) {
                images = ArticleView::decodeImages(*d, width, dpr);
            }
            return Loaded(std::move(detail), std::move(images));
        },
        [this, request](Loaded loaded) {
            if (request != m_articleRequest) {
                return; // the reader moved on
            }
            if (const auto* detail = std::get_if<ArticleDetail>(&loaded.first)) {
                m_view->showArticle(*detail, loaded.second);
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
}

void MainWindow::selectNext(int step)
{
    const int rows = m_articles->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() : -1;
    const int next = std::clamp(current + step, 0, rows - 1);
    m_listView->setCurrentIndex(m_articles->index(next));
    m_listView->scrollTo(m_articles->index(next));
    if (next >= rows - 5 && m_articles->canFetchMore({})) {
        m_articles->fetchMore({});
    }
}

void MainWindow::selectNextUnread()
{
    const int rows = m_articles->rowCount();
    const int current = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() : -1;
    for (int i = current + 1; i < rows; ++i) {
        if (!m_articles->rowAt(i)->read) {
            m_listView->setCurrentIndex(m_articles->index(i));
            m_listView->scrollTo(m_articles->index(i));
            return;
        }
    }
    m_statusText->setText(tr("No more unread articles here."));
}

void MainWindow::pageOrNext()
{
    QScrollBar* bar = m_view->verticalScrollBar();
    if (bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + bar->pageStep());
    } else {
        selectNext(1);
    }
}

void MainWindow::toggleStar()
{
    if (const ArticleRow* row = m_articles->rowAt(m_listView->currentIndex().row())) {
        setStatus({row->id}, StatusField::Starred, !row->starred);
    }
}

void MainWindow::toggleRead()
{
    if (const ArticleRow* row = m_articles->rowAt(m_listView->currentIndex().row())) {
        setStatus({row->id}, StatusField::Read, !row->read);
    }
}

void MainWindow::openOriginal()
{
    const QUrl url(m_view->originalLink());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
    }
}

void MainWindow::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void MainWindow::markAllRead()
{
    m_session->cache()->markAllRead(m_articles->filter());
}
