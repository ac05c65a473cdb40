#pragma once

#include <QNetworkProxy>
#include <QObject>
#include <QStringList>

/// The reader's preferences, typed, with their defaults in one place. Values live in QSettings (the platform's
/// standard place, or the portable/--data-dir folder); setters write through and announce what changed so the
/// window, session and tray apply it at once, without a restart.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class ProxyMode
    {
        System,
        None,
        Http,
        Socks5,
    };

    explicit AppSettings(QObject* parent = nullptr);

    QString language() const; // "system", "ko" or "en"
    void setLanguage(const QString& language);
    QString theme() const; // "system", "light" or "dark"
    void setTheme(const QString& theme);
    int articleFontSize() const; // points; 0 = the system font size
    void setArticleFontSize(int points);
    /// Whether the article list shows a one-line summary under each headline (default on).
    bool listSummaries() const;
    void setListSummaries(bool on);
    /// "home" = the front page (the default); "" = the section used last; otherwise a canonical section id
    /// or "all".
    QString startSection() const;
    void setStartSection(const QString& section);

    int refreshIntervalMinutes() const; // 0 = never
    void setRefreshIntervalMinutes(int minutes);
    QString userAgent() const; // "" = Sosik's browser-like default
    void setUserAgent(const QString& userAgent);
    ProxyMode proxyMode() const;
    QString proxyHost() const;
    int proxyPort() const;
    void setProxy(ProxyMode mode, const QString& host, int port);
    QNetworkProxy proxy() const; // for ProxyMode::Http and Socks5

    int retentionDays() const; // 0 = keep forever
    int retentionPerFeed() const; // 0 = no limit
    void setRetention(int days, int perFeed);

    bool trayIcon() const;
    void setTrayIcon(bool on);
    /// Closing the window keeps Sosik running in the tray (when the tray icon is on).
    bool closeToTray() const;
    void setCloseToTray(bool on);
    /// Whether the "Sosik keeps running in the tray" note was shown once already.
    bool trayHintShown() const;
    void setTrayHintShown();
    bool notifications() const;
    QStringList notifySections() const; // empty = every section
    void setNotifications(bool on, const QStringList& sections);

    int cacheBudgetMb() const;
    void setCacheBudgetMb(int megabytes);

signals:
    void languageChanged(const QString& language);
    void themeChanged(const QString& theme);
    void articleFontSizeChanged(int points);
    void listSummariesChanged(bool on);
    void refreshIntervalChanged(int minutes);
    void networkChanged();
    void retentionChanged();
    void trayChanged();
    void cacheBudgetChanged(int megabytes);

private:
    template <typename T>
    bool store(const QString& key, const T& value, const T& defaultValue = T());
};
