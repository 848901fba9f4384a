#include "sample_snapshot.h"

#include <algorithm>
#include <cmath>

namespace {

warren::QueueInfo queue(const QString& vhost, const QString& name, quint64 ready, quint64 unacked,
                        quint32 consumers, double publishRate, double deliverRate) {
    warren::QueueInfo info;
    info.vhost = vhost;
    info.name = name;
    info.durable = true;
    info.type = QStringLiteral("classic"); // a Warren's, on its one node
    info.leader = QStringLiteral("warren@desk");
    info.messagesReady = ready;
    info.messagesUnacked = unacked;
    info.bytesReady = ready * 512;
    info.consumers = consumers;
    info.publishRate = publishRate;
    info.deliverRate = deliverRate;
    info.ackRate = deliverRate;
    return info;
}

warren::ExchangeInfo exchange(const QString& vhost, const QString& name, const QString& type,
                              double in, double out, bool internal = false) {
    warren::ExchangeInfo info;
    info.vhost = vhost;
    info.name = name;
    info.type = type;
    info.durable = true;
    info.internal = internal;
    info.publishInRate = in;
    info.publishOutRate = out;
    return info;
}

warren::ConnectionInfo connection(const QString& peer, quint16 port, const QString& user,
                                  const QString& vhost, const QString& client, quint32 channels,
                                  double receiveRate, double sendRate) {
    warren::ConnectionInfo info;
    info.name = QStringLiteral("%1:%2 -> 127.0.0.1:5672").arg(peer).arg(port);
    info.protocol = QStringLiteral("AMQP 0-9-1");
    info.user = user;
    info.vhost = vhost;
    info.peerHost = peer;
    info.peerPort = port;
    info.clientProduct = client;
    info.channels = channels;
    info.receiveRate = receiveRate;
    info.sendRate = sendRate;
    info.bytesReceived = quint64(receiveRate * 3600);
    info.bytesSent = quint64(sendRate * 3600);
    info.connectedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30));
    return info;
}

} // namespace

QList<warren::ListenerInfo> sampleListeners() {
    return {{QStringLiteral("amqp"), QStringLiteral("127.0.0.1"), 5672},
            {QStringLiteral("http"), QStringLiteral("127.0.0.1"), 15672}};
}

