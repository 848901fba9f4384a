#pragma once

#include <QByteArray>
#include <QString>

// Indents a JSON document as it was written: keys stay in the sender's order and numbers keep
// their spelling ("3.50" stays "3.50"), which a round trip through QJsonDocument would sort
// and normalise. Only whitespace between tokens changes. The caller checks validity first.
QString prettyJson(const QByteArray& json);
// Whether a content type names JSON: application/json, or any "+json" suffix type
// (application/vnd.api+json), parameters such as "; charset=utf-8" ignored.
bool isJsonContentType(const QString& contentType);
