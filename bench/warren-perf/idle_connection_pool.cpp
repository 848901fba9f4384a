#include "idle_connection_pool.h"

#include "connection_probe.h"
#include "json_line.h"
#include "process_sample.h"

#include <chrono>
#include <cstdio>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace warren::bench {

namespace {
using Clock = std::chrono::steady_clock;
constexpr auto ServiceTick = std::chrono::milliseconds(200);

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}
} // namespace

IdleConnectionPool::IdleConnectionPool(const PerfOptions& options, IdleProtocol protocol)
    : m_options(options)
    , m_protocol(std::move(protocol))
    , m_clients(std::size_t(options.connections))
    , m_gone(new std::atomic<bool>[std::size_t(options.connections)]()) {
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
}

IdleConnectionPool::~IdleConnectionPool() {
    if (m_epoll >= 0)
        ::close(m_epoll);
}

int IdleConnectionPool::liveCount() const {
    return m_opened.load() - m_dropped.load();
}

void IdleConnectionPool::openerLoop() {
    for (;;) {
        const int slot = m_nextToOpen.fetch_add(1);
        if (slot >= m_options.connections || m_stop.load())
            return;
        ConnectParams params = m_options.connect;
        params.connectionName = "warren-perf idle " + std::to_string(slot);
        if (m_options.sourceAddresses > 1)
            params.sourceAddress =
                "127.0.0." + std::to_string(1 + slot % m_options.sourceAddresses);
        std::unique_ptr<IdleConnection> client;
        try {
            client = m_protocol.open(params, slot);
        } catch (const std::exception& e) {
            m_failed.fetch_add(1);
            std::lock_guard lock(m_mutex);
            if (m_errors.size() < 5)
                m_errors.push_back("connection " + std::to_string(slot) + ": " + e.what());
            continue;
        }
        const int fd = client->fd();
        std::lock_guard lock(m_mutex);
        m_clients[std::size_t(slot)] = std::move(client);
        m_registered.push_back(slot);
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u32 = std::uint32_t(slot);
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
        m_opened.fetch_add(1);
    }
}

void IdleConnectionPool::onReadable(int slot) {
    IdleConnection& client = *m_clients[std::size_t(slot)];
    std::string reason;
    const IdleConnection::Event event = client.onReadable(reason);
    if (event == IdleConnection::Event::None)
        return;
    const bool closedOk = event == IdleConnection::Event::Closed;
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, client.fd(), nullptr);
    client.abandon();
    m_gone[std::size_t(slot)].store(true);
    if (closedOk || m_closing.load()) {
        m_closedOk.fetch_add(1);
        return;
    }
    if (m_dropped.fetch_add(1) == 0)
        m_firstDropReason = reason;
}

void IdleConnectionPool::sendHeartbeats() {
    const auto now = Clock::now();
    std::lock_guard lock(m_mutex);
    for (int slot : m_registered) {
        if (m_gone[std::size_t(slot)].load())
            continue;
        try {
            m_clients[std::size_t(slot)]->keepAliveIfDue(now);
        } catch (const std::exception&) {
            // A dead socket shows up as readable (EOF) and is counted there.
        }
    }
}

void IdleConnectionPool::serviceLoop() {
    std::vector<epoll_event> events(256);
    auto nextBeat = Clock::now();
    while (!m_stop.load()) {
        const int n =
            ::epoll_wait(m_epoll, events.data(), int(events.size()), int(ServiceTick.count()));
        for (int i = 0; i < n; ++i)
            onReadable(int(events[std::size_t(i)].data.u32));
        if (Clock::now() >= nextBeat && !m_closing.load()) {
            sendHeartbeats();
            nextBeat = Clock::now() + std::chrono::seconds(1);
        }
    }
}

