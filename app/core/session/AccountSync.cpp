#include "session/AccountSync.h"

#include "model/Backoff.h"
#include "render/PortalTime.h"
#include "session/SecretStore.h"
#include "store/Cache.h"
#include "sync/TtRssClient.h"

#include <QDateTime>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

namespace news
{
namespace
{

// Runs `job` on the writer thread; `then` gets its result back on `context`'s thread.
template <typename T>
void onWriter(Cache* cache, QObject* context, std::function<T(StoreWriterCore&)> job, std::function<void(T)> then)
{
    // the jobs below report failures in their own value; the cache delivers it unless `context` is gone
    cache->call<T>(
        context,
        [job = std::move(job)](StoreWriterCore& core) { return Result<T>(job(core)); },
        [then = std::move(then)](Result<T> result) { then(std::get<T>(std::move(result))); });
}

// as every time a reader sees (#14): "12.01. 15:11" in the reader's zone, not the locale's short format
QString when(qint64 secs)
{
    return PortalTime::brief(secs, QTimeZone::systemTimeZone());
}

} // namespace

AccountSync::AccountSync(Cache* cache, std::shared_ptr<SecretStore> secrets, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_engine(new SyncEngine(cache, this))
    , m_secrets(std::move(secrets))
{
    m_timer.setInterval(15 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncAccounts(false); });
    m_timer.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { syncAccounts(false); });
    connect(m_engine, &SyncEngine::finished, this, [this](const SyncSummary& s) {
        noteResult(s);
        emit syncFinished(s);
        if (s.articlesNew + s.articlesUpdated + s.readDown + s.unreadDown + s.starredDown + s.unstarredDown
                + s.keptStarred
            > 0) {
            emit contentChanged();
        }
        if (!m_engine->isRunning()) {
            reload();
        }
        emit statusChanged();
    });
}

AccountSync::~AccountSync() = default;

void AccountSync::reload()
{
    onWriter<QList<AccountRecord>>(
        m_cache,
        this,
        [](StoreWriterCore& core) {
            auto r = AccountStore::accounts(core);
            return std::holds_alternative<QList<AccountRecord>>(r) ? std::get<QList<AccountRecord>>(r)
                                                                   : QList<AccountRecord>();
        },
        [this](QList<AccountRecord> list) {
            remember(list);
            emit accountsChanged();
            emit statusChanged();
        });
}

void AccountSync::addTtRss(
    const QString& url, const QString& user, const QString& password, bool syncSubscriptions, bool syncState)
{
    AccountRecord a;
    a.kind = QStringLiteral("ttrss");
    a.url = serverAddress(url);
    a.username = user.trimmed();
    a.syncSubscriptions = syncSubscriptions;
    a.syncState = syncState;
    // the server must take the password first: a wrong one was stored, and the account failed from then on (#16)
    auto* probe = new TtRssClient(QUrl(a.url), a.username, password, this);
    probe->setTimeout(15000);
    probe->checkLogin([this, probe, a, password](Result<int> r) {
        probe->deleteLater();
        if (const Error* e = std::get_if<Error>(&r)) {
            emit accountAdded(false, false, errorText(e->code, e->httpStatus));
            return;
        }
        store(a, password);
    });
}

QString AccountSync::serverAddress(const QString& typed)
{
    // one spelling per server: "…:8281" and "…:8281/" were two accounts of the same user (#16)
    QUrl url = QUrl::fromUserInput(typed.trimmed());
    if (!url.path().endsWith(u'/')) {
        url.setPath(url.path() + u'/');
    }
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString();
}

void AccountSync::store(const AccountRecord& a, const QString& password)
{
    struct Added
    {
        qint64 id = 0;
        QString error;
    };
    onWriter<Added>(
        m_cache,
        this,
        [a](StoreWriterCore& core) {
            if (const auto known = AccountStore::accounts(core);
                const auto* list = std::get_if<QList<AccountRecord>>(&known)) {
                for (const AccountRecord& other : *list) {
                    if (other.kind == a.kind && other.url == a.url && other.username == a.username) {
                        return Added{0, tr("%1 at %2 is already an account here.").arg(a.username, a.url)};
                    }
                }
            }
            const auto r = AccountStore::addAccount(core, a, QDateTime::currentSecsSinceEpoch());
            if (const Error* e = std::get_if<Error>(&r)) {
                return Added{0, errorText(e->code, e->httpStatus)};
            }
            return Added{std::get<qint64>(r), {}};
        },
        [this, password](Added added) {
            if (added.id == 0) {
                emit accountAdded(false, false, added.error);
                return;
            }
            // the keychain first; where there is none (or it refuses), the cache keeps the password
            // (the keychain may answer after this object is gone: it is shared, not owned)
            auto keep = [self = QPointer<AccountSync>(this), id = added.id, password](bool inKeychain) {
                if (!self) {
                    return;
                }
                onWriter<bool>(
                    self->m_cache,
                    self,
                    [id, password, inKeychain](StoreWriterCore& core) {
                        return std::holds_alternative<bool>(AccountStore::setSecret(core, id, password, inKeychain));
                    },
                    [self, inKeychain](bool ok) {
                        emit self->accountAdded(ok, inKeychain, QString());
                        self->reload();
                        self->syncNow();
                    });
            };
            if (m_secrets) {
                m_secrets->store(added.id, password, std::move(keep));
            } else {
                keep(false);
            }
        });
}

