#include "net/socket_connection.h"

#include <QTimer>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace warren::net {

namespace {
// One read buffer for every connection: they all live on the broker thread, and a session
// is done with the bytes (or has copied what it keeps) when receive() returns.
constexpr size_t ReadChunk = 256 * 1024;
char* sharedReadBuffer() {
    thread_local std::unique_ptr<char[]> buffer(new char[ReadChunk]);
    return buffer.get();
}

QHostAddress toAddress(const sockaddr_storage& address, quint16* port) {
    QHostAddress result(reinterpret_cast<const sockaddr*>(&address));
    if (address.ss_family == AF_INET)
        *port = ntohs(reinterpret_cast<const sockaddr_in*>(&address)->sin_port);
    else if (address.ss_family == AF_INET6)
        *port = ntohs(reinterpret_cast<const sockaddr_in6*>(&address)->sin6_port);
    return result;
}
} // namespace

SocketEndpoints endpointsOf(int descriptor) {
    SocketEndpoints endpoints;
    sockaddr_storage address = {};
    socklen_t length = sizeof address;
    if (::getpeername(descriptor, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        endpoints.peerAddress = toAddress(address, &endpoints.peerPort);
    length = sizeof address;
    if (::getsockname(descriptor, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        endpoints.localAddress = toAddress(address, &endpoints.localPort);
    return endpoints;
}

SocketConnection::SocketConnection(int descriptor, EpollPoller& poller, SocketWriter* writer,
                                   const SessionFactory& factory, QObject* parent,
                                   const std::optional<SocketEndpoints>& endpoints)
    : QObject(parent)
    , m_descriptor(descriptor)
    , m_poller(poller)
    , m_writer(writer) {
    if (m_writer)
        m_channel = m_writer->open(descriptor, this);
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) | O_NONBLOCK);
    const int one = 1;
    ::setsockopt(descriptor, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_session = factory(*this, endpoints ? *endpoints : endpointsOf(descriptor));
    updateInterest();
}

SocketConnection::~SocketConnection() {
    // The session goes first: it may still reach the transport while releasing.
    m_session.reset();
    m_poller.unwatch(m_descriptor);
    if (m_channel) {
        m_channel->owner = nullptr;
        m_writer->release(m_channel); // the writer closes the descriptor after its last write
    } else {
        ::close(m_descriptor);
    }
}

qint64 SocketConnection::pendingWriteBytes() const {
    return m_channel ? m_channel->backlog.load(std::memory_order_relaxed) : 0;
}

void SocketConnection::updateInterest() {
    const bool read = !m_finished && (!m_readingPaused || m_lingering || m_awaitingPeerClose);
    const bool write = !m_finished && !m_lingering && !m_channel && !m_session->output().isEmpty();
    if (read == m_watchingRead && write == m_watchingWrite)
        return; // no system call when nothing changed, which is nearly always
    m_watchingRead = read;
    m_watchingWrite = write;
    m_poller.watch(m_descriptor, this, read, write);
}

void SocketConnection::onPollEvent(bool readable, bool writable, bool hangup) {
    if (m_finished)
        return;
    if (readable || hangup)
        onReadable(); // a hangup shows up there as the end of the stream
    else if (writable)
        flush();
}

void SocketConnection::defer(std::function<void()> task) {
    QMetaObject::invokeMethod(this, std::move(task), Qt::QueuedConnection);
}

void SocketConnection::onReadable() {
    if (m_lingering || m_awaitingPeerClose) {
        discardInput();
        return;
    }
    char* buffer = sharedReadBuffer();
    // Bounded rounds per wake-up, so one busy client cannot starve the others.
    for (int round = 0; round < 16 && !m_finished && !m_readingPaused; ++round) {
        const ssize_t n = ::recv(m_descriptor, buffer, ReadChunk, 0);
        if (n > 0) {
            m_session->receive(buffer, n);
            if (size_t(n) < ReadChunk)
                break;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            break;
        finish(); // 0: the peer closed; < 0: a socket error (reset)
        return;
    }
    flush();
}

void SocketConnection::flushSoon() {
    if (m_flushScheduled || m_finished)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushScheduled = false;
            flush();
        },
        Qt::QueuedConnection);
}

void SocketConnection::flush() {
    if (m_finished)
        return;
    if (m_channel)
        handOver();
    else
        writeInline();
}

void SocketConnection::handOver() {
    protocol::OutputBuffer& out = m_session->output();
    if (!out.isEmpty() || m_closing)
        m_writer->submit(m_channel, out, m_closing);
    if (m_channel->backlog.load() < BacklogLowWater) {
        m_session->transportWritable(); // cheap unless the session had paused deliveries
        return;
    }
    // Ask the writer to say when it drained; check again in case it did meanwhile. All
    // seq_cst: the writer subtracts then reads the flag, we set the flag then read the
    // backlog, and one of the two must see the other's write.
    m_channel->wantsDrainedNotice.store(true);
    if (m_channel->backlog.load() < BacklogLowWater &&
        m_channel->wantsDrainedNotice.exchange(false))
        m_session->transportWritable();
}

void SocketConnection::onWriterEvent(SocketWriter::Event event) {
    if (m_finished)
        return;
    switch (event) {
    case SocketWriter::Event::Drained:
        m_session->transportWritable();
        break;
    case SocketWriter::Event::Closed: // the write side shut down after the goodbye
        linger();
        break;
    case SocketWriter::Event::Failed: // the peer is gone
        finish();
        break;
    }
}

void SocketConnection::writeInline() {
    protocol::OutputBuffer& out = m_session->output();
    std::array<iovec, 256> segments;
    while (!out.isEmpty()) {
        const int count = out.gather(segments.data(), int(segments.size()));
        const ssize_t written = sendSegments(m_descriptor, segments.data(), count);
        if (written > 0) {
            out.consume(written);
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        finish(); // EPIPE, ECONNRESET: the peer is gone
        return;
    }
    updateInterest();
    if (out.size() < BacklogLowWater)
        m_session->transportWritable(); // cheap unless the session had paused deliveries
    if (m_closing && out.isEmpty() && !m_lingering) {
        ::shutdown(m_descriptor, SHUT_WR);
        linger();
    }
}

void SocketConnection::linger() {
    if (m_finished || m_lingering)
        return;
    m_lingering = true;
    updateInterest();
    QTimer::singleShot(LingerMs, this, &SocketConnection::finish);
    discardInput(); // the peer may have closed already
}

void SocketConnection::discardInput() {
    char* buffer = sharedReadBuffer();
    for (int round = 0; round < 16 && !m_finished; ++round) {
        const ssize_t n = ::recv(m_descriptor, buffer, ReadChunk, 0);
        if (n > 0) {
            m_discarded += n;
            // Frames in flight are a few KiB; a peer still streaming a body it was refused is
            // cut off rather than read for the whole linger time.
            if (m_discarded > LingerMaxBytes)
                finish();
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return;
        finish(); // the peer closed its side too (or reset): done
        return;
    }
}

void SocketConnection::closeAfterFlush() {
    m_closing = true;
    flushSoon();
}

void SocketConnection::closeWhenPeerCloses(int timeoutMs) {
    if (m_finished || m_closing || m_awaitingPeerClose)
        return;
    m_awaitingPeerClose = true;
    updateInterest();
    QTimer::singleShot(timeoutMs, this, &SocketConnection::finish);
    flushSoon();
    discardInput(); // the peer may have closed already
}

void SocketConnection::pauseReading() {
    m_readingPaused = true;
    updateInterest();
}

void SocketConnection::resumeReading() {
    if (!m_readingPaused || m_finished)
        return;
    m_readingPaused = false;
    updateInterest();
    QMetaObject::invokeMethod(this, &SocketConnection::onReadable, Qt::QueuedConnection);
}

void SocketConnection::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_poller.unwatch(m_descriptor);
    m_watchingRead = m_watchingWrite = false;
    m_session->transportClosed();
    emit finished(this);
    deleteLater();
}

} // namespace warren::net
