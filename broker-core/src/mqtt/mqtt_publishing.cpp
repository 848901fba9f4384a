// PUBLISH from the client: topic aliases, routing through the topic exchange, retained
// messages, and the PUBACK/PUBREC/PUBCOMP owed for it, in order, once it is durable.

#include "core/vhost.h"
#include "log/logger.h"
#include "mqtt/mqtt_connection.h"
#include "mqtt/packet_encoder.h"
#include "mqtt/publish_route.h"
#include "mqtt/reason_codes.h"
#include "mqtt/server_limits.h"
#include "mqtt/topic_mapping.h"
#include "services/broker_context.h"
#include "services/flow_control.h"

namespace warren::mqtt {

namespace {

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}
} // namespace

void MqttConnection::handlePublish(Publish& publish) {
    Properties& p = publish.properties;
    if (p.topicAlias) {
        const quint16 alias = *p.topicAlias;
        if (alias == 0 || alias > limits::TopicAliasMaximum)
            return protocolError(reason::TopicAliasInvalid,
                                 QStringLiteral("topic alias %1 out of range").arg(alias));
        if (publish.topic.isEmpty()) {
            auto it = m_topicAliases.constFind(alias);
            if (it == m_topicAliases.constEnd())
                return protocolError(reason::ProtocolError,
                                     QStringLiteral("unknown topic alias %1").arg(alias));
            publish.topic = it.value();
        } else {
            m_topicAliases.insert(alias, publish.topic);
        }
        p.topicAlias.reset();
    }
    if (!isValidTopicName(publish.topic))
        return protocolError(
            reason::ProtocolError, // as Mosquitto words it
            QStringLiteral("invalid topic name '%1' in PUBLISH").arg(text(publish.topic)));
    if (publish.qos > 0 && m_inboundInFlight >= limits::InboundReceiveMaximum)
        return protocolError(reason::ReceiveMaximumExceeded,
                             QStringLiteral("more than %1 QoS 1 and 2 PUBLISHes unacknowledged")
                                 .arg(limits::InboundReceiveMaximum));
    if (publish.qos == 2 && m_sessionState.awaitingRelease.contains(publish.packetId)) {
        // §4.3.3: a resent QoS 2 PUBLISH whose PUBREL has not come is not routed again.
        const quint64 sequence = queueAck(PacketType::Pubrec, publish.packetId);
        ackReady(sequence, reason::Success);
        return;
    }
    publishing();
    if (publish.qos == 0) {
        if (auto refused = route(publish, [](quint8) {})) {
            if (!isV5())
                protocolError(reason::NotAuthorized, refused->text);
        }
        return;
    }
    const PacketType answer = publish.qos == 1 ? PacketType::Puback : PacketType::Pubrec;
    const quint64 sequence = queueAck(answer, publish.packetId);
    ++m_inboundInFlight;
    if (publish.qos == 2)
        m_sessionState.awaitingRelease.insert(publish.packetId);
    auto refused = route(publish, [this, alive = std::weak_ptr<bool>(m_alive), sequence,
                                   packetId = publish.packetId](quint8 reasonCode) {
        if (alive.expired() || m_state == State::Closed)
            return;
        if (reasonCode >= reason::UnspecifiedError)
            m_sessionState.awaitingRelease.remove(packetId);
        ackReady(sequence, reasonCode);
    });
    if (refused) {
        if (!isV5())
            return protocolError(reason::NotAuthorized, refused->text);
        m_sessionState.awaitingRelease.remove(publish.packetId);
        ackReady(sequence, reason::NotAuthorized);
    }
}

std::optional<core::Error> MqttConnection::route(const Publish& publish,
                                                 std::function<void(quint8)> done) {
    auto refused = routePublish({m_server, *m_session, m_exchange, m_lastAllowedExchange, isV5()},
                                publish, std::move(done));
    if (refused && !std::exchange(m_refusalLogged, true))
        log(LogLevel::Warning, QStringLiteral("refused a PUBLISH of client '%1' to '%2': %3 "
                                              "(further refusals are not logged)")
                                   .arg(text(m_clientId), text(publish.topic), refused->text));
    return refused;
}

