#include "backends/embedded_backend.h"

#include <QTimer>
#include <algorithm>
#include <utility>

namespace {

bool sameListener(const warren::ListenerInfo& a, const warren::ListenerInfo& b) {
    return a.scheme == b.scheme && a.host == b.host && a.port == b.port;
}

bool sameListeners(const QList<warren::ListenerInfo>& a, const QList<warren::ListenerInfo>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameListener);
}

} // namespace

EmbeddedBackend::EmbeddedBackend(warren::Broker* broker, QObject* parent)
    : BrokerBackend(parent)
    , m_broker(broker) {
    Q_ASSERT(broker);
    m_status = stateName(broker->state());
    m_listeners = broker->listeners();

    // Automatic connections: the Broker object lives on the GUI thread (only
    // its engine has a thread of its own), so forwarding is direct; should a
    // signal ever be emitted from the engine thread it is queued to ours.
    connect(broker, &warren::Broker::stateChanged, this, &EmbeddedBackend::onStateChanged);
    connect(broker, &warren::Broker::listening, this, &EmbeddedBackend::onListening);
    connect(broker, &warren::Broker::snapshotReady, this, &EmbeddedBackend::onSnapshot);
    connect(broker, &warren::Broker::startFailed, this, &BrokerBackend::errorOccurred);
    connect(broker, &warren::Broker::logRecorded, this, &BrokerBackend::logRecorded);
    connect(broker, &warren::Broker::operationFinished, this, &BrokerBackend::operationFinished);
    connect(broker, &warren::Broker::tapUpdated, this, &BrokerBackend::tapUpdated);
}

EmbeddedBackend::~EmbeddedBackend() = default;

QString EmbeddedBackend::unsupportedReason(Feature feature) const {
    return feature == Feature::QueueTypes ? tr("Warren has only classic queues.")
                                          : BrokerBackend::unsupportedReason(feature);
}

QString EmbeddedBackend::displayName() const {
    return tr("Embedded broker");
}

QString EmbeddedBackend::status() const {
    return m_status;
}

QList<warren::ListenerInfo> EmbeddedBackend::listeners() const {
    return m_listeners;
}

QString EmbeddedBackend::stateName(warren::Broker::State state) {
    switch (state) {
    case warren::Broker::State::Stopped:
        return tr("Stopped");
    case warren::Broker::State::Starting:
        return tr("Starting…");
    case warren::Broker::State::Running:
        return tr("Running");
    case warren::Broker::State::Stopping:
        return tr("Stopping…");
    case warren::Broker::State::Failed:
        return tr("Failed");
    }
    return {};
}

void EmbeddedBackend::refresh() {
    if (m_broker) {
        m_broker->requestSnapshot();
    }
}

bool EmbeddedBackend::running() const {
    return m_broker && m_broker->state() == warren::Broker::State::Running;
}

void EmbeddedBackend::execute(const warren::Command& command) {
    if (running())
        m_broker->execute(command);
    else
        refuse(command, tr("The embedded broker is not running."));
}

void EmbeddedBackend::startBroker() {
    if (m_broker)
        m_broker->start();
}

void EmbeddedBackend::stopBroker() {
    if (m_broker)
        m_broker->stop();
}

void EmbeddedBackend::restartBroker() {
    if (!m_broker)
        return;
    if (m_broker->state() != warren::Broker::State::Running) {
        m_broker->start();
        return;
    }
    // Start again once the stop has finished: the data directory is free only then.
    m_restartWhenStopped = true;
    m_broker->stop();
}

warren::BrokerConfig EmbeddedBackend::brokerConfig() const {
    return m_broker ? m_broker->config() : warren::BrokerConfig{};
}

void EmbeddedBackend::reconfigureBroker(const warren::BrokerConfig& config) {
    if (!m_broker)
        return;
    if (m_broker->setConfig(config)) {
        m_broker->start();
        return;
    }
    // Running (or on its way up or down): the new config can only be taken once it has
    // stopped, and the data directory is free only then.
    m_configWhenStopped = config;
    m_restartWhenStopped = true;
    m_broker->stop();
}

void EmbeddedBackend::setRefreshInterval(int ms) {
    if (m_broker)
        m_broker->setSnapshotInterval(ms);
}

void EmbeddedBackend::onStateChanged(warren::Broker::State state) {
    // Listeners announced by an earlier run are closed once the broker leaves
    // Running, and a restart announces its own afresh.
    if (state != warren::Broker::State::Running) {
        setListeners({});
    }
    m_status = stateName(state);
    emit statusChanged(m_status);
    // Started from the next loop turn: the broker is still announcing its stop.
    if (state == warren::Broker::State::Stopped && std::exchange(m_restartWhenStopped, false))
        QTimer::singleShot(0, this, [this] {
            if (auto config = std::exchange(m_configWhenStopped, std::nullopt); config && m_broker)
                m_broker->setConfig(*config);
            startBroker();
        });
}

void EmbeddedBackend::onListening(const warren::ListenerInfo& listener) {
    auto listeners = m_listeners;
    if (std::none_of(listeners.cbegin(), listeners.cend(),
                     [&](const auto& known) { return sameListener(known, listener); })) {
        listeners.append(listener);
    }
    setListeners(listeners);
}

void EmbeddedBackend::onSnapshot(const warren::BrokerSnapshot& snapshot) {
    // The snapshot is the authority once one arrives; listening() only bridges
    // the gap between start-up and the first snapshot.
    if (!snapshot.listeners.isEmpty()) {
        setListeners(snapshot.listeners);
    }
    emit snapshotUpdated(snapshot);
}

void EmbeddedBackend::setListeners(const QList<warren::ListenerInfo>& listeners) {
    if (sameListeners(m_listeners, listeners)) {
        return;
    }
    m_listeners = listeners;
    emit listenersChanged(m_listeners);
}
