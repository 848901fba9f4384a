// SUBSCRIBE and UNSUBSCRIBE: each subscription is a binding of the session's queue to the
// topic exchange, with its options in the binding's arguments so that a persistent session's
// subscriptions come back with the queue (after a reconnect or a restart).

#include "core/vhost.h"
#include "log/logger.h"
#include "mqtt/mqtt_connection.h"
#include "mqtt/mqtt_subscriber.h"
#include "mqtt/reason_codes.h"
#include "mqtt/topic_mapping.h"
#include "services/broker_context.h"
#include "services/durable_definitions.h"

namespace warren::mqtt {

namespace {

// RabbitMQ 3.13 keeps a subscription's options in this binding argument.
constexpr QByteArrayView OptionsArgument = "x-mqtt-subscription-opts";

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

core::FieldTable bindingArguments(const QByteArray& filter, const SubscriptionRequest& options,
                                  std::optional<quint32> identifier) {
    core::FieldTable opts{{"filter", core::FieldValue(filter)},
                          {"qos", core::FieldValue(options.maximumQos)},
                          {"no-local", core::FieldValue(options.noLocal)},
                          {"retain-as-published", core::FieldValue(options.retainAsPublished)},
                          {"retain-handling", core::FieldValue(options.retainHandling)}};
    if (identifier)
        opts.emplace_back("id", core::FieldValue(*identifier));
    return {{OptionsArgument.toByteArray(), core::FieldValue(std::move(opts))}};
}

std::optional<qint64> integerField(const core::FieldTable& table, QByteArrayView key) {
    const core::FieldValue* value = core::findField(table, key);
    return value ? value->toInteger() : std::nullopt;
}

bool flagField(const core::FieldTable& table, QByteArrayView key) {
    const core::FieldValue* value = core::findField(table, key);
    const bool* flag = value ? value->get<bool>() : nullptr;
    return flag && *flag;
}

} // namespace

QByteArray MqttConnection::subscriptionQueueName() const {
    return "mqtt-subscription-" + m_clientId + "qos1";
}

std::shared_ptr<core::Queue> MqttConnection::subscriptionQueue(std::optional<core::Error>& error) {
    if (m_queue && !m_queue->isDeleted())
        return m_queue;
    const QByteArray name = subscriptionQueueName();
    if (m_vhost->queue(name)) {
        auto usable = ops::usableQueue(*m_session, name);
        if (auto* refused = std::get_if<core::Error>(&usable)) {
            error = *refused;
            return nullptr;
        }
        m_queue = std::get<std::shared_ptr<core::Queue>>(usable);
        return m_queue;
    }
    ops::QueueDeclaration declaration;
    declaration.name = name;
    // A clean session's queue goes with its connection; a persistent one's stays, for as long
    // as the session expiry interval says (x-expires counts from its last consumer).
    declaration.durable = m_persistent;
    declaration.exclusive = !m_persistent;
    if (m_persistent && isV5() && m_sessionExpirySeconds != 0xFFFFFFFF)
        declaration.arguments.emplace_back("x-expires",
                                           core::FieldValue(qint64(m_sessionExpirySeconds) * 1000));
    auto declared = ops::declareQueue(*m_session, declaration);
    if (auto* refused = std::get_if<core::Error>(&declared)) {
        error = *refused;
        return nullptr;
    }
    m_queue = std::get<std::shared_ptr<core::Queue>>(declared);
    return m_queue;
}

void MqttConnection::handleSubscribe(const Subscribe& subscribe) {
    const auto byClient = changesByClient();
    std::optional<quint32> identifier;
    if (!subscribe.properties.subscriptionIdentifiers.empty())
        identifier = subscribe.properties.subscriptionIdentifiers.front();
    const quint8 refusedCode = isV5() ? reason::NotAuthorized : reason::SubscribeFailure;
    Suback suback{subscribe.packetId, {}, {}};
    std::vector<std::pair<Subscription, quint8>> retainedFor; // sent after SUBACK
    for (const SubscriptionRequest& request : subscribe.subscriptions) {
        if (isSharedFilter(request.filter)) {
            const SharedFilter shared = parseSharedFilter(request.filter);
            if (shared.group.isEmpty())
                return protocolError(
                    reason::MalformedPacket,
                    QStringLiteral("invalid shared subscription '%1'").arg(text(request.filter)));
            auto existing =
                std::find_if(m_subscriptions.begin(), m_subscriptions.end(),
                             [&](const Subscription& s) { return s.filter == request.filter; });
            Subscription subscription{request.filter, request, identifier, shared.filter, {}};
            if (existing != m_subscriptions.end()) {
                leaveSharedGroup(*existing);
                m_subscriptions.erase(existing);
            }
            if (auto error = joinSharedGroup(subscription)) {
                log(LogLevel::Warning, QStringLiteral("refused subscription to '%1': %2")
                                           .arg(text(request.filter), error->text));
                suback.reasonCodes.push_back(refusedCode);
                continue;
            }
            m_subscriptions.push_back(subscription);
            // §4.8.2: retained messages are not sent for a shared subscription.
            suback.reasonCodes.push_back(request.maximumQos);
            continue;
        }
        if (!isValidTopicFilter(request.filter))
            // Mosquitto closes the connection rather than refuse the one filter in SUBACK.
            return protocolError(
                reason::MalformedPacket,
                QStringLiteral("invalid topic filter '%1' in SUBSCRIBE").arg(text(request.filter)));
        std::optional<core::Error> error;
        auto queue = subscriptionQueue(error);
        auto existing =
            std::find_if(m_subscriptions.begin(), m_subscriptions.end(),
                         [&](const Subscription& s) { return s.filter == request.filter; });
        Subscription subscription{request.filter, request, identifier, request.filter, {}};
        if (queue) {
            ops::ClientBinding binding{ops::ClientBinding::Destination::Queue, queue->name(),
                                       m_exchange, bindingKeyOf(request.filter),
                                       bindingArguments(request.filter, request, identifier)};
            error = ops::bind(*m_session, binding);
            if (!error && existing != m_subscriptions.end() &&
                bindingArguments(existing->filter, existing->options, existing->identifier) !=
                    binding.arguments) {
                // §3.8.4: a subscription to the same filter replaces the old one.
                ops::ClientBinding old = binding;
                old.arguments =
                    bindingArguments(existing->filter, existing->options, existing->identifier);
                (void)ops::unbind(*m_session, old);
            }
        }
        if (error) {
            log(LogLevel::Warning, QStringLiteral("refused subscription to '%1': %2")
                                       .arg(text(request.filter), error->text));
            suback.reasonCodes.push_back(refusedCode);
            continue;
        }
        const bool isNew = existing == m_subscriptions.end();
        if (isNew)
            m_subscriptions.push_back(subscription);
        else
            *existing = subscription;
        suback.reasonCodes.push_back(request.maximumQos);
        // §3.3.1.3: retain handling 0 sends retained messages, 1 only for a new subscription.
        if (request.retainHandling == 0 || (request.retainHandling == 1 && isNew))
            retainedFor.emplace_back(subscription, request.maximumQos);
    }
    replyWhenDefinitionsDurable(
        [this, suback = std::move(suback), retainedFor = std::move(retainedFor)] {
            send(suback);
            for (const auto& [subscription, qos] : retainedFor)
                sendRetained(subscription, qos);
            startConsuming();
        });
}

void MqttConnection::handleUnsubscribe(const Unsubscribe& unsubscribe) {
    const auto byClient = changesByClient();
    Unsuback unsuback{unsubscribe.packetId, {}, {}};
    for (const QByteArray& filter : unsubscribe.filters) {
        auto existing = std::find_if(m_subscriptions.begin(), m_subscriptions.end(),
                                     [&](const Subscription& s) { return s.filter == filter; });
        if (existing == m_subscriptions.end()) {
            unsuback.reasonCodes.push_back(reason::NoSubscriptionExisted);
            continue;
        }
        if (!existing->sharedQueue.isEmpty()) {
            leaveSharedGroup(*existing);
        } else if (m_queue && !m_queue->isDeleted()) {
            ops::ClientBinding binding{
                ops::ClientBinding::Destination::Queue, m_queue->name(), m_exchange,
                bindingKeyOf(filter),
                bindingArguments(existing->filter, existing->options, existing->identifier)};
            if (auto error = ops::unbind(*m_session, binding)) {
                log(LogLevel::Warning, QStringLiteral("refused unsubscribing from '%1': %2")
                                           .arg(text(filter), error->text));
                unsuback.reasonCodes.push_back(reason::NotAuthorized);
                continue;
            }
        }
        m_subscriptions.erase(existing);
        unsuback.reasonCodes.push_back(reason::Success);
    }
    replyWhenDefinitionsDurable([this, unsuback = std::move(unsuback)] { send(unsuback); });
}

void MqttConnection::restoreSubscriptions() {
    std::optional<core::Error> error;
    auto queue = subscriptionQueue(error);
    auto exchange = m_vhost->exchange(m_exchange);
    if (!queue || !exchange)
        return;
    for (const core::Binding& binding : exchange->bindings()) {
        if (binding.queue != queue.get())
            continue;
        const core::FieldValue* optsValue = core::findField(binding.arguments, OptionsArgument);
        const core::FieldTable* opts = optsValue ? optsValue->get<core::FieldTable>() : nullptr;
        Subscription subscription;
        subscription.filter = filterOf(binding.routingKey);
        if (opts) {
            if (const core::FieldValue* filter = core::findField(*opts, "filter"))
                subscription.filter = filter->toBytes().value_or(subscription.filter);
            subscription.options.maximumQos =
                quint8(std::clamp<qint64>(integerField(*opts, "qos").value_or(0), 0, 2));
            subscription.options.noLocal = flagField(*opts, "no-local");
            subscription.options.retainAsPublished = flagField(*opts, "retain-as-published");
            subscription.options.retainHandling =
                quint8(integerField(*opts, "retain-handling").value_or(0));
            if (auto id = integerField(*opts, "id"))
                subscription.identifier = quint32(*id);
        }
        subscription.options.filter = subscription.filter;
        subscription.topicFilter = subscription.filter;
        m_subscriptions.push_back(std::move(subscription));
    }
}

void MqttConnection::startConsuming() {
    if (m_subscriber || !m_queue || m_queue->isDeleted() || m_state != State::Connected)
        return;
    m_subscriber = std::make_shared<MqttSubscriber>(*this, m_id);
    m_queue->addConsumer(m_subscriber.get());
    m_queue->dispatch();
}

void MqttConnection::subscriptionQueueDeleted(core::Queue& queue) {
    // Deleted by an operator (or expired): the subscriptions went with its bindings. The queue
    // is still telling its consumers: the subscriber goes after that.
    if (&queue == m_queue.get()) {
        m_transport.defer([retired = std::move(m_subscriber)] {});
        m_queue.reset();
        std::erase_if(m_subscriptions,
                      [](const Subscription& s) { return s.sharedQueue.isEmpty(); });
    } else if (auto it = m_shared.find(queue.name()); it != m_shared.end()) {
        m_transport.defer([retired = std::move(it->second.subscriber)] {});
        std::erase_if(m_subscriptions,
                      [&](const Subscription& s) { return s.sharedQueue == queue.name(); });
        m_shared.erase(it);
    }
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        auto flightQueue = it->second.queue.lock();
        it = flightQueue.get() == &queue ? m_inFlight.erase(it) : std::next(it);
    }
}

