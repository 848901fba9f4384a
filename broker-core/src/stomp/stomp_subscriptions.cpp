// SUBSCRIBE and UNSUBSCRIBE, deliveries to the client as MESSAGE frames, and the ACK and NACK
// that settle them.

#include "core/queue.h"
#include "core/random_name.h"
#include "core/vhost.h"
#include "log/logger.h"
#include "ops/client_operations.h"
#include "protocol/output_buffer.h"
#include "services/broker_context.h"
#include "stomp/durable_subscription_name.h"
#include "stomp/frame_encoder.h"
#include "stomp/message_mapping.h"
#include "stomp/queue_parameters.h"
#include "stomp/stomp_connection.h"
#include "stomp/stomp_subscription.h"

namespace warren::stomp {

namespace {

// Output waiting for the socket above which deliveries pause until it drains (as MQTT's).
constexpr qint64 BacklogHighWater = 1024 * 1024;

bool durableRequested(const Frame& frame) {
    return booleanHeader(frame, "durable").value_or(false) ||
           booleanHeader(frame, "persistent").value_or(false);
}

} // namespace

bool StompConnection::backlogged() const {
    const bool full = m_out.size() + m_transport.pendingWriteBytes() > BacklogHighWater;
    m_deliveriesPaused = m_deliveriesPaused || full;
    return full;
}

bool StompConnection::canDeliver() const {
    return m_state == State::Connected && !backlogged();
}

void StompConnection::handleSubscribe(const Frame& frame) {
    if (durableRequested(frame) && !frame.has("id"))
        return fail(texts::durableWithoutId());
    const auto destinationHeader = frame.header("destination");
    if (!destinationHeader)
        return fail(texts::missingDestination(frame.command));
    auto parsed = parseDestination(*destinationHeader);
    if (auto* refusal = std::get_if<texts::Refusal>(&parsed))
        return fail(*refusal);
    const Destination& destination = std::get<Destination>(parsed);
    if (destination.kind == Destination::Kind::TempQueue)
        return fail(texts::notADestinationFor(*destinationHeader, frame.command));

    StompSubscription::Options options;
    const QByteArray ack = frame.value("ack", "auto");
    if (ack == "auto")
        options.ackMode = AckMode::Auto;
    else if (ack == "client")
        options.ackMode = AckMode::Client;
    else if (ack == "client-individual")
        options.ackMode = AckMode::ClientIndividual;
    else
        return fail(texts::processingError());
    // The id is optional in every version, as in RabbitMQ's: without one the destination names
    // the subscription.
    options.id = frame.value("id");
    if (options.id.startsWith("/temp-queue/"))
        return fail(texts::processingError());
    options.tag = frame.has("id") ? "T_" + options.id : "Q_" + *destinationHeader;
    if (auto prefetch = frame.header("prefetch-count")) {
        bool ok = false;
        const qint64 count = prefetch->toLongLong(&ok);
        if (!ok || count < 0)
            return fail(texts::processingError());
        m_prefetch = quint32(std::min<qint64>(count, 65535));
    }
    options.prefetch = m_prefetch;

    bool ownsQueue = false;
    auto queue = subscriptionQueue(destination, frame, ownsQueue);
    if (auto* refusal = std::get_if<texts::Refusal>(&queue))
        return fail(*refusal);
    if (m_subscriptions.count(options.tag))
        return fail(texts::duplicateSubscription(options.tag));
    options.ownsQueue = ownsQueue;
    auto subscription = std::make_shared<StompSubscription>(
        *this, std::get<std::shared_ptr<core::Queue>>(queue), std::move(options), m_id);
    m_subscriptions.emplace(subscription->tag(), subscription);
    // The RECEIPT says the subscription is live: deliveries start after it, and after the
    // queue and its binding are on disk.
    m_gate.whenDefinitionsDurable([this, frame, subscription] {
        if (m_state == State::Closed || subscription->queue()->isDeleted())
            return;
        receiptFor(frame);
        subscription->queue()->addConsumer(subscription.get());
        subscription->queue()->dispatch();
    });
}

std::variant<std::shared_ptr<core::Queue>, texts::Refusal>
StompConnection::subscriptionQueue(const Destination& destination, const Frame& frame,
                                   bool& ownsQueue) {
    ownsQueue = false;
    switch (destination.kind) {
    case Destination::Kind::Queue:
        if (auto refusal = ensureQueue(destination, frame))
            return *refusal;
        [[fallthrough]];
    case Destination::Kind::AmqQueue:
    case Destination::Kind::ReplyQueue: {
        auto readable = ops::readableQueue(*m_session, destination.name);
        if (auto* error = std::get_if<core::Error>(&readable))
            return texts::fromCore(*error);
        return std::get<std::shared_ptr<core::Queue>>(readable);
    }
    case Destination::Kind::TempQueue:
        return texts::notADestinationFor("/temp-queue/" + destination.name, "SUBSCRIBE");
    case Destination::Kind::Topic:
    case Destination::Kind::Exchange:
        break;
    }
    // A topic or exchange subscription reads a queue of its own bound with the key: named after
    // the subscription when it is durable (so that it is found again), else at random.
    const bool topic = destination.kind == Destination::Kind::Topic;
    const QByteArray exchange = topic ? QByteArray("amq.topic") : destination.name;
    const QByteArray key = topic ? destination.name : destination.routingKey;
    auto parameters = queueParameters(frame, destination.kind);
    if (auto* refusal = std::get_if<texts::Refusal>(&parameters))
        return *refusal;
    ops::QueueDeclaration declaration = std::get<ops::QueueDeclaration>(parameters);
    declaration.name = frame.value("x-queue-name");
    if (declaration.name.isEmpty())
        declaration.name = declaration.durable
                               ? durableSubscriptionQueueName(key, frame.value("id"))
                               : core::randomName("stomp-subscription-");
    auto declared = ops::declareQueue(*m_session, declaration);
    if (auto* error = std::get_if<core::Error>(&declared))
        return texts::fromCore(*error);
    auto queue = std::get<std::shared_ptr<core::Queue>>(declared);
    if (auto error =
            ops::bind(*m_session,
                      {ops::ClientBinding::Destination::Queue, queue->name(), exchange, key, {}})) {
        // As RabbitMQ: the queue made for the subscription goes again.
        if (!declaration.durable && frame.value("x-queue-name").isEmpty())
            (void)m_vhost->deleteQueue(queue->name(), false, false);
        // RabbitMQ's STOMP plugin checks a topic's read permission itself, and words it
        // without the AMQP "ACCESS_REFUSED - " prefix.
        if (error->kind == core::Error::Kind::AccessRefused &&
            error->text.startsWith(QLatin1String("access to topic")))
            return texts::Refusal{QStringLiteral("access_refused"), error->text};
        return texts::fromCore(*error);
    }
    ownsQueue = !declaration.durable;
    return queue;
}

void StompConnection::handleUnsubscribe(const Frame& frame) {
    if (durableRequested(frame) && !frame.has("id"))
        return fail(texts::durableWithoutId());
    QByteArray tag;
    QByteArray what;
    if (auto id = frame.header("id")) {
        if (id->startsWith("/temp-queue/"))
            return fail(texts::unsubscribeTempQueue());
        tag = "T_" + *id;
        what = "id='" + *id + '\'';
    } else if (auto destination = frame.header("destination")) {
        tag = "Q_" + *destination;
        what = "destination='" + *destination + '\'';
    } else {
        return fail(texts::unsubscribeWithoutId());
    }
    auto it = m_subscriptions.find(tag);
    if (it == m_subscriptions.end())
        return fail(texts::noSubscription(what));
    const std::shared_ptr<core::Queue> queue = it->second->queue();
    const bool ownsQueue = it->second->options().ownsQueue;
    unsubscribe(it);
    // UNSUBSCRIBE with durable:true ends a durable subscription for good: its queue goes.
    // Without, the subscription is only detached and its queue keeps collecting.
    if (durableRequested(frame) && !ownsQueue && !queue->isDeleted() &&
        queue->name().startsWith("stomp-subscription-"))
        (void)ops::deleteQueue(*m_session, queue->name(), false, false);
    receiptFor(frame);
}

void StompConnection::unsubscribe(
    std::map<QByteArray, std::shared_ptr<StompSubscription>>::iterator it) {
    std::shared_ptr<StompSubscription> subscription = it->second;
    m_subscriptions.erase(it);
    // Its unacknowledged deliveries stay with the connection, as with RabbitMQ's channel:
    // requeued when it closes (an ACK for them now finds no subscription).
    const std::shared_ptr<core::Queue>& queue = subscription->queue();
    if (!queue->isDeleted())
        queue->removeConsumer(subscription.get()); // an auto-delete queue goes now
    // The queue may still be telling its consumers about something: the subscription goes
    // after that.
    m_transport.defer([retired = std::move(subscription)] {});
}

void StompConnection::subscriptionQueueDeleted(StompSubscription& subscription) {
    auto it = m_subscriptions.find(subscription.tag());
    if (it == m_subscriptions.end() || it->second.get() != &subscription)
        return;
    std::shared_ptr<StompSubscription> retired = it->second;
    m_subscriptions.erase(it);
    std::erase_if(m_unacked, [&](const auto& entry) {
        return entry.second.subscriptionTag == retired->tag();
    });
    // RabbitMQ says so with an ERROR and keeps the connection: the client did nothing wrong,
    // and its other subscriptions go on.
    const QByteArray& id = retired->options().id;
    const QByteArray destination = retired->tag().mid(2); // of a "Q_" tag
    if (m_state == State::Connected)
        sendError(texts::subscriptionCancelled(id.isEmpty() ? "destination='" + destination + '\''
                                                            : "id='" + id + '\''),
                  id.isEmpty() ? destination : id);
    m_transport.defer([retired = std::move(retired)] {});
}

void StompConnection::deliver(StompSubscription& subscription, core::Queue& queue,
                              const core::QueuedMessage& queued) {
    const core::Message& message = *queued.message;
    const quint64 tag = ++m_lastDeliveryTag;
    const QByteArray messageId =
        subscription.tag() + "@@" + m_sessionId + "@@" + QByteArray::number(tag);
    // RabbitMQ's order: subscription (when it has an id), destination (where the message was
    // published), message-id, redelivered, ack (1.2, acknowledged modes), the message's own.
    Frame frame;
    frame.command = "MESSAGE";
    if (!subscription.options().id.isEmpty())
        frame.add("subscription", subscription.options().id);
    frame.add("destination", destinationOf(message.exchange, message.routingKey));
    frame.add("message-id", messageId);
    frame.add("redelivered", queued.redelivered ? "true" : "false");
    if (subscription.ackRequired()) {
        if (m_version == Version::V12)
            frame.add("ack", messageId);
        m_unacked.emplace(tag, Unacked{subscription.tag(), subscription.queue(), queued.id});
        ++subscription.unacked;
    }
    appendMessageHeaders(message, frame);
    if (!frame.body.isEmpty())
        frame.add("content-length", QByteArray::number(frame.body.size()));
    QByteArray& out = m_out.tail();
    const qsizetype before = out.size();
    if (frame.body.size() >= protocol::OutputBuffer::ShareThreshold) {
        // The body is shared with the queue's copy, not copied into the frame stream.
        const QByteArray body = std::exchange(frame.body, {});
        encodeHead(frame, m_version, out);
        const qsizetype head = out.size() - before;
        m_out.appendShared(body);
        m_out.tail().append("\0\n", 2);
        m_bytesSent += quint64(head + body.size() + 2);
    } else {
        encode(frame, m_version, out);
        out.append('\n');
        m_bytesSent += quint64(out.size() - before);
    }
    m_lastSentMs = QDateTime::currentMSecsSinceEpoch();
    m_transport.flushSoon();
    Q_UNUSED(queue);
}

void StompConnection::handleAck(const Frame& frame, bool positive) {
    const char* header = m_version == Version::V12 ? "id" : "message-id";
    const auto id = frame.header(header);
    if (!id)
        return fail(texts::missingAckHeader(frame.command, header));
    // "<consumer tag>@@<session>@@<delivery tag>"
    const qsizetype first = id->indexOf("@@");
    const qsizetype last = id->lastIndexOf("@@");
    if (first < 0 || last == first || id->mid(first + 2, last - first - 2).contains("@@"))
        return fail(texts::invalidAckHeader(frame.command, header));
    auto subscription = m_subscriptions.find(id->left(first));
    if (subscription == m_subscriptions.end())
        return fail(texts::ackWithoutSubscription(*id));
    bool ok = false;
    const quint64 tag = id->mid(last + 2).toULongLong(&ok);
    if (!ok)
        return fail(texts::processingError());
    auto transaction = transactionOf(frame);
    if (auto* refusal = std::get_if<texts::Refusal>(&transaction))
        return fail(*refusal);
    if (Transaction* held = std::get<Transaction*>(transaction)) {
        held->append(frame);
        receiptFor(frame);
        return;
    }
    if (!m_unacked.count(tag))
        return fail(texts::fromCore({core::Error::Kind::PreconditionFailed,
                                     QStringLiteral("unknown delivery tag %1").arg(tag)}));
    const bool multiple = subscription->second->options().ackMode == AckMode::Client;
    settle(tag, positive, multiple, booleanHeader(frame, "requeue").value_or(true));
    receiptFor(frame);
}

void StompConnection::settle(quint64 tag, bool positive, bool multiple, bool requeue) {
    auto last = m_unacked.find(tag);
    if (last == m_unacked.end())
        return;
    // A cumulative ACK covers every earlier delivery of the connection, as RabbitMQ's
    // basic.ack with multiple on the connection's one channel.
    auto it = multiple ? m_unacked.begin() : last;
    const auto end = std::next(last);
    std::vector<std::shared_ptr<core::Queue>> touched;
    while (it != end) {
        const Unacked delivery = it->second;
        it = m_unacked.erase(it);
        if (auto s = m_subscriptions.find(delivery.subscriptionTag); s != m_subscriptions.end())
            s->second->unacked -= s->second->unacked > 0 ? 1 : 0;
        auto queue = delivery.queue.lock();
        if (!queue || queue->isDeleted())
            continue;
        if (positive)
            queue->ack(delivery.queueMessageId);
        else
            queue->reject(delivery.queueMessageId, requeue);
        if (std::find(touched.begin(), touched.end(), queue) == touched.end())
            touched.push_back(std::move(queue));
    }
    for (const auto& queue : touched)
        queue->dispatch();
}

void StompConnection::dispatchAll() {
    for (const auto& [tag, subscription] : m_subscriptions)
        if (!subscription->queue()->isDeleted())
            subscription->queue()->dispatch();
}

} // namespace warren::stomp
