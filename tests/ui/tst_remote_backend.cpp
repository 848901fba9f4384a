// The console's remote backend against real brokers: Debian's RabbitMQ with its management
// plugin, and a Warren started as its own process, each on 127.0.0.1 with ephemeral ports
// (tests/interop/broker_under_test.py starts them and stops them by PID). What the console
// changes through the management API is what pika (a client written by others) then sees,
// and what clients do shows up in the console's snapshots.

#include "backends/embedded_backend.h"
#include "backends/management_api_backend.h"
#include "definitions_test_support.h"
#include "embedded_test_support.h"
#include "models/tap_tree_model.h"
#include "operation_wait.h"
#include "sample_snapshot.h"
#include "views/console_window.h"
#include "views/copy_definitions_dialog.h"
#include "views/live_tap_page.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>
#include <functional>
#include <optional>

namespace {

struct RunningBroker {
    QProcess* serve = nullptr; // broker_under_test.py serve: stops its broker when stdin closes
    quint16 amqpPort = 0;
    quint16 httpPort = 0;
};

RunningBroker startBroker(const QString& target) {
    RunningBroker running;
    running.serve = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WARREN_INTEROP_TARGET"), target);
    env.insert(QStringLiteral("WARREN_INTEROP_MANAGEMENT"), QStringLiteral("1"));
    env.insert(QStringLiteral("WARREN_BIN"), QStringLiteral(WARREN_BIN));
    running.serve->setProcessEnvironment(env);
    running.serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    running.serve->start(QStringLiteral(WARREN_TEST_PYTHON),
                         {QStringLiteral(WARREN_BROKER_UNDER_TEST), QStringLiteral("serve")});
    // RabbitMQ with its management plugin takes several seconds to answer.
    while (running.serve->state() != QProcess::NotRunning && !running.serve->canReadLine())
        running.serve->waitForReadyRead(1000);
    const QJsonObject ready = QJsonDocument::fromJson(running.serve->readLine()).object();
    running.amqpPort = quint16(ready.value(QStringLiteral("port")).toInt());
    running.httpPort = quint16(ready.value(QStringLiteral("http_port")).toInt());
    return running;
}

void stopBroker(RunningBroker& running) {
    if (!running.serve)
        return;
    running.serve->closeWriteChannel();
    if (!running.serve->waitForFinished(30000))
        running.serve->kill();
    delete std::exchange(running.serve, nullptr);
}

ConnectionProfile profileFor(quint16 httpPort, const QString& password = QStringLiteral("guest")) {
    ConnectionProfile profile;
    profile.name = QStringLiteral("remote under test");
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(httpPort));
    profile.user = QStringLiteral("guest");
    profile.password = password;
    profile.pollIntervalMs = 500;
    return profile;
}

// Refreshes until a snapshot satisfies `wanted` (the API's counters trail the broker a little).
bool snapshotUntil(ManagementApiBackend& backend,
                   const std::function<bool(const warren::BrokerSnapshot&)>& wanted,
                   warren::BrokerSnapshot* last = nullptr) {
    QSignalSpy snapshots(&backend, &BrokerBackend::snapshotUpdated);
    for (int attempt = 0; attempt < 40; ++attempt) {
        backend.refresh();
        if (!snapshots.wait(5000))
            continue;
        const auto snapshot = snapshots.takeLast().at(0).value<warren::BrokerSnapshot>();
        if (last)
            *last = snapshot;
        if (wanted(snapshot))
            return true;
        QTest::qWait(250);
    }
    return false;
}

const warren::QueueInfo* findQueue(const warren::BrokerSnapshot& s, const QString& name) {
    const auto it = std::find_if(s.queues.cbegin(), s.queues.cend(),
                                 [&](const warren::QueueInfo& q) { return q.name == name; });
    return it == s.queues.cend() ? nullptr : &*it;
}

// With WARREN_SCREENSHOT_DIR set, the preview of a copy onto the real broker under test.
void grabPreview(CopyDefinitionsDialog& preview) {
    const QString dir = qEnvironmentVariable("WARREN_SCREENSHOT_DIR");
    if (dir.isEmpty() || QTest::currentDataTag() != QLatin1String("rabbitmq"))
        return;
    preview.resize(1000, 620);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QVERIFY(preview.grab().save(QDir(dir).filePath(QStringLiteral("warren-copy-definitions.png"))));
}

} // namespace

class TestRemoteBackend : public QObject {
    Q_OBJECT

