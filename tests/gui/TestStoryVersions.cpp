// A story's other versions (#14): "관련 기사 N건" under the article, each opening that outlet's version, and
// the list row that expands to show them — on three outlets' feeds served from a local server, in the real
// window on the offscreen platform. Stock leads and tags shared by unrelated stories make no story.

#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "Translations.h"
#include "models/ArticleListModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/Cache.h"
#include "views/ArticleDelegate.h"
#include "views/ArticleView.h"
#include "window/StoryVersions.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace news;

namespace
{

struct Item
{
    QString title;
    QString lead;
    int hoursAgo;
};

QByteArray feed(const QString& name, int outlet, const QList<Item>& items)
{
    QString xml
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>%1</title>"
                         "<link>https://outlet%2.invalid/</link>")
              .arg(name)
              .arg(outlet);
    int n = 0;
    for (const Item& item : items) {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-3600 * item.hoursAgo - 60 * outlet);
        xml += QStringLiteral("<item><title>%1</title><link>https://outlet%2.invalid/news/%3</link>"
                              "<guid>outlet%2-%3</guid><pubDate>%4</pubDate><description>%5</description></item>")
                   .arg(item.title)
                   .arg(outlet)
                   .arg(++n)
                   .arg(QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")), item.lead);
    }
    xml += QStringLiteral("</channel></rss>");
    return xml.toUtf8();
}

QString source(int outlet, const QString& name, const QUrl& feedUrl)
{
    // (a raw string literal here hid the test class from moc)
    const QJsonObject definition{
        {QStringLiteral("id"), QStringLiteral("outlet%1").arg(outlet)},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("ko"), name}, {QStringLiteral("en"), name}}},
        {QStringLiteral("homepage"), QStringLiteral("https://outlet%1.invalid/").arg(outlet)},
        {QStringLiteral("timezone"), QStringLiteral("Asia/Seoul")},
        {QStringLiteral("kind"), QStringLiteral("outlet")},
        {QStringLiteral("fulltext"), QStringLiteral("never")},
        {QStringLiteral("images"), false},
        {QStringLiteral("lastChecked"), QStringLiteral("2026-12-01")},
        {QStringLiteral("sections"),
         QJsonArray{QJsonObject{{QStringLiteral("section"), QStringLiteral("economy")},
                                {QStringLiteral("name"), QStringLiteral("경제")},
                                {QStringLiteral("feeds"), QJsonArray{feedUrl.toString()}}}}},
    };
    return QString::fromUtf8(QJsonDocument(definition).toJson());
}

const QString kStock = QStringLiteral("(서울=뉴스원) 홍길동 기자 = ⓒ 뉴스원, 무단전재 및 재배포 금지");

} // namespace

class TestStoryVersions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void relatedArticlesListEveryOutletsVersion();

private:
    QTemporaryDir m_settings;
};

void TestStoryVersions::init()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    installTranslations(QStringLiteral("ko"));
}

