// The console's ActiveMQ backend against a real ActiveMQ Classic behind Jolokia (Debian's
// activemq, libjolokia-core-java and Jetty 9, run by tests/activemq/run_activemq.py on
// 127.0.0.1), with stomp.py as a client written by others on the other side. What the console
// creates, sends, browses, purges and deletes must be what the broker then holds; a wrong
// password, a wrong port and a broker that dies mid-session must each raise the alert.

#include "backends/jolokia_backend.h"
#include "operation_wait.h"
#include "views/console_window.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <functional>
#include <memory>

namespace {

const QString User = QStringLiteral("warren-test");
const QString Password = QStringLiteral("s3cret-jolokia");
const QString Broker = QStringLiteral("warren-test"); // the launcher's broker name
// Long enough that no poll of its own runs into a test's refreshes: the tests refresh by hand.
constexpr int PollMs = 600000;
constexpr int AnswerMs = 15000;

// One ActiveMQ started by run_activemq.py, stopped by its PID (the script execs java).
struct ActiveMq {
    std::unique_ptr<QProcess> process;
    quint16 http = 0;
    quint16 stomp = 0;
    quint16 openwire = 0;

    bool start() {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(WARREN_TEST_PYTHON),
                       {QStringLiteral(WARREN_ACTIVEMQ_DIR "/run_activemq.py"),
                        QStringLiteral("--class-dir"), QStringLiteral(WARREN_ACTIVEMQ_CLASS_DIR),
                        User, Password});
        if (!process->waitForStarted())
            return false;
        // The launcher prints its ports once broker and Jetty accept connections.
        QByteArray line;
        while (!line.endsWith('\n')) {
            if (process->state() != QProcess::Running || !process->waitForReadyRead(40000))
                return false;
            line += process->readAll();
        }
        const QRegularExpression ready(
            QStringLiteral("READY openwire=(\\d+) stomp=(\\d+) http=(\\d+)"));
        const QRegularExpressionMatch match = ready.match(QString::fromLatin1(line));
        if (!match.hasMatch())
            return false;
        openwire = quint16(match.captured(1).toUInt());
        stomp = quint16(match.captured(2).toUInt());
        http = quint16(match.captured(3).toUInt());
        return true;
    }

    // SIGTERM, or SIGKILL for a crash, to the broker's PID.
    void stop(bool crash = false) {
        if (!process || process->state() == QProcess::NotRunning)
            return;
        if (crash)
            process->kill();
        else
            process->terminate();
        if (!process->waitForFinished(20000)) {
            process->kill();
            process->waitForFinished();
        }
    }
};

ConnectionProfile profileFor(quint16 port, const QString& password) {
    ConnectionProfile profile;
    profile.name = QStringLiteral("activemq-test");
    profile.kind = ConnectionProfile::Kind::ActiveMQ;
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    profile.user = User;
    profile.password = password;
    profile.pollIntervalMs = PollMs;
    return profile;
}

// Refreshes until a snapshot satisfies `wanted` (the broker updates some statistics
// asynchronously); the last snapshot either way.
warren::BrokerSnapshot
snapshotWhere(JolokiaBackend& backend,
              const std::function<bool(const warren::BrokerSnapshot&)>& wanted) {
    warren::BrokerSnapshot last;
    for (int attempt = 0; attempt < 20; ++attempt) {
        QSignalSpy snapshots(&backend, &BrokerBackend::snapshotUpdated);
        backend.refresh();
        if (!snapshots.wait(AnswerMs))
            return last;
        last = snapshots.takeLast().at(0).value<warren::BrokerSnapshot>();
        if (wanted(last))
            return last;
        QTest::qWait(100); // let the broker settle its statistics before asking again
    }
    return last;
}

const warren::QueueInfo* queueNamed(const warren::BrokerSnapshot& s, const QString& name) {
    for (const warren::QueueInfo& queue : s.queues)
        if (queue.name == name)
            return &queue;
    return nullptr;
}

const warren::ExchangeInfo* topicNamed(const warren::BrokerSnapshot& s, const QString& name) {
    for (const warren::ExchangeInfo& topic : s.exchanges)
        if (topic.name == name)
            return &topic;
    return nullptr;
}

