#pragma once

#include "engine/broker_context.h"

#include <warren/peeked_message.h>

namespace warren::engine {

// The console's look into a queue: copies of up to `count` (at most 1,000) messages at its
// head, in delivery order, leaving the queue untouched. A paged-out message's body is read
// back from the store for the copy only.
// A queued message's content, read back from the store when it is paged out; null when the
// store no longer has it.
core::MessagePtr contentOf(const core::Vhost& vhost, const core::Queue& queue,
                           const core::QueuedMessage& queued);

PeekResult peekQueue(const BrokerContext& context, const QString& vhost, const QString& queue,
                     int count);

} // namespace warren::engine
