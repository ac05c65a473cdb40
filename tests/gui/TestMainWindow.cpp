#include "MainWindow.h"
#include "Translations.h"
#include "dialogs/SettingsDialog.h"
#include "models/ArticleListModel.h"
#include "models/NavigationModel.h"
#include "refresh/RefreshEngine.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "settings/Theme.h"
#include "store/Cache.h"
#include "views/ArticleView.h"
#include "views/FrontPage.h"
#include "views/RankingDock.h"
#include "views/StoryItemDelegate.h"
#include "window/MainMenus.h"
#include "window/StatusPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void demoFillsTheListThroughTheRealPipeline();
    void clickingAnArticleShowsHeadlineBylineCreditAndCachedImage();
    void readAndStarredSurviveARestart();
    void aStatusChangedInTheCacheShowsAfterAReload();
    void anOpenedOutletStaysOpenWhileReading();
    void searchFindsATwoSyllableKoreanWord();
    void rankingTabsSwitch();
    void keyboardNavigation();
    void shortcutListShowsWholeAndAsTheMenusSay();
    void markAllReadAsksFirst();
    void saveAllShownAsksAndCanBeUndone();
    void markAllReadOnTheFrontPageMeansAll();
    void askingBeforeMarkAllReadCanBeTurnedBackOn();
    void aRefreshNoServerAnsweredBlamesTheConnection();
    void statusMessagesGoAfterAWhile();
    void tabLeavesTheArticleAfterItsLinks();
    void theFocusedPaneIsOutlined();
    void panelButtonsReadOnTheDarkTheme();
    void focusingTheListOpensNothing();
    void smokeInKoreanAndEnglish();

private:
    struct Running
    {
        std::unique_ptr<news::Session> session;
        std::unique_ptr<MainWindow> window;
    };
    Running start(bool demo = true);
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settings;
    AppSettings m_appSettings;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>(); // every test starts from an empty data folder
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    installTranslations(QStringLiteral("ko"));
}

TestMainWindow::Running TestMainWindow::start(bool demo)
{
    Running r;
    news::Session::Options options;
    options.dataDir = m_dir->path();
    options.demo = demo;
    r.session = std::make_unique<news::Session>(options);
    r.window = std::make_unique<MainWindow>(r.session.get(), &m_appSettings);
    new QAbstractItemModelTester(
        r.window->articleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, r.window.get());
    auto* nav = r.window->findChild<QTreeView*>(QStringLiteral("navigationView"));
    new QAbstractItemModelTester(nav->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, r.window.get());
    r.window->show();
    QSignalSpy finished(r.session.get(), &news::Session::refreshFinished);
    QSignalSpy images(r.session.get(), &news::Session::imagesFinished);
    r.session->start();
    if (demo) {
        if (!finished.wait(20000) || !(images.count() > 0 || images.wait(20000))) {
            qFatal("demo refresh did not finish");
        }
    }
    return r;
}

void TestMainWindow::demoFillsTheListThroughTheRealPipeline()
{
    Running r = start();
    auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    QVERIFY(list);
    QTRY_VERIFY(list->model()->rowCount() >= 40);
    auto* nav = r.window->findChild<QTreeView*>(QStringLiteral("navigationView"));
    const QModelIndexList local = nav->model()->match(
        nav->model()->index(0, 0), Qt::UserRole + 2, QStringLiteral("local"), 1, Qt::MatchExactly);
    QVERIFY(!local.isEmpty());
    QVERIFY(local.front().data().toString().startsWith(QStringLiteral("현지/커뮤니티")));
    nav->setCurrentIndex(local.front());
    QTRY_COMPARE(list->model()->rowCount(), 8);
    QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("상하이"))); // EUC-KR feed
}

