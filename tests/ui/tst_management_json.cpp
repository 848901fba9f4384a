// The remote backend's mapping of RabbitMQ's management API, on answers shaped as RabbitMQ
// 3.10/3.12 gives them (trimmed to the fields that matter): rates from message_stats, tags as
// list or comma string, alarms and uptime from nodes, listeners of this node only, and the
// bodies the backend sends.

#include "backends/management_json.h"

#include <QJsonDocument>
#include <QTest>

using namespace management_json;

namespace {

QJsonArray array(const char* json) {
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class TestManagementJson : public QObject {
    Q_OBJECT

private slots:
    void snapshotFromRabbitMqAnswers() {
        Answers a;
        a.overview =
            QJsonDocument::fromJson(
                R"({)"
                R"(            "node": "rabbit@prod-1", "rabbitmq_version": "3.12.0",)"
                R"(            "listeners": [)"
                R"(                {"node": "rabbit@prod-1", "protocol": "amqp", "ip_address": "::", "port": 5672},)"
                R"(                {"node": "rabbit@prod-2", "protocol": "amqp", "ip_address": "::", "port": 5672},)"
                R"(                {"node": "rabbit@prod-1", "protocol": "http", "ip_address": "::", "port": 15672}])"
                R"(        })")
                .object();
        a.nodes = array(
            R"([)"
            R"(            {"name": "rabbit@prod-1", "mem_alarm": false, "disk_free_alarm": true, "uptime": 60000},)"
            R"(            {"name": "rabbit@prod-2", "mem_alarm": true, "disk_free_alarm": false, "uptime": 5}])");
        a.vhosts = array(R"([{"name": "/", "messages_ready": 7, "messages_unacknowledged": 2}])");
        a.queues = array(
            R"([{)"
            R"(            "name": "orders", "vhost": "/", "durable": true, "auto_delete": false,)"
            R"(            "exclusive": false, "arguments": {"x-queue-type": "quorum", "x-max-length": 100},)"
            R"(            "messages_ready": 7, "messages_unacknowledged": 2, "message_bytes_ready": 700,)"
            R"(            "messages_persistent": 9, "consumers": 3,)"
            R"(            "message_stats": {"publish": 120, "publish_details": {"rate": 4.5},)"
            R"(                              "deliver_get": 100, "deliver_get_details": {"rate": 4.0},)"
            R"(                              "ack": 98, "ack_details": {"rate": 3.5},)"
            R"(                              "redeliver": 2, "redeliver_details": {"rate": 0.1}}}])");
        a.exchanges = array(
            R"([{"name": "", "vhost": "/", "type": "direct", "durable": true,)"
            R"(             "auto_delete": false, "internal": false, "arguments": {}},)"
            R"(            {"name": "events", "vhost": "/", "type": "topic", "durable": true,)"
            R"(             "auto_delete": false, "internal": false,)"
            R"(             "arguments": {"alternate-exchange": "unrouted"},)"
            R"(             "message_stats": {"publish_in": 50, "publish_in_details": {"rate": 2.0},)"
            R"(                               "publish_out": 40, "publish_out_details": {"rate": 1.5}}}])");
        a.bindings = array(
            R"([{"source": "events", "vhost": "/", "destination": "orders",)"
            R"(            "destination_type": "queue", "routing_key": "order.#",)"
            R"(            "arguments": {"x-match": "all"}, "properties_key": "order.%23~abc"}])");
        a.users = array(
            R"([{"name": "admin", "tags": ["administrator"]},)"
            R"(                            {"name": "old", "tags": "monitoring,management"}])");
        a.permissions =
            array(R"([{"user": "admin", "vhost": "/", "configure": ".*",)"
                  R"(                                   "write": ".*", "read": ".*"}])");
        a.topicPermissions =
            array(R"([{"user": "admin", "vhost": "/", "exchange": "events",)"
                  R"(                                        "write": "^a", "read": "^b"}])");
        a.connections = array(
            R"([{"name": "10.0.0.5:50000 -> 10.0.0.1:5672",)"
            R"(            "protocol": "AMQP 0-9-1", "user": "admin", "vhost": "/", "peer_host": "10.0.0.5",)"
            R"(            "peer_port": 50000, "channels": 2, "user_provided_name": "orders",)"
            R"(            "client_properties": {"product": "pika", "connection_name": "orders",)"
            R"(                                  "capabilities": {"basic.nack": true}},)"
            R"(            "recv_oct": 1000, "send_oct": 2000, "recv_oct_details": {"rate": 10.0},)"
            R"(            "send_oct_details": {"rate": 20.0}, "connected_at": 1700000000000}])");
        a.channels = array(
            R"([{"connection_details": {"name": "10.0.0.5:50000 -> 10.0.0.1:5672"},)"
            R"(            "number": 1, "user": "admin", "vhost": "/", "consumer_count": 1,)"
            R"(            "messages_unacknowledged": 2, "prefetch_count": 10, "confirm": true,)"
            R"(            "transactional": false}])");
        a.consumers = array(
            R"([{"queue": {"name": "orders", "vhost": "/"},)"
            R"(            "consumer_tag": "ctag1", "channel_details": {"connection_name": "c1", "number": 1},)"
            R"(            "ack_required": true, "exclusive": false, "prefetch_count": 10}])");

        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000100, Qt::UTC);
        const warren::BrokerSnapshot s = snapshotFrom(a, now);
        QCOMPARE(s.node, QStringLiteral("rabbit@prod-1"));
        QCOMPARE(s.listeners.size(), 2); // the other node's listener is not this node's
        QCOMPARE(s.listeners.at(1).port, quint16(15672));
        QCOMPARE(s.alarms, QStringList({"disk", "memory"})); // any node's alarm blocks publishers
        QCOMPARE(s.startedAt, now.addSecs(-60));
        QCOMPARE(s.vhosts.front().messagesReady, quint64(7));

        QCOMPARE(s.queues.size(), 1);
        const warren::QueueInfo& q = s.queues.front();
        QCOMPARE(q.arguments, QStringLiteral("x-max-length: 100, x-queue-type: quorum"));
        QCOMPARE(q.messagesReady, quint64(7));
        QCOMPARE(q.messagesUnacked, quint64(2));
        QCOMPARE(q.bytesReady, quint64(700));
        QCOMPARE(q.consumers, quint32(3));
        QCOMPARE(q.publishCount, quint64(120));
        QCOMPARE(q.publishRate, 4.5);
        QCOMPARE(q.deliverRate, 4.0);
        QCOMPARE(q.ackRate, 3.5);
        QCOMPARE(q.redeliverRate, 0.1);

        QCOMPARE(s.exchanges.size(), 2);
        QCOMPARE(s.exchanges.at(1).arguments, QStringLiteral("alternate-exchange: unrouted"));
        QCOMPARE(s.exchanges.at(1).publishInRate, 2.0);
        QCOMPARE(s.bindings.front().arguments, QStringLiteral("x-match: all"));
        QCOMPARE(s.users.at(0).tags, QStringList({"administrator"}));
        QCOMPARE(s.users.at(1).tags, QStringList({"monitoring", "management"}));
        QCOMPARE(s.permissions.front().configure, QStringLiteral(".*"));
        QCOMPARE(s.topicPermissions.front().exchange, QStringLiteral("events"));
        QCOMPARE(s.topicPermissions.front().read, QStringLiteral("^b"));
        const warren::ConnectionInfo& c = s.connections.front();
        QCOMPARE(c.clientProduct, QStringLiteral("pika"));
        QCOMPARE(c.connectionName, QStringLiteral("orders"));
        QVERIFY(c.clientProperties.value(QLatin1String("capabilities"))
                    .toObject()
                    .value(QLatin1String("basic.nack"))
                    .toBool());
        QCOMPARE(c.sendRate, 20.0);
        QCOMPARE(c.connectedAt, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
        QCOMPARE(s.channels.front().prefetchCount, quint16(10));
        QVERIFY(s.channels.front().confirmMode);
        QCOMPARE(s.consumers.front().queue, QStringLiteral("orders"));
        QCOMPARE(s.consumers.front().connection, QStringLiteral("c1"));
    }

    void getAnswersBecomePeekedMessages() {
        const auto messages = peekedFrom(array(
            R"([)"
            R"(            {"payload_bytes": 5, "redelivered": true, "exchange": "events",)"
            R"(             "routing_key": "order.eu", "message_count": 4,)"
            R"(             "properties": {"content_type": "application/json", "delivery_mode": 2,)"
            R"(                            "headers": {"tenant": "acme", "retries": 3}},)"
            R"(             "payload": "hello", "payload_encoding": "string"},)"
            R"(            {"payload_bytes": 2, "redelivered": false, "exchange": "", "routing_key": "q",)"
            R"(             "message_count": 3, "properties": {}, "payload": "AP8=",)"
            R"(             "payload_encoding": "base64"}])"));
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).position, quint64(1));
        QVERIFY(messages.at(0).redelivered);
        QCOMPARE(messages.at(0).body, QByteArray("hello"));
        QVERIFY(messages.at(0).properties.contains({"delivery_mode", "2"}));
        // Typed as the API gave them.
        QVERIFY(messages.at(0).headers.contains({"retries", QJsonValue(3)}));
        QCOMPARE(messages.at(1).body, QByteArray("\x00\xff", 2));
    }

