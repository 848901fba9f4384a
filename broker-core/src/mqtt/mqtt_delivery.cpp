// Deliveries to the client: messages from the session's queue and retained messages, within
// the client's window (its Receive Maximum in 5.0), and the acknowledgements that end them.

#include "core/queue.h"
#include "log/logger.h"
#include "mqtt/message_mapping.h"
#include "mqtt/mqtt_connection.h"
#include "mqtt/packet_encoder.h"
#include "mqtt/reason_codes.h"
#include "mqtt/server_limits.h"
#include "mqtt/topic_mapping.h"
#include "services/broker_context.h"

namespace warren::mqtt {

bool MqttConnection::backlogged() const {
    const bool full = m_out.size() + m_transport.pendingWriteBytes() > limits::BacklogHighWater;
    m_deliveriesPaused = m_deliveriesPaused || full;
    return full;
}

bool MqttConnection::windowFull() const {
    const quint16 window = isV5() ? m_clientReceiveMaximum : limits::DefaultDeliveryWindow;
    return m_inFlight.size() >= window;
}

bool MqttConnection::canTakeDelivery() const {
    return m_state == State::Connected && !windowFull() && !backlogged();
}

quint16 MqttConnection::nextPacketId() {
    // Ids in use are skipped; the window keeps far fewer than 65535 in flight.
    do {
        m_lastPacketId = m_lastPacketId == 65535 ? 1 : quint16(m_lastPacketId + 1);
    } while (m_inFlight.count(m_lastPacketId));
    return m_lastPacketId;
}

void MqttConnection::deliver(core::Queue& queue, const core::QueuedMessage& queued) {
    const core::Message& message = *queued.message;
    const QByteArray topic = topicOf(message.routingKey);
    const bool shared = &queue != m_queue.get();
    bool matched = false;
    bool retainAsPublished = false;
    quint8 maximumQos = 0;
    std::vector<quint32> identifiers;
    // §3.8.3.1: a no-local subscription does not get what this connection published.
    const bool ownMessage = message.publisherConnection == m_id;
    for (const Subscription& s : m_subscriptions) {
        // A shared group's queue delivers for that group's subscription only; the session's
        // own queue for every other.
        if (shared ? s.sharedQueue != queue.name() : !s.sharedQueue.isEmpty())
            continue;
        if (!topicMatches(s.topicFilter, topic) || (ownMessage && s.options.noLocal))
            continue;
        matched = true;
        retainAsPublished = retainAsPublished || s.options.retainAsPublished;
        maximumQos = std::max(maximumQos, s.options.maximumQos);
        if (s.identifier)
            identifiers.push_back(*s.identifier);
    }
    if (!matched) {
        // A `$` topic reached a binding of "#" or "+/…" (§4.7.2), which AMQP's topic matching
        // cannot tell, or the client's own message a no-local subscription: not for it.
        queue.ack(queued.id);
        return;
    }
    Publish publish = toPublish(message, queued.expiresAtMs,
                                queued.expiresAtMs ? QDateTime::currentMSecsSinceEpoch() : 0);
    publish.qos = std::min(publish.qos, maximumQos);
    publish.dup = queued.redelivered && publish.qos > 0;
    publish.retain = retainAsPublished && publishedRetained(message);
    if (isV5())
        publish.properties.subscriptionIdentifiers = std::move(identifiers);
    if (m_clientMaximumPacketSize != 0 &&
        encodedSize(publish, m_version) > m_clientMaximumPacketSize) {
        // §3.1.2-25: too large for the client: discarded as if delivered.
        queue.ack(queued.id);
        return;
    }
    if (publish.qos > 0) {
        publish.packetId = nextPacketId();
        std::shared_ptr<core::Queue> owner = shared ? m_shared.at(queue.name()).queue : m_queue;
        m_inFlight[publish.packetId] = InFlight{queued.id, publish.qos, false, owner};
    }
    sendPublish(publish);
    if (publish.qos == 0)
        queue.ack(queued.id);
}

void MqttConnection::sendPublish(Publish& publish) {
    if (!isV5())
        publish.properties = {};
    else if (m_clientTopicAliasMaximum > 0)
        aliasTopic(publish);
    QByteArray& out = m_out.tail();
    const qsizetype before = out.size();
    if (publish.payload.size() >= protocol::OutputBuffer::ShareThreshold) {
        encodePublishHead(publish, m_version, out);
        m_bytesSent += quint64(out.size() - before + publish.payload.size());
        m_out.appendShared(publish.payload);
    } else {
        encode(publish, m_version, out);
        m_bytesSent += quint64(out.size() - before);
    }
    m_transport.flushSoon();
}

void MqttConnection::aliasTopic(Publish& publish) {
    // §3.3.2.3.4: the first PUBLISH of a topic sets its alias, later ones send the alias alone.
    // Aliases go to the first topics until the client's maximum; the rest go in full.
    if (auto it = m_outgoingAliases.constFind(publish.topic); it != m_outgoingAliases.constEnd()) {
        publish.properties.topicAlias = it.value();
        publish.topic.clear();
        return;
    }
    if (m_outgoingAliases.size() >= m_clientTopicAliasMaximum)
        return;
    const quint16 alias = quint16(m_outgoingAliases.size() + 1);
    m_outgoingAliases.insert(publish.topic, alias);
    publish.properties.topicAlias = alias;
}

void MqttConnection::sendRetained(const Subscription& subscription, quint8 grantedQos) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto& entry : m_server.retained().matching(m_vhostName, subscription.filter, now)) {
        Publish publish = std::move(entry.publish);
        publish.qos = std::min(publish.qos, grantedQos);
        publish.retain = true; // §3.3.1.3: sent because of a new subscription
        publish.dup = false;
        auto& expiry = publish.properties.messageExpiryInterval;
        if (expiry)
            expiry = quint32(std::max<qint64>(1, *expiry - (now - entry.storedAtMs) / 1000));
        publish.properties.subscriptionIdentifiers.clear();
        if (subscription.identifier)
            publish.properties.subscriptionIdentifiers.push_back(*subscription.identifier);
        m_retainedToSend.push_back(std::move(publish));
    }
    sendPendingRetained();
}

