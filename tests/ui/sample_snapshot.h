#pragma once

#include <warren/log_record.h>
#include <warren/management.h>
#include <warren/peeked_message.h>
#include <warren/snapshot.h>
#include <warren/tapped_message.h>

// A snapshot of a busy desk broker: two vhosts, a dozen queues with traffic,
// the standard exchanges plus application ones, and a few client connections.
warren::BrokerSnapshot sampleSnapshot();
QList<warren::ListenerInfo> sampleListeners();
// `seconds` snapshots of the same broker one second apart, ending at sampleSnapshot()'s
// time, with traffic that swells and ebbs: what the overview's charts draw.
QList<warren::BrokerSnapshot> sampleHistory(int seconds);
// What such a broker logs in a minute: connections coming and going, an alarm, a refusal.
QList<warren::LogRecord> sampleLog();
// The head of an orders queue: JSON bodies with properties and headers, one redelivered,
// one binary; at most `count` of them.
warren::OperationResult samplePeek(const QString& vhost, const QString& queue, int count);
// Every basic property but content_type and delivery_mode (fields of their own in an
// OutgoingMessage), set, as text: user_id "guest", timestamp 2026-12-06T19:30:00Z.
QList<std::pair<QString, QString>> sampleProperties();
// `seconds` of traffic through a shop's orders exchange as the live tap sees it, from
// `startMs` on: order and payment events by region, and a sensor with a numeric reading.
QList<warren::TappedMessage> sampleTap(int seconds, qint64 startMs);
