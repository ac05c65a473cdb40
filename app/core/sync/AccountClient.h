#pragma once

#include "model/Remote.h"
#include "support/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace news
{

/// The narrow interface every kind of account implements (#16): Tiny Tiny RSS now; the Google Reader API
/// (FreshRSS, Miniflux) and Nextcloud News fit the same four calls. Calls are asynchronous and never block;
/// each reports once through `done`, on the thread that made the call. Logging in (and logging in again when
/// the server dropped the session) is the implementation's business.
class AccountClient
{
public:
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    virtual ~AccountClient() = default;

    /// Every feed the user is subscribed to.
    virtual void subscriptions(Done<QList<RemoteFeed>> done) = 0;
    /// Articles newer than `cursor` ("" = from the start, at most `firstSyncLimit` of the newest), a page at a time.
    virtual void articlesSince(const QString& cursor, Done<RemoteArticlePage> done) = 0;
    /// Sends local changes; `done` gets how many the server took.
    virtual void stateUp(const QList<StateChange>& changes, Done<int> done) = 0;
    /// The server's current unread and starred sets.
    virtual void stateDown(Done<RemoteState> done) = 0;
    /// The articles of `ids` the server still has, with their content and flags; an id it dropped is missing from
    /// the answer. The sync asks for starred articles it does not hold yet (older than its first sync, or moved to
    /// an archive when their feed was unsubscribed) and for stars that the server's list no longer names.
    virtual void articles(const QStringList& ids, Done<QList<RemoteArticle>> done) = 0;
    /// Drops whatever is in flight; no `done` is called afterwards.
    virtual void abort() = 0;
};

} // namespace news
