#include "embedded_broker.h"

#include "backends/embedded_backend.h"

#include <QSignalSpy>
#include <warren/broker.h>

EmbeddedBroker::EmbeddedBroker(const std::function<void(warren::BrokerConfig&)>& adjust) {
    warren::BrokerConfig config;
    config.dataDir = m_dataDir.path();
    config.listeners = {{QStringLiteral("amqp"), QStringLiteral("127.0.0.1"), 0}};
    if (adjust)
        adjust(config);
    m_broker = std::make_unique<warren::Broker>(config);
    m_backend = std::make_unique<EmbeddedBackend>(m_broker.get());
}

EmbeddedBroker::~EmbeddedBroker() {
    stop();
    m_backend.reset();
}

bool EmbeddedBroker::start() {
    QSignalSpy started(m_broker.get(), &warren::Broker::started);
    m_broker->start();
    return started.wait(10000);
}

bool EmbeddedBroker::stop() {
    const auto state = m_broker->state();
    if (state != warren::Broker::State::Running && state != warren::Broker::State::Starting)
        return true;
    QSignalSpy stopped(m_broker.get(), &warren::Broker::stopped);
    m_broker->stop();
    return stopped.wait(10000);
}
