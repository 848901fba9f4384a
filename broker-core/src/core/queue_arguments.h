#pragma once

#include "core/error.h"
#include "core/field_value.h"

#include <optional>
#include <variant>

namespace warren::core {

// The x-arguments of queue.declare that change a queue's behaviour, parsed and validated once.
struct QueueArguments {
    enum class Overflow { DropHead, RejectPublish, RejectPublishDlx };

    std::optional<qint64> messageTtlMs;
    std::optional<qint64> expiresMs;
    std::optional<qint64> maxLength;
    std::optional<qint64> maxLengthBytes;
    Overflow overflow = Overflow::DropHead;
    std::optional<QByteArray> deadLetterExchange;
    std::optional<QByteArray> deadLetterRoutingKey;
    quint8 maxPriority = 0;
    bool singleActiveConsumer = false;

    // Validates as RabbitMQ does; the error text names the argument and the queue.
    static std::variant<QueueArguments, Error>
    parse(const FieldTable& table, const QByteArray& queue, const QByteArray& vhost);
};

// Whether two declarations' arguments are equivalent under RabbitMQ's rule: only the
// arguments it interprets are compared, and integers compare by value whatever their width.
std::optional<QByteArray> firstInequivalentQueueArgument(const FieldTable& existing,
                                                         const FieldTable& requested);

} // namespace warren::core
