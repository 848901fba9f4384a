#pragma once

#include "http/http_status.h"

#include <QByteArray>
#include <QString>
#include <utility>
#include <vector>

namespace warren::http {

// What a handler answers. The session adds the framing fields (Content-Length, Connection).
struct HttpResponse {
    HttpStatus status = HttpStatus::Ok;
    QByteArray contentType; // empty: none
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers; // further fields, e.g. WWW-Authenticate
    // A refused login is answered this many milliseconds later, and the connection closed
    // (auth/LoginThrottle); nothing is read from it meanwhile.
    qint64 holdMs = 0;

    // RabbitMQ's error answer: {"error": error, "reason": reason} as JSON.
    static HttpResponse jsonError(HttpStatus status, const QString& error, const QString& reason);
};

} // namespace warren::http
