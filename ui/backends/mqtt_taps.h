#pragma once

#include "backends/mqtt_inbox.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <warren/tapped_message.h>

// The live taps on an MQTT broker. The console is subscribed to every topic anyway, so a tap is
// only a window on what arrives: while any runs, the inbox captures messages, and every
// IntervalMs each tap gets what arrived since, as a TapBatch under its id, bounded to
// TapBatch::MaxMessagesPerBatch with the rest counted as dropped.
class MqttTaps final : public QObject {
    Q_OBJECT
public:
    static constexpr int IntervalMs = 250;

    explicit MqttTaps(MqttInbox* inbox, QObject* parent = nullptr);
    ~MqttTaps() override;

    void start(quint64 tapId);
    // False when no such tap runs.
    bool stop(quint64 tapId);
    // Ends every tap with a batch carrying `reason`.
    void endAll(const QString& reason);
    bool isEmpty() const { return m_taps.isEmpty(); }

    // How the console shows an MQTT message in the tap: its topic as the routing key, no
    // exchange, QoS and retain among the properties, MQTT 5's user properties as headers.
    static warren::TappedMessage tapped(const MqttMessage& message);

signals:
    void tapUpdated(const warren::TapBatch& batch);

private:
    void deliver();

    MqttInbox* m_inbox;
    QTimer m_timer;
    QList<quint64> m_taps;
};
