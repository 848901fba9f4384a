#pragma once

#include "store/message_record.h"

namespace warren::store {

// One message of one queue, as recovery and paging return it.
struct StoredMessage {
    quint64 seq = 0; // position in the queue; loads return messages in ascending seq
    // The message was handed to a consumer at least once: delivered-unacked when the broker
    // stopped, or delivered and requeued. AMQP's redelivered flag.
    bool redelivered = false;
    MessageRecord record;
};

} // namespace warren::store
