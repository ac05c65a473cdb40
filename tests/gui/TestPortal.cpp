// The window as a portal reader (#14): the list at small sizes, the ranking and topic panels, search results
// and their empty state, and the first run with no news at all — the real window on the offscreen platform.

#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "Translations.h"
#include "dialogs/FirstRunDialog.h"
#include "models/ArticleListModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "store/ArticleQueries.h"
#include "views/ArticleDelegate.h"
#include "views/ArticleView.h"
#include "views/EmptyState.h"
#include "views/FrontPage.h"
#include "views/RankingDock.h"
#include "views/StoryItemDelegate.h"
#include "views/TopicDock.h"
#include "window/StatusPanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace news;

class TestPortal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void noHorizontalScrollBarAtSmallSizes_data();
    void noHorizontalScrollBarAtSmallSizes();
    void panesShareTheWidthSensibly_data();
    void panesShareTheWidthSensibly();
    void aFreshWindowFitsTheScreen();
    void paneSizesOfAWiderWindowAreSharedOutAgain();
    void rowsSayHeadlineOutletTimeAndState();
    void rankingClickOpensMarksReadAndSelects();
    void topicClickOpensMarksReadAndSelects();
    void topicsOfAllSectionsStartAtTheTop();
    void rankingTabFollowsTheSection();
    void rankingSectionsWrapAndShowWhole();
    void panelTabsShowWholeTitles_data();
    void panelTabsShowWholeTitles();
    void longRankingHeadlinesGetAThirdLine();
    void anOldCachesRankingNamesItsDay();
    void rankingHeadingsReadWhole_data();
    void rankingHeadingsReadWhole();
    void searchShowsCountAndEmptyState();
    void anEmptiedSearchBoxEndsTheSearch();
    void aRankedStoryOpensFromASearch();
    void frontPageOpensTheWindowAndIsKeyboardNavigable();
    void aNarrowFrontPageLeavesItsSideColumnToThePanels();
    void startCanBeASectionInstead();
    void firstRunOfflineOffersDemoFeedAndOpml();
    void refreshWithNothingSubscribedSaysSo();
    void firstRunCatalogueRowsElideWithTheirNameInTheTooltip();
    void skippedFirstRunImportsOpmlFromTheEmptyState();

private:
    struct Running
    {
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
    };
    Running start(bool demo = true, bool offline = false, QSize size = QSize(1366, 768));
    QListView* list(const Running& r) const
    {
        return r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    }
    QTreeView* nav(const Running& r) const { return r.window->findChild<QTreeView*>(QStringLiteral("navigationView")); }
    void selectSection(const Running& r, const QString& section);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settings;
    AppSettings m_appSettings;
};

void TestPortal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    installTranslations(QStringLiteral("ko"));
}

TestPortal::Running TestPortal::start(bool demo, bool offline, QSize size)
{
    Running r;
    Session::Options options;
    options.dataDir = m_dir->path();
    options.demo = demo;
    options.offline = offline;
    r.session = std::make_unique<Session>(options);
    r.window = std::make_unique<MainWindow>(r.session.get(), &m_appSettings);
    new QAbstractItemModelTester(
        r.window->articleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, r.window.get());
    r.window->resize(size);
    r.window->show();
    QSignalSpy finished(r.session.get(), &Session::refreshFinished);
    QSignalSpy images(r.session.get(), &Session::imagesFinished);
    r.session->start();
    if (demo) {
        if (!finished.wait(20000) || !(images.count() > 0 || images.wait(20000))) {
            qFatal("demo refresh did not finish");
        }
    }
    return r;
}

void TestPortal::selectSection(const Running& r, const QString& section)
{
    const QModelIndexList found = nav(r)->model()->match(
        nav(r)->model()->index(0, 0), Qt::UserRole + 2, section, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY2(!found.isEmpty(), qPrintable(section));
    nav(r)->setCurrentIndex(found.front());
}

void TestPortal::noHorizontalScrollBarAtSmallSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestPortal::noHorizontalScrollBarAtSmallSizes()
{
    // the list asked for 400 px per row and scrolled sideways in narrow panes (#14)
    QFETCH(QSize, size);
    Running r = start(true, false, size);
    QListView* articles = list(r);
    QTRY_VERIFY(articles->model()->rowCount() > 10);
    articles->setCurrentIndex(articles->model()->index(0, 0)); // an article in the view, too
    QSignalSpy shown(r.window.get(), &MainWindow::articleShown);
    QVERIFY(shown.wait(5000));
    QTRY_VERIFY(r.window->rankingDock()->tabs()->count() > 1);
    for (QAbstractScrollArea* area : r.window->findChildren<QAbstractScrollArea*>()) {
        if (!area->isVisible()) {
            continue;
        }
        QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1 (%2) scrolls sideways")
                                .arg(area->objectName(), QString::fromLatin1(area->metaObject()->className()))));
    }
    // rows are as wide as the list, and a thumbnail lies wholly inside its row; a 1024 px window's list still has
    // room for one (they vanished there, #14's walk), and the headline keeps most of the row
    const int width = articles->viewport()->width();
    QVERIFY(width >= 200);
    for (int row = 0; row < 8; ++row) {
        const QRect rect = articles->visualRect(articles->model()->index(row, 0));
        QVERIFY2(rect.width() <= width, qPrintable(QString::number(rect.width())));
        const QRect thumb = ArticleDelegate::thumbnailRect(rect);
        QVERIFY2(!thumb.isEmpty(), qPrintable(QString::number(rect.width())));
        QVERIFY(rect.contains(thumb));
        QVERIFY2(thumb.width() * 3 < rect.width(), qPrintable(QString::number(thumb.width())));
    }
    // the headline elides with "…" when it does not fit
    const QFontMetrics fm(articles->font());
    const QString longTitle = QStringLiteral("아주 긴 제목 ").repeated(30);
    const QStringList lines = ArticleDelegate::wrapped(longTitle, fm, 200, 2);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.last().endsWith(QStringLiteral("…")));
    QVERIFY(fm.horizontalAdvance(lines.first()) <= 200);
    // a headline too long for one line takes the summary's line, whole words on each (#14's walk: "…교민 송…"); a
    // short one keeps its line and the summary shows under it; under a search snippet it keeps to one line
    const QString headline = QStringLiteral("상하이 교민 송년회 다음 달 열려 한인회 참가 신청 받아");
    const int narrow = fm.horizontalAdvance(headline) * 2 / 3;
    const QStringList two = ArticleDelegate::headlineLines(headline, fm, narrow, false);
    QCOMPARE(two.size(), 2);
    QVERIFY2(two.first().endsWith(u' ') || headline.startsWith(two.first() + u' '), qPrintable(two.first()));
    QCOMPARE(ArticleDelegate::headlineLines(headline, fm, fm.horizontalAdvance(headline) + 4, false).size(), 1);
    QCOMPARE(ArticleDelegate::headlineLines(headline, fm, narrow, true).size(), 1);
    // the meta line gives the outlet's name up first: the time and the comment count stay whole (#14 walk: "6 comme…")
    const QString meta = ArticleDelegate::metaLine(QStringLiteral("아주 긴 이름의 지역 소식 매체"),
                                                   QStringLiteral("3 hours ago"),
                                                   QStringLiteral("120 comments"),
                                                   fm,
                                                   320);
    QVERIFY2(meta.endsWith(QStringLiteral(" · 3 hours ago · 120 comments")), qPrintable(meta));
    QVERIFY(meta.contains(QStringLiteral("…")));
    QVERIFY(fm.horizontalAdvance(meta) <= 320);
    QCOMPARE(ArticleDelegate::metaLine(QStringLiteral("한빛일보"), QStringLiteral("3시간 전"), QString(), fm, 400),
             QStringLiteral("한빛일보 · 3시간 전"));
}