    RunningBroker m_broker;
    // RabbitMQ with its management plugin takes seconds to start, so its rows share one (each
    // test names its own objects); a Warren starts in milliseconds and is fresh for each.
    RunningBroker m_rabbitMq;
    bool m_sharing = false; // m_broker is m_rabbitMq

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { stopBroker(m_rabbitMq); }
    void init() {
        QFETCH(QString, target);
        const bool rabbitMq = target == QLatin1String("rabbitmq");
        m_sharing = rabbitMq;
        if (rabbitMq && m_rabbitMq.serve) {
            m_broker = m_rabbitMq;
            return;
        }
        m_broker = startBroker(target);
        if (rabbitMq)
            m_rabbitMq = m_broker;
        QVERIFY2(m_broker.httpPort != 0, "the broker under test did not start");
    }
    void cleanup() {
        if (!m_sharing)
            stopBroker(m_broker);
        else if (!m_broker.serve)
            m_rabbitMq = {}; // the test stopped it (and deleted its process): the next starts one
        m_broker = {};
        m_sharing = false;
    }

    void publishesEveryProperty_data() { administersARealBroker_data(); }
    // The console's publish carries every basic property through the management API, and a
    // client reads the same values from either broker.
    void publishesEveryProperty() {
        ManagementApiBackend backend(profileFor(m_broker.httpPort));
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        warren::QueueDefinition queue;
        queue.name = QStringLiteral("remote.props");
        backend.execute(warren::commands::DeclareQueue{queue});
        QCOMPARE(takeResult(finished).error, QString());
        warren::OutgoingMessage message;
        message.routingKey = queue.name;
        message.contentType = QStringLiteral("application/json");
        message.persistent = true;
        message.headers = {{QStringLiteral("tenant"), QStringLiteral("acme")},
                           {QStringLiteral("attempts"), 3}};
        message.properties = sampleProperties(); // user_id guest: who publishes, or refused
        message.body = "{}";
        backend.execute(warren::commands::Publish{message});
        const auto published = takeResult(finished);
        QCOMPARE(published.error, QString());
        QCOMPARE(published.count, quint64(1));
        QCOMPARE(
            runPika(m_broker.amqpPort,
                    QStringLiteral("m, p, body = ch.basic_get('remote.props', auto_ack=True)\n"
                                   "print(p.content_type, p.content_encoding, p.delivery_mode,"
                                   " p.priority, p.correlation_id, p.reply_to, p.expiration,"
                                   " p.message_id, p.timestamp, p.type, p.user_id, p.app_id,"
                                   " p.headers)")),
            QByteArray("application/json utf-8 2 7 c-9 replies 600000 m-1 1796585400 "
                       "order.created guest warren-console {'attempts': 3L, 'tenant': 'acme'}\n"));
    }

