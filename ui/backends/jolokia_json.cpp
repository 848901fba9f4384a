#include "backends/jolokia_json.h"

#include "models/json_scalar_text.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <optional>

namespace jolokia_json {

namespace {

const QString Domain = QStringLiteral("org.apache.activemq");

// The order of refreshRequests(), which snapshotFrom() reads the answers by.
enum RefreshAnswer { BrokerAnswer, QueuesAnswer, TopicsAnswer, ConnectionsAnswer, AnswerCount };

quint64 count(const QJsonObject& object, const char* key) {
    return quint64(std::max<qint64>(0, object.value(QLatin1String(key)).toInteger()));
}

QString text(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

QString typeName(Destination type) {
    switch (type) {
    case Destination::Queue:
        return QStringLiteral("Queue");
    case Destination::Topic:
        return QStringLiteral("Topic");
    }
    return {};
}

// A key property of an ObjectName string, unquoted: ObjectName quotes values holding , = : " *
QString keyProperty(const QString& objectName, const QString& key) {
    const QRegularExpression pattern(QStringLiteral("[:,]%1=(\"(?:[^\"\\\\]|\\\\.)*\"|[^,]*)")
                                         .arg(QRegularExpression::escape(key)));
    const QRegularExpressionMatch match = pattern.match(objectName);
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1);
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"'))) {
        value = value.mid(1, value.size() - 2);
        value.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        value.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    }
    return value;
}

// Counter change per second since the previous snapshot; 0 without one or after a reset.
double rateOf(quint64 now, std::optional<quint64> before, double seconds) {
    if (!before || seconds <= 0 || now < *before)
        return 0;
    return double(now - *before) / seconds;
}

// What a pattern read answered: ObjectName → attributes. Nothing matching is no error.
QJsonObject matches(const QJsonValue& answer) {
    return isNotFound(answer) ? QJsonObject()
                              : answer.toObject().value(QLatin1String("value")).toObject();
}

warren::ListenerInfo listenerFrom(const QString& address) {
    const QUrl url(address);
    warren::ListenerInfo listener;
    // ActiveMQ names OpenWire's transport "tcp"; the console calls listeners by protocol.
    listener.scheme =
        url.scheme() == QLatin1String("tcp") ? QStringLiteral("openwire") : url.scheme();
    listener.host = url.host();
    listener.port = quint16(std::max(0, url.port()));
    return listener;
}

// ActiveMQ's own topics that carry its advisory messages: not what users publish to.
bool isAdvisory(const QString& topic) {
    return topic.startsWith(QLatin1String("ActiveMQ.Advisory."));
}

} // namespace

QString brokerMBean(const QString& broker) {
    return Domain + QStringLiteral(":type=Broker,brokerName=") + broker;
}

QString destinationMBean(const QString& broker, Destination type, const QString& name) {
    return brokerMBean(broker) + QStringLiteral(",destinationType=") + typeName(type) +
           QStringLiteral(",destinationName=") + name;
}

QJsonObject read(const QString& mbean, const QStringList& attributes) {
    return {{QStringLiteral("type"), QStringLiteral("read")},
            {QStringLiteral("mbean"), mbean},
            {QStringLiteral("attribute"), QJsonArray::fromStringList(attributes)}};
}

QJsonObject exec(const QString& mbean, const QString& operation, const QJsonArray& arguments) {
    return {{QStringLiteral("type"), QStringLiteral("exec")},
            {QStringLiteral("mbean"), mbean},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("arguments"), arguments}};
}

