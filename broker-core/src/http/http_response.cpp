#include "http/http_response.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace warren::http {

HttpResponse HttpResponse::jsonError(HttpStatus status, const QString& error,
                                     const QString& reason) {
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                              {QStringLiteral("reason"), reason}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

} // namespace warren::http
