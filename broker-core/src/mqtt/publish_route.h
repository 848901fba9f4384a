#pragma once

#include "core/error.h"
#include "mqtt/packets.h"

#include <QByteArray>
#include <functional>
#include <optional>

namespace warren::core {
class Exchange;
class Vhost;
} // namespace warren::core

namespace warren::ops {
struct ClientSession;
}

namespace warren::mqtt {

class MqttServer;

// Where a client's PUBLISH goes: who publishes (their rights, their vhost), the topic exchange,
// and the session's cache of the exchange it was last allowed to write to.
struct PublishRoute {
    MqttServer& server;
    const ops::ClientSession& session;
    const QByteArray& exchange;
    std::optional<QByteArray>& lastAllowed;
    bool v5 = false;
};

// Routes `publish` through the topic exchange and keeps it as the topic's retained message when
// it says so. A refusal (permissions, a missing exchange) is returned at once; otherwise `done`
// runs with the 5.0 reason code — success, or 0x10 for a QoS 1 message nobody subscribed to
// (as Mosquitto says) — once the message and its retained copy are on disk where they must be,
// or with 0x80 if they could not be stored.
std::optional<core::Error> routePublish(const PublishRoute& route, const Publish& publish,
                                        std::function<void(quint8 reasonCode)> done);
// The same once the publisher's rights are settled (or need no check: the console's); `done`
// also learns how many queues the message reached.
void routeAllowedPublish(MqttServer& server, core::Vhost& vhost, core::Exchange& exchange,
                         const QByteArray& exchangeName, quint64 connection, bool v5,
                         const Publish& publish,
                         std::function<void(quint8 reasonCode, int routedQueues)> done);

} // namespace warren::mqtt
