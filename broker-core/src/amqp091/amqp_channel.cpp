#include "amqp091/amqp_channel.h"

#include "amqp091/amqp_connection.h"
#include "amqp091/properties_mapping.h"
#include "core/random_name.h"
#include "ops/client_operations.h"
#include "services/direct_reply_to.h"

#include <algorithm>
#include <limits>
#include <warren/overloaded.h>

namespace warren::amqp091 {

namespace {

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

} // namespace

AmqpChannel::AmqpChannel(AmqpConnection& connection, quint16 number)
    : m_connection(connection)
    , m_number(number) {}

AmqpChannel::~AmqpChannel() {
    release();
}

QString AmqpChannel::vhostName() const {
    return text(m_connection.vhost().name());
}

ChannelOutcome AmqpChannel::handleFrame(Frame& frame) {
    ChannelOutcome outcome;
    if (m_closing) {
        // After sending channel.close, everything but close and close-ok is discarded
        // (spec 2.2.4 and 4.2.3).
        Method method;
        if (frame.type == FrameMethod && decodeMethod(frame.payload, method) == DecodeStatus::Ok) {
            if (std::holds_alternative<ChannelCloseOk>(method)) {
                outcome.closed = true;
            } else if (std::holds_alternative<ChannelClose>(method)) {
                m_connection.sendMethod(m_number, ChannelCloseOk{});
            }
        }
        return outcome;
    }
    Result error;
    if (frame.type == FrameMethod) {
        if (m_pending) {
            outcome.connectionError =
                amqpError(505, QStringLiteral("expected content header for class 60, got non "
                                              "content header frame instead"));
            return outcome;
        }
        Method method;
        const auto status = decodeMethod(frame.payload, method);
        if (status == DecodeStatus::UnknownMethod) {
            outcome.connectionError = amqpError(540, QStringLiteral("unknown method"));
            return outcome;
        }
        if (status == DecodeStatus::MalformedUtf8) {
            outcome.connectionError = malformedUtf8();
            return outcome;
        }
        if (status == DecodeStatus::Malformed) {
            outcome.connectionError = amqpError(
                502, QStringLiteral("cannot decode method frame on channel %1").arg(m_number));
            return outcome;
        }
        if (std::holds_alternative<ChannelClose>(method)) {
            release();
            m_connection.sendMethod(m_number, ChannelCloseOk{});
            outcome.closed = true;
            return outcome;
        }
        error = handleMethod(method);
    } else {
        error = handleContentFrame(frame);
    }
    if (error) {
        if (isHardError(error->code))
            outcome.connectionError = error;
        else
            closeWithError(*error);
    }
    return outcome;
}

void AmqpChannel::closeWithError(const AmqpError& error) {
    m_connection.log(
        LogLevel::Error,
        QStringLiteral("channel error on channel %1: %2").arg(m_number).arg(error.text));
    m_pending.reset();
    release();
    m_connection.sendMethod(m_number, ChannelClose{quint16(error.code), error.text.toUtf8(),
                                                   error.classId, error.methodId});
    m_closing = true;
}

AmqpChannel::Result AmqpChannel::handleContentFrame(Frame& frame) {
    if (!m_pending) {
        return amqpError(505, QStringLiteral("expected method frame, got non method frame "
                                             "instead"));
    }
    PendingContent& pending = *m_pending;
    if (frame.type == FrameHeader) {
        if (pending.haveHeader)
            return amqpError(505, QStringLiteral("expected content body, got non content body "
                                                 "frame instead"));
        WireReader reader(frame.payload.data(), frame.payload.size());
        quint16 classId = 0, weight = 0;
        BasicProperties properties;
        if (!reader.shortUint(classId) || !reader.shortUint(weight) ||
            !reader.longLongUint(pending.bodySize))
            return amqpError(502, QStringLiteral("cannot decode content header"));
        const QByteArrayView encodedProperties = frame.payload.sliced(reader.position());
        if (!decodeBasicProperties(reader, properties))
            return amqpError(502, QStringLiteral("cannot decode content header"));
        if (classId != BasicPublish::ClassId)
            return amqpError(505, QStringLiteral("expected content header for class 60, got "
                                                 "class %1")
                                      .arg(classId));
        const quint64 maxSize = m_connection.context().config.maxMessageSize;
        if (pending.bodySize > maxSize) {
            const quint64 size = pending.bodySize;
            m_pending.reset();
            return amqpError(406,
                             QStringLiteral("message size %1 is larger than configured max "
                                            "size %2")
                                 .arg(size)
                                 .arg(maxSize),
                             BasicPublish::ClassId, BasicPublish::MethodId);
        }
        pending.expirationRefusal = expirationRefusal(properties);
        pending.properties = toCore(std::move(properties));
        pending.encodedProperties = encodedProperties.toByteArray();
        pending.haveHeader = true;
    } else if (frame.type == FrameBody) {
        if (!pending.haveHeader)
            return amqpError(505, QStringLiteral("expected content header for class 60, got non "
                                                 "content header frame instead"));
        if (quint64(pending.body.size() + frame.payload.size()) > pending.bodySize)
            return amqpError(
                501,
                QStringLiteral("content body exceeds the declared size %1").arg(pending.bodySize));
        if (auto refused = growBody(pending, frame.payload.size()))
            return refused;
        pending.body.append(frame.payload);
    }
    if (pending.haveHeader && quint64(pending.body.size()) == pending.bodySize)
        return completePublish();
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::handleMethod(Method& method) {
    return std::visit(
        Overloaded{
            [this](const ChannelFlow& m) -> Result {
                if (!m.active)
                    return amqpError(540, QStringLiteral("active=false"), m.ClassId, m.MethodId);
                m_connection.sendMethod(m_number, ChannelFlowOk{true});
                return std::nullopt;
            },
            [](const ChannelCloseOk&) -> Result { return std::nullopt; },
            [this](const ExchangeDeclare& m) { return exchangeDeclare(m); },
            [this](const ExchangeDelete& m) { return exchangeDelete(m); },
            [this](const ExchangeBind& m) { return exchangeBind(m); },
            [this](const ExchangeUnbind& m) { return exchangeUnbind(m); },
            [this](const QueueDeclare& m) { return queueDeclare(m); },
            [this](const QueueBind& m) { return queueBind(m); },
            [this](const QueueUnbind& m) { return queueUnbind(m); },
            [this](const QueuePurge& m) { return queuePurge(m); },
            [this](const QueueDelete& m) { return queueDelete(m); },
            [this](const BasicQos& m) { return basicQos(m); },
            [this](const BasicConsume& m) { return basicConsume(m); },
            [this](const BasicCancel& m) { return basicCancel(m); },
            [this](const BasicPublish& m) { return basicPublish(m); },
            [this](const BasicGet& m) { return basicGet(m); },
            [this](const BasicAck& m) {
                return settle(AckKind::Ack, m.deliveryTag, m.multiple, false, m.MethodId);
            },
            [this](const BasicReject& m) {
                return settle(AckKind::Reject, m.deliveryTag, false, m.requeue, m.MethodId);
            },
            [this](const BasicNack& m) {
                return settle(AckKind::Nack, m.deliveryTag, m.multiple, m.requeue, m.MethodId);
            },
            [this](const BasicRecover& m) -> Result {
                // RabbitMQ implements only the requeueing form of basic.recover.
                if (!m.requeue)
                    return amqpError(540, QStringLiteral("requeue=false"), m.ClassId, m.MethodId);
                return basicRecover();
            },
            [this](const BasicRecoverAsync&) -> Result {
                basicRecover();
                return std::nullopt;
            },
            [this](const ConfirmSelect& m) { return confirmSelect(m); },
            [this](const TxSelect&) { return txSelect(); },
            [this](const TxCommit&) { return txCommit(); },
            [this](const TxRollback&) { return txRollback(); },
            [](const ChannelOpen& m) -> Result {
                return amqpError(504, QStringLiteral("second 'channel.open' seen"), m.ClassId,
                                 m.MethodId);
            },
            [](const auto& m) -> Result {
                return amqpError(540,
                                 QStringLiteral("%1 is not a method a client may send")
                                     .arg(QLatin1String(m.Name)),
                                 m.ClassId, m.MethodId);
            }},
        method);
}

std::variant<QByteArray, AmqpError>
AmqpChannel::queueName(const QByteArray& requested, quint16 classId, quint16 methodId) const {
    const QByteArray name = requested.isEmpty() ? m_lastQueue : requested;
    if (name.isEmpty())
        return amqpError(404, QStringLiteral("no previously declared queue"), classId, methodId);
    return name;
}

std::variant<std::shared_ptr<core::Queue>, AmqpError>
AmqpChannel::readableQueue(const QByteArray& requested, quint16 classId, quint16 methodId) const {
    auto name = queueName(requested, classId, methodId);
    if (auto* error = std::get_if<AmqpError>(&name))
        return *error;
    auto queue = ops::readableQueue(m_connection.session(), std::get<QByteArray>(name));
    if (auto* error = std::get_if<core::Error>(&queue))
        return fromCoreError(*error, classId, methodId);
    return std::get<std::shared_ptr<core::Queue>>(std::move(queue));
}

// A durable declaration, binding or deletion is answered once it is on disk (a restart right
// after the answer must not lose it). Without a durable change this answers at once.
template <typename Reply>
void AmqpChannel::replyWhenDurable(Reply reply, std::vector<QByteArray> cancelled) {
    m_connection.replyWhenDefinitionsDurable([alive = std::weak_ptr<bool>(m_alive), this,
                                              reply = std::move(reply),
                                              cancelled = std::move(cancelled)] {
        if (alive.expired() || m_closing || m_released)
            return;
        m_connection.sendMethod(m_number, reply);
        for (const QByteArray& tag : cancelled)
            sendBrokerCancel(tag);
    });
}

// --- exchange class -------------------------------------------------------------------------

AmqpChannel::Result AmqpChannel::exchangeDeclare(const ExchangeDeclare& m) {
    const auto byClient = m_connection.changesByClient();
    if (auto error =
            ops::declareExchange(m_connection.session(), {m.exchange, m.type, m.passive, m.durable,
                                                          m.autoDelete, m.internal, m.arguments}))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    if (!m.noWait)
        replyWhenDurable(ExchangeDeclareOk{});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::exchangeDelete(const ExchangeDelete& m) {
    const auto byClient = m_connection.changesByClient();
    if (auto error = ops::deleteExchange(m_connection.session(), m.exchange, m.ifUnused))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    if (!m.noWait)
        replyWhenDurable(ExchangeDeleteOk{});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::exchangeBind(const ExchangeBind& m) {
    const auto byClient = m_connection.changesByClient();
    if (auto error =
            ops::bind(m_connection.session(), {ops::ClientBinding::Destination::Exchange,
                                               m.destination, m.source, m.routingKey, m.arguments}))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    if (!m.noWait)
        replyWhenDurable(ExchangeBindOk{});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::exchangeUnbind(const ExchangeUnbind& m) {
    const auto byClient = m_connection.changesByClient();
    if (auto error = ops::unbind(m_connection.session(),
                                 {ops::ClientBinding::Destination::Exchange, m.destination,
                                  m.source, m.routingKey, m.arguments}))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    if (!m.noWait)
        replyWhenDurable(ExchangeUnbindOk{});
    return std::nullopt;
}

// --- queue class ----------------------------------------------------------------------------

AmqpChannel::Result AmqpChannel::queueDeclare(const QueueDeclare& m) {
    const auto byClient = m_connection.changesByClient();
    if (m.queue.startsWith(services::ReplyToQueue))
        return declareReplyQueue(m);
    QByteArray name = m.queue;
    if (m.passive) { // "" is the channel's last declared queue
        auto named = queueName(m.queue, m.ClassId, m.MethodId);
        if (auto* error = std::get_if<AmqpError>(&named))
            return *error;
        name = std::get<QByteArray>(named);
    }
    auto declared =
        ops::declareQueue(m_connection.session(),
                          {name, m.passive, m.durable, m.exclusive, m.autoDelete, m.arguments});
    if (auto* error = std::get_if<core::Error>(&declared))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    const auto& queue = std::get<std::shared_ptr<core::Queue>>(declared);
    m_lastQueue = queue->name();
    if (!m.noWait)
        replyWhenDurable(QueueDeclareOk{queue->name(), quint32(queue->messageCount()),
                                        quint32(queue->consumers().size())});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::queueBind(const QueueBind& m) {
    const auto byClient = m_connection.changesByClient();
    auto name = queueName(m.queue, m.ClassId, m.MethodId);
    if (auto* error = std::get_if<AmqpError>(&name))
        return *error;
    if (auto error = ops::bind(m_connection.session(),
                               {ops::ClientBinding::Destination::Queue, std::get<QByteArray>(name),
                                m.exchange, m.routingKey, m.arguments}))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    if (!m.noWait)
        replyWhenDurable(QueueBindOk{});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::queueUnbind(const QueueUnbind& m) {
    const auto byClient = m_connection.changesByClient();
    auto name = queueName(m.queue, m.ClassId, m.MethodId);
    if (auto* error = std::get_if<AmqpError>(&name))
        return *error;
    if (auto error = ops::unbind(m_connection.session(), {ops::ClientBinding::Destination::Queue,
                                                          std::get<QByteArray>(name), m.exchange,
                                                          m.routingKey, m.arguments}))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    replyWhenDurable(QueueUnbindOk{});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::queuePurge(const QueuePurge& m) {
    const auto byClient = m_connection.changesByClient();
    auto name = queueName(m.queue, m.ClassId, m.MethodId);
    if (auto* error = std::get_if<AmqpError>(&name))
        return *error;
    auto purged = ops::purgeQueue(m_connection.session(), std::get<QByteArray>(name));
    if (auto* error = std::get_if<core::Error>(&purged))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    if (!m.noWait)
        m_connection.sendMethod(m_number, QueuePurgeOk{quint32(std::get<quint64>(purged))});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::queueDelete(const QueueDelete& m) {
    const auto byClient = m_connection.changesByClient();
    const QByteArray name = m.queue.isEmpty() ? m_lastQueue : m.queue;
    m_cancelsAfterDelete.emplace();
    auto deleted = ops::deleteQueue(m_connection.session(), name, m.ifUnused, m.ifEmpty);
    std::vector<QByteArray> cancelled = std::move(*m_cancelsAfterDelete);
    m_cancelsAfterDelete.reset();
    if (auto* error = std::get_if<core::Error>(&deleted))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    if (!m.noWait)
        replyWhenDurable(QueueDeleteOk{quint32(std::get<quint64>(deleted))}, std::move(cancelled));
    else
        for (const QByteArray& tag : cancelled)
            sendBrokerCancel(tag);
    return std::nullopt;
}

// --- basic class ----------------------------------------------------------------------------

AmqpChannel::Result AmqpChannel::basicQos(const BasicQos& m) {
    if (m.prefetchSize != 0)
        return amqpError(540, QStringLiteral("prefetch_size!=0 (%1)").arg(m.prefetchSize),
                         m.ClassId, m.MethodId);
    // RabbitMQ's per_consumer_qos: global=false limits each consumer created afterwards,
    // global=true limits the channel as a whole.
    if (m.global)
        m_channelPrefetch = m.prefetchCount;
    else
        m_consumerPrefetch = m.prefetchCount;
    m_connection.sendMethod(m_number, BasicQosOk{});
    dispatchConsumerQueues();
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::basicConsume(const BasicConsume& m) {
    if (m.queue == services::ReplyToQueue)
        return consumeReplies(m);
    auto readable = readableQueue(m.queue, m.ClassId, m.MethodId);
    if (auto* error = std::get_if<AmqpError>(&readable))
        return *error;
    auto queue = std::get<std::shared_ptr<core::Queue>>(std::move(readable));
    QByteArray tag = m.consumerTag.isEmpty() ? core::randomName("amq.ctag-") : m.consumerTag;
    if (m_consumers.count(tag))
        return amqpError(530, QStringLiteral("attempt to reuse consumer tag '%1'").arg(text(tag)),
                         m.ClassId, m.MethodId);
    if (queue->hasExclusiveConsumer() || (m.exclusive && !queue->consumers().empty()))
        return amqpError(403,
                         QStringLiteral("queue '%1' in vhost '%2' in exclusive use")
                             .arg(text(queue->name()), vhostName()),
                         m.ClassId, m.MethodId);
    int priority = 0;
    if (const core::FieldValue* p = core::findField(m.arguments, "x-priority")) {
        auto value = p->toInteger();
        if (!value)
            return amqpError(406,
                             QStringLiteral("invalid arg 'x-priority' for consumer: must be "
                                            "an integer"),
                             m.ClassId, m.MethodId);
        priority = int(*value);
    }
    auto consumer = std::make_shared<AmqpConsumer>(
        *this, queue,
        AmqpConsumer::Options{tag, m.noAck, m.exclusive, priority, m_consumerPrefetch},
        m_connection.id());
    m_consumers.emplace(tag, consumer);
    // consume-ok goes out before the first delivery (spec 1.8.3.3).
    if (!m.noWait)
        m_connection.sendMethod(m_number, BasicConsumeOk{tag});
    queue->addConsumer(consumer.get());
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::basicCancel(const BasicCancel& m) {
    const auto byClient = m_connection.changesByClient();
    if (m_replyConsumer && m_replyConsumer->tag == m.consumerTag) {
        stopReplies();
        if (!m.noWait)
            m_connection.sendMethod(m_number, BasicCancelOk{m.consumerTag});
        return std::nullopt;
    }
    auto it = m_consumers.find(m.consumerTag);
    if (it != m_consumers.end()) {
        auto consumer = it->second;
        m_consumers.erase(it);
        if (!m.noWait)
            m_connection.sendMethod(m_number, BasicCancelOk{m.consumerTag});
        consumer->queue()->removeConsumer(consumer.get());
        return std::nullopt;
    }
    if (!m.noWait)
        m_connection.sendMethod(m_number, BasicCancelOk{m.consumerTag});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::basicPublish(const BasicPublish& m) {
    if (m.immediate)
        return amqpError(540, QStringLiteral("immediate=true"), m.ClassId, m.MethodId);
    // Refused here, the content that follows is discarded by the closing channel (spec
    // 2.2.4) and never held.
    auto target = publishTarget(m);
    if (auto* error = std::get_if<AmqpError>(&target))
        return *error;
    PendingContent pending;
    pending.publish = m;
    pending.reserved = PartialBodyReservation(&m_connection.partialBodies());
    m_pending = std::move(pending);
    m_connection.publishing(); // under a memory alarm this is where the publisher waits
    return std::nullopt;
}

std::variant<std::shared_ptr<core::Exchange>, AmqpError>
AmqpChannel::publishTarget(const BasicPublish& m) {
    auto target =
        ops::publishTarget(m_connection.session(), m.exchange, m.routingKey, m_lastWriteAllowed);
    if (auto* error = std::get_if<core::Error>(&target))
        return fromCoreError(*error, m.ClassId, m.MethodId);
    return std::get<std::shared_ptr<core::Exchange>>(std::move(target));
}

AmqpChannel::Result AmqpChannel::growBody(PendingContent& pending, qsizetype incoming) {
    const quint64 needed = quint64(pending.body.size() + incoming);
    const quint64 reserved = pending.reserved.bytes();
    if (needed <= reserved)
        return std::nullopt;
    // Doubling keeps the copies linear; the cap at the announced size makes the last
    // reservation exact, so a queued message holds no slack.
    const quint64 target = std::min(pending.bodySize, std::max(needed, 2 * reserved));
    if (!pending.reserved.growTo(target)) {
        const quint64 limit = m_connection.partialBodies().limit();
        m_pending.reset();
        return amqpError(530, QStringLiteral("message bodies still arriving on this connection "
                                             "would hold more than %1 bytes "
                                             "(max_partial_body_bytes)")
                                  .arg(limit));
    }
    pending.body.reserve(qsizetype(target));
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::completePublish() {
    PendingContent pending = std::move(*m_pending);
    m_pending.reset();
    pending.reserved.release(); // from here the message is a queue's memory
    const BasicPublish& m = pending.publish;
    // Permissions were checked at the method; the exchange may have gone while the body came.
    auto& vhost = m_connection.vhost();
    auto exchange = vhost.exchange(m.exchange);
    if (!exchange)
        return amqpError(404, vhost.notFoundExchange(m.exchange), m.ClassId, m.MethodId);
    if (pending.expirationRefusal)
        return amqpError(406, *pending.expirationRefusal, m.ClassId, m.MethodId);
    auto& props = pending.properties;
    if (props.userId)
        if (auto refused =
                m_connection.context().users.userIdRefusal(m_connection.userName(), *props.userId))
            return amqpError(406, *refused, m.ClassId, m.MethodId);
    // RabbitMQ's maybe_set_fast_reply_to: a request names this channel's reply consumer.
    if (props.replyTo == services::ReplyToQueue) {
        if (!m_replyConsumer)
            return amqpError(406, QStringLiteral("fast reply consumer does not exist"), m.ClassId,
                             m.MethodId);
        props.replyTo = m_replyConsumer->address;
        pending.encodedProperties.clear(); // encoded again on the way out
    }
    auto message = std::make_shared<core::Message>();
    message->exchange = exchange->name(); // shared with the exchange: no copy per message
    message->routingKey = m.routingKey;
    message->properties = std::move(props);
    if (!pending.encodedProperties.isNull())
        message->original = {core::MessageFormat::Amqp091, std::move(pending.encodedProperties)};
    message->body = std::move(pending.body);
    if (m_txMode) {
        m_txPublishes.push_back({m.exchange, m.mandatory, std::move(message)});
        return std::nullopt;
    }
    routeAndConfirm(*exchange, m.mandatory, message);
    return std::nullopt;
}

bool AmqpChannel::routeAndConfirm(core::Exchange& exchange, bool mandatory,
                                  const core::MessagePtr& message,
                                  std::function<void(bool)> durable) {
    quint64 seq = 0;
    std::function<void(bool)> onDurable = std::move(durable);
    if (m_confirmMode) {
        seq = ++m_publishSeq;
        m_unconfirmed.insert(seq);
        // Confirmed means durable: for a persistent message in a durable queue the ack waits
        // for the store's commit (and becomes a nack if the store could not take it).
        onDurable = [alive = std::weak_ptr<bool>(m_alive), this, seq](bool stored) {
            if (alive.expired() || m_closing || m_released)
                return;
            confirm(seq, stored);
        };
    }
    const auto result = message->exchange.isEmpty() && services::isReplyAddress(message->routingKey)
                            ? publishReply(message)
                            : m_connection.vhost().publish(exchange, message, onDurable);
    if (result.routedQueues == 0 && !result.rejectedByQueue && mandatory) {
        BasicReturn returned;
        returned.replyCode = 312;
        returned.replyText = "NO_ROUTE";
        returned.exchange = message->exchange;
        returned.routingKey = message->routingKey;
        m_connection.sendContent(m_number, returned, *message);
    }
    if (m_confirmMode && !result.awaitingCommit)
        confirm(seq, !result.rejectedByQueue);
    return result.awaitingCommit;
}

void AmqpChannel::confirm(quint64 seq, bool ok) {
    m_unconfirmed.erase(seq);
    if (!ok) {
        sendReadyAcks(); // a nack never overtakes an ack of an earlier publish
        m_connection.sendMethod(m_number, BasicNack{seq, false, false});
        return;
    }
    m_readyAcks.push_back(seq);
    if (m_ackSendScheduled)
        return;
    m_ackSendScheduled = true;
    m_connection.defer([alive = std::weak_ptr<bool>(m_alive), this] {
        if (alive.expired())
            return;
        m_ackSendScheduled = false;
        if (!m_closing && !m_released)
            sendReadyAcks();
    });
}

void AmqpChannel::sendReadyAcks() {
    if (m_readyAcks.empty())
        return;
    std::sort(m_readyAcks.begin(), m_readyAcks.end());
    // Every publish below the oldest unconfirmed one has had its ack or nack: one ack with
    // multiple=true covers all of those ready now.
    const quint64 oldestUnconfirmed =
        m_unconfirmed.empty() ? std::numeric_limits<quint64>::max() : *m_unconfirmed.begin();
    auto above = std::lower_bound(m_readyAcks.begin(), m_readyAcks.end(), oldestUnconfirmed);
    if (above != m_readyAcks.begin()) {
        const quint64 last = *std::prev(above);
        const bool several = std::distance(m_readyAcks.begin(), above) > 1;
        m_connection.sendMethod(m_number, BasicAck{last, several});
    }
    for (auto it = above; it != m_readyAcks.end(); ++it)
        m_connection.sendMethod(m_number, BasicAck{*it, false});
    m_readyAcks.clear();
}

AmqpChannel::Result AmqpChannel::basicGet(const BasicGet& m) {
    auto readable = readableQueue(m.queue, m.ClassId, m.MethodId);
    if (auto* error = std::get_if<AmqpError>(&readable))
        return *error;
    auto queue = std::get<std::shared_ptr<core::Queue>>(std::move(readable));
    auto message = queue->get(!m.noAck);
    if (!message) {
        m_connection.sendMethod(m_number, BasicGetEmpty{});
        return std::nullopt;
    }
    const quint64 tag = ++m_lastDeliveryTag;
    if (!m.noAck)
        m_unacked.emplace(tag, Unacked{queue, message->id, nullptr});
    BasicGetOk ok;
    ok.deliveryTag = tag;
    ok.redelivered = message->redelivered;
    ok.exchange = message->message->exchange;
    ok.routingKey = message->message->routingKey;
    ok.messageCount = quint32(queue->messageCount());
    m_connection.sendContent(m_number, ok, *message->message);
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::settle(AckKind kind, quint64 tag, bool multiple, bool requeue,
                                        quint16 methodId) {
    // The tag must be outstanding; multiple with tag 0 means "everything so far" (spec 1.8.3.13).
    if (!(multiple && tag == 0) && !m_unacked.count(tag))
        return amqpError(406, QStringLiteral("unknown delivery tag %1").arg(tag), 60, methodId);
    if (m_txMode) {
        m_txAcks.push_back({kind, tag, multiple, requeue});
        return std::nullopt;
    }
    applySettle(kind, tag, multiple, requeue);
    return std::nullopt;
}

void AmqpChannel::applySettle(AckKind kind, quint64 tag, bool multiple, bool requeue) {
    if (multiple) {
        const auto end = tag == 0 ? m_unacked.end() : m_unacked.upper_bound(tag);
        for (auto it = m_unacked.begin(); it != end;)
            settleOne(it++, kind, requeue);
    } else if (auto it = m_unacked.find(tag); it != m_unacked.end()) {
        settleOne(it, kind, requeue);
    }
    dispatchConsumerQueues();
}

void AmqpChannel::settleOne(std::map<quint64, Unacked>::iterator it, AckKind kind, bool requeue) {
    Unacked entry = std::move(it->second);
    m_unacked.erase(it);
    if (entry.consumer) {
        entry.consumer->unacked--;
        m_unackedForPrefetch--;
    }
    auto queue = entry.queue.lock();
    if (!queue || queue->isDeleted())
        return;
    if (kind == AckKind::Ack)
        queue->ack(entry.messageId);
    else
        queue->reject(entry.messageId, requeue);
}

AmqpChannel::Result AmqpChannel::basicRecover() {
    // Redeliver everything unacknowledged; the messages go back to their queues in order.
    std::map<core::Queue*, std::pair<std::shared_ptr<core::Queue>, std::vector<quint64>>> byQueue;
    for (auto& [tag, entry] : m_unacked) {
        if (entry.consumer) {
            entry.consumer->unacked--;
            m_unackedForPrefetch--;
        }
        if (auto queue = entry.queue.lock()) {
            auto& slot = byQueue[queue.get()];
            slot.first = queue;
            slot.second.push_back(entry.messageId);
        }
    }
    m_unacked.clear();
    for (auto& [raw, slot] : byQueue)
        slot.first->requeue(slot.second);
    m_connection.sendMethod(m_number, BasicRecoverOk{});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::confirmSelect(const ConfirmSelect& m) {
    if (m_txMode)
        return amqpError(406, QStringLiteral("cannot switch from tx to confirm mode"), m.ClassId,
                         m.MethodId);
    m_confirmMode = true;
    if (!m.nowait)
        m_connection.sendMethod(m_number, ConfirmSelectOk{});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::txSelect() {
    if (m_confirmMode)
        return amqpError(406, QStringLiteral("cannot switch from confirm to tx mode"), 90, 10);
    m_txMode = true;
    m_connection.sendMethod(m_number, TxSelectOk{});
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::txCommit() {
    if (!m_txMode)
        return amqpError(406, QStringLiteral("channel is not transactional"), 90, 20);
    auto publishes = std::move(m_txPublishes);
    auto acks = std::move(m_txAcks);
    m_txPublishes.clear();
    m_txAcks.clear();
    // commit-ok only once every persistent message of the transaction is on disk.
    struct Commit {
        int outstanding = 0;
        bool issued = false;
    };
    auto commit = std::make_shared<Commit>();
    auto finish = [alive = std::weak_ptr<bool>(m_alive), this, commit] {
        if (commit->issued && commit->outstanding == 0 && !alive.expired() && !m_closing &&
            !m_released)
            m_connection.sendMethod(m_number, TxCommitOk{});
    };
    for (auto& publish : publishes)
        if (auto exchange = m_connection.vhost().exchange(publish.exchange)) {
            auto durable = [commit, finish](bool) {
                commit->outstanding--;
                finish();
            };
            if (routeAndConfirm(*exchange, publish.mandatory, publish.message, durable))
                commit->outstanding++;
        }
    for (const auto& ack : acks)
        applySettle(ack.kind, ack.tag, ack.multiple, ack.requeue);
    commit->issued = true;
    finish();
    return std::nullopt;
}

AmqpChannel::Result AmqpChannel::txRollback() {
    if (!m_txMode)
        return amqpError(406, QStringLiteral("channel is not transactional"), 90, 30);
    m_txPublishes.clear();
    m_txAcks.clear();
    m_connection.sendMethod(m_number, TxRollbackOk{});
    return std::nullopt;
}

// --- delivery -------------------------------------------------------------------------------

bool AmqpChannel::consumerCanAccept(const AmqpConsumer& consumer) const {
    if (m_closing || m_released || m_connection.backlogged())
        return false;
    if (consumer.options().noAck)
        return true;
    if (consumer.options().prefetch != 0 && consumer.unacked >= consumer.options().prefetch)
        return false;
    return m_channelPrefetch == 0 || m_unackedForPrefetch < m_channelPrefetch;
}

void AmqpChannel::deliver(AmqpConsumer& consumer, core::Queue& queue,
                          const core::QueuedMessage& message) {
    const quint64 tag = ++m_lastDeliveryTag;
    if (consumer.ackRequired()) {
        m_unacked.emplace(tag, Unacked{consumer.queue(), message.id, consumer.shared_from_this()});
        consumer.unacked++;
        m_unackedForPrefetch++;
    }
    (void)queue;
    BasicDeliver deliver;
    deliver.consumerTag = consumer.tag();
    deliver.deliveryTag = tag;
    deliver.redelivered = message.redelivered;
    deliver.exchange = message.message->exchange;
    deliver.routingKey = message.message->routingKey;
    m_connection.sendContent(m_number, deliver, *message.message);
}

void AmqpChannel::consumerCancelledByBroker(AmqpConsumer& consumer) {
    const QByteArray tag = consumer.tag();
    auto it = m_consumers.find(tag);
    if (it == m_consumers.end())
        return;
    auto keepAlive = it->second;
    m_consumers.erase(it);
    if (m_cancelsAfterDelete)
        m_cancelsAfterDelete->push_back(tag);
    else
        sendBrokerCancel(tag);
}

void AmqpChannel::sendBrokerCancel(const QByteArray& tag) {
    // Server-sent basic.cancel only for clients that said they understand it.
    if (m_connection.consumerCancelNotify() && !m_closing)
        m_connection.sendMethod(m_number, BasicCancel{tag, false});
}

void AmqpChannel::dispatchConsumerQueues() {
    if (m_closing || m_released)
        return;
    std::vector<std::shared_ptr<core::Queue>> queues;
    for (const auto& [tag, consumer] : m_consumers)
        if (std::find(queues.begin(), queues.end(), consumer->queue()) == queues.end())
            queues.push_back(consumer->queue());
    for (const auto& queue : queues)
        queue->dispatch();
}

void AmqpChannel::resumeDelivery() {
    dispatchConsumerQueues();
}

void AmqpChannel::release() {
    if (m_released)
        return;
    sendReadyAcks();   // confirms owed before the channel goes
    m_released = true; // from here on consumers accept nothing, so requeued messages go elsewhere
    std::map<core::Queue*, std::pair<std::shared_ptr<core::Queue>, std::vector<quint64>>> byQueue;
    for (auto& [tag, entry] : m_unacked)
        if (auto queue = entry.queue.lock()) {
            auto& slot = byQueue[queue.get()];
            slot.first = queue;
            slot.second.push_back(entry.messageId);
        }
    m_unacked.clear();
    auto consumers = std::move(m_consumers);
    m_consumers.clear();
    for (auto& [raw, slot] : byQueue)
        if (!slot.first->isDeleted())
            slot.first->requeue(slot.second);
    for (auto& [tag, consumer] : consumers)
        consumer->queue()->removeConsumer(consumer.get());
    m_txPublishes.clear();
    m_txAcks.clear();
    stopReplies();
}

void AmqpChannel::fillSnapshot(BrokerSnapshot& snapshot) const {
    ChannelInfo info;
    info.connection = m_connection.name();
    info.number = m_number;
    info.user = text(m_connection.userName());
    info.vhost = vhostName();
    info.consumers = quint32(m_consumers.size());
    info.messagesUnacked = m_unacked.size();
    info.prefetchCount = m_consumerPrefetch;
    info.confirmMode = m_confirmMode;
    info.transactional = m_txMode;
    snapshot.channels.append(info);
    for (const auto& [tag, consumer] : m_consumers) {
        ConsumerInfo c;
        c.vhost = info.vhost;
        c.queue = text(consumer->queue()->name());
        c.consumerTag = text(tag);
        c.connection = info.connection;
        c.channel = m_number;
        c.ackRequired = consumer->ackRequired();
        c.exclusive = consumer->exclusive();
        c.prefetchCount = consumer->options().prefetch;
        snapshot.consumers.append(c);
    }
}

} // namespace warren::amqp091