// Runs one change and returns its answer.
warren::OperationResult answerTo(JolokiaBackend& backend, const std::function<void()>& change) {
    QSignalSpy results(&backend, &BrokerBackend::operationFinished);
    change();
    if (results.isEmpty() && !results.wait(AnswerMs))
        return {};
    return results.first().at(0).value<warren::OperationResult>();
}

warren::OutgoingMessage textMessage(const QString& queue, const QByteArray& body) {
    warren::OutgoingMessage message;
    message.vhost = Broker;
    message.routingKey = queue;
    message.headers = {{QStringLiteral("tenant"), QStringLiteral("acme")}};
    message.body = body;
    return message;
}

// stomp.py connected as a client independent of the console; it runs `script` with `c`
// connected and prints what the script prints.
QByteArray runStomp(quint16 port, const QString& script) {
    QProcess python;
    python.start(QStringLiteral(WARREN_TEST_PYTHON),
                 {QStringLiteral("-c"),
                  QStringLiteral("import stomp, sys\n"
                                 "c = stomp.Connection([('127.0.0.1', %1)])\n"
                                 "c.connect(wait=True, headers={'client-id': 'stomp-test'})\n")
                          .arg(port) +
                      script});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning().noquote() << python.readAllStandardError();
        return "failed";
    }
    return python.readAllStandardOutput();
}

} // namespace

class TestJolokiaBackend : public QObject {
    Q_OBJECT

