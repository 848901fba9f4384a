#include "store/completion_relay.h"

#include "core/queued_call.h"

namespace warren::store {

CompletionRelay::CompletionRelay(std::shared_ptr<OperationQueue> queue)
    : m_queue(std::move(queue)) {}

void CompletionRelay::post(std::vector<std::function<void()>> calls) {
    postQueued(this, [this, calls = std::move(calls)] {
        OperationQueue::DeferWakeups burst(*m_queue);
        for (const auto& call : calls)
            call();
    });
}

} // namespace warren::store
