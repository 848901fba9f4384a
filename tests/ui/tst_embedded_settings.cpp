// The console's settings against a real embedded broker: new listeners applied from the
// Broker settings tab restart the broker listening where they say (pika connects there), and
// the refresh interval changes how often snapshots arrive. Counts over a wait, never timings.

#include "backends/embedded_backend.h"
#include "embedded_broker.h"
#include "embedded_test_support.h"
#include "views/broker_settings_page.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <algorithm>
#include <memory>
#include <warren/broker.h>

namespace {

// A port the kernel just handed out and nobody holds now: where the broker is to move.
quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

std::optional<warren::ListenerInfo> listenerFor(const QList<warren::ListenerInfo>& listeners,
                                                const QString& scheme) {
    const auto found =
        std::find_if(listeners.cbegin(), listeners.cend(),
                     [&](const auto& listener) { return listener.scheme == scheme; });
    return found == listeners.cend() ? std::nullopt : std::optional(*found);
}

} // namespace

class TestEmbeddedSettings final : public QObject {
    Q_OBJECT

    std::unique_ptr<EmbeddedBroker> m_embedded;
    warren::Broker* m_broker = nullptr;
    EmbeddedBackend* m_backend = nullptr;

    // A fresh broker on a fresh data directory, amqp on an ephemeral port, snapshots every
    // `intervalMs`.
    void startBroker(int intervalMs) {
        m_embedded = std::make_unique<EmbeddedBroker>(
            [intervalMs](warren::BrokerConfig& config) { config.snapshotIntervalMs = intervalMs; });
        m_broker = m_embedded->broker();
        m_backend = m_embedded->backend();
        QVERIFY(m_embedded->start());
    }

    // Waits until every signal the engine sent before now has been delivered here: an answer
    // to a request queued behind them comes after them.
    void drainEngine() {
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        m_backend->execute(warren::commands::TestRoute{{}});
        QVERIFY(finished.wait(5000));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_embedded_settings"));
    }

    void init() { QSettings().clear(); }

    void cleanup() {
        if (m_embedded)
            QVERIFY(m_embedded->stop());
        m_embedded.reset();
    }

    void appliedListenersRestartTheBrokerOnTheNewPort() {
        startBroker(1000);
        const auto before = listenerFor(m_backend->listeners(), QStringLiteral("amqp"));
        QVERIFY(before);
        QCOMPARE(runPika(before->port, QStringLiteral("print('before')")), QByteArray("before\n"));
        // A running broker keeps its config: only a stop lets a new one in.
        QVERIFY(!m_broker->setConfig(m_broker->config()));

        quint16 port = freePort();
        while (port == before->port)
            port = freePort();
        QVERIFY(port != 0);
        BrokerSettingsPage page(m_backend);
        page.setConfirmation([](const QString&) { return true; });
        page.findChild<QPlainTextEdit*>(QStringLiteral("listenersEdit"))
            ->setPlainText(QStringLiteral("amqp=127.0.0.1:%1\nhttp=127.0.0.1:0").arg(port));
        QSignalSpy stopped(m_broker, &warren::Broker::stopped);
        QSignalSpy started(m_broker, &warren::Broker::started);
        page.findChild<QPushButton*>(QStringLiteral("applyBrokerSettings"))->click();
        QVERIFY(started.wait(15000));
        QCOMPARE(stopped.size(), 1); // restarted, not merely left running
        QCOMPARE(m_broker->state(), warren::Broker::State::Running);

        const auto after = listenerFor(m_backend->listeners(), QStringLiteral("amqp"));
        QVERIFY(after);
        QCOMPARE(after->port, port);
        QVERIFY(listenerFor(m_backend->listeners(), QStringLiteral("http")));
        QCOMPARE(m_broker->config().listeners.size(), 2);
        QCOMPARE(m_broker->config().dataDir, m_embedded->dataDir()); // never changed here
        // A real client finds it there, and the queue it declares lives in the same store.
        QCOMPARE(runPika(port, QStringLiteral("ch.queue_declare('moved', durable=True)\n"
                                              "print('after')")),
                 QByteArray("after\n"));
    }

    void aStoppedBrokerTakesTheNewConfigOnStart() {
        startBroker(1000);
        QSignalSpy stopped(m_broker, &warren::Broker::stopped);
        m_broker->stop();
        QVERIFY(stopped.wait(10000));
        warren::BrokerConfig config = m_broker->config();
        config.listeners = {{QStringLiteral("amqp"), QStringLiteral("127.0.0.1"), 0},
                            {QStringLiteral("http"), QStringLiteral("127.0.0.1"), 0}};
        QSignalSpy started(m_broker, &warren::Broker::started);
        m_backend->reconfigureBroker(config);
        QVERIFY(started.wait(10000));
        QVERIFY(listenerFor(m_backend->listeners(), QStringLiteral("http")));
    }

    void theRefreshIntervalChangesHowOftenSnapshotsArrive() {
        startBroker(10000); // slow: no timed snapshot comes within this test's waits
        QSignalSpy snapshots(m_backend, &BrokerBackend::snapshotUpdated);
        m_backend->setRefreshInterval(100);
        QCOMPARE(m_broker->config().snapshotIntervalMs, 100);
        // Every 100 ms: at least three within two seconds (where 10 s would bring none).
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 2000);

        m_backend->setRefreshInterval(10000);
        drainEngine(); // snapshots already on their way from the 100 ms timer are counted out
        snapshots.clear();
        QTest::qWait(1000);
        QCOMPARE(snapshots.size(), 0);
        // Asking still answers at once.
        m_backend->refresh();
        QVERIFY(snapshots.wait(5000));
    }
};

QTEST_MAIN(TestEmbeddedSettings)
#include "tst_embedded_settings.moc"
