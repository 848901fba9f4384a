#include "http/operation_status.h"

namespace warren::http {

using Kind = OperationResult::Error;

HttpStatus operationStatus(Kind kind) {
    switch (kind) {
    case Kind::None:
        return HttpStatus::Ok;
    case Kind::NotFound:
        return HttpStatus::NotFound;
    case Kind::NotAuthorised:
    case Kind::AccessRefused:
        return HttpStatus::Unauthorized;
    case Kind::PreconditionFailed:
    case Kind::ResourceLocked:
    case Kind::NotAllowed:
    case Kind::InvalidArgument:
    case Kind::AlreadyExists:
    case Kind::Internal:
        return HttpStatus::BadRequest;
    }
    return HttpStatus::BadRequest;
}

QString operationErrorName(Kind kind) {
    switch (operationStatus(kind)) {
    case HttpStatus::NotFound:
        return QStringLiteral("not_found");
    case HttpStatus::Unauthorized:
        return QStringLiteral("not_authorised");
    default:
        return QStringLiteral("bad_request");
    }
}

QString amqpReplyText(Kind kind, const QString& text) {
    const char* code = nullptr;
    switch (kind) {
    case Kind::NotFound:
        code = "404 NOT_FOUND";
        break;
    case Kind::AccessRefused:
        code = "403 ACCESS_REFUSED";
        break;
    case Kind::ResourceLocked:
        code = "405 RESOURCE_LOCKED";
        break;
    case Kind::PreconditionFailed:
        code = "406 PRECONDITION_FAILED";
        break;
    case Kind::NotAllowed:
        code = "503 COMMAND_INVALID"; // an unknown exchange type, as the AMQP channel says
        break;
    case Kind::None:
    case Kind::NotAuthorised: // the API's own refusal, answered before any AMQP
    case Kind::InvalidArgument:
    case Kind::AlreadyExists:
    case Kind::Internal:
        break;
    }
    return code ? QStringLiteral("%1 - %2").arg(QLatin1String(code), text) : text;
}

} // namespace warren::http
