// MainWindow's panels and what fills the content area: the ranking and topic docks, the front page (홈) and the
// welcome state of a window with no news yet (#12: the window split by what it does).

#include "MainWindow.h"
#include "model/Ranking.h"
#include "query/Rankings.h"
#include "refresh/RefreshEngine.h"
#include "session/Session.h"
#include "sources/SourceCatalog.h"
#include "store/QueryRunner.h"
#include "views/EmptyState.h"
#include "views/FrontPage.h"
#include "views/RankingDock.h"
#include "views/TopicDock.h"

#include <QAction>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>

using namespace news;

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
        [](ArticleQueries& q) {
            // "" first: 전체, the ranking over every section (#14)
            const auto lists = rankings(q,
                                        QStringList{QStringLiteral("")} + canonicalSections(),
                                        {QStringLiteral("today"), QStringLiteral("week")},
                                        QDateTime::currentSecsSinceEpoch());
            return std::holds_alternative<QList<RankingList>>(lists) ? std::get<QList<RankingList>>(lists)
                                                                     : QList<RankingList>();
        },
        [this](QList<RankingList> rankings) {
            m_ranking->setRankings(rankings);
            m_front->setRankings(rankings);
        });
    m_session->analysis()->run<QList<RankingList>>(
        this,
        [](ArticleQueries& q) {
            const auto lists = topics(q, canonicalSections(), 7, QDateTime::currentSecsSinceEpoch(), 3);
            return std::holds_alternative<QList<RankingList>>(lists) ? std::get<QList<RankingList>>(lists)
                                                                     : QList<RankingList>();
        },
        [this](QList<RankingList> topics) {
            m_topics->setTopics(topics);
            loadFrontPage(topics);
            m_rankingsBusy = false;
            if (m_rankingsDirty) {
                reloadRankings();
            }
        });
}

void MainWindow::showFrontPage()
{
    m_home = true;
    m_ranking->showSection({}); // the front page: the ranking over every section (#14)
    updateContent();
    if (m_content->currentWidget() == m_front) {
        m_front->setFocus();
    }
}

void MainWindow::showReading()
{
    m_home = false;
    updateContent();
}

bool MainWindow::isFrontPageShown() const
{
    return m_content->currentWidget() == m_front;
}

void MainWindow::updateContent()
{
    QWidget* page = m_cacheEmpty ? static_cast<QWidget*>(m_welcome)
        : m_home                 ? static_cast<QWidget*>(m_front)
                                 : m_reading;
    if (m_content->currentWidget() != page) {
        m_content->setCurrentWidget(page);
    }
    m_frontPageAction->setEnabled(!m_cacheEmpty);
    // on 홈 no section is the one shown: the pane kept the last one highlighted (#14's walk). Its current row stays,
    // so that choosing it again brings its list back
    if (QItemSelectionModel* nav = m_navView->selectionModel()) {
        const QModelIndex current = nav->currentIndex();
        if (page == m_front) {
            nav->clearSelection();
        } else if (current.isValid() && !nav->isSelected(current)) {
            nav->select(current, QItemSelectionModel::ClearAndSelect);
        }
    }
}

void MainWindow::updateWelcome()
{
    if (!m_cacheEmpty) {
        updateContent();
        return;
    }
    QString heading;
    QString text;
    if (m_session->isOffline()) {
        heading = tr("No news yet");
        text = m_feedCount == 0
            ? tr("Sosik could not reach the network, so no outlets were set up and nothing was fetched. Look "
                 "around in the demo meanwhile, or add feeds now: they are fetched as soon as the network is back.")
            : tr("You follow %n feed(s), but without a network nothing could be fetched yet. Sosik refreshes "
                 "when the network is back (or press F5).",
                 nullptr,
                 m_feedCount);
    } else if (m_feedCount == 0) {
        heading = tr("You do not follow any outlet yet");
        text = tr("Choosing outlets was skipped. Try the demo, add a feed from any site's address, or import the "
                  "OPML file of another news reader.");
    } else if (m_session->engine()->isRunning()) {
        heading = tr("Fetching the first articles…");
        text = tr("%n feed(s) are being refreshed. The articles appear as they arrive.", nullptr, m_feedCount);
    } else {
        heading = tr("No articles yet");
        text = tr("The feeds you follow have not delivered any article yet. Refresh with F5, or add more feeds.");
    }
    m_welcome->setMessage(heading, text);
    updateContent();
}

void MainWindow::loadFrontPage(const QList<RankingList>& topics)
{
    // the leading stories' photos are read and decoded on the analysis thread, with today's topics
    const qreal dpr = m_front->devicePixelRatioF();
    m_session->analysis()->run<FrontPage::Content>(
        this,
        [topics, dpr](ArticleQueries& q) {
            return FrontPage::load(q, topics, QDateTime::currentSecsSinceEpoch(), dpr);
        },
        [this](FrontPage::Content content) {
            m_front->setContent(content);
            emit frontPageLoaded();
        });
}
