// Renders the main states of the window to PNG files (docs/screenshots/): the front page, an article
// extracted from one of our own page fixtures, search with no results and the first run without network,
// each at 1366x768 and 1024x700, in Korean and English, light and dark (#14); plus the classic shots the
// AppStream metadata names (main-*.png), the first-run and the settings dialogs.
//
//   sosik-screenshots OUTDIR        (QT_QPA_PLATFORM=offscreen works; fonts-noto-cjk for Korean)

#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "Translations.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/ArticleListModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "settings/Theme.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/Cache.h"
#include "views/ArticleView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace
{

void wait(int ms)
{
    QEventLoop loop; // a tool, not production code: it waits for the window to settle
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QByteArray png(QColor sky, QColor ground)
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(sky);
    QPainter p(&image);
    p.fillRect(0, 260, 640, 140, ground);
    p.setBrush(QColor(250, 220, 120));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPoint(480, 110), 48, 48);
    for (int i = 0; i < 7; ++i) {
        p.fillRect(40 + i * 80, 170 - (i % 3) * 40, 56, 90 + (i % 3) * 40, QColor(60 + i * 12, 70, 90));
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A local site: a summary-only feed whose one item is our page fixture 34-photo-credits.html (two photos,
/// captions, 사진출처, byline, copyright), extracted by the real full-text path.
void serveFixtureSite(LocalHttpServer& server)
{
    server.route("/rss.xml", [&server](const HttpRequest&) {
        const QByteArray link = server.url(QStringLiteral("/n/1")).toEncoded();
        return HttpResponse::ok("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                                "<title>상하이저널</title><link>"
                                + server.url(QStringLiteral("/")).toEncoded()
                                + "</link><item><title>교민 경제 동향 보고서 발표</title><link>" + link
                                + "</link><guid>" + link
                                + "</guid><description>상하이 한국상회가 올해 교민 경제 동향 보고서를 "
                                  "발표했다.</description><pubDate>"
                                + QDateTime::currentDateTimeUtc().addSecs(-3 * 3600).toString(Qt::RFC2822Date).toUtf8()
                                + "</pubDate></item></channel></rss>");
    });
    server.route("/n/1", [](const HttpRequest&) {
        QFile page(QStringLiteral(SOSIK_TEST_DATA "/pages/34-photo-credits.html"));
        page.open(QIODevice::ReadOnly);
        return HttpResponse::ok(page.readAll(), "text/html; charset=utf-8");
    });
    server.route("/photo/bund.jpg", [](const HttpRequest&) {
        return HttpResponse::ok(png(QColor(30, 40, 80), QColor(20, 60, 90)), "image/png");
    });
    server.route("/photo/port.jpg", [](const HttpRequest&) {
        return HttpResponse::ok(png(QColor(150, 190, 220), QColor(90, 110, 120)), "image/png");
    });
}

enum class Shot
{
    Front,
    Article,
    NoResults,
    FirstRunOffline,
};

QString shotName(Shot shot)
{
    switch (shot) {
    case Shot::Front:
        return QStringLiteral("front");
    case Shot::Article:
        return QStringLiteral("article");
    case Shot::NoResults:
        return QStringLiteral("search-empty");
    case Shot::FirstRunOffline:
        return QStringLiteral("first-run-offline");
    }
    return {};
}

void shootState(const QString& dir, const QString& language, bool dark, QSize size, Shot shot)
{
    installTranslations(language);
    applyTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QSettings().clear();
    AppSettings settings;
    QTemporaryDir data;
    LocalHttpServer server;
    news::Session::Options options;
    options.dataDir = data.path();
    options.demo = shot == Shot::Front || shot == Shot::NoResults;
    options.offline = shot == Shot::FirstRunOffline;
    news::Session session(options);
    MainWindow window(&session, &settings);
    window.resize(size);
    window.show();
    session.start();
    if (shot == Shot::Article) {
        serveFixtureSite(server);
        wait(500);
        const auto def = news::parseSourceDefinition(
            QStringLiteral(R"({"id": "sjournal", "name": {"ko": "상하이저널", "en": "Shanghai Journal"},
                "homepage": "%1", "timezone": "Asia/Shanghai", "kind": "community", "fulltext": "always",
                "images": true, "lastChecked": "2026-12-01",
                "sections": [{"section": "local", "name": "현지", "feeds": ["%2"]}]})")
                .arg(server.url(QStringLiteral("/")).toString(), server.url(QStringLiteral("/rss.xml")).toString())
                .toUtf8());
        if (const auto* d = std::get_if<news::SourceDefinition>(&def)) {
            session.cache()->importSubscriptions({news::subscriptionOf(*d)});
        }
        wait(300);
        session.refresh();
    }
    wait(3000); // refresh, full text and images
    auto* list = window.findChild<QListView*>(QStringLiteral("articleListView"));
    switch (shot) {
    case Shot::Front:
        window.showFrontPage();
        wait(800);
        break;
    case Shot::Article:
        window.showReading();
        wait(300);
        if (list->model()->rowCount() > 0) {
            list->setCurrentIndex(list->model()->index(0, 0));
        }
        wait(900);
        break;
    case Shot::NoResults: {
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
        field->setText(QStringLiteral("우주정거장"));
        emit field->returnPressed();
        wait(700);
        break;
    }
    case Shot::FirstRunOffline:
        wait(300);
        break;
    }
    const QString name
        = QStringLiteral("%1/%2-%3-%4-%5x%6.png")
              .arg(dir, shotName(shot), language, dark ? QStringLiteral("dark") : QStringLiteral("light"))
              .arg(size.width())
              .arg(size.height());
    window.grab().save(name);
    std::printf("%s\n", qPrintable(name));
}

void shoot(const QString& dir, const QString& language, bool dark, bool search, bool settingsDialog = false)
{
    installTranslations(language);
    applyTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QSettings().clear();
    AppSettings settings;
    settings.setStartSection(QString()); // the list and an article, not the front page
    QTemporaryDir data;
    news::Session::Options options;
    options.dataDir = data.path();
    options.demo = true;
    news::Session session(options);
    MainWindow window(&session, &settings);
    window.resize(1500, 900);
    window.show();
    session.start();
    wait(2500); // refresh and images of the demo source
    auto* list = window.findChild<QListView*>(QStringLiteral("articleListView"));
    auto* nav = window.findChild<QTreeView*>(QStringLiteral("navigationView"));
    // the local section, first article (EUC-KR feed, photo with a credit)
    const QModelIndexList local = nav->model()->match(
        nav->model()->index(0, 0), Qt::UserRole + 2, QStringLiteral("economy"), 1, Qt::MatchExactly);
    if (!local.isEmpty()) {
        nav->setCurrentIndex(local.front());
    }
    wait(500);
    if (search) {
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
        field->setText(QStringLiteral("교민"));
        emit field->returnPressed();
        wait(600);
    }
    if (list->model()->rowCount() > 0) {
        list->setCurrentIndex(list->model()->index(0, 0));
    }
    wait(900);
    if (settingsDialog) {
        FirstRunDialog welcome(news::bundledCatalog(), &window);
        welcome.show();
        wait(300);
        const QString welcomeName = QStringLiteral("%1/first-run-%2.png").arg(dir, language);
        welcome.grab().save(welcomeName);
        std::printf("%s\n", qPrintable(welcomeName));
        welcome.hide();
        SettingsDialog dialog(&settings, &session, &window);
        dialog.show();
        wait(400);
        const QString name = QStringLiteral("%1/settings-%2.png").arg(dir, language);
        dialog.grab().save(name);
        std::printf("%s\n", qPrintable(name));
        return;
    }
    const QString name = QStringLiteral("%1/main-%2-%3%4.png")
                             .arg(dir,
                                  language,
                                  dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                  search ? QStringLiteral("-search") : QString());
    window.grab().save(name);
    std::printf("%s\n", qPrintable(name));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sosik-screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTemporaryDir settingsDir; // never touch the reader's own settings
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QStringList args = QApplication::arguments().mid(1);
    // --only NAME (front, article, search-empty, first-run-offline, classic): one kind, for a quick look
    QString only;
    if (const qsizetype at = args.indexOf(QStringLiteral("--only")); at >= 0 && at + 1 < args.size()) {
        only = args.at(at + 1);
        args.remove(at, 2);
    }
    const QString dir = args.isEmpty() ? QStringLiteral("docs/screenshots") : args.front();
    QDir().mkpath(dir);
    for (const Shot shot : {Shot::Front, Shot::Article, Shot::NoResults, Shot::FirstRunOffline}) {
        if (!only.isEmpty() && only != shotName(shot)) {
            continue;
        }
        for (const QSize size : {QSize(1366, 768), QSize(1024, 700)}) {
            for (const QString& language : {QStringLiteral("ko"), QStringLiteral("en")}) {
                for (const bool dark : {false, true}) {
                    shootState(dir, language, dark, size, shot);
                }
            }
        }
    }
    if (only.isEmpty() || only == QLatin1String("classic")) {
        shoot(dir, QStringLiteral("ko"), false, false);
        shoot(dir, QStringLiteral("ko"), true, false);
        shoot(dir, QStringLiteral("en"), false, false);
        shoot(dir, QStringLiteral("ko"), false, true);
        shoot(dir, QStringLiteral("ko"), false, false, true);
    }
    return 0;
}