    void bodiesTheBackendSends() {
        warren::QueueDefinition queue;
        queue.name = QStringLiteral("q");
        queue.messageTtlMs = 60000;
        queue.deadLetterExchange = QStringLiteral("dlx");
        queue.singleActiveConsumer = true;
        const QJsonObject q = queueBody(queue);
        QCOMPARE(q.value("durable").toBool(), true);
        const QJsonObject args = q.value("arguments").toObject();
        QCOMPARE(args.value("x-message-ttl").toInteger(), 60000);
        QCOMPARE(args.value("x-dead-letter-exchange").toString(), QStringLiteral("dlx"));
        QCOMPARE(args.value("x-single-active-consumer").toBool(), true);
        QVERIFY(!args.contains("x-max-length"));

        warren::OutgoingMessage text;
        text.routingKey = QStringLiteral("k");
        text.persistent = true;
        text.body = "héllo";
        const QJsonObject t = publishBody(text);
        QCOMPARE(t.value("payload_encoding").toString(), QStringLiteral("string"));
        QCOMPARE(t.value("payload").toString(), QStringLiteral("héllo"));
        QCOMPARE(t.value("properties").toObject().value("delivery_mode").toInt(), 2);
        warren::OutgoingMessage binary;
        binary.body = QByteArray("\x00\xff", 2);
        const QJsonObject b = publishBody(binary);
        QCOMPARE(b.value("payload_encoding").toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(b.value("payload").toString().toLatin1()), binary.body);

        // Every other property under RabbitMQ's name, numbers as numbers.
        warren::OutgoingMessage full;
        full.properties = {{QStringLiteral("message_id"), QStringLiteral("m-1")},
                           {QStringLiteral("expiration"), QStringLiteral("60000")},
                           {QStringLiteral("priority"), QStringLiteral("7")},
                           {QStringLiteral("timestamp"), QStringLiteral("2026-12-06T19:30:00Z")}};
        const QJsonObject p = publishBody(full).value("properties").toObject();
        QCOMPARE(p.value("message_id").toString(), QStringLiteral("m-1"));
        QCOMPARE(p.value("expiration").toString(), QStringLiteral("60000")); // a string in AMQP
        QVERIFY(p.value("priority").isDouble());
        QCOMPARE(p.value("priority").toInt(), 7);
        QCOMPARE(p.value("timestamp").toInteger(), qint64(1796585400));
    }

