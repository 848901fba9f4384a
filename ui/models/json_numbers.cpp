#include "models/json_numbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Bodies with thousands of numbers would make a field list nobody can use.
constexpr int MaxFields = 200;

void collect(const QJsonValue& value, const QString& path, QList<std::pair<QString, double>>& out) {
    if (out.size() >= MaxFields)
        return;
    if (value.isDouble()) {
        out.append({path, value.toDouble()});
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
    }
}

} // namespace

QList<std::pair<QString, double>> numericFields(const QByteArray& json) {
    QList<std::pair<QString, double>> out;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject())
        collect(document.object(), QString(), out);
    else if (document.isArray())
        collect(document.array(), QString(), out);
    return out;
}

std::optional<double> numberAt(const QByteArray& json, const QString& path) {
    // Paths come from numericFields, so walking its output is the simplest exact inverse.
    for (const auto& [fieldPath, number] : numericFields(json))
        if (fieldPath == path)
            return number;
    return std::nullopt;
}