void TestPortal::panesShareTheWidthSensibly_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestPortal::panesShareTheWidthSensibly()
{
    // at 1024 px the navigation pane was as wide as the article list, which sat at its minimum (#14)
    QFETCH(QSize, size);
    Running r = start(true, false, size);
    QListView* articles = list(r);
    QTRY_VERIFY(articles->model()->rowCount() > 10);
    articles->setCurrentIndex(articles->model()->index(0, 0));
    QSignalSpy shown(r.window.get(), &MainWindow::articleShown);
    QVERIFY(shown.wait(5000));
    auto* listPane = r.window->findChild<QWidget*>(QStringLiteral("listPane"));
    auto* view = r.window->findChild<ArticleView*>();
    const int navWidth = nav(r)->width();
    const int listWidth = listPane->width();
    const QString widths = QStringLiteral("nav %1, list %2, article %3, panels %4")
                               .arg(navWidth)
                               .arg(listWidth)
                               .arg(view->width())
                               .arg(r.window->rankingDock()->width());
    QVERIFY2(listWidth * 4 >= navWidth * 7, qPrintable(widths)); // clearly the wider of the two
    QVERIFY2(listWidth > listPane->minimumWidth(), qPrintable(widths)); // not squeezed to its minimum
    QVERIFY2(view->width() >= listWidth, qPrintable(widths));
    QVERIFY2(r.window->rankingDock()->width() <= size.width() / 4, qPrintable(widths));
    // …and still wide enough for every section with its unread count, and for the outlets under 매체 ("소식데모일보
    // (42)" was cut to "소식데모…" at 1024 px, #14's walk), unelided
    QAbstractItemModel* model = nav(r)->model();
    QStringList cut;
    int outlets = 0;
    const std::function<void(const QModelIndex&, int)> visit = [&](const QModelIndex& parent, int depth) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const QFontMetrics fm(index.data(Qt::FontRole).value<QFont>());
            const int textWidth = fm.horizontalAdvance(index.data(Qt::DisplayRole).toString());
            const QRect rect = nav(r)->visualRect(index);
            outlets += depth == 1 ? 1 : 0;
            if (textWidth + 8 > rect.width()) {
                cut.append(
                    QStringLiteral("%1: %2 px in %3 px").arg(index.data().toString()).arg(textWidth).arg(rect.width()));
            }
            if (depth < 1 && nav(r)->isExpanded(index)) {
                visit(index, depth + 1);
            }
        }
    };
    QTRY_VERIFY2((cut.clear(), outlets = 0, visit(QModelIndex(), 0), cut.isEmpty() && outlets > 0),
                 qPrintable(cut.join(u'\n') + u' ' + widths));
}

void TestPortal::paneSizesOfAWiderWindowAreSharedOutAgain()
{
    // #14 walk: the pane sizes saved at 1366 px came back at 1024 px and left the article view 290 px wide
    {
        Running wide = start(true, false, QSize(1366, 768));
        QTRY_VERIFY(list(wide)->model()->rowCount() > 3);
        wide.window->saveLayout();
    }
    Running narrow = start(true, false, QSize(1024, 700));
    QTRY_VERIFY(list(narrow)->model()->rowCount() > 3);
    QSignalSpy shown(narrow.window.get(), &MainWindow::articleShown);
    list(narrow)->setCurrentIndex(list(narrow)->model()->index(0, 0)); // the reading panes, not 홈
    QVERIFY(shown.wait(5000));
    auto* listPane = narrow.window->findChild<QWidget*>(QStringLiteral("listPane"));
    auto* view = narrow.window->findChild<ArticleView*>();
    QTRY_VERIFY(view->isVisible() && view->width() > 0);
    QVERIFY2(view->width() >= listPane->width(),
             qPrintable(QStringLiteral("list %1, article %2").arg(listPane->width()).arg(view->width())));
    QVERIFY2(view->width() >= 1024 / 3, qPrintable(QString::number(view->width())));
}

void TestPortal::aFreshWindowFitsTheScreen()
{
    // a fresh profile on a small screen: the window opened 1400 × 860, its status bar off the screen (#14)
    Session::Options options;
    options.dataDir = m_dir->path();
    options.demo = true;
    Session session(options);
    MainWindow window(&session, &m_appSettings);
    const QRect free = window.screen()->availableGeometry();
    QVERIFY(free.width() < 1400 || free.height() < 860); // the offscreen screen is smaller than the old size
    const QSize least = window.minimumSizeHint();
    QVERIFY2(window.width() <= std::max(free.width(), least.width())
                 && window.height() <= std::max(free.height(), least.height()),
             qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(free.width())
                            .arg(free.height())));
}

