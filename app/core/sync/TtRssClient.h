#pragma once

#include "model/Remote.h"
#include "sync/AccountClient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace news
{

/// Tiny Tiny RSS through its JSON API (api/, a POST of one JSON object per call), over QNetworkAccessManager.
/// What the server does that shapes this (measured on Debian 12's tt-rss, #16): it accepts only a JSON body; a
/// session id is bound to the User-Agent that logged in, so every call sends the same one; a dropped session
/// answers NOT_LOGGED_IN and is logged into again once; API_DISABLED until the user's ENABLE_API_ACCESS
/// preference is set; getHeadlines gives at most 200 rows a call.
///
/// Errors: the server down or unreachable → Network; an HTTP error → HttpStatus; a wrong user name or password,
/// or the API switched off → HttpStatus
/// 401 (403 for API_DISABLED); an answer that is not the API (an HTML page) → Malformed. Every call
/// has a time limit. The password is kept for logging in and never logged.
class TtRssClient : public QObject, public AccountClient
{
    Q_OBJECT

public:
    TtRssClient(const QUrl& serverUrl, QString user, QString password, QObject* parent = nullptr);
    ~TtRssClient() override;

    /// The API endpoint for a server address as a user types it ("https://host/tt-rss", "…/tt-rss/api/").
    static QUrl apiUrl(const QUrl& serverUrl);
    /// Milliseconds one call may take (connect, send, answer); default 20 s.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// At most this many articles on a first sync (the newest), default 1000; later syncs take up to 5000.
    void setFirstSyncLimit(int articles) { m_firstSyncLimit = articles; }

    /// Logs in (when not yet) and reports the server's API level: the settings' "test connection".
    void checkLogin(Done<int> done);

    void subscriptions(Done<QList<RemoteFeed>> done) override;
    void articlesSince(const QString& cursor, Done<RemoteArticlePage> done) override;
    void stateUp(const QList<StateChange>& changes, Done<int> done) override;
    void stateDown(Done<RemoteState> done) override;
    void articles(const QStringList& ids, Done<QList<RemoteArticle>> done) override;
    void abort() override;

    /// The current session id (tests drop it on the server to check that the client logs in again).
    QString sessionId() const { return m_sid; }

private:
    using Json = Done<QJsonValue>;
    void call(const QJsonObject& request, Json done, bool retried = false);
    void post(const QJsonObject& request, Json done);
    void login(Done<bool> done);
    void sendUpdates(QList<QJsonObject> requests, int total, Done<int> done);
    void headlineIds(const QJsonObject& base, int skip, QStringList ids, Done<QStringList> done);
    void articleBatches(QStringList ids, QList<RemoteArticle> found, Done<QList<RemoteArticle>> done);

    QNetworkAccessManager* m_network;
    QUrl m_api;
    QString m_user;
    QString m_password;
    QString m_sid;
    int m_timeoutMs = 20000;
    int m_firstSyncLimit = 1000;
    quint64 m_generation = 0; // bumped by abort(): answers of older calls are dropped
};

} // namespace news
