#include "core/queued_call.h"
#include "engine/broker_engine.h"

#include <QThread>
#include <openssl/crypto.h>
#include <warren/broker.h>

namespace warren {

QString versionString() {
    return QStringLiteral(WARREN_VERSION);
}

QString productName() {
    return QStringLiteral("RabbitMQ");
}

QString rabbitmqVersion() {
    return QStringLiteral("3.10.8");
}

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
    qRegisterMetaType<warren::PeekResult>();
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
    connect(m_engine, &BrokerEngine::messagesPeeked, this, &Broker::messagesPeeked);
    connect(m_engine, &BrokerEngine::operationFinished, this, &Broker::operationFinished);
    connect(m_engine, &BrokerEngine::tapUpdated, this, &Broker::tapUpdated);
    connect(m_engine, &BrokerEngine::definitionsExported, this, &Broker::definitionsExported);
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

quint64 Broker::peekMessages(const QString& vhost, const QString& queue, int count) {
    return onEngine([vhost, queue, count](BrokerEngine* engine, quint64 id) {
        engine->peekMessages(id, vhost, queue, count);
    });
}

quint64 Broker::declareQueue(const QueueDefinition& definition) {
    return onEngine([definition](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::DeclareQueue{definition});
    });
}

quint64 Broker::deleteQueue(const QString& vhost, const QString& queue) {
    return onEngine([vhost, queue](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::DeleteQueue{vhost, queue});
    });
}

quint64 Broker::purgeQueue(const QString& vhost, const QString& queue) {
    return onEngine([vhost, queue](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::PurgeQueue{vhost, queue});
    });
}

quint64 Broker::closeConnection(const QString& name, const QString& reason) {
    return onEngine([name, reason](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::CloseConnection{name, reason});
    });
}

quint64 Broker::testRoute(const OutgoingMessage& message) {
    return onEngine([message](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::TestRoute{message});
    });
}

quint64 Broker::startTap(const QString& vhost, const std::optional<QString>& exchange) {
    return onEngine([vhost, exchange](BrokerEngine* engine, quint64 id) {
        engine->startTap(id, vhost, exchange);
    });
}

void Broker::stopTap(quint64 tapId) {
    onEngine([tapId](BrokerEngine* engine, quint64) { engine->stopTap(tapId); });
}

quint64 Broker::publishMessage(const OutgoingMessage& message) {
    return onEngine([message](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::Publish{message});
    });
}

quint64 Broker::publishMessages(const QList<OutgoingMessage>& messages) {
    return onEngine([messages](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::PublishMany{messages});
    });
}

quint64 Broker::transferMessages(const MessageTransfer& transfer) {
    return onEngine([transfer](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::TransferMessages{transfer});
    });
}

quint64 Broker::declareExchange(const ExchangeDefinition& definition) {
    return onEngine([definition](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::DeclareExchange{definition});
    });
}

quint64 Broker::deleteExchange(const QString& vhost, const QString& exchange) {
    return onEngine([vhost, exchange](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::DeleteExchange{vhost, exchange});
    });
}

quint64 Broker::addBinding(const BindingDefinition& binding) {
    return onEngine([binding](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::AddBinding{binding});
    });
}

quint64 Broker::removeBinding(const BindingDefinition& binding) {
    return onEngine([binding](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::RemoveBinding{binding});
    });
}

quint64 Broker::putPolicy(const PolicyDefinition& policy) {
    return onEngine([policy](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::PutPolicy{policy});
    });
}

quint64 Broker::deletePolicy(const QString& vhost, const QString& name) {
    return onEngine([vhost, name](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::DeletePolicy{vhost, name});
    });
}

quint64 Broker::exportDefinitions() {
    return onEngine([](BrokerEngine* engine, quint64 id) { engine->exportDefinitions(id); });
}

quint64 Broker::importDefinitions(const QJsonObject& definitions) {
    return onEngine([definitions](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::ImportDefinitions{definitions});
    });
}

quint64 Broker::putUser(const UserDefinition& user) {
    return onEngine(
        [user](BrokerEngine* engine, quint64 id) { engine->execute(id, commands::PutUser{user}); });
}

quint64 Broker::deleteUser(const QString& name) {
    return onEngine([name](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::DeleteUser{name});
    });
}

quint64 Broker::setPermission(const PermissionDefinition& permission) {
    return onEngine([permission](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::SetPermission{permission});
    });
}

quint64 Broker::clearPermission(const QString& user, const QString& vhost) {
    return onEngine([user, vhost](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::ClearPermission{user, vhost});
    });
}

quint64 Broker::setTopicPermission(const TopicPermissionDefinition& permission) {
    return onEngine([permission](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::SetTopicPermission{permission});
    });
}

quint64 Broker::clearTopicPermission(const QString& user, const QString& vhost,
                                     const QString& exchange) {
    return onEngine([user, vhost, exchange](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::ClearTopicPermission{user, vhost, exchange});
    });
}

quint64 Broker::addVhost(const QString& name) {
    return onEngine([name](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::AddVhost{name});
    });
}

quint64 Broker::deleteVhost(const QString& name) {
    return onEngine([name](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::DeleteVhost{name});
    });
}

quint64 Broker::checkAccess(const QString& user, const QString& vhost, const QString& resource) {
    return onEngine([user, vhost, resource](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::CheckAccess{user, vhost, resource});
    });
}

quint64 Broker::checkTopicAccess(const QString& user, const QString& vhost, const QString& exchange,
                                 const QString& routingKey) {
    return onEngine([user, vhost, exchange, routingKey](BrokerEngine* engine, quint64 id) {
        engine->execute(id, commands::CheckTopicAccess{user, vhost, exchange, routingKey});
    });
}

void Broker::rotateStoreKey() {
    postQueued(m_engine, [engine = m_engine] { engine->rotateStoreKey(); });
}

} // namespace warren
