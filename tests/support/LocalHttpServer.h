#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray path; // without the query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body; // a POST's, by Content-Length
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

/// A canned response. The builder methods return *this for chaining.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // wait before answering
    bool endless = false; // stream the body forever (until the client goes away or 300 MB)
    bool resetMidBody = false; // send half the body, then reset the connection
    bool stallAfterHeaders = false; // send the headers and half the body, then nothing (the connection stays)
    bool gzip = false; // Content-Encoding: gzip
    bool omitContentType = false;

    static HttpResponse ok(const QByteArray& body,
                           const QByteArray& contentType = "application/rss+xml; charset=utf-8");
    static HttpResponse withStatus(int status);
    static HttpResponse redirect(int status, const QByteArray& location);
    static HttpResponse fixture(const QString& relativePath, const QByteArray& contentType = "application/rss+xml");
    HttpResponse& header(const QByteArray& name, const QByteArray& value);
    HttpResponse& etag(const QByteArray& value) { return header("ETag", value); }
};

/// A real HTTP/1.1 server on a loopback address (port 0), for tests and benchmarks: routes by path, serves
/// 200/304/redirects/errors, slow, endless, gzip and mistyped responses, and counts requests. It runs in
/// the thread that created it; the client under test talks to it through the real QNetworkAccessManager.
class LocalHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit LocalHttpServer(const QHostAddress& address = QHostAddress::LocalHost,
                             quint16 port = 0,
                             QObject* parent = nullptr);
    ~LocalHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    QUrl url(const QString& path) const;
    void route(const QByteArray& path, Handler handler);
    void setFallback(Handler handler);
    int requestCount() const { return m_requests; }
    int requestCount(const QByteArray& path) const { return m_perPath.value(path); }
    QList<HttpRequest> requests() const { return m_log; }

signals:
    void requestReceived(const QByteArray& path);

private:
    void onConnection();
    void onReadable(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const HttpRequest& request);
    void send(QTcpSocket* socket, HttpResponse response);

    QTcpServer* m_server;
    QHostAddress m_address;
    QHash<QByteArray, Handler> m_routes;
    Handler m_fallback;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
    QHash<QByteArray, int> m_perPath;
    QList<HttpRequest> m_log;
};

/// gzip (RFC 1952) of `data`, for Content-Encoding tests.
QByteArray gzipCompress(const QByteArray& data);