void MqttConnection::sendPendingRetained() {
    while (!m_retainedToSend.empty() && m_state == State::Connected && !backlogged()) {
        Publish& publish = m_retainedToSend.front();
        if (publish.qos > 0) {
            if (windowFull())
                return;
            publish.packetId = nextPacketId();
            m_inFlight[publish.packetId] = InFlight{0, publish.qos, false, {}};
        }
        if (m_clientMaximumPacketSize == 0 ||
            encodedSize(publish, m_version) <= m_clientMaximumPacketSize)
            sendPublish(publish);
        else if (publish.qos > 0)
            m_inFlight.erase(publish.packetId);
        m_retainedToSend.pop_front();
    }
}

void MqttConnection::handleDeliveryAck(const Acknowledgement& ack) {
    auto it = m_inFlight.find(ack.packetId);
    const bool expected =
        it != m_inFlight.end() &&
        ((ack.type == PacketType::Puback && it->second.qos == 1) ||
         (ack.type == PacketType::Pubrec && it->second.qos == 2 && !it->second.released) ||
         (ack.type == PacketType::Pubcomp && it->second.released));
    if (!expected) {
        // A late or repeated acknowledgement (after a reconnect, say): nothing to do, as in
        // Mosquitto, except that a PUBREC is answered so that the client can finish.
        if (ack.type == PacketType::Pubrec)
            send(Acknowledgement{PacketType::Pubrel,
                                 ack.packetId,
                                 isV5() ? reason::PacketIdentifierNotFound : reason::Success,
                                 {}});
        return;
    }
    InFlight& flight = it->second;
    // The message is the client's from its PUBACK or PUBREC on (§4.3.2, §4.3.3).
    if (auto queue = flight.queue.lock();
        queue && flight.queueMessageId != 0 && !queue->isDeleted())
        queue->ack(flight.queueMessageId);
    flight.queueMessageId = 0;
    if (ack.type == PacketType::Pubrec && ack.reasonCode < reason::UnspecifiedError) {
        flight.released = true;
        send(Acknowledgement{PacketType::Pubrel, ack.packetId, reason::Success, {}});
        return;
    }
    m_inFlight.erase(it);
    sendPendingRetained();
    dispatchAll();
}

} // namespace warren::mqtt
