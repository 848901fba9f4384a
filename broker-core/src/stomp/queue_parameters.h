#pragma once

#include "ops/client_operations.h"
#include "stomp/destination.h"
#include "stomp/frame.h"

#include <variant>

namespace warren::stomp {

// How RabbitMQ's STOMP plugin declares the queue behind a destination, from a SEND's or
// SUBSCRIBE's headers (rabbit_stomp_util): `durable` (or `persistent`), `auto-delete` and
// `exclusive` over the destination's defaults — a /queue/ is durable, a topic or exchange
// subscription's queue non-exclusive and auto-delete — where a queue that is not durable is
// exclusive and auto-delete unless told otherwise; and the x-arguments it knows (x-message-ttl,
// x-expires, x-max-length, x-max-length-bytes, x-max-priority, x-dead-letter-exchange,
// x-dead-letter-routing-key, x-max-age, x-queue-type). The name is left to the caller.
std::variant<ops::QueueDeclaration, texts::Refusal> queueParameters(const Frame& frame,
                                                                    Destination::Kind kind);

// A header's boolean as RabbitMQ reads it: true/True, false/False, else none.
std::optional<bool> booleanHeader(const Frame& frame, QByteArrayView name);

} // namespace warren::stomp
