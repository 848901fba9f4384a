// The clients in the management HTTP API: connections, channels and consumers as RabbitMQ 3.10
// lists them, one of them by name, those of one vhost, and closing a connection.

#include "http/management_server.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace warren::http {

namespace {

QJsonObject rate(double perSecond) {
    return QJsonObject{{QStringLiteral("rate"), perSecond}};
}

QString channelName(const QString& connection, quint16 number) {
    return QStringLiteral("%1 (%2)").arg(connection).arg(number);
}

QJsonObject connectionJson(const ConnectionInfo& c, const QString& node) {
    QJsonObject connection{
        {QStringLiteral("name"), c.name},
        {QStringLiteral("protocol"), c.protocol},
        {QStringLiteral("user"), c.user},
        {QStringLiteral("vhost"), c.vhost},
        {QStringLiteral("peer_host"), c.peerHost},
        {QStringLiteral("peer_port"), c.peerPort},
        {QStringLiteral("channels"), double(c.channels)},
        {QStringLiteral("recv_oct"), double(c.bytesReceived)},
        {QStringLiteral("send_oct"), double(c.bytesSent)},
        {QStringLiteral("recv_oct_details"), rate(c.receiveRate)},
        {QStringLiteral("send_oct_details"), rate(c.sendRate)},
        {QStringLiteral("connected_at"), double(c.connectedAt.toMSecsSinceEpoch())},
        {QStringLiteral("client_properties"), c.clientProperties},
        {QStringLiteral("node"), node},
        {QStringLiteral("type"), QStringLiteral("network")},
        {QStringLiteral("state"), c.state}};
    // RabbitMQ names the field only when the client named its connection.
    if (!c.connectionName.isEmpty())
        connection.insert(QStringLiteral("user_provided_name"), c.connectionName);
    return connection;
}

QJsonObject channelJson(const ChannelInfo& c, const ConnectionInfo* connection,
                        const QString& node) {
    // RabbitMQ names the channel's connection with its peer.
    return QJsonObject{
        {QStringLiteral("name"), channelName(c.connection, c.number)},
        {QStringLiteral("number"), c.number},
        {QStringLiteral("user"), c.user},
        {QStringLiteral("vhost"), c.vhost},
        {QStringLiteral("node"), node},
        {QStringLiteral("connection_details"),
         QJsonObject{{QStringLiteral("name"), c.connection},
                     {QStringLiteral("peer_host"),
                      connection ? QJsonValue(connection->peerHost) : QJsonValue()},
                     {QStringLiteral("peer_port"),
                      connection ? QJsonValue(connection->peerPort) : QJsonValue()}}},
        {QStringLiteral("prefetch_count"), double(c.prefetchCount)},
        {QStringLiteral("consumer_count"), double(c.consumers)},
        {QStringLiteral("messages_unacknowledged"), double(c.messagesUnacked)},
        {QStringLiteral("confirm"), c.confirmMode},
        {QStringLiteral("transactional"), c.transactional},
        {QStringLiteral("state"), c.state}};
}

QJsonObject consumerJson(const ConsumerInfo& c, const ConnectionInfo* connection,
                         const QString& node) {
    return QJsonObject{{QStringLiteral("consumer_tag"), c.consumerTag},
                       {QStringLiteral("queue"), QJsonObject{{QStringLiteral("name"), c.queue},
                                                             {QStringLiteral("vhost"), c.vhost}}},
                       {QStringLiteral("channel_details"),
                        QJsonObject{{QStringLiteral("connection_name"), c.connection},
                                    {QStringLiteral("name"), channelName(c.connection, c.channel)},
                                    {QStringLiteral("node"), node},
                                    {QStringLiteral("number"), c.channel},
                                    {QStringLiteral("peer_host"),
                                     connection ? QJsonValue(connection->peerHost) : QJsonValue()},
                                    {QStringLiteral("peer_port"),
                                     connection ? QJsonValue(connection->peerPort) : QJsonValue()},
                                    {QStringLiteral("user"),
                                     connection ? QJsonValue(connection->user) : QJsonValue()}}},
                       // Warren's snapshot keeps no consumer arguments (x-priority and the like).
                       {QStringLiteral("arguments"), QJsonObject()},
                       {QStringLiteral("activity_status"), QStringLiteral("up")},
                       {QStringLiteral("ack_required"), c.ackRequired},
                       {QStringLiteral("exclusive"), c.exclusive},
                       {QStringLiteral("prefetch_count"), double(c.prefetchCount)},
                       {QStringLiteral("active"), true}};
}

} // namespace

