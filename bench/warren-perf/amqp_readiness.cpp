#include "amqp_readiness.h"

#include "amqp_constants.h"

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace warren::bench {

bool AmqpReadiness::answersNow(const std::string& host, unsigned short port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    bool ready = false;
    if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) == 1 &&
        ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::send(fd, amqp::ProtocolHeader, sizeof amqp::ProtocolHeader, MSG_NOSIGNAL) ==
            ssize_t(sizeof amqp::ProtocolHeader)) {
        pollfd p{fd, POLLIN, 0};
        unsigned char first = 0;
        ready =
            ::poll(&p, 1, 2000) == 1 && ::recv(fd, &first, 1, 0) == 1 && first == amqp::FrameMethod;
    }
    ::close(fd);
    return ready;
}

double AmqpReadiness::await(const std::string& host, unsigned short port, double timeoutSeconds) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(timeoutSeconds));
    while (Clock::now() < deadline) {
        if (answersNow(host, port))
            return std::chrono::duration<double>(Clock::now() - start).count();
        // Fine enough for startup times measured in hundreds of milliseconds and more.
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return -1;
}

} // namespace warren::bench
