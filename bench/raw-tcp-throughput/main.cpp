// raw-tcp-throughput: the physical ceiling for the broker benchmarks. One thread writes
// fixed-size chunks into a loopback TCP connection, another reads them, for N seconds; no
// protocol, no parsing. A broker moves every byte twice over the same loopback (publisher to
// broker, broker to consumer), so its payload MB/s is best read as a fraction of this.

#include <arpa/inet.h>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string_view>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

struct Options {
    double seconds = 5;
    std::size_t writeSize = 64 * 1024;
    std::size_t readSize = 256 * 1024;
    bool nodelay = true;
};

bool parse(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&](auto& field) {
            if (i + 1 >= argc)
                return false;
            const std::string_view v = argv[++i];
            auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), field);
            return ec == std::errc() && ptr == v.data() + v.size() && field > 0;
        };
        bool ok = true;
        if (arg == "--time" || arg == "-z")
            ok = value(o.seconds);
        else if (arg == "--write-size")
            ok = value(o.writeSize);
        else if (arg == "--read-size")
            ok = value(o.readSize);
        else if (arg == "--nagle")
            o.nodelay = false;
        else
            ok = false;
        if (!ok) {
            std::fprintf(stderr, "usage: raw-tcp-throughput [--time SECONDS] [--write-size BYTES] "
                                 "[--read-size BYTES] [--nagle]\n");
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    if (!parse(argc, argv, o))
        return 2;

    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(listener, 1) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        std::perror("raw-tcp-throughput: listen");
        return 1;
    }
    const int sender = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(sender, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        std::perror("raw-tcp-throughput: connect");
        return 1;
    }
    const int receiver = ::accept(listener, nullptr, nullptr);
    ::close(listener);
    // The same socket options as the load generator's connections.
    int flag = o.nodelay ? 1 : 0;
    ::setsockopt(sender, IPPROTO_TCP, TCP_NODELAY, &flag, sizeof flag);
    ::setsockopt(receiver, IPPROTO_TCP, TCP_NODELAY, &flag, sizeof flag);

    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> received{0};
    std::thread writer([&] {
        std::vector<char> chunk(o.writeSize, 'x');
        while (!stop.load(std::memory_order_relaxed))
            if (::send(sender, chunk.data(), chunk.size(), MSG_NOSIGNAL) < 0)
                break;
        ::shutdown(sender, SHUT_WR);
    });
    std::thread reader([&] {
        std::vector<char> buffer(o.readSize);
        std::uint64_t total = 0;
        for (;;) {
            const ssize_t n = ::recv(receiver, buffer.data(), buffer.size(), 0);
            if (n <= 0)
                break;
            total += std::uint64_t(n);
            received.store(total, std::memory_order_relaxed);
        }
    });

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(o.seconds));
    const std::uint64_t bytes = received.load();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    stop.store(true);
    writer.join();
    reader.join();
    ::close(sender);
    ::close(receiver);

    const double mbPerSecond = double(bytes) / elapsed / 1e6;
    std::printf("{\"summary\":true,\"write_size\":%zu,\"read_size\":%zu,\"seconds\":%.3f,"
                "\"bytes\":%llu,\"mb_s\":%.1f,\"gbit_s\":%.2f}\n",
                o.writeSize, o.readSize, elapsed, static_cast<unsigned long long>(bytes),
                mbPerSecond, mbPerSecond * 8 / 1000);
    return 0;
}