std::optional<core::Error> MqttConnection::joinSharedGroup(Subscription& subscription) {
    const SharedFilter shared = parseSharedFilter(subscription.filter);
    const QByteArray name = "mqtt-shared-" + shared.group + "-" + shared.filter;
    std::shared_ptr<core::Queue> queue = m_vhost->queue(name);
    if (!queue) {
        // The group's queue lives while it has members (auto-delete), as the group does.
        ops::QueueDeclaration declaration;
        declaration.name = name;
        declaration.autoDelete = true;
        auto declared = ops::declareQueue(*m_session, declaration);
        if (auto* error = std::get_if<core::Error>(&declared))
            return *error;
        queue = std::get<std::shared_ptr<core::Queue>>(declared);
    } else if (auto usable = ops::readableQueue(*m_session, name);
               auto* error = std::get_if<core::Error>(&usable)) {
        return *error;
    }
    ops::ClientBinding binding{
        ops::ClientBinding::Destination::Queue, name, m_exchange, bindingKeyOf(shared.filter), {}};
    if (auto error = ops::bind(*m_session, binding))
        return error;
    subscription.sharedQueue = name;
    Consumption& consumption = m_shared[name];
    consumption.queue = queue;
    if (!consumption.subscriber) {
        consumption.subscriber = std::make_shared<MqttSubscriber>(*this, m_id);
        queue->addConsumer(consumption.subscriber.get());
        queue->dispatch();
    }
    return std::nullopt;
}

