#include "run_control.h"

namespace warren::bench {

void RunControl::markReady() {
    std::lock_guard lock(m_mutex);
    ++m_ready;
    m_changed.notify_all();
}

bool RunControl::waitReady(int count, std::chrono::seconds timeout) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] {
        return m_ready >= count || !m_errors.empty();
    }) && m_errors.empty();
}

void RunControl::start() {
    std::lock_guard lock(m_mutex);
    m_started = true;
    m_changed.notify_all();
}

void RunControl::waitForStart() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_started || stopping(); });
}

void RunControl::fail(const std::string& error) {
    {
        std::lock_guard lock(m_mutex);
        // A broker that goes away fails every worker the same way; a few copies say enough.
        if (m_errors.size() < 20)
            m_errors.push_back(error);
        m_changed.notify_all();
    }
    stop();
}

void RunControl::stop() {
    m_stop.store(true, std::memory_order_relaxed);
    std::lock_guard lock(m_mutex); // wakes producers still waiting for the start
    m_changed.notify_all();
}

std::vector<std::string> RunControl::errors() const {
    std::lock_guard lock(m_mutex);
    return m_errors;
}

} // namespace warren::bench
