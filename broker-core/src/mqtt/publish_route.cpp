#include "mqtt/publish_route.h"

#include "core/vhost.h"
#include "mqtt/message_mapping.h"
#include "mqtt/mqtt_server.h"
#include "mqtt/reason_codes.h"
#include "mqtt/topic_mapping.h"
#include "ops/client_operations.h"

#include <QDateTime>

namespace warren::mqtt {

std::optional<core::Error> routePublish(const PublishRoute& route, const Publish& publish,
                                        std::function<void(quint8)> done) {
    auto target = ops::publishTarget(route.session, route.exchange, routingKeyOf(publish.topic),
                                     route.lastAllowed);
    if (auto* error = std::get_if<core::Error>(&target))
        return *error;
    core::Exchange& exchange = *std::get<std::shared_ptr<core::Exchange>>(target);
    // Both the message and the retained copy must be on disk before the acknowledgement.
    struct Join {
        int pending = 1;
        bool stored = true;
        quint8 reasonCode = reason::Success;
        std::function<void(quint8)> done;
        void finish(bool ok) {
            stored = stored && ok;
            if (--pending == 0)
                done(stored ? reasonCode : reason::UnspecifiedError);
        }
    };
    auto join = std::make_shared<Join>();
    join->done = std::move(done);
    core::Vhost& vhost = route.session.vhost;
    if (publish.retain) {
        ++join->pending;
        route.server.retained().put(vhost.name(), publish, QDateTime::currentMSecsSinceEpoch(),
                                    [join](bool ok) { join->finish(ok); });
    }
    const core::RouteResult result =
        vhost.publish(exchange, toMessage(publish, route.exchange, route.session.connection),
                      [join](bool ok) { join->finish(ok); });
    // Mosquitto says so in PUBACK, not in PUBREC (it routes a QoS 2 message on PUBREL).
    if (result.routedQueues == 0 && route.v5 && publish.qos == 1)
        join->reasonCode = reason::NoMatchingSubscribers;
    if (!result.awaitingCommit)
        join->finish(true);
    return std::nullopt;
}

} // namespace warren::mqtt
