#include "embedded_test_support.h"

#include <QProcess>
#include <QtDebug>

EmbeddedBroker* startEmbeddedBroker() {
    auto* embedded = new EmbeddedBroker;
    warren::BrokerConfig config;
    config.dataDir = embedded->dataDir.path();
    config.listeners = {{QStringLiteral("amqp"), QStringLiteral("127.0.0.1"), 0}};
    embedded->broker = new warren::Broker(config);
    embedded->backend = new EmbeddedBackend(embedded->broker);
    QSignalSpy started(embedded->broker, &warren::Broker::started);
    embedded->broker->start();
    if (started.wait(10000))
        return embedded;
    stopEmbeddedBroker(embedded);
    return nullptr;
}

bool stopEmbeddedBroker(EmbeddedBroker* embedded) {
    if (!embedded)
        return false; // it never started
    QSignalSpy stopped(embedded->broker, &warren::Broker::stopped);
    embedded->broker->stop();
    const bool ok = stopped.wait(10000);
    delete embedded->backend;
    delete embedded->broker;
    delete embedded;
    return ok;
}

QByteArray runPika(quint16 port, const QString& script) {
    QProcess python;
    python.start(QStringLiteral(WARREN_TEST_PYTHON),
                 {QStringLiteral("-c"),
                  QStringLiteral("import pika\n"
                                 "c = pika.BlockingConnection(pika.ConnectionParameters("
                                 "'127.0.0.1', %1))\n"
                                 "ch = c.channel()\n")
                          .arg(port) +
                      script + QStringLiteral("\nc.close()\n")});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qWarning("pika failed: %s", python.readAllStandardError().constData());
    return python.exitCode() == 0 ? python.readAllStandardOutput() : QByteArray("FAILED");
}

warren::OperationResult takeResult(QSignalSpy& finished) {
    if (finished.isEmpty() && !finished.wait(5000))
        return {};
    return finished.takeFirst().at(0).value<warren::OperationResult>();
}
