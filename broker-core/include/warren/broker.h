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
    // A change or query from the console (every one is a warren::Command: a new operation is a
    // new command, not a new method here — peeking into a queue, exporting the definitions and
    // tapping exchanges too), answered once through operationFinished with the returned id. A
    // tap's batches follow as tapUpdated under its StartTap::tapId.
    quint64 execute(const warren::Command& command);

signals:
    void listening(const warren::ListenerInfo& listener);
    void started();
    void startFailed(const QString& reason);
    void stopped();
    void stateChanged(warren::Broker::State state);
    void snapshotReady(const warren::BrokerSnapshot& snapshot);
    void logRecorded(const warren::LogRecord& record);
    void operationFinished(const warren::OperationResult& result);
    void tapUpdated(const warren::TapBatch& batch);

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