void IdleConnectionPool::closeAll() {
    m_closing.store(true);
    {
        std::lock_guard lock(m_mutex);
        for (int slot : m_registered) {
            if (m_gone[std::size_t(slot)].load())
                continue;
            const IdleConnection& client = *m_clients[std::size_t(slot)];
            const std::string_view close = client.closeRequest();
            ::send(client.fd(), close.data(), close.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        }
    }
    // An orderly close for every connection keeps the broker's log free of thousands of
    // "unexpectedly closed" warnings, which would slow it down for the next run.
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    while (m_closedOk.load() < liveCount() && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

int IdleConnectionPool::execute() {
    const PerfOptions& o = m_options;
    if (m_epoll < 0) {
        std::fprintf(stderr, "warren-perf: epoll_create1 failed\n");
        return 1;
    }
    auto broker = [&] { return o.brokerPid ? ProcessSample::read(o.brokerPid) : std::nullopt; };
    const auto brokerBefore = broker();
    const ConnectionProbe::Stats probeBefore =
        ConnectionProbe::measure(o.connect, o.probes, m_protocol.probeOnceMs);

    std::thread service([this] { serviceLoop(); });
    const auto openStart = Clock::now();
    std::vector<std::thread> openers;
    for (int i = 0; i < o.openerThreads; ++i)
        openers.emplace_back([this] { openerLoop(); });
    std::atomic<bool> openersDone{false};
    std::thread progress([&] {
        auto next = Clock::now() + std::chrono::seconds(1);
        while (!openersDone.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (Clock::now() < next || openersDone.load())
                continue;
            next += std::chrono::seconds(1);
            if (!o.quiet)
                std::printf("time %6.1f s  opened %d/%d  failed %d\n", secondsSince(openStart),
                            m_opened.load(), o.connections, m_failed.load());
            std::fflush(stdout);
        }
    });
    for (auto& t : openers)
        t.join();
    const double openSeconds = secondsSince(openStart);
    openersDone.store(true);
    progress.join();
    std::printf("%s\n", JsonLine()
                            .field("event", "connections-open")
                            .field("opened", m_opened.load())
                            .field("failed", m_failed.load())
                            .field("open_s", openSeconds)
                            .str()
                            .c_str());
    std::fflush(stdout);

    // Hold: the broker now has nothing to do but keep the connections and their heartbeats.
    const auto brokerOpened = broker();
    std::uint64_t brokerMaxKb = 0;
    const auto holdStart = Clock::now();
    while (secondsSince(holdStart) < o.durationSeconds) {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        if (auto sample = broker())
            brokerMaxKb = std::max(brokerMaxKb, sample->rssKb);
        if (!o.quiet)
            std::printf("time %6.1f s  holding %d connections  dropped %d\n",
                        secondsSince(holdStart), liveCount(), m_dropped.load());
        std::fflush(stdout);
    }
    const auto brokerAfter = broker();
    const ConnectionProbe::Stats probeAfter =
        ConnectionProbe::measure(o.connect, o.probes, m_protocol.probeOnceMs);
    const int liveAtEnd = liveCount();

    const auto closeStart = Clock::now();
    closeAll();
    const double closeSeconds = secondsSince(closeStart);
    m_stop.store(true);
    service.join();
    m_clients.clear();

    auto probeJson = [](JsonLine& json, const char* key, const ConnectionProbe::Stats& s) {
        json.beginObject(key)
            .field("samples", s.samples)
            .field("failures", s.failures)
            .field("min_ms", s.minMs)
            .field("p50_ms", s.p50Ms)
            .field("max_ms", s.maxMs)
            .field("first_error", s.firstError)
            .endObject();
    };
    JsonLine json;
    json.field("summary", true)
        .field("id", o.label)
        .field("mode", "idle")
        .field("connections", o.connections)
        .field("opened", m_opened.load())
        .field("failed", m_failed.load())
        .field("dropped", m_dropped.load())
        .field("first_drop_reason", m_firstDropReason)
        .field("live_at_end", liveAtEnd)
        .field("protocol", m_protocol.name)
        .field("transport", m_protocol.transport)
        .field("heartbeat_s", m_protocol.heartbeatSeconds)
        .field("open_s", openSeconds)
        .field("open_rate", openSeconds > 0 ? double(m_opened.load()) / openSeconds : 0.0)
        .field("hold_s", o.durationSeconds)
        .field("close_s", closeSeconds);
    probeJson(json, "probe_before", probeBefore);
    probeJson(json, "probe_after", probeAfter);
    if (brokerBefore && brokerAfter) {
        const double perConnection =
            liveAtEnd > 0 ? (double(brokerAfter->rssKb) - double(brokerBefore->rssKb)) / liveAtEnd
                          : 0.0;
        json.beginObject("broker")
            .field("pid", std::int64_t(o.brokerPid))
            .field("rss_before_kb", brokerBefore->rssKb)
            .field("rss_after_kb", brokerAfter->rssKb)
            .field("rss_max_kb", std::max(brokerMaxKb, brokerAfter->rssKb))
            .field("kb_per_connection", perConnection)
            .field("cpu_s", brokerAfter->cpuSeconds - brokerBefore->cpuSeconds)
            .field("cpu_open_s",
                   brokerOpened ? brokerOpened->cpuSeconds - brokerBefore->cpuSeconds : 0.0)
            .field("cpu_hold_s",
                   brokerOpened ? brokerAfter->cpuSeconds - brokerOpened->cpuSeconds : 0.0)
            .endObject();
    }
    std::vector<std::string> errors;
    {
        std::lock_guard lock(m_mutex);
        errors = m_errors;
    }
    json.field("errors", errors);
    std::printf("%s\n", json.str().c_str());
    std::fflush(stdout);
    return m_failed.load() == 0 && m_dropped.load() == 0 ? 0 : 1;
}

} // namespace warren::bench
