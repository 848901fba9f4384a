#pragma once

#include "core/definition_observer.h"
#include "engine/broker_context.h"

namespace warren::store {
class MessageStore;
}

namespace warren::engine {

// Keeps the store's copy of the durable definitions in step with the vhosts, and brings
// them back at startup. Writes go out asynchronously; the store commits them in order.
class DurableDefinitions final : public core::DefinitionObserver {
public:
    explicit DurableDefinitions(store::MessageStore& store)
        : m_store(store) {}

    // Loads vhosts, users, permissions, exchanges, queues and bindings into the context. On a
    // new store, creates and stores the configured default vhost and user instead.
    // Returns one sentence on failure.
    std::optional<QString> recover(BrokerContext& context);

    void exchangeAdded(const core::Vhost& vhost, const core::Exchange& exchange) override;
    void exchangeRemoved(const core::Vhost& vhost, const QByteArray& name) override;
    void queueAdded(const core::Vhost& vhost, const core::Queue& queue) override;
    void queueRemoved(const core::Vhost& vhost, const QByteArray& name) override;
    void bindingAdded(const core::Vhost& vhost, const core::Exchange& source,
                      const core::Binding& binding) override;
    void bindingRemoved(const core::Vhost& vhost, const core::Exchange& source,
                        const core::Binding& binding) override;

private:
    store::MessageStore& m_store;
};

} // namespace warren::engine