void AccountSync::remove(qint64 accountId)
{
    m_failures.remove(accountId);
    m_retryAt.remove(accountId);
    scheduleRetry();
    if (m_secrets) {
        m_secrets->remove(accountId);
    }
    onWriter<bool>(
        m_cache,
        this,
        [accountId](StoreWriterCore& core) {
            return std::holds_alternative<bool>(AccountStore::removeAccount(core, accountId));
        },
        [this](bool) {
            reload();
            emit contentChanged();
        });
}

void AccountSync::testConnection(const QString& url, const QString& user, const QString& password)
{
    delete m_probe;
    m_probe = new TtRssClient(QUrl::fromUserInput(url.trimmed()), user.trimmed(), password, this);
    m_probe->setTimeout(15000);
    m_probe->checkLogin([this, probe = m_probe](Result<int> r) {
        if (const Error* e = std::get_if<Error>(&r)) {
            emit connectionTested(false, errorText(e->code, e->httpStatus));
        } else {
            emit connectionTested(true, tr("Connected (Tiny Tiny RSS API level %1).").arg(std::get<int>(r)));
        }
        probe->deleteLater();
        if (m_probe == probe) {
            m_probe = nullptr;
        }
    });
}

void AccountSync::noteResult(const SyncSummary& s)
{
    m_results.insert(s.accountId, s);
    if (s.ok) {
        m_failures.remove(s.accountId);
        m_retryAt.remove(s.accountId);
    } else {
        const int failures = m_failures.value(s.accountId) + 1;
        m_failures.insert(s.accountId, failures);
        m_retryAt.insert(s.accountId, QDateTime::currentSecsSinceEpoch() + backoffSeconds(failures));
    }
    scheduleRetry();
}

void AccountSync::scheduleRetry()
{
    qint64 earliest = 0;
    for (auto it = m_retryAt.cbegin(); it != m_retryAt.cend(); ++it) {
        earliest = earliest == 0 ? it.value() : std::min(earliest, it.value());
    }
    if (earliest == 0 || !m_timer.isActive()) {
        m_retryTimer.stop(); // nothing backs off, or automatic sync is off: the reader syncs by hand
        return;
    }
    const qint64 ms = std::max<qint64>(0, earliest - QDateTime::currentSecsSinceEpoch()) * 1000;
    m_retryTimer.start(int(std::min<qint64>(ms, 12 * 3600 * 1000)));
}

void AccountSync::syncNow()
{
    syncAccounts(true);
}

void AccountSync::syncDue()
{
    syncAccounts(false);
}

void AccountSync::remember(const QList<AccountRecord>& list)
{
    m_accounts = list;
    // a back-off the cache keeps from an earlier run goes on where it was: after a restart a failing account
    // was tried at once and then from 5 minutes again (#16)
    bool seeded = false;
    for (const AccountRecord& a : list) {
        if (a.failures > 0 && !m_failures.contains(a.id)) {
            m_failures.insert(a.id, a.failures);
            m_retryAt.insert(a.id, a.lastFailure + backoffSeconds(a.failures));
            seeded = true;
        }
    }
    if (seeded) {
        scheduleRetry();
    }
}

void AccountSync::syncAccounts(bool all)
{
    if (m_offline) {
        return; // queued changes wait in the cache; the sync runs when the network is back
    }
    onWriter<QList<AccountRecord>>(
        m_cache,
        this,
        [](StoreWriterCore& core) {
            auto r = AccountStore::accounts(core);
            return std::holds_alternative<QList<AccountRecord>>(r) ? std::get<QList<AccountRecord>>(r)
                                                                   : QList<AccountRecord>();
        },
        [this, all](QList<AccountRecord> list) {
            remember(list);
            emit accountsChanged();
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QList<AccountRecord> due;
            for (const AccountRecord& a : list) {
                // a failing account waits out its back-off unless the reader asked (#16: no hammering)
                if (all || m_retryAt.value(a.id) <= now) {
                    due.append(a);
                }
            }
            if (!due.isEmpty()) {
                emit syncStarted();
            }
            for (const AccountRecord& a : std::as_const(due)) {
                syncAccount(a);
            }
            emit statusChanged();
        });
}

