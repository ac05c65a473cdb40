#include "sync/SyncEngine.h"

#include "model/Remote.h"
#include "sources/FeedDiscovery.h"
#include "store/Cache.h"
#include "sync/TtRssClient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace news
{
namespace
{

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

SyncEngine::SyncEngine(Cache* cache, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
{
    qRegisterMetaType<SyncSummary>();
}

SyncEngine::~SyncEngine()
{
    cancel();
}

std::unique_ptr<AccountClient>
SyncEngine::makeClient(const AccountRecord& account, const QString& password, QObject* parent)
{
    if (account.kind == QLatin1String("ttrss")) {
        return std::make_unique<TtRssClient>(QUrl(account.url), account.username, password, parent);
    }
    return nullptr;
}

template <typename T>
void SyncEngine::onWriter(std::function<Result<T>(StoreWriterCore&)> job, std::function<void(Result<T>)> then)
{
    const quint64 generation = m_generation;
    // a job of an earlier, cancelled sync delivers nothing
    m_cache->call<T>(this, std::move(job), [this, generation, then = std::move(then)](Result<T> result) {
        if (m_generation == generation) {
            then(result);
        }
    });
}

void SyncEngine::sync(qint64 accountId, const QString& password)
{
    if (m_running) {
        for (const auto& queued : std::as_const(m_queue)) {
            if (queued.first == accountId) {
                return;
            }
        }
        m_queue.append({accountId, password});
        return;
    }
    m_running = true;
    ++m_generation;
    m_timer.start();
    m_summary = SyncSummary{};
    m_summary.accountId = accountId;
    emit started(accountId);
    onWriter<AccountRecord>([accountId](StoreWriterCore& core) { return AccountStore::account(core, accountId); },
                            [this, password](Result<AccountRecord> r) {
                                if (const Error* e = std::get_if<Error>(&r)) {
                                    fail(*e);
                                    return;
                                }
                                begin(std::get<AccountRecord>(r), password);
                            });
}

void SyncEngine::syncAll()
{
    onWriter<QList<AccountRecord>>([](StoreWriterCore& core) { return AccountStore::accounts(core); },
                                   [this](Result<QList<AccountRecord>> r) {
                                       const auto* list = std::get_if<QList<AccountRecord>>(&r);
                                       if (!list || list->isEmpty()) {
                                           if (!m_running) {
                                               emit allFinished();
                                           }
                                           return;
                                       }
                                       for (const AccountRecord& a : *list) {
                                           if (!a.secretInKeychain) {
                                               sync(a.id);
                                           }
                                       }
                                   });
}

void SyncEngine::cancel()
{
    ++m_generation;
    if (m_client) {
        m_client->abort();
    }
    m_queue.clear();
    m_running = false;
}

void SyncEngine::begin(const AccountRecord& account, const QString& password)
{
    m_account = account;
    m_client = makeClient(account, password.isEmpty() ? account.secret : password, this);
    if (!m_client) {
        fail(Error{ErrorCode::Malformed, QStringLiteral("unknown account kind %1").arg(account.kind)});
        return;
    }
    if (auto* ttrss = dynamic_cast<TtRssClient*>(m_client.get())) {
        ttrss->setTimeout(m_timeoutMs);
    }
    qCDebug(lcSync) << "sync of account" << account.id << "starts";
    if (account.syncSubscriptions) {
        stepSubscriptions();
    } else {
        stepArticles(account.cursor);
    }
}

void SyncEngine::stepSubscriptions()
{
    const quint64 generation = m_generation;
    m_client->subscriptions([this, generation](Result<QList<RemoteFeed>> r) {
        if (generation != m_generation) {
            return;
        }
        if (const Error* e = std::get_if<Error>(&r)) {
            fail(*e);
            return;
        }
        const qint64 id = m_account.id;
        QList<RemoteFeed> feeds = std::get<QList<RemoteFeed>>(r);
        for (RemoteFeed& f : feeds) {
            // the rule a feed added here follows (a server without categories put every feed in 종합, #16)
            const QString suggested = suggestSection(f.title, QUrl(f.url));
            f.suggestedSection = suggested == QLatin1String("general") ? QString() : suggested;
        }
        onWriter<AccountStore::SubscriptionChange>(
            [id, feeds = std::move(feeds)](StoreWriterCore& core) {
                return AccountStore::applySubscriptions(core, id, feeds, nowSecs());
            },
            [this](Result<AccountStore::SubscriptionChange> r) {
                if (const Error* e = std::get_if<Error>(&r)) {
                    fail(*e);
                    return;
                }
                const auto& change = std::get<AccountStore::SubscriptionChange>(r);
                m_summary.feedsAdded = change.added;
                m_summary.feedsRemoved = change.removed;
                m_summary.feedsKept = change.kept;
                stepArticles(m_account.cursor);
            });
    });
}

void SyncEngine::stepArticles(const QString& cursor)
{
    const quint64 generation = m_generation;
    m_client->articlesSince(cursor, [this, generation](Result<RemoteArticlePage> r) {
        if (generation != m_generation) {
            return;
        }
        if (const Error* e = std::get_if<Error>(&r)) {
            fail(*e);
            return;
        }
        RemoteArticlePage page = std::get<RemoteArticlePage>(std::move(r));
        const qint64 id = m_account.id;
        const QString nextCursor = page.cursor;
        const bool more = page.more;
        onWriter<ArticleWrite>(
            [id, page = std::move(page)](StoreWriterCore& core) -> Result<ArticleWrite> {
                Result<ArticleWrite> written = AccountStore::writeArticles(core, id, page.articles, nowSecs());
                // the cursor moves on only once a whole page is stored: a failure or a kill fetches it again
                if (std::holds_alternative<ArticleWrite>(written) && !page.more) {
                    if (const auto r = AccountStore::setCursor(core, id, page.cursor);
                        std::holds_alternative<Error>(r)) {
                        return std::get<Error>(r);
                    }
                }
                return written;
            },
            [this, nextCursor, more](Result<ArticleWrite> r) {
                if (const Error* e = std::get_if<Error>(&r)) {
                    fail(*e);
                    return;
                }
                const ArticleWrite& w = std::get<ArticleWrite>(r);
                m_summary.articlesNew += w.newItems;
                m_summary.articlesUpdated += w.updatedItems;
                for (qint64 feed : w.feedIds) {
                    if (!m_summary.feedIds.contains(feed)) {
                        m_summary.feedIds.append(feed);
                    }
                }
                if (more) {
                    stepArticles(nextCursor);
                    return;
                }
                m_account.cursor = nextCursor;
                if (m_account.syncState) {
                    stepState();
                } else {
                    succeed();
                }
            });
    });
}

void SyncEngine::stepState()
{
    const quint64 generation = m_generation;
    m_client->stateDown([this, generation](Result<RemoteState> r) {
        if (generation != m_generation) {
            return;
        }
        if (const Error* e = std::get_if<Error>(&r)) {
            fail(*e);
            return;
        }
        const qint64 id = m_account.id;
        onWriter<AccountStore::StarCheck>(
            [id, state = std::get<RemoteState>(r)](StoreWriterCore& core) {
                return AccountStore::starsToCheck(core, id, state);
            },
            [this, state = std::get<RemoteState>(r)](Result<AccountStore::StarCheck> c) {
                if (const Error* e = std::get_if<Error>(&c)) {
                    fail(*e);
                    return;
                }
                stepStars(state, std::get<AccountStore::StarCheck>(c));
            });
    });
}

void SyncEngine::stepStars(RemoteState state, const AccountStore::StarCheck& check)
{
    if (check.missing.isEmpty() && check.unstarred.isEmpty()) {
        stepMerge(std::move(state), {});
        return;
    }
    // one look at the articles themselves: a star the list no longer names may be an article the server dropped
    // (a reset, a purge), and a starred article not held here comes down whole
    const quint64 generation = m_generation;
    m_client->articles(check.missing + check.unstarred,
                       [this, generation, state = std::move(state), check](Result<QList<RemoteArticle>> r) mutable {
                           if (generation != m_generation) {
                               return;
                           }
                           if (const Error* e = std::get_if<Error>(&r)) {
                               fail(*e);
                               return;
                           }
                           const QList<RemoteArticle>& found = std::get<QList<RemoteArticle>>(r);
                           QSet<QString> present;
                           QList<RemoteArticle> fetched;
                           const QSet<QString> missing(check.missing.cbegin(), check.missing.cend());
                           for (const RemoteArticle& a : found) {
                               present.insert(a.id);
                               if (missing.contains(a.id) && a.starred) {
                                   fetched.append(a);
                               }
                           }
                           for (const QString& id : check.unstarred) {
                               if (!present.contains(id)) {
                                   state.gone.append(id);
                               }
                           }
                           stepMerge(std::move(state), std::move(fetched));
                       });
}

void SyncEngine::stepMerge(RemoteState state, QList<RemoteArticle> fetched)
{
    struct Merged
    {
        StateMerge merge;
        qint64 maxId = 0;
        ArticleWrite written;
    };
    const qint64 id = m_account.id;
    onWriter<Merged>(
        [id, state = std::move(state), fetched = std::move(fetched)](StoreWriterCore& core) -> Result<Merged> {
            Merged merged;
            if (!fetched.isEmpty()) {
                Result<ArticleWrite> written = AccountStore::writeArticles(core, id, fetched, nowSecs());
                if (const Error* e = std::get_if<Error>(&written)) {
                    return *e;
                }
                merged.written = std::get<ArticleWrite>(written);
            }
            const Result<QueuedChanges> queued = AccountStore::queuedChanges(core, id);
            if (const Error* e = std::get_if<Error>(&queued)) {
                return *e;
            }
            const auto& q = std::get<QueuedChanges>(queued);
            Result<StateMerge> merge = AccountStore::mergeState(core, id, state, q);
            if (const Error* e = std::get_if<Error>(&merge)) {
                return *e;
            }
            merged.merge = std::get<StateMerge>(merge);
            merged.maxId = q.maxId;
            return merged;
        },
        [this](Result<Merged> r) {
            if (const Error* e = std::get_if<Error>(&r)) {
                fail(*e);
                return;
            }
            const Merged& m = std::get<Merged>(r);
            m_summary.articlesNew += m.written.newItems;
            m_summary.starredFetched = m.written.newItems;
            for (qint64 feed : m.written.feedIds) {
                if (!m_summary.feedIds.contains(feed)) {
                    m_summary.feedIds.append(feed);
                }
            }
            m_summary.readDown = m.merge.readDown;
            m_summary.unreadDown = m.merge.unreadDown;
            m_summary.starredDown = m.merge.starredDown;
            m_summary.unstarredDown = m.merge.unstarredDown;
            m_summary.keptStarred = m.merge.keptStarred;
            m_summary.keptGone = m.merge.keptGone;
            stepUp(m.merge, m.maxId);
        });
}

void SyncEngine::stepUp(const StateMerge& merge, qint64 maxId)
{
    const quint64 generation = m_generation;
    const qint64 id = m_account.id;
    auto confirm = [this, id, maxId, sent = merge.up] {
        onWriter<bool>(
            [id, maxId, sent](StoreWriterCore& core) { return AccountStore::confirmSent(core, id, maxId, sent); },
            [this, sent](Result<bool> r) {
                if (const Error* e = std::get_if<Error>(&r)) {
                    fail(*e);
                    return;
                }
                for (const StateChange& c : sent) {
                    if (c.field == StateChange::Field::Read) {
                        ++(c.value ? m_summary.readUp : m_summary.unreadUp);
                    } else {
                        ++(c.value ? m_summary.starredUp : m_summary.unstarredUp);
                    }
                }
                succeed();
            });
    };
    if (merge.up.isEmpty()) {
        confirm(); // the queue rows it covered are settled all the same
        return;
    }
    m_client->stateUp(merge.up, [this, generation, confirm](Result<int> r) {
        if (generation != m_generation) {
            return;
        }
        if (const Error* e = std::get_if<Error>(&r)) {
            fail(*e); // the queue keeps the changes: the next sync sends them
            return;
        }
        confirm();
    });
}

void SyncEngine::succeed()
{
    const qint64 id = m_account.id;
    onWriter<bool>([id](StoreWriterCore& core) { return AccountStore::recordSuccess(core, id, nowSecs()); },
                   [this](Result<bool>) {
                       m_summary.ok = true;
                       m_summary.seconds = m_timer.elapsed() / 1000.0;
                       qCDebug(lcSync) << "sync of account" << m_account.id << "done in" << m_summary.seconds << "s";
                       next();
                   });
}

void SyncEngine::fail(const Error& error)
{
    m_summary.ok = false;
    m_summary.error = error;
    m_summary.seconds = m_timer.elapsed() / 1000.0;
    if (m_client) {
        m_client->abort();
    }
    qCWarning(lcSync) << "sync of account" << m_summary.accountId << "failed:" << error.detail;
    const qint64 id = m_summary.accountId;
    onWriter<bool>(
        [id, error](StoreWriterCore& core) { return AccountStore::recordFailure(core, id, error, nowSecs()); },
        [this](Result<bool>) { next(); });
}

void SyncEngine::next()
{
    m_running = false;
    const SyncSummary summary = m_summary;
    m_client.reset();
    emit finished(summary);
    if (m_running) {
        return; // a slot started another sync
    }
    if (!m_queue.isEmpty()) {
        const auto [id, password] = m_queue.takeFirst();
        sync(id, password);
        return;
    }
    emit allFinished();
}

} // namespace news
