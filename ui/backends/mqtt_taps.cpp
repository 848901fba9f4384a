#include "backends/mqtt_taps.h"

#include <utility>

static_assert(MqttMessage::MaxPayloadBytes <= warren::TapBatch::MaxBodyBytes);
static_assert(MqttInbox::MaxMessages <= warren::TapBatch::MaxMessagesPerBatch);

MqttTaps::MqttTaps(MqttInbox* inbox, QObject* parent)
    : QObject(parent)
    , m_inbox(inbox) {
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MqttTaps::deliver);
}

MqttTaps::~MqttTaps() {
    m_inbox->setCapturing(false);
}

warren::TappedMessage MqttTaps::tapped(const MqttMessage& message) {
    warren::TappedMessage m;
    m.publishedAtMs = message.receivedAtMs;
    m.routingKey = message.topic;
    m.properties = {{QStringLiteral("qos"), QString::number(message.qos)},
                    {QStringLiteral("retain"),
                     message.retain ? QStringLiteral("true") : QStringLiteral("false")}};
    m.properties += message.properties;
    m.headers = message.userProperties;
    m.body = message.payload;
    m.bodySize = message.payloadSize;
    return m;
}

void MqttTaps::start(quint64 tapId) {
    if (m_taps.isEmpty()) {
        m_inbox->take(); // what arrived before belongs to no tap
        m_inbox->setCapturing(true);
        m_timer.start();
    }
    if (!m_taps.contains(tapId))
        m_taps.append(tapId);
}

bool MqttTaps::stop(quint64 tapId) {
    if (!m_taps.removeOne(tapId))
        return false;
    if (m_taps.isEmpty()) {
        m_timer.stop();
        m_inbox->setCapturing(false);
    }
    return true;
}

void MqttTaps::endAll(const QString& reason) {
    deliver(); // what arrived before the end is still theirs
    const QList<quint64> ended = std::exchange(m_taps, {});
    m_timer.stop();
    m_inbox->setCapturing(false);
    for (quint64 id : ended) {
        warren::TapBatch last;
        last.tapId = id;
        last.error = reason;
        emit tapUpdated(last);
    }
}

void MqttTaps::deliver() {
    const MqttInbox::Batch arrived = m_inbox->take();
    if (arrived.messages.isEmpty() && arrived.dropped == 0)
        return;
    QList<warren::TappedMessage> messages;
    messages.reserve(arrived.messages.size());
    for (const MqttMessage& message : arrived.messages)
        messages.append(tapped(message));
    // A copy per tap: a slot may stop a tap, or start one, while batches go out.
    const QList<quint64> taps = m_taps;
    for (quint64 id : taps) {
        if (!m_taps.contains(id))
            continue;
        warren::TapBatch batch;
        batch.tapId = id;
        batch.messages = messages;
        batch.dropped = arrived.dropped;
        emit tapUpdated(batch);
    }
}
