#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace warren::core {

// Typed values of AMQP field tables (headers, arguments, peer properties). The routing core
// needs them for headers exchanges, queue arguments and x-death, and MQTT 5 user properties
// and STOMP headers map onto them, so they live in the core rather than in a codec.
struct FieldValue;
using FieldTable = std::vector<std::pair<QByteArray, FieldValue>>; // keeps wire order
using FieldArray = std::vector<FieldValue>;

struct Decimal {
    quint8 scale = 0;
    qint32 value = 0;
    friend bool operator==(const Decimal&, const Decimal&) = default;
};
struct Timestamp {
    quint64 seconds = 0;
    friend bool operator==(const Timestamp&, const Timestamp&) = default;
};
// A byte array ('x'), distinct from a long string ('S') so that it round-trips as sent.
struct Bytes {
    QByteArray data;
    friend bool operator==(const Bytes&, const Bytes&) = default;
};
struct Void {
    friend bool operator==(const Void&, const Void&) = default;
};

struct FieldValue {
    using Variant =
        std::variant<Void, bool, qint8, quint8, qint16, quint16, qint32, quint32, qint64, float,
                     double, Decimal, QByteArray, FieldArray, Timestamp, FieldTable, Bytes>;
    Variant value;

    FieldValue() = default;
    template <typename T>
    requires std::is_constructible_v<Variant, T&&>
    FieldValue(T&& v) // NOLINT(google-explicit-constructor): values read like literals
        : value(std::forward<T>(v)) {}
    FieldValue(const char* text)
        : value(QByteArray(text)) {}

    template <typename T> bool is() const { return std::holds_alternative<T>(value); }
    template <typename T> const T* get() const { return std::get_if<T>(&value); }

    // Any integer type as a signed 64-bit value; std::nullopt for non-integers.
    std::optional<qint64> toInteger() const;
    // Long strings and byte arrays as bytes; std::nullopt for others.
    std::optional<QByteArray> toBytes() const;
    // A short human-readable rendering for logs and the console.
    QString describe() const;
    // RabbitMQ's name for the value's type ("longstr", "signedint", ...), used in its errors.
    const char* typeName() const;

    friend bool operator==(const FieldValue& a, const FieldValue& b) { return a.value == b.value; }
};

const FieldValue* findField(const FieldTable& table, QByteArrayView key);
void setField(FieldTable& table, const QByteArray& key, FieldValue value);
QString describeTable(const FieldTable& table);
// RabbitMQ compares declare arguments as unordered sets of key/value pairs.
bool sameArguments(const FieldTable& a, const FieldTable& b);

} // namespace warren::core
