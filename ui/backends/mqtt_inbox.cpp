#include "backends/mqtt_inbox.h"

void MqttInbox::setCapturing(bool capturing) {
    m_capturing.store(capturing, std::memory_order_relaxed);
    if (!capturing) {
        const std::lock_guard lock(m_mutex);
        m_held = {};
        m_bytes = 0;
    }
}

void MqttInbox::put(MqttMessage message) {
    if (!isCapturing())
        return;
    const std::lock_guard lock(m_mutex);
    if (m_held.messages.size() >= MaxMessages || m_bytes + message.payload.size() > MaxBytes) {
        ++m_held.dropped;
        return;
    }
    m_bytes += message.payload.size();
    m_held.messages.append(std::move(message));
}

MqttInbox::Batch MqttInbox::take() {
    const std::lock_guard lock(m_mutex);
    Batch taken = std::move(m_held);
    m_held = {};
    m_bytes = 0;
    return taken;
}
