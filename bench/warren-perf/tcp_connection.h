#pragma once

#include "connect_params.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>

namespace warren::bench {

// One blocking TCP socket to the broker, as the MQTT client uses it: TCP_NODELAY (as client
// libraries set it) and send/receive timeouts of a poll interval, so that the loops above it
// wake up to notice their stop flag. It moves bytes and never parses them.
class TcpConnection {
public:
    enum class ReadResult { Data, Timeout, Closed };

    TcpConnection() = default;
    ~TcpConnection() { close(); }
    TcpConnection(const TcpConnection&) = delete;
    TcpConnection& operator=(const TcpConnection&) = delete;

    // Connects to params.host:params.port, first binding params.sourceAddress if set; throws
    // ClientError.
    void connect(const ConnectParams& params);
    void close();

    // Writes what the socket takes within one poll interval: the bytes written, 0 if the
    // broker did not read meanwhile. Throws ClientError on a socket error.
    std::size_t sendSome(const char* data, std::size_t size);
    // Sends every byte; gives up (returns false) only if *stop becomes true while the broker
    // is not reading. Without a stop flag, a broker that reads nothing for 30 s is an error.
    bool sendAll(const char* data, std::size_t size, const std::atomic<bool>* stop = nullptr);
    // One recv(); blocking waits at most the receive timeout. `got` is the bytes read.
    ReadResult readSome(char* into, std::size_t capacity, bool blocking, std::size_t& got);
    // The same, straight into a reader's buffer (anything with writable() and commit()).
    template <typename Reader> ReadResult readInto(Reader& reader, bool blocking) {
        std::size_t available = 0;
        char* at = reader.writable(4096, available);
        std::size_t got = 0;
        const ReadResult result = readSome(at, available, blocking, got);
        reader.commit(got);
        return result;
    }
    // A connection's last words (DISCONNECT): what the socket takes without waiting on a
    // broker that stopped reading, errors ignored (it may have closed already); then close().
    void sendLastAndClose(const std::string& bytes);
    void setReceiveTimeout(std::chrono::milliseconds timeout);

    int fd() const { return m_fd; }
    std::chrono::steady_clock::time_point lastSent() const { return m_lastSent; }

private:
    int m_fd = -1;
    std::chrono::steady_clock::time_point m_lastSent;
};

} // namespace warren::bench