void TestMainWindow::clickingAnArticleShowsHeadlineBylineCreditAndCachedImage()
{
    Running r = start();
    auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    QTRY_VERIFY(list->model()->rowCount() > 0);
    // find an article with a photo: the first one whose view asks for an image
    ArticleView* view = r.window->articleView();
    bool sawImage = false;
    for (int row = 0; row < list->model()->rowCount() && !sawImage; ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QString headline = index.data().toString();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QTRY_VERIFY(view->toPlainText().contains(headline));
        const auto resources = view->requestedResources();
        if (!resources.isEmpty()) {
            sawImage = true;
            for (auto it = resources.begin(); it != resources.end(); ++it) {
                QVERIFY2(it.value(), qPrintable(it.key())); // served from the cache
            }
            QVERIFY(view->toPlainText().contains(QStringLiteral("기자"))); // byline
            QVERIFY(view->toPlainText().contains(QStringLiteral("사진"))); // photo credit
            QVERIFY(index.data(ArticleListModel::ReadRole).toBool()); // opened → read
        }
    }
    QVERIFY(sawImage);
}

void TestMainWindow::readAndStarredSurviveARestart()
{
    qint64 id = 0;
    {
        Running r = start();
        QTRY_VERIFY(r.window->articleModel()->rowCount() > 0);
        auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
        list->setCurrentIndex(list->model()->index(2, 0));
        id = r.window->articleModel()->rowAt(2)->id;
        QSignalSpy written(r.session->cache(), &news::Cache::statusWritten);
        r.window->toggleStar();
        QTRY_VERIFY(written.count() >= 2); // read on open, then starred
    }
    Running again = start(false);
    QTRY_VERIFY(again.window->articleModel()->rowCount() > 0);
    const int row = again.window->articleModel()->rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(again.window->articleModel()->rowAt(row)->read);
    QVERIFY(again.window->articleModel()->rowAt(row)->starred);
}

void TestMainWindow::aStatusChangedInTheCacheShowsAfterAReload()
{
    // #16, seen against a real server: an article read here, then marked unread on the server, came down unread
    // (the unread count said so) but the list kept showing it read for the rest of the session
    Running r = start();
    ArticleListModel* model = r.window->articleModel();
    QTRY_VERIFY(model->rowCount() > 3);
    auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    const qint64 id = model->rowAt(3)->id;
    QSignalSpy written(r.session->cache(), &news::Cache::statusWritten);
    list->setCurrentIndex(list->model()->index(3, 0)); // opening it marks it read
    QVERIFY(written.wait(5000));
    QVERIFY(model->rowAt(model->rowOf(id))->read);
    // another writer of the cache (a sync) marks it unread; the list reloads as it does after a sync
    r.session->cache()->setStatus({id}, news::StatusField::Read, false);
    QVERIFY(written.wait(5000));
    model->reload();
    QTRY_VERIFY(!model->rowAt(model->rowOf(id))->read);
}

void TestMainWindow::anOpenedOutletStaysOpenWhileReading()
{
    // #16 walk: the navigation pane is rebuilt on every read mark, and opening an article folded the outlet the
    // reader had opened back up
    Running r = start();
    auto* nav = r.window->findChild<QTreeView*>(QStringLiteral("navigationView"));
    QAbstractItemModel* model = nav->model();
    QModelIndex outlet;
    for (int row = 0; row < model->rowCount() && !outlet.isValid(); ++row) {
        const QModelIndex heading = model->index(row, 0);
        for (int child = 0; child < model->rowCount(heading); ++child) {
            if (model->rowCount(model->index(child, 0, heading)) > 0) {
                outlet = model->index(child, 0, heading); // an outlet with its feeds under it
                break;
            }
        }
    }
    QVERIFY(outlet.isValid());
    auto* navigation = qobject_cast<NavigationModel*>(model);
    QVERIFY(navigation);
    const news::ArticleFilter filter = navigation->filterAt(outlet);
    nav->expand(outlet);
    ArticleListModel* articles = r.window->articleModel();
    QTRY_VERIFY(articles->rowCount() > 2);
    QSignalSpy unread(r.window.get(), &MainWindow::unreadChanged);
    QSignalSpy written(r.session->cache(), &news::Cache::statusWritten);
    auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    list->setCurrentIndex(list->model()->index(1, 0)); // opening it marks it read: the pane is rebuilt
    QVERIFY(written.wait(5000));
    QVERIFY(unread.wait(5000));
    const QModelIndex again = navigation->indexFor(filter);
    QVERIFY(again.isValid());
    QVERIFY2(nav->isExpanded(again), qPrintable(again.data().toString()));
}

