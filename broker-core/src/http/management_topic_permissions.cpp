// Topic permissions in the management API, as RabbitMQ lists them: /api/topic-permissions,
// /api/topic-permissions/{vhost}/{user}, /api/users/{user}/topic-permissions and
// /api/vhosts/{vhost}/topic-permissions. (PUT and DELETE are in management_writes.cpp.)

#include "auth/user_database.h"
#include "http/management_server.h"
#include "ops/topic_permission_list.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warren::http {

ManagementServer::Reply ManagementServer::topicPermissions(const QStringList& path) const {
    const QString what = path.value(0);
    const auto userExists = [this](const QString& name) {
        return m_context.users.user(name.toUtf8()) != nullptr;
    };
    const auto vhostExists = [this](const QString& name) {
        return m_context.vhost(name.toUtf8()) != nullptr;
    };
    if (what == QLatin1String("topic-permissions") && path.size() == 1)
        return {HttpStatus::Ok, ops::topicPermissionList(m_context.users, nullptr, nullptr)};
    if (what == QLatin1String("topic-permissions") && path.size() == 3) {
        // RabbitMQ answers 404 for a user without any here, as for a missing user or vhost.
        if (!vhostExists(path[1]) || !userExists(path[2]))
            return notFound();
        const QJsonArray list = ops::topicPermissionList(m_context.users, &path[2], &path[1]);
        return list.isEmpty() ? notFound() : Reply{HttpStatus::Ok, list};
    }
    if (what == QLatin1String("users") && path.size() == 3)
        return userExists(path[1])
                   ? Reply{HttpStatus::Ok,
                           ops::topicPermissionList(m_context.users, &path[1], nullptr)}
                   : notFound();
    if (what == QLatin1String("vhosts") && path.size() == 3)
        return vhostExists(path[1])
                   ? Reply{HttpStatus::Ok,
                           ops::topicPermissionList(m_context.users, nullptr, &path[1])}
                   : notFound();
    return notFound();
}

} // namespace warren::http
