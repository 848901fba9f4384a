#pragma once

#include "mqtt/packets.h"
#include "mqtt/retained_messages.h"

#include <QHash>
#include <QSet>

namespace warren::services {
struct BrokerContext;
}

namespace warren::mqtt {

class MqttConnection;

// What a persistent session keeps between connections besides its subscription queue (which
// is a durable queue of the vhost, bound to the topic exchange once per subscription): the
// QoS 2 exchanges still under way, so that exactly-once holds across a reconnect (§4.3.3).
struct SessionState {
    QSet<quint16> awaitingRelease;  // PUBLISH QoS 2 received and routed; PUBREL not yet
    QSet<quint16> awaitingComplete; // PUBREL sent for our PUBLISH QoS 2; PUBCOMP not yet
};

// A will waiting for its delay (§3.1.3.2.2), and what it needs to be published then: who sent
// it, where, and when.
struct PendingWill {
    QByteArray vhost;
    QByteArray user;
    QByteArray clientId;
    QByteArray exchange;
    Publish publish;
    qint64 dueMs = 0;
};

// The MQTT side of the broker, shared by every MQTT connection (over TCP, TLS and WebSocket):
// which client ids are connected (a second CONNECT with one takes the session over, §3.1.4),
// the state of persistent sessions while their clients are away, and the retained messages.
class MqttServer {
public:
    explicit MqttServer(services::BrokerContext& context);

    services::BrokerContext& context() { return m_context; }
    RetainedMessages& retained() { return m_retained; }

    // The connection now holding `clientId` in `vhost`; returns the one that held it before.
    MqttConnection* claim(const QByteArray& vhost, const QByteArray& clientId,
                          MqttConnection* connection);
    // `connection` is gone; the id is free unless another connection took it over meanwhile.
    void release(const QByteArray& vhost, const QByteArray& clientId, MqttConnection* connection);
    qsizetype connectedCount() const { return m_connected.size(); }

    // The state a persistent session left behind (empty if none), removed from here.
    SessionState takeSession(const QByteArray& vhost, const QByteArray& clientId);
    void keepSession(const QByteArray& vhost, const QByteArray& clientId, SessionState state);
    void dropSession(const QByteArray& vhost, const QByteArray& clientId);

    // A will to publish at its time, unless the client connects again first (cancelWill).
    void scheduleWill(PendingWill will);
    void cancelWill(const QByteArray& vhost, const QByteArray& clientId);
    qsizetype pendingWills() const { return m_wills.size(); }
    // Called by the engine a few times a second: publishes the wills that are due.
    void tick(qint64 nowMs);

private:
    static QByteArray keyOf(const QByteArray& vhost, const QByteArray& clientId) {
        return vhost + '\0' + clientId;
    }

    services::BrokerContext& m_context;
    QHash<QByteArray, MqttConnection*> m_connected;
    QHash<QByteArray, SessionState> m_sessions;
    QHash<QByteArray, PendingWill> m_wills; // by vhost and client id
    RetainedMessages m_retained;
};

} // namespace warren::mqtt
