#include "tcp_connection.h"

#include "client_error.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace warren::bench {

namespace {

using Clock = std::chrono::steady_clock;

// Blocking reads and writes wake up this often so that loops notice the stop flag.
constexpr auto PollInterval = std::chrono::milliseconds(100);
// A broker that reads nothing for this long during setup is treated as gone.
constexpr auto StallLimit = std::chrono::seconds(30);

std::string systemError(const char* what) {
    return std::string(what) + ": " + std::strerror(errno);
}

void setTimeout(int fd, int option, std::chrono::milliseconds timeout) {
    timeval tv{};
    tv.tv_sec = timeout.count() / 1000;
    tv.tv_usec = (timeout.count() % 1000) * 1000;
    ::setsockopt(fd, SOL_SOCKET, option, &tv, sizeof tv);
}

in_addr resolve(const std::string& host, int flags) {
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = flags;
    addrinfo* result = nullptr;
    if (int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &result); rc != 0)
        throw ClientError("resolve " + host + ": " + ::gai_strerror(rc));
    const in_addr address = reinterpret_cast<sockaddr_in*>(result->ai_addr)->sin_addr;
    ::freeaddrinfo(result);
    return address;
}

} // namespace

void TcpConnection::connect(const ConnectParams& params) {
    close();
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_port = htons(params.port);
    target.sin_addr = resolve(params.host, 0);

    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        throw ClientError(systemError("socket"));
    if (!params.sourceAddress.empty()) {
        // Many connections to one port run out of ephemeral ports on one source address;
        // binding to another 127.0.0.x lets the kernel pick the port per 4-tuple at connect.
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_addr = resolve(params.sourceAddress, AI_NUMERICHOST);
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0)
            throw ClientError(systemError("bind source address"));
    }
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&target), sizeof target) != 0)
        throw ClientError(systemError("connect"));
    int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setTimeout(m_fd, SO_RCVTIMEO, PollInterval);
    setTimeout(m_fd, SO_SNDTIMEO, PollInterval);
    m_lastSent = Clock::now();
}

void TcpConnection::close() {
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

std::size_t TcpConnection::sendSome(const char* data, std::size_t size) {
    for (;;) {
        const ssize_t n = ::send(m_fd, data, size, MSG_NOSIGNAL);
        if (n >= 0) {
            if (n > 0)
                m_lastSent = Clock::now();
            return std::size_t(n);
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        throw ClientError(systemError("send"));
    }
}

bool TcpConnection::sendAll(const char* data, std::size_t size, const std::atomic<bool>* stop) {
    Clock::time_point stalledSince{};
    while (size > 0) {
        const std::size_t n = sendSome(data, size);
        if (n > 0) {
            data += n;
            size -= n;
            stalledSince = {};
            continue;
        }
        if (stop) {
            if (stop->load(std::memory_order_relaxed))
                return false;
            continue;
        }
        const auto now = Clock::now();
        if (stalledSince == Clock::time_point{})
            stalledSince = now;
        else if (now - stalledSince > StallLimit)
            throw ClientError("broker stopped reading from the socket");
    }
    return true;
}

TcpConnection::ReadResult TcpConnection::readSome(char* into, std::size_t capacity, bool blocking,
                                                  std::size_t& got) {
    got = 0;
    for (;;) {
        const ssize_t n = ::recv(m_fd, into, capacity, blocking ? 0 : MSG_DONTWAIT);
        if (n > 0) {
            got = std::size_t(n);
            return ReadResult::Data;
        }
        if (n == 0)
            return ReadResult::Closed;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return ReadResult::Timeout;
        if (errno != EINTR)
            throw ClientError(systemError("recv"));
    }
}

void TcpConnection::sendLastAndClose(const std::string& bytes) {
    if (m_fd < 0)
        return;
    try {
        const std::atomic<bool> giveUp{true};
        sendAll(bytes.data(), bytes.size(), &giveUp);
    } catch (const ClientError&) {
        // The broker may already have closed; the socket goes away below either way.
    }
    close();
}

void TcpConnection::setReceiveTimeout(std::chrono::milliseconds timeout) {
    setTimeout(m_fd, SO_RCVTIMEO, timeout);
}

} // namespace warren::bench
