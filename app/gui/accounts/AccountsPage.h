#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace news
{
class AccountSync;
} // namespace news

/// 설정 → 계정 (#16): the accounts with their sync state; adding a Tiny Tiny RSS account (address, user, password,
/// what syncs), testing the connection, syncing now, removing one. Everything it starts runs off the GUI thread
/// and reports back through AccountSync.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(news::AccountSync* accounts, QWidget* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();
    void askToRemove();
    void updateButtons();

    news::AccountSync* m_accounts;
    QLabel* m_none; // in place of the list while there is no account
    QListWidget* m_list;
    QLabel* m_status;
    QLineEdit* m_url;
    QLabel* m_plainHttp; // shown for an http:// address off this machine
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_syncSubscriptions;
    QCheckBox* m_syncState;
    QPushButton* m_test;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_syncNow;
    QLabel* m_result;
};