void MqttConnection::publishWill() {
    if (!m_will || !m_session)
        return;
    const Will will = std::move(*m_will);
    m_will.reset();
    Publish publish;
    publish.topic = will.topic;
    publish.payload = will.payload;
    publish.qos = will.qos;
    publish.retain = will.retain;
    publish.properties = will.properties;
    publish.properties.willDelayInterval.reset(); // not a PUBLISH property
    // §3.1.3.2.2: the will waits for its delay, or for the end of the session if that comes
    // first; a new connection of the client meanwhile cancels it.
    const quint32 delaySeconds =
        isV5() ? std::min(will.properties.willDelayInterval.value_or(0), m_sessionExpirySeconds)
               : 0;
    if (delaySeconds > 0) {
        m_server.scheduleWill({m_vhostName, m_user, m_clientId, m_exchange, std::move(publish),
                               QDateTime::currentMSecsSinceEpoch() + qint64(delaySeconds) * 1000});
        return;
    }
    const auto byClient = changesByClient();
    if (auto refused = route(publish, [](quint8) {}))
        log(LogLevel::Warning, QStringLiteral("the will of client '%1' to '%2' was refused: %3")
                                   .arg(text(m_clientId), text(will.topic), refused->text));
}

void MqttConnection::handlePubrel(const Acknowledgement& pubrel) {
    const bool known = m_sessionState.awaitingRelease.remove(pubrel.packetId);
    if (known && m_inboundInFlight > 0)
        --m_inboundInFlight;
    const quint64 sequence = queueAck(PacketType::Pubcomp, pubrel.packetId);
    // An unknown id is completed all the same, as Mosquitto does: the client only wants to
    // finish an exchange the broker has already forgotten.
    ackReady(sequence, reason::Success);
}

quint64 MqttConnection::queueAck(PacketType type, quint16 packetId) {
    m_pendingAcks.push_back(PendingAck{type, packetId, 0, false});
    return m_firstAckSequence + m_pendingAcks.size() - 1;
}

void MqttConnection::ackReady(quint64 sequence, quint8 reasonCode) {
    const quint64 index = sequence - m_firstAckSequence;
    if (index >= quint64(m_pendingAcks.size()))
        return;
    PendingAck& ack = m_pendingAcks[index];
    ack.ready = true;
    ack.reasonCode = reasonCode;
    flushAcks();
}

void MqttConnection::flushAcks() {
    bool sent = false;
    while (!m_pendingAcks.empty() && m_pendingAcks.front().ready) {
        const PendingAck ack = m_pendingAcks.front();
        m_pendingAcks.pop_front();
        ++m_firstAckSequence;
        // A QoS 1 exchange ends with its PUBACK, a refused QoS 2 one with its PUBREC.
        if ((ack.type == PacketType::Puback ||
             (ack.type == PacketType::Pubrec && ack.reasonCode >= reason::UnspecifiedError)) &&
            m_inboundInFlight > 0)
            --m_inboundInFlight;
        QByteArray& out = m_out.tail();
        const qsizetype before = out.size();
        encode(Acknowledgement{ack.type, ack.packetId, ack.reasonCode, {}}, m_version, out);
        m_bytesSent += quint64(out.size() - before);
        sent = true;
    }
    if (sent)
        m_transport.flushSoon();
}

void MqttConnection::publishing() {
    if (m_alarm) {
        if (!m_pausedByAlarm) {
            m_pausedByAlarm = true;
            m_transport.pauseReading();
        }
        return;
    }
    // Only Warren's own backlogs count, never a queue's (as for AMQP 0-9-1).
    if (!m_inFlow && m_context.flow && m_context.flow->behind())
        enterFlow();
}

void MqttConnection::enterFlow() {
    m_inFlow = true;
    m_transport.pauseReading();
    if (!m_flowWaiter)
        m_flowWaiter = std::make_shared<std::function<void()>>([this] {
            if (!m_inFlow || m_state == State::Closed)
                return;
            m_inFlow = false;
            resumeReading();
        });
    m_context.flow->wait(m_flowWaiter);
}

void MqttConnection::resumeReading() {
    if (readingHeld())
        return;
    processPackets(); // packets that arrived before the hold
    if (!readingHeld() && m_state != State::Closed) {
        // Time spent held is not the client's silence.
        m_lastReceivedMs = QDateTime::currentMSecsSinceEpoch();
        m_transport.resumeReading();
    }
}

void MqttConnection::setPublishingBlocked(bool blocked, const QString& reason) {
    Q_UNUSED(reason);
    if (m_alarm == blocked)
        return;
    m_alarm = blocked;
    if (!blocked && m_pausedByAlarm) {
        m_pausedByAlarm = false;
        resumeReading();
    }
}

} // namespace warren::mqtt
