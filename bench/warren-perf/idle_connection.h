#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace warren::bench {

// One open, idle broker connection as IdleConnectionPool holds it, whatever the protocol:
// the pool's epoll thread calls onReadable() when the socket has something, keepAliveIfDue()
// once a second, and at the end sends closeRequest() to every connection at once.
class IdleConnection {
public:
    enum class Event {
        None,    // heartbeats or nothing: still idle
        Closed,  // the broker completed our close (or closed the socket after it)
        Dropped, // the broker closed or broke the connection; `reason` says how
    };

    virtual ~IdleConnection() = default;

    virtual int fd() const = 0;
    // Reads without blocking and handles what arrived.
    virtual Event onReadable(std::string& reason) = 0;
    // Sends the protocol's heartbeat if one is due; may throw on a dead socket.
    virtual void keepAliveIfDue(std::chrono::steady_clock::time_point now) = 0;
    // The bytes that ask the broker to end the connection (Connection.Close, DISCONNECT).
    virtual std::string_view closeRequest() const = 0;
    virtual void abandon() = 0;
};

} // namespace warren::bench