QJsonArray refreshRequests() {
    const QString anyBroker = brokerMBean(QStringLiteral("*"));
    QJsonObject requests[AnswerCount];
    requests[BrokerAnswer] = read(
        anyBroker, {QStringLiteral("BrokerName"), QStringLiteral("BrokerVersion"),
                    QStringLiteral("UptimeMillis"), QStringLiteral("MemoryPercentUsage"),
                    QStringLiteral("StorePercentUsage"), QStringLiteral("TotalConnectionsCount"),
                    QStringLiteral("TransportConnectors")});
    const QStringList destinationAttributes{
        QStringLiteral("Name"),          QStringLiteral("QueueSize"),
        QStringLiteral("EnqueueCount"),  QStringLiteral("DequeueCount"),
        QStringLiteral("DispatchCount"), QStringLiteral("InFlightCount"),
        QStringLiteral("ConsumerCount"), QStringLiteral("MemoryUsageByteCount")};
    requests[QueuesAnswer] =
        read(destinationMBean(QStringLiteral("*"), Destination::Queue, QStringLiteral("*")),
             destinationAttributes);
    requests[TopicsAnswer] =
        read(destinationMBean(QStringLiteral("*"), Destination::Topic, QStringLiteral("*")),
             destinationAttributes);
    requests[ConnectionsAnswer] =
        read(anyBroker + QStringLiteral(",connector=clientConnectors,connectorName=*,"
                                        "connectionViewType=remoteAddress,connectionName=*"),
             {QStringLiteral("RemoteAddress"), QStringLiteral("UserName"),
              QStringLiteral("ClientId"), QStringLiteral("DispatchQueueSize")});
    QJsonArray bulk;
    for (const QJsonObject& request : requests)
        bulk.append(request);
    return bulk;
}