ManagementServer::Reply ManagementServer::clients(const QStringList& path) const {
    const BrokerSnapshot s = m_snapshot();
    QHash<QString, const ConnectionInfo*> connections;
    for (const auto& c : s.connections)
        connections.insert(c.name, &c);
    const QString what = path.value(0);
    // /vhosts/{vhost}/connections and /vhosts/{vhost}/channels, and /consumers/{vhost}: the
    // vhost's only, 404 for a vhost that does not exist.
    std::optional<QString> vhost;
    if (what == QLatin1String("vhosts") || (what == QLatin1String("consumers") && path.size() == 2))
        vhost = path[1];
    if (vhost && !m_context.vhost(vhost->toUtf8()))
        return notFound();
    const QString kind = what == QLatin1String("vhosts") ? path[2] : what;
    const auto inVhost = [&vhost](const QString& v) { return !vhost || *vhost == v; };
    QJsonArray list;
    if (kind == QLatin1String("connections")) {
        // /connections/{name} and /connections/{name}/channels
        const ConnectionInfo* named =
            path.size() >= 2 && !vhost ? connections.value(path[1]) : nullptr;
        if (path.size() >= 2 && !vhost && !named)
            return notFound();
        if (path.size() == 2 && named)
            return {HttpStatus::Ok, connectionJson(*named, s.node)};
        if (path.size() == 3 && named && path[2] == QLatin1String("channels")) {
            for (const auto& c : s.channels)
                if (c.connection == named->name)
                    list.append(channelJson(c, named, s.node));
            return {HttpStatus::Ok, list};
        }
        if (path.size() > (vhost ? 3 : 1))
            return notFound();
        for (const auto& c : s.connections)
            if (inVhost(c.vhost))
                list.append(connectionJson(c, s.node));
    } else if (kind == QLatin1String("channels")) {
        if (path.size() > (vhost ? 3 : 2))
            return notFound();
        for (const auto& c : s.channels) {
            const QString name = channelName(c.connection, c.number);
            if (path.size() == 2 && !vhost) {
                if (name != path[1])
                    continue;
                // One channel comes with its consumers, as RabbitMQ's does.
                QJsonObject channel = channelJson(c, connections.value(c.connection), s.node);
                QJsonArray consumers;
                for (const auto& consumer : s.consumers)
                    if (consumer.connection == c.connection && consumer.channel == c.number)
                        consumers.append(
                            consumerJson(consumer, connections.value(c.connection), s.node));
                channel.insert(QStringLiteral("consumer_details"), consumers);
                // Per exchange and queue message rates: Warren keeps none per channel.
                channel.insert(QStringLiteral("publishes"), QJsonArray());
                channel.insert(QStringLiteral("deliveries"), QJsonArray());
                return {HttpStatus::Ok, channel};
            }
            if (inVhost(c.vhost))
                list.append(channelJson(c, connections.value(c.connection), s.node));
        }
        if (path.size() == 2 && !vhost)
            return notFound();
    } else {
        if (path.size() > 2)
            return notFound();
        for (const auto& c : s.consumers)
            if (inVhost(c.vhost))
                list.append(consumerJson(c, connections.value(c.connection), s.node));
    }
    return {HttpStatus::Ok, list};
}

void ManagementServer::closeConnection(const QString& name, const QByteArray& reason,
                                       const QByteArray& user,
                                       const std::function<void(const Reply&)>& answer) {
    const QString why = reason.isEmpty() ? QStringLiteral("Closed via management plugin")
                                         : QString::fromUtf8(reason);
    // A missing connection is the plain 404; another user's, "User not authorised to access
    // object" (ops::authorize: the owner or an administrator may).
    execute(user, commands::CloseConnection{name, why}, [answer](const OperationResult& result) {
        answer(operationReply(result, HttpStatus::NoContent));
    });
}

} // namespace warren::http
