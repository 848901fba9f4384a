#include "http/list_query.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <vector>

namespace warren::http {

namespace {

constexpr qint64 DefaultPageSize = 100;
constexpr qint64 MaxPageSize = 500;

ListQueryAnswer refusal(const QString& error, const QString& reason) {
    return {HttpStatus::BadRequest,
            QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("reason"), reason}}};
}

QString parameter(const QUrlQuery& query, const char* key) {
    return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

// The value at a dotted path ("message_stats.publish"); undefined when any step is missing.
QJsonValue valueAt(const QJsonObject& item, const QString& dotted) {
    QJsonValue value = item;
    for (const QString& key : dotted.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(key);
    }
    return value;
}

// RabbitMQ compares sort keys as Erlang terms: numbers before booleans before strings; a
// missing field sorts first.
int rank(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Double:
        return 1;
    case QJsonValue::Bool:
        return 2;
    case QJsonValue::String:
        return 3;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return 4;
    default:
        return 0;
    }
}

bool lessThan(const QJsonValue& a, const QJsonValue& b) {
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    if (a.isDouble())
        return a.toDouble() < b.toDouble();
    if (a.isBool())
        return !a.toBool() && b.toBool();
    if (a.isString())
        return a.toString() < b.toString();
    return false;
}

// Only `columns` of `item`; a dotted column keeps its parents with only that child.
QJsonValue onlyColumns(const QJsonObject& item, const QStringList& columns) {
    QJsonObject kept;
    for (const QString& column : columns) {
        const QStringList keys = column.split(QLatin1Char('.'));
        const QJsonValue value = valueAt(item, column);
        if (value.isUndefined())
            continue;
        // Rebuild the path from the leaf up, merging into what other columns kept.
        std::vector<QJsonObject> parents{kept};
        for (qsizetype i = 0; i + 1 < keys.size(); ++i)
            parents.push_back(parents.back().value(keys[i]).toObject());
        QJsonValue child = value;
        for (qsizetype i = keys.size() - 1; i >= 0; --i) {
            QJsonObject parent = parents[size_t(i)];
            parent.insert(keys[i], child);
            child = parent;
        }
        kept = child.toObject();
    }
    // RabbitMQ renders an item left without fields as an empty list.
    return kept.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(kept);
}

QJsonArray withColumns(const QJsonArray& items, const QStringList& columns) {
    QJsonArray kept;
    for (const QJsonValue& item : items)
        kept.append(onlyColumns(item.toObject(), columns));
    return kept;
}

QJsonArray sorted(const QJsonArray& items, const QString& key, bool reverse) {
    std::vector<QJsonValue> list(items.begin(), items.end());
    if (!key.isEmpty())
        std::stable_sort(
            list.begin(), list.end(), [&key](const QJsonValue& a, const QJsonValue& b) {
                return lessThan(valueAt(a.toObject(), key), valueAt(b.toObject(), key));
            });
    if (reverse)
        std::reverse(list.begin(), list.end());
    QJsonArray answer;
    for (const QJsonValue& item : list)
        answer.append(item);
    return answer;
}

std::optional<qint64> integer(const QString& text) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

ListQueryAnswer applyListQuery(const QJsonValue& body, const QUrlQuery& query, bool pageable) {
    const QStringList columns = query.hasQueryItem(QStringLiteral("columns"))
                                    ? parameter(query, "columns").split(QLatin1Char(','))
                                    : QStringList();
    if (body.isObject())
        return {HttpStatus::Ok, columns.isEmpty() ? body : onlyColumns(body.toObject(), columns)};
    if (!body.isArray())
        return {HttpStatus::Ok, body};
    QJsonArray items = sorted(body.toArray(), parameter(query, "sort"),
                              parameter(query, "sort_reverse") == QLatin1String("true"));
    if (!pageable || !query.hasQueryItem(QStringLiteral("page")))
        return {HttpStatus::Ok, columns.isEmpty() ? items : withColumns(items, columns)};

    const QString invalid = QStringLiteral("Pagination parameters are invalid");
    const std::optional<qint64> page = integer(parameter(query, "page"));
    const bool sized = query.hasQueryItem(QStringLiteral("page_size"));
    const std::optional<qint64> pageSize =
        sized ? integer(parameter(query, "page_size")) : std::optional<qint64>(DefaultPageSize);
    if (!page || !pageSize)
        return refusal(QStringLiteral("bad_request"), invalid);
    if (*page < 1 || *pageSize < 1 || *pageSize > MaxPageSize)
        return refusal(QStringLiteral("invalid_pagination_parameters"),
                       QStringLiteral("Invalid pagination parameters: page number %1, page size %2")
                           .arg(*page)
                           .arg(sized ? QString::number(*pageSize) : QStringLiteral("undefined")));
    QJsonArray filtered = items;
    const QString name = parameter(query, "name");
    if (!name.isEmpty()) {
        const bool regex = parameter(query, "use_regex") == QLatin1String("true");
        const QRegularExpression pattern(regex ? name : QRegularExpression::escape(name),
                                         QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid())
            return refusal(QStringLiteral("bad_request"), invalid);
        filtered = QJsonArray();
        for (const QJsonValue& item : items)
            if (pattern.match(item.toObject().value(QStringLiteral("name")).toString()).hasMatch())
                filtered.append(item);
    }
    const qint64 first = (*page - 1) * *pageSize;
    // RabbitMQ takes the page just past the end (an empty one) but not a later one.
    if (first > qint64(filtered.size()))
        return refusal(QStringLiteral("page_out_of_range"),
                       QStringLiteral("Page out of range, page: %1 page size: %2, len: %3")
                           .arg(*page)
                           .arg(*pageSize)
                           .arg(filtered.size()));
    QJsonArray pageItems;
    for (qint64 i = first; i < std::min<qint64>(first + *pageSize, qint64(filtered.size())); ++i)
        pageItems.append(filtered.at(i));
    return {HttpStatus::Ok,
            QJsonObject{{QStringLiteral("filtered_count"), qint64(filtered.size())},
                        {QStringLiteral("item_count"), qint64(pageItems.size())},
                        {QStringLiteral("items"),
                         columns.isEmpty() ? pageItems : withColumns(pageItems, columns)},
                        {QStringLiteral("page"), *page},
                        {QStringLiteral("page_count"),
                         qint64((qint64(filtered.size()) + *pageSize - 1) / *pageSize)},
                        {QStringLiteral("page_size"), *pageSize},
                        {QStringLiteral("total_count"), qint64(items.size())}}};
}

} // namespace warren::http
