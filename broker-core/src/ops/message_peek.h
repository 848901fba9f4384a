#pragma once

#include "services/broker_context.h"

#include <functional>
#include <warren/peeked_message.h>

namespace warren::ops {

// A queued message's content, read back from the store when it is paged out; null when the
// store no longer has it. Waits for the store: only for operations that must act at once.
core::MessagePtr contentOf(const core::Vhost& vhost, const core::Queue& queue,
                           const core::QueuedMessage& queued);

// The console's look into a queue: copies of up to `count` (at most 50,000) messages at its
// head, in delivery order, leaving the queue untouched. `done` runs on the broker thread: at
// once when every message is in memory, else once the store's thread has read the paged-out
// bodies, so a long queue never stalls the broker. A paged-out message that left the queue
// meanwhile is left out of the answer; the others are described as they were when asked.
using PeekDone = std::function<void(PeekResult)>;
void peekQueue(services::BrokerContext& context, const QString& vhost, const QString& queue,
               int count, PeekDone done);

// The management API's /get with a mode that does not requeue: takes up to `count` (at most
// 1,000) messages from the head of the queue as basic.get would, then acknowledges them (gone)
// or, with `reject`, rejects them without requeueing (dead-lettered where the queue says so,
// else gone). The result describes them as a peek does, messagesReady counting them too.
PeekResult takeFromQueue(services::BrokerContext& context, const QString& vhost,
                         const QString& queue, int count, bool reject);

} // namespace warren::ops
