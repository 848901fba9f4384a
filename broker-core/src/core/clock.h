#pragma once

#include <QtGlobal>

namespace warren::core {

// Where the core reads the time for message TTLs and x-expires: the system's clock in the
// broker, a ManualClock in tests, which then check expiry without waiting.
class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;
};

} // namespace warren::core
