#include "accounts/AccountsPage.h"

#include "accounts/PasswordVault.h"
#include "session/AccountSync.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace news;

namespace
{

template <typename W>
W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

AccountsPage::AccountsPage(AccountSync* accounts, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Sosik reads local feeds by default. An account on a Tiny Tiny RSS server shares "
                                "subscriptions and read and starred articles with your other devices. When both "
                                "sides changed the same article, the later change wins; a star is never removed "
                                "by a conflict."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_none = named(new QLabel(tr("No account yet: Sosik reads your feeds on this computer only.")),
                   "noAccountLabel",
                   tr("No account"));
    m_none->setWordWrap(true);
    layout->addWidget(m_none);
    m_list = named(new QListWidget, "accountList", tr("Accounts"));
    // whole lines, wrapped: a long user name or error ran off sideways behind a scroll bar
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_list);
    m_status = named(new QLabel, "accountStatusLabel", tr("Sync status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* actions = new QHBoxLayout;
    m_syncNow = named(new QPushButton(tr("Sync &now")), "syncNowButton", tr("Sync now"));
    m_remove = named(new QPushButton(tr("&Remove account")), "removeAccountButton", tr("Remove account"));
    actions->addWidget(m_syncNow);
    actions->addWidget(m_remove);
    actions->addStretch();
    layout->addLayout(actions);

    auto* box = new QGroupBox(tr("Add a Tiny Tiny RSS account"));
    auto* form = new QFormLayout(box);
    m_url = named(new QLineEdit, "accountUrlEdit", tr("Server address"));
    m_url->setPlaceholderText(QStringLiteral("https://rss.example.org/tt-rss/"));
    m_user = named(new QLineEdit, "accountUserEdit", tr("User name"));
    m_password = named(new QLineEdit, "accountPasswordEdit", tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_syncSubscriptions = named(new QCheckBox(tr("Subscriptions")), "syncSubscriptionsCheck", tr("Sync subscriptions"));
    m_syncSubscriptions->setChecked(true);
    m_syncState = named(new QCheckBox(tr("Read and starred")), "syncStateCheck", tr("Sync read and starred"));
    m_syncState->setChecked(true);
    form->addRow(tr("Server &address:"), m_url);
    // a password in the clear over the network: said before it goes (#16 walk)
    m_plainHttp = named(new QLabel(tr("This address is not encrypted (http): the password and what you read go over "
                                      "the network as they are. Use https if the server offers it.")),
                        "accountPlainHttpWarning",
                        tr("Unencrypted address warning"));
    m_plainHttp->setWordWrap(true);
    m_plainHttp->setVisible(false);
    form->addRow(m_plainHttp);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QUrl url = QUrl::fromUserInput(text.trimmed());
        const QString host = url.host();
        const bool loopback = host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
            || host == QLatin1String("::1");
        m_plainHttp->setVisible(!text.trimmed().isEmpty() && url.scheme() == QLatin1String("http") && !loopback);
    });
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* what = new QHBoxLayout;
    what->addWidget(m_syncSubscriptions);
    what->addWidget(m_syncState);
    what->addStretch();
    form->addRow(tr("What syncs:"), what);
    if (!PasswordVault::available()) {
        auto* warning = named(new QLabel(tr("This system has no keychain Sosik can use: the password is kept in "
                                            "Sosik's cache folder, readable by anyone who can read your files.")),
                              "accountKeychainWarning",
                              tr("Password storage warning"));
        warning->setWordWrap(true);
        form->addRow(warning);
    }
    auto* buttons = new QHBoxLayout;
    m_test = named(new QPushButton(tr("&Test connection")), "testConnectionButton", tr("Test connection"));
    m_add = named(new QPushButton(tr("A&dd account")), "addAccountButton", tr("Add account"));
    buttons->addWidget(m_test);
    buttons->addWidget(m_add);
    buttons->addStretch();
    form->addRow(buttons);
    m_result = named(new QLabel, "accountResultLabel", tr("Result"));
    m_result->setWordWrap(true);
    form->addRow(m_result);
    layout->addWidget(box);
    layout->addStretch();

    for (QLineEdit* edit : {m_url, m_user, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, &AccountsPage::updateButtons);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsPage::updateButtons);
    for (QLineEdit* edit : {m_url, m_user, m_password}) {
        edit->installEventFilter(this);
    }
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Connecting…"));
        m_accounts->testConnection(m_url->text(), m_user->text(), m_password->text());
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_add->setEnabled(false);
        m_accounts->addTtRss(m_url->text(),
                             m_user->text(),
                             m_password->text(),
                             m_syncSubscriptions->isChecked(),
                             m_syncState->isChecked());
    });
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::askToRemove);
    connect(m_syncNow, &QPushButton::clicked, m_accounts, &AccountSync::syncNow);
    connect(m_accounts, &AccountSync::connectionTested, this, [this](bool, const QString& message) {
        m_result->setText(message);
    });
    connect(m_accounts, &AccountSync::accountAdded, this, [this](bool ok, bool inKeychain, const QString& error) {
        if (!ok) {
            m_result->setText(tr("The account could not be added: %1").arg(error));
        } else {
            m_result->setText(inKeychain ? tr("Account added; its password is in the keychain.")
                                         : tr("Account added. There is no keychain: its password is kept in "
                                              "Sosik's cache folder."));
            // a fresh form for the next one (the address and user stayed, as if not yet added)
            m_url->clear();
            m_user->clear();
            m_password->clear();
        }
        updateButtons();
    });
    connect(m_accounts, &AccountSync::accountsChanged, this, &AccountsPage::fill);
    connect(m_accounts, &AccountSync::statusChanged, this, [this] { m_status->setText(m_accounts->statusText()); });
    fill();
    m_accounts->reload();
}