void TestPortal::rowsSayHeadlineOutletTimeAndState()
{
    Running r = start();
    QListView* articles = list(r);
    QTRY_VERIFY(articles->model()->rowCount() > 3);
    const QModelIndex first = articles->model()->index(1, 0);
    const QString spoken = first.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(first.data().toString()), qPrintable(spoken));
    QVERIFY2(spoken.contains(first.data(ArticleListModel::OutletRole).toString()), qPrintable(spoken));
    QVERIFY2(spoken.contains(first.data(ArticleListModel::TimeTextRole).toString()), qPrintable(spoken));
    QVERIFY2(spoken.contains(QStringLiteral("읽지 않음")), qPrintable(spoken));
    // a summary line from the feed, without HTML
    bool summary = false;
    for (int row = 0; row < articles->model()->rowCount() && !summary; ++row) {
        const QString s = articles->model()->index(row, 0).data(ArticleListModel::SummaryRole).toString();
        summary = !s.isEmpty() && !s.contains(u'<');
    }
    QVERIFY(summary);
    // scrapped and saved for offline reading are said, too
    const qint64 id = first.data(ArticleListModel::IdRole).toLongLong();
    r.window->articleModel()->setStatus(id, StatusField::Starred, true);
    r.window->articleModel()->setStatus(id, StatusField::Saved, true);
    const QString marked = articles->model()->index(1, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(marked.contains(QStringLiteral("스크랩")), qPrintable(marked));
    QVERIFY2(marked.contains(QStringLiteral("오프라인 저장")), qPrintable(marked));
}

void TestPortal::rankingClickOpensMarksReadAndSelects()
{
    Running r = start();
    QTabWidget* tabs = r.window->rankingDock()->tabs();
    QTRY_VERIFY(tabs->count() > 1);
    // a ranked article of one section while the list shows another
    QListWidget* ranking = nullptr;
    QListWidgetItem* entry = nullptr;
    for (int t = 0; t < tabs->count() && !entry; ++t) {
        ranking = qobject_cast<QListWidget*>(tabs->widget(t));
        for (int i = 0; ranking && i < ranking->count() && !entry; ++i) {
            if (ranking->item(i)->data(StoryItemDelegate::ArticleIdRole).toLongLong() > 0) {
                tabs->setCurrentIndex(t);
                entry = ranking->item(i);
            }
        }
    }
    QVERIFY(entry);
    const qint64 id = entry->data(StoryItemDelegate::ArticleIdRole).toLongLong();
    const QString section = r.window->rankingDock()->currentSection();
    selectSection(r, section == QLatin1String("local") ? QStringLiteral("politics") : QStringLiteral("local"));
    QTRY_VERIFY(!r.window->articleModel()->isLoading());
    QVERIFY(r.window->articleModel()->rowOf(id) < 0);
    // the panel is rebuilt when content changes: find the entry again, in the tab of its section
    auto findEntry = [&]() -> QListWidgetItem* {
        for (int t = 0; t < tabs->count(); ++t) {
            if (tabs->tabBar()->tabData(t).toString() != section) {
                continue;
            }
            tabs->setCurrentIndex(t);
            ranking = qobject_cast<QListWidget*>(tabs->widget(t));
            for (int i = 0; ranking && i < ranking->count(); ++i) {
                if (ranking->item(i)->data(StoryItemDelegate::ArticleIdRole).toLongLong() == id) {
                    return ranking->item(i);
                }
            }
        }
        return nullptr;
    };
    entry = findEntry();
    QVERIFY(entry);
    ranking->scrollToItem(entry);
    QTest::mouseClick(ranking->viewport(), Qt::LeftButton, {}, ranking->visualItemRect(entry).center());
    QTRY_COMPARE(r.window->articleView()->articleId(), id);
    QTRY_COMPARE(list(r)->currentIndex().data(ArticleListModel::IdRole).toLongLong(), id); // selected in the list
    QVERIFY(list(r)->currentIndex().data(ArticleListModel::ReadRole).toBool()); // and read
    // another article opened from the list: no ranking row stays lit for it (#14 walk)
    int other = -1;
    for (int row = 0; row < list(r)->model()->rowCount() && other < 0; ++row) {
        if (list(r)->model()->index(row, 0).data(ArticleListModel::IdRole).toLongLong() != id) {
            other = row;
        }
    }
    QVERIFY(other >= 0);
    const qint64 otherId = list(r)->model()->index(other, 0).data(ArticleListModel::IdRole).toLongLong();
    QTest::mouseClick(
        list(r)->viewport(), Qt::LeftButton, {}, list(r)->visualRect(list(r)->model()->index(other, 0)).center());
    QTRY_COMPARE(r.window->articleView()->articleId(), otherId);
    const auto lit = [&] {
        QStringList out;
        for (QListWidget* l : r.window->rankingDock()->findChildren<QListWidget*>()) {
            for (QListWidgetItem* item : l->selectedItems()) {
                if (item->data(StoryItemDelegate::ArticleIdRole).toLongLong() != otherId) {
                    out << item->text();
                }
            }
        }
        return out;
    };
    QTRY_VERIFY2(lit().isEmpty(), qPrintable(lit().join(u',')));
}

void TestPortal::topicsOfAllSectionsStartAtTheTop()
{
    // #14 walk: back on 전체 or 홈, the Topic panel stayed where the last section had scrolled it, its first heading
    // out of sight
    TopicDock dock;
    QList<RankingList> bySection;
    for (const char* section : {"general", "economy", "society", "world", "culture"}) {
        RankingList list;
        list.section = QString::fromLatin1(section);
        for (int i = 0; i < 8; ++i) {
            RankingItem item;
            item.position = i + 1;
            item.title = QStringLiteral("%1 기사 %2").arg(list.section).arg(i);
            item.articleId = 100 + i;
            list.items.append(item);
        }
        bySection.append(list);
    }
    dock.setTopics(bySection);
    dock.resize(260, 300);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.showSection(QStringLiteral("culture"));
    QTRY_VERIFY(dock.tree()->verticalScrollBar()->value() > 0);
    dock.showSection(QString());
    QCOMPARE(dock.tree()->verticalScrollBar()->value(), 0);
}