void TestMainWindow::searchFindsATwoSyllableKoreanWord()
{
    Running r = start();
    auto* search = r.window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QVERIFY(search);
    search->setText(QStringLiteral("교민"));
    QSignalSpy loaded(r.window->articleModel(), &ArticleListModel::pageLoaded);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QVERIFY(r.window->articleModel()->isSearch());
    QVERIFY(r.window->articleModel()->rowCount() >= 3);
    for (int i = 0; i < r.window->articleModel()->rowCount(); ++i) {
        const QString snippet = r.window->articleModel()->index(i).data(ArticleListModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("\x01교민\x02")),
                 qPrintable(r.window->articleModel()->index(i).data().toString() + QStringLiteral(" / ") + snippet));
    }
    QTest::keyClick(search, Qt::Key_Escape); // back to the section
    QTRY_VERIFY(!r.window->articleModel()->isSearch());
}

void TestMainWindow::rankingTabsSwitch()
{
    Running r = start();
    auto* tabs = r.window->findChild<QTabWidget*>(QStringLiteral("rankingTabs"));
    QVERIFY(tabs);
    QTRY_VERIFY(tabs->count() >= 6);
    tabs->setCurrentIndex(2);
    auto* list = qobject_cast<QListWidget*>(tabs->currentWidget());
    QVERIFY(list);
    QVERIFY(list->count() >= 6); // the outlet header and the numbered entries
    QCOMPARE(list->item(1)->data(StoryItemDelegate::PositionRole).toInt(), 1); // numbered by the delegate
    auto* topics = r.window->findChild<QTreeWidget*>(QStringLiteral("topicTree"));
    QVERIFY(topics);
    QTRY_VERIFY(topics->topLevelItemCount() >= 6); // 분야별 Topic: a heading per section with its stories
    QVERIFY(topics->topLevelItem(0)->childCount() >= 1);
    const QString title = list->item(1)->text(); // the list is rebuilt when content changes
    emit list->itemClicked(list->item(1));
    QTRY_VERIFY(r.window->articleView()->toPlainText().contains(title));
}

void TestMainWindow::shortcutListShowsWholeAndAsTheMenusSay()
{
    // F1's list had to be scrolled, and said "Ctrl+=" where 보기 says "Ctrl++" (#14's walk)
    Running r = start();
    auto* action = r.window->findChild<QAction*>(QStringLiteral("shortcutsAction"));
    QVERIFY(action);
    action->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = r.window->findChild<QDialog*>(QStringLiteral("shortcutsDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->verticalScrollBar()->maximum(), 0);
    // one line a row, all alike, and every action's words whole (rows sized before the column stretched wrapped)
    for (int row = 1; row < table->rowCount(); ++row) {
        QCOMPARE(table->rowHeight(row), table->rowHeight(0));
    }
    QVERIFY(table->rowHeight(0) < 2 * table->fontMetrics().height());
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            const QString text = table->item(row, column)->text();
            QVERIFY2(table->fontMetrics().horizontalAdvance(text) < table->columnWidth(column), qPrintable(text));
        }
    }
    bool zoom = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        zoom = zoom || table->item(row, 0)->text().startsWith(QLatin1String("Ctrl++"));
    }
    QVERIFY(zoom);
    dialog->reject();
}

