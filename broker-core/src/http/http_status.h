#pragma once

#include <QByteArray>

namespace warren::http {

// The status codes Warren's HTTP server answers with (RFC 9110 §15). The enumerators' values are
// the codes, so `int(status)` is what goes on the wire.
enum class HttpStatus {
    Continue = 100,
    Ok = 200,
    Created = 201,
    NoContent = 204,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    RequestTimeout = 408,
    PayloadTooLarge = 413,
    UriTooLong = 414,
    UnsupportedMediaType = 415,
    ExpectationFailed = 417,
    RequestHeaderFieldsTooLarge = 431,
    InternalServerError = 500,
    NotImplemented = 501,
    ServiceUnavailable = 503,
    HttpVersionNotSupported = 505,
};

// The reason phrase of the status line ("Not Found"), as RFC 9110 names each code.
QByteArray reasonPhrase(HttpStatus status);

} // namespace warren::http
