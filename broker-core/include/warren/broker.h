#pragma once

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <warren/broker_config.h>
#include <warren/command.h>
#include <warren/log_record.h>
#include <warren/management.h>
#include <warren/peeked_message.h>
#include <warren/snapshot.h>
#include <warren/tapped_message.h>
#include <warren/version.h>

class QThread;

namespace warren {

class BrokerEngine;

// The embedded broker. It runs on a thread of its own; every call here returns
// at once and results arrive as signals on the caller's thread.
class Broker : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    explicit Broker(BrokerConfig config, QObject* parent = nullptr);
    ~Broker() override; // stops the broker and waits for its thread

    const BrokerConfig& config() const { return m_config; }
    State state() const { return m_state; }
    QList<ListenerInfo> listeners() const { return m_listeners; }

    // Replaces the configuration for the next start (the console's broker settings). Refused,
    // returning false, unless the broker is Stopped or Failed: listeners, store and limits are
    // taken once at start, and a running broker would only half follow a new config.
    bool setConfig(BrokerConfig config);

public slots:
    void start();
    void stop();
    void requestSnapshot();
    // How often observers get a snapshot, in milliseconds (0: only on request); takes effect
    // at once, running or not, and is kept for later starts.
    void setSnapshotInterval(int ms);
    // Starts re-encrypting the store under a fresh key (what SIGHUP asks for). Progress, the
    // end, and a refusal (keys from WARREN_STORE_KEY, a rotation already running) are logged.
    void rotateStoreKey();

public:
    // Copies of up to `count` messages at the head of a queue, without consuming them; the
    // answer arrives as messagesPeeked with the returned request id.
    quint64 peekMessages(const QString& vhost, const QString& queue, int count);
    // A change or query from the console, answered once through operationFinished with the
    // returned id.
    quint64 execute(const warren::Command& command);
    // Changes from the console; each answers once through operationFinished with the id.
    quint64 declareQueue(const warren::QueueDefinition& definition);
    quint64 deleteQueue(const QString& vhost, const QString& queue);
    quint64 purgeQueue(const QString& vhost, const QString& queue);
    quint64 publishMessage(const warren::OutgoingMessage& message);
    // An import: OperationResult::count of them reached a queue, skipped reached none.
    quint64 publishMessages(const QList<warren::OutgoingMessage>& messages);
    // Moves, copies or requeues dead-lettered messages chosen in a peek (see MessageTransfer).
    quint64 transferMessages(const warren::MessageTransfer& transfer);
    quint64 declareExchange(const warren::ExchangeDefinition& definition);
    quint64 deleteExchange(const QString& vhost, const QString& exchange);
    quint64 addBinding(const warren::BindingDefinition& binding);
    quint64 removeBinding(const warren::BindingDefinition& binding);
    // Everything the broker is configured with, in RabbitMQ's definitions format (as GET
    // /api/definitions); arrives as definitionsExported with the returned id.
    quint64 exportDefinitions();
    // RabbitMQ's policies (Kind::PutPolicy, DeletePolicy): applied at once to the vhost's queues
    // and exchanges, answered once on disk; a bad pattern or definition is refused with
    // RabbitMQ's "Validation failed" reason.
    quint64 putPolicy(const warren::PolicyDefinition& policy);
    quint64 deletePolicy(const QString& vhost, const QString& name);
    // Applies such a document (Kind::ImportDefinitions): what exists is updated, nothing is
    // removed; the answer comes once every change is committed.
    quint64 importDefinitions(const QJsonObject& definitions);
    quint64 putUser(const warren::UserDefinition& user);
    quint64 deleteUser(const QString& name);
    quint64 setPermission(const warren::PermissionDefinition& permission);
    quint64 clearPermission(const QString& user, const QString& vhost);
    quint64 setTopicPermission(const warren::TopicPermissionDefinition& permission);
    quint64 clearTopicPermission(const QString& user, const QString& vhost,
                                 const QString& exchange);
    quint64 addVhost(const QString& name);
    quint64 deleteVhost(const QString& name);
    // What `user` may do with `resource` in `vhost`: OperationResult::granted.
    quint64 checkAccess(const QString& user, const QString& vhost, const QString& resource);
    // Whether `user` may publish and bind with `routingKey` on the topic exchange `exchange`
    // in `vhost`, by its topic permissions: OperationResult::granted ("write", "read").
    quint64 checkTopicAccess(const QString& user, const QString& vhost, const QString& exchange,
                             const QString& routingKey);
    // Closes a client connection (named as in snapshots) with AMQP's 320 CONNECTION_FORCED
    // and the reason, as RabbitMQ's management UI does.
    quint64 closeConnection(const QString& name, const QString& reason);
    // Where a message would go, without publishing it: OperationResult::queues.
    quint64 testRoute(const warren::OutgoingMessage& message);
    // Starts copying what is published to `exchange` of `vhost` (nullopt: every exchange of
    // it; "" is the default exchange), without taking anything from any queue. Batches arrive as
    // tapUpdated with the returned id as their tapId until stopTap(); one with an error says it did
    // not start or has ended.
    quint64 startTap(const QString& vhost, const std::optional<QString>& exchange);
    void stopTap(quint64 tapId);

signals:
    void listening(const warren::ListenerInfo& listener);
    void started();
    void startFailed(const QString& reason);
    void stopped();
    void stateChanged(warren::Broker::State state);
    void snapshotReady(const warren::BrokerSnapshot& snapshot);
    void logRecorded(const warren::LogRecord& record);
    void messagesPeeked(const warren::PeekResult& result);
    void operationFinished(const warren::OperationResult& result);
    void tapUpdated(const warren::TapBatch& batch);
    void definitionsExported(quint64 requestId, const QJsonObject& definitions);

private:
    void setState(State state);
    // Queues `call` on the engine's thread under a new request id, which it returns.
    quint64 onEngine(std::function<void(BrokerEngine*, quint64)> call);

    BrokerConfig m_config;
    State m_state = State::Stopped;
    QList<ListenerInfo> m_listeners;
    QThread* m_thread = nullptr;
    BrokerEngine* m_engine = nullptr; // lives on m_thread
    quint64 m_lastRequestId = 0;
};

} // namespace warren
