#pragma once

#include "core/field_json.h"

#include <QJsonObject>
#include <QJsonValue>
#include <initializer_list>
#include <optional>

namespace warren::http {

// The management API's JSON of field values is core's (core/field_json.h).
using core::toField;
using core::toFieldTable;
using core::toJson;

// RabbitMQ's refusal of a body without some required keys: the Erlang term
// [{key_missing,K},...] as io_lib prints it (wrapped once past 80 columns).
std::optional<QString> missingKeys(const QJsonObject& body,
                                   std::initializer_list<const char*> keys);

} // namespace warren::http
