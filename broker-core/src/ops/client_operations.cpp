#include "ops/client_operations.h"

#include "core/random_name.h"
#include "core/vhost.h"
#include "ops/access_rules.h"
#include "ops/naming_rules.h"
#include "services/broker_context.h"
#include "services/change_journal.h"

namespace warren::ops {

namespace {

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

core::Error accessRefused(QString text) {
    return {core::Error::Kind::AccessRefused, std::move(text)};
}

std::optional<core::Error> permission(const ClientSession& session, auth::Access access,
                                      Resource resource, const QByteArray& name) {
    return permissionRefusal(session.context.users, session.user, session.vhost.name(), access,
                             resource, name);
}

// Binding with `routingKey` needs the topic exchange's read permission for it; a missing
// source is the operation's own 404, reported after this.
std::optional<core::Error> topicRead(const ClientSession& session, const QByteArray& source,
                                     const QByteArray& routingKey) {
    const auto exchange = session.vhost.exchange(source);
    if (!exchange)
        return std::nullopt;
    // Neither AMQP 0-9-1 nor HTTP has a client id: "{client_id}" stays as written, as in
    // RabbitMQ, even when an AMQP client sends a "client_id" client property.
    return topicRefusal(session.context.users,
                        {session.user, session.vhost.name(), session.clientId}, *exchange,
                        auth::Access::Read, routingKey);
}

// Headers-exchange bindings must say how to match; RabbitMQ validates at bind time.
std::optional<core::Error> invalidXMatch(const core::Vhost& vhost, const QByteArray& exchange,
                                         const core::FieldTable& arguments) {
    const auto target = vhost.exchange(exchange);
    if (!target || target->type() != core::ExchangeType::Headers)
        return std::nullopt;
    const core::FieldValue* xMatch = core::findField(arguments, "x-match");
    if (!xMatch)
        return std::nullopt;
    const auto mode = xMatch->toBytes();
    if (mode &&
        (*mode == "all" || *mode == "any" || *mode == "all-with-x" || *mode == "any-with-x"))
        return std::nullopt;
    return core::Error{core::Error::Kind::PreconditionFailed,
                       QStringLiteral("Invalid x-match field value <<\"%1\">>; expected all, "
                                      "any, all-with-x, or any-with-x")
                           .arg(mode ? text(*mode) : xMatch->describe())};
}

// The rights and validity a binding or unbinding needs, in RabbitMQ's order: write on the
// destination, read on the source, the source's topic permission, then x-match.
std::optional<core::Error> bindingRefusal(const ClientSession& session,
                                          const ClientBinding& binding) {
    const Resource destination = binding.destinationKind == ClientBinding::Destination::Queue
                                     ? Resource::Queue
                                     : Resource::Exchange;
    if (auto refused = permission(session, auth::Access::Write, destination, binding.destination))
        return refused;
    if (auto refused = permission(session, auth::Access::Read, Resource::Exchange, binding.source))
        return refused;
    return topicRead(session, binding.source, binding.routingKey);
}

std::optional<core::Error> defaultExchangeRefusal() {
    return accessRefused(QStringLiteral("operation not permitted on the default exchange"));
}

} // namespace

ClientOutcome<std::shared_ptr<core::Queue>> usableQueue(const ClientSession& session,
                                                        const QByteArray& name) {
    auto queue = session.vhost.queue(name);
    if (!queue)
        return core::Error{core::Error::Kind::NotFound, session.vhost.notFoundQueue(name)};
    if (queue->options().exclusive && queue->options().ownerConnection != session.connection)
        return core::Error{core::Error::Kind::ResourceLocked, session.vhost.lockedQueue(name)};
    return queue;
}

ClientOutcome<std::shared_ptr<core::Queue>> readableQueue(const ClientSession& session,
                                                          const QByteArray& name) {
    auto usable = usableQueue(session, name);
    if (std::holds_alternative<std::shared_ptr<core::Queue>>(usable))
        if (auto refused = permission(session, auth::Access::Read, Resource::Queue, name))
            return *refused;
    return usable;
}

ClientOutcome<std::shared_ptr<core::Queue>> declareQueue(const ClientSession& session,
                                                         const QueueDeclaration& d) {
    if (d.passive)
        return usableQueue(session, d.name);
    QByteArray name = d.name;
    const NameUse use = nameUse(name);
    if (use == NameUse::Empty) // the server names it (queue.declare, AMQP 0-9-1)
        name = core::randomName("amq.gen-");
    else if (use == NameUse::Reserved)
        return accessRefused(
            QStringLiteral("queue name '%1' contains reserved prefix 'amq.*'").arg(text(name)));
    if (auto refused = permission(session, auth::Access::Configure, Resource::Queue, name))
        return *refused;
    // Dead-lettering writes to the exchange named: the declarer must be allowed to.
    if (const core::FieldValue* dlx = core::findField(d.arguments, "x-dead-letter-exchange"))
        if (auto dlxName = dlx->toBytes())
            if (auto refused =
                    permission(session, auth::Access::Write, Resource::Exchange, *dlxName))
                return *refused;
    const core::Queue::Options options{d.durable, d.exclusive, d.autoDelete,
                                       d.exclusive ? session.connection : 0};
    return session.vhost.declareQueue({name, options, d.arguments});
}

ClientOutcome<quint64> deleteQueue(const ClientSession& session, const QByteArray& name,
                                   bool ifUnused, bool ifEmpty) {
    // Deleting a queue that does not exist succeeds with a count of 0 (RabbitMQ 3.x).
    if (name.isEmpty() || !session.vhost.queue(name))
        return quint64(0);
    auto usable = usableQueue(session, name);
    if (auto* error = std::get_if<core::Error>(&usable))
        return *error;
    if (auto refused = permission(session, auth::Access::Configure, Resource::Queue, name))
        return *refused;
    return session.vhost.deleteQueue(name, ifUnused, ifEmpty);
}

ClientOutcome<quint64> purgeQueue(const ClientSession& session, const QByteArray& name) {
    auto readable = readableQueue(session, name);
    if (auto* error = std::get_if<core::Error>(&readable))
        return *error;
    const quint64 purged = std::get<std::shared_ptr<core::Queue>>(readable)->purge();
    if (auto* changes = session.context.changes)
        changes->queuePurged(text(session.vhost.name()), text(name), purged);
    return purged;
}

std::optional<core::Error> declareExchange(const ClientSession& session,
                                           const ExchangeDeclaration& d) {
    auto& vhost = session.vhost;
    const NameUse use = nameUse(d.name);
    if (use == NameUse::Empty)
        return defaultExchangeRefusal();
    if (d.passive) {
        if (!vhost.exchange(d.name))
            return core::Error{core::Error::Kind::NotFound, vhost.notFoundExchange(d.name)};
        return std::nullopt;
    }
    // amq.* names are reserved for new exchanges; redeclaring amq.direct as it is is fine.
    const bool exists = vhost.exchange(d.name) != nullptr;
    if (use == NameUse::Reserved && !exists)
        return accessRefused(QStringLiteral("exchange name '%1' contains reserved prefix 'amq.*'")
                                 .arg(text(d.name)));
    if (auto refused = permission(session, auth::Access::Configure, Resource::Exchange, d.name))
        return refused;
    if (!core::exchangeTypeFromName(d.type) && !exists)
        return core::Error{core::Error::Kind::NotAllowed,
                           QStringLiteral("unknown exchange type '%1'").arg(text(d.type))};
    auto declared =
        vhost.declareExchange({d.name, d.type, {d.durable, d.autoDelete, d.internal}, d.arguments});
    if (auto* error = std::get_if<core::Error>(&declared))
        return *error;
    return std::nullopt;
}

std::optional<core::Error> deleteExchange(const ClientSession& session, const QByteArray& name,
                                          bool ifUnused) {
    const NameUse use = nameUse(name);
    if (use == NameUse::Empty)
        return defaultExchangeRefusal();
    if (use == NameUse::Reserved)
        return accessRefused(
            QStringLiteral("deletion of system exchange '%1' in vhost '%2' not allowed")
                .arg(text(name), text(session.vhost.name())));
    if (auto refused = permission(session, auth::Access::Configure, Resource::Exchange, name))
        return refused;
    // Deleting an exchange that does not exist succeeds (RabbitMQ 3.x is idempotent here).
    if (!session.vhost.exchange(name))
        return std::nullopt;
    return session.vhost.deleteExchange(name, ifUnused);
}

std::optional<core::Error> bind(const ClientSession& session, const ClientBinding& b) {
    auto& vhost = session.vhost;
    if (b.destinationKind == ClientBinding::Destination::Queue)
        if (auto usable = usableQueue(session, b.destination);
            auto* error = std::get_if<core::Error>(&usable))
            return *error;
    if (auto refused = bindingRefusal(session, b))
        return refused;
    if (auto invalid = invalidXMatch(vhost, b.source, b.arguments))
        return invalid;
    if (b.destinationKind == ClientBinding::Destination::Queue)
        return vhost.bindQueue(b.destination, b.source, b.routingKey, b.arguments);
    return vhost.bindExchange(b.destination, b.source, b.routingKey, b.arguments);
}

std::optional<core::Error> unbind(const ClientSession& session, const ClientBinding& b) {
    auto& vhost = session.vhost;
    if (auto refused = bindingRefusal(session, b))
        return refused;
    const bool toQueue = b.destinationKind == ClientBinding::Destination::Queue;
    // Another connection's exclusive queue stays locked, even for unbinding.
    if (toQueue && vhost.queue(b.destination))
        if (auto usable = usableQueue(session, b.destination);
            auto* error = std::get_if<core::Error>(&usable))
            return *error;
    // Unbinding is idempotent in RabbitMQ 3.x: a missing queue, exchange or binding is
    // unbind-ok, not 404 (aio-pika's RPC unbinds after its auto-delete queue has gone).
    auto error = toQueue ? vhost.unbindQueue(b.destination, b.source, b.routingKey, b.arguments)
                         : vhost.unbindExchange(b.destination, b.source, b.routingKey, b.arguments);
    if (error && error->kind == core::Error::Kind::NotFound)
        return std::nullopt;
    return error;
}

ClientOutcome<std::shared_ptr<core::Exchange>>
publishTarget(const ClientSession& session, const QByteArray& name, const QByteArray& routingKey,
              std::optional<QByteArray>& lastAllowed) {
    auto exchange = session.vhost.exchange(name);
    if (!exchange)
        return core::Error{core::Error::Kind::NotFound, session.vhost.notFoundExchange(name)};
    if (auto refused = internalPublishRefusal(*exchange, session.vhost.name()))
        return *refused;
    if (!lastAllowed || *lastAllowed != name) {
        if (auto refused = permission(session, auth::Access::Write, Resource::Exchange, name))
            return *refused;
        lastAllowed = name;
    }
    if (auto refused = topicRefusal(session.context.users,
                                    {session.user, session.vhost.name(), session.clientId},
                                    *exchange, auth::Access::Write, routingKey))
        return *refused;
    return exchange;
}

} // namespace warren::ops
