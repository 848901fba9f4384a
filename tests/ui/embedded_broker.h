#pragma once

#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <warren/broker_config.h>

namespace warren {
class Broker;
}
class EmbeddedBackend;

// A real embedded broker for one test, as the console runs it: a fresh data directory, AMQP on
// an ephemeral 127.0.0.1 port, and the backend the console would talk to. Start and stop report
// success so that the test can QVERIFY them; whatever is still running goes with the object.
class EmbeddedBroker {
public:
    // `adjust` may change the config before the broker is made (e.g. its snapshot interval).
    explicit EmbeddedBroker(const std::function<void(warren::BrokerConfig&)>& adjust = {});
    ~EmbeddedBroker();

    bool start();
    bool stop();

    warren::Broker* broker() const { return m_broker.get(); }
    EmbeddedBackend* backend() const { return m_backend.get(); }
    QString dataDir() const { return m_dataDir.path(); }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<warren::Broker> m_broker;
    std::unique_ptr<EmbeddedBackend> m_backend; // before the broker it watches
};
