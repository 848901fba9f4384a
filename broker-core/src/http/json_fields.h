#pragma once

#include "core/field_value.h"

#include <QJsonObject>
#include <QJsonValue>
#include <initializer_list>
#include <optional>

namespace warren::http {

// AMQP field values as the management API writes them in JSON, and back: integers as numbers,
// long strings as strings, tables as objects. Whole JSON numbers become signed 64-bit
// integers, as in RabbitMQ's API.
QJsonValue toJson(const core::FieldValue& value);
QJsonObject toJson(const core::FieldTable& table);
core::FieldValue toField(const QJsonValue& value);
core::FieldTable toFieldTable(const QJsonObject& object);

// RabbitMQ's refusal of a body without some required keys: the Erlang term
// [{key_missing,K},...] as io_lib prints it (wrapped once past 80 columns).
std::optional<QString> missingKeys(const QJsonObject& body,
                                   std::initializer_list<const char*> keys);

} // namespace warren::http
