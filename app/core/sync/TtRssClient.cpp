#include "sync/TtRssClient.h"

#include "model/Remote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcSync, "news.sync")

namespace news
{
namespace
{

constexpr int kPage = 200; // getHeadlines' own ceiling
constexpr int kLaterSyncLimit = 5000;
constexpr int kStateLimit = 20000; // ids per state list; past it the list counts as cut off
constexpr qint64 kMaxAnswer = 64 * 1024 * 1024;

QString idString(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

QDateTime fromUnix(const QJsonValue& v)
{
    const qint64 secs = qint64(v.toDouble());
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

// "since,skip,max": the since id of this run of pages, how many it has taken, the highest id seen so far
struct Cursor
{
    qint64 since = 0;
    int skip = 0;
    qint64 max = 0;
};

Cursor parseCursor(const QString& text)
{
    const QStringList parts = text.split(u',');
    Cursor c;
    c.since = parts.value(0).toLongLong();
    c.skip = parts.value(1).toInt();
    c.max = std::max(c.since, parts.value(2).toLongLong());
    return c;
}

// One article row of getHeadlines or getArticle (the two name their fields alike).
RemoteArticle remoteArticle(const QJsonObject& o)
{
    RemoteArticle a;
    a.id = idString(o.value(QLatin1String("id")));
    a.feedId = idString(o.value(QLatin1String("feed_id")));
    a.title = o.value(QLatin1String("title")).toString();
    a.link = o.value(QLatin1String("link")).toString();
    a.author = o.value(QLatin1String("author")).toString();
    a.content = o.value(QLatin1String("content")).toString();
    a.published = fromUnix(o.value(QLatin1String("updated")));
    a.unread = o.value(QLatin1String("unread")).toBool();
    a.starred = o.value(QLatin1String("marked")).toBool();
    for (const QJsonValue& t : o.value(QLatin1String("tags")).toArray()) {
        if (!t.toString().isEmpty()) {
            a.tags.append(t.toString());
        }
    }
    for (const QJsonValue& at : o.value(QLatin1String("attachments")).toArray()) {
        const QString url = at.toObject().value(QLatin1String("content_url")).toString();
        if (!url.isEmpty()) {
            a.enclosures.append(url);
        }
    }
    return a;
}

} // namespace

TtRssClient::TtRssClient(const QUrl& serverUrl, QString user, QString password, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_api(apiUrl(serverUrl))
    , m_user(std::move(user))
    , m_password(std::move(password))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

TtRssClient::~TtRssClient()
{
    abort();
}

QUrl TtRssClient::apiUrl(const QUrl& serverUrl)
{
    QUrl url = serverUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1String("/index.php"))) {
        path.chop(9);
    }
    if (!path.endsWith(u'/')) {
        path += u'/';
    }
    if (!path.endsWith(QLatin1String("/api/"))) {
        path += QLatin1String("api/");
    }
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void TtRssClient::abort()
{
    ++m_generation;
    for (QNetworkReply* reply : m_network->findChildren<QNetworkReply*>()) {
        reply->abort();
    }
}

void TtRssClient::post(const QJsonObject& request, Json done)
{
    QNetworkRequest req(m_api);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // the server binds a session to the User-Agent that opened it: one fixed value for every call
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("Sosik/%1 (sync)").arg(QCoreApplication::applicationVersion()));
    req.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->post(req, QJsonDocument(request).toJson(QJsonDocument::Compact));
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswer) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    const QString op = request.value(QLatin1String("op")).toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done), generation, op] {
        reply->deleteLater();
        if (generation != m_generation) {
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("tooLarge").toBool()) {
            done(Error{ErrorCode::TooLarge, QStringLiteral("%1: answer over %2 bytes").arg(op).arg(kMaxAnswer)});
            return;
        }
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            // our own aborts returned above: this is the transfer timeout, which Qt calls "Operation canceled"
            done(Error{ErrorCode::Network,
                       QStringLiteral("%1: timed out (no data for %2 ms)").arg(op).arg(m_timeoutMs)});
            return;
        }
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done(Error{ErrorCode::Network, QStringLiteral("%1: %2").arg(op, reply->errorString())});
            return;
        }
        const QByteArray body = reply->readAll();
        if (status >= 400) {
            done(Error{ErrorCode::HttpStatus, QStringLiteral("%1: HTTP %2").arg(op).arg(status), status});
            return;
        }
        // the server went away in the middle of the answer: a network failure, not a malformed answer, and
        // nothing of the half-read page may be used
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool cut = declared.isValid() && reply->rawHeader("Content-Encoding").isEmpty()
            && body.size() < declared.toLongLong();
        if (reply->error() != QNetworkReply::NoError || cut) {
            done(Error{ErrorCode::Network,
                       QStringLiteral("%1: the connection closed before the answer was complete (%2 of %3 bytes)")
                           .arg(op)
                           .arg(body.size())
                           .arg(declared.isValid() ? declared.toString() : QStringLiteral("?"))});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject() || !doc.object().contains(QLatin1String("status"))) {
            const bool html = body.trimmed().startsWith('<');
            done(Error{ErrorCode::Malformed,
                       QStringLiteral("%1: the answer is not Tiny Tiny RSS's API (%2)")
                           .arg(op, html ? QStringLiteral("an HTML page") : parseError.errorString())});
            return;
        }
        const QJsonObject answer = doc.object();
        const QJsonValue content = answer.value(QLatin1String("content"));
        if (answer.value(QLatin1String("status")).toInt() != 0) {
            const QString error = content.toObject().value(QLatin1String("error")).toString();
            if (error == QLatin1String("LOGIN_ERROR")) {
                done(Error{ErrorCode::HttpStatus, QStringLiteral("%1: LOGIN_ERROR").arg(op), 401});
            } else if (error == QLatin1String("API_DISABLED")) {
                done(Error{ErrorCode::HttpStatus, QStringLiteral("%1: API_DISABLED").arg(op), 403});
            } else {
                // NOT_LOGGED_IN among others: call() decides
                done(Error{ErrorCode::Malformed, QStringLiteral("%1: %2").arg(op, error), 0});
            }
            return;
        }
        done(content);
    });
}

