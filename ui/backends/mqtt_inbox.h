#pragma once

#include "backends/mqtt_message.h"

#include <QList>
#include <atomic>
#include <mutex>

// Messages handed from libmosquitto's network thread to the GUI thread, which collects them a
// few times a second. A flood must not grow memory or the GUI's event queue: the inbox holds
// at most MaxMessages messages and MaxBytes of payload, counts what it turns away, and takes
// nothing at all while nobody is capturing (no live tap runs).
class MqttInbox final {
public:
    static constexpr int MaxMessages = 2000; // TapBatch::MaxMessagesPerBatch
    static constexpr qint64 MaxBytes = 32 * 1024 * 1024;

    struct Batch {
        QList<MqttMessage> messages;
        quint64 dropped = 0; // turned away since the last take()
    };

    // Any thread.
    void setCapturing(bool capturing);
    bool isCapturing() const { return m_capturing.load(std::memory_order_relaxed); }
    // From the network thread: keeps `message` if capturing and there is room.
    void put(MqttMessage message);
    // Everything held, and how much was turned away, since the last take().
    Batch take();

private:
    std::atomic<bool> m_capturing{false};
    mutable std::mutex m_mutex;
    Batch m_held;
    qint64 m_bytes = 0;
};
