#pragma once

#include <QDialog>

class AppSettings;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;

namespace news
{
class Session;
} // namespace news

/// Preferences: language, theme, text size, start-up section, refresh interval, User-Agent and proxy,
/// retention, cache budget with statistics, tray and notifications. OK writes everything to AppSettings,
/// which announces the changes; nothing needs a restart.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings* settings, news::Session* session, QWidget* parent = nullptr);

    /// Writes the dialog's values to the settings (what OK does).
    void apply();
    /// Shows the 계정 page (where there is one): "connect a sync account" from the welcome screens.
    void showAccountsPage();

private:
    QWidget* buildGeneral();
    QWidget* buildNetwork();
    QWidget* buildStorage();
    QWidget* buildNotifications();
    void load();
    void loadStats();
    void updateProxyFields();

    AppSettings* m_settings;
    news::Session* m_session;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_language;
    QComboBox* m_theme;
    QComboBox* m_fontSize;
    QComboBox* m_startSection;
    QCheckBox* m_listSummaries;
    QCheckBox* m_confirmMarkAll;
    QCheckBox* m_confirmSaveShown;
    QComboBox* m_interval;
    QLineEdit* m_userAgent;
    QComboBox* m_proxyMode;
    QLineEdit* m_proxyHost;
    QSpinBox* m_proxyPort;
    QSpinBox* m_retentionDays;
    QSpinBox* m_retentionPerFeed;
    QSpinBox* m_budget;
    QLabel* m_stats;
    QCheckBox* m_tray;
    QCheckBox* m_notify;
    QListWidget* m_notifySections;
};
