#include "ops/management_operations.h"

#include "core/field_json.h"
#include "core/vhost.h"
#include "ops/access_rules.h"
#include "ops/commit_tracker.h"
#include "ops/operation_errors.h"
#include "ops/operation_results.h"
#include "services/change_journal.h"
#include "services/property_text.h"

namespace warren::ops {

namespace {

core::FieldTable argumentsOf(const QueueDefinition& d) {
    core::FieldTable args;
    auto integer = [&](const char* name, const std::optional<qint64>& value) {
        if (value)
            args.emplace_back(QByteArray(name), core::FieldValue(*value));
    };
    integer("x-message-ttl", d.messageTtlMs);
    integer("x-expires", d.expiresMs);
    integer("x-max-length", d.maxLength);
    integer("x-max-length-bytes", d.maxLengthBytes);
    if (!d.overflow.isEmpty())
        args.emplace_back("x-overflow", core::FieldValue(d.overflow.toUtf8()));
    if (!d.deadLetterExchange.isEmpty())
        args.emplace_back("x-dead-letter-exchange",
                          core::FieldValue(d.deadLetterExchange.toUtf8()));
    if (!d.deadLetterRoutingKey.isEmpty())
        args.emplace_back("x-dead-letter-routing-key",
                          core::FieldValue(d.deadLetterRoutingKey.toUtf8()));
    if (d.maxPriority > 0)
        args.emplace_back("x-max-priority", core::FieldValue(qint64(d.maxPriority)));
    if (d.singleActiveConsumer)
        args.emplace_back("x-single-active-consumer", core::FieldValue(true));
    // Passed on so that the queue's own argument checks refuse the types Warren lacks.
    if (!d.type.isEmpty())
        args.emplace_back("x-queue-type", core::FieldValue(d.type.toUtf8()));
    return args;
}

core::MessagePtr toMessage(const OutgoingMessage& m) {
    auto message = std::make_shared<core::Message>();
    message->exchange = m.exchange.toUtf8();
    message->routingKey = m.routingKey.toUtf8();
    message->body = m.body;
    auto& p = message->properties;
    if (!m.contentType.isEmpty())
        p.contentType = m.contentType.toUtf8();
    p.durable = m.persistent;
    if (!m.headers.isEmpty()) {
        core::FieldTable& headers = p.headersToChange();
        for (const auto& [name, value] : m.headers)
            headers.emplace_back(name.toUtf8(), core::toField(value));
    }
    for (const auto& [name, value] : m.properties)
        services::setPropertyFromText(p, name, value); // an unknown or malformed one is left out
    return message;
}

// Why a message cannot go out: its vhost or else its exchange is missing.
QString notFoundExchange(const core::Vhost* vhost, const OutgoingMessage& m) {
    return vhost ? vhost->notFoundExchange(m.exchange.toUtf8()) : noVhost(m.vhost);
}

QString defaultExchangeBindings() {
    return QStringLiteral("bindings to the default exchange cannot be changed");
}

} // namespace

void declareQueue(services::BrokerContext& context, const QueueDefinition& d, core::FieldTable more,
                  OperationDone done) {
    core::FieldTable arguments = argumentsOf(d);
    arguments.insert(arguments.end(), more.begin(), more.end());
    declareQueue(context, d.vhost, d.name, d.durable, d.autoDelete, std::move(arguments),
                 std::move(done));
}

void declareQueue(services::BrokerContext& context, const QString& vhostName, const QString& name,
                  bool durable, bool autoDelete, core::FieldTable arguments, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::DeclareQueue, vhostName, name);
    core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    if (!vhost) {
        refuse(result, ErrorKind::NotFound, noVhost(vhostName));
    } else {
        const auto declared = vhost->declareQueue(
            {name.toUtf8(), {durable, false, autoDelete, 0}, std::move(arguments)});
        if (const auto* error = std::get_if<core::Error>(&declared))
            refuse(result, *error);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void deleteQueue(services::BrokerContext& context, const QString& vhostName, const QString& name,
                 OperationDone done) {
    auto result = resultFor(OperationResult::Kind::DeleteQueue, vhostName, name);
    core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    if (!vhost) {
        refuse(result, ErrorKind::NotFound, noVhost(vhostName));
    } else {
        const auto deleted = vhost->deleteQueue(name.toUtf8(), false, false);
        if (const auto* error = std::get_if<core::Error>(&deleted))
            refuse(result, *error);
        else
            result.count = std::get<quint64>(deleted);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void purgeQueue(services::BrokerContext& context, const QString& vhostName, const QString& name,
                OperationDone done) {
    auto result = resultFor(OperationResult::Kind::PurgeQueue, vhostName, name);
    core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    const auto queue = vhost ? vhost->queue(name.toUtf8()) : nullptr;
    if (!vhost)
        refuse(result, ErrorKind::NotFound, noVhost(vhostName));
    else if (!queue)
        refuse(result, ErrorKind::NotFound, vhost->notFoundQueue(name.toUtf8()));
    else
        result.count = queue->purge();
    if (queue && context.changes)
        context.changes->queuePurged(vhostName, name, result.count);
    done(std::move(result));
}

void declareExchange(services::BrokerContext& context, const ExchangeDefinition& d,
                     core::FieldTable more, OperationDone done) {
    core::FieldTable args;
    if (!d.alternateExchange.isEmpty())
        args.emplace_back("alternate-exchange", core::FieldValue(d.alternateExchange.toUtf8()));
    args.insert(args.end(), more.begin(), more.end());
    declareExchange(context, d.vhost, d.name, d.type, {d.durable, d.autoDelete, d.internal},
                    std::move(args), std::move(done));
}

void declareExchange(services::BrokerContext& context, const QString& vhostName,
                     const QString& name, const QString& type, core::Exchange::Options options,
                     core::FieldTable arguments, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::DeclareExchange, vhostName, name);
    core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    if (!vhost) {
        refuse(result, ErrorKind::NotFound, noVhost(vhostName));
    } else {
        const auto declared =
            vhost->declareExchange({name.toUtf8(), type.toUtf8(), options, std::move(arguments)});
        if (const auto* error = std::get_if<core::Error>(&declared))
            refuse(result, *error);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void deleteExchange(services::BrokerContext& context, const QString& vhostName, const QString& name,
                    OperationDone done) {
    auto result = resultFor(OperationResult::Kind::DeleteExchange, vhostName, name);
    core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    if (!vhost)
        refuse(result, ErrorKind::NotFound, noVhost(vhostName));
    else if (!vhost->exchange(name.toUtf8()))
        refuse(result, ErrorKind::NotFound, vhost->notFoundExchange(name.toUtf8()));
    else if (const auto error = vhost->deleteExchange(name.toUtf8(), false))
        refuse(result, *error);
    finishWhenDurable(context, std::move(result), std::move(done));
}

void addBinding(services::BrokerContext& context, const BindingDefinition& b, OperationDone done) {
    core::FieldTable args;
    for (const auto& [name, value] : b.arguments)
        args.emplace_back(name.toUtf8(), core::FieldValue(value.toUtf8()));
    addBinding(context, b, std::move(args), std::move(done));
}

void addBinding(services::BrokerContext& context, const BindingDefinition& b,
                core::FieldTable arguments, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::AddBinding, b.vhost, b.source);
    core::Vhost* vhost = context.vhost(b.vhost.toUtf8());
    if (!vhost) {
        refuse(result, ErrorKind::NotFound, noVhost(b.vhost));
    } else if (b.source.isEmpty()) {
        // RabbitMQ: every queue is bound to the default exchange and nothing else may be.
        refuse(result, ErrorKind::AccessRefused, defaultExchangeBindings());
    } else {
        const auto error = b.destinationIsQueue
                               ? vhost->bindQueue(b.destination.toUtf8(), b.source.toUtf8(),
                                                  b.routingKey.toUtf8(), arguments)
                               : vhost->bindExchange(b.destination.toUtf8(), b.source.toUtf8(),
                                                     b.routingKey.toUtf8(), arguments);
        if (error)
            refuse(result, *error);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void removeBinding(services::BrokerContext& context, const BindingDefinition& b,
                   OperationDone done) {
    auto result = resultFor(OperationResult::Kind::RemoveBinding, b.vhost, b.source);
    core::Vhost* vhost = context.vhost(b.vhost.toUtf8());
    const auto source = vhost ? vhost->exchange(b.source.toUtf8()) : nullptr;
    if (!vhost) {
        refuse(result, ErrorKind::NotFound, noVhost(b.vhost));
    } else if (b.source.isEmpty()) {
        refuse(result, ErrorKind::AccessRefused, defaultExchangeBindings());
    } else if (!source) {
        refuse(result, ErrorKind::NotFound, vhost->notFoundExchange(b.source.toUtf8()));
    } else {
        // Find the binding as the snapshot showed it, then remove it with its real arguments.
        const QByteArray destination = b.destination.toUtf8();
        const QByteArray routingKey = b.routingKey.toUtf8();
        const core::Binding* found = nullptr;
        for (const core::Binding& candidate : source->bindings()) {
            const bool toQueue = candidate.queue != nullptr;
            const QByteArray& name = toQueue ? candidate.queue->name() : candidate.exchange->name();
            if (toQueue == b.destinationIsQueue && name == destination &&
                candidate.routingKey == routingKey &&
                core::describeTable(candidate.arguments) == b.argumentsSummary) {
                found = &candidate;
                break;
            }
        }
        if (!found) {
            refuse(result, ErrorKind::NotFound,
                   QStringLiteral("no binding from '%1' to '%2' with routing key '%3'")
                       .arg(b.source, b.destination, b.routingKey));
        } else {
            const core::FieldTable arguments = found->arguments; // removal invalidates `found`
            const auto error =
                b.destinationIsQueue
                    ? vhost->unbindQueue(destination, b.source.toUtf8(), routingKey, arguments)
                    : vhost->unbindExchange(destination, b.source.toUtf8(), routingKey, arguments);
            if (error)
                refuse(result, *error);
        }
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void publishMessage(services::BrokerContext& context, const OutgoingMessage& m,
                    OperationDone done) {
    auto result = resultFor(OperationResult::Kind::Publish, m.vhost, m.exchange);
    core::Vhost* vhost = context.vhost(m.vhost.toUtf8());
    const auto exchange = vhost ? vhost->exchange(m.exchange.toUtf8()) : nullptr;
    if (!vhost || !exchange) {
        refuse(result, ErrorKind::NotFound, notFoundExchange(vhost, m));
        done(std::move(result));
        return;
    }
    auto message = toMessage(m);
    // Confirmed means durable here too: a persistent message is reported once committed.
    auto pending = std::make_shared<OperationResult>(result);
    auto committed = [pending, done](bool ok) {
        if (!ok)
            refuse(*pending, ErrorKind::Internal,
                   QStringLiteral("the message could not be stored"));
        done(*pending);
    };
    const core::RouteResult routed = vhost->publish(*exchange, message, committed);
    pending->count = quint64(routed.routedQueues);
    if (!routed.awaitingCommit)
        done(*pending);
}

void publishMessages(services::BrokerContext& context, const QList<OutgoingMessage>& messages,
                     OperationDone done) {
    const OutgoingMessage first = messages.isEmpty() ? OutgoingMessage() : messages.first();
    auto tracker = CommitTracker::start(
        resultFor(OperationResult::Kind::ImportMessages, first.vhost, first.exchange),
        std::move(done));
    OperationResult& result = tracker->result();
    // An import passes over what it cannot send, as a missing exchange or an internal one
    // (clients may not publish there), and reports the first such reason if nothing went.
    std::optional<core::Error> firstRefusal;
    for (const OutgoingMessage& m : messages) {
        core::Vhost* vhost = context.vhost(m.vhost.toUtf8());
        const auto exchange = vhost ? vhost->exchange(m.exchange.toUtf8()) : nullptr;
        std::optional<core::Error> refused;
        if (!exchange)
            refused = core::Error{core::Error::Kind::NotFound, notFoundExchange(vhost, m)};
        else
            refused = internalPublishRefusal(*exchange, vhost->name());
        if (refused) {
            if (!firstRefusal)
                firstRefusal = std::move(refused);
            result.skipped++;
            continue;
        }
        const auto message = toMessage(m);
        const auto routed = tracker->publish(*vhost, *exchange, message, message->allRoutingKeys());
        (routed.routedQueues > 0 ? result.count : result.skipped)++;
    }
    if (result.count == 0 && firstRefusal)
        refuse(result, *firstRefusal);
    tracker->finish();
}

void testRoute(services::BrokerContext& context, const OutgoingMessage& m, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::TestRoute, m.vhost, m.exchange);
    core::Vhost* vhost = context.vhost(m.vhost.toUtf8());
    const auto exchange = vhost ? vhost->exchange(m.exchange.toUtf8()) : nullptr;
    if (!vhost || !exchange) {
        refuse(result, ErrorKind::NotFound, notFoundExchange(vhost, m));
    } else {
        std::vector<core::Queue*> queues;
        vhost->resolveRoute(*exchange, *toMessage(m), queues);
        for (const core::Queue* queue : queues)
            result.queues << QString::fromUtf8(queue->name());
        result.count = quint64(queues.size());
    }
    done(std::move(result));
}

} // namespace warren::ops
