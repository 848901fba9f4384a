// Peeking end to end: a real embedded broker, messages published by pika (a client written by
// others), and the console's backend looking at them. Peeking must leave the queue exactly as
// it was: same count, same order, and no redelivered flag on the next real delivery.

#include "backends/embedded_backend.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Runs pika against the broker; returns its stdout, or fails the test with its stderr.
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

} // namespace

class TestEmbeddedPeek : public QObject {
    Q_OBJECT
private slots:
    void peekingLeavesTheQueueAsItWas() {
        QTemporaryDir dataDir;
        warren::BrokerConfig config;
        config.dataDir = dataDir.path();
        config.listeners = {{QStringLiteral("amqp"), QStringLiteral("127.0.0.1"), 0}};
        warren::Broker broker(config);
        EmbeddedBackend backend(&broker);
        QSignalSpy started(&broker, &warren::Broker::started);
        broker.start();
        QVERIFY(started.wait(10000));
        QCOMPARE(backend.listeners().size(), 1);
        const quint16 port = backend.listeners().first().port;

        QCOMPARE(runPika(port, QStringLiteral(
                                   "ch.queue_declare('browse')\n"
                                   "for i in range(3):\n"
                                   "    ch.basic_publish('', 'browse', b'{\"n\": %d}' % i,\n"
                                   "        pika.BasicProperties(content_type='application/json',"
                                   " headers={'tenant': 'acme'}))\n"
                                   "print(ch.queue_declare('browse', passive=True)"
                                   ".method.message_count)")),
                 QByteArray("3\n"));

        QSignalSpy peeked(&backend, &BrokerBackend::messagesPeeked);
        for (int round = 0; round < 2; ++round) { // twice: the first changed nothing
            backend.peekMessages(QStringLiteral("/"), QStringLiteral("browse"), 10);
            QVERIFY(peeked.wait(5000));
            const auto result = peeked.takeFirst().at(0).value<warren::PeekResult>();
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.messagesReady, quint64(3));
            QCOMPARE(result.messages.size(), 3);
            for (int i = 0; i < 3; ++i) {
                const warren::PeekedMessage& m = result.messages[i];
                QCOMPARE(m.body, QStringLiteral("{\"n\": %1}").arg(i).toUtf8());
                QCOMPARE(m.routingKey, QStringLiteral("browse"));
                QVERIFY(!m.redelivered);
                QVERIFY(m.properties.contains(
                    {QStringLiteral("content_type"), QStringLiteral("application/json")}));
                QCOMPARE(m.headers.size(), 1);
                QCOMPARE(m.headers.first().first, QStringLiteral("tenant"));
            }
        }

        // A consumer still gets the first message first, and not as a redelivery.
        QCOMPARE(
            runPika(port, QStringLiteral("m, _p, body = ch.basic_get('browse', auto_ack=True)\n"
                                         "print(body.decode(), m.redelivered, m.message_count)")),
            QByteArray("{\"n\": 0} False 2\n"));

        backend.peekMessages(QStringLiteral("/"), QStringLiteral("missing"), 10);
        QVERIFY(peeked.wait(5000));
        QCOMPARE(peeked.takeFirst().at(0).value<warren::PeekResult>().error,
                 QStringLiteral("no queue 'missing' in vhost '/'"));
        QSignalSpy stopped(&broker, &warren::Broker::stopped);
        broker.stop();
        QVERIFY(stopped.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedPeek)
#include "tst_embedded_peek.moc"
