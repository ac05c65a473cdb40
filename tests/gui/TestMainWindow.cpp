#include "MainWindow.h"

#include <QListWidget>
#include <QTest>
#include <QTextBrowser>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void demoListsArticlesReadThroughTheParser();
    void emptyStartExplainsWhatToDo();
};

void TestMainWindow::demoListsArticlesReadThroughTheParser()
{
    MainWindow window(true);
    window.show();
    auto* sections = window.findChild<QListWidget*>(QStringLiteral("sectionList"));
    auto* articles = window.findChild<QListWidget*>(QStringLiteral("articleListView"));
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("articleView"));
    QVERIFY(sections && articles && view);
    QTRY_VERIFY_WITH_TIMEOUT(sections->count() >= 6, 10000);
    QTRY_VERIFY(articles->count() > 0);
    // the EUC-KR section decodes correctly
    bool foundLocal = false;
    for (int i = 0; i < sections->count(); ++i) {
        if (sections->item(i)->text().startsWith(QStringLiteral("현지/커뮤니티"))) {
            sections->setCurrentRow(i);
            foundLocal = true;
        }
    }
    QVERIFY(foundLocal);
    QTRY_VERIFY(articles->count() > 0);
    const QString headline = articles->item(0)->text();
    QVERIFY(headline.contains(QStringLiteral("상하이")));
    articles->setCurrentRow(0);
    QTRY_VERIFY(view->toPlainText().contains(headline));
}

void TestMainWindow::emptyStartExplainsWhatToDo()
{
    MainWindow window(false);
    auto* articles = window.findChild<QListWidget*>(QStringLiteral("articleListView"));
    QVERIFY(articles);
    QCOMPARE(articles->count(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
