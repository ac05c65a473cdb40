#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString installTranslations(const QString& language)
{
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QString chosen = language;
    if (chosen != QLatin1String("ko") && chosen != QLatin1String("en")) {
        const QStringList ui = QLocale().uiLanguages();
        chosen = (!ui.isEmpty() && ui.front().startsWith(QLatin1String("en"))) ? QStringLiteral("en")
                                                                               : QStringLiteral("ko");
    }
    // dates and numbers follow the interface language
    QLocale::setDefault(chosen == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates));
    app = new QTranslator;
    if (app->load(QStringLiteral(":/i18n/sosik_%1").arg(chosen))) {
        QCoreApplication::installTranslator(app);
    }
    qt = new QTranslator;
    if (qt->load(QLocale(chosen),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return chosen;
}