warren::BrokerSnapshot sampleSnapshot() {
    const QString root = QStringLiteral("/");
    const QString shop = QStringLiteral("shop");

    warren::BrokerSnapshot snapshot;
    snapshot.takenAt = QDateTime(QDate(2024, 5, 1), QTime(10, 42, 7));
    snapshot.node = QStringLiteral("warren@desk");
    snapshot.startedAt = snapshot.takenAt.addSecs(-(3 * 3600 + 12 * 60));
    snapshot.listeners = sampleListeners();
    snapshot.vhosts = {{root, 1520, 12}, {shop, 48211, 310}};
    warren::NodeInfo node;
    node.name = snapshot.node;
    node.type = QStringLiteral("disc");
    node.uptimeMs = snapshot.startedAt.msecsTo(snapshot.takenAt);
    node.memoryUsed = 182LL << 20;
    snapshot.nodes = {node};

    snapshot.queues = {
        queue(shop, QStringLiteral("orders.created"), 12408, 250, 4, 812.4, 640.0),
        queue(shop, QStringLiteral("orders.paid"), 96, 40, 2, 210.7, 214.2),
        queue(shop, QStringLiteral("orders.shipped"), 0, 0, 1, 35.0, 35.0),
        queue(shop, QStringLiteral("billing.invoices"), 35602, 0, 0, 58.3, 0.0),
        queue(shop, QStringLiteral("email.outbound"), 105, 20, 3, 12.9, 13.4),
        queue(shop, QStringLiteral("inventory.reservations"), 0, 0, 2, 0.0, 0.0),
        queue(root, QStringLiteral("audit.log"), 1412, 0, 1, 96.1, 95.8),
        queue(root, QStringLiteral("metrics.ingest"), 8, 12, 6, 4096.5, 4101.0),
        queue(root, QStringLiteral("dead-letters"), 100, 0, 0, 0.2, 0.0),
        queue(root, QStringLiteral("amq.gen-JzTY20BRgKO-HjmUJj0wLg"), 0, 0, 1, 0.0, 0.0),
    };
    snapshot.queues[9].durable = false;
    snapshot.queues[9].autoDelete = true;
    snapshot.queues[9].exclusive = true;
    // Arguments as the broker describes them, one of each kind the Features column badges.
    snapshot.queues[0].arguments =
        QStringLiteral("x-dead-letter-exchange: dlx, x-message-ttl: 86400000");
    snapshot.queues[1].arguments = QStringLiteral("x-single-active-consumer: true");
    snapshot.queues[3].arguments =
        QStringLiteral("x-max-length: 100000, x-overflow: reject-publish, x-queue-mode: lazy");
    snapshot.queues[4].arguments = QStringLiteral("x-max-priority: 10");
    snapshot.queues[7].arguments =
        QStringLiteral("x-max-length-bytes: 104857600, x-message-ttl: 60000");
    snapshot.queues[9].arguments = QStringLiteral("x-expires: 1800000");

    for (const QString& vhost : {root, shop}) {
        snapshot.exchanges += {
            exchange(vhost, QString(), QStringLiteral("direct"), 0.0, 0.0),
            exchange(vhost, QStringLiteral("amq.direct"), QStringLiteral("direct"), 0.0, 0.0),
            exchange(vhost, QStringLiteral("amq.fanout"), QStringLiteral("fanout"), 0.0, 0.0),
            exchange(vhost, QStringLiteral("amq.headers"), QStringLiteral("headers"), 0.0, 0.0),
            exchange(vhost, QStringLiteral("amq.match"), QStringLiteral("headers"), 0.0, 0.0),
            exchange(vhost, QStringLiteral("amq.topic"), QStringLiteral("topic"), 0.0, 0.0),
        };
    }
    snapshot.exchanges[0].publishInRate = 4193.0;
    snapshot.exchanges[0].publishOutRate = 4193.0;
    snapshot.exchanges += {
        exchange(shop, QStringLiteral("orders"), QStringLiteral("topic"), 1058.1, 1901.3),
        exchange(shop, QStringLiteral("notifications"), QStringLiteral("fanout"), 12.9, 38.7),
        exchange(shop, QStringLiteral("dlx"), QStringLiteral("direct"), 0.2, 0.2),
        exchange(root, QStringLiteral("amq.rabbitmq.trace"), QStringLiteral("topic"), 0.0, 0.0,
                 true),
    };

    // Every queue is bound to its vhost's default exchange (left out of the Bindings tab and
    // the topology), plus a shop topology with an exchange-to-exchange hop.
    auto binding = [](const QString& vhost, const QString& source, const QString& destination,
                      bool toQueue, const QString& key, const QString& arguments = QString()) {
        return warren::BindingInfo{
            vhost,       source,
            destination, toQueue ? QStringLiteral("queue") : QStringLiteral("exchange"),
            key,         arguments};
    };
    for (const auto& q : std::as_const(snapshot.queues))
        snapshot.bindings.append(binding(q.vhost, QString(), q.name, true, q.name));
    snapshot.bindings += {
        binding(shop, QStringLiteral("orders"), QStringLiteral("orders.created"), true,
                QStringLiteral("order.*.created")),
        binding(shop, QStringLiteral("orders"), QStringLiteral("inventory.reservations"), true,
                QStringLiteral("order.*.created")),
        binding(shop, QStringLiteral("orders"), QStringLiteral("orders.paid"), true,
                QStringLiteral("order.*.paid")),
        binding(shop, QStringLiteral("orders"), QStringLiteral("orders.shipped"), true,
                QStringLiteral("order.*.shipped")),
        binding(shop, QStringLiteral("orders"), QStringLiteral("notifications"), false,
                QStringLiteral("order.#")),
        binding(shop, QStringLiteral("notifications"), QStringLiteral("email.outbound"), true,
                QString()),
        binding(shop, QStringLiteral("dlx"), QStringLiteral("billing.invoices"), true,
                QStringLiteral("invoice"), QStringLiteral("x-match=any")),
    };

    snapshot.users = {
        {QStringLiteral("guest"), {QStringLiteral("administrator")}},
        {QStringLiteral("orders-svc"), {}},
        {QStringLiteral("metrics"), {QStringLiteral("monitoring")}},
    };
    snapshot.permissions = {
        {QStringLiteral("guest"), root, QStringLiteral(".*"), QStringLiteral(".*"),
         QStringLiteral(".*")},
        {QStringLiteral("guest"), shop, QStringLiteral(".*"), QStringLiteral(".*"),
         QStringLiteral(".*")},
        {QStringLiteral("orders-svc"), shop, QStringLiteral("^orders\\."),
         QStringLiteral("^orders"), QStringLiteral("^orders\\.")},
        {QStringLiteral("metrics"), root, QString(), QStringLiteral("^metrics\\."),
         QStringLiteral("^metrics\\.")},
    };
    snapshot.topicPermissions = {
        {QStringLiteral("orders-svc"), shop, QStringLiteral("orders"),
         QStringLiteral("^orders\\.{username}\\."), QStringLiteral("^orders\\.")},
        {QStringLiteral("metrics"), root, QStringLiteral("amq.topic"),
         QStringLiteral("^metrics\\."), QString()},
    };

    snapshot.connections = {
        connection(QStringLiteral("127.0.0.1"), 53122, QStringLiteral("guest"), shop,
                   QStringLiteral("pika 1.3.2"), 3, 482133.0, 1210.0),
        connection(QStringLiteral("127.0.0.1"), 53130, QStringLiteral("guest"), shop,
                   QStringLiteral("RabbitMQ .NET client 6.8.1"), 8, 3120.0, 398771.0),
        connection(QStringLiteral("127.0.0.1"), 53177, QStringLiteral("orders-svc"), shop,
                   QStringLiteral("amqp-client (Java) 5.20.0"), 2, 95210.0, 88231.0),
        connection(QStringLiteral("127.0.0.1"), 54001, QStringLiteral("metrics"), root,
                   QStringLiteral("amqplib 0.10.3 (Node.js)"), 1, 1740022.0, 1731.0),
        connection(QStringLiteral("127.0.0.1"), 54090, QStringLiteral("guest"), root,
                   QStringLiteral("Warren console"), 1, 0.0, 0.0),
    };
    // The names applications give their connections (connection_name), as most set one.
    const char* applications[] = {"checkout-api", "invoice-worker", "orders-svc", "", ""};
    for (int i = 0; i < snapshot.connections.size(); ++i)
        snapshot.connections[i].connectionName = QString::fromLatin1(applications[i]);
    // Channels and consumers of the first four connections.
    const struct {
        int connection;
        quint16 channel;
        const char* queue;
        const char* tag;
        bool ack;
        quint16 prefetch;
    } consumers[] = {
        {0, 1, "orders.created", "ctag-pika-1", true, 50},
        {0, 2, "orders.paid", "ctag-pika-2", true, 50},
        {1, 1, "email.outbound", "amq.ctag-Xy3kq", true, 10},
        {2, 1, "orders.created", "orders-svc-1", true, 250},
        {2, 2, "orders.shipped", "orders-svc-2", false, 0},
        {3, 1, "metrics.ingest", "amq.ctag-metrics", false, 0},
    };
    for (const auto& c : consumers) {
        const warren::ConnectionInfo& owner = snapshot.connections[c.connection];
        warren::ConsumerInfo consumer;
        consumer.vhost = owner.vhost;
        consumer.queue = QString::fromLatin1(c.queue);
        consumer.consumerTag = QString::fromLatin1(c.tag);
        consumer.connection = owner.name;
        consumer.channel = c.channel;
        consumer.ackRequired = c.ack;
        consumer.prefetchCount = c.prefetch;
        snapshot.consumers.append(consumer);
        warren::ChannelInfo channel;
        channel.connection = owner.name;
        channel.number = c.channel;
        channel.user = owner.user;
        channel.vhost = owner.vhost;
        channel.consumers = 1;
        channel.messagesUnacked = c.ack ? c.prefetch / 2 : 0;
        channel.prefetchCount = c.prefetch;
        channel.confirmMode = c.connection == 2;
        snapshot.channels.append(channel);
    }
    return snapshot;
}

