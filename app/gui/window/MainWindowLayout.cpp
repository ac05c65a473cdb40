// MainWindow's layout kept across runs and rebuilds: geometry, docks and splitters in the settings, and the
// view state a window rebuilt for a new interface language takes over (#12: the window split by what it does).

#include "MainWindow.h"
#include "model/Article.h"
#include "models/ArticleListModel.h"
#include "models/NavigationModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "sources/SourceCatalog.h"
#include "views/ArticleView.h"
#include "views/RankingDock.h"

#include <QLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>

#include <cstdlib>
#include <functional>

using namespace news;

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const bool docks = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const bool panes = m_splitter->restoreState(settings.value(QStringLiteral("window/panes")).toByteArray());
    const bool reading = m_reading->restoreState(settings.value(QStringLiteral("window/reading")).toByteArray());
    m_panesRestored = docks && panes && reading;
    m_savedLayoutWidth = settings.value(QStringLiteral("window/width"), 0).toInt();
    m_restoreFilter.kind = ArticleFilter::Kind(settings.value(QStringLiteral("window/filterKind"), 0).toInt());
    m_restoreFilter.section = settings.value(QStringLiteral("window/filterSection")).toString();
    m_restoreFilter.id = settings.value(QStringLiteral("window/filterId")).toLongLong();
    const QString start = m_settings->startSection(); // a fixed start-up section wins over the last one
    m_home = start == QLatin1String("home"); // the front page, with the last section's list behind it
    if (start == QLatin1String("all")) {
        m_restoreFilter = ArticleFilter();
    } else if (!start.isEmpty() && !m_home) {
        m_restoreFilter = ArticleFilter{ArticleFilter::Kind::Section, start, 0};
    }
    updateContent();
}

MainWindow::ViewState MainWindow::viewState() const
{
    ViewState v;
    v.filter = m_articles->filter();
    v.search = m_articles->isSearch() ? m_articles->search() : QString();
    v.articleId = m_view->articleId();
    v.geometry = isMaximized() ? normalGeometry() : geometry();
    v.maximized = isMaximized();
    v.state = saveState();
    v.splitter = m_splitter->saveState();
    v.reading = m_reading->saveState();
    v.home = isFrontPageShown();
    v.rankingSection = m_ranking->currentSection();
    return v;
}

void MainWindow::restoreViewState(const ViewState& v)
{
    // the very geometry, not restoreGeometry(): that one moved a rebuilt window by its frame (#14)
    setGeometry(v.geometry);
    if (v.maximized) {
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(v.state);
    m_splitter->restoreState(v.splitter);
    m_reading->restoreState(v.reading);
    m_panesRestored = true;
    m_home = v.home;
    m_ranking->showSection(v.rankingSection);
    updateContent();
    m_restoreFilter = v.filter;
    m_pendingArticle = v.articleId;
    m_pendingList.reset();
    if (!v.search.isEmpty()) {
        m_search->setText(v.search);
        m_articles->setSearch(v.search);
    } else {
        m_articles->setFilter(v.filter);
    }
    if (m_session->isReady()) {
        reloadNavigation();
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_panesFitted) {
        m_panesFitted = true;
        // pane sizes kept from a window of another width (1366 px, now on a 1024 px screen) left the article
        // view 290 px wide: they are shared out again (#14 walk)
        const bool otherWidth
            = m_savedLayoutWidth > 0 && std::abs(width() - m_savedLayoutWidth) > m_savedLayoutWidth / 8;
        if (!m_panesRestored || otherWidth) {
            fitPanesToWindow();
        }
    }
}

// Fixed first sizes left a 1024 px window with the navigation pane as wide as the article list, and the list at its
// minimum (#14). The first show of a fresh profile shares the width out instead: the navigation pane as wide as its
// longest section (with an unread count), the panels a fifth of the window, the list two fifths of what is left.
int MainWindow::navigationWidthNeeded() const
{
    QFont bold = m_navView->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int longest = fm.horizontalAdvance(NavigationModel::tr("All") + QStringLiteral("  (9999)"));
    for (const QString& section : canonicalSections()) {
        longest = std::max(longest,
                           fm.horizontalAdvance(NavigationModel::sectionTitle(section) + QStringLiteral("  (999)")));
    }
    // and the rows shown now (an outlet under 매체, "소식데모일보 (42)", was cut to "소식데모…" at 1024 px, #14's
    // walk), each at its depth
    const QAbstractItemModel* model = m_navView->model();
    const std::function<void(const QModelIndex&, int)> visit = [&](const QModelIndex& parent, int depth) {
        for (int row = 0; model && row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            longest = std::max(longest,
                               fm.horizontalAdvance(index.data(Qt::DisplayRole).toString() + QStringLiteral("  "))
                                   + depth * m_navView->indentation());
            if (depth < 2 && m_navView->isExpanded(index)) {
                visit(index, depth + 1);
            }
        }
    };
    visit(QModelIndex(), 0);
    return longest + m_navView->indentation() + 2 * m_navView->frameWidth() + 12;
}

void MainWindow::fitPanesToWindow()
{
    const int w = width();
    const int nav
        = std::clamp(std::max(navigationWidthNeeded(), w / 9), m_navView->minimumWidth(), kNavigationFitWidth);
    m_navigationFitted = true;
    const int panels = std::clamp(w / 5, 200, 300);
    resizeDocks({m_ranking}, {panels}, Qt::Horizontal);
    if (QLayout* l = layout()) {
        l->activate(); // the central widget takes what the docks left before the splitters share it
    }
    const int total = m_splitter->width() - m_splitter->handleWidth();
    if (total > nav) {
        m_splitter->setSizes({nav, total - nav});
    }
    const int content = total - nav - m_reading->handleWidth();
    if (content > 0) {
        shareReadingPanes(content, nav);
    }
}

// Outlets reach the navigation pane after the first show: a pane the window sized (not the user) widens to fit them,
// up to the same bound.
void MainWindow::refitNavigation()
{
    if (!m_navigationFitted || !isVisible()) {
        return;
    }
    const QList<int> sizes = m_splitter->sizes();
    const int nav = std::min(navigationWidthNeeded(), kNavigationFitWidth);
    if (sizes.size() == 2 && nav > sizes[0]) {
        const int content = std::max(0, sizes[0] + sizes[1] - nav);
        m_splitter->setSizes({nav, content});
        shareReadingPanes(content - m_reading->handleWidth(), nav);
    }
}

// The list two fifths of the reading area, and clearly wider than the navigation pane beside it
void MainWindow::shareReadingPanes(int content, int nav)
{
    if (content <= 0) {
        return;
    }
    // …but never wider than the article beside it: with English's wider navigation pane at 1024 px the list took
    // 325 px and left the article 270, its dateline broken inside the time
    const int list = std::max(std::min(std::max(content * 2 / 5, nav * 7 / 4 + 2), content / 2),
                              m_reading->widget(0)->minimumWidth());
    m_reading->setSizes({list, std::max(0, content - list)});
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/panes"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/reading"), m_reading->saveState());
    settings.setValue(QStringLiteral("window/width"), width()); // what the pane sizes were for
    const ArticleFilter f = m_articles->filter();
    settings.setValue(QStringLiteral("window/filterKind"), int(f.kind));
    settings.setValue(QStringLiteral("window/filterSection"), f.section);
    settings.setValue(QStringLiteral("window/filterId"), f.id);
}