    void queueTypesLeadersAndMembers() {
        // As RabbitMQ 3.10.8 answers (recorded, trimmed, names changed to a three-node
        // cluster): a quorum queue names its leader, members and those online; a stream names
        // no leader, only the node its writer is on; a classic queue its node only.
        Answers a;
        a.queues = array(
            R"([{"name": "plain", "vhost": "/", "type": "classic", "node": "rabbit@a",)"
            R"(   "durable": true, "auto_delete": false, "exclusive": false, "arguments": {},)"
            R"(   "state": "running"},)"
            R"(  {"name": "orders", "vhost": "/", "type": "quorum", "node": "rabbit@b",)"
            R"(   "leader": "rabbit@b", "members": ["rabbit@a", "rabbit@b", "rabbit@c"],)"
            R"(   "online": ["rabbit@a", "rabbit@b"], "durable": true, "auto_delete": false,)"
            R"(   "exclusive": false, "arguments": {"x-queue-type": "quorum"}, "state": "running"},)"
            R"(  {"name": "events", "vhost": "/", "type": "stream", "node": "rabbit@c",)"
            R"(   "members": ["rabbit@a", "rabbit@b", "rabbit@c"],)"
            R"(   "online": ["rabbit@a", "rabbit@b", "rabbit@c"], "durable": true,)"
            R"(   "auto_delete": false, "exclusive": false,)"
            R"(   "arguments": {"x-queue-type": "stream"}, "state": "running"},)"
            R"(  {"name": "old", "vhost": "/", "node": "rabbit@a", "durable": false,)"
            R"(   "auto_delete": false, "exclusive": false, "arguments": {}}])");
        const warren::BrokerSnapshot s = snapshotFrom(a, QDateTime::currentDateTimeUtc());
        QCOMPARE(s.queues.size(), 4);
        const warren::QueueInfo& plain = s.queues.at(0);
        QCOMPARE(plain.type, QStringLiteral("classic"));
        QCOMPARE(plain.leader, QStringLiteral("rabbit@a"));
        QVERIFY(plain.members.isEmpty());
        const warren::QueueInfo& quorum = s.queues.at(1);
        QCOMPARE(quorum.type, QStringLiteral("quorum"));
        QCOMPARE(quorum.leader, QStringLiteral("rabbit@b"));
        QCOMPARE(quorum.members, QStringList({"rabbit@a", "rabbit@b", "rabbit@c"}));
        QCOMPARE(quorum.onlineMembers, QStringList({"rabbit@a", "rabbit@b"}));
        const warren::QueueInfo& stream = s.queues.at(2);
        QCOMPARE(stream.type, QStringLiteral("stream"));
        QCOMPARE(stream.leader, QStringLiteral("rabbit@c"));
        QCOMPARE(stream.members.size(), 3);
        QCOMPARE(stream.onlineMembers.size(), 3);
        // RabbitMQ before 3.8 says no type: all its queues were classic.
        QCOMPARE(s.queues.at(3).type, QStringLiteral("classic"));
    }

