#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>
#include <utility>

namespace warren::stomp {

// The protocol versions a connection can negotiate (accept-version, §CONNECT). 1.0 is what a
// client that sends no accept-version speaks.
enum class Version { V10, V11, V12 };

// One STOMP frame, as read from or written to the wire, headers unescaped.
struct Frame {
    using Header = std::pair<QByteArray, QByteArray>;

    QByteArray command;
    // In wire order. A header may repeat; the first occurrence is the one that counts
    // (STOMP 1.2 "Repeated Header Entries"), the others are kept as the client sent them.
    QList<Header> headers;
    QByteArray body;

    // The first value of `name`, if present.
    std::optional<QByteArray> header(QByteArrayView name) const;
    // The first value of `name`, or `fallback`.
    QByteArray value(QByteArrayView name, const QByteArray& fallback = {}) const;
    bool has(QByteArrayView name) const { return header(name).has_value(); }
    // Replaces the first `name` header (dropping repeats), or appends one.
    void set(const QByteArray& name, const QByteArray& value);
    void add(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
    void remove(QByteArrayView name);

    bool operator==(const Frame&) const = default;
};

// Whether the headers of a `command` frame are escaped in `version` (STOMP 1.2 "Value
// Encoding"): from 1.1 on, except in CONNECT, STOMP and CONNECTED frames, which stay readable
// by a 1.0 peer before the version is negotiated.
bool escapesHeaders(QByteArrayView command, Version version);

// Limits on what a peer may send, so that a hostile client cannot make the broker buffer
// without bound. A frame over a limit is refused as soon as the limit is passed, without
// reading the rest. RabbitMQ 3.10 has no such limits; the defaults are generous (the body's is
// RabbitMQ's largest message, 128 MiB).
struct FrameLimits {
    int maxHeaders = 1000;
    qsizetype maxHeaderBytes = 100 * 1024; // one header line, name and value, as escaped
    qsizetype maxBodyBytes = 128 * 1024 * 1024;
};

} // namespace warren::stomp
