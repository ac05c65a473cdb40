#pragma once

#include "session/Session.h"

#include <QObject>
#include <QPointer>

class AppSettings;
class MainWindow;
class TrayIcon;

/// One running reader: the session (cache, refresh), the main window, the tray icon and the settings that
/// shape them. It applies settings as they change: a new language rebuilds the window in place (same session,
/// same layout), a theme repaints, network and retention settings reach the session.
class ReaderApp : public QObject
{
    Q_OBJECT

public:
    ReaderApp(news::Session::Options options, AppSettings* settings, QObject* parent = nullptr);
    ~ReaderApp() override;

    /// Shows the window and opens the cache.
    void start();
    MainWindow* window() const { return m_window; }
    news::Session* session() const { return m_session; }
    TrayIcon* tray() const { return m_tray; }
    /// Brings the window to the front (a second launch, the tray).
    void raiseWindow();
    /// Saves the layout and ends Sosik (Ctrl+Q, the tray's quit).
    void quit();
    /// The command line of the demo started beside a run in `dataDir` (itself a demo: `demo`) ("데모 보기"): in that
    /// run's data folder (its demo/ beside the cache), so that a --data-dir or portable run leaves nothing in the
    /// standard folder.
    static QStringList demoArguments(const QString& dataDir, bool demo);

signals:
    /// The window was rebuilt (a new interface language).
    void windowRebuilt(MainWindow* window);
    /// New articles in the chosen sections after a refresh (the tray shows them where there is a tray).
    void newArticlesNotified(const QString& title, const QString& text);
    /// The first-run dialog closed: `outlets` were subscribed to (0 when skipped).
    void firstRunFinished(int outlets);
    /// The window was closed into the tray for the first time and the user was told so.
    void trayHintShown();

private:
    void buildWindow();
    void rebuildWindow();
    void applyKeepInTray();
    void applyNetwork();
    void watchNetwork();
    void maybeFirstRun();
    void showFirstRun();
    void notifyNewArticles();
    static news::RetentionPolicy retentionFrom(const AppSettings* settings);

    AppSettings* m_settings;
    news::Session* m_session;
    QPointer<MainWindow> m_window;
    TrayIcon* m_tray;
    qint64 m_refreshStartedAt = 0;
};
