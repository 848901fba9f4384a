#pragma once

#include "ops/management_operations.h"

namespace warren::ops {

// Users, permissions and vhosts from the console, with RabbitMQ's rules and wording. Each
// calls `done` once, after the change is on disk where there is a store.
void putUser(services::BrokerContext& context, const UserDefinition& user, OperationDone done);
void deleteUser(services::BrokerContext& context, const QString& name, OperationDone done);
void setPermission(services::BrokerContext& context, const PermissionDefinition& permission,
                   OperationDone done);
void clearPermission(services::BrokerContext& context, const QString& user, const QString& vhost,
                     OperationDone done);
// Topic permissions, as rabbitmqctl set_topic_permissions / clear_topic_permissions: one
// exchange's patterns, or with `exchange` absent every one of the user's in the vhost.
void setTopicPermission(services::BrokerContext& context,
                        const TopicPermissionDefinition& permission, OperationDone done);
void clearTopicPermissions(services::BrokerContext& context, const QString& user,
                           const QString& vhost, const std::optional<QString>& exchange,
                           OperationDone done);
void addVhost(services::BrokerContext& context, const QString& name, OperationDone done);
// Deletes the vhost with everything in it (queues and their messages, exchanges, bindings,
// permissions), as RabbitMQ does; refused while clients are connected to it (`connected`).
void deleteVhost(services::BrokerContext& context, const QString& name, bool connected,
                 OperationDone done);
// What `user` may do with the exchange or queue `resource` in `vhost`: OperationResult::granted.
void checkAccess(services::BrokerContext& context, const QString& user, const QString& vhost,
                 const QString& resource, OperationDone done);
// Whether `user` may publish and bind with `routingKey` on the exchange by its topic
// permissions: OperationResult::granted. Only topic exchanges are checked, as in RabbitMQ;
// "{client_id}" stays unexpanded, there being no client (RabbitMQ's management check likewise).
void checkTopicAccess(services::BrokerContext& context, const QString& user, const QString& vhost,
                      const QString& exchange, const QString& routingKey, OperationDone done);

} // namespace warren::ops
