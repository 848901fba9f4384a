#pragma once

#include "backends/mqtt_message.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <mutex>
#include <warren/management.h>

// The retained messages an MQTT broker holds, as the console learns them from its subscription
// to everything: the broker sends each topic's retained message right after the subscription,
// and later retained publishes arrive with their retain flag (MQTT 5's retain-as-published).
// Written from libmosquitto's network thread, read from the GUI thread. A broker with more
// retained messages than MaxTopics, or more payload than MaxBytes, is listed only in part rather
// than let the console's memory grow with it.
class MqttRetainedStore final {
public:
    static constexpr int MaxTopics = 100000;
    static constexpr qint64 MaxBytes = 128 * 1024 * 1024;

    // A new subscription: the broker sends every retained message again.
    void clear();
    // A message received with the retain flag set: the topic's retained message now, or (an
    // empty payload) none any more. The first one a subscription brings for a topic is what
    // the broker stored at some earlier time, which MQTT does not say; later ones are live
    // publishes, stored as they arrive.
    void received(const MqttMessage& message);
    // What the console itself made the topic's retained message, once the broker took it.
    void stored(const warren::RetainedMessage& message);

    bool contains(const QString& topic) const;
    qsizetype size() const;
    // Every retained message, by topic.
    QList<warren::RetainedMessage> sorted() const;
    // Whether a topic was left out because the store was full.
    bool isIncomplete() const;

private:
    void putLocked(const warren::RetainedMessage& message);
    void removeLocked(const QString& topic);

    mutable std::mutex m_mutex;
    QMap<QString, warren::RetainedMessage> m_messages;
    qint64 m_bytes = 0;
    bool m_incomplete = false;
};
