#pragma once

#include <QtGlobal>
#include <utility>

namespace warren::amqp091 {

// What one connection holds in message bodies still arriving, over all its channels. Bodies
// take memory as their bytes come, never for the size a content header announces, and this
// bounds the sum, so a client trickling large bodies on many channels cannot hold more than
// `limit` (BrokerConfig::maxPartialBodyBytes).
class PartialBodyBudget {
public:
    explicit PartialBodyBudget(quint64 limit)
        : m_limit(limit) {}

    quint64 limit() const { return m_limit; }
    quint64 held() const { return m_held; }

    // Takes `bytes` more; false, and nothing taken, if that would pass the limit.
    bool take(quint64 bytes) {
        if (bytes > m_limit - m_held)
            return false;
        m_held += bytes;
        return true;
    }
    void give(quint64 bytes) { m_held -= qMin(bytes, m_held); }

private:
    quint64 m_limit;
    quint64 m_held = 0;
};

// The share of a PartialBodyBudget one arriving body holds; given back when it is dropped or
// completed (moved into a message, whose memory queues account for).
class PartialBodyReservation {
public:
    explicit PartialBodyReservation(PartialBodyBudget* budget = nullptr)
        : m_budget(budget) {}
    PartialBodyReservation(PartialBodyReservation&& other) noexcept
        : m_budget(other.m_budget)
        , m_bytes(std::exchange(other.m_bytes, 0)) {}
    PartialBodyReservation& operator=(PartialBodyReservation&& other) noexcept {
        if (this != &other) {
            release();
            m_budget = other.m_budget;
            m_bytes = std::exchange(other.m_bytes, 0);
        }
        return *this;
    }
    PartialBodyReservation(const PartialBodyReservation&) = delete;
    PartialBodyReservation& operator=(const PartialBodyReservation&) = delete;
    ~PartialBodyReservation() { release(); }

    quint64 bytes() const { return m_bytes; }
    // Grows the reservation to `bytes`; false if the connection's budget cannot give it.
    bool growTo(quint64 bytes) {
        if (bytes <= m_bytes)
            return true;
        if (m_budget && !m_budget->take(bytes - m_bytes))
            return false;
        m_bytes = bytes;
        return true;
    }
    void release() {
        if (m_budget)
            m_budget->give(m_bytes);
        m_bytes = 0;
    }

private:
    PartialBodyBudget* m_budget;
    quint64 m_bytes = 0;
};

} // namespace warren::amqp091