void TtRssClient::login(Done<bool> done)
{
    QJsonObject request{{"op", "login"}, {"user", m_user}, {"password", m_password}};
    post(request, [this, done = std::move(done)](Result<QJsonValue> r) {
        if (const Error* e = std::get_if<Error>(&r)) {
            done(*e);
            return;
        }
        m_sid = std::get<QJsonValue>(r).toObject().value(QLatin1String("session_id")).toString();
        if (m_sid.isEmpty()) {
            done(Error{ErrorCode::Malformed, QStringLiteral("login: no session id")});
            return;
        }
        qCDebug(lcSync) << "logged in to" << m_api.toString(QUrl::RemoveUserInfo);
        done(true);
    });
}

void TtRssClient::call(const QJsonObject& request, Json done, bool retried)
{
    if (m_sid.isEmpty()) {
        login([this, request, done = std::move(done), retried](Result<bool> r) mutable {
            if (const Error* e = std::get_if<Error>(&r)) {
                done(*e);
                return;
            }
            call(request, std::move(done), retried);
        });
        return;
    }
    QJsonObject withSession = request;
    withSession.insert(QLatin1String("sid"), m_sid);
    post(withSession, [this, request, done, retried](Result<QJsonValue> r) mutable {
        if (const Error* e = std::get_if<Error>(&r); e && e->detail.endsWith(QLatin1String("NOT_LOGGED_IN"))) {
            if (!retried) {
                // the server dropped the session (expired, logged out, restarted): log in again, once
                m_sid.clear();
                call(request, std::move(done), true);
                return;
            }
            done(Error{ErrorCode::HttpStatus, e->detail, 401});
            return;
        }
        done(std::move(r));
    });
}

