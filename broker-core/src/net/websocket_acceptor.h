#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace warren::net {

// The WebSocket handshakes of the ws listener, done by Qt WebSockets, with the subprotocol
// chosen among those of the protocol served at the request's path, by the server's preference
// rather than the client's order: a Web STOMP client that offers "v10.stomp, v11.stomp,
// v12.stomp" gets v12.stomp, as from RabbitMQ (Qt would pick the client's first). It reads the
// request's head first (without consuming it), answers a path nothing is served at with 404
// (as RabbitMQ's Cowboy does), and hands the socket to a QWebSocketServer that offers only the
// chosen subprotocol.
class WebSocketAcceptor final : public QObject {
    Q_OBJECT
public:
    // A client that has not sent its request's head within this time is closed.
    static constexpr int HeadTimeoutMs = 10'000;
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;

    // By path, the subprotocols served there, in the server's order of preference.
    WebSocketAcceptor(QString serverName, QHash<QString, QStringList> subprotocolsByPath,
                      QObject* parent = nullptr);

    // Takes ownership of `socket`, a client that has just connected.
    void accept(QTcpSocket* socket);

    // Of a request head's Sec-WebSocket-Protocol offers, the first of `preferred` offered; empty
    // when none is (or the client offers none).
    static QString chooseSubprotocol(const QByteArray& head, const QStringList& preferred);
    // The path of a request head's target ("/ws" of "GET /ws?x=1 HTTP/1.1"); empty if none.
    static QString requestPath(const QByteArray& head);

signals:
    // A handshake completed: the socket is the receiver's (its parent is not set).
    void accepted(QWebSocket* socket);

private:
    void headArrived(QTcpSocket* socket);
    QWebSocketServer* serverFor(const QString& subprotocol);

    QString m_serverName;
    QHash<QString, QStringList> m_subprotocolsByPath;
    QHash<QString, QWebSocketServer*> m_servers; // by the one subprotocol each offers
};

} // namespace warren::net
