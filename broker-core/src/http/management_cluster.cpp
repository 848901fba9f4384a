// The node and cluster-wide settings in the management HTTP API, as RabbitMQ 3.10 answers them:
// /api/nodes[/{name}], /api/cluster-name (GET, and PUT in management_writes.cpp), and the lists
// of things Warren does not have, in RabbitMQ's shapes so that tools read them as empty:
// /api/extensions, /api/feature-flags, /api/vhost-limits[/{vhost}], /api/parameters[/...],
// /api/global-parameters[/{name}] and /api/auth.

#include "http/json_fields.h"
#include "http/management_server.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warren::http {

namespace {

QJsonObject nodeJson(const NodeInfo& n) {
    QJsonObject node{{QStringLiteral("name"), n.name},
                     {QStringLiteral("type"), n.type},
                     {QStringLiteral("running"), n.running},
                     {QStringLiteral("mem_alarm"), n.memoryAlarm},
                     {QStringLiteral("disk_free_alarm"), n.diskAlarm},
                     {QStringLiteral("partitions"), QJsonArray::fromStringList(n.partitions)}};
    if (n.uptimeMs >= 0)
        node.insert(QStringLiteral("uptime"), double(n.uptimeMs));
    if (n.memoryUsed >= 0)
        node.insert(QStringLiteral("mem_used"), double(n.memoryUsed));
    if (n.memoryResident >= 0) // Warren's own, beside mem_used
        node.insert(QStringLiteral("mem_resident"), double(n.memoryResident));
    return node;
}

} // namespace

ManagementServer::Reply ManagementServer::cluster(const QStringList& path) const {
    const QString what = path.value(0);
    const qsizetype size = path.size();
    if (what == QLatin1String("nodes") && size <= 2) {
        QJsonArray list;
        for (const NodeInfo& n : m_snapshot().nodes) {
            if (size == 2 && n.name == path[1])
                return {HttpStatus::Ok, nodeJson(n)};
            list.append(nodeJson(n));
        }
        // RabbitMQ answers an unknown node with a 500 (a crash); Warren says it is not there.
        return size == 2 ? notFound() : Reply{HttpStatus::Ok, list};
    }
    if (what == QLatin1String("cluster-name") && size == 1)
        return {HttpStatus::Ok, QJsonObject{{QStringLiteral("name"), m_context.clusterName()}}};
    // Warren has no management UI extensions, feature flags, runtime parameters (shovels,
    // federation upstreams) or vhost limits.
    if ((what == QLatin1String("extensions") || what == QLatin1String("feature-flags")) &&
        size == 1)
        return {HttpStatus::Ok, QJsonArray()};
    if (what == QLatin1String("vhost-limits") && size <= 2) {
        if (size == 2 && !m_context.vhost(path[1].toUtf8()))
            return notFound();
        return {HttpStatus::Ok, QJsonArray()};
    }
    // /parameters, /parameters/{component}, /parameters/{component}/{vhost}; one parameter
    // (/parameters/{component}/{vhost}/{name}) is never there.
    if (what == QLatin1String("parameters") && size <= 4) {
        if (size >= 3 && !m_context.vhost(path[2].toUtf8()))
            return notFound();
        return size == 4 ? notFound() : Reply{HttpStatus::Ok, QJsonArray()};
    }
    // The one global parameter Warren has: the cluster name once it was set, as in RabbitMQ.
    if (what == QLatin1String("global-parameters") && size <= 2) {
        QJsonArray list;
        const QJsonObject clusterName{{QStringLiteral("name"), QStringLiteral("cluster_name")},
                                      {QStringLiteral("value"), m_context.clusterNameSet}};
        if (!m_context.clusterNameSet.isEmpty())
            list.append(clusterName);
        if (size == 1)
            return {HttpStatus::Ok, list};
        return !list.isEmpty() && path[1] == QLatin1String("cluster_name")
                   ? Reply{HttpStatus::Ok, clusterName}
                   : notFound();
    }
    // The login page's settings: Warren has no OAuth 2 (UAA) login.
    if (what == QLatin1String("auth") && size == 1)
        return {HttpStatus::Ok, QJsonObject{{QStringLiteral("enable_uaa"), false},
                                            {QStringLiteral("uaa_client_id"), QString()},
                                            {QStringLiteral("uaa_location"), QString()}}};
    return notFound();
}

ManagementServer::Reply ManagementServer::setClusterName(const QJsonObject& body) {
    if (const std::optional<QString> missing = missingKeys(body, {"name"}))
        return error(HttpStatus::BadRequest, QStringLiteral("bad_request"), *missing);
    if (!body.value(QStringLiteral("name")).isString())
        return error(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                     QStringLiteral("name must be a string"));
    m_context.clusterNameSet = body.value(QStringLiteral("name")).toString();
    return {HttpStatus::NoContent, {}};
}

} // namespace warren::http
