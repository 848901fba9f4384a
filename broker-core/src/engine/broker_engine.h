#pragma once

#include "engine/memory_trimmer.h"
#include "engine/store_write_alarm.h"
#include "ops/clients.h"
#include "protocol/endpoints.h"
#include "protocol/protocol_registry.h"
#include "services/broker_context.h"
#include "services/change_journal.h"
#include "services/deadline_timer.h"
#include "services/durable_definitions.h"
#include "services/durable_messages.h"
#include "services/message_tap_hub.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>
#include <warren/command.h>
#include <warren/management.h>
#include <warren/snapshot.h>
#include <warren/tapped_message.h>

class QTcpServer;
class QWebSocket;

namespace warren::mqtt {
class ConsoleTopics;
class MqttServer;
} // namespace warren::mqtt

namespace warren::net {
class SocketConnection;
class TcpListener;
class EpollPoller;
class SocketWriter;
class TlsContext;
class TlsTunnel;
class WebSocketAcceptor;
using SocketEndpoints = protocol::Endpoints;
} // namespace warren::net

namespace warren::http {
class ManagementServer;
}

namespace warren::services {
class FlowControl;
}

namespace warren::engine {
class ConnectionAdmission;
class StoreKeyRotation;
} // namespace warren::engine

namespace warren {

// Everything that runs on the broker thread: listeners, connections, vhosts, users, snapshots.
// Broker (the public façade) owns it and talks to it only through queued calls and signals.
class BrokerEngine : public QObject, private ops::Clients {
    Q_OBJECT
public:
    explicit BrokerEngine(BrokerConfig config, QObject* parent = nullptr);
    ~BrokerEngine() override;

public slots:
    void start();
    void stop();
    void takeSnapshot();
    void rotateStoreKey();
    // Only between runs: Broker refuses a new config while this is running.
    void setConfig(const warren::BrokerConfig& config);
    void setSnapshotInterval(int ms);
    // A console operation (ops::execute as the console), answered once through
    // operationFinished under `requestId`.
    void execute(quint64 requestId, const warren::Command& command);

signals:
    void listening(const warren::ListenerInfo& listener);
    void started();
    void startFailed(const QString& reason);
    void stopped();
    void snapshotReady(const warren::BrokerSnapshot& snapshot);
    void logRecorded(const warren::LogRecord& record);
    void operationFinished(const warren::OperationResult& result);
    void tapUpdated(const warren::TapBatch& batch);

private:
    // ops::Clients: what the operations ask of the connections this engine owns.
    std::optional<QString> connectionUser(const QString& name) const override;
    bool closeConnectionNamed(const QString& name, const QString& reason,
                              const QString& by) override;
    bool vhostInUse(const QString& vhost) const override;
    net::SocketConnection* connectionNamed(const QString& name) const;
    void finishStop();
    // Reports a console operation under its request id.
    std::function<void(OperationResult)> reporter(quint64 requestId);
    bool startListener(const ListenerSpec& spec, QString* error);
    // The protocols Warren speaks, each with its listener scheme and session factory.
    void registerProtocols();
    // Built when the first HTTP client connects.
    http::ManagementServer& managementServer();
    // A client of `protocol`'s listener: admitted, wrapped in TLS if the listener says so, and
    // served by a session from the listener's `factory`.
    void accept(int descriptor, const protocol::ProtocolDescriptor& protocol,
                const protocol::SessionFactory& factory);
    // A session from `factory` on `descriptor` for a client admitted from `source`; `endpoints`
    // when the descriptor is a TLS tunnel's end rather than the client's socket.
    void serve(int descriptor, const QHostAddress& source, const protocol::SessionFactory& factory,
               const net::SocketEndpoints* endpoints = nullptr, bool releasesAdmission = true);
    // Counts a new client against the connection limits; over them, closes it and says so.
    std::optional<QHostAddress> admit(int descriptor);
    // `releasesAdmission`: the connection's end gives its admission back (a WebSocket's is
    // given back when its TCP socket goes).
    void track(net::SocketConnection* connection, const QHostAddress& source,
               bool releasesAdmission = true);
    // A client of the ws listener: Qt WebSockets does the handshake; then the protocol its path
    // names serves it over a WebSocketTunnel.
    void acceptWebSocket(int descriptor, const QHostAddress& source);
    void serveWebSocket(QWebSocket* socket);
    static quint64 descriptorLimit();
    // One log line per burst of the same trouble, with how many went unlogged since.
    void warnOncePerBurst(const QString& what, const QString& text);
    BrokerSnapshot buildSnapshot();
    void addRates(BrokerSnapshot& snapshot);

