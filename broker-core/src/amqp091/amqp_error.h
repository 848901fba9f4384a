#pragma once

#include "core/error.h"

#include <QString>

namespace warren::amqp091 {

// A protocol error to report to the peer: a channel.close for soft errors, a
// connection.close for hard ones (the reply code decides, spec section 1.5.2.2).
struct AmqpError {
    int code = 0;
    QString text; // with RabbitMQ's "NAME - " prefix
    quint16 classId = 0;
    quint16 methodId = 0;
};

const char* replyCodeName(int code);
// Builds "NAME - detail" for a reply code.
AmqpError amqpError(int code, const QString& detail, quint16 classId = 0, quint16 methodId = 0);
AmqpError fromCoreError(const core::Error& error, quint16 classId, quint16 methodId);
// A method frame with a short string that is not UTF-8: a connection error, 501 FRAME_ERROR.
AmqpError malformedUtf8();

} // namespace warren::amqp091
