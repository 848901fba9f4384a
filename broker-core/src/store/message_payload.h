#pragma once

#include "store/message_record.h"

#include <optional>

namespace warren::store {

// The encrypted part of a stored message (exchange, routing key, properties, body) as one
// buffer: one nonce and one tag per message instead of four.
class MessagePayload {
public:
    static QByteArray encode(const MessageRecord& record);
    // Fills exchange, routing key, properties (with their format) and body; empty for a
    // malformed buffer. Reads every version Warren has written.
    static std::optional<MessageRecord> decode(QByteArrayView payload);
};

} // namespace warren::store
