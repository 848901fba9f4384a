#include "amqp091/amqp_error.h"

namespace warren::amqp091 {

const char* replyCodeName(int code) {
    switch (code) {
    case 200:
        return "OK";
    case 311:
        return "CONTENT_TOO_LARGE";
    case 312:
        return "NO_ROUTE";
    case 313:
        return "NO_CONSUMERS";
    case 320:
        return "CONNECTION_FORCED";
    case 402:
        return "INVALID_PATH";
    case 403:
        return "ACCESS_REFUSED";
    case 404:
        return "NOT_FOUND";
    case 405:
        return "RESOURCE_LOCKED";
    case 406:
        return "PRECONDITION_FAILED";
    case 501:
        return "FRAME_ERROR";
    case 502:
        return "SYNTAX_ERROR";
    case 503:
        return "COMMAND_INVALID";
    case 504:
        return "CHANNEL_ERROR";
    case 505:
        return "UNEXPECTED_FRAME";
    case 506:
        return "RESOURCE_ERROR";
    case 530:
        return "NOT_ALLOWED";
    case 540:
        return "NOT_IMPLEMENTED";
    case 541:
        return "INTERNAL_ERROR";
    default:
        return "ERROR";
    }
}

AmqpError amqpError(int code, const QString& detail, quint16 classId, quint16 methodId) {
    return {code, QString::fromLatin1(replyCodeName(code)) + QStringLiteral(" - ") + detail,
            classId, methodId};
}

AmqpError fromCoreError(const core::Error& error, quint16 classId, quint16 methodId) {
    int code = 541;
    switch (error.kind) {
    case core::Error::Kind::NotFound:
        code = 404;
        break;
    case core::Error::Kind::AccessRefused:
        code = 403;
        break;
    case core::Error::Kind::ResourceLocked:
        code = 405;
        break;
    case core::Error::Kind::PreconditionFailed:
        code = 406;
        break;
    case core::Error::Kind::NotAllowed:
        code = 503; // an unknown exchange type is a COMMAND_INVALID connection error
        break;
    }
    return amqpError(code, error.text, classId, methodId);
}

AmqpError malformedUtf8() {
    // RabbitMQ 3.10's words; it names no method, the frame being refused before dispatch.
    return amqpError(501, QStringLiteral("Malformed UTF-8 in shortstr"));
}

} // namespace warren::amqp091
