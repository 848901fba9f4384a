#pragma once

#include "amqp091/amqp_error.h"
#include "amqp091/frame_decoder.h"
#include "amqp091/methods.h"
#include "amqp091/partial_body_budget.h"
#include "ops/client_operations.h"
#include "protocol/protocol_session.h"
#include "services/broker_context.h"
#include "services/change_journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>
#include <map>
#include <memory>

namespace warren::amqp091 {

class AmqpChannel;

struct PeerInfo {
    QString peerHost;
    quint16 peerPort = 0;
    QString localHost;
    quint16 localPort = 0;
    bool loopback = false;
};

// The AMQP 0-9-1 connection state machine: handshake (start, tune, open), channel multiplexing,
// heartbeats and connection-level errors. Channels do the class-specific work.
class AmqpConnection final : public protocol::ProtocolSession {
public:
    AmqpConnection(services::BrokerContext& context, protocol::Transport& transport, PeerInfo peer);
    ~AmqpConnection() override;

    void receive(const char* data, qsizetype size) override;
    protocol::OutputBuffer& output() override { return m_out; }
    void transportClosed() override;
    void transportWritable() override;
    void shutdown(const QString& reason) override;
    void fillSnapshot(BrokerSnapshot& snapshot) const override;
    void tick(qint64 nowMs) override;
    void setPublishingBlocked(bool blocked, const QString& reason) override;

    // For channels.
    services::BrokerContext& context() { return m_context; }
    // Changes made until the scope ends are this client's, in the change log.
    services::ChangeJournal::Scope changesByClient() const;
    core::Vhost& vhost() { return *m_vhost; }
    // Who this client is to the operations layer, once connection.open chose the vhost.
    const ops::ClientSession& session() const { return *m_session; }
    const QByteArray& userName() const { return m_user; }
    quint64 id() const { return m_id; }
    QString name() const override { return m_name; }
    bool consumerCancelNotify() const { return m_consumerCancelNotify; }
    bool backlogged() const;
    void sendMethod(quint16 channel, const Method& method);
    // Runs `task` on this connection's thread after the current event (a read, a commit).
    void defer(std::function<void()> task) { m_transport.defer(std::move(task)); }
    void sendContent(quint16 channel, const Method& method, const core::Message& message);
    void log(LogLevel level, const QString& text);
    void fail(const AmqpError& error); // connection-level error: connection.close and wait
    // Sends a reply to a durable declaration once the definition is on disk, reading nothing
    // more from this client meanwhile so that every later reply keeps its order.
    void replyWhenDefinitionsDurable(std::function<void()> reply);
    // A channel is about to publish: under a resource alarm, stop reading until it clears;
    // while Warren cannot keep up (engine/FlowControl), stop reading until it has caught up.
    void publishing();
    // What this connection's channels hold in bodies still arriving.
    PartialBodyBudget& partialBodies() { return m_partialBodies; }

private:
    enum class State {
        AwaitingHeader,
        AwaitingStartOk,
        AwaitingTuneOk,
        AwaitingOpen,
        Open,
        Closing,
        Closed
    };

    void handleFrame(Frame& frame);
    void handleConnectionMethod(Method& method);
    void handleStartOk(ConnectionStartOk& startOk);
    void handleTuneOk(const ConnectionTuneOk& tuneOk);
    // A failed login is answered later (auth/LoginThrottle), by the tick, reading nothing
    // meanwhile; `why` is logged if it starts a burst of failures from this address.
    void holdLoginRefusal(const QString& why, const QByteArray& mechanism);
    void refuseLogin(const AmqpError& refusal);
    void sendClose(const AmqpError& error); // connection.close, then wait for close-ok
    void handleOpen(const ConnectionOpen& open);
    void handleChannelFrame(Frame& frame);
    void sendStart();
    void onHeartbeatTick();
    // After close-ok to the client's connection.close: the client closes the socket.
    void closeAfterPeer();
    void closeNow();
    // Stops heartbeats and deadlines; false when the connection was closed already.
    bool enterClosed();
    void releaseChannels();
    void flush() { m_transport.flushSoon(); }

    services::BrokerContext& m_context;
    protocol::Transport& m_transport;
    PeerInfo m_peer;
    quint64 m_id;
    QString m_name;
    State m_state = State::AwaitingHeader;
    QByteArray m_headerBytes;
    FrameDecoder m_decoder;
    protocol::OutputBuffer m_out;

    QByteArray m_user;
    QByteArray m_clientProduct;
    QJsonObject m_clientProperties; // as the management API shows them
    QString m_connectionName;       // client property connection_name
    core::Vhost* m_vhost = nullptr;
    QByteArray m_vhostName;
    std::optional<ops::ClientSession> m_session; // set with m_vhost
    bool m_consumerCancelNotify = false;
    bool m_authFailureClose = false;
    std::optional<AmqpError> m_loginRefusal; // held until m_deadlineMs
    quint16 m_channelMax = 0;
    quint32 m_frameMax = FrameMinSize;
    quint16 m_heartbeat = 0;
    PartialBodyBudget m_partialBodies; // before m_channels: outlives their bodies
    std::map<quint16, std::unique_ptr<AmqpChannel>> m_channels;

    void processFrames();
    void enterFlow();
    void leaveFlow();
    QString stateName(qint64 nowMs) const;
    // Reading stays paused while any of these holds it.
    bool readingHeld() const {
        return m_inFlow || m_pausedByAlarm || m_awaitingDefinitions || m_loginRefusal;
    }
    // Processes what arrived during a hold, then reads again unless another hold remains.
    void resumeAfterHold();

    bool m_inFlow = false;      // paced by FlowControl: Warren is behind
    qint64 m_lastFlowMs = 0;    // when it was last paced (0: never), for the `flow` state
    quint16 m_frameChannel = 0; // the channel whose frame is being handled
    std::map<quint16, qint64> m_channelFlowMs; // channels whose publish was paced, and when
    bool m_alarm = false;                      // a resource alarm is active
    QString m_alarmReason;
    bool m_pausedByAlarm = false;       // we stopped reading because this client publishes
    bool m_awaitingDefinitions = false; // a declaration's reply waits for its commit
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    bool m_blockedCapability = false;        // the client understands connection.blocked
    mutable bool m_deliveriesPaused = false; // a consumer was refused for a full output buffer
    // Expires with the connection: FlowControl never calls back into a dead one.
    std::shared_ptr<std::function<void()>> m_flowWaiter;

    qint64 m_deadlineMs = 0;      // handshake must finish, or close-ok arrive, by then (0: none)
    qint64 m_nextHeartbeatMs = 0; // next heartbeat tick (0: heartbeats off)
    // Heartbeat bookkeeping by ticks (every heartbeat/2 s) rather than a clock read per frame.
    bool m_receivedSinceTick = true;
    bool m_sentSinceTick = true;
    int m_silentTicks = 0;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;
    QDateTime m_connectedAt;
};

} // namespace warren::amqp091
