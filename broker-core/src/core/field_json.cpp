#include "core/field_json.h"

#include <QJsonArray>

namespace warren::core {

QJsonObject toJson(const FieldTable& table) {
    QJsonObject object;
    for (const auto& [key, value] : table)
        object.insert(QString::fromUtf8(key), toJson(value));
    return object;
}

QJsonValue toJson(const FieldValue& value) {
    if (const auto integer = value.toInteger())
        return double(*integer);
    if (const auto* b = value.get<bool>())
        return *b;
    if (const auto* f = value.get<float>())
        return double(*f);
    if (const auto* d = value.get<double>())
        return *d;
    if (const auto* text = value.get<QByteArray>())
        return QString::fromUtf8(*text);
    if (const auto* table = value.get<FieldTable>())
        return toJson(*table);
    if (const auto* array = value.get<FieldArray>()) {
        QJsonArray items;
        for (const auto& item : *array)
            items.append(toJson(item));
        return items;
    }
    if (const auto* t = value.get<core::Timestamp>())
        return double(t->seconds);
    if (value.is<core::Void>())
        return QJsonValue::Null;
    return value.describe();
}

FieldTable toFieldTable(const QJsonObject& object) {
    FieldTable table;
    for (auto it = object.begin(); it != object.end(); ++it)
        table.emplace_back(it.key().toUtf8(), toField(it.value()));
    return table;
}

FieldValue toField(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Array: {
        FieldArray items;
        for (const QJsonValue& item : value.toArray())
            items.push_back(toField(item));
        return items;
    }
    case QJsonValue::Object:
        return toFieldTable(value.toObject());
    default:
        return core::Void{};
    }
}

} // namespace warren::core