Refresh snapshotFrom(const QJsonArray& answers, const warren::BrokerSnapshot& previous,
                     const QDateTime& takenAt) {
    Refresh refresh;
    if (answers.size() != AnswerCount) {
        refresh.error = QStringLiteral("unexpected answer from Jolokia");
        return refresh;
    }
    if (const QString error = itemError(answers[BrokerAnswer]); !error.isEmpty()) {
        refresh.error = isNotFound(answers[BrokerAnswer])
                            ? QStringLiteral("no ActiveMQ broker behind this Jolokia")
                            : error;
        return refresh;
    }
    for (int answer = QueuesAnswer; answer < AnswerCount; ++answer)
        if (!isNotFound(answers[answer]) && !itemError(answers[answer]).isEmpty()) {
            refresh.error = itemError(answers[answer]);
            return refresh;
        }
    const QJsonObject brokers = matches(answers[BrokerAnswer]);
    if (brokers.isEmpty()) {
        refresh.error = QStringLiteral("no ActiveMQ broker behind this Jolokia");
        return refresh;
    }
    // One JVM normally runs one broker; with several, the first (by name) is the one shown.
    const QJsonObject broker = brokers.begin().value().toObject();
    const QString brokerName = text(broker, "BrokerName");

    warren::BrokerSnapshot& s = refresh.snapshot;
    s.takenAt = takenAt;
    s.node = brokerName;
    s.startedAt = takenAt.addMSecs(-qint64(count(broker, "UptimeMillis")));
    const QJsonObject connectors = broker.value(QLatin1String("TransportConnectors")).toObject();
    for (auto it = connectors.begin(); it != connectors.end(); ++it)
        s.listeners << listenerFrom(it.value().toString());
    // ActiveMQ blocks producers once its memory or store limit is used up, as RabbitMQ's
    // alarms do.
    if (count(broker, "MemoryPercentUsage") >= 100)
        s.alarms << QStringLiteral("memory");
    if (count(broker, "StorePercentUsage") >= 100)
        s.alarms << QStringLiteral("disk");

    const double seconds =
        previous.takenAt.isValid() ? double(previous.takenAt.msecsTo(takenAt)) / 1000.0 : 0;
    QHash<QString, const warren::QueueInfo*> queuesBefore;
    for (const warren::QueueInfo& queue : previous.queues)
        queuesBefore.insert(queue.name, &queue);
    QHash<QString, const warren::ExchangeInfo*> topicsBefore;
    for (const warren::ExchangeInfo& topic : previous.exchanges)
        topicsBefore.insert(topic.name, &topic);

    warren::VhostInfo vhost;
    vhost.name = brokerName;
    const QJsonObject queues = matches(answers[QueuesAnswer]);
    for (auto it = queues.begin(); it != queues.end(); ++it) {
        const QJsonObject q = it.value().toObject();
        warren::QueueInfo info;
        info.vhost = brokerName;
        info.name = text(q, "Name");
        // QueueSize counts dispatched messages not yet acknowledged too.
        const quint64 size = count(q, "QueueSize");
        info.messagesUnacked = std::min(size, count(q, "InFlightCount"));
        info.messagesReady = size - info.messagesUnacked;
        info.bytesReady = count(q, "MemoryUsageByteCount");
        info.consumers = quint32(count(q, "ConsumerCount"));
        info.publishCount = count(q, "EnqueueCount");
        info.deliverCount = count(q, "DispatchCount");
        info.ackCount = count(q, "DequeueCount");
        const warren::QueueInfo* before = queuesBefore.value(info.name);
        const auto was = [before](quint64 warren::QueueInfo::*field) {
            return before ? std::optional<quint64>(before->*field) : std::nullopt;
        };
        info.publishRate =
            rateOf(info.publishCount, was(&warren::QueueInfo::publishCount), seconds);
        info.deliverRate =
            rateOf(info.deliverCount, was(&warren::QueueInfo::deliverCount), seconds);
        info.ackRate = rateOf(info.ackCount, was(&warren::QueueInfo::ackCount), seconds);
        vhost.messagesReady += info.messagesReady;
        vhost.messagesUnacked += info.messagesUnacked;
        refresh.mbeans.insert(QStringLiteral("Queue/") + info.name, it.key());
        s.queues << info;
    }
    const QJsonObject topics = matches(answers[TopicsAnswer]);
    for (auto it = topics.begin(); it != topics.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        warren::ExchangeInfo info;
        info.vhost = brokerName;
        info.name = text(t, "Name");
        if (isAdvisory(info.name))
            continue;
        info.type = QStringLiteral("topic");
        info.publishInCount = count(t, "EnqueueCount");
        info.publishOutCount = count(t, "DequeueCount");
        const warren::ExchangeInfo* before = topicsBefore.value(info.name);
        info.publishInRate =
            rateOf(info.publishInCount,
                   before ? std::optional<quint64>(before->publishInCount) : std::nullopt, seconds);
        info.publishOutRate = rateOf(
            info.publishOutCount,
            before ? std::optional<quint64>(before->publishOutCount) : std::nullopt, seconds);
        refresh.mbeans.insert(QStringLiteral("Topic/") + info.name, it.key());
        s.exchanges << info;
    }
    const QJsonObject connections = matches(answers[ConnectionsAnswer]);
    for (auto it = connections.begin(); it != connections.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        warren::ConnectionInfo info;
        QString connector = keyProperty(it.key(), QStringLiteral("connectorName"));
        // Unnamed connectors are named by their URI, its ':' made '_' ("stomp_//host_61613").
        static const QRegularExpression uriScheme(QStringLiteral("^([a-z0-9+]+)[:_]//"));
        if (const QRegularExpressionMatch scheme = uriScheme.match(connector); scheme.hasMatch())
            connector = scheme.captured(1);
        info.protocol = connector == QLatin1String("tcp") ? QStringLiteral("openwire") : connector;
        info.user = text(c, "UserName");
        info.vhost = brokerName;
        const QUrl peer(text(c, "RemoteAddress"));
        info.peerHost = peer.host();
        info.peerPort = quint16(std::max(0, peer.port()));
        info.name = peer.authority();
        info.clientProduct = text(c, "ClientId");
        refresh.mbeans.insert(QStringLiteral("Connection/") + info.name, it.key());
        s.connections << info;
    }
    s.vhosts << vhost;
    const auto byName = [](const auto& a, const auto& b) { return a.name < b.name; };
    std::sort(s.queues.begin(), s.queues.end(), byName);
    std::sort(s.exchanges.begin(), s.exchanges.end(), byName);
    std::sort(s.connections.begin(), s.connections.end(), byName);
    return refresh;
}

