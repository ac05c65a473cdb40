#include "AppSettings.h"

#include <QSettings>

namespace
{

const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kFontSize = QStringLiteral("ui/articleFontSize");
const QString kListSummaries = QStringLiteral("ui/listSummaries");
const QString kStartSection = QStringLiteral("ui/startSection");
const QString kInterval = QStringLiteral("refresh/intervalMinutes");
const QString kUserAgent = QStringLiteral("network/userAgent");
const QString kProxyMode = QStringLiteral("network/proxyMode");
const QString kProxyHost = QStringLiteral("network/proxyHost");
const QString kProxyPort = QStringLiteral("network/proxyPort");
const QString kRetentionDays = QStringLiteral("retention/days");
const QString kRetentionPerFeed = QStringLiteral("retention/perFeed");
const QString kTray = QStringLiteral("tray/enabled");
const QString kCloseToTray = QStringLiteral("tray/closeKeepsRunning");
const QString kTrayHint = QStringLiteral("tray/hintShown");
const QString kNotify = QStringLiteral("notify/enabled");
const QString kNotifySections = QStringLiteral("notify/sections");
const QString kBudget = QStringLiteral("cache/budgetMb");

QString oneOf(const QString& value, std::initializer_list<const char*> allowed)
{
    for (const char* a : allowed) {
        if (value == QLatin1String(a)) {
            return value;
        }
    }
    return QString::fromLatin1(*allowed.begin());
}

} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
{
}

template <typename T>
bool AppSettings::store(const QString& key, const T& value, const T& defaultValue)
{
    // unchanged against the value in effect (the default while the key was never written): no signal, so OK
    // on an untouched settings dialog changes nothing (#14)
    QSettings settings;
    if (settings.value(key, QVariant::fromValue(defaultValue)).template value<T>() == value) {
        return false;
    }
    settings.setValue(key, value);
    return true;
}

QString AppSettings::language() const
{
    return oneOf(QSettings().value(kLanguage).toString(), {"system", "ko", "en"});
}

void AppSettings::setLanguage(const QString& language)
{
    if (store(kLanguage, oneOf(language, {"system", "ko", "en"}), QStringLiteral("system"))) {
        emit languageChanged(this->language());
    }
}

QString AppSettings::theme() const
{
    return oneOf(QSettings().value(kTheme).toString(), {"system", "light", "dark"});
}

void AppSettings::setTheme(const QString& theme)
{
    if (store(kTheme, oneOf(theme, {"system", "light", "dark"}), QStringLiteral("system"))) {
        emit themeChanged(this->theme());
    }
}

int AppSettings::articleFontSize() const
{
    return std::clamp(QSettings().value(kFontSize, 0).toInt(), 0, 40);
}

void AppSettings::setArticleFontSize(int points)
{
    if (store(kFontSize, std::clamp(points, 0, 40))) {
        emit articleFontSizeChanged(articleFontSize());
    }
}

bool AppSettings::listSummaries() const
{
    return QSettings().value(kListSummaries, true).toBool();
}

void AppSettings::setListSummaries(bool on)
{
    if (store(kListSummaries, on, true)) {
        emit listSummariesChanged(on);
    }
}

QString AppSettings::startSection() const
{
    return QSettings().value(kStartSection, QStringLiteral("home")).toString();
}

void AppSettings::setStartSection(const QString& section)
{
    store(kStartSection, section, QStringLiteral("home"));
}

int AppSettings::refreshIntervalMinutes() const
{
    return std::clamp(QSettings().value(kInterval, 30).toInt(), 0, 24 * 60);
}

void AppSettings::setRefreshIntervalMinutes(int minutes)
{
    if (store(kInterval, std::clamp(minutes, 0, 24 * 60), 30)) {
        emit refreshIntervalChanged(refreshIntervalMinutes());
    }
}

QString AppSettings::userAgent() const
{
    return QSettings().value(kUserAgent).toString().trimmed();
}

void AppSettings::setUserAgent(const QString& userAgent)
{
    if (store(kUserAgent, userAgent.trimmed())) {
        emit networkChanged();
    }
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    return ProxyMode(std::clamp(QSettings().value(kProxyMode, 0).toInt(), 0, int(ProxyMode::Socks5)));
}

QString AppSettings::proxyHost() const
{
    return QSettings().value(kProxyHost).toString().trimmed();
}

int AppSettings::proxyPort() const
{
    return std::clamp(QSettings().value(kProxyPort, 8080).toInt(), 1, 65535);
}

void AppSettings::setProxy(ProxyMode mode, const QString& host, int port)
{
    bool changed = store(kProxyMode, int(mode));
    changed = store(kProxyHost, host.trimmed()) || changed;
    changed = store(kProxyPort, std::clamp(port, 1, 65535), 8080) || changed;
    if (changed) {
        emit networkChanged();
    }
}

QNetworkProxy AppSettings::proxy() const
{
    switch (proxyMode()) {
    case ProxyMode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost(), quint16(proxyPort()));
    case ProxyMode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, proxyHost(), quint16(proxyPort()));
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

int AppSettings::retentionDays() const
{
    return std::max(0, QSettings().value(kRetentionDays, 90).toInt());
}

int AppSettings::retentionPerFeed() const
{
    return std::max(0, QSettings().value(kRetentionPerFeed, 2000).toInt());
}

void AppSettings::setRetention(int days, int perFeed)
{
    bool changed = store(kRetentionDays, std::max(0, days), 90);
    changed = store(kRetentionPerFeed, std::max(0, perFeed), 2000) || changed;
    if (changed) {
        emit retentionChanged();
    }
}

bool AppSettings::trayIcon() const
{
    return QSettings().value(kTray, true).toBool();
}

void AppSettings::setTrayIcon(bool on)
{
    if (store(kTray, on, true)) {
        emit trayChanged();
    }
}

bool AppSettings::closeToTray() const
{
    return QSettings().value(kCloseToTray, true).toBool();
}

void AppSettings::setCloseToTray(bool on)
{
    if (store(kCloseToTray, on, true)) {
        emit trayChanged();
    }
}

bool AppSettings::trayHintShown() const
{
    return QSettings().value(kTrayHint, false).toBool();
}

void AppSettings::setTrayHintShown()
{
    store(kTrayHint, true);
}

bool AppSettings::notifications() const
{
    return QSettings().value(kNotify, false).toBool();
}

QStringList AppSettings::notifySections() const
{
    return QSettings().value(kNotifySections).toStringList();
}

void AppSettings::setNotifications(bool on, const QStringList& sections)
{
    bool changed = store(kNotify, on);
    changed = store(kNotifySections, sections) || changed;
    if (changed) {
        emit trayChanged();
    }
}

int AppSettings::cacheBudgetMb() const
{
    return std::max(100, QSettings().value(kBudget, 2048).toInt());
}

void AppSettings::setCacheBudgetMb(int megabytes)
{
    if (store(kBudget, std::max(100, megabytes), 2048)) {
        emit cacheBudgetChanged(cacheBudgetMb());
    }
}
