#pragma once

#include "connect_params.h"
#include "idle_connection.h"
#include "perf_options.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace warren::bench {

// What the pool needs to know of a protocol: how to open one idle connection (slot is its
// number, for a unique client id), how to time a newcomer, and the heartbeat interval asked
// for, which the summary reports.
struct IdleProtocol {
    std::function<std::unique_ptr<IdleConnection>(const ConnectParams&, int slot)> open;
    std::function<double(const ConnectParams&)> probeOnceMs;
    int heartbeatSeconds = 0;
    std::string name;              // in the summary: amqp, mqtt, stomp
    std::string transport = "tcp"; // or websocket
};

// The --connections N --idle mode: N connections (AMQP: with one open channel each; MQTT: a
// CONNECT with a keep-alive; STOMP: a CONNECT, over TCP or WebSocket) that do nothing but
// heartbeats, for measuring what an idle connection costs the broker (RSS before and after) and
// whether the broker still answers a newcomer quickly (probes). Connections are opened by a few
// blocking threads; once open, a single epoll thread answers for all of them, because a thread per
// idle connection would measure the load generator rather than the broker.
class IdleConnectionPool {
public:
    IdleConnectionPool(const PerfOptions& options, IdleProtocol protocol);
    ~IdleConnectionPool();

    int execute();

private:
    void openerLoop();
    void serviceLoop();
    void sendHeartbeats();
    void onReadable(int slot);
    void closeAll();
    int liveCount() const;

    const PerfOptions& m_options;
    IdleProtocol m_protocol;
    int m_epoll = -1;
    std::vector<std::unique_ptr<IdleConnection>> m_clients; // slot i is client i
    std::unique_ptr<std::atomic<bool>[]> m_gone;            // written by the service thread

    mutable std::mutex m_mutex; // guards m_registered and m_errors
    std::vector<int> m_registered;
    std::vector<std::string> m_errors;

    std::atomic<int> m_nextToOpen{0};
    std::atomic<int> m_opened{0};
    std::atomic<int> m_failed{0};
    std::atomic<int> m_dropped{0};  // closed by the broker while they should be idle
    std::atomic<int> m_closedOk{0}; // answered our Connection.Close / DISCONNECT
    std::atomic<bool> m_closing{false};
    std::atomic<bool> m_stop{false};
    std::string m_firstDropReason; // service thread only until it is joined
};

} // namespace warren::bench
