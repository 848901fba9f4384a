// The bindings half of the management API's reading: /api/bindings and the bindings between two
// ends, of a queue and of an exchange, named by RabbitMQ's properties keys.

#include "core/exchange.h"
#include "core/queue.h"
#include "core/vhost.h"
#include "http/json_fields.h"
#include "http/management_server.h"

#include <QUrl>

namespace warren::http {

QString ManagementServer::propertiesKey(const QByteArray& routingKey) {
    // RabbitMQ's form: the routing key URL-encoded as by quote_plus (so "a.*" is "a.%2A" and a
    // space a "+"), "~" for an empty one.
    if (routingKey.isEmpty())
        return QStringLiteral("~");
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(routingKey), " "))
        .replace(QLatin1Char(' '), QLatin1Char('+'));
}

QJsonArray
ManagementServer::bindingList(const QString* vhostName,
                              const std::function<bool(const QJsonObject&)>& keep) const {
    QJsonArray list;
    for (auto v = m_context.vhosts.cbegin(); v != m_context.vhosts.cend(); ++v) {
        const QString vhost = QString::fromUtf8(v.key());
        if (vhostName && vhost != *vhostName)
            continue;
        auto add = [&](const QString& source, const QString& destination, bool toQueue,
                       const QByteArray& key, const core::FieldTable& arguments) {
            const QJsonObject binding{
                {QStringLiteral("source"), source},
                {QStringLiteral("vhost"), vhost},
                {QStringLiteral("destination"), destination},
                {QStringLiteral("destination_type"),
                 toQueue ? QStringLiteral("queue") : QStringLiteral("exchange")},
                {QStringLiteral("routing_key"), QString::fromUtf8(key)},
                {QStringLiteral("arguments"), toJson(arguments)},
                {QStringLiteral("properties_key"), propertiesKey(key)}};
            if (keep(binding))
                list.append(binding);
        };
        // Every queue's implicit binding to the default exchange comes first, as in RabbitMQ.
        for (const auto& queue : (*v)->queues())
            add(QString(), QString::fromUtf8(queue->name()), true, queue->name(), {});
        for (const auto& exchange : (*v)->exchanges()) {
            if (exchange->isDefault())
                continue;
            for (const core::Binding& b : exchange->bindings())
                add(QString::fromUtf8(exchange->name()),
                    QString::fromUtf8(b.queue ? b.queue->name() : b.exchange->name()),
                    b.queue != nullptr, b.routingKey, b.arguments);
        }
    }
    return list;
}

ManagementServer::Reply ManagementServer::bindings(const QStringList& path) const {
    // /bindings[/{vhost}[/e/{source}/{q|e}/{destination}[/{properties key}]]]: the bindings
    // between two are how clients find a binding's properties key before deleting it.
    const bool between = (path.size() == 6 || path.size() == 7) && path[2] == QLatin1String("e") &&
                         (path[4] == QLatin1String("q") || path[4] == QLatin1String("e"));
    if (path.size() > 2 && !between)
        return notFound();
    if (path.size() == 2 && !m_context.vhost(path[1].toUtf8()))
        return notFound();
    const QString* vhost = path.size() >= 2 ? &path[1] : nullptr;
    if (!between)
        return {HttpStatus::Ok, bindingList(vhost, [](const QJsonObject&) { return true; })};
    // RabbitMQ 3.10 lists none, rather than 404, when an end (or the vhost) is missing.
    const QJsonArray list = bindingList(vhost, [&path](const QJsonObject& b) {
        return b.value(QStringLiteral("source")).toString() == path[3] &&
               b.value(QStringLiteral("destination")).toString() == path[5] &&
               (b.value(QStringLiteral("destination_type")).toString() == QLatin1String("queue")) ==
                   (path[4] == QLatin1String("q")) &&
               (path.size() == 6 ||
                b.value(QStringLiteral("properties_key")).toString() == path[6]);
    });
    if (path.size() == 6)
        return {HttpStatus::Ok, list};
    return list.isEmpty() ? notFound() : Reply{HttpStatus::Ok, list.first()};
}

ManagementServer::Reply ManagementServer::bindingsOf(const QStringList& path) const {
    // /queues/{vhost}/{queue}/bindings and /exchanges/{vhost}/{exchange}/bindings/{source|
    // destination}: the bindings a queue is the destination of, or an exchange either end of.
    const bool ofQueue = path[0] == QLatin1String("queues");
    const QString end = ofQueue || path[4] == QLatin1String("destination")
                            ? QStringLiteral("destination")
                            : QStringLiteral("source");
    const QString type = ofQueue ? QStringLiteral("queue") : QStringLiteral("exchange");
    return {HttpStatus::Ok, bindingList(&path[1], [&](const QJsonObject& b) {
                return b.value(end).toString() == path[2] &&
                       (end == QLatin1String("source") ||
                        b.value(QStringLiteral("destination_type")).toString() == type);
            })};
}

} // namespace warren::http
