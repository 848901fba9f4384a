#pragma once

#include "ops/management_operations.h"
#include "services/broker_context.h"

#include <warren/management.h>

namespace warren::ops {

// The message browser's move, copy and requeue of dead-lettered messages, in one go on the
// broker thread. Every selected message is checked first: if any would reach no queue, the
// answer is an error and nothing is published or removed. Then each copy goes through the
// normal publish path (stored first when persistent and bound for durable queues) and only
// then is a moved original removed, as an ack would, so a crash in between can duplicate a
// message but never lose it. Answered once the copies are on disk.
void transferMessages(services::BrokerContext& context, const MessageTransfer& transfer,
                      OperationDone done);

} // namespace warren::ops
