#pragma once

#include <QDir>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

/// The real Tiny Tiny RSS server of tools/ttrss-server.sh, as the sync tests see it: its address and user, its
/// feeds directory, a second API client ("another device", with a User-Agent of its own) and SQL on its database.
class TtRssServer
{
public:
    /// Waits for this machine's other sync test runs to finish (they share the server's test user: each one
    /// resets it), then reads `tools/ttrss-server.sh status`. False (with the reason in `why`) when no server runs.
    bool connect(QString* why);

    QUrl url() const { return m_url; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }

    /// Empties the test user's account on the server.
    bool reset();
    /// Writes an RSS file the server can subscribe to; returns its feed URL.
    QString putFeed(const QString& name, const QByteArray& rss);
    /// A category of the test user; returns its id.
    int addCategory(const QString& title);
    /// Subscribes and fetches at once; returns the server's feed id (0 on failure).
    int subscribe(const QString& feedUrl, int categoryId);
    /// One API call as another device; the answer's "content" (an invalid value on failure).
    QJsonValue api(QJsonObject request);
    /// Runs SQL on the server's database (psql -tA output).
    QString sql(const QString& statement);
    /// One article as the API gives it (getArticle): "unread", "marked", "title", …
    QJsonObject article(const QString& id);

private:
    QString script() const;
    QUrl m_url;
    QString m_user;
    QString m_password;
    QString m_feedsDir;
    QString m_feedsUrl;
    QString m_sid;
    QNetworkAccessManager m_network;
    // held for the life of the test binary; a killed run's lock is stale (its PID is gone) and taken over
    QLockFile m_turn{QDir::tempPath() + QStringLiteral("/sosik-ttrss-tests.lock")};
};
