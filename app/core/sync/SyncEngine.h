#pragma once

#include "store/AccountStore.h"
#include "sync/AccountClient.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>

#include <memory>

namespace news
{

class Cache;

/// What one sync of one account did: what came down, what went up.
struct SyncSummary
{
    qint64 accountId = 0;
    bool ok = true;
    Error error; // when !ok
    int feedsAdded = 0;
    int feedsRemoved = 0;
    int feedsKept = 0;
    int articlesNew = 0;
    int articlesUpdated = 0;
    int readDown = 0;
    int unreadDown = 0;
    int starredDown = 0;
    int unstarredDown = 0;
    int keptStarred = 0;
    int keptGone = 0; // starred here, dropped by the server: kept as they are
    int starredFetched = 0; // starred on the server and not held here (archived, or older than the first sync)
    int readUp = 0;
    int unreadUp = 0;
    int starredUp = 0;
    int unstarredUp = 0;
    double seconds = 0;
    QList<qint64> feedIds; // local feeds that got articles (for images and full text)
};

/// Two-way sync of an account (#16), one at a time: subscriptions → articles since the last sync (normalised and
/// stored like a local feed's) → the server's read/starred state merged with the queued local changes → those
/// changes up. Network through the account's AccountClient, every write on the cache's writer thread, nothing on
/// the caller's thread but bookkeeping. The cache must be open. Local changes wait in sync_queue (written by the
/// same transaction as the change) until the server has them, so a failed or killed sync loses nothing.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(Cache* cache, QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Syncs one account; `password` overrides the stored one (the GUI reads it from the keychain).
    void sync(qint64 accountId, const QString& password = {});
    /// Syncs every account whose password is stored in the cache, one after the other (finished per account,
    /// then allFinished).
    void syncAll();
    void cancel();
    bool isRunning() const { return m_running; }
    /// Per-call time limit of the server calls (tests use short ones).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// A client for an account record (the kind decides), or nullptr for an unknown kind.
    static std::unique_ptr<AccountClient>
    makeClient(const AccountRecord& account, const QString& password, QObject* parent);

signals:
    void started(qint64 accountId);
    void finished(const news::SyncSummary& summary);
    void allFinished();

private:
    template <typename T>
    void onWriter(std::function<Result<T>(StoreWriterCore&)> job, std::function<void(Result<T>)> then);
    void begin(const AccountRecord& account, const QString& password);
    void stepSubscriptions();
    void stepArticles(const QString& cursor);
    void stepState();
    void stepStars(RemoteState state, const AccountStore::StarCheck& check);
    void stepMerge(RemoteState state, QList<RemoteArticle> fetched);
    void stepUp(const StateMerge& merge, qint64 maxId);
    void succeed();
    void fail(const Error& error);
    void next();

    Cache* m_cache;
    std::unique_ptr<AccountClient> m_client;
    AccountRecord m_account;
    SyncSummary m_summary;
    QElapsedTimer m_timer;
    QList<std::pair<qint64, QString>> m_queue; // accounts still to do, with their passwords
    bool m_running = false;
    int m_timeoutMs = 20000;
    quint64 m_generation = 0;
};

} // namespace news

Q_DECLARE_METATYPE(news::SyncSummary)
