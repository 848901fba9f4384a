#include "net/socket_connection.h"

#include <QTimer>

namespace warren::net {

namespace {
// Below this backlog a session that paused its consumers is told to resume.
constexpr qint64 BacklogLowWater = 256 * 1024;
// While reading is paused the socket keeps at most this much; beyond it the kernel's buffers
// fill and TCP itself slows the publisher down.
constexpr qint64 ReadBufferLimit = 256 * 1024;
} // namespace

SocketConnection::SocketConnection(QTcpSocket* socket, const SessionFactory& factory,
                                   QObject* parent)
    : QObject(parent)
    , m_socket(socket) {
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(ReadBufferLimit);
    m_session = factory(*this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SocketConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SocketConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &SocketConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError || !m_socket->isValid())
            onDisconnected();
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &SocketConnection::onReadyRead, Qt::QueuedConnection);
}

SocketConnection::~SocketConnection() {
    // The session goes first: it may still reach the transport while releasing.
    m_session.reset();
}

void SocketConnection::onReadyRead() {
    char buffer[64 * 1024];
    while (!m_finished && !m_readingPaused && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_session->receive(buffer, n);
    }
    flush();
}

void SocketConnection::resumeReading() {
    if (!m_readingPaused)
        return;
    m_readingPaused = false;
    QMetaObject::invokeMethod(this, &SocketConnection::onReadyRead, Qt::QueuedConnection);
}

void SocketConnection::flushSoon() {
    if (m_flushScheduled || m_finished)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &SocketConnection::flush, Qt::QueuedConnection);
}

void SocketConnection::flush() {
    m_flushScheduled = false;
    QByteArray& out = m_session->output();
    if (!out.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(out);
        out.resize(0);     // keeps the capacity for the next turn
        m_socket->flush(); // hand it to the kernel now rather than on the next loop turn
    }
    if (m_closing && m_socket->bytesToWrite() == 0)
        m_socket->disconnectFromHost();
}

void SocketConnection::closeAfterFlush() {
    m_closing = true;
    flushSoon();
}

qint64 SocketConnection::pendingWriteBytes() const {
    return m_socket->bytesToWrite();
}

void SocketConnection::onBytesWritten() {
    if (m_closing) {
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
        return;
    }
    if (m_socket->bytesToWrite() < BacklogLowWater)
        m_session->transportWritable();
}

void SocketConnection::onDisconnected() {
    if (m_finished)
        return;
    m_finished = true;
    m_session->transportClosed();
    emit finished(this);
    deleteLater();
}

} // namespace warren::net
