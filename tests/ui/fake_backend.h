#pragma once

#include "backends/broker_backend.h"

// A backend the test drives by hand: whatever it emits, the window must show.
class FakeBackend final : public BrokerBackend {
    Q_OBJECT
public:
    using BrokerBackend::BrokerBackend;

    QString displayName() const override { return QStringLiteral("Fake broker"); }
    QString status() const override { return m_status; }
    QList<warren::ListenerInfo> listeners() const override { return m_listeners; }
    void refresh() override { ++m_refreshCount; }

    int refreshCount() const { return m_refreshCount; }

    void announceStatus(const QString& status) {
        m_status = status;
        emit statusChanged(status);
    }

    void announceListeners(const QList<warren::ListenerInfo>& listeners) {
        m_listeners = listeners;
        emit listenersChanged(listeners);
    }

    // Lets a test preset what the window should find when it is created.
    void presetState(const QString& status, const QList<warren::ListenerInfo>& listeners) {
        m_status = status;
        m_listeners = listeners;
    }

private:
    QString m_status;
    QList<warren::ListenerInfo> m_listeners;
    int m_refreshCount = 0;
};
