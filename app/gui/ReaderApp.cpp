#include "ReaderApp.h"

#include "MainWindow.h"
#include "Translations.h"
#include "accounts/PasswordVault.h"
#include "desktop/TrayIcon.h"
#include "dialogs/FirstRunDialog.h"
#include "model/Article.h"
#include "model/Feed.h"
#include "settings/AppSettings.h"
#include "settings/Theme.h"
#include "sources/SourceImport.h"
#include "store/Cache.h"
#include "store/QueryRunner.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QNetworkInformation>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QTimer>

using namespace news;

ReaderApp::ReaderApp(Session::Options options, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_session(nullptr)
    , m_tray(new TrayIcon(this))
{
    options.userAgent = settings->userAgent();
    options.retention = retentionFrom(settings);
    options.secrets = std::make_shared<PasswordVault>(); // account passwords in the platform's keychain
    m_session = new Session(std::move(options), this);
    m_session->setImageBudget(qint64(settings->cacheBudgetMb()) * 1024 * 1024);
    connect(settings, &AppSettings::cacheBudgetChanged, this, [this](int megabytes) {
        m_session->setImageBudget(qint64(megabytes) * 1024 * 1024);
        m_session->cache()->evictImages(m_session->imageBudget());
    });
    applyTheme(settings->theme());
    applyNetwork();
    buildWindow();

    connect(settings, &AppSettings::themeChanged, this, [](const QString& theme) { applyTheme(theme); });
    connect(settings, &AppSettings::languageChanged, this, [this](const QString& language) {
        installTranslations(language);
        // rebuild after the dialog that changed it has returned: it belongs to the old window
        QTimer::singleShot(0, this, &ReaderApp::rebuildWindow);
    });
    connect(settings, &AppSettings::networkChanged, this, &ReaderApp::applyNetwork);
    connect(settings, &AppSettings::retentionChanged, this, [this] {
        m_session->applyRetention(retentionFrom(m_settings));
    });
    connect(settings, &AppSettings::trayChanged, this, [this] {
        m_tray->setVisible(m_settings->trayIcon());
        applyKeepInTray();
    });

    connect(m_tray, &TrayIcon::showRequested, this, &ReaderApp::raiseWindow);
    connect(m_tray, &TrayIcon::refreshRequested, this, [this] { m_session->refresh(); });
    connect(m_tray, &TrayIcon::quitRequested, this, [this] { quit(); });
    connect(
        m_session, &Session::refreshStarted, this, [this] { m_refreshStartedAt = QDateTime::currentSecsSinceEpoch(); });
    connect(m_session, &Session::refreshFinished, this, [this](const RefreshSummary& summary) {
        if (summary.progress.newItems > 0 && m_settings->notifications()) {
            notifyNewArticles();
        }
    });
    m_tray->setVisible(settings->trayIcon());
    watchNetwork();
    connect(m_session, &Session::ready, this, &ReaderApp::maybeFirstRun);
}

void ReaderApp::maybeFirstRun()
{
    // the first start with an empty cache offers the catalogue; once answered (or skipped) it never returns
    if (m_session->isDemo() || QSettings().value(QStringLiteral("firstRun/done")).toBool()) {
        return;
    }
    m_session->queries()->run<int>(
        this,
        [](ArticleQueries& q) {
            const auto feeds = q.feeds();
            return std::holds_alternative<QList<FeedInfo>>(feeds) ? int(std::get<QList<FeedInfo>>(feeds).size()) : -1;
        },
        [this](int feeds) {
            if (feeds == 0) {
                showFirstRun();
            } else if (feeds > 0) {
                QSettings().setValue(QStringLiteral("firstRun/done"), true);
            }
        });
}

void ReaderApp::showFirstRun()
{
    auto* dialog = new FirstRunDialog(bundledCatalog(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::syncAccountRequested, m_window, &MainWindow::showAccountSettings);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        QSettings().setValue(QStringLiteral("firstRun/done"), true);
        const QList<SourceDefinition> chosen
            = result == QDialog::Accepted ? dialog->chosen() : QList<SourceDefinition>();
        if (chosen.isEmpty()) {
            emit firstRunFinished(0);
            return;
        }
        QList<SubscriptionRecord> subscriptions;
        for (const SourceDefinition& d : chosen) {
            subscriptions.append(subscriptionOf(d));
        }
        m_session->cache()->importSubscriptions(
            subscriptions, this, [this, count = int(chosen.size())](const Result<QList<qint64>>& imported) {
                // a failure went to the cache's storageError (the status bar)
                emit m_session->contentChanged();
                m_session->refresh();
                emit firstRunFinished(std::holds_alternative<Error>(imported) ? 0 : count);
            });
    });
    dialog->open();
}