    void ratesWarrensApiLeavesOutAreTheCountsChange() {
        // Warren's /api/queues gives message_stats counts without *_details: the rates are then
        // the counts' change since the previous snapshot. RabbitMQ's own figures (as 3.10.8
        // answered for a pika client's queue, trimmed) win even when they say 0.
        const auto answers = [](int published, int acked, bool details) {
            Answers a;
            const QString stats =
                details
                    ? QStringLiteral(R"("publish": %1, "publish_details": {"rate": 0.0},)"
                                     R"( "ack": %2, "ack_details": {"rate": 0.0},)"
                                     R"( "deliver_get": %1, "deliver_get_details": {"rate": 0.0},)"
                                     R"( "redeliver": 25, "redeliver_details": {"rate": 0.0})")
                    : QStringLiteral(R"("publish": %1, "deliver_get": %1, "ack": %2,)"
                                     R"( "redeliver": 25)");
            a.queues = QJsonDocument::fromJson(
                           QStringLiteral(R"([{"name": "featured", "vhost": "/", "durable": true,)"
                                          R"( "arguments": {"x-dead-letter-exchange": "",)"
                                          R"( "x-message-ttl": 60000}, "message_stats": {%1}},)"
                                          R"( {"name": "idle", "vhost": "/"}])")
                               .arg(stats.arg(published).arg(acked))
                               .toUtf8())
                           .array();
            return a;
        };
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const warren::BrokerSnapshot first = snapshotFrom(answers(100, 90, false), start);
        QCOMPARE(first.queues.at(0).publishRate, 0.0); // nothing to compare with yet
        QCOMPARE(first.queues.at(0).arguments,
                 QStringLiteral("x-dead-letter-exchange: , x-message-ttl: 60000"));

        const warren::BrokerSnapshot second =
            snapshotFrom(answers(140, 130, false), start.addSecs(4), first);
        const warren::QueueInfo& featured = second.queues.at(0);
        QCOMPARE(featured.publishRate, 10.0);
        QCOMPARE(featured.deliverRate, 10.0);
        QCOMPARE(featured.ackRate, 10.0);
        QCOMPARE(featured.redeliverRate, 0.0);      // 25 both times
        QCOMPARE(second.queues.at(1).ackRate, 0.0); // no message_stats at all

        // Counts that went down (the broker restarted): no negative rate.
        const warren::BrokerSnapshot restarted =
            snapshotFrom(answers(3, 1, false), start.addSecs(5), second);
        QCOMPARE(restarted.queues.at(0).ackRate, 0.0);

        const warren::BrokerSnapshot rabbit =
            snapshotFrom(answers(180, 170, true), start.addSecs(8), second);
        QCOMPARE(rabbit.queues.at(0).ackRate, 0.0);
        QCOMPARE(rabbit.queues.at(0).ackCount, quint64(170));
    }