void TtRssClient::checkLogin(Done<int> done)
{
    call(QJsonObject{{"op", "getApiLevel"}}, [done = std::move(done)](Result<QJsonValue> r) {
        if (const Error* e = std::get_if<Error>(&r)) {
            done(*e);
            return;
        }
        done(std::get<QJsonValue>(r).toObject().value(QLatin1String("level")).toInt());
    });
}

void TtRssClient::subscriptions(Done<QList<RemoteFeed>> done)
{
    call(QJsonObject{{"op", "getCategories"}}, [this, done = std::move(done)](Result<QJsonValue> r) mutable {
        if (const Error* e = std::get_if<Error>(&r)) {
            done(*e);
            return;
        }
        QHash<QString, QString> categories;
        for (const QJsonValue& c : std::get<QJsonValue>(r).toArray()) {
            const QJsonObject o = c.toObject();
            const QString id = idString(o.value(QLatin1String("id")));
            if (id.toLongLong() > 0) {
                categories.insert(id, o.value(QLatin1String("title")).toString());
            }
        }
        // cat_id -3: every feed, whatever its category
        call(QJsonObject{{"op", "getFeeds"}, {"cat_id", -3}},
             [categories, done = std::move(done)](Result<QJsonValue> r) {
                 if (const Error* e = std::get_if<Error>(&r)) {
                     done(*e);
                     return;
                 }
                 QList<RemoteFeed> feeds;
                 for (const QJsonValue& f : std::get<QJsonValue>(r).toArray()) {
                     const QJsonObject o = f.toObject();
                     RemoteFeed feed;
                     feed.id = idString(o.value(QLatin1String("id")));
                     if (feed.id.toLongLong() <= 0) {
                         continue; // special feeds (starred, published, fresh, …) and labels
                     }
                     feed.title = o.value(QLatin1String("title")).toString();
                     feed.url = o.value(QLatin1String("feed_url")).toString();
                     feed.siteUrl = o.value(QLatin1String("site_url")).toString();
                     feed.category = categories.value(idString(o.value(QLatin1String("cat_id"))));
                     feeds.append(feed);
                 }
                 done(feeds);
             });
    });
}

void TtRssClient::articlesSince(const QString& cursorText, Done<RemoteArticlePage> done)
{
    const Cursor cursor = parseCursor(cursorText);
    QJsonObject request{{"op", "getHeadlines"},
                        {"feed_id", -4}, // all articles
                        {"view_mode", "all_articles"},
                        {"show_content", true},
                        {"include_attachments", true},
                        {"limit", kPage},
                        {"skip", cursor.skip},
                        {"since_id", cursor.since}};
    const int limit = cursor.since == 0 ? m_firstSyncLimit : kLaterSyncLimit;
    call(request, [cursor, limit, done = std::move(done)](Result<QJsonValue> r) {
        if (const Error* e = std::get_if<Error>(&r)) {
            done(*e);
            return;
        }
        RemoteArticlePage page;
        qint64 max = cursor.max;
        const QJsonArray rows = std::get<QJsonValue>(r).toArray();
        for (const QJsonValue& v : rows) {
            RemoteArticle a = remoteArticle(v.toObject());
            max = std::max(max, a.id.toLongLong());
            page.articles.append(std::move(a));
        }
        const int taken = cursor.skip + int(rows.size());
        page.more = rows.size() == kPage && taken < limit;
        page.cursor
            = page.more ? QStringLiteral("%1,%2,%3").arg(cursor.since).arg(taken).arg(max) : QString::number(max);
        done(page);
    });
}

void TtRssClient::stateUp(const QList<StateChange>& changes, Done<int> done)
{
    // one updateArticle per (field, value), ids comma-separated (field 2 = unread, 0 = starred; mode 1 sets)
    QMap<std::pair<int, int>, QStringList> groups;
    for (const StateChange& c : changes) {
        const int field = c.field == StateChange::Field::Read ? 2 : 0;
        const int mode = c.field == StateChange::Field::Read ? (c.value ? 0 : 1) : (c.value ? 1 : 0);
        groups[{field, mode}].append(c.articleId);
    }
    QList<QJsonObject> requests;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); i += 500) {
            requests.append(QJsonObject{{"op", "updateArticle"},
                                        {"article_ids", it.value().mid(i, 500).join(u',')},
                                        {"field", it.key().first},
                                        {"mode", it.key().second}});
        }
    }
    sendUpdates(std::move(requests), int(changes.size()), std::move(done));
}