void TestPortal::topicClickOpensMarksReadAndSelects()
{
    Running r = start();
    QTreeWidget* tree = r.window->topicDock()->tree();
    QTRY_VERIFY(tree->topLevelItemCount() > 1);
    r.window->topicDock()->show();
    r.window->topicDock()->raise();
    QTreeWidgetItem* story = tree->topLevelItem(0)->child(0);
    QVERIFY(story);
    const qint64 id = story->data(0, StoryItemDelegate::ArticleIdRole).toLongLong();
    QVERIFY(id > 0);
    QVERIFY(!StoryItemDelegate::badgeText(2).isEmpty()); // "2개 매체", drawn beside the headline
    QCOMPARE(StoryItemDelegate::badgeText(2), QStringLiteral("2개 매체"));
    tree->scrollToItem(story);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(story).center());
    QTRY_COMPARE(r.window->articleView()->articleId(), id);
    QTRY_COMPARE(list(r)->currentIndex().data(ArticleListModel::IdRole).toLongLong(), id);
    QVERIFY(list(r)->currentIndex().data(ArticleListModel::ReadRole).toBool());
}

void TestPortal::rankingTabFollowsTheSection()
{
    Running r = start();
    RankingDock* dock = r.window->rankingDock();
    QTRY_VERIFY(dock->tabs()->count() > 2);
    const QString last = dock->tabs()->tabBar()->tabData(dock->tabs()->count() - 1).toString();
    const QString first = dock->tabs()->tabBar()->tabData(0).toString();
    selectSection(r, last);
    QTRY_COMPARE(dock->currentSection(), last);
    selectSection(r, first);
    QTRY_COMPARE(dock->currentSection(), first);
    // 전체 and the front page: the ranking over every section, not the tab of the section read last (#14)
    selectSection(r, QStringLiteral("culture"));
    QTRY_COMPARE(dock->currentSection(), QStringLiteral("culture"));
    nav(r)->setCurrentIndex(nav(r)->model()->index(0, 0)); // 전체
    QTRY_COMPARE(dock->currentSection(), QString());
    QCOMPARE(dock->tabs()->tabText(dock->tabs()->currentIndex()), QStringLiteral("전체"));
    auto* overall = qobject_cast<QListWidget*>(dock->tabs()->currentWidget());
    QVERIFY(overall && overall->count() > 1);
    selectSection(r, QStringLiteral("culture"));
    QTRY_COMPARE(dock->currentSection(), QStringLiteral("culture"));
    r.window->frontPageAction()->trigger();
    QTRY_COMPARE(dock->currentSection(), QString());
}

void TestPortal::rankingSectionsWrapAndShowWhole()
{
    // at 1024 px the section tabs ran out of the panel, then hid behind scroll arrows with the edge tab cut (#14):
    // the sections are a row of buttons that wraps, every one wholly in sight
    Running r = start(true, false, QSize(1024, 700));
    RankingDock* dock = r.window->rankingDock();
    QTRY_VERIFY(dock->tabs()->count() > 5);
    QVERIFY(!dock->tabs()->tabBar()->isVisible());
    const QList<QAbstractButton*> buttons = dock->sectionButtons();
    QCOMPARE(buttons.size(), dock->tabs()->count());
    QTRY_VERIFY(buttons.last()->isVisible() && buttons.last()->width() > 0);
    const QWidget* panel = dock->widget();
    int rows = 0;
    int lastTop = -1;
    for (QAbstractButton* b : buttons) {
        const QRect inPanel(b->mapTo(panel, QPoint(0, 0)), b->size());
        QVERIFY2(panel->rect().contains(inPanel), qPrintable(b->text()));
        QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text())); // the whole name, never "정…"
        if (inPanel.top() != lastTop) {
            ++rows;
            lastTop = inPanel.top();
        }
    }
    QVERIFY2(rows >= 2, "a 1024 px panel cannot hold every section on one row: they wrap");
    // a button shows its section's ranking
    QTest::mouseClick(buttons.last(), Qt::LeftButton);
    QCOMPARE(dock->tabs()->currentIndex(), dock->tabs()->count() - 1);
    dock->showSection(QString());
    QVERIFY(buttons.first()->isChecked());
}

void TestPortal::panelTabsShowWholeTitles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char* language : {"ko", "en"}) {
        QTest::addRow("%s 1024x700", language) << QString::fromLatin1(language) << QSize(1024, 700);
        QTest::addRow("%s 1366x768", language) << QString::fromLatin1(language) << QSize(1366, 768);
    }
}

void TestPortal::panelTabsShowWholeTitles()
{
    // the ranking and topic panels share a column as two tabs; in English they read "Most re…" and
    // "Topics by secti…" at 1024 px (#14)
    QFETCH(QString, language);
    QFETCH(QSize, size);
    installTranslations(language);
    Running r = start(false, false, size);
    const QStringList titles
        = {r.window->rankingDock()->windowTitle(), r.window->findChild<TopicDock*>()->windowTitle()};
    QTabBar* panels = nullptr;
    for (QTabBar* bar : r.window->findChildren<QTabBar*>()) {
        if (bar->count() == 2 && titles.contains(bar->tabText(0)) && titles.contains(bar->tabText(1))) {
            panels = bar;
        }
    }
    QVERIFY2(panels, qPrintable(titles.join(u',')));
    QTRY_VERIFY(panels->isVisible() && panels->width() > 0);
    // a tab squeezed below its text and the style's padding is drawn elided
    const int padding = panels->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, panels);
    for (int i = 0; i < panels->count(); ++i) {
        const int text = panels->fontMetrics().horizontalAdvance(panels->tabText(i));
        QVERIFY2(panels->tabRect(i).width() >= text + padding,
                 qPrintable(QStringLiteral("%1: %2 px of text in a %3 px tab")
                                .arg(panels->tabText(i))
                                .arg(text)
                                .arg(panels->tabRect(i).width())));
        QVERIFY(panels->rect().contains(panels->tabRect(i)));
    }
}

