// MainWindow's reading actions, reachable from the keyboard, the menus and the panels: moving through the list,
// starring and marking, opening the original or another article (#12: the window split by what it does).

#include "MainWindow.h"
#include "model/Article.h"
#include "models/ArticleListModel.h"
#include "models/NavigationModel.h"
#include "session/Session.h"
#include "store/Cache.h"
#include "views/ArticleView.h"
#include "views/FrontPage.h"
#include "window/MainMenus.h"
#include "window/StatusPanel.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeView>
#include <QUrl>

#include <algorithm>
#include <utility>

using namespace news;

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
    m_status->showMessage(tr("No more unread articles here."));
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
        const bool star = !row->starred;
        setStatus({row->id}, StatusField::Starred, star);
        // S changed only the toolbar's star (#14's walk): a word says what happened
        m_status->showMessage(star ? tr("Added to the scrapbook.") : tr("Taken out of the scrapbook."));
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
        openUrl(url);
    } else if (m_view->articleId() > 0) {
        m_status->showMessage(tr("This article has no original address to open."));
    }
}

void MainWindow::openUrl(const QUrl& url)
{
    if (!QDesktopServices::openUrl(url)) {
        // no browser (or mail program) on this system: say so instead of doing nothing (#14)
        m_status->showMessage(url.scheme() == QLatin1String("mailto")
                                  ? tr("No e-mail program could be opened for %1.").arg(url.path())
                                  : tr("No web browser could be opened. The address is %1").arg(url.toString()));
    }
}

void MainWindow::openArticle(qint64 id, const QString& section)
{
    openArticleIn(
        id, section.isEmpty() ? std::nullopt : std::optional(ArticleFilter{ArticleFilter::Kind::Section, section, 0}));
}

void MainWindow::openArticleIn(qint64 id, const std::optional<ArticleFilter>& target)
{
    // from the rankings, the topics or a related article: open it, mark it read, select it in the list (#14)
    showReading();
    // the row in the list shown, when it is the list asked for (or none was): a story from 홈 opens in its own
    // section, and the list behind 홈 (which 홈 may be about to change) is not it (found by a test under load)
    const bool inTarget = !target || (m_articles->filter() == *target && !m_articles->isSearch());
    const int row = inTarget || !m_navigation->indexFor(*target).isValid() ? m_articles->rowOf(id) : -1;
    if (row >= 0) {
        const QModelIndex index = m_articles->index(row);
        const bool already = m_listView->currentIndex() == index;
        m_listView->setCurrentIndex(index); // shows it and marks it read
        m_listView->scrollTo(index);
        if (already && m_view->articleId() != id) {
            // the list's current row already, but not shown (left for 홈): no change to follow, so nothing opened
            // (found by a test under load)
            onArticleChanged();
        }
        return;
    }
    setStatus({id}, StatusField::Read, true);
    // a section's list, or 전체 (from the ranking over every section); none: the article opens on its own
    const QModelIndex nav = target ? m_navigation->indexFor(*target) : QModelIndex();
    if (nav.isValid() && !(m_articles->filter() == *target && !m_articles->isSearch())) {
        // another section: show its list, and select the article once the list holds it (else it opens alone)
        m_pendingArticle = id;
        m_pendingList = *target;
        if (m_navView->currentIndex() == nav) {
            // its section is the one chosen, under a search: no change of section follows, and the story did not
            // open (#14's walk); the search ends and the section's list comes back with it
            leaveSearch();
            if (!(m_articles->filter() == *target)) {
                m_articles->setFilter(*target);
            }
        } else {
            m_navView->setCurrentIndex(nav);
        }
        return;
    }
    m_listView->clearSelection();
    showArticleById(id);
}

void MainWindow::undoMarkAllRead()
{
    const QList<qint64> ids = std::exchange(m_markedAll, {});
    m_menus->undoMarkAllAction()->setEnabled(false);
    if (ids.isEmpty()) {
        return;
    }
    m_session->cache()->setStatus(ids, StatusField::Read, false);
    m_session->cache()->whenWritten(this, [this] {
        m_articles->reload(); // the rows were marked in the store, not one by one in the list
        reloadNavigation();
    });
    m_status->showMessage(tr("%n article(s) marked unread again.", nullptr, int(ids.size())));
}

void MainWindow::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void MainWindow::markAllRead()
{
    // it asks first (once, unless told not to again): one click marked a whole section read, with no way back
    // (#14's walk)
    // on 홈 the list behind it is not in sight: it is 전체 that is marked, and the question says so (it named the
    // section last chosen, #14's walk)
    const bool home = m_home && m_content->currentWidget() == m_front;
    const ArticleFilter all{ArticleFilter::Kind::All, {}, 0};
    int unread = 0;
    for (int i = 0; !home && i < m_articles->rowCount(); ++i) {
        unread += m_articles->rowAt(i)->read ? 0 : 1;
    }
    const QModelIndex section = home ? m_navigation->indexFor(all) : m_navView->currentIndex();
    const bool named = section.isValid() && (home || !m_articles->isSearch());
    if (named) {
        unread = std::max(unread, section.data(NavigationModel::UnreadRole).toInt());
    }
    if (unread == 0) {
        m_status->showMessage(tr("Nothing here is unread."));
        return;
    }
    const ArticleFilter filter = home ? all : m_articles->filter();
    const QString where = named ? section.data(NavigationModel::TitleRole).toString() : tr("the list");
    const auto mark = [this, filter, where] {
        m_markAllWhere = where; // the message, with its undo, follows the write
        m_session->cache()->markAllRead(filter);
    };
    if (!QSettings().value(QStringLiteral("ui/confirmMarkAllRead"), true).toBool()) {
        mark();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Mark all read"),
                                tr("Mark the %n unread article(s) in %1 as read?", nullptr, unread).arg(where),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("markAllReadQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("Mark &read"), QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    box->setCheckBox(new QCheckBox(tr("Do not ask again")));
    connect(box, &QMessageBox::buttonClicked, this, [box, yes, mark](QAbstractButton* clicked) {
        if (clicked == yes) {
            if (box->checkBox()->isChecked()) {
                QSettings().setValue(QStringLiteral("ui/confirmMarkAllRead"), false);
            }
            mark();
        }
        box->close();
    });
    box->open(); // window-modal, and the event loop goes on
}
