#include "net/websocket_tunnel.h"

#include <QStringDecoder>
#include <QWebSocket>
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace warren::net {

namespace {
constexpr qsizetype Chunk = 64 * 1024;
} // namespace

WebSocketTunnel::WebSocketTunnel(QWebSocket* socket, int plain, EpollPoller& poller,
                                 protocol::WebSocketFraming framing, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_plain(plain)
    , m_poller(poller)
    , m_framing(std::move(framing)) {
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_framing.maxIncomingMessageBytes));
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &WebSocketTunnel::onMessage);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        if (m_framing.text)
            return onMessage(text.toUtf8());
        // MQTT is carried in binary messages only (§6.0).
        m_socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                        QStringLiteral("binary messages only"));
    });
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTunnel::onSocketGone);
    connect(m_socket, &QWebSocket::bytesWritten, this, [this] { updateInterest(); });
    updateInterest();
}

WebSocketTunnel::~WebSocketTunnel() {
    if (!m_finished) {
        m_poller.unwatch(m_plain);
        ::close(m_plain);
    }
}

void WebSocketTunnel::drain() {
    if (m_finished)
        return;
    readPlain();
    if (!m_socketGone)
        m_socket->flush();
}

void WebSocketTunnel::onMessage(const QByteArray& message) {
    if (m_plainEof)
        return;
    if (m_toPlain.size() + message.size() > FloodLimit) {
        m_socket->close(QWebSocketProtocol::CloseCodeTooMuchData,
                        QStringLiteral("sending faster than the broker reads"));
        return;
    }
    m_toPlain += message;
    writePlain();
}

void WebSocketTunnel::writePlain() {
    while (!m_toPlain.isEmpty()) {
        const ssize_t n =
            ::send(m_plain, m_toPlain.constData(), size_t(m_toPlain.size()), MSG_NOSIGNAL);
        if (n > 0) {
            m_toPlain.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        m_toPlain.clear(); // the session side is gone
        m_plainEof = true;
        break;
    }
    if (m_socketGone && m_toPlain.isEmpty() && !m_plainEof)
        ::shutdown(m_plain, SHUT_WR); // the client's goodbye, once its bytes are through
    updateInterest();
}

void WebSocketTunnel::readPlain() {
    char buffer[Chunk];
    while (!m_plainEof && m_socket->bytesToWrite() < BufferLimit) {
        const ssize_t n = ::recv(m_plain, buffer, sizeof buffer, 0);
        if (n > 0) {
            if (!m_socketGone)
                sendOutput(buffer, qsizetype(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // The session closed the connection: close the WebSocket once its output is sent.
        m_plainEof = true;
        if (!m_socketGone)
            m_socket->close();
    }
}

void WebSocketTunnel::sendOutput(const char* data, qsizetype size) {
    if (!m_framing.messageLength) {
        m_socket->sendBinaryMessage(QByteArray(data, size));
        return;
    }
    m_fromPlain.append(data, size);
    qsizetype offset = 0;
    while (offset < m_fromPlain.size()) {
        const QByteArrayView pending = QByteArrayView(m_fromPlain).sliced(offset);
        const qsizetype length = m_framing.messageLength(pending);
        if (length <= 0)
            break;
        const QByteArray message = m_fromPlain.sliced(offset, length);
        offset += length;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString text = m_framing.text ? QString(utf8(message)) : QString();
        if (m_framing.text && !utf8.hasError())
            m_socket->sendTextMessage(text);
        else
            m_socket->sendBinaryMessage(message);
    }
    m_fromPlain.remove(0, offset);
}

void WebSocketTunnel::onPollEvent(bool readable, bool writable, bool hangup) {
    if (m_finished)
        return;
    if (readable || hangup)
        readPlain();
    if (writable)
        writePlain();
    if (hangup && !readable)
        m_plainEof = true;
    if (m_plainEof && m_socketGone) {
        finish();
        return;
    }
    updateInterest();
}

void WebSocketTunnel::onSocketGone() {
    m_socketGone = true;
    if (m_plainEof) {
        finish();
        return;
    }
    writePlain();
}

void WebSocketTunnel::updateInterest() {
    if (m_finished)
        return;
    const bool read = !m_plainEof && m_socket->bytesToWrite() < BufferLimit;
    const bool write = !m_toPlain.isEmpty();
    if (!m_registered || read != m_watchRead || write != m_watchWrite)
        m_poller.watch(m_plain, this, read, write);
    m_registered = true;
    m_watchRead = read;
    m_watchWrite = write;
    if (read)
        readPlain(); // bytes may have waited while the socket was full
}

void WebSocketTunnel::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_poller.unwatch(m_plain);
    ::close(m_plain);
    deleteLater();
}

} // namespace warren::net
