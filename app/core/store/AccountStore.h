#pragma once

#include "model/Remote.h"
#include "store/StoreWriter.h"

#include <QHash>

namespace news
{

/// An account on a sync server (table accounts, migration 007).
struct AccountRecord
{
    qint64 id = 0;
    QString kind = QStringLiteral("ttrss");
    QString url;
    QString username;
    QString secret; // the password when no keychain holds it; never logged or printed
    bool secretInKeychain = false;
    bool syncSubscriptions = true;
    bool syncState = true;
    QString cursor;
    qint64 lastSync = 0;
    int lastErrorCode = 0; // ErrorCode + 1, 0 = fine
    int lastHttpStatus = 0;
    QString lastError;
    qint64 failingSince = 0;
    qint64 created = 0;
    int feeds = 0;
    int articles = 0;
    int pending = 0; // local changes not yet on the server
    int failures = 0; // failed syncs in a row (the back-off's count, kept across restarts)
    qint64 lastFailure = 0; // unix seconds of the latest of them
};

/// One queued local change (sync_queue), coalesced: the last value per article and flag.
struct QueuedChanges
{
    qint64 maxId = 0; // every queue row up to here is covered
    QList<StateChange> changes;
};

/// What applying the server's state did here, and what still has to go up.
struct StateMerge
{
    int readDown = 0; // marked read here because they were read on the server
    int unreadDown = 0;
    int starredDown = 0;
    int unstarredDown = 0;
    int keptStarred = 0; // conflicts where a star was kept (never silently cleared)
    int keptGone = 0; // articles the server dropped, whose flags stay as they are here
    QList<StateChange> up;
};

struct ArticleWrite
{
    int newItems = 0;
    int updatedItems = 0;
    QList<qint64> feedIds;
};

/// Sync bookkeeping in the cache, as named operations on the writer (#12: no SQL and no connection outside store/).
/// Every function is one transaction on the writer's connection; sync/SyncEngine and the session run them on the
/// writer thread, sosik-cli on its own writer.
namespace AccountStore
{

Result<qint64> addAccount(StoreWriterCore& core, const AccountRecord& account, qint64 now);
Result<QList<AccountRecord>> accounts(StoreWriterCore& core);
Result<AccountRecord> account(StoreWriterCore& core, qint64 id);
/// Removes the account, its feeds and their articles.
Result<bool> removeAccount(StoreWriterCore& core, qint64 id);
Result<bool> setSecret(StoreWriterCore& core, qint64 id, const QString& secret, bool inKeychain);
Result<bool> setOptions(StoreWriterCore& core, qint64 id, bool syncSubscriptions, bool syncState);

struct SubscriptionChange
{
    int added = 0;
    int removed = 0;
    int kept = 0; // gone from the server but kept here because they hold starred or saved articles
};
/// Makes the account's local feeds match the server's: one source (named after the feed) and feed each, in the
/// section its category maps to.
Result<SubscriptionChange>
applySubscriptions(StoreWriterCore& core, qint64 accountId, const QList<RemoteFeed>& feeds, qint64 now);
/// Normalises the server's articles as local feeds' items are (sanitizer, credits, sections, search index, images),
/// writes them to their feeds and records which local article each is. New ones take the server's read/starred.
/// A starred article of a feed the account does not list (the server's archive) goes to 구독 취소한 피드의 보관 기사;
/// other articles of unlisted feeds are skipped.
Result<ArticleWrite>
writeArticles(StoreWriterCore& core, qint64 accountId, const QList<RemoteArticle>& articles, qint64 now);
Result<bool> setCursor(StoreWriterCore& core, qint64 accountId, const QString& cursor);

/// What the server's state leaves to ask it about article by article (AccountClient::articles): `missing`, starred
/// there but not held here (older than the first sync, or in the server's archive after an unsubscribe), at most
/// `limit` of them; `unstarred`, starred here and at the last sync but not in the server's starred list now, which
/// is either an unstar on another device or an article the server dropped — and a star is never lost to the second.
struct StarCheck
{
    QStringList missing;
    QStringList unstarred;
};
Result<StarCheck> starsToCheck(StoreWriterCore& core, qint64 accountId, const RemoteState& state, int limit = 500);

Result<QueuedChanges> queuedChanges(StoreWriterCore& core, qint64 accountId);
/// Merges the server's state with the queued local changes (the conflict rule, README "Accounts"): a flag that
/// changed only on one side since the last sync takes that side's value; changed on both sides, the change made
/// here wins (it is queued with its time, and is later than the last sync the server's change followed) — except
/// that a star is never cleared by a conflict: starred on either side stays starred. The flags of an article the
/// server dropped (`state.gone`) stay as they are here, and later syncs leave them so.
Result<StateMerge>
mergeState(StoreWriterCore& core, qint64 accountId, const RemoteState& state, const QueuedChanges& queued);
/// The server took `sent`: drops the queue rows up to `maxId` and remembers the server's new flags.
Result<bool> confirmSent(StoreWriterCore& core, qint64 accountId, qint64 maxId, const QList<StateChange>& sent);

Result<bool> recordSuccess(StoreWriterCore& core, qint64 accountId, qint64 now);
Result<bool> recordFailure(StoreWriterCore& core, qint64 accountId, const Error& error, qint64 now);

/// The source key of an account's feed: "account:<account id>:<remote feed id>".
QString sourceKey(qint64 accountId, const QString& remoteFeedId);

} // namespace AccountStore

} // namespace news
