#pragma once

#include "auth/access.h"
#include "auth/topic_permission.h"
#include "core/error.h"

#include <QByteArray>
#include <optional>

namespace warren::auth {
class UserDatabase;
}
namespace warren::core {
class Exchange;
}

namespace warren::ops {

// The access checks that do not depend on the front end, with RabbitMQ's 403 texts. Client
// sessions ask through ops/client_operations, the management API and the console through
// ops::authorize and ops::validate; all are built on these, so no front end can leave one out
// (the HTTP API once did: issue 13, item 3).

// What a permission pattern is matched against.
enum class Resource { Queue, Exchange };

// `user`'s configure, write or read permission on a queue or exchange of `vhost`, as
// rabbit_access_control:check_resource_access: the default exchange (an empty name) is checked
// and named as "amq.default". No permissions in the vhost at all refuses everything.
std::optional<core::Error> permissionRefusal(const auth::UserDatabase& users,
                                             const QByteArray& user, const QByteArray& vhost,
                                             auth::Access access, Resource resource,
                                             const QByteArray& name);

// A client may not publish to an internal exchange; only exchange-to-exchange bindings feed it.
std::optional<core::Error> internalPublishRefusal(const core::Exchange& exchange,
                                                  const QByteArray& vhost);

// A user's topic permission on a topic exchange: Write to publish with `routingKey`, Read to
// bind or unbind with it. `who` names the user, the vhost and, for MQTT, the client id that
// "{client_id}" stands for (left unexpanded without one, as neither AMQP 0-9-1 nor HTTP has
// one). Exchanges of other types are never checked, as in RabbitMQ.
std::optional<core::Error> topicRefusal(const auth::UserDatabase& users,
                                        const auth::TopicVariables& who,
                                        const core::Exchange& exchange, auth::Access access,
                                        const QByteArray& routingKey);

} // namespace warren::ops