    std::optional<QString> openStore();
    // Changes made through this API are the console's (the HTTP API has its own way in).
    services::ChangeJournal::Scope changesByConsole();

    services::BrokerContext m_context;
    std::unique_ptr<store::MessageStore> m_store;
    std::unique_ptr<services::DurableDefinitions> m_definitions;
    std::unique_ptr<services::DurableMessages> m_messages;
    std::unique_ptr<engine::StoreWriteAlarm> m_storeWriteAlarm;
    services::FlowControl* m_flow = nullptr; // a child: lives as long as the engine
    // Parented so that they move to the broker thread with the engine.
    log::Logger m_logger;
    std::unique_ptr<services::ChangeJournal> m_changes; // logs into m_logger
    // MQTT's shared state (client ids, sessions, retained messages), for every MQTT listener.
    std::shared_ptr<mqtt::MqttServer> m_mqtt;
    std::unique_ptr<mqtt::ConsoleTopics> m_consoleTopics; // m_context.topics
    protocol::ProtocolRegistry m_protocols;
    std::vector<net::TcpListener*> m_servers; // one per listener, whatever its protocol
    // Serves every HTTP session; they hold a reference, so it goes after them.
    std::unique_ptr<http::ManagementServer> m_http;
    net::WebSocketAcceptor* m_webSockets = nullptr; // handshakes of ws clients; a child
    QList<ListenerInfo> m_listeners;
    QList<net::SocketConnection*> m_connections;
    std::unique_ptr<engine::ConnectionAdmission> m_admission; // while running
    struct BurstLog {
        QElapsedTimer since;
        int unlogged = 0;
    };
    static constexpr qint64 BurstLogIntervalMs = 10'000;
    QHash<QString, BurstLog> m_bursts;
    QTimer m_snapshotTimer;
    QTimer m_tickTimer; // deadlines and heartbeats of every connection
    // Message TTLs and x-expires of every queue. A child, so it moves to the broker thread.
    services::DeadlineTimer m_deadlines{m_context, core::SystemClock::instance(), this};
    services::MessageTapHub m_taps;
    net::EpollPoller* m_poller = nullptr;
    std::unique_ptr<net::SocketWriter> m_writer; // while running, unless configured off
    std::unique_ptr<net::TlsContext> m_tls;      // with an amqps listener
    bool m_running = false;
    std::unique_ptr<engine::StoreKeyRotation> m_keyRotation; // watches m_store: reset first
    void checkResources();
    QString alarmReason() const;
    quint64 m_memoryWatermark = 0;
    engine::MemoryTrimmer m_memoryTrimmer; // returns freed memory after large purges and drains
    bool m_memoryAlarm = false;
    bool m_diskAlarm = false;
    bool m_storeAlarm = false; // the store's writes fail (see StoreWriteAlarm)
    QElapsedTimer m_stopDeadline;
    QDateTime m_startedAt; // for the snapshot's uptime

    // Counters of the previous snapshot, for rates.
    struct Previous {
        qint64 atMs = 0;
        QHash<QString, std::array<quint64, 4>> queues;
        QHash<QString, std::array<quint64, 2>> exchanges;
        QHash<QString, std::array<quint64, 2>> connections;
    } m_previous;
};

} // namespace warren
