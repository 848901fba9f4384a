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
    routeAllowedPublish(route.server, route.session.vhost,
                        *std::get<std::shared_ptr<core::Exchange>>(target), route.exchange,
                        route.session.connection, route.v5, publish,
                        [done = std::move(done)](quint8 reasonCode, int) { done(reasonCode); });
    return std::nullopt;
}

void routeAllowedPublish(MqttServer& server, core::Vhost& vhost, core::Exchange& exchange,
                         const QByteArray& exchangeName, quint64 connection, bool v5,
                         const Publish& publish, std::function<void(quint8, int)> done) {
    // Both the message and the retained copy must be on disk before the acknowledgement.
    struct Join {
        int pending = 1;
        bool stored = true;
        quint8 reasonCode = reason::Success;
        int routedQueues = 0;
        std::function<void(quint8, int)> done;
        void finish(bool ok) {
            stored = stored && ok;
            if (--pending == 0)
                done(stored ? reasonCode : reason::UnspecifiedError, routedQueues);
        }
    };
    auto join = std::make_shared<Join>();
    join->done = std::move(done);
    if (publish.retain) {
        ++join->pending;
        server.retained().put(vhost.name(), publish, QDateTime::currentMSecsSinceEpoch(),
                              [join](bool ok) { join->finish(ok); });
    }
    const core::RouteResult result =
        vhost.publish(exchange, toMessage(publish, exchangeName, connection),
                      [join](bool ok) { join->finish(ok); });
    join->routedQueues = result.routedQueues;
    // Mosquitto says so in PUBACK, not in PUBREC (it routes a QoS 2 message on PUBREL).
    if (result.routedQueues == 0 && v5 && publish.qos == 1)
        join->reasonCode = reason::NoMatchingSubscribers;
    if (!result.awaitingCommit)
        join->finish(true);
}

} // namespace warren::mqtt