void TestMainWindow::markAllReadAsksFirst()
{
    // one click marked all of 경제 read, with no question and no word about it (#14's walk)
    Running r = start();
    QTRY_VERIFY(r.window->articleModel()->rowCount() > 3);
    const auto unread = [&r] {
        int n = 0;
        for (int i = 0; i < r.window->articleModel()->rowCount(); ++i) {
            n += r.window->articleModel()->rowAt(i)->read ? 0 : 1;
        }
        return n;
    };
    const int before = unread();
    QVERIFY(before > 0);
    auto* action = r.window->findChild<QAction*>(QStringLiteral("markAllReadAction"));
    QVERIFY(action);
    // it has a key, shown in 도구 (it had none, #14's walk): Shift+A from the list asks the same question
    QCOMPARE(action->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_A));
    auto* articles = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    QVERIFY(articles);
    r.window->activateWindow();
    articles->setFocus();
    QTest::keyClick(articles, Qt::Key_A, Qt::ShiftModifier);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = r.window->findChild<QMessageBox*>(QStringLiteral("markAllReadQuestion"))));
    QVERIFY2(box->text().contains(QString::number(before)), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!r.window->findChild<QMessageBox*>(QStringLiteral("markAllReadQuestion")));
    QCOMPARE(unread(), before); // cancelled: nothing changed
    action->trigger();
    QTRY_VERIFY((box = r.window->findChild<QMessageBox*>(QStringLiteral("markAllReadQuestion"))));
    box->defaultButton()->click();
    QTRY_COMPARE(unread(), 0);
    QVERIFY2(r.window->statusPanel()->message().contains(QString::number(before)),
             qPrintable(r.window->statusPanel()->message())); // and it says how many
    // … and it can be taken back: from the status bar, or 도구 ▸ 모두 읽음 되돌리기 (Ctrl+Z)
    auto* undo = r.window->findChild<QAction*>(QStringLiteral("undoMarkAllReadAction"));
    auto* button = r.window->findChild<QToolButton*>(QStringLiteral("statusActionButton"));
    QVERIFY(undo && button);
    QTRY_VERIFY(undo->isEnabled());
    QVERIFY(button->isVisibleTo(r.window.get()));
    button->click();
    QTRY_COMPARE(unread(), before);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!button->isVisibleTo(r.window.get()));
    // once more, undone with the menu's action this time
    action->trigger();
    QTRY_VERIFY((box = r.window->findChild<QMessageBox*>(QStringLiteral("markAllReadQuestion"))));
    box->defaultButton()->click();
    QTRY_COMPARE(unread(), 0);
    QTRY_VERIFY(undo->isEnabled());
    undo->trigger();
    QTRY_COMPARE(unread(), before);
    QVERIFY(!button->isVisibleTo(r.window.get()));
}

// "보이는 기사 모두 오프라인 저장" pinned a whole section at one click, its pages and photos kept whatever the
// retention, with no question and no way back (#14's walk)
void TestMainWindow::saveAllShownAsksAndCanBeUndone()
{
    Running r = start();
    QTRY_VERIFY(r.window->articleModel()->rowCount() > 3);
    ArticleListModel* list = r.window->articleModel();
    const auto saved = [list] {
        int n = 0;
        for (int i = 0; i < list->rowCount(); ++i) {
            n += list->rowAt(i)->saved ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(saved(), 0);
    auto* action = r.window->findChild<QAction*>(QStringLiteral("saveShownAction"));
    QVERIFY(action);
    action->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = r.window->findChild<QMessageBox*>(QStringLiteral("saveShownQuestion"))));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!r.window->findChild<QMessageBox*>(QStringLiteral("saveShownQuestion")));
    QCOMPARE(saved(), 0); // cancelled: nothing pinned
    action->trigger();
    QTRY_VERIFY((box = r.window->findChild<QMessageBox*>(QStringLiteral("saveShownQuestion"))));
    box->defaultButton()->click();
    QTRY_COMPARE(saved(), list->rowCount());
    QTRY_VERIFY2(r.window->statusPanel()->message().contains(QString::number(list->rowCount())),
                 qPrintable(r.window->statusPanel()->message())); // it says how many
    auto* button = r.window->findChild<QToolButton*>(QStringLiteral("statusActionButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisibleTo(r.window.get()));
    button->click();
    QTRY_COMPARE(saved(), 0);
    // and the store agrees: the list read again has nothing pinned
    list->reload();
    QTRY_VERIFY(list->rowCount() > 3);
    QCOMPARE(saved(), 0);
}

// on 홈 the list is not in sight: 모두 읽음 asked about (and, told not to ask, marked) the section chosen before it
// (#14's walk); there it means 전체, and says so
void TestMainWindow::markAllReadOnTheFrontPageMeansAll()
{
    Running r = start();
    auto* nav = r.window->findChild<QTreeView*>(QStringLiteral("navigationView"));
    QAbstractItemModel* model = nav->model();
    const QString economy = NavigationModel::sectionTitle(QStringLiteral("economy"));
    const QString all = model->index(0, 0).data(NavigationModel::TitleRole).toString(); // 전체, first
    QModelIndex economyRow;
    for (int row = 0; row < model->rowCount() && !economyRow.isValid(); ++row) {
        if (model->index(row, 0).data(NavigationModel::TitleRole).toString() == economy) {
            economyRow = model->index(row, 0);
        }
    }
    QVERIFY(economyRow.isValid());
    r.window->showReading();
    nav->setCurrentIndex(economyRow);
    QTRY_VERIFY(r.window->articleModel()->rowCount() > 0);
    r.window->showFrontPage();
    r.window->findChild<QAction*>(QStringLiteral("markAllReadAction"))->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = r.window->findChild<QMessageBox*>(QStringLiteral("markAllReadQuestion"))));
    QVERIFY2(!box->text().contains(economy) && box->text().contains(all), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
}