    ActiveMq m_activemq;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
        QVERIFY2(m_activemq.start(), "ActiveMQ with Jolokia did not start");
    }
    void cleanupTestCase() { m_activemq.stop(); }

    void listsTheBrokerAndQueuesFromTheConsoleAndFromAClient() {
        JolokiaBackend backend(profileFor(m_activemq.http, Password));
        QCOMPARE(backend.endpoint().path(), QStringLiteral("/api/jolokia"));
        const warren::OperationResult declared = answerTo(backend, [&backend] {
            warren::QueueDefinition queue;
            queue.vhost = Broker;
            queue.name = QStringLiteral("console.created");
            backend.execute(warren::commands::DeclareQueue{queue});
        });
        QCOMPARE(declared.kind, warren::OperationResult::Kind::DeclareQueue);
        QCOMPARE(declared.error, QString());
        // A client keeps its connection open while it has sent two messages.
        QProcess client;
        client.start(QStringLiteral(WARREN_TEST_PYTHON),
                     {QStringLiteral("-c"),
                      QStringLiteral("import stomp, sys\n"
                                     "c = stomp.Connection([('127.0.0.1', %1)])\n"
                                     "c.connect(wait=True, headers={'client-id': 'stomp-test'})\n"
                                     "for body in ('one', 'two'):\n"
                                     "    c.send(destination='/queue/client.sent', body=body,"
                                     " receipt=body)\n"
                                     "print('sent', flush=True)\n"
                                     "sys.stdin.read()\n"
                                     "c.disconnect()\n")
                          .arg(m_activemq.stomp)});
        while (!client.canReadLine())
            QVERIFY(client.waitForReadyRead(30000));
        QCOMPARE(client.readLine(), QByteArray("sent\n"));

        const warren::BrokerSnapshot s = snapshotWhere(backend, [](const auto& s) {
            const warren::QueueInfo* sent = queueNamed(s, QStringLiteral("client.sent"));
            return sent && sent->messagesReady == 2 && !s.connections.isEmpty();
        });
        client.closeWriteChannel();
        QVERIFY(client.waitForFinished(30000));

        QCOMPARE(s.node, Broker);
        QCOMPARE(s.vhosts.size(), 1);
        QCOMPARE(s.vhosts.first().name, Broker);
        QVERIFY(s.startedAt.isValid() && s.startedAt <= s.takenAt);
        QVERIFY(queueNamed(s, QStringLiteral("console.created")));
        const warren::QueueInfo* sent = queueNamed(s, QStringLiteral("client.sent"));
        QVERIFY(sent);
        QCOMPARE(sent->vhost, Broker);
        QCOMPARE(sent->messagesReady, 2u);
        QCOMPARE(sent->publishCount, 2u);
        QVERIFY(sent->bytesReady > 0);
        QCOMPARE(s.connections.size(), 1);
        QCOMPARE(s.connections.first().protocol, QStringLiteral("stomp"));
        QCOMPARE(s.connections.first().clientProduct, QStringLiteral("stomp-test"));
        QCOMPARE(s.connections.first().peerHost, QStringLiteral("127.0.0.1"));
        // Every listener the launcher opened, by protocol.
        QList<quint16> ports;
        for (const warren::ListenerInfo& listener : backend.listeners())
            ports << listener.port;
        QVERIFY(ports.contains(m_activemq.stomp));
        QVERIFY(ports.contains(m_activemq.openwire));
        QCOMPARE(backend.alert(), QString());
        QCOMPARE(backend.status(), JolokiaBackend::tr("Connected"));

        // The console's window on ActiveMQ: its queues listed, the tabs it cannot back greyed.
        ConsoleWindow window(&backend);
        window.resize(1100, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        auto* queues = window.findChild<QWidget*>(QStringLiteral("queuesPage"));
        tabs->setCurrentWidget(queues);
        auto* view = queues->findChild<QTableView*>();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, 10000);
        QVERIFY(!tabs->isTabEnabled(
            tabs->indexOf(window.findChild<QWidget*>(QStringLiteral("bindingsPage")))));
        const QString dir = qEnvironmentVariable("WARREN_SCREENSHOT_DIR");
        if (!dir.isEmpty()) // for docs/screenshots: the window on a real ActiveMQ
            QVERIFY(window.grab().save(
                QDir(dir).filePath(QStringLiteral("warren-remote-activemq.png"))));
    }

    void publishedMessagesAreCountedAndBrowsedWithoutBeingConsumed() {
        JolokiaBackend backend(profileFor(m_activemq.http, Password));
        const QString queue = QStringLiteral("browse.me");
        for (const char* body : {"first", "second", "third"}) {
            const warren::OperationResult sent = answerTo(backend, [&] {
                backend.execute(warren::commands::Publish{textMessage(queue, body)});
            });
            QCOMPARE(sent.kind, warren::OperationResult::Kind::Publish);
            QCOMPARE(sent.error, QString());
            QCOMPARE(sent.count, 1u);
        }
        warren::BrokerSnapshot s = snapshotWhere(backend, [&queue](const auto& s) {
            return queueNamed(s, queue) && queueNamed(s, queue)->messagesReady == 3;
        });
        QVERIFY(queueNamed(s, queue));
        QCOMPARE(queueNamed(s, queue)->messagesReady, 3u);
        QCOMPARE(queueNamed(s, queue)->publishCount, 3u);

        for (int look = 0; look < 2; ++look) { // the second look sees exactly the same
            QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
            backend.execute(warren::commands::PeekMessages{Broker, queue, 2});
            const auto peeked =
                nextResultOf(finished, warren::OperationResult::Kind::PeekMessages, AnswerMs);
            QVERIFY(peeked);
            const warren::OperationResult& peek = *peeked;
            QCOMPARE(peek.error, QString());
            QCOMPARE(peek.target, queue);
            QCOMPARE(peek.count, 3u);
            QCOMPARE(peek.messages.size(), 2); // as many as asked for
            QCOMPARE(peek.messages.at(0).body, QByteArray("first"));
            QCOMPARE(peek.messages.at(1).body, QByteArray("second"));
            QCOMPARE(peek.messages.at(0).position, 1u);
            QVERIFY(!peek.messages.at(0).redelivered);
            QCOMPARE(peek.messages.at(0).routingKey, queue);
            QVERIFY(peek.messages.at(0).headers.contains(
                {QStringLiteral("tenant"), QStringLiteral("acme")}));
            bool hasId = false;
            for (const auto& [name, value] : peek.messages.at(0).properties)
                hasId = hasId || (name == QLatin1String("message_id") &&
                                  value.startsWith(QLatin1String("ID:")));
            QVERIFY(hasId);
        }
        s = snapshotWhere(backend, [](const auto&) { return true; });
        QCOMPARE(queueNamed(s, queue)->messagesReady, 3u);
        QCOMPARE(queueNamed(s, queue)->deliverCount, 0u);

        // A client then receives what was browsed, in order: it was left where it was.
        QCOMPARE(runStomp(m_activemq.stomp,
                          QStringLiteral("class L(stomp.ConnectionListener):\n"
                                         "    def __init__(self): self.got = []\n"
                                         "    def on_message(self, frame):"
                                         " self.got.append(frame.body)\n"
                                         "l = L()\n"
                                         "c.set_listener('', l)\n"
                                         "c.subscribe('/queue/browse.me', id=1, ack='auto')\n"
                                         "import time\n"
                                         "for _ in range(200):\n"
                                         "    if len(l.got) == 3: break\n"
                                         "    time.sleep(0.05)\n"
                                         "print(' '.join(l.got))\n"
                                         "c.disconnect()\n")),
                 QByteArray("first second third\n"));
    }

    void purgeEmptiesAndDeleteRemovesAQueue() {
        JolokiaBackend backend(profileFor(m_activemq.http, Password));
        const QString queue = QStringLiteral("to.purge");
        for (const char* body : {"a", "b"})
            QCOMPARE(
                answerTo(
                    backend,
                    [&] { backend.execute(warren::commands::Publish{textMessage(queue, body)}); })
                    .error,
                QString());
        QVERIFY(snapshotWhere(backend, [&queue](const auto& s) {
                    return queueNamed(s, queue);
                }).queues.size() > 0);

        const warren::OperationResult purged = answerTo(backend, [&] {
            backend.execute(warren::commands::PurgeQueue{Broker, queue});
        });
        QCOMPARE(purged.kind, warren::OperationResult::Kind::PurgeQueue);
        QCOMPARE(purged.error, QString());
        QCOMPARE(purged.count, 2u);
        warren::BrokerSnapshot s = snapshotWhere(backend, [&queue](const auto& s) {
            return queueNamed(s, queue) && queueNamed(s, queue)->messagesReady == 0;
        });
        QVERIFY(queueNamed(s, queue));
        QCOMPARE(queueNamed(s, queue)->messagesReady, 0u);

        const warren::OperationResult deleted = answerTo(backend, [&] {
            backend.execute(warren::commands::DeleteQueue{Broker, queue});
        });
        QCOMPARE(deleted.kind, warren::OperationResult::Kind::DeleteQueue);
        QCOMPARE(deleted.error, QString());
        s = snapshotWhere(backend, [&queue](const auto& s) { return !queueNamed(s, queue); });
        QVERIFY(!queueNamed(s, queue));

        // A queue that is not there any more is an error, not a silent success.
        const warren::OperationResult again = answerTo(backend, [&] {
            backend.execute(warren::commands::PurgeQueue{Broker, queue});
        });
        QCOMPARE(again.kind, warren::OperationResult::Kind::PurgeQueue);
        QVERIFY(!again.error.isEmpty());
    }

    void topicsAreCreatedPublishedToAndDeletedAsExchanges() {
        JolokiaBackend backend(profileFor(m_activemq.http, Password));
        warren::ExchangeDefinition topic;
        topic.vhost = Broker;
        topic.name = QStringLiteral("prices");
        topic.type = QStringLiteral("topic");
        QCOMPARE(
            answerTo(backend, [&] { backend.execute(warren::commands::DeclareExchange{topic}); })
                .error,
            QString());
        warren::ExchangeDefinition direct = topic;
        direct.type = QStringLiteral("direct");
        QVERIFY(!answerTo(backend, [&] {
                     backend.execute(warren::commands::DeclareExchange{direct});
                 }).error.isEmpty());

        warren::OutgoingMessage message = textMessage(QString(), "42");
        message.exchange = topic.name;
        QCOMPARE(
            answerTo(backend, [&] { backend.execute(warren::commands::Publish{message}); }).error,
            QString());
        warren::BrokerSnapshot s = snapshotWhere(backend, [&topic](const auto& s) {
            return topicNamed(s, topic.name) && topicNamed(s, topic.name)->publishInCount == 1;
        });
        QVERIFY(topicNamed(s, topic.name));
        QCOMPARE(topicNamed(s, topic.name)->type, QStringLiteral("topic"));
        QCOMPARE(topicNamed(s, topic.name)->publishInCount, 1u);
        for (const warren::ExchangeInfo& exchange : s.exchanges) // ActiveMQ's own are left out
            QVERIFY2(!exchange.name.startsWith(QLatin1String("ActiveMQ.Advisory.")),
                     qPrintable(exchange.name));

        QCOMPARE(answerTo(backend,
                          [&] {
                              backend.execute(warren::commands::DeleteExchange{Broker, topic.name});
                          })
                     .error,
                 QString());
        s = snapshotWhere(backend, [&topic](const auto& s) { return !topicNamed(s, topic.name); });
        QVERIFY(!topicNamed(s, topic.name));
    }

    void declaresWhatActiveMqLacks() {
        JolokiaBackend backend(profileFor(m_activemq.http, Password));
        using Feature = BrokerBackend::Feature;
        QVERIFY(backend.supports(Feature::Exchanges));
        QVERIFY(backend.supports(Feature::Connections));
        for (Feature lacking : {Feature::Bindings, Feature::Channels, Feature::Consumers,
                                Feature::Users, Feature::RouteTesting, Feature::Tap, Feature::Logs,
                                Feature::QueueTypes, Feature::Policies}) {
            QVERIFY(!backend.supports(lacking));
            QVERIFY(backend.unsupportedReason(lacking).contains(QLatin1String("ActiveMQ")));
        }
        QCOMPARE(answerTo(backend, [&] { backend.execute(warren::commands::AddBinding{{}}); }).kind,
                 warren::OperationResult::Kind::AddBinding);
    }

    void aWrongPasswordRaisesALoginAlert() {
        JolokiaBackend backend(profileFor(m_activemq.http, QStringLiteral("wrong")));
        QSignalSpy alerts(&backend, &BrokerBackend::alertChanged);
        backend.refresh();
        QVERIFY(alerts.wait(AnswerMs));
        QVERIFY2(backend.alert().contains(QLatin1String("401")), qPrintable(backend.alert()));
        QVERIFY(backend.alert().contains(QLatin1String("login")));
        QVERIFY(backend.status().startsWith(QLatin1String("Unreachable")));
        // A change is refused with the same reason, as a value.
        const warren::OperationResult refused = answerTo(backend, [&] {
            backend.execute(warren::commands::PurgeQueue{Broker, QStringLiteral("any")});
        });
        QVERIFY(refused.error.contains(QLatin1String("401")));
    }

    void aWrongPortRaisesAnUnreachableAlert() {
        // A port nothing listens on: taken from the kernel, then given back.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        JolokiaBackend backend(profileFor(port, Password));
        QSignalSpy alerts(&backend, &BrokerBackend::alertChanged);
        backend.refresh();
        QVERIFY(alerts.wait(AnswerMs));
        QVERIFY2(backend.alert().contains(QLatin1String("connection refused")),
                 qPrintable(backend.alert()));
        QVERIFY(backend.status().contains(QLatin1String("retrying")));
    }

    void aBrokerThatStopsMidSessionRaisesTheAlert() {
        ActiveMq doomed;
        QVERIFY(doomed.start());
        JolokiaBackend backend(profileFor(doomed.http, Password));
        const warren::BrokerSnapshot s = snapshotWhere(backend, [](const auto&) { return true; });
        QCOMPARE(s.node, Broker);
        QCOMPARE(backend.alert(), QString());

        doomed.stop(/*crash=*/true);
        QSignalSpy alerts(&backend, &BrokerBackend::alertChanged);
        backend.refresh();
        QVERIFY(alerts.wait(AnswerMs));
        QVERIFY(!backend.alert().isEmpty());
        QVERIFY2(backend.alert().contains(QLatin1String("connection refused")) ||
                     backend.alert().contains(QLatin1String("closed")),
                 qPrintable(backend.alert()));
    }
};

QTEST_MAIN(TestJolokiaBackend)
#include "tst_jolokia_backend.moc"
