#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

namespace warren::bench {

// What the main thread and the worker threads share about one run: readiness, the common
// start moment, the stop flag, and the first errors. Only setup and teardown take the lock;
// the hot loops read the stop flag with relaxed loads.
class RunControl {
public:
    void markReady();
    // Waits until `count` workers called markReady() or one failed; false on failure/timeout.
    bool waitReady(int count, std::chrono::seconds timeout);
    // Releases producers blocked in waitForStart(); returns immediately if stopped.
    void start();
    void waitForStart();

    void fail(const std::string& error);
    void stop();
    bool stopping() const { return m_stop.load(std::memory_order_relaxed); }
    const std::atomic<bool>* stopFlag() const { return &m_stop; }
    std::vector<std::string> errors() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_ready = 0;
    bool m_started = false;
    std::atomic<bool> m_stop{false};
    std::vector<std::string> m_errors;
};

} // namespace warren::bench
