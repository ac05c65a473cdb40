#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace
{

const QByteArray kActivate = QByteArrayLiteral("activate\n");

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
{
    // socket names are short and must not contain path separators; include the user so accounts never meet
    const QByteArray hash
        = QCryptographicHash::hash(
              (qEnvironmentVariable("USER") + qEnvironmentVariable("USERNAME") + QLatin1Char('|') + key).toUtf8(),
              QCryptographicHash::Sha256)
              .toHex()
              .left(24);
    m_name = QStringLiteral("sosik-") + QString::fromLatin1(hash);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::start()
{
    {
        // the connection completes in the kernel, so this short wait does not depend on the other's event loop
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (socket.waitForConnected(500)) {
            socket.write(kActivate);
            socket.waitForBytesWritten(500);
            socket.disconnectFromServer();
            return false;
        }
    }
    QLocalServer::removeServer(m_name); // a socket file left behind by a crashed instance
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        return true; // no single-instance guard is better than no Sosik
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            auto read = [this, client] {
                if (client->readAll().contains("activate")) {
                    emit activationRequested();
                }
            };
            connect(client, &QLocalSocket::readyRead, this, read);
            if (client->bytesAvailable() > 0) {
                read(); // the message may have arrived with the connection
            }
        }
    });
    return true;
}
