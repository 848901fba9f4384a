#pragma once

#include <QJsonValue>
#include <QString>

// A JSON string, boolean or number as text ("pdf", "true", "5"), the way brokers write them in
// argument summaries; empty for null, arrays and objects.
QString jsonScalarText(const QJsonValue& value);
