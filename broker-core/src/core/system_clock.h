#pragma once

#include "core/clock.h"

namespace warren::core {

// The wall clock, as RabbitMQ's TTLs use it (os:system_time).
class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
    // It holds no state, so one serves every vhost.
    static const SystemClock& instance();
};

} // namespace warren::core
