// Every change is logged with who made it (issue 14, "Logs"): through the console (the embedded
// backend), by a client over AMQP (pika), and by a user of the HTTP API — declares, deletes,
// binds, purges, moves, users, permissions, policies, vhosts — and so is every connection close
// with its reason. The log is read as the console's log page reads it: Broker::logRecorded.

#include "backends/embedded_backend.h"
#include "embedded_test_support.h"
#include "operation_wait.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <warren/broker.h>
#include <warren/log_record.h>

class TestChangeLog : public QObject {
    Q_OBJECT

    std::unique_ptr<EmbeddedBroker> m_embedded;
    EmbeddedBackend* m_backend = nullptr;
    QList<warren::LogRecord> m_records;

    quint16 port(const QString& scheme) const {
        for (const auto& listener : m_backend->listeners())
            if (listener.scheme == scheme)
                return listener.port;
        return 0;
    }

    void run(const std::function<void()>& operation) {
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        operation();
        const auto result = takeResult(finished);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    }

    // The first change record whose text contains every part; fails the test when none does
    // within a few seconds (records come from the broker thread).
    warren::LogRecord change(const QStringList& parts) {
        warren::LogRecord found;
        const auto matches = [&] {
            for (const auto& record : std::as_const(m_records)) {
                bool all = record.category == QLatin1String("change");
                for (const QString& part : parts)
                    all = all && record.text.contains(part);
                if (all) {
                    found = record;
                    return true;
                }
            }
            return false;
        };
        if (!QTest::qWaitFor(matches, 5000)) {
            for (const auto& record : std::as_const(m_records))
                qWarning().noquote() << record.category << record.connection << record.text;
            qWarning().noquote() << "no change record with" << parts;
        }
        return found;
    }

    int http(const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/%2")
                                         .arg(port(QStringLiteral("http")))
                                         .arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization",
                             "Basic " + QByteArrayLiteral("guest:guest").toBase64());
        QNetworkReply* reply = network.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private slots:
    void init() {
        m_records.clear();
        m_embedded = std::make_unique<EmbeddedBroker>([](warren::BrokerConfig& config) {
            config.listeners << warren::ListenerSpec{QStringLiteral("http"),
                                                     QStringLiteral("127.0.0.1"), 0};
        });
        m_backend = m_embedded->backend();
        connect(m_embedded->broker(), &warren::Broker::logRecorded, this,
                [this](const warren::LogRecord& record) { m_records << record; });
        QVERIFY(m_embedded->start());
        QTRY_VERIFY(port(QStringLiteral("http")) != 0);
    }

    void cleanup() {
        QVERIFY(m_embedded->stop());
        m_embedded.reset();
    }

    void changesInTheConsoleNameTheConsole() {
        // Declares, binds, purges, moves, users, permissions, policies, vhosts, deletes.
        warren::QueueDefinition queue;
        queue.name = QStringLiteral("orders");
        queue.durable = true;
        run([&] { m_backend->execute(warren::commands::DeclareQueue{queue}); });
        QVERIFY(!change({"queue 'orders' declared in vhost '/' (durable)", "by the console"})
                     .text.isEmpty());
        warren::BindingDefinition binding;
        binding.source = QStringLiteral("amq.topic");
        binding.destination = QStringLiteral("orders");
        binding.routingKey = QStringLiteral("order.*");
        run([&] { m_backend->execute(warren::commands::AddBinding{binding}); });
        QVERIFY(!change({"binding added from exchange 'amq.topic' to queue 'orders' with routing "
                         "key 'order.*'",
                         "by the console"})
                     .text.isEmpty());
        run([&] {
            m_backend->execute(
                warren::commands::PurgeQueue{QStringLiteral("/"), QStringLiteral("orders")});
        });
        QVERIFY(!change({"queue 'orders' in vhost '/' purged of 0 messages", "by the console"})
                     .text.isEmpty());
        run([&] {
            m_backend->execute(warren::commands::PutUser{{QStringLiteral("ops"),
                                                          QStringLiteral("s3cret"),
                                                          false,
                                                          {QStringLiteral("monitoring")},
                                                          {}}});
        });
        QVERIFY(!change({"user 'ops' created with tags [monitoring]", "by the console"})
                     .text.isEmpty());
        run([&] {
            m_backend->execute(warren::commands::SetPermission{
                {QStringLiteral("ops"), QStringLiteral("/"), QStringLiteral("^$"),
                 QStringLiteral("^$"), QStringLiteral(".*")}});
        });
        QVERIFY(!change({"permissions of user 'ops' in vhost '/' set to configure '^$', write "
                         "'^$', read '.*'",
                         "by the console"})
                     .text.isEmpty());
        warren::PolicyDefinition policy;
        policy.name = QStringLiteral("ttl");
        policy.pattern = QStringLiteral("^orders$");
        policy.applyTo = QStringLiteral("queues");
        policy.definition = QStringLiteral("{\"message-ttl\": 60000}");
        run([&] { m_backend->execute(warren::commands::PutPolicy{policy}); });
        QVERIFY(!change({"policy 'ttl' in vhost '/' set for queues matching '^orders$'",
                         "by the console"})
                     .text.isEmpty());
        run([&] {
            m_backend->execute(
                warren::commands::DeletePolicy{QStringLiteral("/"), QStringLiteral("ttl")});
        });
        QVERIFY(!change({"policy 'ttl' in vhost '/' deleted", "by the console"}).text.isEmpty());
        run([&] { m_backend->execute(warren::commands::DeleteUser{QStringLiteral("ops")}); });
        QVERIFY(!change({"user 'ops' deleted", "by the console"}).text.isEmpty());
        run([&] { m_backend->execute(warren::commands::AddVhost{QStringLiteral("staging")}); });
        QVERIFY(!change({"vhost 'staging' added", "by the console"}).text.isEmpty());
        // A move of the messages the user picked.
        QCOMPARE(runPika(port(QStringLiteral("amqp")),
                         QStringLiteral("ch.queue_declare('parked')\n"
                                        "ch.basic_publish('', 'orders', b'one')\n"
                                        "print('ok')")),
                 QByteArray("ok\n"));
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        m_backend->execute(
            warren::commands::PeekMessages{QStringLiteral("/"), QStringLiteral("orders"), 10});
        const auto peeked = nextResultOf(finished, warren::OperationResult::Kind::PeekMessages);
        QVERIFY(peeked);
        const warren::OperationResult& peek = *peeked;
        QCOMPARE(peek.messages.size(), 1);
        warren::MessageTransfer move;
        move.mode = warren::MessageTransfer::Mode::Move;
        move.queue = QStringLiteral("orders");
        move.messageIds = {peek.messages.first().id};
        move.routingKey = QStringLiteral("parked");
        run([&] { m_backend->execute(warren::commands::TransferMessages{move}); });
        QVERIFY(!change({"1 messages of queue 'orders' in vhost '/' moved to the default exchange",
                         "by the console"})
                     .text.isEmpty());
        run([&] {
            m_backend->execute(
                warren::commands::DeleteQueue{QStringLiteral("/"), QStringLiteral("orders")});
        });
        QVERIFY(!change({"queue 'orders' in vhost '/' deleted", "by the console"}).text.isEmpty());
    }

