#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace warren::store {

// A persistent message as the store keeps it. The properties are one protocol's encoding (for
// AMQP 0-9-1 the content header's property flags and fields), opaque to the store and tagged
// with their format and its version so that the broker knows how to read them back.
// Exchange, routing key, properties and body are encrypted at rest; priority and expiry are
// not, so that they could be queried without a key.
struct MessageRecord {
    QByteArray exchange;
    QByteArray routingKey;
    // core::MessageFormat's values; the store only keeps them. Records written before the
    // tag existed (payload version 1) read as AMQP 0-9-1, version 1.
    quint8 propertiesFormat = 1;
    quint8 propertiesFormatVersion = 1;
    QByteArray properties;
    QByteArray body;
    quint8 priority = 0;
    qint64 expiresAtMs = 0; // milliseconds since the epoch; 0: never

    friend bool operator==(const MessageRecord&, const MessageRecord&) = default;
};

} // namespace warren::store
