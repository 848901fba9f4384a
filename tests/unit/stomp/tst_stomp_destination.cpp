// STOMP destinations as RabbitMQ's STOMP plugin reads and writes them, the queues they declare,
// and the names of durable subscriptions' queues.

#include "stomp/destination.h"
#include "stomp/durable_subscription_name.h"
#include "stomp/queue_parameters.h"

#include <QTest>

using namespace warren::stomp;
using Kind = Destination::Kind;

Q_DECLARE_METATYPE(Kind)

class TestStompDestination : public QObject {
    Q_OBJECT
private slots:
    void parsesEveryForm_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("queue") << QByteArray("/queue/orders") << Kind::Queue << QByteArray("orders")
                               << QByteArray();
        QTest::newRow("escaped slash")
            << QByteArray("/queue/a%2Fb") << Kind::Queue << QByteArray("a/b") << QByteArray();
        QTest::newRow("topic") << QByteArray("/topic/a.b.c") << Kind::Topic << QByteArray("a.b.c")
                               << QByteArray();
        QTest::newRow("exchange and key")
            << QByteArray("/exchange/amq.direct/route") << Kind::Exchange
            << QByteArray("amq.direct") << QByteArray("route");
        QTest::newRow("exchange alone") << QByteArray("/exchange/amq.fanout") << Kind::Exchange
                                        << QByteArray("amq.fanout") << QByteArray();
        QTest::newRow("exchange, empty key")
            << QByteArray("/exchange/x/") << Kind::Exchange << QByteArray("x") << QByteArray();
        QTest::newRow("amq queue")
            << QByteArray("/amq/queue/q") << Kind::AmqQueue << QByteArray("q") << QByteArray();
        QTest::newRow("temp queue")
            << QByteArray("/temp-queue/r") << Kind::TempQueue << QByteArray("r") << QByteArray();
        QTest::newRow("reply queue keeps slashes")
            << QByteArray("/reply-queue/amq.gen-x/y") << Kind::ReplyQueue
            << QByteArray("amq.gen-x/y") << QByteArray();
    }
    void parsesEveryForm() {
        QFETCH(QByteArray, text);
        QFETCH(Kind, kind);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, key);
        const auto parsed = parseDestination(text);
        QVERIFY(std::holds_alternative<Destination>(parsed));
        const auto& d = std::get<Destination>(parsed);
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.name, name);
        QCOMPARE(d.routingKey, key);
    }

    void refusesWithRabbitMqsWords_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        const QString forms = QStringLiteral(
            "Valid destination types are: /temp-queue, /exchange, /topic, /queue, /amq/queue, "
            "/reply-queue/.\n");
        QTest::newRow("blank") << QByteArray() << QStringLiteral("Invalid destination")
                               << QStringLiteral("Destination cannot be blank");
        QTest::newRow("unknown") << QByteArray("/something/interesting")
                                 << QStringLiteral("Unknown destination")
                                 << "'/something/interesting' is not a valid destination.\n" +
                                        forms;
        QTest::newRow("bare name, not guessed")
            << QByteArray("orders") << QStringLiteral("Unknown destination")
            << "'orders' is not a valid destination.\n" + forms;
        QTest::newRow("queue with a slash")
            << QByteArray("/queue/bah/baz") << QStringLiteral("Invalid destination")
            << QStringLiteral("'/bah/baz' is not a valid queue "
                              "destination\n");
        QTest::newRow("queue without name")
            << QByteArray("/queue") << QStringLiteral("Invalid destination")
            << QStringLiteral("'' is not a valid queue "
                              "destination\n");
        QTest::newRow("queue, empty name")
            << QByteArray("/queue/") << QStringLiteral("Invalid destination")
            << QStringLiteral("'/' is not a valid queue "
                              "destination\n");
        QTest::newRow("exchange without name")
            << QByteArray("/exchange//foo") << QStringLiteral("Invalid destination")
            << QStringLiteral("'//foo' is not a valid "
                              "exchange destination\n");
        QTest::newRow("exchange, too deep")
            << QByteArray("/exchange/bah/baz/boo") << QStringLiteral("Invalid destination")
            << QStringLiteral("'/bah/baz/boo' is not a valid "
                              "exchange destination\n");
        QTest::newRow("topic with a slash")
            << QByteArray("/topic/bah/baz") << QStringLiteral("Invalid destination")
            << QStringLiteral("'/bah/baz' is not a valid topic "
                              "destination\n");
    }
    void refusesWithRabbitMqsWords() {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        const auto parsed = parseDestination(text);
        QVERIFY(std::holds_alternative<texts::Refusal>(parsed));
        QCOMPARE(std::get<texts::Refusal>(parsed).message, message);
        QCOMPARE(std::get<texts::Refusal>(parsed).detail, detail);
    }

    void messagesNameWhereTheyWerePublished() {
        QCOMPARE(destinationOf("", "orders"), QByteArray("/queue/orders"));
        QCOMPARE(destinationOf("amq.topic", "a.b"), QByteArray("/topic/a.b"));
        QCOMPARE(destinationOf("amq.fanout", ""), QByteArray("/exchange/amq.fanout"));
        QCOMPARE(destinationOf("x/y", "k%1\n"), QByteArray("/exchange/x%2Fy/k%251%0A"));
    }

    void durableSubscriptionQueuesAreNamedAsRabbitMqNamesThem() {
        // Computed by RabbitMQ 3.10 (and Erlang's term_to_binary) for key "durable", id
        // "test.subscription".
        QCOMPARE(durableSubscriptionQueueName("durable", "test.subscription"),
                 QByteArray("stomp-subscription-tMbeqL30tjlgaXMmaFM6Ew"));
        QVERIFY(durableSubscriptionQueueName("a", "") != durableSubscriptionQueueName("a", "b"));
    }

    void queueParametersFollowRabbitMqsDefaults() {
        Frame frame;
        frame.command = "SUBSCRIBE";
        auto queue = std::get<warren::ops::QueueDeclaration>(queueParameters(frame, Kind::Queue));
        QVERIFY(queue.durable && !queue.exclusive && !queue.autoDelete);
        auto topic = std::get<warren::ops::QueueDeclaration>(queueParameters(frame, Kind::Topic));
        QVERIFY(!topic.durable && !topic.exclusive && topic.autoDelete);
        // persistent:false on a /queue/ makes it the connection's own.
        frame.add("persistent", "false");
        queue = std::get<warren::ops::QueueDeclaration>(queueParameters(frame, Kind::Queue));
        QVERIFY(!queue.durable && queue.exclusive && queue.autoDelete);
        // A durable subscription is still auto-delete unless it says otherwise.
        Frame durable;
        durable.add("durable", "true");
        topic = std::get<warren::ops::QueueDeclaration>(queueParameters(durable, Kind::Topic));
        QVERIFY(topic.durable && !topic.exclusive && topic.autoDelete);
        durable.add("auto-delete", "false");
        durable.add("x-message-ttl", " 60000 ");
        durable.add("x-queue-type", "classic");
        topic = std::get<warren::ops::QueueDeclaration>(queueParameters(durable, Kind::Topic));
        QVERIFY(!topic.autoDelete);
        QCOMPARE(topic.arguments.size(), std::size_t(2));
        QCOMPARE(topic.arguments[0].second.toInteger(), std::optional<qint64>(60000));
        // Values that are not what they must be.
        Frame bad;
        bad.add("durable", "yes");
        QVERIFY(std::holds_alternative<texts::Refusal>(queueParameters(bad, Kind::Queue)));
        Frame badTtl;
        badTtl.add("x-message-ttl", "soon");
        QVERIFY(std::holds_alternative<texts::Refusal>(queueParameters(badTtl, Kind::Queue)));
    }
};

QTEST_APPLESS_MAIN(TestStompDestination)
#include "tst_stomp_destination.moc"
