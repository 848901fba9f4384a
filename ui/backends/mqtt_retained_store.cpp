#include "backends/mqtt_retained_store.h"

static_assert(MqttMessage::MaxPayloadBytes <= warren::RetainedMessage::MaxPayloadBytes);

void MqttRetainedStore::clear() {
    const std::lock_guard lock(m_mutex);
    m_messages.clear();
    m_bytes = 0;
    m_incomplete = false;
}

void MqttRetainedStore::received(const MqttMessage& message) {
    const std::lock_guard lock(m_mutex);
    if (message.payloadSize == 0) {
        removeLocked(message.topic);
        return;
    }
    warren::RetainedMessage retained;
    retained.topic = message.topic;
    retained.payload = message.payload;
    retained.payloadSize = message.payloadSize;
    retained.qos = message.qos;
    retained.contentType = message.contentType;
    // Seen before in this subscription: a live publish, stored by the broker as it arrived.
    if (m_messages.contains(message.topic))
        retained.storedAt = QDateTime::fromMSecsSinceEpoch(message.receivedAtMs, Qt::UTC);
    putLocked(retained);
}

void MqttRetainedStore::stored(const warren::RetainedMessage& message) {
    const std::lock_guard lock(m_mutex);
    if (message.payloadSize == 0)
        removeLocked(message.topic);
    else
        putLocked(message);
}

void MqttRetainedStore::putLocked(const warren::RetainedMessage& message) {
    const auto existing = m_messages.constFind(message.topic);
    const qint64 replaced = existing == m_messages.cend() ? 0 : existing->payload.size();
    const bool isNew = existing == m_messages.cend();
    if ((isNew && m_messages.size() >= MaxTopics) ||
        m_bytes - replaced + message.payload.size() > MaxBytes) {
        m_incomplete = true;
        return;
    }
    m_bytes += message.payload.size() - replaced;
    m_messages.insert(message.topic, message);
}

void MqttRetainedStore::removeLocked(const QString& topic) {
    const auto it = m_messages.constFind(topic);
    if (it == m_messages.cend())
        return;
    m_bytes -= it->payload.size();
    m_messages.erase(it);
}

bool MqttRetainedStore::contains(const QString& topic) const {
    const std::lock_guard lock(m_mutex);
    return m_messages.contains(topic);
}

qsizetype MqttRetainedStore::size() const {
    const std::lock_guard lock(m_mutex);
    return m_messages.size();
}

QList<warren::RetainedMessage> MqttRetainedStore::sorted() const {
    const std::lock_guard lock(m_mutex);
    return m_messages.values(); // QMap keeps them by topic
}

bool MqttRetainedStore::isIncomplete() const {
    const std::lock_guard lock(m_mutex);
    return m_incomplete;
}
