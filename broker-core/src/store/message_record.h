#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace warren::store {

// A persistent message as the store keeps it. The properties are the broker's own encoding
// (for AMQP 0-9-1 the content header's property flags and fields), opaque to the store.
// Exchange, routing key, properties and body are encrypted at rest; priority and expiry are
// not, so that they could be queried without a key.
struct MessageRecord {
    QByteArray exchange;
    QByteArray routingKey;
    QByteArray properties;
    QByteArray body;
    quint8 priority = 0;
    qint64 expiresAtMs = 0; // milliseconds since the epoch; 0: never

    friend bool operator==(const MessageRecord&, const MessageRecord&) = default;
};

} // namespace warren::store
