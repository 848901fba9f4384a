// ActiveMQ's MBeans as Jolokia answers them (recorded from ActiveMQ 5.17 behind Jolokia 1.7),
// mapped to the console's snapshot: what the live suite cannot pin down exactly, such as rates
// from counter deltas, quoted ObjectNames and pattern reads that matched nothing.

#include "backends/jolokia_json.h"

#include <QJsonDocument>
#include <QTest>

namespace {

const QString BrokerKey = QStringLiteral("org.apache.activemq:brokerName=b1,type=Broker");

QJsonObject ok(const QJsonObject& value) {
    return {{QStringLiteral("status"), 200}, {QStringLiteral("value"), value}};
}

QJsonObject notFound() {
    return {{QStringLiteral("status"), 404},
            {QStringLiteral("error_type"),
             QStringLiteral("javax.management.InstanceNotFoundException")},
            {QStringLiteral("error"), QStringLiteral("No MBean with pattern found")}};
}

QJsonObject queue(const QString& name, int size, int enqueued, int inFlight = 0) {
    return {{QStringLiteral("Name"), name},
            {QStringLiteral("QueueSize"), size},
            {QStringLiteral("EnqueueCount"), enqueued},
            {QStringLiteral("DequeueCount"), 0},
            {QStringLiteral("DispatchCount"), inFlight},
            {QStringLiteral("InFlightCount"), inFlight},
            {QStringLiteral("ConsumerCount"), inFlight > 0 ? 1 : 0},
            {QStringLiteral("MemoryUsageByteCount"), 1024}};
}

QJsonArray answers(int enqueued, const QJsonObject& connections) {
    const QJsonObject broker{
        {QStringLiteral("BrokerName"), QStringLiteral("b1")},
        {QStringLiteral("UptimeMillis"), 60000},
        {QStringLiteral("MemoryPercentUsage"), 100},
        {QStringLiteral("StorePercentUsage"), 3},
        {QStringLiteral("TransportConnectors"),
         QJsonObject{{QStringLiteral("openwire"), QStringLiteral("tcp://localhost:61616")}}}};
    const QJsonObject queues{
        {BrokerKey + QStringLiteral(",destinationType=Queue,destinationName=orders"),
         queue(QStringLiteral("orders"), 5, enqueued, 2)},
        {BrokerKey + QStringLiteral(",destinationType=Queue,destinationName=\"a,b\""),
         queue(QStringLiteral("a,b"), 0, 0)}};
    const QJsonObject topics{
        {BrokerKey + QStringLiteral(",destinationType=Topic,destinationName=prices"),
         queue(QStringLiteral("prices"), 0, 7)},
        {BrokerKey +
             QStringLiteral(",destinationType=Topic,destinationName=ActiveMQ.Advisory.Queue"),
         queue(QStringLiteral("ActiveMQ.Advisory.Queue"), 0, 1)}};
    return {ok({{BrokerKey, broker}}), ok(queues), ok(topics),
            connections.isEmpty() ? QJsonValue(notFound()) : QJsonValue(ok(connections))};
}

} // namespace

class TestJolokiaJson : public QObject {
    Q_OBJECT

private slots:
    void mapsBrokerQueuesAndTopics() {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const jolokia_json::Refresh r = jolokia_json::snapshotFrom(answers(10, {}), {}, at);
        QCOMPARE(r.error, QString());
        const warren::BrokerSnapshot& s = r.snapshot;
        QCOMPARE(s.node, QStringLiteral("b1"));
        QCOMPARE(s.startedAt, at.addSecs(-60));
        QCOMPARE(s.alarms, QStringList{QStringLiteral("memory")});
        QCOMPARE(s.listeners.size(), 1);
        QCOMPARE(s.listeners.first().scheme, QStringLiteral("openwire"));
        QCOMPARE(s.listeners.first().port, quint16(61616));
        QCOMPARE(s.queues.size(), 2);
        const warren::QueueInfo& orders = s.queues.at(1); // sorted by name: "a,b" first
        QCOMPARE(orders.name, QStringLiteral("orders"));
        QCOMPARE(orders.vhost, QStringLiteral("b1"));
        QCOMPARE(orders.messagesReady, 3u); // the two in flight are unacknowledged
        QCOMPARE(orders.messagesUnacked, 2u);
        QCOMPARE(orders.consumers, 1u);
        QCOMPARE(orders.publishRate, 0.0); // nothing to compare with yet
        // The quoted name comes back as the broker registered it, for operations to address.
        QCOMPARE(r.mbeans.value(QStringLiteral("Queue/a,b")),
                 BrokerKey + QStringLiteral(",destinationType=Queue,destinationName=\"a,b\""));
        QCOMPARE(s.exchanges.size(), 1); // advisory topics are ActiveMQ's own
        QCOMPARE(s.exchanges.first().name, QStringLiteral("prices"));
        QCOMPARE(s.exchanges.first().type, QStringLiteral("topic"));
        QCOMPARE(s.exchanges.first().publishInCount, 7u);
        QVERIFY(s.connections.isEmpty()); // the pattern matched nothing: no error
        QCOMPARE(s.vhosts.size(), 1);
        QCOMPARE(s.vhosts.first().messagesReady, 3u);
    }

