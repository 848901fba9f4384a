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

// The management API's /get with a mode that does not requeue: takes up to `count` (at most
// 1,000) messages from the head of the queue as basic.get would, then acknowledges them (gone)
// or, with `reject`, rejects them without requeueing (dead-lettered where the queue says so,
// else gone). The result describes them as a peek does, messagesReady counting them too.
PeekResult takeFromQueue(BrokerContext& context, const QString& vhost, const QString& queue,
                         int count, bool reject);

} // namespace warren::engine
