#include "services/durable_definitions.h"

#include "amqp091/wire.h"
#include "store/message_store.h"

#include <QJsonDocument>
#include <QTimer>

namespace warren::services {

namespace {

// Arguments are stored in AMQP field-table encoding: the store keeps them opaque.
QByteArray encodeArguments(const core::FieldTable& table) {
    QByteArray bytes;
    amqp091::WireWriter writer(bytes);
    writer.table(table);
    return bytes;
}

core::FieldTable decodeArguments(const QByteArray& bytes) {
    core::FieldTable table;
    if (bytes.isEmpty())
        return table;
    amqp091::WireReader reader(bytes);
    reader.table(table);
    return table;
}

store::StoredBinding toStored(const core::Vhost& vhost, const core::Exchange& source,
                              const core::Binding& binding) {
    store::StoredBinding stored;
    stored.vhost = vhost.name();
    stored.source = source.name();
    stored.destinationKind = binding.queue ? store::StoredBinding::Destination::Queue
                                           : store::StoredBinding::Destination::Exchange;
    stored.destination = binding.queue ? binding.queue->name() : binding.exchange->name();
    stored.routingKey = binding.routingKey;
    stored.arguments = encodeArguments(binding.arguments);
    return stored;
}

} // namespace

std::optional<QString> DurableDefinitions::recover(BrokerContext& context) {
    auto loaded = m_store.loadDefinitions();
    if (!loaded)
        return loaded.error().text;
    const store::Definitions& d = loaded.value();
    const auto& config = context.config;
    const QByteArray defaultUser = config.defaultUser.toUtf8();

    if (d.vhosts.empty() && d.users.empty()) {
        // First start on this data directory: RabbitMQ creates the default vhost and user
        // once, and from then on they are ordinary, stored definitions.
        const QByteArray vhost = config.defaultVhost.toUtf8();
        context.users.addUser(defaultUser, config.defaultPassword.toUtf8(),
                              {QStringLiteral("administrator")}, config.defaultUserLoopbackOnly);
        const auth::User* user = context.users.user(defaultUser);
        m_store.putVhost({vhost, {}});
        m_store.putUser({user->name, user->passwordHash, user->tags});
        m_store.putPermission(
            {defaultUser, vhost, QStringLiteral(".*"), QStringLiteral(".*"), QStringLiteral(".*")});
        context.users.setPermissions(defaultUser, vhost, auth::Permissions::all());
        auto created = context.newVhost(vhost);
        created->setObserver(this);
        context.vhosts.insert(vhost, created);
        return std::nullopt;
    }

    for (const auto& v : d.vhosts)
        context.vhosts.insert(v.name, context.newVhost(v.name));
    for (const auto& u : d.users)
        // Loopback-only is configuration (RabbitMQ's loopback_users), not stored data.
        context.users.addHashedUser({u.name, u.passwordHash, u.tags,
                                     u.name == defaultUser && config.defaultUserLoopbackOnly});
    for (const auto& p : d.permissions)
        context.users.setPermissions(p.user, p.vhost,
                                     auth::Permissions::fromPatterns(p.configure, p.write, p.read));
    for (const auto& p : d.topicPermissions)
        context.users.setTopicPermission(p.user, p.vhost, p.exchange,
                                         auth::TopicPermission::fromPatterns(p.write, p.read));
    for (const auto& p : d.policies) {
        core::Vhost* vhost = context.vhost(p.vhost);
        const auto policy =
            core::Policy::fromFields(p.name, QJsonDocument::fromJson(p.body).object());
        // A stored policy passed validation when it was set; one that no longer does (a key a
        // later version dropped) is left out rather than stopping the broker.
        if (vhost && std::holds_alternative<core::Policy>(policy))
            vhost->putPolicy(std::get<core::Policy>(policy));
        else if (context.logger)
            context.logger->warning(
                QStringLiteral("store"),
                QStringLiteral("policy '%1' in vhost '%2' not restored")
                    .arg(QString::fromUtf8(p.name), QString::fromUtf8(p.vhost)));
    }
    // The vhosts do not report to the store while they are being rebuilt from it.
    for (const auto& e : d.exchanges)
        if (core::Vhost* vhost = context.vhost(e.vhost))
            vhost->declareExchange(
                {e.name, e.type, {true, e.autoDelete, e.internal}, decodeArguments(e.arguments)});
    for (const auto& q : d.queues)
        if (core::Vhost* vhost = context.vhost(q.vhost))
            vhost->declareQueue(
                {q.name, {true, false, q.autoDelete, 0}, decodeArguments(q.arguments)});
    for (const auto& b : d.bindings) {
        core::Vhost* vhost = context.vhost(b.vhost);
        if (!vhost)
            continue;
        if (b.destinationKind == store::StoredBinding::Destination::Queue)
            vhost->bindQueue(b.destination, b.source, b.routingKey, decodeArguments(b.arguments));
        else
            vhost->bindExchange(b.destination, b.source, b.routingKey,
                                decodeArguments(b.arguments));
    }
    for (const auto& vhost : std::as_const(context.vhosts))
        vhost->setObserver(this);
    return std::nullopt;
}

void DurableDefinitions::exchangeAdded(const core::Vhost& vhost, const core::Exchange& exchange) {
    changed();
    m_store.putExchange({vhost.name(), exchange.name(), core::exchangeTypeName(exchange.type()),
                         exchange.options().autoDelete, exchange.options().internal,
                         encodeArguments(exchange.arguments())});
}

void DurableDefinitions::exchangeRemoved(const core::Vhost& vhost, const QByteArray& name) {
    changed();
    m_store.deleteExchange(vhost.name(), name);
}

void DurableDefinitions::queueAdded(const core::Vhost& vhost, const core::Queue& queue) {
    changed();
    m_store.putQueue({vhost.name(), queue.name(), queue.options().autoDelete,
                      encodeArguments(queue.arguments())});
}

void DurableDefinitions::queueRemoved(const core::Vhost& vhost, const QByteArray& name) {
    changed();
    m_store.deleteQueue({vhost.name(), name});
}

void DurableDefinitions::bindingAdded(const core::Vhost& vhost, const core::Exchange& source,
                                      const core::Binding& binding) {
    changed();
    m_store.putBinding(toStored(vhost, source, binding));
}

void DurableDefinitions::bindingRemoved(const core::Vhost& vhost, const core::Exchange& source,
                                        const core::Binding& binding) {
    changed();
    m_store.deleteBinding(toStored(vhost, source, binding));
}

void DurableDefinitions::userPut(const auth::User& user) {
    changed();
    m_store.putUser({user.name, user.passwordHash, user.tags});
}

void DurableDefinitions::userDeleted(const QByteArray& name) {
    changed();
    m_store.deleteUser(name);
}

void DurableDefinitions::permissionSet(const QByteArray& user, const QByteArray& vhost,
                                       const auth::Permissions& p) {
    changed();
    m_store.putPermission({user, vhost, p.configureText, p.writeText, p.readText});
}

void DurableDefinitions::permissionCleared(const QByteArray& user, const QByteArray& vhost) {
    changed();
    m_store.deletePermission(user, vhost);
}

void DurableDefinitions::topicPermissionSet(const QByteArray& user, const QByteArray& vhost,
                                            const QByteArray& exchange,
                                            const auth::TopicPermission& p) {
    changed();
    m_store.putTopicPermission({user, vhost, exchange, p.writeText, p.readText});
}

void DurableDefinitions::topicPermissionCleared(const QByteArray& user, const QByteArray& vhost,
                                                const QByteArray& exchange) {
    changed();
    m_store.deleteTopicPermission(user, vhost, exchange);
}

void DurableDefinitions::policyPut(const core::Vhost& vhost, const core::Policy& policy) {
    changed();
    m_store.putPolicy({vhost.name(), policy.name(),
                       QJsonDocument(policy.fields()).toJson(QJsonDocument::Compact)});
}

void DurableDefinitions::policyDeleted(const core::Vhost& vhost, const QByteArray& name) {
    changed();
    m_store.deletePolicy(vhost.name(), name);
}

void DurableDefinitions::vhostAdded(core::Vhost& vhost) {
    changed();
    m_store.putVhost({vhost.name(), {}});
    vhost.setObserver(this);
}

void DurableDefinitions::vhostDeleted(const QByteArray& name) {
    changed();
    m_store.deleteVhost(name);
}

void DurableDefinitions::whenCommitted(std::function<void()> done) {
    if (allCommitted()) {
        done();
        return;
    }
    // Answers may arrive after this object is gone (the broker stopping): they then do nothing.
    const std::weak_ptr<bool> alive = m_alive;
    auto retryLater = [this, alive, done] {
        QTimer::singleShot(1000, m_context, [this, alive, done] {
            if (!alive.expired())
                whenCommitted(done);
        });
    };
    const quint64 through = m_changes;
    auto committed = [this, alive, through, done,
                      retryLater](const std::optional<store::StoreError>& error) {
        if (alive.expired())
            return;
        if (error) {
            retryLater();
            return;
        }
        m_committedThrough = std::max(m_committedThrough, through);
        done();
    };
    if (m_store.flush({m_context, committed}))
        retryLater();
}

} // namespace warren::services
