#include "models/property_json.h"

#include <QDateTime>

namespace {

bool isOctet(const QString& name) {
    return name == QLatin1String("delivery_mode") || name == QLatin1String("priority");
}

} // namespace

QJsonValue propertyToJson(const QString& name, const QString& text) {
    if (isOctet(name))
        return text.toInt();
    if (name == QLatin1String("timestamp"))
        return QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch();
    return text;
}

QString propertyFromJson(const QString& name, const QJsonValue& value) {
    if (name == QLatin1String("timestamp") && value.isDouble())
        return QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC).toString(Qt::ISODate);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toVariant().toString();
}