void AccountsPage::askToRemove()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    AccountRecord account;
    for (const AccountRecord& a : m_accounts->accounts()) {
        if (a.id == id) {
            account = a;
        }
    }
    // it takes the account's articles and scraps off this computer, and what was not sent yet: the reader says so
    // first (it went at one click, #16)
    QString text = tr("Remove the account %1 at %2? Its %n article(s), with their scraps, go from this computer; "
                      "the server keeps its own.",
                      nullptr,
                      account.articles)
                       .arg(account.username, account.url);
    if (account.pending > 0) {
        text += QStringLiteral("\n\n")
            + tr("%n change(s) made here have not reached the server yet and will be lost.", nullptr, account.pending);
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove account"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeAccountQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, remove, id](QAbstractButton* clicked) {
        if (clicked == remove) {
            m_accounts->remove(id);
            m_result->clear(); // "계정을 추가했습니다" stayed under a removed account
        }
        box->close();
    });
    box->open(); // window-modal, and the event loop goes on
}

bool AccountsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the form adds the account; it reached the dialog and closed 설정, the account thrown away (#16)
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_add->isEnabled()) {
                m_add->click();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AccountsPage::fill()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    for (const AccountRecord& a : m_accounts->accounts()) {
        QStringList parts{tr("Tiny Tiny RSS — %1 at %2").arg(a.username, a.url),
                          tr("%n feed(s)", nullptr, a.feeds),
                          tr("%n article(s)", nullptr, a.articles)};
        if (a.pending > 0) {
            parts << tr("%n change(s) waiting to go up", nullptr, a.pending);
        }
        QString line = parts.join(QStringLiteral(" · "));
        if (a.lastErrorCode > 0) {
            line += QStringLiteral("\n") + AccountSync::errorText(ErrorCode(a.lastErrorCode - 1), a.lastHttpStatus);
        }
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, a.id);
        if (a.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    m_status->setText(m_accounts->statusText());
    m_none->setVisible(m_list->count() == 0);
    updateButtons();
}

void AccountsPage::updateButtons()
{
    const bool complete
        = !m_url->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_test->setEnabled(complete);
    m_add->setEnabled(complete);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
    m_syncNow->setEnabled(m_list->count() > 0);
}
