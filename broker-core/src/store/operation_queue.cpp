#include "store/operation_queue.h"

namespace warren::store {

namespace {
// The queue whose wake-ups this thread defers, if any.
thread_local OperationQueue* t_deferring = nullptr;
thread_local bool t_deferred = false;
} // namespace

OperationQueue::DeferWakeups::DeferWakeups(OperationQueue& queue)
    : m_queue(queue)
    , m_outermost(t_deferring == nullptr) {
    if (m_outermost) {
        t_deferring = &queue;
        t_deferred = false;
    }
}

OperationQueue::DeferWakeups::~DeferWakeups() {
    if (!m_outermost)
        return;
    t_deferring = nullptr;
    if (t_deferred)
        m_queue.wake();
}

bool OperationQueue::push(StoreOperation operation) {
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return false;
        m_pendingBytes.fetch_add(operation.bytes + OperationOverhead, std::memory_order_relaxed);
        m_operations.push_back(std::move(operation));
    }
    if (t_deferring == this)
        t_deferred = true;
    else
        wake();
    return true;
}

void OperationQueue::wake() {
    m_wake.notify_one();
}

void OperationQueue::pushFront(std::vector<StoreOperation> operations) {
    std::lock_guard lock(m_mutex);
    for (auto it = operations.rbegin(); it != operations.rend(); ++it) {
        m_pendingBytes.fetch_add(it->bytes + OperationOverhead, std::memory_order_relaxed);
        m_operations.push_front(std::move(*it));
    }
}

std::vector<StoreOperation> OperationQueue::take(int maxOperations, qint64 maxBytes, bool wait) {
    std::unique_lock lock(m_mutex);
    if (wait)
        m_wake.wait(lock, [this] { return m_closed || !m_operations.empty(); });
    std::vector<StoreOperation> batch;
    qint64 bytes = 0;
    while (!m_operations.empty() && int(batch.size()) < maxOperations &&
           (batch.empty() || bytes + m_operations.front().bytes <= maxBytes)) {
        bytes += m_operations.front().bytes;
        m_pendingBytes.fetch_sub(m_operations.front().bytes + OperationOverhead,
                                 std::memory_order_relaxed);
        batch.push_back(std::move(m_operations.front()));
        m_operations.pop_front();
    }
    return batch;
}

void OperationQueue::sleep(std::chrono::milliseconds duration) {
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, duration, [this] { return m_closed; });
}

void OperationQueue::close() {
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_wake.notify_all();
}

bool OperationQueue::isClosed() const {
    std::lock_guard lock(m_mutex);
    return m_closed;
}

size_t OperationQueue::size() const {
    std::lock_guard lock(m_mutex);
    return m_operations.size();
}

} // namespace warren::store
