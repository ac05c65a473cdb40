// MainWindow's layout kept across runs and rebuilds: geometry, docks and splitters in the settings, and the
// view state a window rebuilt for a new interface language takes over (#12: the window split by what it does).

#include "MainWindow.h"
#include "models/ArticleListModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "views/ArticleView.h"

#include <QLineEdit>
#include <QSettings>
#include <QSplitter>

using namespace news;

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/panes")).toByteArray());
    m_reading->restoreState(settings.value(QStringLiteral("window/reading")).toByteArray());
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
    m_home = v.home;
    updateContent();
    m_restoreFilter = v.filter;
    m_pendingArticle = v.articleId;
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

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/panes"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/reading"), m_reading->saveState());
    const ArticleFilter f = m_articles->filter();
    settings.setValue(QStringLiteral("window/filterKind"), int(f.kind));
    settings.setValue(QStringLiteral("window/filterSection"), f.section);
    settings.setValue(QStringLiteral("window/filterId"), f.id);
}