void TestStoryVersions::relatedArticlesListEveryOutletsVersion()
{
    LocalHttpServer server;
    const QStringList names = {QStringLiteral("가나일보"), QStringLiteral("다라신문"), QStringLiteral("마바뉴스")};
    const QList<QList<Item>> items = {
        {{QStringLiteral("반도체 수출 석 달 연속 증가…중국향 회복세"),
          QStringLiteral("반도체 수출이 석 달 연속 늘었다."),
          3},
         {QStringLiteral("[단독] 삼성 합병"), kStock, 2},
         {QStringLiteral("전주 한옥마을 겨울 축제 개막"), QStringLiteral("전주 한옥마을에서 축제가 열렸다."), 1}},
        {{QStringLiteral("[속보] 반도체 수출 석 달 연속 증가"), QStringLiteral("반도체 수출이 석 달째 늘었다."), 3},
         {QStringLiteral("[단독] 현대 파업"), kStock, 2}},
        {{QStringLiteral("반도체 수출 석달 연속 증가, 중국 회복"),
          QStringLiteral("반도체 수출이 석 달 연속 증가했다."),
          4}},
    };
    QList<SubscriptionRecord> subscriptions;
    for (int i = 0; i < 3; ++i) {
        const QByteArray body = feed(names[i], i + 1, items[i]);
        const QString path = QStringLiteral("/feed%1.xml").arg(i + 1);
        server.route(path.toUtf8(), [body](const HttpRequest&) { return HttpResponse::ok(body); });
        const auto def = parseSourceDefinition(source(i + 1, names[i], server.url(path)).toUtf8());
        if (const auto* e = std::get_if<Error>(&def)) {
            QFAIL(qPrintable(e->detail));
        }
        subscriptions.append(subscriptionOf(std::get<SourceDefinition>(def)));
    }

    QTemporaryDir data;
    Session::Options options;
    options.dataDir = data.path();
    Session session(options);
    AppSettings settings;
    settings.setStartSection(QStringLiteral("all"));
    MainWindow window(&session, &settings);
    window.resize(1366, 768);
    window.show();
    QSignalSpy ready(&session, &Session::ready);
    session.start();
    QVERIFY(ready.wait(10000));
    session.cache()->importSubscriptions(subscriptions);
    QSignalSpy refreshed(&session, &Session::refreshFinished);
    session.refresh();
    QVERIFY(refreshed.wait(20000));

    auto* list = window.findChild<QListView*>(QStringLiteral("articleListView"));
    ArticleListModel* model = window.articleModel();
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
    QTRY_COMPARE(model->rowCount(), 6);
    const auto rowTitled = [model](const QString& title) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data().toString() == title && !model->isVersionRow(row)) {
                return row;
            }
        }
        return -1;
    };

    // the story in 가나일보: the two other outlets' versions under the article, once found
    QSignalSpy loaded(window.storyVersions(), &StoryVersions::loaded);
    const int story = rowTitled(items[0][0].title);
    QVERIFY(story >= 0);
    list->setCurrentIndex(model->index(story));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.last().at(1).toInt(), 2);
    ArticleView* view = window.articleView();
    const QString text = view->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("관련 기사 2건")), qPrintable(text));
    QVERIFY(text.contains(items[1][0].title));
    QVERIFY(text.contains(items[2][0].title));
    QVERIFY(text.contains(QStringLiteral("다라신문")));
    QCOMPARE(view->related().size(), 2);
    QCOMPARE(model->index(story).data(ArticleListModel::VersionsRole).toInt(), 2);

    // a related article is a link: clicking it opens that outlet's version
    QTextCursor found = view->document()->find(items[2][0].title);
    QVERIFY(!found.isNull());
    found.setPosition(found.selectionStart() + 2);
    const QPoint link = view->cursorRect(found).center();
    const qint64 third = view->related().at(view->related().at(0).title == items[2][0].title ? 0 : 1).id;
    QSignalSpy shown(&window, &MainWindow::articleShown);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, link);
    QVERIFY(shown.wait(5000));
    QCOMPARE(view->articleId(), third);
    QTRY_VERIFY(model->index(rowTitled(items[2][0].title)).data(ArticleListModel::ReadRole).toBool());

    // back on the story: its row's badge opens the versions under it
    list->setCurrentIndex(model->index(rowTitled(items[0][0].title)));
    QTRY_COMPARE(view->related().size(), 2);
    const int storyRow = rowTitled(items[0][0].title);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualRect(model->index(storyRow));
    option.font = list->font();
    const QRect badge = ArticleDelegate::versionsBadgeRect(option, model->index(storyRow));
    QVERIFY(!badge.isEmpty());
    QVERIFY(option.rect.contains(badge));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, badge.center());
    QTRY_COMPARE(model->rowCount(), 8);
    QVERIFY(model->isExpanded(storyRow));
    QVERIFY(model->isVersionRow(storyRow + 1));
    QVERIFY(model->isVersionRow(storyRow + 2));
    const QSet<QString> versions
        = {model->index(storyRow + 1).data().toString(), model->index(storyRow + 2).data().toString()};
    QCOMPARE(versions, (QSet<QString>{items[1][0].title, items[2][0].title}));
    QVERIFY(model->index(storyRow + 1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("관련")));

    // a version row opens that version; ← closes the versions and goes back to the story, → opens them again
    list->setCurrentIndex(model->index(storyRow + 1));
    QTRY_COMPARE(view->articleId(), model->index(storyRow + 1).data(ArticleListModel::IdRole).toLongLong());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Left);
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(list->currentIndex().row(), storyRow);
    QTRY_COMPARE(view->articleId(), model->index(storyRow).data(ArticleListModel::IdRole).toLongLong());
    QTRY_COMPARE(model->index(storyRow).data(ArticleListModel::VersionsRole).toInt(), 2);
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(model->rowCount(), 8);

    // two unrelated exclusives with the same stock dateline, reporter and copyright are no story
    for (const QString& title : {items[0][1].title, items[1][1].title}) {
        loaded.clear();
        const QModelIndex exclusive = model->index(rowTitled(title));
        list->setCurrentIndex(exclusive);
        const qint64 id = exclusive.data(ArticleListModel::IdRole).toLongLong();
        QTRY_VERIFY(!loaded.isEmpty() && loaded.last().at(0).toLongLong() == id);
        QCOMPARE(loaded.last().at(1).toInt(), 0);
        QVERIFY(!view->toPlainText().contains(QStringLiteral("관련 기사")));
    }
}

QTEST_MAIN(TestStoryVersions)
#include "TestStoryVersions.moc"
