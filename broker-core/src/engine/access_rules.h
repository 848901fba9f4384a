#pragma once

#include "auth/access.h"
#include "core/error.h"

#include <QByteArray>
#include <optional>

namespace warren::auth {
class UserDatabase;
}
namespace warren::core {
class Exchange;
}

namespace warren::engine {

// The checks on a publish or a binding that do not depend on the front end, with RabbitMQ's
// 403 texts. The AMQP channel, the management API and the console all ask here, so none of
// them can leave one out (the HTTP API once did: issue 13, item 3).

// A client may not publish to an internal exchange; only exchange-to-exchange bindings feed it.
std::optional<core::Error> internalPublishRefusal(const core::Exchange& exchange,
                                                  const QByteArray& vhost);

// `user`'s topic permission on a topic exchange: Write to publish with `routingKey`, Read to
// bind or unbind with it. Exchanges of other types are never checked, as in RabbitMQ, and
// "{client_id}" stays unexpanded (neither AMQP 0-9-1 nor HTTP has one).
std::optional<core::Error> topicRefusal(const auth::UserDatabase& users, const QByteArray& user,
                                        const QByteArray& vhost, const core::Exchange& exchange,
                                        auth::Access access, const QByteArray& routingKey);

} // namespace warren::engine