QList<warren::BrokerSnapshot> sampleHistory(int seconds) {
    const warren::BrokerSnapshot last = sampleSnapshot();
    QList<warren::BrokerSnapshot> history;
    for (int i = seconds - 1; i >= 0; --i) {
        warren::BrokerSnapshot snapshot = last;
        snapshot.takenAt = last.takenAt.addSecs(-i);
        // A slow swell with a burst of redeliveries a third of the way in.
        const double swell = 0.6 + 0.4 * std::sin(double(i) / 9.0);
        for (auto& queue : snapshot.queues) {
            queue.publishRate *= swell;
            queue.deliverRate *= swell;
            queue.ackRate *= swell;
            queue.redeliverRate = (i % (seconds / 3 + 1) < 4) ? queue.deliverRate * 0.2 : 0;
            queue.messagesReady = quint64(double(queue.messagesReady) * (1.2 - swell / 2));
        }
        for (auto& exchange : snapshot.exchanges)
            exchange.publishInRate *= swell;
        history.append(snapshot);
    }
    return history;
}

QList<warren::LogRecord> sampleLog() {
    using warren::LogLevel;
    const QDateTime start = sampleSnapshot().takenAt.addSecs(-60);
    const QString client = QStringLiteral("10.0.4.17:51544 -> 127.0.0.1:5672");
    const struct {
        int second;
        LogLevel level;
        const char* category;
        bool aboutClient;
        const char* text;
    } lines[] = {
        {0, LogLevel::Info, "broker", false,
         "Warren 0.1.0 started; data in /home/dev/.local/share/warren"},
        {0, LogLevel::Info, "store", false, "recovered 48211 persistent message(s)"},
        {2, LogLevel::Info, "amqp", true, "accepting AMQP connection"},
        {2, LogLevel::Info, "amqp", true,
         "user 'billing' authenticated and granted access to vhost 'shop'"},
        {9, LogLevel::Warning, "alarm", false,
         "memory alarm: 3310 MiB in use, above the high watermark of 3276 MiB; publishers are "
         "blocked"},
        {14, LogLevel::Info, "alarm", false, "memory alarm cleared: 2980 MiB in use"},
        {21, LogLevel::Error, "amqp", true,
         "channel error on channel 3: NOT_FOUND - no queue 'orders.refunded' in vhost 'shop'"},
        {33, LogLevel::Warning, "amqp", true, "client unexpectedly closed TCP connection"},
        {47, LogLevel::Info, "store", false, "key rotation started: new key 2"},
        {48, LogLevel::Info, "store", false,
         "key rotation finished: records re-encrypted under key 2"},
    };
    QList<warren::LogRecord> records;
    for (const auto& line : lines) {
        warren::LogRecord r;
        r.time = start.addSecs(line.second);
        r.level = line.level;
        r.category = QString::fromLatin1(line.category);
        r.connection = line.aboutClient ? client : QString();
        r.text = QString::fromLatin1(line.text);
        records.append(r);
    }
    return records;
}

