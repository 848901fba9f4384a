#pragma once

#include <QByteArray>

namespace warren::stomp {

// The queue of a durable topic subscription, named as RabbitMQ's STOMP plugin names it, so that
// a subscriber finds its queue again, on Warren as on RabbitMQ (and tools that know the name
// find it): "stomp-subscription-" and the unpadded base64url MD5 of the Erlang external term
// format of the tuple {Key, Id} of two strings.
QByteArray durableSubscriptionQueueName(const QByteArray& key, const QByteArray& id);

} // namespace warren::stomp
