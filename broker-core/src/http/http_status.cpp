#include "http/http_status.h"

namespace warren::http {

QByteArray reasonPhrase(HttpStatus status) {
    switch (status) {
    case HttpStatus::Continue:
        return QByteArrayLiteral("Continue");
    case HttpStatus::Ok:
        return QByteArrayLiteral("OK");
    case HttpStatus::Created:
        return QByteArrayLiteral("Created");
    case HttpStatus::NoContent:
        return QByteArrayLiteral("No Content");
    case HttpStatus::BadRequest:
        return QByteArrayLiteral("Bad Request");
    case HttpStatus::Unauthorized:
        return QByteArrayLiteral("Unauthorized");
    case HttpStatus::Forbidden:
        return QByteArrayLiteral("Forbidden");
    case HttpStatus::NotFound:
        return QByteArrayLiteral("Not Found");
    case HttpStatus::MethodNotAllowed:
        return QByteArrayLiteral("Method Not Allowed");
    case HttpStatus::RequestTimeout:
        return QByteArrayLiteral("Request Timeout");
    case HttpStatus::PayloadTooLarge:
        return QByteArrayLiteral("Content Too Large");
    case HttpStatus::UriTooLong:
        return QByteArrayLiteral("URI Too Long");
    case HttpStatus::UnsupportedMediaType:
        return QByteArrayLiteral("Unsupported Media Type");
    case HttpStatus::ExpectationFailed:
        return QByteArrayLiteral("Expectation Failed");
    case HttpStatus::RequestHeaderFieldsTooLarge:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case HttpStatus::InternalServerError:
        return QByteArrayLiteral("Internal Server Error");
    case HttpStatus::NotImplemented:
        return QByteArrayLiteral("Not Implemented");
    case HttpStatus::ServiceUnavailable:
        return QByteArrayLiteral("Service Unavailable");
    case HttpStatus::HttpVersionNotSupported:
        return QByteArrayLiteral("HTTP Version Not Supported");
    }
    return QByteArrayLiteral("Unknown");
}

} // namespace warren::http