    void administersARealBroker_data() {
        QTest::addColumn<QString>("target");
        QTest::newRow("rabbitmq") << QStringLiteral("rabbitmq");
        QTest::newRow("warren") << QStringLiteral("warren");
    }
    void administersARealBroker() {
        ManagementApiBackend backend(profileFor(m_broker.httpPort));
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        warren::BrokerSnapshot snapshot;
        QVERIFY(snapshotUntil(
            backend, [](const auto& s) { return !s.vhosts.isEmpty(); }, &snapshot));
        QVERIFY(!snapshot.node.isEmpty());
        QCOMPARE(backend.status(), QStringLiteral("Connected"));
        QVERIFY(backend.alert().isEmpty());
        QVERIFY(
            std::any_of(snapshot.exchanges.cbegin(), snapshot.exchanges.cend(),
                        [](const auto& e) { return e.name == "amq.topic" && e.type == "topic"; }));

        // A queue made by the console, filled by pika, seen by the console.
        warren::QueueDefinition queue;
        queue.name = QStringLiteral("remote.orders");
        queue.maxLength = 100;
        backend.execute(warren::commands::DeclareQueue{queue});
        QCOMPARE(takeResult(finished).error, QString());
        QCOMPARE(
            runPika(m_broker.amqpPort,
                    QStringLiteral("for i in range(3):\n"
                                   "    ch.basic_publish('', 'remote.orders', b'order %d' % i)\n"
                                   "print('ok')")),
            QByteArray("ok\n"));
        QVERIFY(snapshotUntil(backend, [](const auto& s) {
            const auto* q = findQueue(s, QStringLiteral("remote.orders"));
            return q && q->messagesReady == 3 && q->arguments.contains("x-max-length: 100");
        }));

        // The console's window on this broker shows what its API says.
        {
            QFETCH(QString, target);
            ConsoleWindow window(&backend);
            window.resize(1100, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
            auto* queues = window.findChild<QWidget*>(QStringLiteral("queuesPage"));
            tabs->setCurrentWidget(queues);
            QTRY_VERIFY_WITH_TIMEOUT(tabs->tabText(tabs->indexOf(queues)) != "Queues (0)", 10000);
            auto* view = queues->findChild<QTableView*>();
            QTRY_VERIFY(view->model()->rowCount() > 0);
            QVERIFY(view->model()
                        ->match(view->model()->index(0, 0), Qt::DisplayRole,
                                QStringLiteral("remote.orders"), 1, Qt::MatchExactly)
                        .size() == 1);
            const QString dir = qEnvironmentVariable("WARREN_SCREENSHOT_DIR");
            if (!dir.isEmpty()) // for docs/screenshots: the window on a real broker
                QVERIFY(window.grab().save(
                    QDir(dir).filePath(QStringLiteral("warren-remote-%1.png").arg(target))));
        }

        // Peek: the first two, in order; nothing is lost.
        backend.execute(warren::commands::PeekMessages{QStringLiteral("/"),
                                                       QStringLiteral("remote.orders"), 2});
        const auto peeked =
            nextResultOf(finished, warren::OperationResult::Kind::PeekMessages, 10000);
        QVERIFY(peeked);
        const warren::OperationResult& peek = *peeked;
        QCOMPARE(peek.error, QString());
        QCOMPARE(peek.messages.size(), 2);
        QCOMPARE(peek.messages.at(0).body, QByteArray("order 0"));
        QCOMPARE(peek.messages.at(1).body, QByteArray("order 1"));
        QCOMPARE(peek.count, quint64(3));

        // Publish from the console; pika gets all four.
        warren::OutgoingMessage message;
        message.routingKey = QStringLiteral("remote.orders");
        message.contentType = QStringLiteral("text/plain");
        message.body = "from the console";
        backend.execute(warren::commands::Publish{message});
        const auto published = takeResult(finished);
        QCOMPARE(published.error, QString());
        QCOMPARE(published.count, quint64(1));

        // An exchange and a binding: pika's message through it arrives; unbound, it does not.
        warren::ExchangeDefinition exchange;
        exchange.name = QStringLiteral("remote.events");
        exchange.type = QStringLiteral("topic");
        backend.execute(warren::commands::DeclareExchange{exchange});
        QCOMPARE(takeResult(finished).error, QString());
        warren::BindingDefinition binding;
        binding.source = exchange.name;
        binding.destination = queue.name;
        binding.routingKey = QStringLiteral("order.#");
        backend.execute(warren::commands::AddBinding{binding});
        QCOMPARE(takeResult(finished).error, QString());
        QCOMPARE(
            runPika(m_broker.amqpPort,
                    QStringLiteral("ch.basic_publish('remote.events', 'order.eu', b'routed')\n"
                                   "n = 0\n"
                                   "while True:\n"
                                   "    m, p, body = ch.basic_get('remote.orders', auto_ack=True)\n"
                                   "    if m is None: break\n"
                                   "    n += 1\n"
                                   "    last = body\n"
                                   "print(n, last.decode())")),
            QByteArray("5 routed\n"));
        QVERIFY(snapshotUntil(backend, [](const auto& s) {
            return std::any_of(s.bindings.cbegin(), s.bindings.cend(), [](const auto& b) {
                return b.source == "remote.events" && b.routingKey == "order.#";
            });
        }));
        backend.execute(warren::commands::RemoveBinding{binding});
        QCOMPARE(takeResult(finished).error, QString());
        QCOMPARE(
            runPika(m_broker.amqpPort,
                    QStringLiteral("ch.basic_publish('remote.events', 'order.eu', b'lost')\n"
                                   "m, p, body = ch.basic_get('remote.orders', auto_ack=True)\n"
                                   "print(m is None)")),
            QByteArray("True\n"));

        // A user with permissions made from the console logs in with pika; deleted, it cannot.
        backend.execute(warren::commands::PutUser{{QStringLiteral("remote-app"),
                                                   QStringLiteral("s3cret"),
                                                   false,
                                                   {QStringLiteral("management")},
                                                   {}}});
        QCOMPARE(takeResult(finished).error, QString());
        backend.execute(warren::commands::SetPermission{
            {QStringLiteral("remote-app"), QStringLiteral("/"), QStringLiteral("^remote\\."),
             QStringLiteral(".*"), QStringLiteral(".*")}});
        QCOMPARE(takeResult(finished).error, QString());
        const QString asApp =
            QStringLiteral(
                "try:\n"
                "    a = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', %1, '/',"
                " pika.PlainCredentials('remote-app', 's3cret')))\n"
                "    a.channel().queue_declare('remote.mine')\n"
                "    print('in')\n"
                "except pika.exceptions.ProbableAuthenticationError:\n"
                "    print('refused')")
                .arg(m_broker.amqpPort);
        QCOMPARE(runPika(m_broker.amqpPort, asApp), QByteArray("in\n"));
        QVERIFY(snapshotUntil(backend, [](const auto& s) {
            return std::any_of(s.permissions.cbegin(), s.permissions.cend(), [](const auto& p) {
                return p.user == "remote-app" && p.configure == "^remote\\.";
            });
        }));
        // Topic permissions cleared for one exchange leave the others; cleared with no exchange
        // named, every one of the user's in the vhost goes.
        const auto topicExchangesOf = [](const warren::BrokerSnapshot& s) {
            QStringList exchanges;
            for (const auto& p : s.topicPermissions)
                if (p.user == QLatin1String("remote-app"))
                    exchanges << p.exchange;
            exchanges.sort();
            return exchanges;
        };
        for (const QString& topic : {QStringLiteral("amq.topic"), exchange.name}) {
            backend.execute(warren::commands::SetTopicPermission{
                {QStringLiteral("remote-app"), QStringLiteral("/"), topic}});
            QCOMPARE(takeResult(finished).error, QString());
        }
        QVERIFY(snapshotUntil(backend, [&](const auto& s) {
            return topicExchangesOf(s) == QStringList{QStringLiteral("amq.topic"), exchange.name};
        }));
        backend.execute(warren::commands::ClearTopicPermission{
            QStringLiteral("remote-app"), QStringLiteral("/"), QStringLiteral("amq.topic")});
        QCOMPARE(takeResult(finished).error, QString());
        QVERIFY(snapshotUntil(backend, [&](const auto& s) {
            return topicExchangesOf(s) == QStringList{exchange.name};
        }));
        backend.execute(warren::commands::ClearTopicPermission{QStringLiteral("remote-app"),
                                                               QStringLiteral("/"), std::nullopt});
        QCOMPARE(takeResult(finished).error, QString());
        QVERIFY(
            snapshotUntil(backend, [&](const auto& s) { return topicExchangesOf(s).isEmpty(); }));

        backend.execute(warren::commands::DeleteUser{QStringLiteral("remote-app")});
        QCOMPARE(takeResult(finished).error, QString());
        QCOMPARE(runPika(m_broker.amqpPort, asApp), QByteArray("refused\n"));

        // Purge and delete.
        QCOMPARE(
            runPika(m_broker.amqpPort,
                    QStringLiteral("ch.basic_publish('', 'remote.orders', b'x')\nprint('ok')")),
            QByteArray("ok\n"));
        backend.execute(warren::commands::PurgeQueue{QStringLiteral("/"), queue.name});
        QCOMPARE(takeResult(finished).error, QString());
        backend.execute(warren::commands::DeleteQueue{QStringLiteral("/"), queue.name});
        QCOMPARE(takeResult(finished).error, QString());
        backend.execute(warren::commands::DeleteExchange{QStringLiteral("/"), exchange.name});
        QCOMPARE(takeResult(finished).error, QString());
        QVERIFY(snapshotUntil(
            backend, [](const auto& s) { return !findQueue(s, QStringLiteral("remote.orders")); }));

        // The broker's refusals come back as errors, in its words.
        backend.execute(
            warren::commands::DeleteQueue{QStringLiteral("/"), QStringLiteral("no-such-queue")});
        QVERIFY(!takeResult(finished).error.isEmpty());
    }

    void ackAndRedeliverCountsAndRates_data() { administersARealBroker_data(); }
    void ackAndRedeliverCountsAndRates() {
        // A client's acks and redeliveries reach the Queues table's Ack/s and Redeliver/s. Both
        // brokers give the counts; RabbitMQ its own rates (whose samples a short burst may fall
        // between), Warren none, so the console's come from the counts' change: the first
        // snapshot to see the acks has a rate above 0.
        QFETCH(QString, target);
        ManagementApiBackend backend(profileFor(m_broker.httpPort));
        QVERIFY(snapshotUntil(backend, [](const auto& s) { return !s.vhosts.isEmpty(); }));
        QCOMPARE(runPika(m_broker.amqpPort, QStringLiteral("ch.queue_declare('remote.acked')\n"
                                                           "print('ok')")),
                 QByteArray("ok\n"));
        QVERIFY(snapshotUntil(backend, [](const auto& s) {
            return findQueue(s, QStringLiteral("remote.acked")) != nullptr;
        }));
        QSignalSpy snapshots(&backend, &BrokerBackend::snapshotUpdated);
        QCOMPARE(runPika(m_broker.amqpPort,
                         QStringLiteral("for i in range(4):\n"
                                        "    ch.basic_publish('', 'remote.acked', b'm%d' % i)\n"
                                        "m, p, b = ch.basic_get('remote.acked')\n"
                                        "ch.basic_nack(m.delivery_tag, requeue=True)\n"
                                        "for i in range(4):\n"
                                        "    m, p, b = ch.basic_get('remote.acked')\n"
                                        "    ch.basic_ack(m.delivery_tag)\n"
                                        "print('ok')")),
                 QByteArray("ok\n"));
        // The first snapshot to see all the acks, and the first to see the redelivery.
        std::optional<warren::QueueInfo> acked;
        std::optional<warren::QueueInfo> redelivered;
        // RabbitMQ's statistics trail its queues by a collection interval or two.
        for (QDeadlineTimer patience(60000); !acked && !patience.hasExpired();) {
            backend.refresh();
            QVERIFY(snapshots.wait(5000));
            QTest::qWait(250);
            for (const QList<QVariant>& signal : std::as_const(snapshots)) {
                const auto snapshot = signal.at(0).value<warren::BrokerSnapshot>();
                const auto* q = findQueue(snapshot, QStringLiteral("remote.acked"));
                if (q && q->redeliverCount == 1 && !redelivered)
                    redelivered = *q;
                if (q && q->ackCount == 4 && !acked)
                    acked = *q;
            }
        }
        const auto last = snapshots.last().at(0).value<warren::BrokerSnapshot>();
        const auto* seen = findQueue(last, QStringLiteral("remote.acked"));
        QVERIFY2(acked && redelivered,
                 seen ? qPrintable(QStringLiteral("last seen: %1 acks, %2 redeliveries")
                                       .arg(seen->ackCount)
                                       .arg(seen->redeliverCount))
                      : "the queue is gone");
        QCOMPARE(acked->redeliverCount, quint64(1));
        if (target == QLatin1String("warren")) {
            QVERIFY(acked->ackRate > 0);
            QVERIFY(redelivered->redeliverRate > 0);
        }
    }

    // The embedded broker's definitions onto the remote one, then the remote's onto a fresh
    // embedded broker: each import is the other side's own export, and the copied shop works
    // there for pika, passwords included (both store RabbitMQ's salted SHA-256).
    void copiesDefinitionsBothWays_data() { administersARealBroker_data(); }
    void copiesDefinitionsBothWays() {
        EmbeddedBroker first;
        QVERIFY(first.start());
        QVERIFY(buildShop(first.backend()));
        ManagementApiBackend remote(profileFor(m_broker.httpPort));
        // A queue both have, with other arguments: shown as a conflict and left alone.
        warren::QueueDefinition audit;
        audit.name = QStringLiteral("audit");
        QVERIFY(
            changeDone(&remote, [&] { remote.execute(warren::commands::DeclareQueue{audit}); }));
        audit.maxLength = 5;
        QVERIFY(changeDone(first.backend(), [&] {
            first.backend()->execute(warren::commands::DeclareQueue{audit});
        }));
        {
            CopyDefinitionsDialog dialog({first.backend(), &remote}, first.backend());
            QCOMPARE(compareAndApply(dialog,
                                     [](CopyDefinitionsDialog& preview) {
                                         QTreeWidgetItem* conflict = changeItem(
                                             preview.changesView(), QStringLiteral("Queues"),
                                             QStringLiteral("audit"));
                                         QVERIFY(conflict);
                                         QCOMPARE(conflict->text(2),
                                                  QStringLiteral("Conflict: left as it is"));
                                         grabPreview(preview);
                                     }),
                     QString());
            // Nothing of the shop is left to copy.
            QVERIFY(!changeItem(dialog.changesView(), QStringLiteral("Queues"),
                                QStringLiteral("billing")));
            QVERIFY(!changeItem(dialog.changesView(), QStringLiteral("Users"),
                                QStringLiteral("alice")));
        }
        QCOMPARE(runPika(m_broker.amqpPort, shopWorksScript(m_broker.amqpPort)),
                 QByteArray("first order\nalice in\n"));

        EmbeddedBroker second;
        QVERIFY(second.start());
        {
            CopyDefinitionsDialog dialog({&remote, second.backend()}, &remote);
            QCOMPARE(compareAndApply(dialog), QString());
        }
        const QJsonObject copied = definitionsOf(second.backend());
        QVERIFY(hasNamed(copied, "vhosts", QStringLiteral("shop")));
        QVERIFY(hasNamed(copied, "exchanges", QStringLiteral("orders")));
        const quint16 port = second.backend()->listeners().first().port;
        QCOMPARE(runPika(port, shopWorksScript(port)), QByteArray("first order\nalice in\n"));
        QVERIFY(second.stop());
        QVERIFY(first.stop());
    }

    void queueTypesLeadersAndClusterNodes_data() { administersARealBroker_data(); }
    void queueTypesLeadersAndClusterNodes() {
        QFETCH(QString, target);
        const bool rabbitMq = target == QLatin1String("rabbitmq");
        using Feature = BrokerBackend::Feature;
        ManagementApiBackend backend(profileFor(m_broker.httpPort));
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        // The first answer says which broker this is: only RabbitMQ has other queue types.
        QVERIFY(snapshotUntil(backend, [](const auto& s) { return !s.vhosts.isEmpty(); }));
        QCOMPARE(backend.supports(Feature::QueueTypes), rabbitMq);

        warren::QueueDefinition quorum;
        quorum.name = QStringLiteral("remote.quorum");
        quorum.type = QStringLiteral("quorum");
        backend.execute(warren::commands::DeclareQueue{quorum});
        const QString quorumError = takeResult(finished).error;
        warren::QueueDefinition stream;
        stream.name = QStringLiteral("remote.stream");
        stream.type = QStringLiteral("stream");
        warren::QueueDefinition classic;
        classic.name = QStringLiteral("remote.classic");
        backend.execute(warren::commands::DeclareQueue{classic});
        QCOMPARE(takeResult(finished).error, QString());

        if (!rabbitMq) {
            QVERIFY(backend.unsupportedReason(Feature::QueueTypes).contains("Warren"));
            QVERIFY2(quorumError.contains(QStringLiteral("only classic queues")),
                     qPrintable(quorumError));
        } else {
            QCOMPARE(quorumError, QString());
            backend.execute(
                warren::commands::DeclareQueue{stream}); // core in RabbitMQ 3.9+, no plugin needed
            QCOMPARE(takeResult(finished).error, QString());
            // RabbitMQ refuses a transient quorum queue, in its own words.
            warren::QueueDefinition transient = quorum;
            transient.name = QStringLiteral("remote.transient");
            transient.durable = false;
            backend.execute(warren::commands::DeclareQueue{transient});
            const QString refusal = takeResult(finished).error;
            QVERIFY2(refusal.contains(QStringLiteral("non-durable")), qPrintable(refusal));
            // A client sees the types the console asked for: declaring otherwise is refused.
            QCOMPARE(runPika(m_broker.amqpPort,
                             QStringLiteral("ch.queue_declare('remote.quorum', durable=True,"
                                            " arguments={'x-queue-type': 'quorum'})\n"
                                            "try:\n"
                                            "    ch.queue_declare('remote.stream', durable=True)\n"
                                            "except pika.exceptions.ChannelClosedByBroker as e:\n"
                                            "    print(e.reply_code)")),
                     QByteArray("406\n"));
        }

        // The API's figures trail the broker (RabbitMQ's statistics collector): wait until
        // the node reports its uptime, which comes with its partitions and alarms.
        auto placed = [](const warren::BrokerSnapshot& s, const QString& name,
                         const QString& type) {
            const auto* q = findQueue(s, name);
            return q && q->type == type && q->leader == s.node &&
                   (type == QLatin1String("classic") ? q->members.isEmpty()
                                                     : q->members == QStringList{s.node});
        };
        warren::BrokerSnapshot snapshot;
        const bool settled = snapshotUntil(
            backend,
            [&](const warren::BrokerSnapshot& s) {
                const bool nodeKnown = s.nodes.size() == 1 && s.nodes.first().uptimeMs >= 0;
                const bool queues =
                    placed(s, classic.name, QStringLiteral("classic")) &&
                    (!rabbitMq || (placed(s, quorum.name, QStringLiteral("quorum")) &&
                                   placed(s, stream.name, QStringLiteral("stream"))));
                return nodeKnown && queues;
            },
            &snapshot);
        QStringList seen; // what the last snapshot said, should it never settle
        for (const auto& q : snapshot.queues)
            seen << QStringLiteral("%1 %2 leader=%3 members=%4")
                        .arg(q.name, q.type, q.leader, q.members.join(QLatin1Char(',')));
        seen << QStringLiteral("%1 node(s) on %2").arg(snapshot.nodes.size()).arg(snapshot.node);
        QVERIFY2(settled, qPrintable(seen.join(QStringLiteral("; "))));
        QVERIFY(!findQueue(snapshot, QStringLiteral("remote.transient")));
        if (!rabbitMq)
            QVERIFY(!findQueue(snapshot, quorum.name));
        const warren::NodeInfo& node = snapshot.nodes.first();
        QCOMPARE(node.name, snapshot.node);
        QVERIFY(node.running);
        QVERIFY(node.partitions.isEmpty());
        QVERIFY(!node.memoryAlarm && !node.diskAlarm);
        QVERIFY(node.memoryUsed > 0);
        if (rabbitMq) {
            QCOMPARE(findQueue(snapshot, quorum.name)->onlineMembers, QStringList{snapshot.node});
            QCOMPARE(node.type, QStringLiteral("disc"));
        }
    }

    void aReadOnlyProfileChangesNothing_data() { administersARealBroker_data(); }
    void aReadOnlyProfileChangesNothing() {
        ConnectionProfile profile = profileFor(m_broker.httpPort);
        profile.readOnly = true;
        ManagementApiBackend backend(profile);
        QVERIFY(!backend.canManage());
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        warren::QueueDefinition queue;
        queue.name = QStringLiteral("must.not.exist");
        backend.execute(warren::commands::DeclareQueue{queue});
        QCOMPARE(takeResult(finished).error, QStringLiteral("This connection is read-only."));
        QVERIFY(snapshotUntil(backend, [](const auto& s) { return !s.vhosts.isEmpty(); }));
        warren::BrokerSnapshot snapshot;
        QVERIFY(snapshotUntil(
            backend, [](const auto&) { return true; }, &snapshot));
        QVERIFY(!findQueue(snapshot, queue.name));
    }

    void problemsBecomeAlertsAndClear_data() { administersARealBroker_data(); }
    void problemsBecomeAlertsAndClear() {
        // A wrong password.
        ManagementApiBackend refused(profileFor(m_broker.httpPort, QStringLiteral("wrong")));
        QSignalSpy refusedAlerts(&refused, &BrokerBackend::alertChanged);
        refused.refresh();
        QVERIFY(refusedAlerts.wait(10000));
        QVERIFY2(refused.alert().contains(QStringLiteral("401")), qPrintable(refused.alert()));
        QVERIFY(refused.status().startsWith(QStringLiteral("Unreachable")));

        // A port nothing listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        ManagementApiBackend nowhere(profileFor(closedPort));
        QSignalSpy nowhereAlerts(&nowhere, &BrokerBackend::alertChanged);
        nowhere.refresh();
        QVERIFY(nowhereAlerts.wait(10000));
        QVERIFY2(nowhere.alert().contains(QStringLiteral("refused")), qPrintable(nowhere.alert()));
        // Backing off: the next try waits longer than the polling interval.
        nowhere.refresh();
        QVERIFY(QTest::qWaitFor([&] { return nowhere.nextPollMs() > 500; }, 10000));

        // A broker that stops mid-session.
        ManagementApiBackend live(profileFor(m_broker.httpPort));
        QVERIFY(snapshotUntil(live, [](const auto& s) { return !s.vhosts.isEmpty(); }));
        QVERIFY(live.alert().isEmpty());
        QSignalSpy liveAlerts(&live, &BrokerBackend::alertChanged);
        stopBroker(m_broker);
        QVERIFY(liveAlerts.wait(20000)); // the next poll finds it gone
        QVERIFY(!live.alert().isEmpty());
        QVERIFY(live.status().startsWith(QStringLiteral("Unreachable")));
    }

    // Policies: made, seen and applied (the queue's API answer names it and what it sets), then
    // deleted — on RabbitMQ and on a remote Warren alike.
    void policiesOnARealBroker_data() { administersARealBroker_data(); }
    void policiesOnARealBroker() {
        QFETCH(QString, target);
        using Feature = BrokerBackend::Feature;
        ManagementApiBackend backend(profileFor(m_broker.httpPort));
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        QSignalSpy featuresChanged(&backend, &BrokerBackend::featuresChanged);
        warren::BrokerSnapshot snapshot;
        QVERIFY(snapshotUntil(
            backend, [](const auto& s) { return !s.vhosts.isEmpty(); }, &snapshot));
        QVERIFY(snapshot.policies.isEmpty());
        const warren::PolicyDefinition ttl{QStringLiteral("/"),
                                           QStringLiteral("pol-ttl"),
                                           QStringLiteral("^pol\\."),
                                           QStringLiteral("queues"),
                                           1,
                                           QStringLiteral(R"({"message-ttl":60000})")};

        // Both apply policies; only the Warren is learnt from the overview's warren_version.
        QVERIFY(backend.supports(Feature::Policies));
        QCOMPARE(featuresChanged.size(), target == QLatin1String("warren") ? 1 : 0);
        backend.execute(warren::commands::PutPolicy{ttl});
        auto put = takeResult(finished);
        QCOMPARE(put.kind, warren::OperationResult::Kind::PutPolicy);
        QCOMPARE(put.error, QString());
        QVERIFY(snapshotUntil(backend, [](const auto& s) {
            return std::any_of(s.policies.cbegin(), s.policies.cend(), [](const auto& p) {
                return p.name == "pol-ttl" && p.vhost == "/" && p.pattern == "^pol\\." &&
                       p.applyTo == "queues" && p.priority == 1 &&
                       p.definition == R"({"message-ttl":60000})";
            });
        }));

        // A queue it matches takes it: RabbitMQ's API names the policy and what it sets.
        warren::QueueDefinition queue;
        queue.name = QStringLiteral("pol.orders");
        backend.execute(warren::commands::DeclareQueue{queue});
        QCOMPARE(takeResult(finished).error, QString());
        QNetworkAccessManager network;
        auto queueAnswer = [&] {
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/api/queues/%2F/pol.orders")
                         .arg(m_broker.httpPort)));
            request.setRawHeader("Authorization", "Basic " + QByteArray("guest:guest").toBase64());
            QNetworkReply* reply = network.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            reply->deleteLater();
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        QJsonObject answer;
        for (int attempt = 0; attempt < 40; ++attempt) {
            answer = queueAnswer();
            if (answer.value(QStringLiteral("policy")).toString() == QLatin1String("pol-ttl"))
                break;
            QTest::qWait(250);
        }
        QCOMPARE(answer.value(QStringLiteral("policy")).toString(), QStringLiteral("pol-ttl"));
        QCOMPARE(answer.value(QStringLiteral("effective_policy_definition"))
                     .toObject()
                     .value(QStringLiteral("message-ttl"))
                     .toInt(),
                 60000);

        // Deleted, it is gone from the snapshot.
        backend.execute(warren::commands::DeletePolicy{ttl.vhost, ttl.name});
        auto deleted = takeResult(finished);
        QCOMPARE(deleted.kind, warren::OperationResult::Kind::DeletePolicy);
        QCOMPARE(deleted.error, QString());
        QVERIFY(snapshotUntil(backend, [](const auto& s) { return s.policies.isEmpty(); }));
        backend.execute(warren::commands::DeleteQueue{QStringLiteral("/"), queue.name});
        QCOMPARE(takeResult(finished).error, QString());
        // Deleting it again is the broker's refusal, in its words.
        backend.execute(warren::commands::DeletePolicy{ttl.vhost, ttl.name});
        QVERIFY(!takeResult(finished).error.isEmpty());
    }

