#pragma once

#include "stomp/stomp_texts.h"

#include <QByteArray>
#include <QByteArrayView>
#include <variant>

namespace warren::stomp {

// A STOMP destination as RabbitMQ's STOMP plugin reads it (rabbit_routing_util):
//   /queue/NAME          the queue NAME (declared if missing), via the default exchange
//   /topic/KEY           routing key KEY on amq.topic; each subscriber gets a queue of its own
//   /exchange/NAME[/KEY] exchange NAME, with routing key or binding KEY (may be empty)
//   /amq/queue/NAME      the queue NAME, which must exist (never declared)
//   /temp-queue/NAME     a reply queue private to the connection (only in SEND's reply-to)
//   /reply-queue/NAME    a queue to answer to (a temporary queue of another client)
// "%2F" within a name stands for "/".
struct Destination {
    enum class Kind { Queue, Topic, Exchange, AmqQueue, TempQueue, ReplyQueue };
    Kind kind = Kind::Queue;
    QByteArray name;       // queue, exchange or temp-queue name; the key for a topic
    QByteArray routingKey; // Exchange: KEY (empty when there is none)
};

std::variant<Destination, texts::Refusal> parseDestination(QByteArrayView text);

// How a MESSAGE names where a message was published: /queue/KEY for the default exchange,
// /topic/KEY for amq.topic, else /exchange/NAME[/KEY], each part escaped ("/" as "%2F").
QByteArray destinationOf(const QByteArray& exchange, const QByteArray& routingKey);

} // namespace warren::stomp
