#include "backends/management_json.h"

#include "models/property_json.h"

#include <QHash>
#include <QJsonDocument>
#include <optional>

namespace management_json {

namespace {

quint64 count(const QJsonObject& object, const char* key) {
    return quint64(std::max<qint64>(0, object.value(QLatin1String(key)).toInteger()));
}

// message_stats.<key>_details.rate
double rate(const QJsonObject& stats, const char* key) {
    return stats.value(QLatin1String(key) + QLatin1String("_details"))
        .toObject()
        .value(QLatin1String("rate"))
        .toDouble();
}

// The rate of message_stats.<key>: the broker's own figure where it gives one, else the count's
// change per second since the previous answer. Warren's API answers queues' counts without
// *_details (as RabbitMQ does with rates_mode none); 0 without a previous count or after a reset.
double rateOrChange(const QJsonObject& stats, const char* key, std::optional<quint64> before,
                    double seconds) {
    if (stats.contains(QLatin1String(key) + QLatin1String("_details")))
        return rate(stats, key);
    const quint64 now = count(stats, key);
    if (!before || seconds <= 0 || now < *before)
        return 0;
    return double(now - *before) / seconds;
}

QString text(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

QString describeValue(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << describeValue(item);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object:
        return describeArguments(value.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("void");
}

QStringList tagsOf(const QJsonValue& tags) {
    // RabbitMQ 3.9+ answers a list; older versions (and PUT bodies) a comma-separated string.
    QStringList out;
    if (tags.isArray()) {
        for (const QJsonValue& tag : tags.toArray())
            out << tag.toString();
    } else {
        for (const QString& tag : tags.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << tag.trimmed();
    }
    return out;
}

QStringList textList(const QJsonObject& object, const char* key) {
    QStringList out;
    for (const QJsonValue& item : object.value(QLatin1String(key)).toArray())
        out << item.toString();
    return out;
}

// A figure the API leaves out for nodes that are down, or that older versions lack: -1.
qint64 optionalCount(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? value.toInteger() : -1;
}

warren::NodeInfo nodeFrom(const QJsonObject& node) {
    warren::NodeInfo info;
    info.name = text(node, "name");
    info.running = node.value(QLatin1String("running")).toBool(true);
    info.type = text(node, "type");
    info.memoryAlarm = node.value(QLatin1String("mem_alarm")).toBool();
    info.diskAlarm = node.value(QLatin1String("disk_free_alarm")).toBool();
    info.partitions = textList(node, "partitions");
    info.uptimeMs = optionalCount(node, "uptime");
    info.memoryUsed = optionalCount(node, "mem_used");
    info.memoryResident = optionalCount(node, "mem_resident");
    info.fdUsed = optionalCount(node, "fd_used");
    return info;
}

QJsonObject stringPairs(const QList<std::pair<QString, QString>>& pairs) {
    QJsonObject object;
    for (const auto& [name, value] : pairs)
        object.insert(name, value);
    return object;
}

} // namespace

QString describeArguments(const QJsonObject& arguments) {
    QStringList items;
    for (auto it = arguments.begin(); it != arguments.end(); ++it)
        items << it.key() + QStringLiteral(": ") + describeValue(it.value());
    return items.join(QStringLiteral(", "));
}

bool isWarren(const QJsonObject& overview) {
    return overview.contains(QLatin1String("warren_version"));
}

warren::BrokerSnapshot snapshotFrom(const Answers& a, const QDateTime& takenAt,
                                    const warren::BrokerSnapshot& previous) {
    warren::BrokerSnapshot s;
    s.takenAt = takenAt;
    s.node = text(a.overview, "node");
    for (const QJsonValue& value : a.overview.value(QLatin1String("listeners")).toArray()) {
        const QJsonObject listener = value.toObject();
        if (!s.node.isEmpty() && text(listener, "node") != s.node)
            continue; // other cluster members' listeners
        s.listeners.append({text(listener, "protocol"), text(listener, "ip_address"),
                            quint16(listener.value(QLatin1String("port")).toInt())});
    }
    for (const QJsonValue& value : a.nodes) {
        const warren::NodeInfo node = nodeFrom(value.toObject());
        // An alarm on any member blocks publishers cluster-wide.
        if (node.memoryAlarm && !s.alarms.contains(QStringLiteral("memory")))
            s.alarms << QStringLiteral("memory");
        if (node.diskAlarm && !s.alarms.contains(QStringLiteral("disk")))
            s.alarms << QStringLiteral("disk");
        if (node.name == s.node && node.uptimeMs >= 0)
            s.startedAt = takenAt.addMSecs(-node.uptimeMs);
        s.nodes.append(node);
    }
    for (const QJsonValue& value : a.vhosts) {
        const QJsonObject v = value.toObject();
        s.vhosts.append(
            {text(v, "name"), count(v, "messages_ready"), count(v, "messages_unacknowledged")});
    }
    for (const QJsonValue& value : a.exchanges) {
        const QJsonObject e = value.toObject();
        const QJsonObject stats = e.value(QLatin1String("message_stats")).toObject();
        warren::ExchangeInfo info;
        info.vhost = text(e, "vhost");
        info.name = text(e, "name");
        info.type = text(e, "type");
        info.durable = e.value(QLatin1String("durable")).toBool();
        info.autoDelete = e.value(QLatin1String("auto_delete")).toBool();
        info.internal = e.value(QLatin1String("internal")).toBool();
        info.arguments = describeArguments(e.value(QLatin1String("arguments")).toObject());
        info.publishInCount = count(stats, "publish_in");
        info.publishOutCount = count(stats, "publish_out");
        info.publishInRate = rate(stats, "publish_in");
        info.publishOutRate = rate(stats, "publish_out");
        s.exchanges.append(info);
    }
    const double seconds = previous.takenAt.isValid() && takenAt.isValid()
                               ? double(previous.takenAt.msecsTo(takenAt)) / 1000.0
                               : 0;
    QHash<std::pair<QString, QString>, const warren::QueueInfo*> queuesBefore;
    for (const warren::QueueInfo& queue : previous.queues)
        queuesBefore.insert({queue.vhost, queue.name}, &queue);
    for (const QJsonValue& value : a.queues) {
        const QJsonObject q = value.toObject();
        const QJsonObject stats = q.value(QLatin1String("message_stats")).toObject();
        warren::QueueInfo info;
        info.vhost = text(q, "vhost");
        info.name = text(q, "name");
        info.durable = q.value(QLatin1String("durable")).toBool();
        info.autoDelete = q.value(QLatin1String("auto_delete")).toBool();
        info.exclusive = q.value(QLatin1String("exclusive")).toBool();
        info.arguments = describeArguments(q.value(QLatin1String("arguments")).toObject());
        // RabbitMQ before 3.8 has only classic queues and does not say so.
        info.type = q.contains(QLatin1String("type")) ? text(q, "type") : QStringLiteral("classic");
        // Replicated queues name their leader; a classic queue names the node it lives on.
        info.leader = q.contains(QLatin1String("leader")) ? text(q, "leader") : text(q, "node");
        info.members = textList(q, "members");
        info.onlineMembers = textList(q, "online");
        info.messagesReady = count(q, "messages_ready");
        info.messagesUnacked = count(q, "messages_unacknowledged");
        info.bytesReady = count(q, "message_bytes_ready");
        info.messagesPersistent = count(q, "messages_persistent");
        info.consumers = quint32(count(q, "consumers"));
        info.publishCount = count(stats, "publish");
        info.deliverCount = count(stats, "deliver_get");
        info.ackCount = count(stats, "ack");
        info.redeliverCount = count(stats, "redeliver");
        const warren::QueueInfo* before = queuesBefore.value({info.vhost, info.name});
        const auto was = [before](quint64 warren::QueueInfo::*field) {
            return before ? std::optional<quint64>(before->*field) : std::nullopt;
        };
        info.publishRate =
            rateOrChange(stats, "publish", was(&warren::QueueInfo::publishCount), seconds);
        info.deliverRate =
            rateOrChange(stats, "deliver_get", was(&warren::QueueInfo::deliverCount), seconds);
        info.ackRate = rateOrChange(stats, "ack", was(&warren::QueueInfo::ackCount), seconds);
        info.redeliverRate =
            rateOrChange(stats, "redeliver", was(&warren::QueueInfo::redeliverCount), seconds);
        s.queues.append(info);
    }
    for (const QJsonValue& value : a.bindings) {
        const QJsonObject b = value.toObject();
        s.bindings.append({text(b, "vhost"), text(b, "source"), text(b, "destination"),
                           text(b, "destination_type"), text(b, "routing_key"),
                           describeArguments(b.value(QLatin1String("arguments")).toObject())});
    }
    for (const QJsonValue& value : a.users) {
        const QJsonObject u = value.toObject();
        s.users.append({text(u, "name"), tagsOf(u.value(QLatin1String("tags")))});
    }
    for (const QJsonValue& value : a.permissions) {
        const QJsonObject p = value.toObject();
        s.permissions.append({text(p, "user"), text(p, "vhost"), text(p, "configure"),
                              text(p, "write"), text(p, "read")});
    }
    for (const QJsonValue& value : a.topicPermissions) {
        const QJsonObject p = value.toObject();
        s.topicPermissions.append({text(p, "user"), text(p, "vhost"), text(p, "exchange"),
                                   text(p, "write"), text(p, "read")});
    }
    for (const QJsonValue& value : a.policies) {
        const QJsonObject p = value.toObject();
        warren::PolicyInfo info;
        info.vhost = text(p, "vhost");
        info.name = text(p, "name");
        info.pattern = text(p, "pattern");
        info.applyTo = text(p, "apply-to");
        info.priority = p.value(QLatin1String("priority")).toInt();
        info.definition =
            QString::fromUtf8(QJsonDocument(p.value(QLatin1String("definition")).toObject())
                                  .toJson(QJsonDocument::Compact));
        s.policies.append(info);
    }
    for (const QJsonValue& value : a.connections) {
        const QJsonObject c = value.toObject();
        warren::ConnectionInfo info;
        info.name = text(c, "name");
        info.protocol = text(c, "protocol");
        info.user = text(c, "user");
        info.vhost = text(c, "vhost");
        info.peerHost = text(c, "peer_host");
        info.peerPort = quint16(c.value(QLatin1String("peer_port")).toInt());
        info.clientProperties = c.value(QLatin1String("client_properties")).toObject();
        info.clientProduct = text(info.clientProperties, "product");
        info.connectionName = text(c, "user_provided_name");
        info.channels = quint32(count(c, "channels"));
        info.bytesReceived = count(c, "recv_oct");
        info.bytesSent = count(c, "send_oct");
        info.receiveRate = rate(c, "recv_oct");
        info.sendRate = rate(c, "send_oct");
        if (c.contains(QLatin1String("connected_at")))
            info.connectedAt = QDateTime::fromMSecsSinceEpoch(
                c.value(QLatin1String("connected_at")).toInteger(), Qt::UTC);
        info.state = text(c, "state");
        s.connections.append(info);
    }
    for (const QJsonValue& value : a.channels) {
        const QJsonObject c = value.toObject();
        warren::ChannelInfo info;
        info.connection = text(c.value(QLatin1String("connection_details")).toObject(), "name");
        info.number = quint16(c.value(QLatin1String("number")).toInt());
        info.user = text(c, "user");
        info.vhost = text(c, "vhost");
        info.consumers = quint32(count(c, "consumer_count"));
        info.messagesUnacked = count(c, "messages_unacknowledged");
        info.prefetchCount = quint16(c.value(QLatin1String("prefetch_count")).toInt());
        info.confirmMode = c.value(QLatin1String("confirm")).toBool();
        info.transactional = c.value(QLatin1String("transactional")).toBool();
        info.state = text(c, "state");
        s.channels.append(info);
    }
    for (const QJsonValue& value : a.consumers) {
        const QJsonObject c = value.toObject();
        const QJsonObject queue = c.value(QLatin1String("queue")).toObject();
        const QJsonObject channel = c.value(QLatin1String("channel_details")).toObject();
        warren::ConsumerInfo info;
        info.vhost = text(queue, "vhost");
        info.queue = text(queue, "name");
        info.consumerTag = text(c, "consumer_tag");
        info.connection = text(channel, "connection_name");
        info.channel = quint16(channel.value(QLatin1String("number")).toInt());
        info.ackRequired = c.value(QLatin1String("ack_required")).toBool();
        info.exclusive = c.value(QLatin1String("exclusive")).toBool();
        info.prefetchCount = quint16(c.value(QLatin1String("prefetch_count")).toInt());
        s.consumers.append(info);
    }
    return s;
}

QList<warren::PeekedMessage> peekedFrom(const QJsonArray& messages) {
    QList<warren::PeekedMessage> out;
    quint64 position = 0;
    for (const QJsonValue& value : messages) {
        const QJsonObject m = value.toObject();
        warren::PeekedMessage peeked;
        peeked.position = ++position;
        peeked.exchange = text(m, "exchange");
        peeked.routingKey = text(m, "routing_key");
        peeked.redelivered = m.value(QLatin1String("redelivered")).toBool();
        const QJsonObject properties = m.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (it.key() == QLatin1String("headers")) {
                const QJsonObject headers = it.value().toObject();
                for (auto h = headers.begin(); h != headers.end(); ++h)
                    peeked.headers.append({h.key(), h.value()});
            } else {
                peeked.properties.append({it.key(), propertyFromJson(it.key(), it.value())});
            }
        }
        const QString payload = text(m, "payload");
        peeked.body = text(m, "payload_encoding") == QLatin1String("base64")
                          ? QByteArray::fromBase64(payload.toLatin1())
                          : payload.toUtf8();
        out.append(peeked);
    }
    return out;
}

QJsonObject queueBody(const warren::QueueDefinition& d) {
    QJsonObject arguments;
    auto number = [&](const char* key, const std::optional<qint64>& value) {
        if (value)
            arguments.insert(QLatin1String(key), *value);
    };
    number("x-message-ttl", d.messageTtlMs);
    number("x-expires", d.expiresMs);
    number("x-max-length", d.maxLength);
    number("x-max-length-bytes", d.maxLengthBytes);
    if (!d.overflow.isEmpty())
        arguments.insert(QStringLiteral("x-overflow"), d.overflow);
    if (!d.deadLetterExchange.isEmpty())
        arguments.insert(QStringLiteral("x-dead-letter-exchange"), d.deadLetterExchange);
    if (!d.deadLetterRoutingKey.isEmpty())
        arguments.insert(QStringLiteral("x-dead-letter-routing-key"), d.deadLetterRoutingKey);
    if (d.maxPriority > 0)
        arguments.insert(QStringLiteral("x-max-priority"), d.maxPriority);
    if (d.singleActiveConsumer)
        arguments.insert(QStringLiteral("x-single-active-consumer"), true);
    if (!d.type.isEmpty())
        arguments.insert(QStringLiteral("x-queue-type"), d.type);
    return {{QStringLiteral("durable"), d.durable},
            {QStringLiteral("auto_delete"), d.autoDelete},
            {QStringLiteral("arguments"), arguments}};
}

QJsonObject exchangeBody(const warren::ExchangeDefinition& d) {
    QJsonObject arguments;
    if (!d.alternateExchange.isEmpty())
        arguments.insert(QStringLiteral("alternate-exchange"), d.alternateExchange);
    return {{QStringLiteral("type"), d.type},
            {QStringLiteral("durable"), d.durable},
            {QStringLiteral("auto_delete"), d.autoDelete},
            {QStringLiteral("internal"), d.internal},
            {QStringLiteral("arguments"), arguments}};
}

QJsonObject bindingBody(const warren::BindingDefinition& b) {
    return {{QStringLiteral("routing_key"), b.routingKey},
            {QStringLiteral("arguments"), stringPairs(b.arguments)}};
}

QJsonObject publishBody(const warren::OutgoingMessage& m) {
    QJsonObject properties;
    if (!m.contentType.isEmpty())
        properties.insert(QStringLiteral("content_type"), m.contentType);
    properties.insert(QStringLiteral("delivery_mode"), m.persistent ? 2 : 1);
    if (!m.headers.isEmpty()) {
        QJsonObject headers;
        for (const auto& [name, value] : m.headers)
            headers.insert(name, value); // typed: RabbitMQ makes an AMQP table of it
        properties.insert(QStringLiteral("headers"), headers);
    }
    // RabbitMQ puts these into the basic properties as they come: the octets and the
    // timestamp (seconds since the epoch) must be JSON numbers, the rest strings.
    for (const auto& [name, value] : m.properties)
        properties.insert(name, propertyToJson(name, value));
    QJsonObject body{{QStringLiteral("properties"), properties},
                     {QStringLiteral("routing_key"), m.routingKey}};
    // Bodies that are not UTF-8 travel as base64, as the API allows.
    const QString asText = QString::fromUtf8(m.body);
    if (asText.toUtf8() == m.body) {
        body.insert(QStringLiteral("payload"), asText);
        body.insert(QStringLiteral("payload_encoding"), QStringLiteral("string"));
    } else {
        body.insert(QStringLiteral("payload"), QString::fromLatin1(m.body.toBase64()));
        body.insert(QStringLiteral("payload_encoding"), QStringLiteral("base64"));
    }
    return body;
}

QJsonObject permissionBody(const warren::PermissionDefinition& p) {
    return {{QStringLiteral("configure"), p.configure},
            {QStringLiteral("write"), p.write},
            {QStringLiteral("read"), p.read}};
}

QJsonObject topicPermissionBody(const warren::TopicPermissionDefinition& p) {
    return {{QStringLiteral("exchange"), p.exchange},
            {QStringLiteral("write"), p.write},
            {QStringLiteral("read"), p.read}};
}

QJsonObject policyBody(const warren::PolicyDefinition& p) {
    return {{QStringLiteral("pattern"), p.pattern},
            {QStringLiteral("definition"), QJsonDocument::fromJson(p.definition.toUtf8()).object()},
            {QStringLiteral("priority"), p.priority},
            {QStringLiteral("apply-to"), p.applyTo}};
}

QString errorReason(const QByteArray& body, int httpStatus) {
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    const QString reason = error.value(QLatin1String("reason")).toString();
    if (!reason.isEmpty())
        return reason;
    const QString kind = error.value(QLatin1String("error")).toString();
    if (!kind.isEmpty())
        return kind;
    return QStringLiteral("HTTP %1").arg(httpStatus);
}

} // namespace management_json