// first run without network: "업데이트 완료: 새 기사 0건 · 피드 10개를 새로 고치지 못했습니다" (#14's walk) said
// 완료 and nothing of the connection
void TestMainWindow::aRefreshNoServerAnsweredBlamesTheConnection()
{
    Running r = start(false);
    news::RefreshSummary s;
    s.progress.feedsTotal = s.progress.feedsDone = s.progress.feedsFailed = 10;
    s.networkFailures = 10;
    emit r.session->refreshFinished(s);
    QCOMPARE(r.window->statusPanel()->message(),
             QStringLiteral(
                 "피드 10개에 모두 연결하지 못했습니다. 인터넷 연결을 확인하세요. 소식이 나중에 다시 시도합니다."));
    s.networkFailures = 9; // one server answered: the feeds' failures, counted as before
    emit r.session->refreshFinished(s);
    QVERIFY2(r.window->statusPanel()->message().contains(QStringLiteral("10")),
             qPrintable(r.window->statusPanel()->message()));
    QVERIFY(!r.window->statusPanel()->message().contains(QStringLiteral("인터넷")));
}

// Tab went round the article's links (the reporter's e-mail, 기사 원문 보기) for ever (#14's walk): after the last
// link it goes on to the next pane, as F1 promises ("Tab / Shift+Tab: move between the panes")
void TestMainWindow::tabLeavesTheArticleAfterItsLinks()
{
    Running r = start();
    auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    r.window->showReading();
    QTRY_VERIFY(list->model()->rowCount() > 0);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_VERIFY(!r.window->articleView()->toPlainText().isEmpty());
    r.window->activateWindow();
    r.window->articleView()->setFocus();
    QTRY_VERIFY(r.window->articleView()->hasFocus());
    QStringList seen;
    bool left = false;
    for (int i = 0; i < 12 && !left; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        seen << (now ? now->objectName() + QLatin1Char(':') + QString::fromLatin1(now->metaObject()->className())
                     : QStringLiteral("none"));
        left = now && now != r.window->articleView();
    }
    QVERIFY2(left, qPrintable(seen.join(QStringLiteral(", "))));
}

// "오프라인 저장 완료: 사진 23장" from the start-up stood for the whole session, and a browser error stayed on 홈
// (#14's walk): a message goes after a while, its button with it
void TestMainWindow::statusMessagesGoAfterAWhile()
{
    Running r = start(false);
    StatusPanel* status = r.window->statusPanel();
    status->setMessageLifetime(50);
    auto* button = r.window->findChild<QToolButton*>(QStringLiteral("statusActionButton"));
    status->showMessageWithAction(
        QStringLiteral("기사 3건을 읽음으로 표시했습니다."), QStringLiteral("되돌리기"), [] {});
    QVERIFY(button->isVisibleTo(r.window.get()));
    QTRY_VERIFY(status->message().isEmpty());
    QVERIFY(!button->isVisibleTo(r.window.get()));
    status->showMessage(QStringLiteral("웹 브라우저를 열 수 없습니다."));
    QTRY_VERIFY(status->message().isEmpty());
}

