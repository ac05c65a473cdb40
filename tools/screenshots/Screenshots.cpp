// Renders the main states of the window to PNG files (docs/screenshots/): Korean and English, light and dark,
// an article with a photo and credits, the ranking dock, search results.
//
//   sosik-screenshots OUTDIR        (QT_QPA_PLATFORM=offscreen works; fonts-noto-cjk for Korean)

#include "MainWindow.h"
#include "Session.h"
#include "Translations.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/ArticleListModel.h"
#include "settings/AppSettings.h"
#include "settings/Theme.h"
#include "views/ArticleView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QListView>
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
    QEventLoop loop; // a tool, not production code: it waits for the demo to settle
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void shoot(const QString& dir, const QString& language, bool dark, bool search, bool settingsDialog = false)
{
    installTranslations(language);
    applyTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    AppSettings settings;
    QTemporaryDir data;
    Session::Options options;
    options.dataDir = data.path();
    options.demo = true;
    Session session(options);
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
        field->setText(language == QLatin1String("en") ? QStringLiteral("교민") : QStringLiteral("교민"));
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
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(dir);
    shoot(dir, QStringLiteral("ko"), false, false);
    shoot(dir, QStringLiteral("ko"), true, false);
    shoot(dir, QStringLiteral("en"), false, false);
    shoot(dir, QStringLiteral("ko"), false, true);
    shoot(dir, QStringLiteral("ko"), false, false, true);
    return 0;
}