warren::OperationResult samplePeek(const QString& vhost, const QString& queue, int count) {
    warren::OperationResult result;
    result.kind = warren::OperationResult::Kind::PeekMessages;
    result.vhost = vhost;
    result.target = queue;
    result.count = 12408;
    for (int i = 0; i < std::min(count, 12); ++i) {
        warren::PeekedMessage m;
        m.position = quint64(i + 1);
        m.id = quint64(900 + i); // unlike positions, as a queue's ids are after some traffic
        m.exchange = QStringLiteral("orders");
        m.routingKey = QStringLiteral("order.created.eu");
        m.redelivered = i == 2;
        m.properties = {{QStringLiteral("content_type"), QStringLiteral("application/json")},
                        {QStringLiteral("delivery_mode"), QStringLiteral("2")},
                        {QStringLiteral("message_id"), QStringLiteral("ord-%1").arg(4711 + i)}};
        m.headers = {{QStringLiteral("tenant"), QStringLiteral("acme")},
                     {QStringLiteral("x-retry"), QString::number(i % 3)}};
        m.body =
            QStringLiteral(
                R"({"order":%1,"customer":"c-%2","total":%3.50,"items":[{"sku":"A-1","qty":2}]})")
                .arg(4711 + i)
                .arg(100 + i * 7)
                .arg(20 + i)
                .toUtf8();
        if (i == 5) { // a binary body among them
            m.properties[0].second = QStringLiteral("application/octet-stream");
            m.body = QByteArray::fromHex("00ff10a0deadbeef0102030405060708090a");
        }
        result.messages.append(m);
    }
    return result;
}

