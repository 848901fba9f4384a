#pragma once

#include <QJsonArray>
#include <warren/peeked_message.h>

namespace warren::http {

// A peek as RabbitMQ's POST /api/queues/{vhost}/{name}/get answers: one object per message
// with payload (UTF-8 text where it is, else base64 — the "auto" encoding), payload_bytes (the
// whole body's size, as in RabbitMQ), redelivered, exchange, routing_key, message_count (how many
// are left behind it) and properties with their JSON types. Payloads are cut at `truncate` bytes
// when it is positive, and all of them together at `maxPayloadBytes` (http_get_max_payload_size):
// the messages after the budget is spent come with an empty payload. Pure; any thread.
QJsonArray asGetAnswer(const PeekResult& peek, qint64 truncate, qint64 maxPayloadBytes);

} // namespace warren::http
