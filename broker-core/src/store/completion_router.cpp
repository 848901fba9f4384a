#include "store/completion_router.h"

#include "store/completion_relay.h"

#include <QThread>

namespace warren::store {

CompletionRouter::CompletionRouter(std::shared_ptr<OperationQueue> queue)
    : m_queue(std::move(queue)) {}

CompletionRouter::~CompletionRouter() {
    for (auto& entry : m_relays)
        retire(entry.second);
}

void CompletionRouter::retire(CompletionRelay* relay) {
    // The relay's own view of its thread: Qt clears it when the QThread object is destroyed,
    // whereas the pointer the relay is filed under may dangle, or name a new thread by now.
    QThread* thread = relay->thread();
    // A relay whose thread runs must go through that thread's loop, after any completions
    // already posted to it; one whose thread is gone or is this one has nothing running.
    if (!thread || thread == QThread::currentThread() || thread->isFinished())
        delete relay;
    else
        relay->deleteLater();
}

CompletionRelay* CompletionRouter::relayFor(QObject* context) {
    QThread* thread = context->thread();
    if (!thread)
        return nullptr;
    auto it = m_relays.find(thread);
    if (it != m_relays.end()) {
        if (it->second->thread() == thread)
            return it->second;
        retire(it->second); // its thread ended, and a new one took the address
        m_relays.erase(it);
    }
    auto* relay = new CompletionRelay(m_queue);
    relay->moveToThread(thread);
    m_relays.emplace(thread, relay);
    return relay;
}

std::optional<StoreError> CompletionRouter::attach(StoreOperation& operation, Completion done) {
    if (done.isEmpty())
        return std::nullopt;
    if (done.context) {
        operation.relay = relayFor(done.context);
        if (!operation.relay)
            return StoreError{StoreError::Kind::InvalidArgument,
                              QStringLiteral("The completion's context object belongs to no "
                                             "thread; pass one that lives in a running thread.")};
        operation.context = done.context;
    }
    operation.done = std::move(done.callback);
    return std::nullopt;
}

} // namespace warren::store
