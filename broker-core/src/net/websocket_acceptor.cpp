#include "net/websocket_acceptor.h"

#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace warren::net {

WebSocketAcceptor::WebSocketAcceptor(QString serverName,
                                     QHash<QString, QStringList> subprotocolsByPath,
                                     QObject* parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
    , m_subprotocolsByPath(std::move(subprotocolsByPath)) {}

void WebSocketAcceptor::accept(QTcpSocket* socket) {
    socket->setParent(this);
    auto* timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, socket, [socket] { socket->deleteLater(); });
    timeout->start(HeadTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { headArrived(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        headArrived(socket);
}

void WebSocketAcceptor::headArrived(QTcpSocket* socket) {
    const QByteArray head = socket->peek(MaxHeadBytes);
    if (!head.contains("\r\n\r\n") && head.size() < MaxHeadBytes)
        return; // more to come; a head that does not fit is Qt's to refuse
    disconnect(socket, nullptr, this, nullptr);
    const auto served = m_subprotocolsByPath.constFind(requestPath(head));
    if (served == m_subprotocolsByPath.constEnd()) {
        // Gone once the answer is out (or at the head timeout, whichever comes first).
        socket->write("HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    delete socket->findChild<QTimer*>(); // Qt WebSockets has its own handshake timeout
    socket->setParent(nullptr);
    serverFor(chooseSubprotocol(head, served.value()))->handleConnection(socket);
}

QWebSocketServer* WebSocketAcceptor::serverFor(const QString& subprotocol) {
    if (QWebSocketServer* server = m_servers.value(subprotocol))
        return server;
    auto* server = new QWebSocketServer(m_serverName, QWebSocketServer::NonSecureMode, this);
    if (!subprotocol.isEmpty())
        server->setSupportedSubprotocols({subprotocol});
    server->setMaxPendingConnections(1 << 20); // the listener already limits them
    connect(server, &QWebSocketServer::newConnection, this, [this, server] {
        while (QWebSocket* socket = server->nextPendingConnection()) {
            socket->setParent(nullptr);
            emit accepted(socket);
        }
    });
    m_servers.insert(subprotocol, server);
    return server;
}

QString WebSocketAcceptor::requestPath(const QByteArray& head) {
    const QByteArray line = head.left(head.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() < 2)
        return {};
    QByteArray target = parts[1];
    if (const qsizetype query = target.indexOf('?'); query >= 0)
        target.truncate(query);
    return QString::fromLatin1(target);
}

QString WebSocketAcceptor::chooseSubprotocol(const QByteArray& head, const QStringList& preferred) {
    QStringList offered;
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "sec-websocket-protocol")
            continue;
        for (const QByteArray& name : line.mid(colon + 1).split(','))
            offered << QString::fromLatin1(name.trimmed());
    }
    for (const QString& protocol : preferred)
        if (offered.contains(protocol))
            return protocol;
    return {};
}

} // namespace warren::net