// "다시 묻지 않기" in the 모두 읽음 question had no way back (#14's walk): 설정 has it
void TestMainWindow::askingBeforeMarkAllReadCanBeTurnedBackOn()
{
    Running r = start(false);
    QSettings().setValue(QStringLiteral("ui/confirmMarkAllRead"), false);
    QSettings().setValue(QStringLiteral("ui/confirmSaveShown"), false); // and 보이는 기사 모두 오프라인 저장's
    SettingsDialog dialog(&m_appSettings, r.session.get(), r.window.get());
    for (const auto& [check, key] : {std::pair{"confirmMarkAllReadCheck", "ui/confirmMarkAllRead"},
                                     std::pair{"confirmSaveShownCheck", "ui/confirmSaveShown"}}) {
        auto* ask = dialog.findChild<QCheckBox*>(QString::fromLatin1(check));
        QVERIFY2(ask, check);
        QVERIFY(!ask->isChecked());
        ask->setChecked(true);
    }
    dialog.apply();
    QVERIFY(QSettings().value(QStringLiteral("ui/confirmMarkAllRead")).toBool());
    QVERIFY(QSettings().value(QStringLiteral("ui/confirmSaveShown")).toBool());
}

// the panels' float and close buttons were the style's dark grey on the dark theme's dark title (#14's walk)
void TestMainWindow::panelButtonsReadOnTheDarkTheme()
{
    applyTheme(QStringLiteral("dark"));
    Running r = start(false);
    QDockWidget* dock = r.window->rankingDock();
    auto* close = dock->findChild<QToolButton*>(QStringLiteral("dockCloseButton"));
    auto* detach = dock->findChild<QToolButton*>(QStringLiteral("dockFloatButton"));
    QVERIFY(close && detach);
    QTRY_VERIFY(close->isVisible());
    const int window = r.window->palette().color(QPalette::Window).lightness();
    for (QToolButton* button : {close, detach}) {
        const QImage icon = button->icon().pixmap(QSize(24, 24)).toImage();
        int lightest = 0;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                const QColor c = icon.pixelColor(x, y);
                if (c.alpha() > 200) {
                    lightest = std::max(lightest, c.lightness());
                }
            }
        }
        QVERIFY2(lightest - window > 120, qPrintable(QStringLiteral("%1 on %2").arg(lightest).arg(window)));
    }
    // and they do what the style's did
    detach->click();
    QTRY_VERIFY(dock->isFloating());
    detach->click();
    QTRY_VERIFY(!dock->isFloating());
    close->click();
    QTRY_VERIFY(!dock->isVisible());
    QVERIFY(!dock->toggleViewAction()->isChecked());
    applyTheme(QStringLiteral("system"));
}

void TestMainWindow::theFocusedPaneIsOutlined()
{
    // Tab from the list to the article changed nothing on screen (#14's walk): the pane with the focus is outlined
    Running r = start();
    auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    QWidget* article = r.window->articleView();
    QVERIFY(list && article);
    r.window->showReading(); // the list and the article, not 홈
    QTRY_VERIFY(list->isVisible() && article->isVisible());
    const QColor highlight = r.window->palette().color(QPalette::Active, QPalette::Highlight);
    const auto outlined = [&highlight](QWidget* w) {
        const QImage shot = w->grab().toImage();
        return shot.pixelColor(0, shot.height() / 2) == highlight && shot.pixelColor(shot.width() / 2, 0) == highlight;
    };
    r.window->activateWindow();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QVERIFY(outlined(list));
    QVERIFY(!outlined(article));
    article->setFocus();
    QTRY_VERIFY(article->hasFocus());
    QVERIFY(outlined(article));
    QVERIFY(!outlined(list));
}

