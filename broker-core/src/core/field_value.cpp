#include "core/field_value.h"

#include <QStringList>
#include <algorithm>

namespace warren::core {

std::optional<qint64> FieldValue::toInteger() const {
    return std::visit(
        [](const auto& v) -> std::optional<qint64> {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>)
                return std::nullopt;
            else if constexpr (std::is_integral_v<T>)
                return qint64(v);
            else
                return std::nullopt;
        },
        value);
}

std::optional<QByteArray> FieldValue::toBytes() const {
    if (const auto* s = get<QByteArray>())
        return *s;
    if (const auto* b = get<Bytes>())
        return b->data;
    return std::nullopt;
}

QString FieldValue::describe() const {
    return std::visit(
        [](const auto& v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Void>)
                return QStringLiteral("void");
            else if constexpr (std::is_same_v<T, bool>)
                return v ? QStringLiteral("true") : QStringLiteral("false");
            else if constexpr (std::is_integral_v<T> || std::is_floating_point_v<T>)
                return QString::number(v);
            else if constexpr (std::is_same_v<T, Decimal>)
                return QStringLiteral("%1e-%2").arg(v.value).arg(v.scale);
            else if constexpr (std::is_same_v<T, QByteArray>)
                return QString::fromUtf8(v);
            else if constexpr (std::is_same_v<T, Bytes>)
                return QString::fromLatin1(v.data.toHex());
            else if constexpr (std::is_same_v<T, Timestamp>)
                return QString::number(v.seconds);
            else if constexpr (std::is_same_v<T, FieldTable>)
                return describeTable(v);
            else {
                QStringList items;
                for (const auto& item : v)
                    items << item.describe();
                return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
            }
        },
        value);
}

const char* FieldValue::typeName() const {
    static constexpr const char* Names[] = {
        "void",      "bool",        "byte",      "unsignedbyte", "short",  "unsignedshort",
        "signedint", "unsignedint", "long",      "float",        "double", "decimal",
        "longstr",   "array",       "timestamp", "table",        "binary"};
    static_assert(std::size(Names) == std::variant_size_v<Variant>);
    return Names[value.index()];
}

const FieldValue* findField(const FieldTable& table, QByteArrayView key) {
    for (const auto& [name, value] : table)
        if (name == key)
            return &value;
    return nullptr;
}

void setField(FieldTable& table, const QByteArray& key, FieldValue value) {
    for (auto& [name, existing] : table)
        if (name == key) {
            existing = std::move(value);
            return;
        }
    table.emplace_back(key, std::move(value));
}

QString describeTable(const FieldTable& table) {
    QStringList items;
    for (const auto& [name, value] : table)
        items << QString::fromUtf8(name) + QStringLiteral(": ") + value.describe();
    return items.join(QStringLiteral(", "));
}

bool sameArguments(const FieldTable& a, const FieldTable& b) {
    if (a.size() != b.size())
        return false;
    return std::all_of(a.begin(), a.end(), [&b](const auto& entry) {
        const FieldValue* other = findField(b, entry.first);
        return other && *other == entry.second;
    });
}

} // namespace warren::core
