#pragma once

#include "http/http_status.h"

#include <QString>
#include <warren/management.h>

namespace warren::http {

// The HTTP status the management API answers a refused operation with, by the refusal's kind:
// RabbitMQ's API makes its changes over an internal AMQP channel and answers that channel's
// NOT_FOUND with 404 and ACCESS_REFUSED with 401 (rabbit_mgmt_util:with_channel); every other
// refusal is a 400 bad_request. The one place the API picks a status for an operation's error.
HttpStatus operationStatus(OperationResult::Error kind);

// The "error" member of the JSON body RabbitMQ sends with that status: "not_found",
// "not_authorised" or "bad_request".
QString operationErrorName(OperationResult::Error kind);

// `text` as RabbitMQ's API quotes a refusal of its internal AMQP channel in a 400's reason,
// e.g. "404 NOT_FOUND - no exchange 'x' in vhost '/'" (AMQP 0-9-1 §1.2, reply codes); text of a
// kind AMQP has no code for stays as it is.
QString amqpReplyText(OperationResult::Error kind, const QString& text);

} // namespace warren::http