void TestPortal::longRankingHeadlinesGetAThirdLine()
{
    // ranking and topic entries were cut at two lines whatever the panel's width (#14's walk)
    QListWidget list;
    list.setItemDelegate(new StoryItemDelegate(&list));
    list.resize(210, 400);
    auto* shortOne = new QListWidgetItem(QStringLiteral("환율 안정"), &list);
    auto* longOne = new QListWidgetItem(
        QStringLiteral("상하이 교민 사회, 환율 급등에 생활비 부담 커져…한인회 긴급 간담회 열고 대책 논의"), &list);
    for (auto* item : {shortOne, longOne}) {
        item->setData(StoryItemDelegate::ArticleIdRole, qint64(1));
        item->setData(StoryItemDelegate::PositionRole, 1);
    }
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    const QFontMetrics fm(list.font());
    const int shortHeight = list.visualItemRect(shortOne).height();
    const int longHeight = list.visualItemRect(longOne).height();
    QVERIFY2(longHeight - shortHeight >= fm.height(),
             qPrintable(QStringLiteral("%1 vs %2").arg(longHeight).arg(shortHeight)));
    // a headline of one line is a row of one line: no blank line under it (#14's walk)
    QVERIFY2(shortHeight < 2 * fm.height(), qPrintable(QString::number(shortHeight)));
    // wide enough, it fits one line too
    list.resize(1200, 400);
    QTRY_COMPARE(list.visualItemRect(longOne).height(), list.visualItemRect(shortOne).height());
}

void TestPortal::anOldCachesRankingNamesItsDay()
{
    // #14's walk: a cache read offline for a week said "많이 다룬 뉴스 — 오늘" over stories of a week ago; its
    // period ends at the newest article, and that day is named
    const qint64 now = QDateTime(QDate(2026, 12, 4), QTime(12, 0)).toSecsSinceEpoch();
    RankingList list;
    list.publisher = false;
    list.period = QStringLiteral("today");
    list.windowEnd = now - 60;
    QCOMPARE(RankingDock::ownHeading(list, now), QStringLiteral("많이 다룬 뉴스 — 오늘"));
    list.windowEnd = QDateTime(QDate(2026, 11, 27), QTime(18, 0)).toSecsSinceEpoch();
    QCOMPARE(RankingDock::ownHeading(list, now), QStringLiteral("많이 다룬 뉴스 — 11월 27일"));
    list.period = QStringLiteral("week");
    QCOMPARE(RankingDock::ownHeading(list, now), QStringLiteral("많이 다룬 뉴스 — 11월 27일까지 한 주"));
    list.windowEnd = now;
    QCOMPARE(RankingDock::ownHeading(list, now), QStringLiteral("많이 다룬 뉴스 — 이번 주"));
}

void TestPortal::rankingHeadingsReadWhole_data()
{
    panelTabsShowWholeTitles_data();
}

void TestPortal::rankingHeadingsReadWhole()
{
    // "Sosik's ranking — this w…" at 1024 px (#14): a heading fits its line or wraps to the next
    QFETCH(QString, language);
    QFETCH(QSize, size);
    installTranslations(language);
    Running r = start(true, false, size);
    RankingDock* dock = r.window->rankingDock();
    QTRY_VERIFY(dock->tabs()->count() > 1);
    int headings = 0;
    for (QListWidget* list : dock->findChildren<QListWidget*>()) {
        if (!list->isVisible()) {
            continue; // another tab's, not laid out
        }
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            if (item->flags() & Qt::ItemIsSelectable) {
                continue;
            }
            ++headings;
            // drawn in the text's colour, not a disabled grey (#14's walk)
            QVERIFY(item->flags() & Qt::ItemIsEnabled);
            // and it says what it ranks: Sosik's own count is of outlets, not of readers (#14's walk)
            QVERIFY2(!item->toolTip().isEmpty(), qPrintable(item->text()));
            const QFontMetrics fm(item->font());
            const QRect rect = list->visualItemRect(item);
            const int text = fm.horizontalAdvance(item->text());
            QVERIFY2(text + 8 <= rect.width() || rect.height() >= 2 * fm.lineSpacing(),
                     qPrintable(QStringLiteral("%1: %2 px of text on a %3×%4 row")
                                    .arg(item->text())
                                    .arg(text)
                                    .arg(rect.width())
                                    .arg(rect.height())));
        }
    }
    QVERIFY(headings >= 2);
}

void TestPortal::searchShowsCountAndEmptyState()
{
    Running r = start();
    QTRY_VERIFY(list(r)->model()->rowCount() > 0);
    auto* search = r.window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    auto* header = r.window->findChild<QLabel*>(QStringLiteral("listHeaderLabel"));
    auto* empty = r.window->findChild<EmptyState*>(QStringLiteral("listEmptyState"));
    QVERIFY(search && header && empty);
    search->setText(QStringLiteral("교민"));
    emit search->returnPressed();
    QTRY_VERIFY(header->isVisible());
    const int hits = r.window->articleModel()->rowCount();
    QVERIFY(hits > 0);
    QVERIFY2(header->text().contains(QString::number(hits)), qPrintable(header->text()));
    QVERIFY(!empty->isVisible());
    // a result row keeps its outlet and time
    const QModelIndex hit = list(r)->model()->index(0, 0);
    QVERIFY(!hit.data(ArticleListModel::OutletRole).toString().isEmpty());
    QVERIFY(!hit.data(ArticleListModel::TimeTextRole).toString().isEmpty());
    QVERIFY(hit.data(ArticleListModel::SnippetRole).toString().contains(QChar(0x01))); // the match, marked

    search->setText(QStringLiteral("우주정거장"));
    emit search->returnPressed();
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->heading(), QStringLiteral("'우주정거장'에 대한 결과가 없습니다"));
    QVERIFY(!empty->text().isEmpty()); // a hint
    // its example on a line of its own, which no wrap breaks (it broke inside at 1024 px, #14's walk)
    const QString example = empty->text().section(u'\n', -1);
    QVERIFY2(example.contains(QStringLiteral("반도체수출")) && !example.contains(u' '), qPrintable(example));
    QVERIFY(empty->text().contains(u'\n'));
    // written together, the demo has it written apart (반도체 수출): found, and the match marked as written
    search->setText(QStringLiteral("반도체수출"));
    emit search->returnPressed();
    QTRY_VERIFY(!empty->isVisible());
    QVERIFY(r.window->articleModel()->rowCount() > 0);
    QVERIFY2(list(r)
                 ->model()
                 ->index(0, 0)
                 .data(ArticleListModel::SnippetRole)
                 .toString()
                 .contains(QStringLiteral("\x01반도체 수출\x02")),
             qPrintable(list(r)->model()->index(0, 0).data(ArticleListModel::SnippetRole).toString()));
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(!header->isVisible());
    QVERIFY(!empty->isVisible());
    // and its "검색: …" leaves the status bar with it (#14 walk)
    QVERIFY2(!r.window->statusPanel()->message().startsWith(QStringLiteral("검색")),
             qPrintable(r.window->statusPanel()->message()));
}

