#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace
{

void installTranslators(QApplication& app)
{
    // KeePassXC's order: each UI language in turn, then English (the source language needs no file)
    auto* translator = new QTranslator(&app);
    for (const QString& lang : QLocale().uiLanguages()) {
        const QString name = QLocale(lang).name().section(u'_', 0, 0);
        if (name == QLatin1String("en")) {
            break;
        }
        if (translator->load(QStringLiteral(":/i18n/sosik_%1").arg(name))) {
            QApplication::installTranslator(translator);
            auto* qtbase = new QTranslator(&app);
            if (qtbase->load(QLocale(lang),
                             QStringLiteral("qtbase"),
                             QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QApplication::installTranslator(qtbase);
            }
            return;
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sosik"));
    QApplication::setOrganizationDomain(QStringLiteral("sosik.org"));
    QApplication::setApplicationVersion(QStringLiteral(SOSIK_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("news.*.debug=false")); // no console spew (NNW)
    }
    QApplication::setDesktopFileName(QStringLiteral(SOSIK_APP_ID));
    installTranslators(app);

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
    parser.addOption(demo);
    parser.addOption(dataDir);
    parser.addOption(offline);
    parser.process(app);

    MainWindow window(parser.isSet(demo));
    window.show();
    return QApplication::exec();
}
