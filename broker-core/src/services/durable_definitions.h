#pragma once

#include "core/definition_observer.h"
#include "services/broker_context.h"

#include <QObject>
#include <functional>
#include <memory>

namespace warren::store {
class MessageStore;
}

namespace warren::services {

// Keeps the store's copy of the durable definitions in step with the vhosts, and brings
// them back at startup. Writes go out asynchronously; the store commits them in order.
class DurableDefinitions final : public core::DefinitionObserver {
public:
    // Commit notices run on `context`'s thread (the broker thread).
    DurableDefinitions(store::MessageStore& store, QObject* context)
        : m_store(store)
        , m_context(context) {}

    // Loads vhosts, users, permissions, topic permissions, policies, exchanges, queues and
    // bindings into the context (policies before the queues and exchanges they apply to). On a
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

    // Users, permissions and vhosts change only from management operations, which report here.
    void userPut(const auth::User& user);
    void userDeleted(const QByteArray& name);
    void permissionSet(const QByteArray& user, const QByteArray& vhost,
                       const auth::Permissions& permissions);
    void permissionCleared(const QByteArray& user, const QByteArray& vhost);
    void topicPermissionSet(const QByteArray& user, const QByteArray& vhost,
                            const QByteArray& exchange, const auth::TopicPermission& permission);
    void topicPermissionCleared(const QByteArray& user, const QByteArray& vhost,
                                const QByteArray& exchange);
    void policyPut(const core::Vhost& vhost, const core::Policy& policy);
    void policyDeleted(const core::Vhost& vhost, const QByteArray& name);
    void vhostAdded(core::Vhost& vhost);
    void vhostDeleted(const QByteArray& name);

    // Whether every change reported so far is on disk.
    bool allCommitted() const { return m_committedThrough == m_changes; }
    // Runs `done` on the broker thread once every change reported so far is on disk. Protocols
    // answer a durable declaration only then, as RabbitMQ does. A failed commit (disk full) is
    // retried every second: the store retries the writes themselves until they land.
    void whenCommitted(std::function<void()> done);

private:
    void changed() { ++m_changes; }

    store::MessageStore& m_store;
    QObject* m_context;
    quint64 m_changes = 0;          // changes reported so far
    quint64 m_committedThrough = 0; // of which this many are known to be on disk
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace warren::services