void AccountSync::syncAccount(const AccountRecord& account)
{
    if (!account.secretInKeychain) {
        m_engine->sync(account.id);
        return;
    }
    ++m_waitingForPasswords;
    auto withPassword = [self = QPointer<AccountSync>(this), id = account.id](bool ok, const QString& password) {
        if (!self) {
            return;
        }
        self->passwordRead(id, ok, password);
    };
    if (m_secrets) {
        m_secrets->read(account.id, std::move(withPassword));
    } else {
        withPassword(false, QString());
    }
}

void AccountSync::passwordRead(qint64 id, bool ok, const QString& password)
{
    --m_waitingForPasswords;
    if (!ok) {
        SyncSummary failed;
        failed.accountId = id;
        failed.ok = false;
        failed.error = Error{ErrorCode::HttpStatus, QStringLiteral("no password in the keychain"), 401};
        noteResult(failed);
        emit syncFinished(failed);
        emit statusChanged();
        return;
    }
    m_engine->sync(id, password);
}

void AccountSync::setOffline(bool offline)
{
    const bool back = m_offline && !offline;
    const bool changed = m_offline != offline;
    m_offline = offline;
    if (back) {
        syncAccounts(false); // the network is back: what was queued meanwhile goes up now (failing ones wait)
    }
    if (changed) {
        emit statusChanged(); // the next try moved: now, or when the network is back
    }
}

void AccountSync::setInterval(int minutes)
{
    if (minutes <= 0) {
        m_timer.stop();
    } else {
        m_timer.start(minutes * 60 * 1000);
    }
    scheduleRetry();
    emit statusChanged();
}

qint64 AccountSync::nextSync() const
{
    if (m_offline) {
        return 0;
    }
    if (!m_timer.isActive()) {
        return -1;
    }
    return QDateTime::currentSecsSinceEpoch() + (m_timer.remainingTime() + 999) / 1000;
}

qint64 AccountSync::nextSync(qint64 accountId) const
{
    const qint64 next = nextSync();
    if (next <= 0) {
        return next;
    }
    const qint64 retry = m_retryAt.value(accountId);
    if (retry == 0) {
        return next;
    }
    // backing off: the first automatic sync at or after the back-off's end (the retry timer's, or the regular one)
    return std::max(retry, QDateTime::currentSecsSinceEpoch());
}

QString AccountSync::errorText(ErrorCode code, int httpStatus)
{
    switch (code) {
    case ErrorCode::Network:
        return tr("The sync server cannot be reached.");
    case ErrorCode::HttpStatus:
        if (httpStatus == 401) {
            return tr("The server refused the user name or password.");
        }
        if (httpStatus == 403) {
            return tr("The server has API access switched off (Tiny Tiny RSS: Preferences → Enable API).");
        }
        return tr("The sync server answered with an error (HTTP %1).").arg(httpStatus);
    case ErrorCode::Malformed:
    case ErrorCode::NotAFeed:
        return tr("The address does not answer like a Tiny Tiny RSS server.");
    case ErrorCode::TooLarge:
        return tr("The sync server sent too much at once.");
    case ErrorCode::Storage:
        return tr("The cache could not be written.");
    case ErrorCode::Cancelled:
        return tr("The sync was cancelled.");
    }
    return tr("The sync failed.");
}

QString AccountSync::statusText() const
{
    if (m_accounts.isEmpty()) {
        return {};
    }
    if (isSyncing()) {
        return tr("Syncing…");
    }
    for (const AccountRecord& a : m_accounts) {
        if (a.lastErrorCode > 0) {
            QString failing
                = tr("Sync failing since %1: %2")
                      .arg(when(a.failingSince), errorText(ErrorCode(a.lastErrorCode - 1), a.lastHttpStatus));
            if (m_accounts.size() > 1) {
                // which one, when there are several (#16 walk)
                failing = tr("%1 at %2: %3").arg(a.username, QUrl(a.url).host(), failing);
            }
            // the next try too, as a failing feed's (#16): the reader sees it is not retried every few seconds
            const qint64 next = nextSync(a.id);
            if (next > 0) {
                return failing + QStringLiteral(" · ") + tr("Next try: %1").arg(when(next));
            }
            return next == 0 ? failing + QStringLiteral(" · ") + tr("Next try: when the network is back") : failing;
        }
    }
    qint64 last = 0;
    for (const AccountRecord& a : m_accounts) {
        last = std::max(last, a.lastSync);
    }
    return last > 0 ? tr("Synced %1").arg(when(last)) : tr("Not synced yet");
}

} // namespace news