void TestPortal::anEmptiedSearchBoxEndsTheSearch()
{
    // #14's walk: the box emptied (its ⊗, or the words deleted) kept "'환율' 검색 결과" and its results; the
    // section clicked again did not end it either; nothing led from the box to the results but the mouse; and the
    // pane kept an article of the list left
    Running r = start();
    selectSection(r, QStringLiteral("economy"));
    ArticleListModel* model = r.window->articleModel();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0 && !model->isSearch());
    auto* search = r.window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    auto* header = r.window->findChild<QLabel*>(QStringLiteral("listHeaderLabel"));
    QVERIFY(search && header);
    // an economy story is read; the search finds none of them
    QSignalSpy shown(r.window.get(), &MainWindow::articleShown);
    list(r)->setCurrentIndex(model->index(0));
    QVERIFY(shown.wait(5000));
    const qint64 reading = shown.last().at(0).toLongLong();
    const auto searchFor = [&](const QString& words) {
        search->setFocus();
        search->setText(words);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(model->isSearch() && !model->isLoading() && header->isVisible());
    };
    searchFor(QStringLiteral("교민"));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowOf(reading) < 0);
    QTRY_COMPARE(r.window->articleView()->articleId(), qint64(0)); // not an article of a list gone
    QVERIFY2(r.window->articleView()->toPlainText().contains(QStringLiteral("기사를 고르세요")),
             qPrintable(r.window->articleView()->toPlainText()));

    // the ⊗ in the box
    QToolButton* clear = nullptr;
    for (QToolButton* button : search->findChildren<QToolButton*>()) {
        if (button->defaultAction()
            && button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            clear = button;
        }
    }
    QVERIFY(clear);
    clear->click();
    QCOMPARE(search->text(), QString());
    QTRY_VERIFY(!model->isSearch());
    QTRY_VERIFY(!header->isVisible());
    QVERIFY(search->hasFocus()); // the reader may type again
    QVERIFY2(!r.window->statusPanel()->message().startsWith(QStringLiteral("검색")),
             qPrintable(r.window->statusPanel()->message()));

    // the words deleted
    searchFor(QStringLiteral("교민"));
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_VERIFY(!model->isSearch());

    // the section chosen already, clicked again
    searchFor(QStringLiteral("교민"));
    const QRect section = nav(r)->visualRect(nav(r)->currentIndex());
    QVERIFY(section.isValid());
    QTest::mouseClick(nav(r)->viewport(), Qt::LeftButton, {}, section.center());
    QTRY_VERIFY(!model->isSearch());
    QCOMPARE(search->text(), QString());

    // ↓ from the box: the first result, read
    searchFor(QStringLiteral("교민"));
    const qint64 first = model->rowAt(0)->id;
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(list(r)->hasFocus());
    QTRY_COMPARE(r.window->articleView()->articleId(), first);
    QVERIFY(list(r)->selectionModel()->isSelected(model->index(0)));
}

