#pragma once

#include "core/message_persistence.h"
#include "engine/broker_context.h"

#include <QObject>
#include <optional>

namespace warren::store {
class MessageStore;
}

namespace warren::engine {

// Persistent messages of durable queues in the store: written as they arrive (the publisher's
// confirm waits for the commit), marked when delivered, removed when they leave, and queued
// again at startup. Other messages of long queues page out through it too, for this run only.
class DurableMessages final : public core::MessagePersistence {
public:
    // Completions run on `context`'s thread (the broker thread) and stop with it.
    DurableMessages(store::MessageStore& store, QObject* context)
        : m_store(store)
        , m_context(context) {}

    // Puts every durable queue's stored messages back into it, in order, in batches so that
    // a long queue pages out as it is rebuilt; delivered-unacked ones come back redelivered.
    // Returns one sentence on failure.
    std::optional<QString> recover(BrokerContext& context);

    std::vector<quint64> store(const core::Vhost& vhost, const core::Message& message,
                               const std::vector<core::Queue*>& queues,
                               std::function<void(bool)> committed) override;
    void delivered(const core::Vhost& vhost, const core::Queue& queue, quint64 seq) override;
    void removed(const core::Vhost& vhost, const core::Queue& queue, quint64 seq) override;
    quint64 pageOut(const core::Vhost& vhost, const core::Queue& queue,
                    const core::Message& message) override;
    void discardPaged(const core::Vhost& vhost, const core::Queue& queue) override;
    void fetch(const core::Vhost& vhost, const core::Queue& queue, quint64 afterSeq, int limit,
               std::function<void(PagedMessages)> done) override;
    PagedMessages load(const core::Vhost& vhost, const core::Queue& queue, quint64 afterSeq,
                       int limit) override;

private:
    store::MessageStore& m_store;
    QObject* m_context;
};

} // namespace warren::engine