    void clusterNodesWithAlarmsAndPartitions() {
        // /api/nodes of a two-node cluster, in RabbitMQ 3.10's shape: prod-1 is cut off from
        // prod-2 and under a disk alarm; prod-2 is down, so its figures are missing.
        Answers a;
        a.overview = QJsonDocument::fromJson(R"({"node": "rabbit@prod-1"})").object();
        a.nodes = array(
            R"([{"name": "rabbit@prod-1", "type": "disc", "running": true,)"
            R"(   "mem_alarm": false, "disk_free_alarm": true, "partitions": ["rabbit@prod-2"],)"
            R"(   "uptime": 21692, "mem_used": 144351232, "fd_used": 39, "cluster_links": []},)"
            R"(  {"name": "rabbit@prod-2", "type": "ram", "running": false,)"
            R"(   "partitions": [], "cluster_links": []}])");
        const QDateTime takenAt = QDateTime::currentDateTimeUtc();
        const warren::BrokerSnapshot s = snapshotFrom(a, takenAt);
        QCOMPARE(s.nodes.size(), 2);
        const warren::NodeInfo& first = s.nodes.at(0);
        QCOMPARE(first.name, QStringLiteral("rabbit@prod-1"));
        QVERIFY(first.running);
        QCOMPARE(first.type, QStringLiteral("disc"));
        QVERIFY(!first.memoryAlarm);
        QVERIFY(first.diskAlarm);
        QCOMPARE(first.partitions, QStringList({"rabbit@prod-2"}));
        QCOMPARE(first.uptimeMs, qint64(21692));
        QCOMPARE(first.memoryUsed, qint64(144351232));
        QCOMPARE(first.fdUsed, qint64(39));
        const warren::NodeInfo& second = s.nodes.at(1);
        QVERIFY(!second.running);
        QCOMPARE(second.type, QStringLiteral("ram"));
        QVERIFY(second.partitions.isEmpty());
        QCOMPARE(second.uptimeMs, qint64(-1));
        QCOMPARE(second.memoryUsed, qint64(-1));
        QCOMPARE(second.fdUsed, qint64(-1));
        QCOMPARE(s.alarms, QStringList({"disk"}));
        QCOMPARE(s.startedAt, takenAt.addMSecs(-21692));
    }

