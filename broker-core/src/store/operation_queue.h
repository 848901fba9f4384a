#pragma once

#include "store/store_operation.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace warren::store {

// The hand-off between submitting threads and the writer: a FIFO of operations. Order is the
// store's consistency model: operations commit in the order they were pushed.
class OperationQueue {
public:
    // While one exists on a thread, pushes from that thread do not wake the writer; the last
    // one to go does. A thread that submits a burst (completions that each publish the next
    // message, a socket read holding many publishes) then hands the writer one batch instead
    // of waking it for the first operation alone and leaving the rest for the next commit.
    class DeferWakeups {
    public:
        explicit DeferWakeups(OperationQueue& queue);
        ~DeferWakeups();
        DeferWakeups(const DeferWakeups&) = delete;
        DeferWakeups& operator=(const DeferWakeups&) = delete;

    private:
        OperationQueue& m_queue;
        bool m_outermost;
    };

    // False once closed: the operation was not queued.
    bool push(StoreOperation operation);
    // Puts a failed batch's retryable operations back at the head, in their order.
    void pushFront(std::vector<StoreOperation> operations);

    // Takes the operations at the head, at least one and at most the limits (a batch), waiting
    // for one when `wait`. Empty when closed and drained, or when not waiting and there is none.
    std::vector<StoreOperation> take(int maxOperations, qint64 maxBytes, bool wait);
    // Sleeps for `duration` unless the queue is closed meanwhile.
    void sleep(std::chrono::milliseconds duration);

    void close();
    bool isClosed() const;
    size_t size() const;
    // The memory the queued operations hold: their payloads plus a fixed cost each. Lock-free,
    // for flow control (the writer's backlog).
    qint64 pendingBytes() const { return m_pendingBytes.load(std::memory_order_relaxed); }
    static constexpr qint64 OperationOverhead = 256;

private:
    void wake();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<StoreOperation> m_operations;
    bool m_closed = false;
    std::atomic<qint64> m_pendingBytes{0};
};

} // namespace warren::store
