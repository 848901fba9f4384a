// SEND from the client, the queues SEND declares (/queue/, /temp-queue/ replies), and the
// transactions (BEGIN, COMMIT, ABORT) that hold SENDs and ACKs back until they commit.

#include "core/queue.h"
#include "core/vhost.h"
#include "log/logger.h"
#include "ops/client_operations.h"
#include "services/broker_context.h"
#include "stomp/message_mapping.h"
#include "stomp/queue_parameters.h"
#include "stomp/stomp_connection.h"
#include "stomp/stomp_subscription.h"

namespace warren::stomp {

namespace {

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

} // namespace

void StompConnection::handleSend(const Frame& frame) {
    if (frame.has("message-id"))
        return fail(texts::messageIdOnSend());
    auto transaction = transactionOf(frame);
    if (auto* refusal = std::get_if<texts::Refusal>(&transaction))
        return fail(*refusal);
    if (Transaction* held = std::get<Transaction*>(transaction)) {
        // Checked now, carried out at COMMIT; its receipt comes once the COMMIT has stored it.
        if (!frame.has("destination"))
            return fail(texts::missingDestination(frame.command));
        auto parsed = parseDestination(frame.value("destination"));
        if (auto* refusal = std::get_if<texts::Refusal>(&parsed))
            return fail(*refusal);
        held->append(frame);
        return;
    }
    m_gate.publishing();
    if (auto refused = publish(frame, receiptWhenStored(frame)))
        fail(*refused);
}

std::function<void(bool)> StompConnection::receiptWhenStored(const Frame& send) {
    return [this, alive = std::weak_ptr<bool>(m_alive),
            receipt = send.header("receipt")](bool stored) {
        if (alive.expired() || m_state == State::Closed)
            return;
        if (!stored)
            return fail(texts::storeFailed());
        // Once the message is where it must be, as RabbitMQ's receipts follow its confirms.
        if (receipt)
            sendReceipt(*receipt);
    };
}

std::optional<texts::Refusal> StompConnection::publish(const Frame& frame,
                                                       std::function<void(bool)> stored) {
    const auto destinationHeader = frame.header("destination");
    if (!destinationHeader)
        return texts::missingDestination(frame.command);
    auto parsed = parseDestination(*destinationHeader);
    if (auto* refusal = std::get_if<texts::Refusal>(&parsed))
        return *refusal;
    const Destination& destination = std::get<Destination>(parsed);

    SendContext send{{}, {}, {}, m_user, m_id};
    switch (destination.kind) {
    case Destination::Kind::Queue:
        if (auto refusal = ensureQueue(destination, frame))
            return *refusal;
        send.routingKey = destination.name;
        break;
    case Destination::Kind::AmqQueue:
    case Destination::Kind::ReplyQueue:
        send.routingKey = destination.name;
        break;
    case Destination::Kind::Topic:
        send.exchange = "amq.topic";
        send.routingKey = destination.name;
        break;
    case Destination::Kind::Exchange:
        send.exchange = destination.name;
        send.routingKey = destination.routingKey;
        break;
    case Destination::Kind::TempQueue:
        return texts::notADestinationFor(*destinationHeader, frame.command);
    }
    auto target =
        ops::publishTarget(*m_session, send.exchange, send.routingKey, m_lastAllowedExchange);
    if (auto* error = std::get_if<core::Error>(&target)) {
        if (!std::exchange(m_refusalLogged, true))
            log(LogLevel::Warning,
                QStringLiteral("refused a SEND to '%1': %2 (further refusals are not logged)")
                    .arg(text(*destinationHeader), error->text));
        return texts::fromCore(*error);
    }
    if (auto replyTo = frame.header("reply-to"); replyTo && replyTo->startsWith('/')) {
        // A destination, as RabbitMQ reads it (a plain queue name, as AMQP clients give, goes
        // as it is). A temp queue is the client's own reply queue for that name; AMQP's
        // reply_to carries its real name.
        auto parsedReply = parseDestination(*replyTo);
        if (std::holds_alternative<texts::Refusal>(parsedReply))
            return texts::processingError();
        if (const Destination& reply = std::get<Destination>(parsedReply);
            reply.kind == Destination::Kind::TempQueue) {
            auto queue = temporaryQueue(reply.name);
            if (auto* refusal = std::get_if<texts::Refusal>(&queue))
                return *refusal;
            send.replyTo = std::get<QByteArray>(queue);
        }
    }
    auto message = toMessage(frame, send);
    if (auto* refusal = std::get_if<texts::Refusal>(&message))
        return *refusal;
    const core::RouteResult result =
        m_vhost->publish(*std::get<std::shared_ptr<core::Exchange>>(target),
                         std::get<core::MessagePtr>(message), stored);
    if (!result.awaitingCommit)
        stored(true);
    return std::nullopt;
}

std::optional<texts::Refusal> StompConnection::ensureQueue(const Destination& destination,
                                                           const Frame& frame) {
    if (m_declaredQueues.contains(destination.name))
        return std::nullopt;
    auto parameters = queueParameters(frame, Destination::Kind::Queue);
    if (auto* refusal = std::get_if<texts::Refusal>(&parameters))
        return *refusal;
    ops::QueueDeclaration declaration = std::get<ops::QueueDeclaration>(parameters);
    declaration.name = destination.name;
    auto declared = ops::declareQueue(*m_session, declaration);
    if (auto* error = std::get_if<core::Error>(&declared))
        return texts::fromCore(*error);
    m_declaredQueues.insert(destination.name);
    return std::nullopt;
}

std::variant<QByteArray, texts::Refusal> StompConnection::temporaryQueue(const QByteArray& name) {
    if (auto it = m_temporaryQueues.constFind(name); it != m_temporaryQueues.constEnd())
        return it.value();
    ops::QueueDeclaration declaration; // server-named, as RabbitMQ's amq.gen-…
    declaration.exclusive = true;
    declaration.autoDelete = true;
    auto declared = ops::declareQueue(*m_session, declaration);
    if (auto* error = std::get_if<core::Error>(&declared))
        return texts::fromCore(*error);
    auto queue = std::get<std::shared_ptr<core::Queue>>(declared);
    StompSubscription::Options options;
    options.id = "/temp-queue/" + name;
    options.tag = "T_" + options.id;
    options.ackMode = AckMode::Auto;
    auto subscription = std::make_shared<StompSubscription>(*this, queue, options, m_id);
    m_subscriptions.emplace(options.tag, subscription);
    queue->addConsumer(subscription.get());
    m_temporaryQueues.insert(name, queue->name());
    return queue->name();
}

std::variant<StompConnection::Transaction*, texts::Refusal>
StompConnection::transactionOf(const Frame& frame) {
    const auto name = frame.header("transaction");
    if (!name)
        return static_cast<Transaction*>(nullptr);
    auto it = m_transactions.find(*name);
    if (it == m_transactions.end())
        return texts::badTransaction(*name);
    return &it.value();
}

void StompConnection::handleBegin(const Frame& frame) {
    const auto name = frame.header("transaction");
    if (!name)
        return fail(texts::missingTransaction(frame.command));
    m_transactions.insert(*name, {}); // an open one of that name starts again, as RabbitMQ's
    receiptFor(frame);
}

void StompConnection::handleCommit(const Frame& frame) {
    const auto name = frame.header("transaction");
    if (!name)
        return fail(texts::missingTransaction(frame.command));
    auto it = m_transactions.find(*name);
    if (it == m_transactions.end())
        return fail(texts::badTransaction(*name));
    const Transaction frames = std::move(it.value());
    m_transactions.erase(it);
    for (Frame held : frames) {
        if (held.command == "SEND") {
            // Its headers, `transaction` too, go with the message, as RabbitMQ's do.
            auto refused = publish(held, receiptWhenStored(held));
            if (refused)
                return fail(*refused);
        } else {
            held.remove("transaction");
            held.remove("receipt"); // answered when the ACK was taken into the transaction
            handleAck(held, held.command == "ACK");
        }
        if (m_state == State::Closed)
            return;
    }
    receiptFor(frame);
}

void StompConnection::handleAbort(const Frame& frame) {
    const auto name = frame.header("transaction");
    if (!name)
        return fail(texts::missingTransaction(frame.command));
    if (!m_transactions.remove(*name))
        return fail(texts::badTransaction(*name));
    receiptFor(frame);
}

} // namespace warren::stomp
