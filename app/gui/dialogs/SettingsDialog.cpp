#include "SettingsDialog.h"

#include "accounts/AccountsPage.h"
#include "model/CacheStats.h"
#include "models/NavigationModel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "sources/SourceCatalog.h"
#include "store/Cache.h"
#include "store/QueryRunner.h"
#include "views/ArticleView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace news;

namespace
{

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

template <typename W>
W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings* settings, Session* session, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* tabs = named(new QTabWidget, "settingsTabs", tr("Settings pages"));
    m_tabs = tabs;
    tabs->tabBar()->setAccessibleName(tr("Settings pages"));
    tabs->addTab(buildGeneral(), tr("Basics"));
    tabs->addTab(buildNetwork(), tr("Network"));
    tabs->addTab(buildStorage(), tr("Storage"));
    tabs->addTab(buildNotifications(), tr("Notifications"));
    if (m_session && m_session->accounts()) {
        // in a scroll area: on a small screen the page scrolls instead of squeezing its fields (#16)
        auto* scroll = named(new QScrollArea, "accountsScroll", tr("Accounts"));
        scroll->setWidget(new AccountsPage(m_session->accounts()));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        tabs->addTab(scroll, tr("Accounts"));
    }
    // it opens on the page last used (it always went back to 기본)
    tabs->setCurrentIndex(
        std::clamp(QSettings().value(QStringLiteral("ui/settingsPage")).toInt(), 0, tabs->count() - 1));
    connect(tabs, &QTabWidget::currentChanged, this, [](int index) {
        QSettings().setValue(QStringLiteral("ui/settingsPage"), index);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    load();
    loadStats();
    // word-wrapped notes leave the layout's own minimum too small: at 1024×700 the dialog opened 490 px tall and
    // squeezed the 계정 page's fields to 17 px (#16). A size that holds every page, within the screen.
    const QRect free = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    resize(std::min(free.width() - 32, std::max(sizeHint().width(), 600)),
           std::min(free.height() - 48, std::max(sizeHint().height(), 660)));
}

QWidget* SettingsDialog::buildGeneral()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_language = named(new QComboBox, "languageCombo", tr("Language"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);

    m_theme = named(new QComboBox, "themeCombo", tr("Theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(tr("&Theme:"), m_theme);

    // sizes a reader tells apart (#14: the spin box went 1 pt, 2 pt, 3 pt up from "system")
    m_fontSize = named(new QComboBox, "fontSizeCombo", tr("Article text size"));
    m_fontSize->addItem(tr("Default size (%1 pt)").arg(ArticleView::defaultPoints()), 0);
    for (const int points : {10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28}) {
        m_fontSize->addItem(tr("%1 pt").arg(points), points);
    }
    form->addRow(tr("Article text si&ze:"), m_fontSize);

    m_listSummaries = named(new QCheckBox(tr("Show a one-line summar&y under each headline")),
                            "listSummariesCheck",
                            tr("Show a one-line summary under each headline"));
    form->addRow(QString(), m_listSummaries);
    // "다시 묻지 않기" in the 모두 읽음 question had no way back (#14's walk)
    m_confirmMarkAll = named(new QCheckBox(tr("As&k before marking all read")),
                             "confirmMarkAllReadCheck",
                             tr("Ask before marking all read"));
    form->addRow(QString(), m_confirmMarkAll);
    // and the same for "보이는 기사 모두 오프라인 저장"
    m_confirmSaveShown = named(new QCheckBox(tr("Ask before saving all sh&own for offline")),
                               "confirmSaveShownCheck",
                               tr("Ask before saving all shown for offline"));
    form->addRow(QString(), m_confirmSaveShown);

    m_startSection = named(new QComboBox, "startSectionCombo", tr("Section shown at start-up"));
    m_startSection->addItem(tr("The front page"), QStringLiteral("home"));
    m_startSection->addItem(tr("The one I read last"), QString());
    m_startSection->addItem(tr("All"), QStringLiteral("all"));
    for (const QString& section : canonicalSections()) {
        m_startSection->addItem(NavigationModel::sectionTitle(section), section);
    }
    form->addRow(tr("&Start with:"), m_startSection);

    m_interval = named(new QComboBox, "intervalCombo", tr("Refresh interval"));
    m_interval->addItem(tr("Never (only when I ask)"), 0);
    for (int minutes : {10, 15, 30, 60, 120, 240}) {
        m_interval->addItem(minutes < 60 ? tr("Every %n minute(s)", nullptr, minutes)
                                         : tr("Every %n hour(s)", nullptr, minutes / 60),
                            minutes);
    }
    form->addRow(tr("&Refresh:"), m_interval);
    return page;
}

QWidget* SettingsDialog::buildNetwork()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_userAgent = named(new QLineEdit, "userAgentEdit", tr("User-Agent"));
    m_userAgent->setPlaceholderText(FetchSettings().userAgent);
    m_userAgent->setToolTip(tr("Some Korean sites answer only browsers; leave empty for Sosik's browser-like "
                               "default."));
    form->addRow(tr("&User-Agent:"), m_userAgent);

    m_proxyMode = named(new QComboBox, "proxyModeCombo", tr("Proxy"));
    m_proxyMode->addItem(tr("System proxy"), int(AppSettings::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(AppSettings::ProxyMode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(AppSettings::ProxyMode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(AppSettings::ProxyMode::Socks5));
    form->addRow(tr("&Proxy:"), m_proxyMode);
    m_proxyHost = named(new QLineEdit, "proxyHostEdit", tr("Proxy host"));
    form->addRow(tr("&Host:"), m_proxyHost);
    m_proxyPort = named(new QSpinBox, "proxyPortSpin", tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    form->addRow(tr("P&ort:"), m_proxyPort);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    return page;
}

QWidget* SettingsDialog::buildStorage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_retentionDays = named(new QSpinBox, "retentionDaysSpin", tr("Keep articles for this many days"));
    m_retentionDays->setRange(0, 3650);
    m_retentionDays->setSpecialValueText(tr("Forever"));
    m_retentionDays->setSuffix(tr(" days"));
    form->addRow(tr("Keep articles &for:"), m_retentionDays);
    m_retentionPerFeed = named(new QSpinBox, "retentionPerFeedSpin", tr("Articles kept per feed"));
    m_retentionPerFeed->setRange(0, 1000000);
    m_retentionPerFeed->setSingleStep(100);
    m_retentionPerFeed->setSpecialValueText(tr("No limit"));
    m_retentionPerFeed->setSuffix(tr(" articles")); // "2000" alone said nothing of what (#14's walk)
    form->addRow(tr("At most, &per feed:"), m_retentionPerFeed);
    auto* note = new QLabel(tr("Scrapped and saved articles are always kept."));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    m_budget = named(new QSpinBox, "cacheBudgetSpin", tr("Image cache budget"));
    m_budget->setRange(100, 100000);
    m_budget->setSingleStep(256);
    m_budget->setSuffix(tr(" MB"));
    form->addRow(tr("Image &budget:"), m_budget);
    m_stats = named(new QLabel(tr("Counting…")), "cacheStatsLabel", tr("Cache statistics"));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    form->addRow(tr("Cache:"), m_stats);
    auto* clear = named(new QPushButton(tr("Clear images")), "clearImagesButton", tr("Clear images"));
    clear->setToolTip(tr("Delete stored images of every article that is not saved for offline reading."));
    form->addRow(QString(), clear);
    connect(clear, &QPushButton::clicked, this, [this, clear] {
        if (!m_session) {
            return;
        }
        clear->setEnabled(false);
        m_stats->setText(tr("Counting…"));
        m_session->cache()->evictImages(0, true);
    });
    if (m_session) {
        connect(m_session->cache(), &Cache::imagesEvicted, this, [this, clear] {
            clear->setEnabled(true);
            loadStats();
        });
    }
    return page;
}

QWidget* SettingsDialog::buildNotifications()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_tray = named(new QCheckBox(tr("Show Sosik in the system &tray with the unread count")),
                   "trayCheck",
                   tr("Show Sosik in the system tray with the unread count"));
    layout->addWidget(m_tray);
    m_notify = named(new QCheckBox(tr("&Notify me of new articles in these sections:")),
                     "notifyCheck",
                     tr("Notify me of new articles"));
    layout->addWidget(m_notify);
    m_notifySections = named(new QListWidget, "notifySectionsList", tr("Sections to notify about"));
    for (const QString& section : canonicalSections()) {
        auto* item = new QListWidgetItem(NavigationModel::sectionTitle(section), m_notifySections);
        item->setData(Qt::UserRole, section);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_notifySections);
    connect(m_notify, &QCheckBox::toggled, m_notifySections, &QWidget::setEnabled);
    return page;
}

void SettingsDialog::load()
{
    selectData(m_language, m_settings->language());
    selectData(m_theme, m_settings->theme());
    const int points = m_settings->articleFontSize();
    if (m_fontSize->findData(points) < 0) {
        m_fontSize->addItem(tr("%1 pt").arg(points), points); // a size set before the list had it
    }
    selectData(m_fontSize, points);
    m_listSummaries->setChecked(m_settings->listSummaries());
    m_confirmMarkAll->setChecked(QSettings().value(QStringLiteral("ui/confirmMarkAllRead"), true).toBool());
    m_confirmSaveShown->setChecked(QSettings().value(QStringLiteral("ui/confirmSaveShown"), true).toBool());
    selectData(m_startSection, m_settings->startSection());
    const int interval = m_settings->refreshIntervalMinutes();
    if (m_interval->findData(interval) < 0) {
        m_interval->addItem(tr("Every %n minute(s)", nullptr, interval), interval);
    }
    selectData(m_interval, interval);
    m_userAgent->setText(m_settings->userAgent());
    selectData(m_proxyMode, int(m_settings->proxyMode()));
    m_proxyHost->setText(m_settings->proxyHost());
    m_proxyPort->setValue(m_settings->proxyPort());
    updateProxyFields();
    m_retentionDays->setValue(m_settings->retentionDays());
    m_retentionPerFeed->setValue(m_settings->retentionPerFeed());
    m_budget->setValue(m_settings->cacheBudgetMb());
    m_tray->setChecked(m_settings->trayIcon());
    m_notify->setChecked(m_settings->notifications());
    const QStringList chosen = m_settings->notifySections();
    for (int i = 0; i < m_notifySections->count(); ++i) {
        QListWidgetItem* item = m_notifySections->item(i);
        item->setCheckState(chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_notifySections->setEnabled(m_notify->isChecked());
}

void SettingsDialog::loadStats()
{
    if (!m_session) {
        return;
    }
    QPointer<QLabel> label(m_stats);
    m_session->analysis()->run<Result<CacheStats>>(
        this,
        [](ArticleQueries& q) { return q.stats(); },
        [this](Result<CacheStats> result) {
            const auto* s = std::get_if<CacheStats>(&result);
            if (!s) {
                m_stats->setText(tr("The statistics could not be read."));
                return;
            }
            const QLocale locale;
            // in the units the image budget above is set in (MB, as 1024² bytes): "2048 MB" beside "4.68 MiB" read
            // as two measures (#14's walk)
            const auto size = [&locale](qint64 bytes) {
                return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
            };
            m_stats->setText(
                tr("%1 articles, %2 images (%3), %4 in all")
                    .arg(
                        locale.toString(s->articles), locale.toString(s->images), size(s->imageBytes), size(s->bytes)));
        });
}

void SettingsDialog::updateProxyFields()
{
    const auto mode = AppSettings::ProxyMode(m_proxyMode->currentData().toInt());
    const bool manual = mode == AppSettings::ProxyMode::Http || mode == AppSettings::ProxyMode::Socks5;
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void SettingsDialog::showAccountsPage()
{
    if (auto* page = findChild<QWidget*>(QStringLiteral("accountsScroll")); page && m_tabs->indexOf(page) >= 0) {
        m_tabs->setCurrentWidget(page);
    }
}

void SettingsDialog::apply()
{
    m_settings->setArticleFontSize(m_fontSize->currentData().toInt());
    m_settings->setListSummaries(m_listSummaries->isChecked());
    QSettings().setValue(QStringLiteral("ui/confirmMarkAllRead"), m_confirmMarkAll->isChecked());
    QSettings().setValue(QStringLiteral("ui/confirmSaveShown"), m_confirmSaveShown->isChecked());
    m_settings->setStartSection(m_startSection->currentData().toString());
    m_settings->setRefreshIntervalMinutes(m_interval->currentData().toInt());
    m_settings->setUserAgent(m_userAgent->text());
    m_settings->setProxy(
        AppSettings::ProxyMode(m_proxyMode->currentData().toInt()), m_proxyHost->text(), m_proxyPort->value());
    m_settings->setRetention(m_retentionDays->value(), m_retentionPerFeed->value());
    m_settings->setCacheBudgetMb(m_budget->value());
    QStringList sections;
    for (int i = 0; i < m_notifySections->count(); ++i) {
        if (m_notifySections->item(i)->checkState() == Qt::Checked) {
            sections.append(m_notifySections->item(i)->data(Qt::UserRole).toString());
        }
    }
    m_settings->setTrayIcon(m_tray->isChecked());
    m_settings->setNotifications(m_notify->isChecked(), sections);
    m_settings->setTheme(m_theme->currentData().toString());
    // last: a new language rebuilds the window this dialog belongs to
    m_settings->setLanguage(m_language->currentData().toString());
}