QList<warren::PeekedMessage> peekedFrom(const QJsonArray& browsed, int count) {
    // JMS header fields the message browser shows among the properties, by their names there.
    static const std::pair<const char*, const char*> headerFields[] = {
        {"JMSMessageID", "message_id"},    {"JMSCorrelationID", "correlation_id"},
        {"JMSDestination", "destination"}, {"JMSDeliveryMode", "delivery_mode"},
        {"JMSPriority", "priority"},       {"JMSTimestamp", "timestamp"},
        {"JMSExpiration", "expiration"},   {"JMSType", "type"},
        {"JMSReplyTo", "reply_to"},        {"JMSXGroupID", "group_id"},
        {"JMSXUserID", "user_id"},
    };
    // browse() answers each message property in a map by its Java type.
    static const char* propertyMaps[] = {
        "StringProperties", "BooleanProperties", "ByteProperties",  "ShortProperties",
        "IntProperties",    "LongProperties",    "FloatProperties", "DoubleProperties",
    };
    QList<warren::PeekedMessage> messages;
    for (const QJsonValue& value : browsed) {
        if (messages.size() >= count)
            break;
        const QJsonObject m = value.toObject();
        warren::PeekedMessage message;
        message.position = quint64(messages.size() + 1);
        message.id = message.position;
        message.redelivered = m.value(QLatin1String("JMSRedelivered")).toBool();
        const QString destination = text(m, "JMSDestination");
        message.routingKey = destination.section(QLatin1String("://"), 1);
        for (const auto& [field, name] : headerFields) {
            const QString shown = jsonScalarText(m.value(QLatin1String(field)));
            // ActiveMQ answers absent fields as null, a missing expiry as 0.
            if (!shown.isEmpty() &&
                !(shown == QLatin1String("0") && qstrcmp(field, "JMSExpiration") == 0))
                message.properties.append({QString::fromLatin1(name), shown});
        }
        for (const char* map : propertyMaps) {
            const QJsonObject properties = m.value(QLatin1String(map)).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it)
                message.headers.append({it.key(), jsonScalarText(it.value())});
        }
        if (m.contains(QLatin1String("Text"))) {
            message.body = text(m, "Text").toUtf8();
        } else {
            // Bytes messages come as BodyPreview, an array of signed bytes.
            for (const QJsonValue& byte : m.value(QLatin1String("BodyPreview")).toArray())
                message.body.append(char(byte.toInt()));
        }
        messages << message;
    }
    return messages;
}

QJsonObject sendHeaders(const warren::OutgoingMessage& message) {
    QJsonObject headers;
    for (const auto& [name, value] : message.headers)
        headers.insert(name, value);
    // ActiveMQ sets these JMS header fields from properties of the same name.
    static const std::pair<const char*, const char*> fields[] = {
        {"correlation_id", "JMSCorrelationID"},
        {"type", "JMSType"},
        {"priority", "JMSPriority"},
    };
    for (const auto& [name, value] : message.properties)
        for (const auto& [amqp, jms] : fields)
            if (name == QLatin1String(amqp))
                headers.insert(QLatin1String(jms), value);
    headers.insert(QStringLiteral("JMSDeliveryMode"),
                   message.persistent ? QStringLiteral("2") : QStringLiteral("1"));
    return headers;
}

QString itemError(const QJsonValue& answer) {
    const QJsonObject item = answer.toObject();
    const int status = item.value(QLatin1String("status")).toInt();
    if (status == 200)
        return {};
    const QString error = text(item, "error");
    if (!error.isEmpty())
        return error;
    return QStringLiteral("Jolokia answered status %1").arg(status);
}

bool isNotFound(const QJsonValue& answer) {
    const QJsonObject item = answer.toObject();
    return item.value(QLatin1String("status")).toInt() == 404 ||
           text(item, "error_type").endsWith(QLatin1String("InstanceNotFoundException"));
}

} // namespace jolokia_json
