// The console's look into and changes to the embedded broker, end to end: a real broker, pika
// (a client written by others) on the other side. Peeking must leave the queue exactly as it
// was (same count, same order, no redelivered flag on the next real delivery); queues created,
// purged and deleted and messages published from the console are what clients then see.

#include "backends/embedded_backend.h"
#include "embedded_test_support.h"
#include "models/queue_table_model.h"
#include "operation_wait.h"

#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

// Runs pika as `user` on `vhost`; prints what the script prints, or "refused CODE" when the
// broker refuses the connection.
QByteArray runPikaAs(quint16 port, const QString& user, const QString& password,
                     const QString& vhost, const QString& script) {
    return runPika(port,
                   QStringLiteral("c.close()\n"
                                  "try:\n"
                                  "    c = pika.BlockingConnection(pika.ConnectionParameters("
                                  "'127.0.0.1', %1, '%2', pika.PlainCredentials('%3', '%4')))\n"
                                  "except pika.exceptions.ProbableAccessDeniedError:\n"
                                  "    print('refused access')\n"
                                  "    c = pika.BlockingConnection(pika.ConnectionParameters("
                                  "'127.0.0.1', %1))\n"
                                  "except pika.exceptions.ProbableAuthenticationError:\n"
                                  "    print('refused login')\n"
                                  "    c = pika.BlockingConnection(pika.ConnectionParameters("
                                  "'127.0.0.1', %1))\n"
                                  "else:\n"
                                  "    ch = c.channel()\n")
                           .arg(port)
                           .arg(vhost, user, password) +
                       script);
}

} // namespace

class TestEmbeddedPeek : public QObject {
    Q_OBJECT

    std::unique_ptr<EmbeddedBroker> m_embedded;
    warren::Broker* m_broker = nullptr;
    EmbeddedBackend* m_backend = nullptr;

private slots:
    // A fresh broker on a fresh data directory and an ephemeral port for every test.
    void init() {
        m_embedded = std::make_unique<EmbeddedBroker>();
        m_broker = m_embedded->broker();
        m_backend = m_embedded->backend();
        QVERIFY(m_embedded->start());
    }

    void cleanup() {
        QVERIFY(m_embedded->stop());
        m_embedded.reset();
    }

    void peekingLeavesTheQueueAsItWas() {
        EmbeddedBackend& backend = *m_backend;
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

        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        for (int round = 0; round < 2; ++round) { // twice: the first changed nothing
            backend.execute(
                warren::commands::PeekMessages{QStringLiteral("/"), QStringLiteral("browse"), 10});
            const auto peeked = nextResultOf(finished, warren::OperationResult::Kind::PeekMessages);
            QVERIFY(peeked);
            const warren::OperationResult& result = *peeked;
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.count, quint64(3));
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

        backend.execute(
            warren::commands::PeekMessages{QStringLiteral("/"), QStringLiteral("missing"), 10});
        const auto missing = nextResultOf(finished, warren::OperationResult::Kind::PeekMessages);
        QVERIFY(missing);
        QCOMPARE(missing->error, QStringLiteral("no queue 'missing' in vhost '/'"));
        QCOMPARE(missing->errorKind, warren::OperationResult::Error::NotFound);
    }

    void consoleChangesAreWhatClientsSee() {
        EmbeddedBackend& backend = *m_backend;
        const quint16 port = backend.listeners().first().port;
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        auto nextResult = [&finished] { return takeResult(finished); };

        warren::QueueDefinition jobs;
        jobs.name = QStringLiteral("jobs");
        jobs.maxLength = 2;
        jobs.overflow = QStringLiteral("reject-publish");
        backend.execute(warren::commands::DeclareQueue{jobs});
        auto result = nextResult();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.kind, warren::OperationResult::Kind::DeclareQueue);
        // A client sees the queue with exactly those arguments: others are inequivalent.
        QCOMPARE(
            runPika(port, QStringLiteral("ch.queue_declare('jobs', durable=True, arguments={"
                                         "'x-max-length': 2, 'x-overflow': 'reject-publish'})\n"
                                         "try:\n"
                                         "    ch.queue_declare('jobs', durable=True)\n"
                                         "except pika.exceptions.ChannelClosedByBroker as e:\n"
                                         "    print(e.reply_code)")),
            QByteArray("406\n"));

