#pragma once

#include "core/message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>
#include <map>
#include <optional>
#include <utility>

namespace warren::services {

// RabbitMQ's direct reply-to (https://www.rabbitmq.com/docs/direct-reply-to): a requester
// consumes the pseudo queue `amq.rabbitmq.reply-to` on a channel, its requests carry a
// reply_to that names that channel, and replies published to that name on the default
// exchange go straight to the channel: no queue holds, counts or stores them.

inline constexpr QByteArrayView ReplyToQueue = "amq.rabbitmq.reply-to";
inline constexpr QByteArrayView ReplyToPrefix = "amq.rabbitmq.reply-to.";

inline bool isReplyAddress(QByteArrayView routingKey) {
    return routingKey.startsWith(ReplyToPrefix);
}

// Whom a reply address names: a channel of a connection, and the random key only that
// channel's reply consumer knows, so that an address can be neither guessed nor reused by
// a later consumer on the same channel.
struct ReplyAddress {
    quint64 connection = 0;
    quint16 channel = 0;
    QByteArray key;

    bool operator==(const ReplyAddress&) const = default;
};

// "amq.rabbitmq.reply-to." + base64url(connection, channel) + "." + base64url(key).
QByteArray encodeReplyAddress(const ReplyAddress& address);
// Null for anything encodeReplyAddress did not make (other prefix, bad base64, sizes).
std::optional<ReplyAddress> decodeReplyAddress(QByteArrayView routingKey);

// The reply consumers of the broker, one at most per channel. Lives on the broker thread.
class DirectReplyTo {
public:
    // Hands a reply to its channel's consumer.
    using Sink = std::function<void(const core::MessagePtr&)>;

    // Registers the channel's reply consumer under a fresh random key; returns its address.
    QByteArray add(quint64 connection, quint16 channel, Sink sink);
    void remove(quint64 connection, quint16 channel);
    // Whether a reply consumer answers to `address` (queue.declare of an address).
    bool exists(QByteArrayView address) const;
    // Delivers to the consumer `message->routingKey` names; false when there is none (gone,
    // never was, forged key): the publisher sees the reply as unroutable.
    bool deliver(const core::MessagePtr& message) const;

private:
    struct Entry {
        QByteArray key;
        Sink sink;
    };
    const Entry* find(QByteArrayView address) const;

    std::map<std::pair<quint64, quint16>, Entry> m_consumers;
};

} // namespace warren::services
