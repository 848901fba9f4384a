#pragma once

#include "ops/management_operations.h"

#include <QJsonObject>

namespace warren::ops {

// RabbitMQ's policies, set and deleted as PUT/DELETE /api/policies/{vhost}/{name} do. Each
// applies at once to the vhost's queues and exchanges and calls `done` once the change is on
// disk. The result's kind is left as it comes (the console's own kinds are the façade's to
// set); `count` is 1 when the policy is new, 0 when it replaced one.

// `fields` holds "pattern", "definition" and optionally "priority" and "apply-to". A bad one
// fails with RabbitMQ's "Validation failed\n\n<why>\n"; a missing vhost with "no vhost '…'".
void putPolicy(services::BrokerContext& context, const QString& vhost, const QString& name,
               const QJsonObject& fields, OperationDone done);
// Fails with "no policy '…' in vhost '…'" when there is none.
void deletePolicy(services::BrokerContext& context, const QString& vhost, const QString& name,
                  OperationDone done);

} // namespace warren::ops