        warren::OutgoingMessage message;
        message.routingKey = QStringLiteral("jobs");
        message.contentType = QStringLiteral("application/json");
        message.persistent = true;
        message.headers = {{QStringLiteral("tenant"), QStringLiteral("acme")}};
        for (int i = 0; i < 3; ++i) {
            message.body = QStringLiteral("{\"job\": %1}").arg(i).toUtf8();
            backend.execute(warren::commands::Publish{message});
            result = nextResult();
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.count, quint64(i < 2 ? 1 : 0)); // the third finds the queue full
        }
        QCOMPARE(
            runPika(port, QStringLiteral("m, p, body = ch.basic_get('jobs', auto_ack=True)\n"
                                         "print(body.decode(), p.content_type, p.delivery_mode,"
                                         " p.headers['tenant'], m.message_count)")),
            QByteArray("{\"job\": 0} application/json 2 acme 1\n"));

        backend.execute(warren::commands::PurgeQueue{QStringLiteral("/"), QStringLiteral("jobs")});
        result = nextResult();
        QCOMPARE(result.kind, warren::OperationResult::Kind::PurgeQueue);
        QCOMPARE(result.count, quint64(1));
        backend.execute(warren::commands::DeleteQueue{QStringLiteral("/"), QStringLiteral("jobs")});
        result = nextResult();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(runPika(port, QStringLiteral("try:\n"
                                              "    ch.queue_declare('jobs', passive=True)\n"
                                              "except pika.exceptions.ChannelClosedByBroker as e:\n"
                                              "    print(e.reply_code)")),
                 QByteArray("404\n"));

        backend.execute(warren::commands::PurgeQueue{QStringLiteral("/"), QStringLiteral("jobs")});
        QCOMPARE(nextResult().error, QStringLiteral("no queue 'jobs' in vhost '/'"));
    }

    void onlyClassicQueuesOnItsOneNode() {
        // Warren is a single node with classic queues only: the console does not offer other
        // types, and a quorum queue asked for anyway is refused in the broker's words.
        QVERIFY(!m_backend->supports(BrokerBackend::Feature::QueueTypes));
        QVERIFY(!m_backend->unsupportedReason(BrokerBackend::Feature::QueueTypes).isEmpty());
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        warren::QueueDefinition quorum;
        quorum.name = QStringLiteral("replicated");
        quorum.type = QStringLiteral("quorum");
        m_backend->execute(warren::commands::DeclareQueue{quorum});
        const QString refusal = takeResult(finished).error;
        QVERIFY2(refusal.contains(QStringLiteral("only classic queues")), qPrintable(refusal));

        const quint16 port = m_backend->listeners().first().port;
        QCOMPARE(runPika(port, QStringLiteral("ch.queue_declare('plain')\nprint('ok')")),
                 QByteArray("ok\n"));
        QSignalSpy snapshots(m_backend, &BrokerBackend::snapshotUpdated);
        m_backend->refresh();
        QVERIFY(snapshots.wait(5000));
        const auto snapshot = snapshots.takeLast().at(0).value<warren::BrokerSnapshot>();
        const auto plain =
            std::find_if(snapshot.queues.cbegin(), snapshot.queues.cend(),
                         [](const auto& q) { return q.name == QLatin1String("plain"); });
        QVERIFY(plain != snapshot.queues.cend());
        QCOMPARE(plain->type, QStringLiteral("classic"));
        QCOMPARE(plain->leader, snapshot.node);
        QVERIFY(plain->members.isEmpty());
        QVERIFY(std::none_of(snapshot.queues.cbegin(), snapshot.queues.cend(),
                             [](const auto& q) { return q.name == QLatin1String("replicated"); }));
        QCOMPARE(snapshot.nodes.size(), 1);
        const warren::NodeInfo& node = snapshot.nodes.first();
        QCOMPARE(node.name, snapshot.node);
        QVERIFY(node.running);
        QVERIFY(node.partitions.isEmpty());
        QVERIFY(!node.memoryAlarm && !node.diskAlarm);
        QVERIFY(node.memoryUsed > 0);
        QVERIFY(node.uptimeMs >= 0);
    }

    void argumentsAndAckRatesOfClientsQueuesReachTheQueuesTable() {
        // The arguments as the broker describes them become the Features badges, and the acks
        // and redeliveries of a client its Ack/s and Redeliver/s.
        const quint16 port = m_backend->listeners().first().port;
        QCOMPARE(runPika(port, QStringLiteral(
                                   "ch.queue_declare('featured', durable=True, arguments={"
                                   "'x-message-ttl': 60000, 'x-expires': 3600000, "
                                   "'x-max-length': 1000, 'x-overflow': 'reject-publish', "
                                   "'x-dead-letter-exchange': 'dlx', 'x-max-priority': 5, "
                                   "'x-single-active-consumer': True, 'x-queue-mode': 'lazy'})\n"
                                   "print('ok')")),
                 QByteArray("ok\n"));
        QSignalSpy snapshots(m_backend, &BrokerBackend::snapshotUpdated);
        m_backend->refresh(); // the counts the rates are measured from
        QVERIFY(snapshots.wait(5000));
        snapshots.clear();
        QCOMPARE(runPika(port, QStringLiteral("for i in range(4):\n"
                                              "    ch.basic_publish('', 'featured', b'm%d' % i)\n"
                                              "m, p, b = ch.basic_get('featured')\n"
                                              "ch.basic_nack(m.delivery_tag, requeue=True)\n"
                                              "for i in range(4):\n"
                                              "    m, p, b = ch.basic_get('featured')\n"
                                              "    ch.basic_ack(m.delivery_tag)\n"
                                              "print('ok')")),
                 QByteArray("ok\n"));
        m_backend->refresh();
        QVERIFY(snapshots.wait(5000));

        // The backend's own timer may have taken a snapshot in between: the change shows in
        // whichever came first after the traffic.
        QueueTableModel model;
        int row = -1;
        for (const QList<QVariant>& signal : std::as_const(snapshots)) {
            model.applySnapshot(signal.at(0).value<warren::BrokerSnapshot>());
            for (row = 0; row < model.rowCount(); ++row)
                if (model.queueAt(row).name == QLatin1String("featured"))
                    break;
            QVERIFY(row < model.rowCount());
            if (model.queueAt(row).ackRate > 0)
                break;
        }
        QVERIFY(model.queueAt(row).ackRate > 0);
        QVERIFY(model.queueAt(row).redeliverRate > 0);
        QVERIFY(model.index(row, QueueTableModel::AckRateColumn).data().toString() !=
                QLatin1String("0.0"));
        QCOMPARE(model.index(row, QueueTableModel::FeaturesColumn).data().toString(),
                 QStringLiteral("D TTL Exp Lim DLX Pri SAC Args"));
        const QStringList tips = model.index(row, QueueTableModel::FeaturesColumn)
                                     .data(QueueTableModel::BadgeToolTipsRole)
                                     .toStringList();
        QVERIFY2(tips.contains(QStringLiteral("TTL: x-message-ttl = 60000 ms")),
                 qPrintable(tips.join(QLatin1Char('|'))));
        QVERIFY2(tips.contains(QStringLiteral("Lim: x-max-length = 1000 messages\n"
                                              "x-overflow = reject-publish")),
                 qPrintable(tips.join(QLatin1Char('|'))));
        QVERIFY2(tips.contains(QStringLiteral("SAC: x-single-active-consumer = true")),
                 qPrintable(tips.join(QLatin1Char('|'))));
        QVERIFY2(tips.contains(QStringLiteral("Args: other arguments\nx-queue-mode = lazy")),
                 qPrintable(tips.join(QLatin1Char('|'))));
    }

    void policiesFromTheConsoleLimitClientsQueues() {
        // A max-length policy made in the console caps a queue pika declares without arguments;
        // deleted, the queue takes what it is sent again. A broken definition is refused.
        QVERIFY(m_backend->supports(BrokerBackend::Feature::Policies));
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        warren::PolicyDefinition cap{QStringLiteral("/"),
                                     QStringLiteral("cap"),
                                     QStringLiteral("^capped\\."),
                                     QStringLiteral("queues"),
                                     5,
                                     QStringLiteral(R"({"max-length":2})")};
        m_backend->execute(warren::commands::PutPolicy{cap});
        warren::OperationResult put = takeResult(finished);
        QCOMPARE(put.kind, warren::OperationResult::Kind::PutPolicy);
        QCOMPARE(put.error, QString());
        warren::PolicyDefinition broken = cap;
        broken.definition = QStringLiteral("max-length=2");
        m_backend->execute(warren::commands::PutPolicy{broken});
        QVERIFY(!takeResult(finished).error.isEmpty());
        warren::PolicyDefinition unknownKey = cap;
        unknownKey.definition = QStringLiteral(R"({"ha-mode":"all"})");
        m_backend->execute(warren::commands::PutPolicy{unknownKey});
        QVERIFY2(takeResult(finished).error.contains(QStringLiteral("Validation failed")),
                 "RabbitMQ's validation wording");

        const quint16 port = m_backend->listeners().first().port;
        const QString fill = QStringLiteral("ch.queue_declare('capped.q')\n"
                                            "for i in range(5):\n"
                                            "    ch.basic_publish('', 'capped.q', b'm%d' % i)\n"
                                            "print(ch.queue_declare('capped.q', passive=True)"
                                            ".method.message_count)\n"
                                            "print(ch.basic_get('capped.q', auto_ack=True)[2])");
        // drop-head: the two newest stay.
        QCOMPARE(runPika(port, fill), QByteArray("2\nb'm3'\n"));

        QSignalSpy snapshots(m_backend, &BrokerBackend::snapshotUpdated);
        m_backend->refresh();
        QVERIFY(snapshots.wait(5000));
        const auto snapshot = snapshots.takeLast().at(0).value<warren::BrokerSnapshot>();
        QCOMPARE(snapshot.policies.size(), 1);
        QCOMPARE(snapshot.policies.first().name, QStringLiteral("cap"));
        QCOMPARE(snapshot.policies.first().pattern, QStringLiteral("^capped\\."));
        QCOMPARE(snapshot.policies.first().priority, 5);
        QCOMPARE(snapshot.policies.first().definition, QStringLiteral(R"({"max-length":2})"));

        m_backend->execute(warren::commands::DeletePolicy{cap.vhost, cap.name});
        const warren::OperationResult deleted = takeResult(finished);
        QCOMPARE(deleted.kind, warren::OperationResult::Kind::DeletePolicy);
        QCOMPARE(deleted.error, QString());
        QCOMPARE(runPika(port, QStringLiteral("ch.queue_purge('capped.q')\n"
                                              "for i in range(5):\n"
                                              "    ch.basic_publish('', 'capped.q', b'x')\n"
                                              "print(ch.queue_declare('capped.q', passive=True)"
                                              ".method.message_count)")),
                 QByteArray("5\n"));
    }

    void exchangesAndBindingsFromTheConsoleRouteClientsMessages() {
        const quint16 port = m_backend->listeners().first().port;
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        auto nextResult = [&finished] { return takeResult(finished); };
        QCOMPARE(runPika(port, QStringLiteral("ch.queue_declare('invoices', durable=True)\n"
                                              "ch.queue_declare('audit', durable=True)\n"
                                              "print('ok')")),
                 QByteArray("ok\n"));

        warren::ExchangeDefinition orders;
        orders.name = QStringLiteral("orders");
        orders.type = QStringLiteral("topic");
        m_backend->execute(warren::commands::DeclareExchange{orders});
        auto result = nextResult();
        QCOMPARE(result.kind, warren::OperationResult::Kind::DeclareExchange);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        warren::ExchangeDefinition everything;
        everything.name = QStringLiteral("everything");
        everything.type = QStringLiteral("fanout");
        m_backend->execute(warren::commands::DeclareExchange{everything});
        QVERIFY(nextResult().error.isEmpty());

        warren::BindingDefinition toInvoices;
        toInvoices.source = QStringLiteral("orders");
        toInvoices.destination = QStringLiteral("invoices");
        toInvoices.routingKey = QStringLiteral("order.*.paid");
        m_backend->execute(warren::commands::AddBinding{toInvoices});
        result = nextResult();
        QCOMPARE(result.kind, warren::OperationResult::Kind::AddBinding);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        warren::BindingDefinition e2e; // orders -> everything -> audit
        e2e.source = QStringLiteral("orders");
        e2e.destination = QStringLiteral("everything");
        e2e.destinationIsQueue = false;
        e2e.routingKey = QStringLiteral("#");
        m_backend->execute(warren::commands::AddBinding{e2e});
        QVERIFY(nextResult().error.isEmpty());
        warren::BindingDefinition toAudit;
        toAudit.source = QStringLiteral("everything");
        toAudit.destination = QStringLiteral("audit");
        m_backend->execute(warren::commands::AddBinding{toAudit});
        QVERIFY(nextResult().error.isEmpty());

        // A client publishing to the exchange made in the console reaches both queues; a
        // client re-declaring it with another type is refused as RabbitMQ refuses it.
        QCOMPARE(runPika(port, QStringLiteral(
                                   "ch.basic_publish('orders', 'order.7.paid', b'paid')\n"
                                   "ch.basic_publish('orders', 'order.7.shipped', b'shipped')\n"
                                   "import time; time.sleep(0.2)\n"
                                   "print(ch.queue_declare('invoices', passive=True)"
                                   ".method.message_count,"
                                   " ch.queue_declare('audit', passive=True)"
                                   ".method.message_count)\n"
                                   "try:\n"
                                   "    ch.exchange_declare('orders', 'direct')\n"
                                   "except pika.exceptions.ChannelClosedByBroker as e:\n"
                                   "    print(e.reply_code)")),
                 QByteArray("1 2\n406\n"));

        // The snapshot shows the bindings; removing one by what the snapshot shows works.
        QSignalSpy snapshots(m_backend, &BrokerBackend::snapshotUpdated);
        m_backend->refresh();
        QVERIFY(snapshots.wait(5000));
        const auto bindings = snapshots.takeLast().at(0).value<warren::BrokerSnapshot>().bindings;
        const auto shown = std::find_if(bindings.cbegin(), bindings.cend(), [](const auto& b) {
            return b.source == QLatin1String("orders") &&
                   b.destination == QLatin1String("invoices");
        });
        QVERIFY(shown != bindings.cend());
        QCOMPARE(shown->routingKey, QStringLiteral("order.*.paid"));
        warren::BindingDefinition removal = toInvoices;
        removal.argumentsSummary = shown->arguments;
        m_backend->execute(warren::commands::RemoveBinding{removal});
        result = nextResult();
        QCOMPARE(result.kind, warren::OperationResult::Kind::RemoveBinding);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        m_backend->execute(warren::commands::RemoveBinding{removal});
        QCOMPARE(nextResult().error,
                 QStringLiteral("no binding from 'orders' to 'invoices' with routing key "
                                "'order.*.paid'"));

        // Refusals are RabbitMQ's: built-in exchanges stay, unknown types are not invented.
        m_backend->execute(
            warren::commands::DeleteExchange{QStringLiteral("/"), QStringLiteral("amq.direct")});
        QCOMPARE(nextResult().error,
                 QStringLiteral("the built-in exchange 'amq.direct' cannot be deleted"));
        warren::ExchangeDefinition bogus;
        bogus.name = QStringLiteral("bogus");
        bogus.type = QStringLiteral("x-nonsense");
        m_backend->execute(warren::commands::DeclareExchange{bogus});
        QVERIFY(!nextResult().error.isEmpty());

        m_backend->execute(
            warren::commands::DeleteExchange{QStringLiteral("/"), QStringLiteral("everything")});
        result = nextResult();
        QCOMPARE(result.kind, warren::OperationResult::Kind::DeleteExchange);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(
            runPika(port, QStringLiteral("ch.basic_publish('orders', 'order.8.paid', b'paid')\n"
                                         "import time; time.sleep(0.2)\n"
                                         "print(ch.queue_declare('invoices', passive=True)"
                                         ".method.message_count,"
                                         " ch.queue_declare('audit', passive=True)"
                                         ".method.message_count)\n"
                                         "try:\n"
                                         "    ch.exchange_declare('everything', passive=True)\n"
                                         "except pika.exceptions.ChannelClosedByBroker as e:\n"
                                         "    print(e.reply_code)")),
            QByteArray("1 2\n404\n"));

        // Durable definitions made in the console survive a restart.
        QSignalSpy restarted(m_broker, &warren::Broker::started);
        m_backend->restartBroker();
        QVERIFY(restarted.wait(15000));
        QTRY_VERIFY(m_backend->isRunning());
        QTRY_COMPARE(m_backend->listeners().size(), 1);
        QCOMPARE(runPika(m_backend->listeners().first().port,
                         QStringLiteral("ch.exchange_declare('orders', 'topic', durable=True)\n"
                                        "print('still a durable topic exchange')")),
                 QByteArray("still a durable topic exchange\n"));
    }

    void usersPermissionsAndVhostsFromTheConsoleAreWhatClientsGet() {
        const quint16 port = m_backend->listeners().first().port;
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        auto expectDone = [&finished](warren::OperationResult::Kind kind) {
            const auto result = takeResult(finished);
            QCOMPARE(result.kind, kind);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        };
        using Kind = warren::OperationResult::Kind;

        m_backend->execute(warren::commands::PutUser{
            {QStringLiteral("app"), QStringLiteral("s3cret"), false, {}, {}}});
        expectDone(Kind::PutUser);
        // No permissions yet: the login works, the vhost does not (RabbitMQ's 530 at open).
        QCOMPARE(runPikaAs(port, QStringLiteral("app"), QStringLiteral("s3cret"),
                           QStringLiteral("/"), QStringLiteral("    print('in')\n")),
                 QByteArray("refused access\n"));
        m_backend->execute(warren::commands::SetPermission{
            {QStringLiteral("app"), QStringLiteral("/"), QStringLiteral("^app\\."),
             QStringLiteral("app"), QString()}});
        expectDone(Kind::SetPermission);
        const QString declareBoth =
            QStringLiteral("    ch.queue_declare('app.jobs')\n"
                           "    print('declared app.jobs')\n"
                           "    try:\n"
                           "        ch.queue_declare('other')\n"
                           "    except pika.exceptions.ChannelClosedByBroker as e:\n"
                           "        print(e.reply_code)\n");
        QCOMPARE(runPikaAs(port, QStringLiteral("app"), QStringLiteral("s3cret"),
                           QStringLiteral("/"), declareBoth),
                 QByteArray("declared app.jobs\n403\n"));

        // The default exchange is checked as "amq.default", as RabbitMQ names it: "app" is
        // not in that name, so publishing there is refused.
        QCOMPARE(runPikaAs(port, QStringLiteral("app"), QStringLiteral("s3cret"),
                           QStringLiteral("/"),
                           QStringLiteral("    ch.basic_publish('', 'app.jobs', b'x')\n"
                                          "    try:\n"
                                          "        ch.queue_declare('app.jobs', passive=True)\n"
                                          "    except pika.exceptions.ChannelClosedByBroker as e:\n"
                                          "        print(e.reply_code, e.reply_text)\n")),
                 QByteArray("403 ACCESS_REFUSED - access to exchange 'amq.default' in vhost '/' "
                            "refused for user 'app'\n"));
        m_backend->execute(warren::commands::CheckAccess{QStringLiteral("app"), QStringLiteral("/"),
                                                         QStringLiteral("app.jobs")});
        auto result = takeResult(finished);
        QCOMPARE(result.kind, Kind::CheckAccess);
        QCOMPARE(result.granted,
                 (QStringList{QStringLiteral("configure"), QStringLiteral("write")}));

        // A new password works at once; the old one does not.
        m_backend->execute(warren::commands::PutUser{{QStringLiteral("app"),
                                                      QStringLiteral("changed"),
                                                      false,
                                                      {QStringLiteral("monitoring")},
                                                      {}}});
        expectDone(Kind::PutUser);
        QCOMPARE(runPikaAs(port, QStringLiteral("app"), QStringLiteral("s3cret"),
                           QStringLiteral("/"), QStringLiteral("    print('in')\n")),
                 QByteArray("refused login\n"));
        QCOMPARE(runPikaAs(port, QStringLiteral("app"), QStringLiteral("changed"),
                           QStringLiteral("/"), QStringLiteral("    print('in')\n")),
                 QByteArray("in\n"));

        // A vhost of its own, with guest allowed in; then gone with everything in it.
        m_backend->execute(warren::commands::AddVhost{QStringLiteral("dev")});
        expectDone(Kind::AddVhost);
        m_backend->execute(
            warren::commands::SetPermission{{QStringLiteral("guest"), QStringLiteral("dev")}});
        expectDone(Kind::SetPermission);
        QCOMPARE(runPikaAs(port, QStringLiteral("guest"), QStringLiteral("guest"),
                           QStringLiteral("dev"),
                           QStringLiteral("    ch.queue_declare('dev-queue', durable=True)\n"
                                          "    print('in dev')\n")),
                 QByteArray("in dev\n"));

        // Everything so far is durable: it is all there after a restart.
        QSignalSpy restarted(m_broker, &warren::Broker::started);
        m_backend->restartBroker();
        QVERIFY(restarted.wait(15000));
        QTRY_VERIFY(m_backend->isRunning());
        QTRY_COMPARE(m_backend->listeners().size(), 1);
        const quint16 newPort = m_backend->listeners().first().port;
        QCOMPARE(runPikaAs(newPort, QStringLiteral("app"), QStringLiteral("changed"),
                           QStringLiteral("/"), declareBoth),
                 QByteArray("declared app.jobs\n403\n"));
        QCOMPARE(runPikaAs(newPort, QStringLiteral("guest"), QStringLiteral("guest"),
                           QStringLiteral("dev"),
                           QStringLiteral("    print(ch.queue_declare('dev-queue', passive=True)"
                                          ".method.queue)\n")),
                 QByteArray("dev-queue\n"));

        finished.clear();
        m_backend->execute(warren::commands::DeleteVhost{QStringLiteral("dev")});
        expectDone(Kind::DeleteVhost);
        QCOMPARE(runPikaAs(newPort, QStringLiteral("guest"), QStringLiteral("guest"),
                           QStringLiteral("dev"), QStringLiteral("    print('in dev')\n")),
                 QByteArray("refused access\n"));
        m_backend->execute(warren::commands::DeleteUser{QStringLiteral("app")});
        expectDone(Kind::DeleteUser);
        QCOMPARE(runPikaAs(newPort, QStringLiteral("app"), QStringLiteral("changed"),
                           QStringLiteral("/"), QStringLiteral("    print('in')\n")),
                 QByteArray("refused login\n"));

        // Refusals name what is wrong.
        m_backend->execute(
            warren::commands::SetPermission{{QStringLiteral("nobody"), QStringLiteral("/")}});
        QCOMPARE(takeResult(finished).error, QStringLiteral("no user 'nobody'"));
        m_backend->execute(warren::commands::SetPermission{
            {QStringLiteral("guest"), QStringLiteral("/"), QStringLiteral("(unclosed")}});
        QVERIFY(takeResult(finished).error.startsWith(
            QStringLiteral("invalid regular expression '(unclosed'")));
        m_backend->execute(warren::commands::AddVhost{QStringLiteral("/")});
        QCOMPARE(takeResult(finished).error, QStringLiteral("vhost '/' already exists"));
    }

    void topicPermissionsFromTheConsoleAreWhatClientsGet() {
        const quint16 port = m_backend->listeners().first().port;
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        using Kind = warren::OperationResult::Kind;
        m_backend->execute(warren::commands::SetTopicPermission{
            {QStringLiteral("guest"), QStringLiteral("/"), QStringLiteral("amq.topic"),
             QStringLiteral("^ok\\."), QStringLiteral("^{username}\\.")}});
        auto result = takeResult(finished);
        QCOMPARE(result.kind, Kind::SetTopicPermission);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QString publishBoth =
            QStringLiteral("ch.confirm_delivery()\n"
                           "ch.basic_publish('amq.topic', 'ok.1', b'x')\n"
                           "print('published ok.1')\n"
                           "try:\n"
                           "    ch.basic_publish('amq.topic', 'no.1', b'x')\n"
                           "except pika.exceptions.ChannelClosedByBroker as e:\n"
                           "    print(e.reply_code, e.reply_text)\n");
        QCOMPARE(runPika(port, publishBoth),
                 QByteArray("published ok.1\n403 ACCESS_REFUSED - access to topic 'no.1' "
                            "in exchange 'amq.topic' in vhost '/' refused for user 'guest'\n"));

        // The Users tab's check: {username} is the checked user's.
        m_backend->execute(warren::commands::CheckTopicAccess{
            QStringLiteral("guest"), QStringLiteral("/"), QStringLiteral("amq.topic"),
            QStringLiteral("guest.x")});
        result = takeResult(finished);
        QCOMPARE(result.kind, Kind::CheckTopicAccess);
        QCOMPARE(result.granted, QStringList{QStringLiteral("read")});
        m_backend->execute(warren::commands::CheckTopicAccess{
            QStringLiteral("guest"), QStringLiteral("/"), QStringLiteral("amq.direct"),
            QStringLiteral("no.1")});
        result = takeResult(finished);
        QCOMPARE(result.granted, (QStringList{QStringLiteral("write"), QStringLiteral("read")}));
        m_backend->execute(
            warren::commands::CheckTopicAccess{QStringLiteral("guest"), QStringLiteral("/"),
                                               QStringLiteral("missing"), QStringLiteral("no.1")});
        result = takeResult(finished);
        QCOMPARE(result.error, QStringLiteral("no exchange 'missing' in vhost '/'"));

        // Cleared, the routing key is no longer checked.
        m_backend->execute(warren::commands::ClearTopicPermission{
            QStringLiteral("guest"), QStringLiteral("/"), QStringLiteral("amq.topic")});
        result = takeResult(finished);
        QCOMPARE(result.kind, Kind::ClearTopicPermission);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(runPika(port, QStringLiteral("ch.confirm_delivery()\n"
                                              "ch.basic_publish('amq.topic', 'no.1', b'x')\n"
                                              "print('published no.1')\n")),
                 QByteArray("published no.1\n"));
        m_backend->execute(warren::commands::ClearTopicPermission{
            QStringLiteral("guest"), QStringLiteral("/"), QStringLiteral("amq.topic")});
        QCOMPARE(takeResult(finished).error,
                 QStringLiteral("user 'guest' has no topic permission for exchange 'amq.topic' "
                                "in vhost '/'"));
    }

    void closingAConnectionTellsTheClientWhy() {
        // A pika client that waits to be closed and reports how.
        QProcess client;
        client.start(QStringLiteral(WARREN_TEST_PYTHON),
                     {QStringLiteral("-c"),
                      QStringLiteral("import pika, sys\n"
                                     "c = pika.BlockingConnection(pika.ConnectionParameters("
                                     "'127.0.0.1', %1))\n"
                                     "print('ready', flush=True)\n"
                                     "try:\n"
                                     "    c.process_data_events(time_limit=20)\n"
                                     "except pika.exceptions.ConnectionClosedByBroker as e:\n"
                                     "    print(e.reply_code, e.reply_text)\n")
                          .arg(m_backend->listeners().first().port)});
        auto stopClient = qScopeGuard([&client] { // also when a check below fails
            client.kill();
            client.waitForFinished();
        });
        while (!client.canReadLine() && client.waitForReadyRead(15000)) {
        }
        QCOMPARE(client.readLine(), QByteArray("ready\n"));

        QSignalSpy snapshots(m_backend, &BrokerBackend::snapshotUpdated);
        m_backend->refresh();
        QVERIFY(snapshots.wait(5000));
        const auto connections =
            snapshots.takeFirst().at(0).value<warren::BrokerSnapshot>().connections;
        QCOMPARE(connections.size(), 1);

        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        m_backend->execute(warren::commands::CloseConnection{connections.first().name,
                                                             QStringLiteral("maintenance")});
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).value<warren::OperationResult>().error, QString());
        QVERIFY(client.waitForFinished(15000));
        QCOMPARE(client.readAllStandardOutput(),
                 QByteArray("320 CONNECTION_FORCED - maintenance\n"));

        m_backend->execute(
            warren::commands::CloseConnection{connections.first().name, QStringLiteral("again")});
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.last().at(0).value<warren::OperationResult>().error.startsWith(
            QStringLiteral("no connection")));
    }

    void theRouteTesterAnswersAsRoutingWouldWithoutPublishing() {
        const quint16 port = m_backend->listeners().first().port;
        QCOMPARE(runPika(port,
                         QStringLiteral("ch.exchange_declare('events', 'topic')\n"
                                        "ch.exchange_declare('lost', 'fanout')\n"
                                        "ch.exchange_declare('with-ae', 'direct', "
                                        "arguments={'alternate-exchange': 'lost'})\n"
                                        "for q, ex, key in [('eu', 'events', '*.eu'), "
                                        "('all', 'events', '#'), ('lost-and-found', 'lost', '')]:\n"
                                        "    ch.queue_declare(q)\n"
                                        "    ch.queue_bind(q, ex, key)\n"
                                        "print('ok')")),
                 QByteArray("ok\n"));
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        auto routeOf = [&](const QString& exchange, const QString& key) {
            warren::OutgoingMessage m;
            m.exchange = exchange;
            m.routingKey = key;
            m_backend->execute(warren::commands::TestRoute{m});
            if (!finished.wait(5000))
                return QStringList{QStringLiteral("no answer")};
            auto result = finished.takeFirst().at(0).value<warren::OperationResult>();
            if (!result.error.isEmpty())
                return QStringList{result.error};
            result.queues.sort();
            return result.queues;
        };
        QCOMPARE(routeOf(QStringLiteral("events"), QStringLiteral("order.eu")),
                 (QStringList{QStringLiteral("all"), QStringLiteral("eu")}));
        QCOMPARE(routeOf(QStringLiteral("events"), QStringLiteral("order.us")),
                 QStringList{QStringLiteral("all")});
        QCOMPARE(routeOf(QStringLiteral("with-ae"), QStringLiteral("nobody")),
                 QStringList{QStringLiteral("lost-and-found")});
        QCOMPARE(routeOf(QStringLiteral("nope"), QString()),
                 QStringList{QStringLiteral("no exchange 'nope' in vhost '/'")});
        // Nothing was published by asking.
        QCOMPARE(runPika(port, QStringLiteral(
                                   "print(sum(ch.queue_declare(q, passive=True).method"
                                   ".message_count for q in ['eu', 'all', 'lost-and-found']))")),
                 QByteArray("0\n"));
    }

    void theLiveTapSeesTrafficWithoutTakingIt() {
        const quint16 port = m_backend->listeners().first().port;
        QSignalSpy batches(m_backend, &BrokerBackend::tapUpdated);
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        const auto startTap = [this](const std::optional<QString>& exchange) {
            const quint64 id = warren::newTapId();
            m_backend->execute(warren::commands::StartTap{id, QStringLiteral("/"), exchange});
            return id;
        };
        const quint64 topicTap = startTap(QStringLiteral("amq.topic"));
        const quint64 defaultTap = startTap(QString(""));
        const quint64 missingTap = startTap(QStringLiteral("nope"));
        QVERIFY(topicTap != defaultTap && defaultTap != missingTap);
        // The tap of a missing exchange is refused as not found; the others start.
        for (int answer = 0; answer < 3; ++answer) {
            const auto started = nextResultOf(finished, warren::OperationResult::Kind::StartTap);
            QVERIFY(started);
            if (started->tapId == missingTap) {
                QVERIFY2(started->error.contains(QStringLiteral("nope")),
                         qPrintable(started->error));
                QCOMPARE(started->errorKind, warren::OperationResult::Error::NotFound);
            } else {
                QCOMPARE(started->error, QString());
            }
        }
        QCOMPARE(
            runPika(port, QStringLiteral(
                              "ch.queue_declare('audit', durable=True)\n"
                              "ch.queue_bind('audit', 'amq.topic', 'order.#')\n"
                              "ch.confirm_delivery()\n"
                              "for key, body in [('order.created.eu', b'{\"total\": 10}'),\n"
                              "                  ('order.paid.eu', b'{\"total\": 10}'),\n"
                              "                  ('stock.low', b'nobody listens')]:\n"
                              "    ch.basic_publish('amq.topic', key, body,\n"
                              "        pika.BasicProperties(content_type='application/json'))\n"
                              "ch.basic_publish('', 'audit', b'direct to the queue')\n"
                              "print('published')\n")),
            QByteArray("published\n"));
        QMap<quint64, QList<warren::TappedMessage>> seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                while (!batches.isEmpty()) {
                    const auto batch = batches.takeFirst().at(0).value<warren::TapBatch>();
                    seen[batch.tapId] += batch.messages;
                }
                return seen[topicTap].size() == 3 && seen[defaultTap].size() == 1;
            }(),
            10000);
        QVERIFY(!seen.contains(missingTap)); // a refused tap sends nothing
        const auto& topic = seen[topicTap];
        QCOMPARE(topic.at(0).routingKey, QStringLiteral("order.created.eu"));
        QCOMPARE(topic.at(0).body, QByteArray(R"({"total": 10})"));
        QCOMPARE(topic.at(0).routedQueues, 1);
        QCOMPARE(topic.at(2).routingKey, QStringLiteral("stock.low"));
        QCOMPARE(topic.at(2).routedQueues, 0);
        QVERIFY(std::any_of(topic.at(0).properties.cbegin(), topic.at(0).properties.cend(),
                            [](const auto& p) { return p.second == "application/json"; }));
        QCOMPARE(seen[defaultTap].front().body, QByteArray("direct to the queue"));
        // The queue has every message, first deliveries all.
        m_backend->execute(warren::commands::StopTap{topicTap});
        m_backend->execute(warren::commands::StopTap{defaultTap});
        QCOMPARE(
            runPika(port, QStringLiteral("for _ in range(3):\n"
                                         "    m, _p, body = ch.basic_get('audit', auto_ack=True)\n"
                                         "    print(m.routing_key, m.redelivered)\n"
                                         "print(ch.queue_declare('audit', passive=True)"
                                         ".method.message_count)\n")),
            QByteArray("order.created.eu False\norder.paid.eu False\naudit False\n0\n"));
        // Stopped taps see nothing more: a fresh tap's copy arrives in the same hand-over
        // that would carry theirs.
        batches.clear();
        const quint64 witness = startTap(std::nullopt);
        QCOMPARE(runPika(port, QStringLiteral("ch.basic_publish('amq.topic', 'order.x', b'')\n"
                                              "print('ok')\n")),
                 QByteArray("ok\n"));
        QVERIFY(batches.wait(5000));
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.front().at(0).value<warren::TapBatch>().tapId, witness);
        m_backend->execute(warren::commands::StopTap{witness});
    }

    void restartFromTheConsoleKeepsDurableQueues() {
        QCOMPARE(runPika(m_backend->listeners().first().port,
                         QStringLiteral("ch.queue_declare('kept', durable=True)\n"
                                        "ch.basic_publish('', 'kept', b'still here',"
                                        " pika.BasicProperties(delivery_mode=2))\n"
                                        "print('ok')")),
                 QByteArray("ok\n"));
        QVERIFY(m_backend->canControl() && m_backend->isRunning());
        QSignalSpy restarted(m_broker, &warren::Broker::started);
        m_backend->restartBroker();
        QVERIFY(restarted.wait(15000));
        QTRY_VERIFY(m_backend->isRunning());
        QTRY_COMPARE(m_backend->listeners().size(), 1);
        QCOMPARE(runPika(m_backend->listeners().first().port,
                         QStringLiteral("print(ch.basic_get('kept', auto_ack=True)[2].decode())")),
                 QByteArray("still here\n"));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedPeek)
#include "tst_embedded_peek.moc"