void TestPortal::aRankedStoryOpensFromASearch()
{
    // #14's walk: under a search, a ranked story of the section chosen was marked read and did not open
    Running r = start();
    selectSection(r, QStringLiteral("economy"));
    ArticleListModel* model = r.window->articleModel();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    QTabWidget* tabs = r.window->rankingDock()->tabs();
    QTRY_COMPARE(r.window->rankingDock()->currentSection(), QStringLiteral("economy"));
    auto* search = r.window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    search->setText(QStringLiteral("교민"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(model->isSearch() && !model->isLoading());
    auto* ranking = qobject_cast<QListWidget*>(tabs->currentWidget());
    QVERIFY(ranking);
    QListWidgetItem* entry = nullptr;
    for (int i = 0; i < ranking->count() && !entry; ++i) {
        const qint64 id = ranking->item(i)->data(StoryItemDelegate::ArticleIdRole).toLongLong();
        if (id > 0 && model->rowOf(id) < 0) {
            entry = ranking->item(i); // not among the results
        }
    }
    QVERIFY(entry);
    const qint64 id = entry->data(StoryItemDelegate::ArticleIdRole).toLongLong();
    ranking->scrollToItem(entry);
    QTest::mouseClick(ranking->viewport(), Qt::LeftButton, {}, ranking->visualItemRect(entry).center());
    QTRY_COMPARE(r.window->articleView()->articleId(), id);
    QTRY_VERIFY(!model->isSearch()); // the section's list again, the story selected in it
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(list(r)->currentIndex().data(ArticleListModel::IdRole).toLongLong(), id);
}

// at 1024 px the front page's side column (most read, today's topics) went under the sections, a screen below,
// while the panels beside it showed the same lists (#14's walk)
void TestPortal::aNarrowFrontPageLeavesItsSideColumnToThePanels()
{
    Running r = start(true, false, QSize(1024, 700));
    QVERIFY(r.window->isFrontPageShown());
    FrontPage* front = r.window->frontPage();
    QTRY_VERIFY(!front->content().leads.isEmpty());
    QTRY_VERIFY(!front->content().rankings.isEmpty());
    QTRY_VERIFY(!front->content().today.items.isEmpty());
    QVERIFY(r.window->rankingDock()->isVisible());
    const auto sideShown = [front] {
        const QString text = front->toPlainText();
        return text.contains(QStringLiteral("오늘의 토픽")) || text.contains(QStringLiteral("이번 주 토픽"));
    };
    QVERIFY2(front->viewport()->width() < 720, qPrintable(QString::number(front->viewport()->width())));
    QVERIFY2(!sideShown(), qPrintable(front->toPlainText().right(400)));
    QVERIFY(front->toPlainText().contains(QStringLiteral("분야별 뉴스"))); // the page itself is all there
    // with the panels closed, the page is where the lists are, under its sections
    for (QDockWidget* dock : r.window->findChildren<QDockWidget*>()) {
        dock->close();
    }
    QTRY_VERIFY(sideShown());
    // and a wide window has them beside the sections again, whatever the panels
    r.window->resize(1366, 768);
    QTRY_VERIFY(front->viewport()->width() >= 720);
    QVERIFY(sideShown());
}

void TestPortal::frontPageOpensTheWindowAndIsKeyboardNavigable()
{
    // 홈 is the start-up view: the leading stories with a photo, each section, the most read (#14)
    Running r = start();
    QVERIFY(r.window->isFrontPageShown());
    // no section is highlighted while 홈 is shown (the pane kept the last one, #14's walk)
    auto* nav = r.window->findChild<QTreeView*>(QStringLiteral("navigationView"));
    QVERIFY(nav);
    QTRY_VERIFY(nav->model()->rowCount() > 5); // filled (its refill restored and highlighted 전체 at start)
    QVERIFY(nav->selectionModel()->selectedIndexes().isEmpty());
    selectSection(r, QStringLiteral("economy"));
    QTRY_VERIFY(!r.window->isFrontPageShown());
    QVERIFY(!nav->selectionModel()->selectedIndexes().isEmpty());
    r.window->frontPageAction()->trigger();
    QTRY_VERIFY(r.window->isFrontPageShown());
    QVERIFY(nav->selectionModel()->selectedIndexes().isEmpty());
    FrontPage* front = r.window->frontPage();
    QTRY_VERIFY(!front->content().leads.isEmpty());
    QTRY_VERIFY(!front->content().rankings.isEmpty());
    auto hasPhoto = [front] {
        for (const FrontPage::Lead& lead : front->content().leads) {
            if (!lead.photo.isNull()) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(hasPhoto()); // a lead photo, from the cache
    QVERIFY(front->content().sections.size() >= 3);
    const QString text = front->toPlainText();
    QVERIFY(text.contains(front->content().leads.front().title));
    for (const FrontPage::Lead& lead : front->content().leads) {
        // the demo's first story has a caption "… [사진=외교부 제공]": it read as part of the lead (#14)
        QVERIFY2(!lead.summary.contains(QStringLiteral("사진=")), qPrintable(lead.summary));
    }
    QVERIFY(text.contains(QStringLiteral("분야별 뉴스")));
    // the paper's rankings come in after the page is first shown (under load, well after it)
    QTRY_VERIFY(front->toPlainText().contains(QStringLiteral("가장 많이 본 뉴스")));
    // "오늘의" only over today's stories: the demo's are days old (#14's walk)
    ArticleQueries reader(r.session->dataDir() + QStringLiteral("/cache.db"));
    QVERIFY(std::holds_alternative<int>(reader.open()));
    const qint64 newest = std::get<qint64>(reader.newestPublished());
    const bool old = newest < QDateTime::currentSecsSinceEpoch() - 86400;
    QCOMPARE(front->content().olderThanToday, old);
    QVERIFY(text.startsWith(old ? QStringLiteral("최근 주요 뉴스") : QStringLiteral("오늘의 주요 뉴스")));
    // …over every section, or a paper's 종합 standing for it: its 문화 ranking stood there as if it were its whole
    // (#14 walk). Sosik's own over all is not shown beside today's topics, which list the same stories (#14's walk)
    bool publisherOverAll = false;
    const RankingList* general = nullptr;
    for (const RankingList& list : front->content().rankings) {
        publisherOverAll = publisherOverAll || (list.publisher && list.section.isEmpty() && !list.items.isEmpty());
        if (list.publisher && list.section == QLatin1String("general") && !list.items.isEmpty()) {
            general = &list;
        }
    }
    const QString shown = front->toPlainText();
    QVERIFY(!shown.contains(QStringLiteral("소식 자체 순위 — 전체")));
    if (!publisherOverAll) {
        QVERIFY(general); // the demo's paper publishes its 종합
        QVERIFY2(shown.contains(QStringLiteral("%1 순위").arg(general->label)), qPrintable(shown.right(600)));
        QVERIFY(shown.contains(general->items.front().title));
    }
    // without a mouse: Tab reaches the first story, Enter opens it in the list and the view
    front->setFocus();
    QTest::keyClick(front, Qt::Key_Tab);
    QVERIFY(front->textCursor().hasSelection());
    // the story reached: the page may fill in again meanwhile (rankings, photos), and keeps the one reached
    const QString href = front->textCursor().charFormat().anchorHref();
    QVERIFY2(href.startsWith(QLatin1String("sosik:article/")), qPrintable(href));
    const qint64 id = QUrl(href).path().mid(8).toLongLong();
    QVERIFY(front->storyIds().contains(id));
    QTest::keyClick(front, Qt::Key_Return);
    QTRY_COMPARE(r.window->articleView()->articleId(), id);
    QVERIFY(!r.window->isFrontPageShown());
    QTRY_COMPARE(list(r)->currentIndex().data(ArticleListModel::IdRole).toLongLong(), id);
    QVERIFY(list(r)->currentIndex().data(ArticleListModel::ReadRole).toBool());
    // Ctrl+H (보기 → 홈) brings it back
    r.window->frontPageAction()->trigger();
    QVERIFY(r.window->isFrontPageShown());
}

void TestPortal::startCanBeASectionInstead()
{
    m_appSettings.setStartSection(QStringLiteral("economy"));
    Running r = start();
    QVERIFY(!r.window->isFrontPageShown());
    QCOMPARE(r.window->articleModel()->filter().section, QStringLiteral("economy"));
    m_appSettings.setStartSection(QStringLiteral("home"));
}

void TestPortal::refreshWithNothingSubscribedSaysSo()
{
    // #14's walk: F5 with no subscription said "업데이트 완료: 새 기사 0건"; and the offline button showed its cloud
    // crossed out while online
    Running r = start(false, false);
    auto* welcome = r.window->findChild<EmptyState*>(QStringLiteral("welcomeState"));
    QTRY_VERIFY(welcome && welcome->isVisible()); // the cache was read: nothing subscribed
    QSignalSpy started(r.session.get(), &Session::refreshStarted);
    r.window->findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY2(r.window->statusPanel()->message().contains(QStringLiteral("새로 고칠 피드가 없습니다")),
             qPrintable(r.window->statusPanel()->message()));
    QCOMPARE(started.count(), 0);
    const QIcon offline = r.window->findChild<QAction*>(QStringLiteral("offlineAction"))->icon();
    QVERIFY(offline.pixmap(24, QIcon::Normal, QIcon::Off).toImage()
            != offline.pixmap(24, QIcon::Normal, QIcon::On).toImage());
}

void TestPortal::firstRunOfflineOffersDemoFeedAndOpml()
{
    // no network on the first start: not two empty panes, but what happened and what to do (#14)
    Running r = start(false, true);
    auto* welcome = r.window->findChild<EmptyState*>(QStringLiteral("welcomeState"));
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY2(welcome->text().contains(QStringLiteral("네트워크")), qPrintable(welcome->text()));
    auto* demo = welcome->findChild<QPushButton*>(QStringLiteral("demoButton"));
    auto* add = welcome->findChild<QPushButton*>(QStringLiteral("welcomeAddFeedButton"));
    auto* opml = welcome->findChild<QPushButton*>(QStringLiteral("welcomeImportOpmlButton"));
    QVERIFY(demo && add && opml);
    QSignalSpy demoRequested(r.window.get(), &MainWindow::demoRequested);
    QTest::mouseClick(demo, Qt::LeftButton);
    QCOMPARE(demoRequested.count(), 1);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(r.window->findChild<QDialog*>(QStringLiteral("addFeedDialog")));
    r.window->findChild<QDialog*>(QStringLiteral("addFeedDialog"))->reject();
    // it opens in the folder last used (it was always the home folder, #14's walk)
    QTemporaryDir last;
    QSettings().setValue(QStringLiteral("ui/lastFolder"), last.path());
    QTest::mouseClick(opml, Qt::LeftButton);
    QTRY_VERIFY(r.window->findChild<QFileDialog*>(QStringLiteral("importOpmlDialog")));
    QCOMPARE(r.window->findChild<QFileDialog*>(QStringLiteral("importOpmlDialog"))->directory().absolutePath(),
             QDir(last.path()).absolutePath());
    r.window->findChild<QFileDialog*>(QStringLiteral("importOpmlDialog"))->reject();
    QSettings().remove(QStringLiteral("ui/lastFolder"));
    // or the feeds of a sync server (#16): 설정 opens on 계정
    auto* account = welcome->findChild<QPushButton*>(QStringLiteral("welcomeAccountButton"));
    QVERIFY(account);
    QTest::mouseClick(account, Qt::LeftButton);
    QDialog* settings = nullptr;
    QTRY_VERIFY((settings = r.window->findChild<QDialog*>(QStringLiteral("settingsDialog"))));
    auto* tabs = settings->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("accountsScroll"));
    settings->reject();
}

void TestPortal::firstRunCatalogueRowsElideWithTheirNameInTheTooltip()
{
    // "구글 뉴스 (상하이 교민) (Google News (Korean search)) — 중국 본토에서 대개 접속 불가" ran to the edge (#14)
    FirstRunDialog dialog(news::bundledCatalog());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("catalogueTree"));
    QVERIFY(tree);
    QCOMPARE(tree->textElideMode(), Qt::ElideRight);
    QVERIFY(!tree->horizontalScrollBar()->isVisible());
    const int viewport = tree->viewport()->width();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* outlet = tree->topLevelItem(i);
        const QString name = outlet->text(0);
        QVERIFY2(outlet->toolTip(0).startsWith(name), qPrintable(name + QStringLiteral(" → ") + outlet->toolTip(0)));
        const QRect rect = tree->visualItemRect(outlet);
        QVERIFY2(rect.right() < viewport, qPrintable(name));
        // in Korean, the Korean name alone: "경향신문 (Kyunghyang Shinmun)" read as a foreign list (#14's walk)
        if (QLocale().language() == QLocale::Korean) {
            static const QRegularExpression romanised(QStringLiteral("\\([A-Za-z][A-Za-z -]+"));
            QVERIFY2(!name.contains(romanised), qPrintable(name));
        }
    }
    // the blocked outlet still says why in its tooltip
    const QList<QTreeWidgetItem*> google
        = tree->findItems(QStringLiteral("구글 뉴스"), Qt::MatchStartsWith | Qt::MatchRecursive);
    QVERIFY(!google.isEmpty());
    QVERIFY2(google.front()->toolTip(0).contains(QStringLiteral("VPN")), qPrintable(google.front()->toolTip(0)));
}

void TestPortal::skippedFirstRunImportsOpmlFromTheEmptyState()
{
    LocalHttpServer server;
    server.route("/feed.xml", [](const HttpRequest&) { return HttpResponse::fixture("feeds/atom_korean.xml"); });
    QTemporaryDir files;
    const QString opmlPath = files.filePath(QStringLiteral("subscriptions.opml"));
    {
        QFile f(opmlPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>구독</title></head><body>"
                               "<outline text=\"시험 피드\" type=\"rss\" xmlUrl=\"%1\"/></body></opml>")
                    .arg(server.url(QStringLiteral("/feed.xml")).toString())
                    .toUtf8());
    }
    Running r = start(false, false);
    auto* welcome = r.window->findChild<EmptyState*>(QStringLiteral("welcomeState"));
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY2(welcome->heading().contains(QStringLiteral("구독")), qPrintable(welcome->heading()));
    // the catalogue skipped at the first run is one click away, here and in 파일 (#14's walk: no way back)
    QSignalSpy catalogue(r.window.get(), &MainWindow::catalogueRequested);
    QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("welcomeCatalogueButton")), Qt::LeftButton);
    r.window->findChild<QAction*>(QStringLiteral("chooseOutletsAction"))->trigger();
    QCOMPARE(catalogue.count(), 2);
    QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("welcomeImportOpmlButton")), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = r.window->findChild<QFileDialog*>(QStringLiteral("importOpmlDialog"))));
    emit dialog->fileSelected(opmlPath);
    dialog->reject();
    // the preview of what is added (#15), then subscribed, refreshed and listed
    QPushButton* subscribe = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((subscribe = r.window->findChild<QPushButton*>(QStringLiteral("opmlImportButton"))),
                             20000);
    subscribe->click();
    QTRY_VERIFY_WITH_TIMEOUT(list(r)->model()->rowCount() > 0, 20000);
    QTRY_VERIFY(!welcome->isVisible());
}

QTEST_MAIN(TestPortal)
#include "TestPortal.moc"