void TestMainWindow::keyboardNavigation()
{
    Running r = start();
    auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    QTRY_VERIFY(list->model()->rowCount() > 3);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 0);
    // a menu closed with Esc leaves the keyboard with the menu bar: J and K still move in the list (#14's walk)
    QTest::keyClick(r.window->menuBar(), Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(r.window->menuBar(), Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 0);
    // … and right after a section was chosen in the navigation pane, whose type-ahead took the letters (#14's walk)
    auto* nav = r.window->findChild<QTreeView*>(QStringLiteral("navigationView"));
    QTest::keyClick(nav, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(nav, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 0);
    // on 홈, J goes into the list
    r.window->showFrontPage();
    QVERIFY(r.window->isFrontPageShown());
    QTest::keyClick(r.window->frontPage(), Qt::Key_J);
    QVERIFY(!r.window->isFrontPageShown());
    QVERIFY(list->currentIndex().isValid());
    list->setCurrentIndex(list->model()->index(0, 0));
    QAction* star = r.window->menus()->starAction();
    QVERIFY(!star->isChecked());
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(r.window->articleModel()->rowAt(0)->starred);
    QVERIFY(star->isChecked()); // the toolbar's 스크랩 shows it (it stayed an outline, #14's walk)
    QCOMPARE(r.window->statusPanel()->message(), QStringLiteral("스크랩했습니다.")); // and says so
    star->trigger(); // and takes it out again
    QVERIFY(!r.window->articleModel()->rowAt(0)->starred);
    QVERIFY(!star->isChecked());
    QTest::keyClick(list, Qt::Key_S);
    QTest::keyClick(list, Qt::Key_J);
    QVERIFY(!star->isChecked()); // another row, another article
    QTest::keyClick(list, Qt::Key_K);
    QVERIFY(star->isChecked());
    QTest::keyClick(list, Qt::Key_M);
    QVERIFY(!r.window->articleModel()->rowAt(0)->read);
    int nextUnread = -1;
    for (int i = 1; i < r.window->articleModel()->rowCount() && nextUnread < 0; ++i) {
        nextUnread = r.window->articleModel()->rowAt(i)->read ? -1 : i;
    }
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(list->currentIndex().row(), nextUnread);
}

void TestMainWindow::focusingTheListOpensNothing()
{
    // #14 walk: the list given focus with no current row (Tab, Esc, back from 홈) made its first row current, and
    // that opened it and marked it read, unseen and not even highlighted
    Running r = start();
    auto* list = r.window->findChild<QListView*>(QStringLiteral("articleListView"));
    ArticleListModel* model = r.window->articleModel();
    QTRY_VERIFY(model->rowCount() > 3);
    list->selectionModel()->clear();
    QVERIFY(!list->currentIndex().isValid());
    QVERIFY(!model->rowAt(0)->read);
    QSignalSpy shown(r.window.get(), &MainWindow::articleShown);
    QSignalSpy written(r.session->cache(), &news::Cache::statusWritten);
    r.window->findChild<QTreeView*>(QStringLiteral("navigationView"))->setFocus();
    list->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(list->hasFocus());
    QCoreApplication::processEvents(); // the turn a click's selection would come in
    QCoreApplication::processEvents();
    QCOMPARE(shown.count(), 0);
    QCOMPARE(written.count(), 0);
    QVERIFY(!model->rowAt(0)->read);
    // a click on a row still opens it
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(2, 0)).center());
    QVERIFY(shown.wait(5000));
    QVERIFY(model->rowAt(2)->read);
}

void TestMainWindow::smokeInKoreanAndEnglish()
{
    for (const QString& lang : {QStringLiteral("ko"), QStringLiteral("en")}) {
        installTranslations(lang);
        Running r = start();
        auto* nav = r.window->findChild<QTreeView*>(QStringLiteral("navigationView"));
        QTRY_VERIFY(nav->model()->rowCount() > 10);
        const QString first = nav->model()->index(0, 0).data().toString();
        QVERIFY2(first.startsWith(lang == QLatin1String("ko") ? QStringLiteral("전체") : QStringLiteral("All")),
                 qPrintable(first));
    }
    installTranslations(QStringLiteral("ko"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
