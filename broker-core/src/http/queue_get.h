#pragma once

#include <QJsonArray>
#include <warren/peeked_message.h>

namespace warren::http {

// A peek as RabbitMQ's POST /api/queues/{vhost}/{name}/get answers: one object per message
// with payload (UTF-8 text where it is, else base64 — the "auto" encoding), payload_bytes,
// redelivered, exchange, routing_key, message_count (how many are left behind it) and
// properties with their JSON types. Payloads are cut at `truncate` bytes when it is positive.
QJsonArray asGetAnswer(const PeekResult& peek, qint64 truncate);

} // namespace warren::http
