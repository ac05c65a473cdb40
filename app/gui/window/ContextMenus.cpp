#include "ContextMenus.h"

#include "ErrorMessages.h"
#include "MainWindow.h"
#include "OfflineActions.h"
#include "model/Article.h"
#include "model/Refresh.h"
#include "models/NavigationModel.h"
#include "session/Session.h"
#include "subscriptions/SubscriptionDialog.h"
#include "window/MainMenus.h"

#include <QActionGroup>
#include <QListView>
#include <QMenu>
#include <QTreeView>

using namespace news;

ContextMenus::ContextMenus(
    MainWindow* window, QListView* list, QTreeView* navigation, Session* session, OfflineActions* offline)
    : QObject(window)
    , m_window(window)
    , m_list(list)
    , m_navigation(navigation)
    , m_session(session)
    , m_offline(offline)
{
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ContextMenus::showListMenu);
    m_navigation->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigation, &QWidget::customContextMenuRequested, this, &ContextMenus::showNavigationMenu);
}

void ContextMenus::showListMenu(const QPoint& pos)
{
    // what applies to the article under the mouse, and to everything shown
    const QModelIndex index = m_list->indexAt(pos);
    if (index.isValid() && index != m_list->currentIndex()) {
        m_list->setCurrentIndex(index);
    }
    QMenu menu(m_window);
    if (index.isValid()) {
        menu.addAction(tr("Scrap or unscrap (S)"), m_window, &MainWindow::toggleStar);
        menu.addAction(m_offline->saveArticle());
        menu.addAction(tr("Mark read or unread (M)"), m_window, &MainWindow::toggleRead);
        menu.addAction(tr("Open the original (O)"), m_window, &MainWindow::openOriginal);
        menu.addAction(m_offline->exportArticle());
        menu.addSeparator();
    }
    menu.addAction(m_offline->saveShown());
    menu.addAction(m_offline->exportShown());
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ContextMenus::showNavigationMenu(const QPoint& pos)
{
    // a section or feed as a whole
    const QModelIndex index = m_navigation->indexAt(pos);
    if (!index.isValid() || index.data(NavigationModel::IdRole).toLongLong() < 0) {
        return;
    }
    m_navigation->setCurrentIndex(index); // the list shows it; the actions below apply to what it shows
    QMenu menu(m_window);
    menu.addAction(m_offline->saveShown());
    menu.addAction(m_offline->exportShown());
    menu.addAction(tr("Mark all read"), m_window, &MainWindow::markAllRead);
    addFeedHealth(&menu, index);
    addSourceOptions(&menu, index);
    addSubscriptionEdits(&menu, index);
    menu.exec(m_navigation->viewport()->mapToGlobal(pos));
}

void ContextMenus::addFeedHealth(QMenu* menu, const QModelIndex& index)
{
    // a feed: why it fails, since when, the next try, and "지금 다시 시도" past its back-off (#15)
    if (ArticleFilter::Kind(index.data(NavigationModel::FilterKindRole).toInt()) != ArticleFilter::Kind::Feed) {
        return;
    }
    const qint64 id = index.data(NavigationModel::IdRole).toLongLong();
    const auto it = std::find_if(m_feeds.cbegin(), m_feeds.cend(), [id](const FeedInfo& f) { return f.id == id; });
    if (it == m_feeds.cend() || it->kind == QLatin1String("kept")) {
        return; // 구독 취소한 피드의 보관 기사 is never refreshed
    }
    const bool failing = it->lastErrorCode != 0;
    menu->addSeparator();
    if (failing) {
        QAction* reason
            = menu->addAction(ErrorMessages::describeStored(it->lastErrorCode, it->lastStatus, it->lastError));
        reason->setObjectName(QStringLiteral("feedHealthAction"));
        reason->setEnabled(false);
        for (const QString& line : NavigationModel::healthDetails(*it).split(u'\n')) {
            if (line != it->url) {
                menu->addAction(line)->setEnabled(false);
            }
        }
    }
    QAction* retry = menu->addAction(failing ? tr("Try again now") : tr("Refresh this feed now"));
    retry->setObjectName(QStringLiteral("retryFeedAction"));
    retry->setEnabled(!m_session->engine()->isRunning());
    connect(retry, &QAction::triggered, this, [this, id] {
        RefreshScope scope;
        scope.kind = RefreshScope::Kind::Feeds;
        scope.feedIds = {id};
        scope.force = true; // past the back-off and Retry-After's wait
        m_session->refresh(scope);
    });
}

void ContextMenus::addSourceOptions(QMenu* menu, const QModelIndex& index)
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
    if (!feed || feed->kind == QLatin1String("kept")) {
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

void ContextMenus::addSubscriptionEdits(QMenu* menu, const QModelIndex& index)
{
    // an outlet or a feed is renamed, unsubscribed or managed from its own row: it took 도구 ▸ 구독 관리 and a search
    // of its tree (#14's walk). The dialog does it, on that row, so that the question and the undo are its own.
    const auto kind = ArticleFilter::Kind(index.data(NavigationModel::FilterKindRole).toInt());
    if (kind != ArticleFilter::Kind::Source && kind != ArticleFilter::Kind::Feed) {
        return;
    }
    const bool outlet = kind == ArticleFilter::Kind::Source;
    const qint64 id = index.data(NavigationModel::IdRole).toLongLong();
    const auto it = std::find_if(m_feeds.cbegin(), m_feeds.cend(), [outlet, id](const FeedInfo& f) {
        return outlet ? f.sourceId == id : f.id == id;
    });
    if (it == m_feeds.cend() || it->kind == QLatin1String("kept") || it->kind == QLatin1String("ranking")) {
        return; // 구독 취소한 피드의 보관 기사 and Sosik's own ranking are no subscriptions
    }
    const auto manage = [this, outlet, id](std::function<void(SubscriptionDialog*)> then) {
        SubscriptionDialog* dialog = m_window->menus()->showSubscriptions();
        dialog->select(outlet, id, [dialog, then] {
            if (then) {
                then(dialog);
            }
        });
    };
    menu->addSeparator();
    QAction* rename = menu->addAction(tr("Rename…"));
    rename->setObjectName(QStringLiteral("renameSubscriptionAction"));
    connect(rename, &QAction::triggered, this, [manage] { manage([](SubscriptionDialog* d) { d->editName(); }); });
    if (!outlet) {
        QAction* unsubscribe = menu->addAction(tr("Unsubscribe…"));
        unsubscribe->setObjectName(QStringLiteral("unsubscribeAction"));
        connect(unsubscribe, &QAction::triggered, this, [manage] {
            manage([](SubscriptionDialog* d) { d->askUnsubscribe(); });
        });
    }
    QAction* open = menu->addAction(tr("Manage subscriptions…"));
    open->setObjectName(QStringLiteral("manageThisSubscriptionAction"));
    connect(open, &QAction::triggered, this, [manage] { manage({}); });
}
