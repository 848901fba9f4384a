#pragma once

#include "core/message.h"
#include "stomp/frame.h"
#include "stomp/stomp_texts.h"

#include <variant>

// STOMP frames to and from the core's messages, as RabbitMQ's STOMP plugin maps them to
// AMQP 0-9-1 (rabbit_stomp_util): the headers that name an AMQP property set it (persistent,
// priority, content-type, correlation-id, reply-to, expiration, amqp-message-id, timestamp,
// type, user-id, app-id, content-encoding); every other header but `destination` is kept in
// the message's headers table as a string, so that it comes back on MESSAGE frames and reaches
// AMQP consumers.
namespace warren::stomp {

struct SendContext {
    QByteArray exchange;
    QByteArray routingKey;
    QByteArray replyTo; // reply-to as rewritten (a temp queue's real name); empty: as sent
    QByteArray user;    // the authenticated user, which user-id must name
    quint64 publisherConnection = 0;
};

// The message a SEND makes, or why it cannot be one.
std::variant<core::MessagePtr, texts::Refusal> toMessage(const Frame& send,
                                                         const SendContext& context);

// The headers of a MESSAGE frame that come from the message (its headers table, then its
// properties, in RabbitMQ's order), and its body; the caller puts subscription, destination,
// message-id, redelivered and ack in front and content-length last.
void appendMessageHeaders(const core::Message& message, Frame& frame);

} // namespace warren::stomp
