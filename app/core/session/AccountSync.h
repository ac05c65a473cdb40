#pragma once

#include "store/AccountStore.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace news
{

class Cache;
class SecretStore;
class TtRssClient;

/// A session's accounts (#16): lists them, adds and removes them (passwords in `secrets` where there is one),
/// tests a connection and syncs — every account at start, every 15 minutes, when the network comes back and on
/// request. Network and writes run off the GUI thread (SyncEngine, the cache's writer); this object only keeps
/// the last list and status for the settings page and the status bar.
class AccountSync : public QObject
{
    Q_OBJECT

public:
    /// `secrets`: the keychain for passwords (the GUI's); none: passwords are kept in the cache.
    explicit AccountSync(Cache* cache, std::shared_ptr<SecretStore> secrets = {}, QObject* parent = nullptr);
    ~AccountSync() override;

    QList<AccountRecord> accounts() const { return m_accounts; }
    bool isSyncing() const { return m_engine->isRunning() || m_waitingForPasswords > 0; }
    /// The summary of the last sync of each account this session, by account id.
    QHash<qint64, SyncSummary> lastResults() const { return m_results; }

    void reload();
    void
    addTtRss(const QString& url, const QString& user, const QString& password, bool syncSubscriptions, bool syncState);
    void remove(qint64 accountId);
    void testConnection(const QString& url, const QString& user, const QString& password);
    /// Syncs every account now, failing ones too (the reader asked; their back-off starts again from here).
    void syncNow();
    /// Syncs the accounts that are not backing off (at start: a back-off from an earlier run goes on).
    void syncDue();
    void setOffline(bool offline);
    /// Minutes between automatic syncs (0: only by hand and when the network returns).
    void setInterval(int minutes);

    /// A server address as accounts keep it: scheme and host as typed or implied, the path ending in "/".
    static QString serverAddress(const QString& typed);
    /// The Korean (translated) sentence for a sync error: what happened, in the reader's words.
    static QString errorText(ErrorCode code, int httpStatus);
    /// The status bar's line: syncing, the last sync's time, or the error since when.
    QString statusText() const;
    /// Unix seconds of the next automatic sync (a failed one is retried then); 0: when the network is back
    /// (offline now); -1: only by hand (automatic sync is off).
    qint64 nextSync() const;
    /// The same for one account: a failing one backs off like a failing feed (5 min, 10, 20, … 12 h) and is not
    /// synced automatically before then (at start, on the timer, when the network returns); a success resets it.
    qint64 nextSync(qint64 accountId) const;
    /// Failed syncs in a row of an account (0: its last one worked, or none ran yet), counted across restarts.
    int failuresInARow(qint64 accountId) const { return m_failures.value(accountId); }

signals:
    void accountsChanged();
    /// ok: the account was stored; inKeychain: its password went to the keychain (else: stored in the cache).
    void accountAdded(bool ok, bool inKeychain, const QString& error);
    void connectionTested(bool ok, const QString& message);
    void syncStarted();
    void syncFinished(const SyncSummary& summary);
    void statusChanged();
    /// New articles or statuses came down: views reload, images and full text get fetched.
    void contentChanged();

private:
    /// Syncs the accounts that are due: all when `all`, else those not backing off.
    void syncAccounts(bool all);
    void syncAccount(const AccountRecord& account);
    /// Stores an account whose login the server took, its password in the keychain or the cache, then syncs it.
    void store(const AccountRecord& account, const QString& password);
    /// Takes the accounts as the cache has them, with the back-off of those that were failing before.
    void remember(const QList<AccountRecord>& list);
    void noteResult(const SyncSummary& summary);
    void scheduleRetry();
    void passwordRead(qint64 accountId, bool ok, const QString& password);

    Cache* m_cache;
    SyncEngine* m_engine;
    std::shared_ptr<SecretStore> m_secrets;
    TtRssClient* m_probe = nullptr;
    QList<AccountRecord> m_accounts;
    QHash<qint64, SyncSummary> m_results;
    QTimer m_timer;
    QTimer m_retryTimer; // single shot: the earliest back-off of a failing account ends
    QHash<qint64, int> m_failures; // failed syncs in a row, by account id
    QHash<qint64, qint64> m_retryAt; // unix seconds: no automatic sync of that account before
    bool m_offline = false;
    int m_waitingForPasswords = 0;
};

} // namespace news
