#pragma once

#include "core/clock.h"

namespace warren::core {

// A clock that moves only when told: tests advance it past a deadline and then run what is due,
// instead of sleeping.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_nowMs(startMs) {}

    qint64 nowMs() const override { return m_nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace warren::core