void ReaderApp::watchNetwork()
{
    // automatic offline: where the platform reports reachability (NetworkManager, Windows, macOS), "no
    // network" makes Sosik offline until it returns; where it cannot tell, nothing changes
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)
        || !QNetworkInformation::instance()) {
        return;
    }
    auto apply = [this](QNetworkInformation::Reachability r) {
        m_session->setNetworkReachable(r != QNetworkInformation::Reachability::Disconnected);
    };
    apply(QNetworkInformation::instance()->reachability());
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, apply);
}

ReaderApp::~ReaderApp()
{
    delete m_window; // before the session it reads from
}

RetentionPolicy ReaderApp::retentionFrom(const AppSettings* settings)
{
    RetentionPolicy policy;
    policy.keepDays = settings->retentionDays();
    policy.keepPerFeed = settings->retentionPerFeed();
    return policy;
}

void ReaderApp::start()
{
    m_window->show();
    m_session->start();
}

void ReaderApp::buildWindow()
{
    m_window = new MainWindow(m_session, m_settings);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::unreadChanged, m_tray, &TrayIcon::setUnread);
    connect(m_window, &MainWindow::quitRequested, this, &ReaderApp::quit);
    connect(m_window, &MainWindow::demoRequested, this, [this] {
        // the demo runs beside this window, in its own data folder: the reader's own cache stays as it is
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                demoArguments(m_session->dataDir(), m_session->isDemo()));
    });
    connect(m_window, &MainWindow::catalogueRequested, this, &ReaderApp::showFirstRun);
    connect(m_window, &MainWindow::hiddenToTray, this, [this] {
        if (!m_settings->trayHintShown()) {
            m_settings->setTrayHintShown();
            m_tray->showMessage(tr("Sosik keeps running"),
                                tr("Sosik is still refreshing in the tray. Quit it from the tray menu or with Ctrl+Q; "
                                   "closing the window can quit it instead in the settings."));
            emit trayHintShown();
        }
    });
    applyKeepInTray();
}

QStringList ReaderApp::demoArguments(const QString& dataDir, bool demo)
{
    // the demo's folder is demo/ in this run's folder; a demo run's own folder is that already (the demo from a
    // --data-dir or portable run went to the standard folder, #14's walk)
    const QString folder = demo ? dataDir : QDir(dataDir).filePath(QStringLiteral("demo"));
    return {QStringLiteral("--demo"), QStringLiteral("--data-dir"), QDir(folder).absolutePath()};
}

void ReaderApp::applyKeepInTray()
{
    if (m_window) {
        m_window->setKeepInTray(m_tray->isVisible() && m_settings->closeToTray());
    }
}

void ReaderApp::quit()
{
    if (m_window) {
        m_window->closeForQuit(); // saves the layout
    }
    QApplication::quit();
}

void ReaderApp::rebuildWindow()
{
    if (!m_window) {
        return;
    }
    const bool visible = m_window->isVisible();
    m_window->saveLayout();
    MainWindow* old = m_window;
    const MainWindow::ViewState state = old->viewState();
    buildWindow();
    m_window->restoreViewState(state); // same section, selection, open article and place (#14)
    if (visible) {
        m_window->show();
    }
    old->hide();
    old->deleteLater();
    emit windowRebuilt(m_window);
}

void ReaderApp::raiseWindow()
{
    if (!m_window) {
        return;
    }
    if (m_window->isMinimized()) {
        m_window->showNormal();
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void ReaderApp::applyNetwork()
{
    // one proxy for every request Sosik makes (feeds, images, article pages)
    if (m_settings->proxyMode() == AppSettings::ProxyMode::System) {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(m_settings->proxy());
    }
    m_session->setUserAgent(m_settings->userAgent());
}

void ReaderApp::notifyNewArticles()
{
    const qint64 since = m_refreshStartedAt;
    const QStringList sections = m_settings->notifySections();
    m_session->analysis()->run<QList<ArticleRow>>(
        this,
        [since, sections](ArticleQueries& q) {
            auto rows = q.newSince(since, sections);
            return std::holds_alternative<QList<ArticleRow>>(rows) ? std::get<QList<ArticleRow>>(rows)
                                                                   : QList<ArticleRow>();
        },
        [this](QList<ArticleRow> rows) {
            const auto text = TrayIcon::notificationText(rows);
            if (text.first.isEmpty()) {
                return;
            }
            m_tray->notifyNew(rows);
            emit newArticlesNotified(text.first, text.second);
        });
}
