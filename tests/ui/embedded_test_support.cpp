#include "embedded_test_support.h"

#include "backends/embedded_backend.h"

#include <QProcess>
#include <QtDebug>

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

void addMqttListener(warren::BrokerConfig& config) {
    config.listeners.append({QStringLiteral("mqtt"), QStringLiteral("127.0.0.1"), 0});
}

quint16 listenerPort(const EmbeddedBroker& embedded, const QString& scheme) {
    for (const warren::ListenerInfo& listener : embedded.backend()->listeners())
        if (listener.scheme == scheme)
            return listener.port;
    return 0;
}
