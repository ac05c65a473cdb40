#include "MainWindow.h"
#include "ReaderApp.h"
#include "Translations.h"
#include "desktop/SingleInstance.h"
#include "models/ArticleListModel.h"
#include "settings/AppSettings.h"
#include "settings/DataLocation.h"
#include "support/Allocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    news::tuneAllocator(); // before any thread: large feeds parse on workers (#17)
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --version and --help must work without a display (terminals, CI, package checks)
#ifdef Q_OS_LINUX
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h")
            && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
#endif
#if defined(Q_OS_WIN) && QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Qt 6.4 follows Windows' dark mode only when asked to
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "windows:darkmode=2");
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sosik"));
    QApplication::setOrganizationName(QStringLiteral("Sosik"));
    QApplication::setOrganizationDomain(QStringLiteral("sosik.org"));
    QApplication::setApplicationVersion(QStringLiteral(SOSIK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SOSIK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sosik-256.png")));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("news.*.debug=false")); // no console spew (NNW)
    }
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // portable mode: a marker file next to the executable keeps data and settings beside it (USB sticks);
    // settings first, because the interface language is one of them
    const QString standardDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    applySettingsLocation(resolveDataLocation(QApplication::applicationDirPath(), {}, false, standardDir));

    // translations first, so that --help is in the reader's language
    installTranslations(QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString());
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Sosik, a Korean news reader"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Use the bundled offline demo source."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Keep the cache and settings in this folder."),
                                     QStringLiteral("dir"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     QApplication::translate("main", "Make no network request in this run."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "Interface language: system, ko or en."),
                                      QStringLiteral("lang"));
    parser.addOption(demo);
    parser.addOption(dataDir);
    parser.addOption(offline);
    parser.addOption(language);
    // bench/run_gui_bench.py: launch → painted, filled list, measured from outside the process
    QCommandLineOption quitWhenPainted(QStringLiteral("quit-when-painted"), QStringLiteral("benchmark hook"));
    quitWhenPainted.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenPainted);
    parser.process(app);
    if (parser.isSet(language)) {
        installTranslations(parser.value(language));
    }

    news::Session::Options options;
    options.demo = parser.isSet(demo);
    options.offline = parser.isSet(offline);
    const DataLocation location
        = resolveDataLocation(QApplication::applicationDirPath(), parser.value(dataDir), options.demo, standardDir);
    options.dataDir = location.dataDir;
    applySettingsLocation(location);
    if (!parser.isSet(language)) {
        // the settings of this data folder decide the language, not those read for --help (#14)
        installTranslations(QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString());
    }
    // one Sosik per data folder: a second launch brings the running one to the front
    SingleInstance instance(options.dataDir);
    if (!instance.start()) {
        return 0;
    }
    AppSettings settings;
    ReaderApp reader(options, &settings);
    QObject::connect(&instance, &SingleInstance::activationRequested, &reader, &ReaderApp::raiseWindow);
    if (parser.isSet(quitWhenPainted)) {
        QObject::connect(reader.window()->articleModel(), &ArticleListModel::pageLoaded, &reader, [&] {
            if (reader.window()->articleModel()->rowCount() > 0) {
                reader.window()->repaint(); // synchronously painted with the rows
                std::printf("painted-ms %lld epoch-ms %lld rows %d\n",
                            sinceStart.elapsed(),
                            QDateTime::currentMSecsSinceEpoch(),
                            reader.window()->articleModel()->rowCount());
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
        });
    }
    reader.start();
    return QApplication::exec();
}
