#include "backends/embedded_backend.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <warren/broker.h>

// The embedded backend only translates the broker's signals, so the broker is
// never started here: the test emits its signals directly.
class TestEmbeddedBackend final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startsFromTheBrokersState();
    void forwardsStateAsTranslatedStatus();
    void collectsListenersAndClearsThemWhenStopped();
    void forwardsSnapshotsAndTakesListenersFromThem();
    void forwardsStartFailureAsError();

private:
    QTemporaryDir* m_dataDir = nullptr;
    warren::Broker* m_broker = nullptr;
    EmbeddedBackend* m_backend = nullptr;
};

void TestEmbeddedBackend::init() {
    m_dataDir = new QTemporaryDir;
    warren::BrokerConfig config;
    config.dataDir = m_dataDir->path();
    m_broker = new warren::Broker(config);
    m_backend = new EmbeddedBackend(m_broker);
}

void TestEmbeddedBackend::cleanup() {
    delete m_backend;
    delete m_broker;
    delete m_dataDir;
}

void TestEmbeddedBackend::startsFromTheBrokersState() {
    QCOMPARE(m_backend->status(), EmbeddedBackend::stateName(m_broker->state()));
    QVERIFY(m_backend->listeners().isEmpty());
    QVERIFY(!m_backend->displayName().isEmpty());
}

void TestEmbeddedBackend::forwardsStateAsTranslatedStatus() {
    QSignalSpy status(m_backend, &BrokerBackend::statusChanged);
    emit m_broker->stateChanged(warren::Broker::State::Running);
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.at(0).at(0).toString(), QStringLiteral("Running"));
    QCOMPARE(m_backend->status(), QStringLiteral("Running"));
}

void TestEmbeddedBackend::collectsListenersAndClearsThemWhenStopped() {
    QSignalSpy listeners(m_backend, &BrokerBackend::listenersChanged);
    const warren::ListenerInfo amqp{QStringLiteral("amqp"), QStringLiteral("127.0.0.1"), 5672};
    const warren::ListenerInfo http{QStringLiteral("http"), QStringLiteral("127.0.0.1"), 15672};
    emit m_broker->stateChanged(warren::Broker::State::Starting);
    emit m_broker->listening(amqp);
    emit m_broker->listening(http);
    emit m_broker->listening(http);
    emit m_broker->stateChanged(warren::Broker::State::Running);
    QCOMPARE(listeners.size(), 2);
    QCOMPARE(m_backend->listeners().size(), 2);
    QCOMPARE(m_backend->listeners().at(1).port, quint16(15672));

    emit m_broker->stateChanged(warren::Broker::State::Stopped);
    QCOMPARE(listeners.size(), 3);
    QVERIFY(m_backend->listeners().isEmpty());
}

void TestEmbeddedBackend::forwardsSnapshotsAndTakesListenersFromThem() {
    QSignalSpy snapshots(m_backend, &BrokerBackend::snapshotUpdated);
    QSignalSpy listeners(m_backend, &BrokerBackend::listenersChanged);
    warren::BrokerSnapshot snapshot;
    snapshot.listeners = {{QStringLiteral("amqp"), QStringLiteral("::1"), 5673}};
    warren::QueueInfo queue;
    queue.name = QStringLiteral("q");
    snapshot.queues = {queue};

    emit m_broker->snapshotReady(snapshot);
    emit m_broker->snapshotReady(snapshot);
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(snapshots.at(0).at(0).value<warren::BrokerSnapshot>().queues.size(), 1);
    // Unchanged listeners are announced once, not with every snapshot.
    QCOMPARE(listeners.size(), 1);
    QCOMPARE(m_backend->listeners().at(0).port, quint16(5673));
}

void TestEmbeddedBackend::forwardsStartFailureAsError() {
    QSignalSpy errors(m_backend, &BrokerBackend::errorOccurred);
    emit m_broker->startFailed(QStringLiteral("Port 5672 is already in use."));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("Port 5672 is already in use."));
}

QTEST_GUILESS_MAIN(TestEmbeddedBackend)
#include "tst_embedded_backend.moc"
