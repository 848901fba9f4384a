#pragma once

#include "core/field_value.h"

#include <QJsonObject>
#include <QJsonValue>

namespace warren::core {

// AMQP field values as the management API writes them in JSON, and back: integers as numbers,
// long strings as strings, tables as objects. Whole JSON numbers become signed 64-bit
// integers, as in RabbitMQ's API.
QJsonValue toJson(const FieldValue& value);
QJsonObject toJson(const FieldTable& table);
FieldValue toField(const QJsonValue& value);
FieldTable toFieldTable(const QJsonObject& object);

} // namespace warren::core