QList<warren::TappedMessage> sampleTap(int seconds, qint64 startMs) {
    // Orders in three regions, payments, and a temperature sensor whose reading drifts.
    const QStringList keys = {
        QStringLiteral("order.created.eu"),   QStringLiteral("order.created.us"),
        QStringLiteral("order.created.apac"), QStringLiteral("order.paid.eu"),
        QStringLiteral("order.paid.us"),      QStringLiteral("order.cancelled.eu"),
        QStringLiteral("payment.settled"),    QStringLiteral("sensor.warehouse.temp")};
    const int weights[] = {9, 6, 2, 7, 4, 1, 3, 1};
    QList<warren::TappedMessage> messages;
    int order = 4711;
    for (int second = 0; second < seconds; ++second) {
        for (qsizetype k = 0; k < keys.size(); ++k) {
            for (int n = 0; n < weights[k]; ++n) {
                warren::TappedMessage m;
                m.publishedAtMs = startMs + second * 1000 + n * 100 + k;
                m.exchange = QStringLiteral("orders");
                m.routingKey = keys.at(k);
                m.properties = {
                    {QStringLiteral("content_type"), QStringLiteral("application/json")}};
                m.routedQueues = 2;
                if (keys.at(k).startsWith(QLatin1String("sensor"))) {
                    const double reading = 4.0 + 1.5 * std::sin(second / 6.0) + (second % 3) * 0.1;
                    m.body =
                        QStringLiteral(R"({"sensor":"cold-room-2","celsius":%1,"humidity":%2})")
                            .arg(reading, 0, 'f', 2)
                            .arg(61 + second % 5)
                            .toUtf8();
                } else {
                    m.body = QStringLiteral(R"({"order":%1,"total":%2.50,"items":%3})")
                                 .arg(order++)
                                 .arg(20 + (second * 7 + n) % 80)
                                 .arg(1 + n % 4)
                                 .toUtf8();
                }
                m.bodySize = m.body.size();
                messages.append(m);
            }
        }
    }
    return messages;
}

QList<std::pair<QString, QString>> sampleProperties() {
    return {{QStringLiteral("content_encoding"), QStringLiteral("utf-8")},
            {QStringLiteral("correlation_id"), QStringLiteral("c-9")},
            {QStringLiteral("reply_to"), QStringLiteral("replies")},
            {QStringLiteral("expiration"), QStringLiteral("600000")},
            {QStringLiteral("message_id"), QStringLiteral("m-1")},
            {QStringLiteral("type"), QStringLiteral("order.created")},
            {QStringLiteral("user_id"), QStringLiteral("guest")},
            {QStringLiteral("app_id"), QStringLiteral("warren-console")},
            {QStringLiteral("priority"), QStringLiteral("7")},
            {QStringLiteral("timestamp"), QStringLiteral("2026-12-06T19:30:00Z")}};
}
