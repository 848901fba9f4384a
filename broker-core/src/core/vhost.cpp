#include "core/vhost.h"

#include <algorithm>

namespace warren::core {

namespace {

QString quoted(const QByteArray& name) {
    return QString::fromUtf8(name);
}

QString boolText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

Error precondition(QString text) {
    return {Error::Kind::PreconditionFailed, std::move(text)};
}

} // namespace

Vhost::Vhost(QByteArray name, const Clock& clock)
    : m_name(std::move(name))
    , m_clock(clock) {
    // The exchanges every RabbitMQ vhost has (AMQP 0-9-1 spec section 3.1.3).
    const std::pair<const char*, ExchangeType> standard[] = {{"", ExchangeType::Direct},
                                                             {"amq.direct", ExchangeType::Direct},
                                                             {"amq.fanout", ExchangeType::Fanout},
                                                             {"amq.topic", ExchangeType::Topic},
                                                             {"amq.headers", ExchangeType::Headers},
                                                             {"amq.match", ExchangeType::Headers}};
    for (const auto& [name, type] : standard)
        m_exchanges.insert(
            name, std::make_shared<Exchange>(name, type, Exchange::Options{true}, FieldTable{}));
}

Vhost::~Vhost() {
    // The broker is going away: consumers are not told (their sessions are gone or going).
    for (const auto& queue : std::as_const(m_queues))
        queue->markDeleted(Queue::NotifyConsumers::No);
}

QString Vhost::notFoundQueue(const QByteArray& name) const {
    return QStringLiteral("no queue '%1' in vhost '%2'").arg(quoted(name), quoted(m_name));
}

QString Vhost::lockedQueue(const QByteArray& name) const {
    return QStringLiteral("cannot obtain exclusive access to locked queue '%1' in vhost '%2'. It "
                          "could be originally declared on another connection or the exclusive "
                          "property value does not match that of the original declaration.")
        .arg(quoted(name), quoted(m_name));
}

QString Vhost::notFoundExchange(const QByteArray& name) const {
    return QStringLiteral("no exchange '%1' in vhost '%2'").arg(quoted(name), quoted(m_name));
}

std::shared_ptr<Exchange> Vhost::exchange(const QByteArray& name) const {
    return m_exchanges.value(name);
}

std::shared_ptr<Queue> Vhost::queue(const QByteArray& name) const {
    return m_queues.value(name);
}

std::variant<std::shared_ptr<Exchange>, Error>
Vhost::declareExchange(const ExchangeDeclaration& d) {
    auto type = exchangeTypeFromName(d.type);
    if (auto existing = exchange(d.name)) {
        const QString subject =
            QStringLiteral("for exchange '%1' in vhost '%2'").arg(quoted(d.name), quoted(m_name));
        if (exchangeTypeName(existing->type()) != d.type)
            return precondition(
                QStringLiteral("inequivalent arg 'type' %1: received '%2' but "
                               "current is '%3'")
                    .arg(subject, quoted(d.type), quoted(exchangeTypeName(existing->type()))));
        const auto& o = existing->options();
        if (o.durable != d.options.durable)
            return precondition(
                QStringLiteral("inequivalent arg 'durable' %1: received '%2' but current is '%3'")
                    .arg(subject, boolText(d.options.durable), boolText(o.durable)));
        if (o.autoDelete != d.options.autoDelete)
            return precondition(
                QStringLiteral(
                    "inequivalent arg 'auto_delete' %1: received '%2' but current is '%3'")
                    .arg(subject, boolText(d.options.autoDelete), boolText(o.autoDelete)));
        if (o.internal != d.options.internal)
            return precondition(
                QStringLiteral("inequivalent arg 'internal' %1: received '%2' but current is '%3'")
                    .arg(subject, boolText(d.options.internal), boolText(o.internal)));
        const FieldValue* ae = findField(existing->arguments(), "alternate-exchange");
        const FieldValue* requestedAe = findField(d.arguments, "alternate-exchange");
        if ((ae == nullptr) != (requestedAe == nullptr) || (ae && !(*ae == *requestedAe)))
            return precondition(
                QStringLiteral("inequivalent arg 'alternate-exchange' %1").arg(subject));
        return existing;
    }
    if (!type)
        return Error{Error::Kind::NotAllowed,
                     QStringLiteral("unknown exchange type '%1'").arg(quoted(d.type))};
    auto created = std::make_shared<Exchange>(d.name, *type, d.options, d.arguments);
    created->applyPolicy(effectivePolicy(m_policies, Policy::Target::Exchange, d.name));
    m_exchanges.insert(d.name, created);
    if (m_observer && d.options.durable)
        m_observer->exchangeAdded(*this, *created);
    if (m_changes)
        m_changes->exchangeDeclared(*this, *created);
    return created;
}

std::optional<Error> Vhost::deleteExchange(const QByteArray& name, bool ifUnused) {
    auto target = exchange(name);
    if (!target)
        return Error{Error::Kind::NotFound, notFoundExchange(name)};
    // Only bindings with this exchange as their source make it "used" (RabbitMQ 3.x).
    if (ifUnused && !target->bindings().empty())
        return precondition(
            QStringLiteral("exchange '%1' in vhost '%2' in use").arg(quoted(name), quoted(m_name)));
    removeExchange(target, ChangeObserver::Cause::Requested);
    return std::nullopt;
}

void Vhost::removeExchange(const std::shared_ptr<Exchange>& target, ChangeObserver::Cause cause) {
    m_exchanges.remove(target->name());
    if (m_observer && target->options().durable) // the store drops its bindings with it
        m_observer->exchangeRemoved(*this, target->name());
    if (m_changes)
        m_changes->exchangeDeleted(*this, target->name(), cause);
    std::vector<Exchange*> emptied;
    for (const auto& other : std::as_const(m_exchanges)) {
        const auto before = other->bindings().size();
        other->removeBindingsTo(target.get());
        if (before != other->bindings().size() && other->bindings().empty())
            emptied.push_back(other.get());
    }
    for (Exchange* source : emptied)
        maybeAutoDeleteExchange(source);
}

void Vhost::maybeAutoDeleteExchange(Exchange* source) {
    if (source && source->options().autoDelete && source->bindings().empty())
        if (auto owned = exchange(source->name()); owned.get() == source)
            removeExchange(owned, ChangeObserver::Cause::AutoDelete);
}

std::variant<std::shared_ptr<Queue>, Error> Vhost::declareQueue(const QueueDeclaration& d) {
    if (auto existing = queue(d.name)) {
        const QString subject =
            QStringLiteral("for queue '%1' in vhost '%2'").arg(quoted(d.name), quoted(m_name));
        const auto& o = existing->options();
        // Exclusive access first, as RabbitMQ's check_exclusive_access(strict) comes before the
        // equivalence of durable and auto_delete.
        if ((o.exclusive && o.ownerConnection != d.options.ownerConnection) ||
            o.exclusive != d.options.exclusive)
            return Error{Error::Kind::ResourceLocked, lockedQueue(d.name)};
        if (o.durable != d.options.durable)
            return precondition(
                QStringLiteral("inequivalent arg 'durable' %1: received '%2' but current is '%3'")
                    .arg(subject, boolText(d.options.durable), boolText(o.durable)));
        if (o.autoDelete != d.options.autoDelete)
            return precondition(
                QStringLiteral(
                    "inequivalent arg 'auto_delete' %1: received '%2' but current is '%3'")
                    .arg(subject, boolText(d.options.autoDelete), boolText(o.autoDelete)));
        if (auto arg = firstInequivalentQueueArgument(existing->arguments(), d.arguments)) {
            const FieldValue* received = findField(d.arguments, *arg);
            const FieldValue* current = findField(existing->arguments(), *arg);
            // RabbitMQ's wording: plain values when both sides have one, typed otherwise.
            auto side = [&](const FieldValue* v) {
                if (!v)
                    return QStringLiteral("none");
                if (received && current)
                    return QStringLiteral("'%1'").arg(v->describe());
                return QStringLiteral("the value '%1' of type '%2'")
                    .arg(v->describe(), QLatin1String(v->typeName()));
            };
            return precondition(QStringLiteral("inequivalent arg '%1' %2: received %3 but current "
                                               "is %4")
                                    .arg(quoted(*arg), subject, side(received), side(current)));
        }
        existing->touch();
        return existing;
    }
    auto parsed = QueueArguments::parse(d.arguments, d.name, m_name);
    if (auto* error = std::get_if<Error>(&parsed))
        return *error;
    auto created = std::make_shared<Queue>(*this, d.name, d.options, d.arguments,
                                           std::get<QueueArguments>(std::move(parsed)));
    created->applyPolicy(effectivePolicy(m_policies, Policy::Target::Queue, d.name));
    m_queues.insert(d.name, created);
    if (m_observer && isDurable(*created))
        m_observer->queueAdded(*this, *created);
    if (m_changes)
        m_changes->queueDeclared(*this, *created);
    // Every queue is bound to the default exchange under its own name (spec 3.1.3.1).
    m_exchanges.value(QByteArray())->addBinding(Binding{created.get(), nullptr, d.name, {}});
    return created;
}

const Policy* Vhost::policy(const QByteArray& name) const {
    auto it = m_policies.find(name);
    return it == m_policies.end() ? nullptr : &it->second;
}

void Vhost::putPolicy(const Policy& policy) {
    m_policies.insert_or_assign(policy.name(), policy);
    reapplyPolicies();
}

bool Vhost::deletePolicy(const QByteArray& name) {
    if (m_policies.erase(name) == 0)
        return false;
    reapplyPolicies();
    return true;
}

void Vhost::reapplyPolicies() {
    for (const auto& exchange : std::as_const(m_exchanges))
        if (!exchange->isDefault()) // RabbitMQ's default exchange takes no policy
            exchange->applyPolicy(
                effectivePolicy(m_policies, Policy::Target::Exchange, exchange->name()));
    // A queue may go while its policy applies (an x-expires of 1 ms...): work on a copy.
    const auto queues = m_queues.values();
    for (const auto& queue : queues)
        if (!queue->isDeleted())
            queue->applyPolicy(effectivePolicy(m_policies, Policy::Target::Queue, queue->name()));
}

std::variant<quint64, Error> Vhost::deleteQueue(const QByteArray& name, bool ifUnused,
                                                bool ifEmpty) {
    auto target = queue(name);
    if (!target)
        return Error{Error::Kind::NotFound, notFoundQueue(name)};
    if (ifUnused && !target->consumers().empty())
        return precondition(
            QStringLiteral("queue '%1' in vhost '%2' in use").arg(quoted(name), quoted(m_name)));
    if (ifEmpty && target->readyCount() > 0)
        return precondition(
            QStringLiteral("queue '%1' in vhost '%2' not empty").arg(quoted(name), quoted(m_name)));
    const quint64 count = target->readyCount();
    removeQueue(target, ChangeObserver::Cause::Requested);
    return count;
}

void Vhost::removeQueue(const std::shared_ptr<Queue>& target, ChangeObserver::Cause cause) {
    m_queues.remove(target->name());
    if (m_changes)
        m_changes->queueDeleted(*this, target->name(), cause);
    if (m_observer && isDurable(*target)) // the store drops its bindings and messages with it
        m_observer->queueRemoved(*this, target->name());
    else if (m_persistence && target->hasPagedTransient())
        m_persistence->discardPaged(*this, *target); // records kept only to page out
    std::vector<Exchange*> emptied;
    for (const auto& source : std::as_const(m_exchanges)) {
        const auto before = source->bindings().size();
        source->removeBindingsTo(target.get());
        if (before != source->bindings().size() && source->bindings().empty())
            emptied.push_back(source.get());
    }
    target->markDeleted();
    for (Exchange* source : emptied)
        maybeAutoDeleteExchange(source);
}

void Vhost::autoDeleteQueue(Queue& target) {
    if (auto owned = queue(target.name()); owned.get() == &target)
        removeQueue(owned, ChangeObserver::Cause::AutoDelete);
}

void Vhost::scheduleDeadline(const Queue& queue, qint64 deadlineMs) {
    if (m_deadlines.set(&queue, deadlineMs) && m_deadlineListener)
        m_deadlineListener(deadlineMs);
}

void Vhost::runDeadlines() {
    const qint64 now = m_clock.nowMs();
    // By name, and held while it runs: an unused queue deletes itself, and one deleted
    // meanwhile is no longer found.
    std::vector<QByteArray> due;
    for (const Queue* queue : m_deadlines.takeDue(now))
        due.push_back(queue->name());
    for (const QByteArray& name : due)
        if (const std::shared_ptr<Queue> owned = queue(name))
            owned->expire(now);
}

void Vhost::expireQueue(Queue& target) {
    if (auto owned = queue(target.name()); owned.get() == &target)
        removeQueue(owned, ChangeObserver::Cause::Expired);
}

void Vhost::deleteExclusiveQueuesOf(quint64 connectionId) {
    std::vector<std::shared_ptr<Queue>> owned;
    for (const auto& q : std::as_const(m_queues))
        if (q->options().exclusive && q->options().ownerConnection == connectionId)
            owned.push_back(q);
    for (const auto& q : owned)
        removeQueue(q, ChangeObserver::Cause::OwnerGone);
}

std::optional<Error> Vhost::bindQueue(const QByteArray& queueName, const QByteArray& exchangeName,
                                      const QByteArray& routingKey, const FieldTable& arguments) {
    auto target = queue(queueName);
    if (!target)
        return Error{Error::Kind::NotFound, notFoundQueue(queueName)};
    auto source = exchange(exchangeName);
    if (!source)
        return Error{Error::Kind::NotFound, notFoundExchange(exchangeName)};
    if (source->isDefault())
        return Error{Error::Kind::AccessRefused,
                     QStringLiteral("operation not permitted on the default exchange")};
    Binding binding{target.get(), nullptr, routingKey, arguments};
    addBinding(*source, binding);
    return std::nullopt;
}

std::optional<Error> Vhost::unbindQueue(const QByteArray& queueName, const QByteArray& exchangeName,
                                        const QByteArray& routingKey, const FieldTable& arguments) {
    auto target = queue(queueName);
    if (!target)
        return Error{Error::Kind::NotFound, notFoundQueue(queueName)};
    auto source = exchange(exchangeName);
    if (!source)
        return Error{Error::Kind::NotFound, notFoundExchange(exchangeName)};
    if (source->isDefault())
        return Error{Error::Kind::AccessRefused,
                     QStringLiteral("operation not permitted on the default exchange")};
    // Unbinding what is not bound succeeds, as in RabbitMQ 3.x.
    Binding binding{target.get(), nullptr, routingKey, arguments};
    if (source->removeBinding(binding)) {
        if (m_observer && bindingIsDurable(*source, binding))
            m_observer->bindingRemoved(*this, *source, binding);
        if (m_changes)
            m_changes->bindingRemoved(*this, *source, binding);
        maybeAutoDeleteExchange(source.get());
    }
    return std::nullopt;
}

std::optional<Error> Vhost::bindExchange(const QByteArray& destinationName,
                                         const QByteArray& sourceName, const QByteArray& routingKey,
                                         const FieldTable& arguments) {
    auto destination = exchange(destinationName);
    if (!destination)
        return Error{Error::Kind::NotFound, notFoundExchange(destinationName)};
    auto source = exchange(sourceName);
    if (!source)
        return Error{Error::Kind::NotFound, notFoundExchange(sourceName)};
    if (source->isDefault() || destination->isDefault())
        return Error{Error::Kind::AccessRefused,
                     QStringLiteral("operation not permitted on the default exchange")};
    Binding binding{nullptr, destination.get(), routingKey, arguments};
    addBinding(*source, binding);
    return std::nullopt;
}

std::optional<Error> Vhost::unbindExchange(const QByteArray& destinationName,
                                           const QByteArray& sourceName,
                                           const QByteArray& routingKey,
                                           const FieldTable& arguments) {
    auto destination = exchange(destinationName);
    if (!destination)
        return Error{Error::Kind::NotFound, notFoundExchange(destinationName)};
    auto source = exchange(sourceName);
    if (!source)
        return Error{Error::Kind::NotFound, notFoundExchange(sourceName)};
    Binding binding{nullptr, destination.get(), routingKey, arguments};
    if (source->removeBinding(binding)) {
        if (m_observer && bindingIsDurable(*source, binding))
            m_observer->bindingRemoved(*this, *source, binding);
        if (m_changes)
            m_changes->bindingRemoved(*this, *source, binding);
        maybeAutoDeleteExchange(source.get());
    }
    return std::nullopt;
}

void Vhost::addBinding(Exchange& source, const Binding& binding) {
    if (!source.addBinding(binding))
        return; // bound already
    if (m_observer && bindingIsDurable(source, binding))
        m_observer->bindingAdded(*this, source, binding);
    if (m_changes)
        m_changes->bindingAdded(*this, source, binding);
}

bool Vhost::bindingIsDurable(const Exchange& source, const Binding& binding) const {
    if (!source.options().durable)
        return false;
    return binding.queue ? isDurable(*binding.queue) : binding.exchange->options().durable;
}

void Vhost::routeInto(Exchange& source, const Message& message,
                      const std::vector<QByteArray>& routingKeys, std::vector<Queue*>& queues,
                      std::vector<Exchange*>& visited) {
    visited.push_back(&source);
    std::vector<const Binding*> matched;
    source.match(message, routingKeys, matched);
    for (const Binding* binding : matched) {
        if (binding->queue) {
            if (std::find(queues.begin(), queues.end(), binding->queue) == queues.end())
                queues.push_back(binding->queue);
        } else if (binding->exchange &&
                   std::find(visited.begin(), visited.end(), binding->exchange) == visited.end()) {
            routeInto(*binding->exchange, message, routingKeys, queues, visited);
        }
    }
}

void Vhost::route(Exchange& source, const Message& message, std::vector<Queue*>& queues) {
    routeByKeys(source, message, message.allRoutingKeys(), queues);
}

void Vhost::routeByKeys(Exchange& source, const Message& message,
                        const std::vector<QByteArray>& routingKeys, std::vector<Queue*>& queues) {
    for (Exchange* passedThrough : resolveRoute(source, message, routingKeys, queues))
        passedThrough->stats().publishedIn++;
    source.stats().publishedOut += queues.size();
}

std::vector<Exchange*> Vhost::resolveRoute(Exchange& source, const Message& message,
                                           std::vector<Queue*>& queues) {
    return resolveRoute(source, message, message.allRoutingKeys(), queues);
}

std::vector<Exchange*> Vhost::resolveRoute(Exchange& source, const Message& message,
                                           const std::vector<QByteArray>& routingKeys,
                                           std::vector<Queue*>& queues) {
    std::vector<Exchange*> visited;
    Exchange* current = &source;
    // An unroutable message goes on to the alternate exchange, and to its alternate in turn.
    while (current) {
        routeInto(*current, message, routingKeys, queues, visited);
        if (!queues.empty())
            break;
        auto alternate = current->alternateExchange();
        auto next = alternate ? exchange(*alternate) : nullptr;
        if (!next || std::find(visited.begin(), visited.end(), next.get()) != visited.end())
            break;
        current = next.get();
    }
    return visited;
}

RouteResult Vhost::publish(Exchange& source, const MessagePtr& message,
                           std::function<void(bool)> durable) {
    return publish(source, message, message->allRoutingKeys(), std::move(durable));
}

RouteResult Vhost::publish(Exchange& source, const MessagePtr& message,
                           const std::vector<QByteArray>& routingKeys,
                           std::function<void(bool)> durable) {
    std::vector<Queue*> queues;
    routeByKeys(source, *message, routingKeys, queues);
    // BCC recipients must not see the BCC header (RabbitMQ's sender-selected distribution).
    MessagePtr delivered = message;
    if (findField(message->properties.headersOrEmpty(), "BCC")) {
        auto copy = std::make_shared<Message>(*message);
        std::erase_if(*copy->properties.headers, [](const auto& e) { return e.first == "BCC"; });
        copy->propertiesChanged();
        delivered = std::move(copy);
    }
    RouteResult result = enqueue(queues, delivered, std::move(durable));
    if (m_tap && m_tap->wanted())
        m_tap->tapped(*this, source, *message, result.routedQueues);
    return result;
}

RouteResult Vhost::enqueue(const std::vector<Queue*>& queues, const MessagePtr& message,
                           std::function<void(bool)> durable) {
    RouteResult result;
    std::vector<Queue*> accepting;
    accepting.reserve(queues.size());
    for (Queue* q : queues) {
        if (q->accepts(*message)) {
            accepting.push_back(q);
        } else {
            q->publish(message); // refuses it, dead-lettering it under reject-publish-dlx
            result.rejectedByQueue = true;
        }
    }
    // A persistent message bound for durable queues is stored before it is queued; the
    // publisher hears "confirmed" only when the store says it is on disk.
    std::vector<quint64> seqs(accepting.size(), 0);
    if (m_persistence && message->properties.persistent()) {
        std::vector<Queue*> durableQueues;
        std::vector<size_t> positions;
        for (size_t i = 0; i < accepting.size(); ++i)
            if (isDurable(*accepting[i])) {
                durableQueues.push_back(accepting[i]);
                positions.push_back(i);
            }
        if (!durableQueues.empty()) {
            // A refused publish is nacked at once, so no commit callback then.
            result.awaitingCommit = !result.rejectedByQueue && bool(durable);
            const auto stored = m_persistence->store(
                *this, *message, durableQueues,
                result.awaitingCommit ? std::move(durable) : std::function<void(bool)>{});
            for (size_t i = 0; i < positions.size() && i < stored.size(); ++i)
                seqs[positions[i]] = stored[i];
        }
    }
    for (size_t i = 0; i < accepting.size(); ++i) {
        if (accepting[i]->publish(message, seqs[i]) == Queue::PublishResult::Rejected) {
            result.rejectedByQueue = true;
            continue;
        }
        result.routedQueues++;
    }
    return result;
}

void Vhost::deadLetter(Queue& from, const MessagePtr& original, DeadLetterReason reason) {
    const auto& args = from.parsedArguments();
    if (!args.deadLetterExchange)
        return;
    auto target = exchange(*args.deadLetterExchange);
    if (!target)
        return; // RabbitMQ drops silently when the dead-letter exchange is missing

    auto message = std::make_shared<Message>(*original);
    message->propertiesChanged(); // the headers change below
    auto& props = message->properties;
    FieldTable& headers = props.headersToChange();
    const QByteArray reasonName = deadLetterReasonName(reason);

    FieldArray deaths;
    if (const FieldValue* existing = findField(headers, "x-death"))
        if (const auto* array = existing->get<FieldArray>())
            deaths = *array;
    // x-death keeps one entry per (queue, reason), most recent first, with a count.
    qint64 count = 1;
    for (auto it = deaths.begin(); it != deaths.end(); ++it) {
        const auto* entry = it->get<FieldTable>();
        if (!entry)
            continue;
        const FieldValue* q = findField(*entry, "queue");
        const FieldValue* r = findField(*entry, "reason");
        if (q && r && q->toBytes() == from.name() && r->toBytes() == reasonName) {
            if (const FieldValue* c = findField(*entry, "count"))
                count = c->toInteger().value_or(0) + 1;
            deaths.erase(it);
            break;
        }
    }
    FieldArray routingKeys;
    for (const auto& key : original->allRoutingKeys())
        routingKeys.emplace_back(key);
    FieldTable death{{"count", FieldValue(qint64(count))},
                     {"reason", FieldValue(reasonName)},
                     {"queue", FieldValue(from.name())},
                     {"time", FieldValue(Timestamp{quint64(m_clock.nowMs() / 1000)})},
                     {"exchange", FieldValue(original->exchange)},
                     {"routing-keys", FieldValue(routingKeys)}};
    if (props.ttlMs) {
        death.emplace_back("original-expiration", FieldValue(QByteArray::number(*props.ttlMs)));
        props.ttlMs.reset();
    }
    // Cycle detection: a message that would come back to a queue it already died in, with no
    // rejection anywhere on its way, is dropped there (RabbitMQ's DLX guide).
    deaths.insert(deaths.begin(), FieldValue(std::move(death)));
    const bool anyRejected = std::any_of(deaths.begin(), deaths.end(), [](const FieldValue& v) {
        const auto* entry = v.get<FieldTable>();
        const FieldValue* r = entry ? findField(*entry, "reason") : nullptr;
        return r && r->toBytes() == QByteArray("rejected");
    });
    std::vector<QByteArray> diedIn;
    for (const FieldValue& v : deaths)
        if (const auto* entry = v.get<FieldTable>())
            if (const FieldValue* q = findField(*entry, "queue"))
                diedIn.push_back(q->toBytes().value_or(QByteArray()));

    setField(headers, "x-death", FieldValue(std::move(deaths)));
    if (!findField(headers, "x-first-death-reason")) {
        setField(headers, "x-first-death-reason", FieldValue(reasonName));
        setField(headers, "x-first-death-queue", FieldValue(from.name()));
        setField(headers, "x-first-death-exchange", FieldValue(original->exchange));
    }
    std::erase_if(headers, [](const auto& e) { return e.first == "CC"; });
    if (args.deadLetterRoutingKey)
        message->routingKey = *args.deadLetterRoutingKey;
    message->exchange = *args.deadLetterExchange;

    // Without a dead-letter routing key the message keeps all its original keys, CC included.
    std::vector<QByteArray> keys;
    if (args.deadLetterRoutingKey)
        keys.push_back(*args.deadLetterRoutingKey);
    else
        keys = original->allRoutingKeys();

    std::vector<Queue*> queues;
    std::vector<Exchange*> visited;
    routeInto(*target, *message, keys, queues, visited);
    for (Exchange* passedThrough : visited)
        passedThrough->stats().publishedIn++;
    std::erase_if(queues, [&](Queue* q) {
        return !anyRejected && std::find(diedIn.begin(), diedIn.end(), q->name()) != diedIn.end();
    });
    enqueue(queues, message, {});
}

} // namespace warren::core
