#pragma once

#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace news
{

/// A feed the server has the user subscribed to.
struct RemoteFeed
{
    QString id;
    QString title;
    QString url;
    QString siteUrl;
    QString category; // the server's folder/category title, "" when none
};

/// One article as the server gives it. `content` is HTML as the server keeps it (not yet sanitized).
struct RemoteArticle
{
    QString id;
    QString feedId;
    QString title; // plain text
    QString link;
    QString author;
    QString content;
    QDateTime published; // UTC; invalid when unknown
    QDateTime updated;
    QStringList tags;
    QStringList enclosures; // URLs of attached images and media
    bool unread = true;
    bool starred = false;
};

struct RemoteArticlePage
{
    QList<RemoteArticle> articles;
    QString cursor; // where the next "articles since" starts
    bool more = false; // another page follows at once
};

/// The server's read/starred state, as sets of article ids (what is not unread is read).
struct RemoteState
{
    QStringList unread;
    QStringList starred;
    bool complete = true; // false: the server's lists were cut off (then only what they name is applied)
};

/// One flag of one article, changed here, to be sent up.
struct StateChange
{
    QString articleId;
    enum class Field
    {
        Read,
        Starred,
    };
    Field field = Field::Read;
    bool value = true;
};

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
    /// Drops whatever is in flight; no `done` is called afterwards.
    virtual void abort() = 0;
};

} // namespace news
