#include "MainWindow.h"

#include "sanitize/HtmlSanitizer.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>

using namespace news;

MainWindow::MainWindow(bool demo, QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Sosik"));
    resize(1280, 800);
    auto* splitter = new QSplitter(this);
    m_sections = new QListWidget(splitter);
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_articles = new QListWidget(splitter);
    m_articles->setObjectName(QStringLiteral("articleListView"));
    m_articles->setAccessibleName(tr("Articles"));
    m_articles->setUniformItemSizes(true);
    m_view = new QTextBrowser(splitter);
    m_view->setObjectName(QStringLiteral("articleView"));
    m_view->setAccessibleName(tr("Article"));
    m_view->setOpenLinks(false);
    splitter->setSizes({180, 420, 680});
    setCentralWidget(splitter);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status);

    connect(m_sections, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
    connect(m_articles, &QListWidget::currentRowChanged, this, &MainWindow::showArticle);

    if (demo) {
        m_status->setText(tr("Loading the demo source…"));
        auto* loader = new DemoLoader(this);
        connect(loader, &DemoLoader::loaded, this, &MainWindow::showSections);
        connect(loader, &DemoLoader::failed, this, [this](const QString& detail) {
            m_status->setText(tr("The demo source could not be read: %1").arg(detail));
        });
        loader->load();
    } else {
        m_status->setText(tr("No sources yet. Start with --demo to see the bundled sample articles."));
    }
}

void MainWindow::showSections(const QList<DemoLoader::Section>& sections)
{
    m_data = sections;
    m_sections->clear();
    int total = 0;
    for (const auto& s : sections) {
        m_sections->addItem(tr("%1 (%n)", nullptr, int(s.feed.entries.size())).arg(s.name));
        total += int(s.feed.entries.size());
    }
    m_status->setText(tr("%n article(s) from the demo source", nullptr, total));
    if (!sections.isEmpty()) {
        m_sections->setCurrentRow(0);
    }
}

void MainWindow::showSection(int row)
{
    m_articles->clear();
    m_current.clear();
    if (row < 0 || row >= m_data.size()) {
        return;
    }
    m_current = m_data[row].feed.entries;
    for (const FeedEntry& e : m_current) {
        m_articles->addItem(e.title);
    }
    if (!m_current.isEmpty()) {
        m_articles->setCurrentRow(0);
    }
}

void MainWindow::showArticle(int row)
{
    if (row < 0 || row >= m_current.size()) {
        m_view->clear();
        return;
    }
    const FeedEntry& e = m_current[row];
    const QDateTime when = e.published.isValid() ? e.published : e.updated;
    const QString body = e.content.isEmpty() ? e.summary : e.content;
    m_view->setHtml(QStringLiteral("<h2>%1</h2><p style='color:gray'>%2 · %3</p>%4")
                        .arg(HtmlSanitizer::escape(e.title),
                             HtmlSanitizer::escape(e.author),
                             QLocale().toString(when.toLocalTime(), QLocale::ShortFormat),
                             body));
}
