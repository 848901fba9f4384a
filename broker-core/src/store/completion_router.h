#pragma once

#include "store/completion.h"
#include "store/operation_queue.h"
#include "store/store_operation.h"

#include <memory>
#include <unordered_map>

class QThread;

namespace warren::store {

class CompletionRelay;

// Routes completions to the threads their contexts live in, through one CompletionRelay per
// thread. Not thread-safe: the store calls it under its own lock.
class CompletionRouter {
public:
    explicit CompletionRouter(std::shared_ptr<OperationQueue> queue);
    ~CompletionRouter();
    CompletionRouter(const CompletionRouter&) = delete;
    CompletionRouter& operator=(const CompletionRouter&) = delete;

    // Sets where and how the operation reports; an error if the context has no thread.
    std::optional<StoreError> attach(StoreOperation& operation, Completion done);

private:
    CompletionRelay* relayFor(QObject* context);
    static void retire(CompletionRelay* relay);

    std::shared_ptr<OperationQueue> m_queue;
    std::unordered_map<QThread*, CompletionRelay*> m_relays;
};

} // namespace warren::store