void MqttConnection::leaveSharedGroup(const Subscription& subscription) {
    auto it = m_shared.find(subscription.sharedQueue);
    if (it == m_shared.end())
        return;
    Consumption consumption = std::move(it->second);
    m_shared.erase(it);
    // What this member had in flight goes to the other members.
    std::vector<quint64> unacked;
    for (auto flight = m_inFlight.begin(); flight != m_inFlight.end();) {
        if (flight->second.queue.lock() == consumption.queue && !flight->second.released &&
            flight->second.queueMessageId != 0) {
            unacked.push_back(flight->second.queueMessageId);
            flight = m_inFlight.erase(flight);
        } else {
            ++flight;
        }
    }
    if (!consumption.queue->isDeleted()) {
        if (!unacked.empty())
            consumption.queue->requeue(unacked);
        consumption.queue->removeConsumer(consumption.subscriber.get());
    }
}

void MqttConnection::dispatchAll() {
    if (m_queue && !m_queue->isDeleted())
        m_queue->dispatch();
    for (auto& [name, consumption] : m_shared)
        if (!consumption.queue->isDeleted())
            consumption.queue->dispatch();
}

void MqttConnection::replyWhenDefinitionsDurable(std::function<void()> reply) {
    services::DurableDefinitions* definitions = m_context.definitions;
    if (!definitions || definitions->allCommitted()) {
        reply();
        return;
    }
    // Nothing more is read meanwhile, so that every later answer keeps its order.
    m_awaitingDefinitions = true;
    m_transport.pauseReading();
    definitions->whenCommitted(
        [alive = std::weak_ptr<bool>(m_alive), this, reply = std::move(reply)] {
            if (alive.expired() || m_state == State::Closed)
                return;
            m_awaitingDefinitions = false;
            reply();
            resumeReading();
        });
}

} // namespace warren::mqtt
