#pragma once

#include "auth/user_database.h"

#include <QJsonArray>
#include <QString>

namespace warren::ops {

// Every topic permission, or those of one user and/or vhost (null: any), as RabbitMQ's JSON.
QJsonArray topicPermissionList(const auth::UserDatabase& users, const QString* user,
                               const QString* vhost);

} // namespace warren::ops
