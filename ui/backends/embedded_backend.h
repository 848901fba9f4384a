#pragma once

#include "backends/broker_backend.h"

#include <QPointer>
#include <optional>
#include <warren/broker.h>

// Presents the in-process warren::Broker as a BrokerBackend. The broker stays
// owned by the caller; this only forwards its signals in the views' vocabulary.
class EmbeddedBackend final : public BrokerBackend {
    Q_OBJECT
public:
    explicit EmbeddedBackend(warren::Broker* broker, QObject* parent = nullptr);
    ~EmbeddedBackend() override;

    QString displayName() const override;
    QString status() const override;
    QList<warren::ListenerInfo> listeners() const override;
    bool canPeekMessages() const override { return true; }
    bool canManage() const override { return true; }
    bool canControl() const override { return true; }
    bool canTap() const override { return true; }
    // Warren's engine applies no policies; everything else is here.
    // Everything but RabbitMQ's other queue types; MQTT's retained messages and topics too.
    bool supports(Feature feature) const override { return feature != Feature::QueueTypes; }
    QString unsupportedReason(Feature feature) const override;
    bool isRunning() const override { return running(); }
    warren::BrokerConfig brokerConfig() const override;

    // The translated word the status bar shows for a broker state.
    static QString stateName(warren::Broker::State state);

public slots:
    void refresh() override;
    void execute(const warren::Command& command) override;
    void startBroker() override;
    void stopBroker() override;
    void restartBroker() override;
    void reconfigureBroker(const warren::BrokerConfig& config) override;
    void setRefreshInterval(int ms) override;

private:
    void onStateChanged(warren::Broker::State state);
    void onListening(const warren::ListenerInfo& listener);
    void onSnapshot(const warren::BrokerSnapshot& snapshot);
    void setListeners(const QList<warren::ListenerInfo>& listeners);
    bool running() const;

    // QPointer because the app may tear the broker down before the window.
    QPointer<warren::Broker> m_broker;
    QString m_status;
    QList<warren::ListenerInfo> m_listeners;
    bool m_restartWhenStopped = false;
    // What the broker starts on once the stop a reconfiguration asked for has finished.
    std::optional<warren::BrokerConfig> m_configWhenStopped;
};
