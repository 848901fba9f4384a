#include "measuring_subscriber.h"

#include "payload_layout.h"

#include <algorithm>

namespace warren::bench {

MeasuringSubscriber::MeasuringSubscriber(int publishers)
    : m_nextSequence(std::size_t(std::max(0, publishers)), 0) {}

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
