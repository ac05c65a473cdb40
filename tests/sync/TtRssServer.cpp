#include "TtRssServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>

QString TtRssServer::script() const
{
    return QStringLiteral(SOSIK_SOURCE_DIR "/tools/ttrss-server.sh");
}

bool TtRssServer::connect(QString* why)
{
    if (!m_turn.tryLock(20 * 60 * 1000)) {
        *why = QStringLiteral("another sync test run has held its turn (%1) for 20 minutes").arg(m_turn.fileName());
        return false;
    }
    QProcess status;
    status.start(QStringLiteral("bash"), {script(), QStringLiteral("status")});
    if (!status.waitForFinished(30000) || status.exitCode() != 0) {
        QFile log(QStringLiteral(SOSIK_TTRSS_LOG));
        QString reason = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).trimmed() : QString();
        *why = QStringLiteral("no Tiny Tiny RSS server runs (tools/ttrss-server.sh start needs root and a package "
                              "registry the first time): %1")
                   .arg(reason.isEmpty() ? QStringLiteral("no start log") : reason.right(400));
        return false;
    }
    for (const QString& line : QString::fromUtf8(status.readAllStandardOutput()).split(u'\n')) {
        const QString key = line.section(u'=', 0, 0);
        const QString value = line.section(u'=', 1);
        if (key == QLatin1String("URL")) {
            m_url = QUrl(value);
        } else if (key == QLatin1String("USER")) {
            m_user = value;
        } else if (key == QLatin1String("PASSWORD")) {
            m_password = value;
        } else if (key == QLatin1String("FEEDS_DIR")) {
            m_feedsDir = value;
        } else if (key == QLatin1String("FEEDS_URL")) {
            m_feedsUrl = value;
        }
    }
    if (!m_url.isValid() || m_password.isEmpty()) {
        *why = QStringLiteral("tools/ttrss-server.sh status printed no URL and password");
        return false;
    }
    return true;
}

bool TtRssServer::reset()
{
    QProcess p;
    p.start(QStringLiteral("bash"), {script(), QStringLiteral("reset")});
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

QString TtRssServer::sql(const QString& statement)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {script(), QStringLiteral("sql"), statement});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString TtRssServer::putFeed(const QString& name, const QByteArray& rss)
{
    QFile file(m_feedsDir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(rss) != rss.size()) {
        return {};
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    return m_feedsUrl + name;
}

int TtRssServer::addCategory(const QString& title)
{
    QString quoted = title;
    quoted.replace(u'\'', QLatin1String("''"));
    return sql(QStringLiteral("INSERT INTO ttrss_feed_categories (owner_uid, title) SELECT id, '%1' FROM ttrss_users "
                              "WHERE login = '%2' RETURNING id")
                   .arg(quoted, m_user))
        .section(u'\n', 0, 0)
        .toInt();
}

QJsonValue TtRssServer::api(QJsonObject request)
{
    auto post = [this](const QJsonObject& body) -> QJsonObject {
        QNetworkRequest req(QUrl(m_url.toString() + QStringLiteral("api/")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Sosik sync tests (another device)"));
        req.setTransferTimeout(30000);
        QNetworkReply* reply = m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            done.wait(30000);
        }
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_sid.isEmpty()) {
            const QJsonObject login = post(QJsonObject{{"op", "login"}, {"user", m_user}, {"password", m_password}});
            m_sid = login.value(QLatin1String("content")).toObject().value(QLatin1String("session_id")).toString();
        }
        request.insert(QLatin1String("sid"), m_sid);
        const QJsonObject answer = post(request);
        if (answer.value(QLatin1String("status")).toInt(-1) == 0) {
            return answer.value(QLatin1String("content"));
        }
        m_sid.clear(); // NOT_LOGGED_IN: the tests drop sessions on purpose
    }
    return {};
}

int TtRssServer::subscribe(const QString& feedUrl, int categoryId)
{
    const QJsonValue r
        = api(QJsonObject{{"op", "subscribeToFeed"}, {"feed_url", feedUrl}, {"category_id", categoryId}});
    const int id = r.toObject().value(QLatin1String("status")).toObject().value(QLatin1String("feed_id")).toInt();
    if (id > 0) {
        api(QJsonObject{{"op", "updateFeed"}, {"feed_id", id}});
    }
    return id;
}

QJsonObject TtRssServer::article(const QString& id)
{
    return api(QJsonObject{{"op", "getArticle"}, {"article_id", id}}).toArray().first().toObject();
}