    void ratesComeFromCounterDeltasBetweenPolls() {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const auto first = jolokia_json::snapshotFrom(answers(10, {}), {}, at);
        const auto second =
            jolokia_json::snapshotFrom(answers(30, {}), first.snapshot, at.addSecs(4));
        QCOMPARE(second.snapshot.queues.at(1).publishRate, 5.0); // 20 in 4 s
        // A restarted broker's counters start again from zero: no negative rate.
        const auto restarted =
            jolokia_json::snapshotFrom(answers(1, {}), second.snapshot, at.addSecs(8));
        QCOMPARE(restarted.snapshot.queues.at(1).publishRate, 0.0);
    }

    void mapsConnections() {
        const QJsonObject connections{
            {BrokerKey + QStringLiteral(",connectionName=tcp_//127.0.0.1_49768,"
                                        "connectionViewType=remoteAddress,"
                                        "connector=clientConnectors,"
                                        "connectorName=stomp_//localhost_44553"),
             QJsonObject{{QStringLiteral("RemoteAddress"), QStringLiteral("tcp://127.0.0.1:49768")},
                         {QStringLiteral("UserName"), QStringLiteral("bob")},
                         {QStringLiteral("ClientId"), QStringLiteral("client-1")}}}};
        const auto r = jolokia_json::snapshotFrom(answers(1, connections), {}, {});
        QCOMPARE(r.snapshot.connections.size(), 1);
        const warren::ConnectionInfo& c = r.snapshot.connections.first();
        QCOMPARE(c.name, QStringLiteral("127.0.0.1:49768"));
        QCOMPARE(c.protocol, QStringLiteral("stomp"));
        QCOMPARE(c.user, QStringLiteral("bob"));
        QCOMPARE(c.peerPort, quint16(49768));
        QCOMPARE(c.clientProduct, QStringLiteral("client-1"));
        QVERIFY(r.mbeans.contains(QStringLiteral("Connection/127.0.0.1:49768")));
    }

    void anAnswerWithoutABrokerIsAnError() {
        QJsonArray noBroker = answers(1, {});
        noBroker[0] = notFound();
        QVERIFY(!jolokia_json::snapshotFrom(noBroker, {}, {}).error.isEmpty());
        QVERIFY(!jolokia_json::snapshotFrom(QJsonArray{}, {}, {}).error.isEmpty());
    }

    void browsedMessagesBecomePeekedOnes() {
        const QJsonArray browsed =
            QJsonDocument::fromJson(
                "["
                "{\"JMSMessageID\": \"ID:x-1\", \"JMSRedelivered\": false, \"JMSDeliveryMode\": "
                "\"PERSISTENT\","
                "\"JMSCorrelationID\": null, \"JMSExpiration\": 0, \"JMSPriority\": 4,"
                "\"JMSDestination\": \"queue://orders\", \"Text\": \"hello\","
                "\"StringProperties\": {\"tenant\": \"acme\"}, \"IntProperties\": {\"n\": 3}},"
                "{\"JMSMessageID\": \"ID:x-2\", \"JMSDestination\": \"queue://orders\","
                "\"BodyPreview\": [104, 105]},"
                "{\"JMSMessageID\": \"ID:x-3\", \"Text\": \"not asked for\"}"
                "]")
                .array();
        const QList<warren::PeekedMessage> peeked = jolokia_json::peekedFrom(browsed, 2);
        QCOMPARE(peeked.size(), 2);
        QCOMPARE(peeked.at(0).body, QByteArray("hello"));
        QCOMPARE(peeked.at(0).routingKey, QStringLiteral("orders"));
        QVERIFY(peeked.at(0).properties.contains(
            {QStringLiteral("message_id"), QStringLiteral("ID:x-1")}));
        QVERIFY(peeked.at(0).properties.contains(
            {QStringLiteral("delivery_mode"), QStringLiteral("PERSISTENT")}));
        for (const auto& [name, value] : peeked.at(0).properties) // absent fields are left out
            QVERIFY2(name != QLatin1String("correlation_id") && name != QLatin1String("expiration"),
                     qPrintable(name));
        QVERIFY(peeked.at(0).headers.contains({QStringLiteral("tenant"), QStringLiteral("acme")}));
        QVERIFY(peeked.at(0).headers.contains({QStringLiteral("n"), QStringLiteral("3")}));
        QCOMPARE(peeked.at(1).body, QByteArray("hi"));
        QCOMPARE(peeked.at(1).position, 2u);
    }

    void sendHeadersCarryHeadersAndJmsFields() {
        warren::OutgoingMessage m;
        m.headers = {{QStringLiteral("tenant"), QStringLiteral("acme")}};
        m.properties = {{QStringLiteral("correlation_id"), QStringLiteral("c-1")}};
        m.persistent = true;
        const QJsonObject headers = jolokia_json::sendHeaders(m);
        QCOMPARE(headers.value(QLatin1String("tenant")).toString(), QStringLiteral("acme"));
        QCOMPARE(headers.value(QLatin1String("JMSCorrelationID")).toString(),
                 QStringLiteral("c-1"));
        QCOMPARE(headers.value(QLatin1String("JMSDeliveryMode")).toString(), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestJolokiaJson)
#include "tst_jolokia_json.moc"