    void aQueueTypeBecomesItsArgument() {
        warren::QueueDefinition queue;
        queue.name = QStringLiteral("q");
        QVERIFY(!queueBody(queue).value("arguments").toObject().contains("x-queue-type"));
        queue.type = QStringLiteral("quorum");
        QCOMPARE(queueBody(queue).value("arguments").toObject().value("x-queue-type").toString(),
                 QStringLiteral("quorum"));
    }

    void errorsInRabbitMqsWords() {
        QCOMPARE(errorReason(R"({"error":"Object Not Found","reason":"Not Found"})", 404),
                 QStringLiteral("Not Found"));
        QCOMPARE(errorReason(R"({"error":"bad_request"})", 400), QStringLiteral("bad_request"));
        QCOMPARE(errorReason("<html>", 502), QStringLiteral("HTTP 502"));
    }

    void policiesFromRabbitMqAnswer() {
        // GET /api/policies as RabbitMQ 3.10 answers it.
        Answers a;
        a.policies =
            array(R"([{"vhost": "/", "name": "ttl", "pattern": "^pol\\.", "apply-to": "queues",)"
                  R"(   "definition": {"message-ttl": 60000, "dead-letter-exchange": "dlx"},)"
                  R"(   "priority": 1},)"
                  R"(  {"vhost": "shop", "name": "ha", "pattern": ".*", "apply-to": "all",)"
                  R"(   "definition": {"max-length": 10}, "priority": 0}])");
        const auto s = snapshotFrom(a, QDateTime::currentDateTimeUtc());
        QCOMPARE(s.policies.size(), 2);
        const warren::PolicyInfo& ttl = s.policies.at(0);
        QCOMPARE(ttl.vhost, QStringLiteral("/"));
        QCOMPARE(ttl.name, QStringLiteral("ttl"));
        QCOMPARE(ttl.pattern, QStringLiteral("^pol\\."));
        QCOMPARE(ttl.applyTo, QStringLiteral("queues"));
        QCOMPARE(ttl.priority, 1);
        QCOMPARE(QJsonDocument::fromJson(ttl.definition.toUtf8()).object(),
                 QJsonObject({{QStringLiteral("message-ttl"), 60000},
                              {QStringLiteral("dead-letter-exchange"), QStringLiteral("dlx")}}));
        QCOMPARE(s.policies.at(1).applyTo, QStringLiteral("all"));
        // A broker that lists none (or hides them) leaves the list empty.
        QVERIFY(snapshotFrom({}, QDateTime::currentDateTimeUtc()).policies.isEmpty());
    }

    void policyBodyAndProduct() {
        warren::PolicyDefinition p;
        p.vhost = QStringLiteral("/");
        p.name = QStringLiteral("ttl");
        p.pattern = QStringLiteral("^pol\\.");
        p.applyTo = QStringLiteral("queues");
        p.priority = 3;
        p.definition = QStringLiteral(R"({"message-ttl":60000})");
        const QJsonObject body = policyBody(p);
        QCOMPARE(body.value(QStringLiteral("pattern")).toString(), QStringLiteral("^pol\\."));
        QCOMPARE(body.value(QStringLiteral("apply-to")).toString(), QStringLiteral("queues"));
        QCOMPARE(body.value(QStringLiteral("priority")).toInt(), 3);
        QCOMPARE(body.value(QStringLiteral("definition")).toObject(),
                 QJsonObject({{QStringLiteral("message-ttl"), 60000}}));
        QVERIFY(isWarren(QJsonObject{{QStringLiteral("product_name"), QStringLiteral("RabbitMQ")},
                                     {QStringLiteral("warren_version"), QStringLiteral("0.9.0")}}));
        QVERIFY(
            !isWarren(QJsonObject{{QStringLiteral("product_name"), QStringLiteral("RabbitMQ")}}));
        QVERIFY(!isWarren({}));
    }
};

QTEST_GUILESS_MAIN(TestManagementJson)
#include "tst_management_json.moc"
