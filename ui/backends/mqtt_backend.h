#pragma once

#include "backends/broker_backend.h"
#include "backends/connection_profile.h"
#include "backends/mqtt_client.h"

#include <QHash>
#include <QTimer>
#include <memory>
#include <optional>

class MqttTaps;

// Any MQTT broker (Mosquitto, EMQX, HiveMQ, Warren's own MQTT listener…) reached as an MQTT
// client, as MQTT Explorer reaches one: subscribed to "#" and "$SYS/#", it shows the live topic
// tree through the tap, lists and clears retained messages and publishes with QoS and retain.
// MQTT 5 first, 3.1.1 where the broker refuses 5. While the broker cannot be reached or refuses
// the login, it says so (status and alert) and tries again with a growing delay. An MQTT broker
// has no queues, exchanges, users or connections to list: those views are greyed out with the
// reason.
class MqttBackend final : public BrokerBackend {
    Q_OBJECT
public:
    explicit MqttBackend(ConnectionProfile profile, QObject* parent = nullptr);
    ~MqttBackend() override;

    QString displayName() const override;
    QString status() const override { return m_status; }
    QList<warren::ListenerInfo> listeners() const override;
    QString alert() const override { return m_alert; }
    bool canManage() const override { return !m_profile.readOnly; }
    bool canTap() const override { return true; }
    bool supports(Feature feature) const override;
    QString unsupportedReason(Feature feature) const override;
    // Whether a session with the broker is up now.
    bool isConnected() const;
    // The client id the broker knows the console by ("warren-console-…").
    QString clientId() const;
    // How long until the next connection attempt while the broker cannot be reached.
    int nextAttemptMs() const { return m_retry.interval(); }

public slots:
    // A snapshot now, where connected.
    void refresh() override;
    void execute(const warren::Command& command) override;
    // How often snapshots come while connected.
    void setRefreshInterval(int ms) override;

private:
    using Kind = warren::OperationResult::Kind;
    // One per command an MQTT broker can run; execute() refuses the others as any broker does.
    void run(const warren::commands::StartTap& c);
    void run(const warren::commands::StopTap& c);
    void run(const warren::commands::ListRetained& c);
    void run(const warren::commands::DeleteRetained& c);
    void run(const warren::commands::PublishToTopic& c);

    void onConnected();
    void onEnded(const MqttClient::Ending& ending);
    void onPublished(int mid, int reasonCode);
    void setState(const QString& status, const QString& alert);
    // Publishes for `result` and answers it once the broker has the message.
    void publishFor(warren::OperationResult result, const warren::TopicMessage& message);
    // Why a change cannot be made now; empty when it can.
    QString changeRefusal() const;
    QString hostAndPort() const;

    ConnectionProfile m_profile;
    MqttClient::Protocol m_protocol = MqttClient::Protocol::V5;
    std::unique_ptr<MqttClient> m_client;
    std::unique_ptr<MqttTaps> m_taps; // after the client: it holds the client's inbox
    QTimer m_retry;
    QTimer m_poll;
    int m_failures = 0;
    QString m_status;
    QString m_alert;
    // Publishes the broker has yet to acknowledge, by message id, with the retained message
    // they make (or clear) once it does.
    struct Pending {
        warren::OperationResult result;
        std::optional<warren::RetainedMessage> retained;
    };
    QHash<int, Pending> m_pending;
};
