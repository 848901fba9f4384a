#pragma once

#include <QJsonValue>
#include <QString>

// A basic property as the console carries it (text by its AMQP name, the timestamp in
// ISO 8601) and as RabbitMQ's management API writes it in JSON: delivery_mode and priority
// as numbers, the timestamp as seconds since the epoch, the rest as strings. Shared by the
// management backend and the message export so that both speak the API's types.
QJsonValue propertyToJson(const QString& name, const QString& text);
QString propertyFromJson(const QString& name, const QJsonValue& value);
