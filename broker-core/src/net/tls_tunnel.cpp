#include "net/tls_tunnel.h"

#include <QTimer>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace warren::net {

namespace {
// One TLS record's worth of plaintext: reads and record-layer copies go through the stack.
constexpr size_t Chunk = 16 * 1024;
} // namespace

TlsTunnel::TlsTunnel(int tcp, int plain, ssl_st* ssl, EpollPoller& poller, QObject* parent)
    : QObject(parent)
    , m_tcp(tcp)
    , m_plain(plain)
    , m_ssl(ssl)
    , m_fromNetwork(::BIO_new(::BIO_s_mem()))
    , m_toNetwork(::BIO_new(::BIO_s_mem()))
    , m_poller(poller) {
    ::fcntl(tcp, F_SETFL, ::fcntl(tcp, F_GETFL) | O_NONBLOCK);
    const int one = 1; // records go out as whole frames are encrypted, as amqp's frames do
    ::setsockopt(tcp, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::SSL_set_bio(m_ssl, m_fromNetwork, m_toNetwork);
    ::SSL_set_accept_state(m_ssl);
    updateInterest();
}

TlsTunnel::~TlsTunnel() {
    if (!m_finished) {
        m_poller.unwatch(m_tcp);
        m_poller.unwatch(m_plain);
        ::close(m_tcp);
        ::close(m_plain);
    }
    ::SSL_free(m_ssl);
}

void TlsTunnel::Side::onPollEvent(bool readable, bool writable, bool hangup) {
    m_tunnel.onEvent(m_tcp, readable, writable, hangup);
}

void TlsTunnel::onEvent(bool tcp, bool readable, bool writable, bool hangup) {
    if (m_finished)
        return;
    if (readable || hangup) {
        if (tcp)
            readTcp();
        else
            readPlain();
    }
    if (hangup)
        sideGone(tcp);
    (void)writable; // step() writes whatever is pending on both sides
    step();
}

void TlsTunnel::sideGone(bool tcp) {
    // Both directions of that socket are down: nothing more can be written to it, and it
    // would report the hangup on every poll, so it is no longer watched.
    if (tcp) {
        m_tcpGone = m_tcpEof = true;
        m_toTcp.clear();
        m_poller.unwatch(m_tcp);
    } else {
        m_plainGone = m_plainEof = true;
        m_toPlain.clear();
        m_poller.unwatch(m_plain);
    }
    startLinger();
}

void TlsTunnel::step() {
    // Decrypting stops at BufferLimit with records left; while the session takes all of it,
    // another round decrypts more (bounded, so one client cannot hold the thread).
    for (int round = 0; round < 4; ++round) {
        runTls();
        const bool full = m_toPlain.size() >= BufferLimit;
        if (!send(m_tcp, m_toTcp) || !send(m_plain, m_toPlain))
            return; // finished
        if (!full || !m_toPlain.empty())
            break;
    }
    closeWhenDone();
    if (!m_finished)
        updateInterest();
}

void TlsTunnel::readTcp() {
    char buffer[Chunk];
    for (int round = 0; round < 16 && !m_tcpEof; ++round) {
        const ssize_t n = ::recv(m_tcp, buffer, Chunk, 0);
        if (n > 0) {
            if (!m_failed) // after a failure, input is read only to be discarded
                ::BIO_write(m_fromNetwork, buffer, int(n));
            if (size_t(n) < Chunk)
                return;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return;
        m_tcpEof = true; // 0: the client closed; < 0: a reset, nothing more comes either
        startLinger();
    }
}

void TlsTunnel::readPlain() {
    char buffer[Chunk];
    while (!m_plainEof && m_fromPlain.size() < BufferLimit) {
        const ssize_t n = ::recv(m_plain, buffer, Chunk, 0);
        if (n > 0) {
            m_fromPlain.append(buffer, size_t(n));
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return;
        m_plainEof = true; // the session said goodbye (or is gone)
        startLinger();
    }
}

void TlsTunnel::runTls() {
    if (!m_failed && !m_handshakeDone) {
        const int result = ::SSL_do_handshake(m_ssl);
        if (result == 1) {
            m_handshakeDone = true;
        } else {
            const int reason = ::SSL_get_error(m_ssl, result);
            if (reason != SSL_ERROR_WANT_READ && reason != SSL_ERROR_WANT_WRITE)
                failTls(); // a bad certificate, a protocol error: the alert is in m_toNetwork
        }
    }
    if (!m_failed && m_handshakeDone) {
        char buffer[Chunk];
        while (m_toPlain.size() < BufferLimit) {
            const int n = ::SSL_read(m_ssl, buffer, int(Chunk));
            if (n > 0) {
                m_toPlain.append(buffer, size_t(n));
                continue;
            }
            const int reason = ::SSL_get_error(m_ssl, n);
            if (reason == SSL_ERROR_ZERO_RETURN) { // close_notify: the client is done sending
                m_tcpEof = true;
                startLinger();
            } else if (reason != SSL_ERROR_WANT_READ && reason != SSL_ERROR_WANT_WRITE) {
                failTls();
            }
            break;
        }
    }
    if (!m_failed && m_handshakeDone && !m_fromPlain.empty()) {
        // Memory BIOs take everything: a write is whole or an error.
        if (::SSL_write(m_ssl, m_fromPlain.data(), int(m_fromPlain.size())) > 0)
            m_fromPlain.clear();
        else
            failTls();
    }
    if (!m_failed && m_handshakeDone && m_plainEof && m_fromPlain.empty() && !m_closeNotifySent) {
        ::SSL_shutdown(m_ssl);
        m_closeNotifySent = true;
    }
    char buffer[Chunk];
    for (int n; (n = ::BIO_read(m_toNetwork, buffer, int(Chunk))) > 0;)
        m_toTcp.append(buffer, size_t(n));
}

void TlsTunnel::failTls() {
    ::ERR_clear_error();
    m_failed = true;
    m_toPlain.clear();
    m_fromPlain.clear();
    // The session learns at once that its client is gone; the client gets the alert.
    if (!m_plainShutDown) {
        ::shutdown(m_plain, SHUT_RDWR);
        m_plainShutDown = true;
    }
    m_plainEof = true;
    startLinger();
}

bool TlsTunnel::send(int descriptor, std::string& buffer) {
    while (!buffer.empty()) {
        const ssize_t n = ::send(descriptor, buffer.data(), buffer.size(), MSG_NOSIGNAL);
        if (n > 0) {
            buffer.erase(0, size_t(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        finish(); // EPIPE, ECONNRESET: that side is gone, and so is the point of the other
        return false;
    }
    return true;
}

void TlsTunnel::closeWhenDone() {
    if (m_finished)
        return;
    // The goodbye travels on: close_notify (or the alert) written, then the TCP write side
    // shut; the client's end of stream passed on to the session once it has every byte.
    if (m_toTcp.empty() && (m_closeNotifySent || m_failed) && !m_tcpShutDown) {
        ::shutdown(m_tcp, SHUT_WR);
        m_tcpShutDown = true;
    }
    if (m_toPlain.empty() && m_tcpEof && !m_plainShutDown) {
        ::shutdown(m_plain, SHUT_WR);
        m_plainShutDown = true;
    }
    if (m_tcpEof && m_plainEof && m_toTcp.empty() && m_toPlain.empty())
        finish();
}

void TlsTunnel::startLinger() {
    if (m_lingering)
        return;
    m_lingering = true;
    QTimer::singleShot(LingerMs, this, &TlsTunnel::finish);
}

void TlsTunnel::drain() {
    if (m_finished)
        return;
    readPlain();
    step();
}

void TlsTunnel::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_poller.unwatch(m_tcp);
    m_poller.unwatch(m_plain);
    ::close(m_tcp);
    ::close(m_plain);
    deleteLater();
}

void TlsTunnel::updateInterest() {
    // Registered even with no interest: the poller still reports a hangup.
    const bool tcpRead = !m_tcpEof && (m_failed || m_toPlain.size() < BufferLimit);
    const bool tcpWrite = !m_toTcp.empty();
    if (!m_tcpGone && (!m_registered || tcpRead != m_watchTcpRead || tcpWrite != m_watchTcpWrite))
        m_poller.watch(m_tcp, &m_tcpSide, tcpRead, tcpWrite);
    m_watchTcpRead = tcpRead;
    m_watchTcpWrite = tcpWrite;
    const bool plainRead =
        !m_plainEof && m_fromPlain.size() < BufferLimit && m_toTcp.size() < BufferLimit;
    const bool plainWrite = !m_toPlain.empty();
    if (!m_plainGone &&
        (!m_registered || plainRead != m_watchPlainRead || plainWrite != m_watchPlainWrite))
        m_poller.watch(m_plain, &m_plainSide, plainRead, plainWrite);
    m_watchPlainRead = plainRead;
    m_watchPlainWrite = plainWrite;
    m_registered = true;
}

} // namespace warren::net
