#include "core/queued_call.h"
#include "engine/broker_engine.h"

#include <QThread>
#include <openssl/crypto.h>
#include <warren/broker.h>

namespace warren {

Broker::Broker(BrokerConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config)) {
    // OpenSSL's atexit cleanup frees every thread's OpenSSL state, but QThreads are detached:
    // wait() returns before the broker thread's own thread-local destructors have run, so
    // exit() raced them (a double free under ASan, SIGSEGV after SIGTERM). The process is
    // ending anyway; leave that memory to the kernel. Only the first init call decides.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
    qRegisterMetaType<warren::LogRecord>();
    qRegisterMetaType<warren::ListenerInfo>();
    qRegisterMetaType<warren::BrokerSnapshot>();
    qRegisterMetaType<warren::OperationResult>();
    qRegisterMetaType<warren::TapBatch>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("warren-broker"));
    m_engine = new BrokerEngine(m_config);
    m_engine->moveToThread(m_thread);
    connect(m_engine, &BrokerEngine::listening, this, [this](const ListenerInfo& listener) {
        m_listeners.append(listener);
        emit listening(listener);
    });
    connect(m_engine, &BrokerEngine::started, this, [this] {
        setState(State::Running);
        emit started();
    });
    connect(m_engine, &BrokerEngine::startFailed, this, [this](const QString& reason) {
        setState(State::Failed);
        emit startFailed(reason);
    });
    connect(m_engine, &BrokerEngine::stopped, this, [this] {
        m_listeners.clear();
        setState(State::Stopped);
        emit stopped();
    });
    connect(m_engine, &BrokerEngine::snapshotReady, this, &Broker::snapshotReady);
    connect(m_engine, &BrokerEngine::logRecorded, this, &Broker::logRecorded);
    connect(m_engine, &BrokerEngine::operationFinished, this, &Broker::operationFinished);
    connect(m_engine, &BrokerEngine::tapUpdated, this, &Broker::tapUpdated);
    m_thread->start();
}

Broker::~Broker() {
    // The engine must die on its own thread: its sockets and timers belong there.
    BrokerEngine* engine = m_engine;
    postQueued(
        engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void Broker::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Broker::start() {
    if (m_state == State::Running || m_state == State::Starting)
        return;
    setState(State::Starting);
    postQueued(m_engine, [engine = m_engine] { engine->start(); });
}

void Broker::stop() {
    if (m_state != State::Running && m_state != State::Starting)
        return;
    setState(State::Stopping);
    postQueued(m_engine, [engine = m_engine] { engine->stop(); });
}

bool Broker::setConfig(BrokerConfig config) {
    if (m_state != State::Stopped && m_state != State::Failed)
        return false;
    m_config = std::move(config);
    // Queued like start(), so a start() that follows runs on the new config.
    postQueued(m_engine, [engine = m_engine, config = m_config] { engine->setConfig(config); });
    return true;
}

void Broker::setSnapshotInterval(int ms) {
    m_config.snapshotIntervalMs = ms;
    postQueued(m_engine, [engine = m_engine, ms] { engine->setSnapshotInterval(ms); });
}

void Broker::requestSnapshot() {
    postQueued(m_engine, [engine = m_engine] { engine->takeSnapshot(); });
}

quint64 Broker::onEngine(std::function<void(BrokerEngine*, quint64)> call) {
    const quint64 id = ++m_lastRequestId;
    postQueued(m_engine, [engine = m_engine, id, call = std::move(call)] { call(engine, id); });
    return id;
}

quint64 Broker::execute(const Command& command) {
    return onEngine([command](BrokerEngine* engine, quint64 id) { engine->execute(id, command); });
}

void Broker::rotateStoreKey() {
    postQueued(m_engine, [engine = m_engine] { engine->rotateStoreKey(); });
}

} // namespace warren
