#include "LocalHttpServer.h"

#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace
{

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

quint32 crc32(const QByteArray& data)
{
    static quint32 table[256];
    static bool init = false;
    if (!init) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[i] = c;
        }
        init = true;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFu;
}

} // namespace

QByteArray gzipCompress(const QByteArray& data)
{
    // qCompress = 4-byte length + zlib stream (2-byte header, raw deflate, 4-byte Adler-32)
    const QByteArray z = qCompress(data, 9);
    const QByteArray deflate = z.mid(4 + 2, z.size() - 4 - 2 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    const quint32 crc = crc32(data);
    const quint32 size = quint32(data.size());
    for (int i = 0; i < 4; ++i) {
        out += char((crc >> (8 * i)) & 0xFF);
    }
    for (int i = 0; i < 4; ++i) {
        out += char((size >> (8 * i)) & 0xFF);
    }
    return out;
}

HttpResponse HttpResponse::ok(const QByteArray& body, const QByteArray& contentType)
{
    HttpResponse r;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return r;
}

HttpResponse HttpResponse::withStatus(int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QByteArray::number(status) + ' ' + reason(status);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    return r;
}

HttpResponse HttpResponse::redirect(int status, const QByteArray& location)
{
    HttpResponse r = withStatus(status);
    r.headers.append(qMakePair(QByteArray("Location"), location));
    return r;
}

HttpResponse HttpResponse::fixture(const QString& relativePath, const QByteArray& contentType)
{
    QFile f(QStringLiteral(SOSIK_TEST_DATA "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly)) {
        return withStatus(500);
    }
    return ok(f.readAll(), contentType);
}

HttpResponse& HttpResponse::header(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append(qMakePair(name, value));
    return *this;
}

LocalHttpServer::LocalHttpServer(const QHostAddress& address, quint16 port, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_address(address)
{
    Q_ASSERT(address.isLoopback()); // never anything but loopback
    m_server->listen(address, port);
    connect(m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onConnection);
}

LocalHttpServer::~LocalHttpServer() = default;

bool LocalHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 LocalHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl LocalHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://%1:%2%3").arg(m_address.toString()).arg(port()).arg(path));
}

void LocalHttpServer::route(const QByteArray& path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void LocalHttpServer::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

void LocalHttpServer::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // like nginx (tcp_nodelay on): the response's last segment goes at once instead of waiting for the
        // client's delayed ACK (a 40 ms stall per response on Linux loopback)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LocalHttpServer::onReadable(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    HttpRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    request.path
        = request.target.left(request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    // a POST's body (Content-Length only): wait until all of it is here, so that a kept-alive connection's next
    // request starts where it should
    const qsizetype length = std::max<qsizetype>(0, request.header("content-length").toLongLong());
    if (buffer.size() < end + 4 + length) {
        return;
    }
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    ++m_requests;
    m_perPath[request.path] += 1;
    m_log.append(request);
    emit requestReceived(request.path);
    respond(socket, request);
}

void LocalHttpServer::respond(QTcpSocket* socket, const HttpRequest& request)
{
    HttpResponse response;
    if (auto it = m_routes.constFind(request.path); it != m_routes.constEnd()) {
        response = it.value()(request);
    } else if (m_fallback) {
        response = m_fallback(request);
    } else {
        response = HttpResponse::withStatus(404);
    }
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            if (guard) {
                send(guard, response);
            }
        });
        return;
    }
    send(socket, response);
}

void LocalHttpServer::send(QTcpSocket* socket, HttpResponse response)
{
    QByteArray body = response.body;
    if (response.gzip) {
        body = gzipCompress(body);
        response.header("Content-Encoding", "gzip");
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers) {
        if (response.omitContentType && name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            continue;
        }
        head += name + ": " + value + "\r\n";
    }
    head += "Connection: close\r\n";
    if (response.endless) {
        head += "Content-Type: application/rss+xml\r\n\r\n";
        socket->write(head);
        // stream until the client gives up (bounded so that a broken client cannot keep us forever)
        auto* timer = new QTimer(socket);
        auto sent = std::make_shared<qint64>(0);
        const QByteArray chunk(64 * 1024, 'x');
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, chunk] {
            if (socket->state() != QAbstractSocket::ConnectedState || *sent > 300LL * 1024 * 1024) {
                timer->stop();
                socket->abort();
                return;
            }
            if (socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                *sent += chunk.size();
            }
        });
        timer->start(1);
        return;
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    if (response.stallAfterHeaders) {
        socket->write(head + body.left(body.size() / 2));
        socket->flush();
        QTimer::singleShot(120000, socket, [socket] { socket->abort(); });
        return;
    }
    if (response.resetMidBody) {
        socket->write(head + body.left(body.size() / 2));
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->abort(); });
        return;
    }
    socket->write(head + body);
    socket->disconnectFromHost();
}
