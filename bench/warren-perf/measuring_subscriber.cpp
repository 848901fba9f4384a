#include "measuring_subscriber.h"

#include "client_error.h"
#include "payload_layout.h"
#include "run_control.h"

#include <algorithm>

namespace warren::bench {

MeasuringSubscriber::MeasuringSubscriber(const PerfOptions& options, int index, RunControl& control)
    : m_options(options)
    , m_index(index)
    , m_control(control)
    , m_nextSequence(std::size_t(std::max(0, options.producers)), 0) {}

void MeasuringSubscriber::run() {
    try {
        subscribe();
        receiveLoop();
        close();
    } catch (const std::exception& e) {
        m_control.fail("subscriber " + std::to_string(m_index) + ": " + e.what());
        abandon();
    }
}

void MeasuringSubscriber::subscribed() {
    if (!m_subscribed) {
        m_subscribed = true;
        m_control.markReady();
    }
}

void MeasuringSubscriber::receiveLoop() {
    while (!m_control.stopping()) {
        const auto result = readSome(true);
        if (result == TcpConnection::ReadResult::Closed)
            throw ClientError("connection closed by broker");
        if (result == TcpConnection::ReadResult::Data) {
            const std::uint64_t before = m_received;
            handleBuffered(m_replies);
            if (m_received != before) {
                publishCounters();
                onMessagesRead(std::chrono::steady_clock::now().time_since_epoch().count());
            }
            if (!m_replies.empty()) {
                if (!sendReplies(m_replies, m_control.stopFlag()))
                    break;
                m_replies.clear();
            }
        }
        keepAliveIfDue(std::chrono::steady_clock::now());
    }
}

void MeasuringSubscriber::countMessage(std::string_view body, std::int64_t nowNanos) {
    ++m_received;
    if (body.size() < payload::HeaderSize)
        return;
    const payload::Header header = payload::read(body.data());
    if (!(m_windowOver && m_windowOver->load(std::memory_order_relaxed)))
        m_latencies.record(nowNanos - header.sentAt);
    if (header.publisher >= m_nextSequence.size())
        return; // not from a publisher of this run
    std::uint64_t& next = m_nextSequence[header.publisher];
    if (header.sequence >= next) {
        m_lost += header.sequence - next;
        next = header.sequence + 1;
    } else {
        ++m_duplicates;
    }
}

void MeasuringSubscriber::publishCounters() {
    m_counters.received.store(m_received, std::memory_order_relaxed);
    m_counters.lost.store(m_lost, std::memory_order_relaxed);
    m_counters.duplicates.store(m_duplicates, std::memory_order_relaxed);
}

} // namespace warren::bench