    void liveTapOfARemoteWarren_data() {
        QTest::addColumn<QString>("target");
        QTest::newRow("warren") << QStringLiteral("warren");
    }
    // The live tap page on a remote Warren (its /api/warren/taps): what pika publishes shows up
    // with the body and headers the broker routed, pausing stops the tap on the broker, and a
    // tap the broker refuses ends with its reason, as on the embedded broker.
    void liveTapOfARemoteWarren() {
        ManagementApiBackend backend(profileFor(m_broker.httpPort));
        QVERIFY(!backend.canTap()); // a RabbitMQ profile, until the broker says it is a Warren
        warren::BrokerSnapshot snapshot;
        QVERIFY(snapshotUntil(
            backend, [](const auto& s) { return !s.vhosts.isEmpty(); }, &snapshot));
        QVERIFY(backend.canTap());
        QVERIFY(backend.supports(BrokerBackend::Feature::Tap));
        LiveTapPage page(&backend);
        QVERIFY(page.isEnabled());
        page.setSnapshot(snapshot);
        page.setTarget(QStringLiteral("/"), QStringLiteral("amq.topic"));
        // The tap is on the broker once its POST is answered; pika publishes after that. Each
        // answer is noted as it comes (the reply itself is deleted once handled).
        QList<std::pair<QByteArray, int>> answers; // verb, status, of /api/warren/taps
        auto* network = backend.findChild<QNetworkAccessManager*>();
        connect(network, &QNetworkAccessManager::finished, this, [&answers](QNetworkReply* r) {
            if (r->url().path().startsWith(QLatin1String("/api/warren/taps")))
                answers.append(
                    {r->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(),
                     r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()});
        });
        const auto answerTo = [&answers](const QByteArray& verb) {
            const auto of = [&] {
                return std::find_if(answers.cbegin(), answers.cend(),
                                    [&](const auto& a) { return a.first == verb; });
            };
            for (int waited = 0; waited < 100 && of() == answers.cend(); ++waited)
                QTest::qWait(100);
            return of() == answers.cend() ? 0 : of()->second;
        };
        page.start();
        QVERIFY(page.isTapping());
        QCOMPARE(answerTo("POST"), 201);
        QCOMPARE(runPika(m_broker.amqpPort,
                         QStringLiteral(
                             "props = pika.BasicProperties(headers={'site': 'north'})\n"
                             "ch.basic_publish('amq.topic', 'sensor.temp', b'{\"celsius\": 4.5}',"
                             " props)\n"
                             "ch.basic_publish('amq.direct', 'elsewhere', b'not tapped')\n"
                             "ch.basic_publish('amq.topic', 'order.created', b'{\"total\": 20}')\n"
                             "print('ok')")),
                 QByteArray("ok\n"));
        QTRY_VERIFY_WITH_TIMEOUT(page.ringSize() == 2, 15000);
        TapTreeModel* tree = page.treeModel();
        const auto temp = tree->latest(tree->indexOfKey(QStringLiteral("sensor.temp")));
        QVERIFY(temp);
        QCOMPARE(temp->body, QByteArray(R"({"celsius": 4.5})"));
        QCOMPARE(temp->exchange, QStringLiteral("amq.topic"));
        QVERIFY(temp->headers.contains(std::pair(QStringLiteral("site"), QStringLiteral("north"))));
        QVERIFY(tree->latest(tree->indexOfKey(QStringLiteral("order.created"))));
        QVERIFY(!tree->indexOfKey(QStringLiteral("elsewhere")).isValid());

        page.pause();
        QCOMPARE(answerTo("DELETE"), 204);

        QSignalSpy batches(&backend, &BrokerBackend::tapUpdated);
        const quint64 refused = warren::newTapId();
        backend.execute(
            warren::commands::StartTap{refused, QStringLiteral("/"), QStringLiteral("no.such")});
        QVERIFY(batches.wait(10000));
        const auto batch = batches.takeFirst().at(0).value<warren::TapBatch>();
        QCOMPARE(batch.tapId, refused);
        QVERIFY(!batch.error.isEmpty());
    }
};

QTEST_MAIN(TestRemoteBackend)
#include "tst_remote_backend.moc"