    void changesOverAmqpNameTheClientAndItsConnection() {
        const quint16 amqp = port(QStringLiteral("amqp"));
        QCOMPARE(
            runPika(amqp, QStringLiteral("ch.exchange_declare('events', 'topic', durable=True)\n"
                                         "ch.queue_declare('audit', durable=True)\n"
                                         "ch.queue_bind('audit', 'events', 'a.#')\n"
                                         "ch.basic_publish('events', 'a.b', b'x')\n"
                                         "ch.queue_purge('audit')\n"
                                         "ch.queue_unbind('audit', 'events', 'a.#')\n"
                                         "ch.queue_delete('audit')\n"
                                         "ch.exchange_delete('events')\n"
                                         "tmp = ch.queue_declare('', exclusive=True).method.queue\n"
                                         "print('ok')")),
            QByteArray("ok\n"));
        const auto declared = change({"exchange 'events' of type topic declared in vhost '/' "
                                      "(durable)",
                                      "by user 'guest' over AMQP"});
        QVERIFY(!declared.text.isEmpty());
        QVERIFY2(declared.connection.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(declared.connection)); // the client's connection
        QVERIFY(
            !change({"queue 'audit' declared in vhost '/' (durable)", "over AMQP"}).text.isEmpty());
        QVERIFY(!change({"binding added from exchange 'events' to queue 'audit' with routing "
                         "key 'a.#'",
                         "over AMQP"})
                     .text.isEmpty());
        QVERIFY(!change({"queue 'audit' in vhost '/' purged of 1 messages", "over AMQP"})
                     .text.isEmpty());
        QVERIFY(!change({"binding removed from exchange 'events' to queue 'audit'", "over AMQP"})
                     .text.isEmpty());
        QVERIFY(!change({"queue 'audit' in vhost '/' deleted by user 'guest' over AMQP"})
                     .text.isEmpty());
        QVERIFY(!change({"exchange 'events' in vhost '/' deleted by user 'guest' over AMQP"})
                     .text.isEmpty());
        // The broker's own rule, on the client's behalf: the exclusive queue goes with it.
        QVERIFY(
            !change({"in vhost '/' deleted with its exclusive owner's connection"}).text.isEmpty());
        // And the connection's close is logged with its reason.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_records.cbegin(), m_records.cend(),
                                             [&](const warren::LogRecord& r) {
                                                 return r.connection == declared.connection &&
                                                        r.text.startsWith(QLatin1String(
                                                            "client closed the connection: 200"));
                                             }),
                                 5000);
    }

    void changesOverHttpNameTheApiUser() {
        QCOMPARE(http("PUT", QStringLiteral("queues/%2F/billing"), R"({"durable":true})"), 201);
        QVERIFY(!change({"queue 'billing' declared in vhost '/' (durable)",
                         "by user 'guest' over the HTTP API from 127.0.0.1"})
                     .text.isEmpty());
        QCOMPARE(http("PUT", QStringLiteral("users/auditor"),
                      R"({"password":"pw","tags":"management"})"),
                 201);
        QVERIFY(!change({"user 'auditor' created with tags [management]", "over the HTTP API"})
                     .text.isEmpty());
        QCOMPARE(http("DELETE", QStringLiteral("queues/%2F/billing/contents")), 204);
        QVERIFY(
            !change({"queue 'billing' in vhost '/' purged", "over the HTTP API"}).text.isEmpty());
        QCOMPARE(http("DELETE", QStringLiteral("queues/%2F/billing")), 204);
        QVERIFY(
            !change({"queue 'billing' in vhost '/' deleted", "over the HTTP API"}).text.isEmpty());
    }
};

QTEST_MAIN(TestChangeLog)
#include "tst_change_log.moc"
