#include "net/tcp_listener.h"

#include <QSocketNotifier>
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace warren::net {

namespace {
// Enough to drain a burst without starving the rest of the event loop.
constexpr int AcceptsPerWakeup = 64;

int openSpare() {
    return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

bool outOfDescriptors(int error) {
    return error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM;
}
} // namespace

TcpListener::TcpListener(QObject* parent)
    : QObject(parent)
    , m_spare(openSpare()) {
    m_backoff.setSingleShot(true);
    m_backoff.setInterval(ExhaustedBackoffMs);
    connect(&m_backoff, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
        acceptPending();
    });
}

TcpListener::~TcpListener() {
    close();
    if (m_spare >= 0)
        ::close(m_spare);
}

bool TcpListener::listen(const QHostAddress& address, quint16 port) {
    if (!m_server.listen(address, port))
        return false;
    m_server.pauseAccepting();
    m_notifier = new QSocketNotifier(m_server.socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TcpListener::acceptPending);
    return true;
}

void TcpListener::close() {
    m_backoff.stop();
    delete m_notifier; // before the descriptor it watches is closed
    m_notifier = nullptr;
    m_server.close();
}

void TcpListener::acceptPending() {
    if (!m_notifier)
        return;
    const int listening = int(m_server.socketDescriptor());
    for (int i = 0; i < AcceptsPerWakeup; ++i) {
        const int descriptor = ::accept4(listening, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0) {
            emit accepted(descriptor);
            continue;
        }
        const int error = errno;
        if (error == EINTR || error == ECONNABORTED || error == EPROTO)
            continue; // that client gave up; others may be waiting
        if (outOfDescriptors(error))
            shedOneClient(error);
        return; // EAGAIN: drained
    }
}

void TcpListener::shedOneClient(int error) {
    // Level-triggered readiness would wake us at once for the same client: pause instead.
    m_notifier->setEnabled(false);
    m_backoff.start();
    if (m_spare >= 0) {
        ::close(m_spare);
        const int descriptor = ::accept4(int(m_server.socketDescriptor()), nullptr, nullptr,
                                         SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0)
            ::close(descriptor);
        m_spare = openSpare();
    }
    emit clientShed(error);
}

} // namespace warren::net