void TtRssClient::sendUpdates(QList<QJsonObject> requests, int total, Done<int> done)
{
    if (requests.isEmpty()) {
        done(total);
        return;
    }
    const QJsonObject request = requests.takeFirst();
    call(request, [this, requests = std::move(requests), total, done = std::move(done)](Result<QJsonValue> r) mutable {
        if (const Error* e = std::get_if<Error>(&r)) {
            done(*e);
            return;
        }
        sendUpdates(std::move(requests), total, std::move(done));
    });
}

void TtRssClient::headlineIds(const QJsonObject& base, int skip, QStringList ids, Done<QStringList> done)
{
    QJsonObject request = base;
    request.insert(QLatin1String("skip"), skip);
    call(request, [this, base, skip, ids = std::move(ids), done = std::move(done)](Result<QJsonValue> r) mutable {
        if (const Error* e = std::get_if<Error>(&r)) {
            done(*e);
            return;
        }
        const QJsonArray rows = std::get<QJsonValue>(r).toArray();
        for (const QJsonValue& v : rows) {
            ids.append(idString(v.toObject().value(QLatin1String("id"))));
        }
        if (rows.size() < kPage || ids.size() >= kStateLimit) {
            done(ids);
            return;
        }
        headlineIds(base, skip + int(rows.size()), std::move(ids), std::move(done));
    });
}

void TtRssClient::stateDown(Done<RemoteState> done)
{
    const QJsonObject unread{{"op", "getHeadlines"},
                             {"feed_id", -4},
                             {"view_mode", "unread"},
                             {"limit", kPage},
                             {"show_content", false},
                             {"show_excerpt", false}};
    headlineIds(unread, 0, {}, [this, done = std::move(done)](Result<QStringList> r) mutable {
        if (const Error* e = std::get_if<Error>(&r)) {
            done(*e);
            return;
        }
        auto state = std::make_shared<RemoteState>();
        state->unread = std::get<QStringList>(r);
        state->complete = state->unread.size() < kStateLimit;
        const QJsonObject starred{{"op", "getHeadlines"},
                                  {"feed_id", -1},
                                  {"view_mode", "all_articles"},
                                  {"limit", kPage},
                                  {"show_content", false},
                                  {"show_excerpt", false}};
        headlineIds(starred, 0, {}, [state, done = std::move(done)](Result<QStringList> r) {
            if (const Error* e = std::get_if<Error>(&r)) {
                done(*e);
                return;
            }
            state->starred = std::get<QStringList>(r);
            state->complete = state->complete && state->starred.size() < kStateLimit;
            done(*state);
        });
    });
}

void TtRssClient::articles(const QStringList& ids, Done<QList<RemoteArticle>> done)
{
    articleBatches(ids, {}, std::move(done));
}

void TtRssClient::articleBatches(QStringList ids, QList<RemoteArticle> found, Done<QList<RemoteArticle>> done)
{
    if (ids.isEmpty()) {
        done(found);
        return;
    }
    // getArticle takes ids comma-separated and leaves out any it does not have (dropped, or another user's)
    const QStringList batch = ids.mid(0, kPage);
    ids.remove(0, batch.size());
    call(QJsonObject{{"op", "getArticle"}, {"article_id", batch.join(u',')}},
         [this, ids = std::move(ids), found = std::move(found), done = std::move(done)](Result<QJsonValue> r) mutable {
             if (const Error* e = std::get_if<Error>(&r)) {
                 done(*e);
                 return;
             }
             for (const QJsonValue& v : std::get<QJsonValue>(r).toArray()) {
                 found.append(remoteArticle(v.toObject()));
             }
             articleBatches(std::move(ids), std::move(found), std::move(done));
         });
}

} // namespace news
