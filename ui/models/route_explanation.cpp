#include "models/route_explanation.h"

#include "models/json_scalar_text.h"
#include "models/queue_features.h"

#include <QJsonArray>
#include <functional>

namespace {

constexpr int MaxHops = 8; // exchange-to-exchange chains may loop; RabbitMQ visits each once

QString argument(const QString& summary, QLatin1String name) {
    for (const auto& [key, value] : QueueFeatures::parseArguments(summary))
        if (key == name)
            return value;
    return {};
}

} // namespace

RouteExplanation::RouteExplanation(const warren::BrokerSnapshot& snapshot, const Message& message)
    : m_snapshot(snapshot)
    , m_message(message) {
    m_keys << message.routingKey;
    // RabbitMQ's sender-selected distribution: CC and BCC add routing keys (an array of
    // strings, or a comma-separated list as the route tester's text form allows).
    for (const auto& [name, value] : message.headers) {
        if (name != QLatin1String("CC") && name != QLatin1String("BCC"))
            continue;
        if (value.isArray()) {
            for (const QJsonValue& key : value.toArray())
                m_keys << key.toString();
            continue;
        }
        for (const QString& key : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_keys << key.trimmed();
    }
    follow(message.exchange, {}, 0);
}

bool RouteExplanation::topicMatches(const QString& pattern, const QString& routingKey) {
    const QStringList words = pattern.split(QLatin1Char('.'));
    const QStringList keys = routingKey.split(QLatin1Char('.'));
    // words[i..] against keys[j..]; `#` takes zero or more words, `*` exactly one.
    std::function<bool(qsizetype, qsizetype)> match = [&](qsizetype i, qsizetype j) -> bool {
        if (i == words.size())
            return j == keys.size();
        if (words[i] == QLatin1String("#"))
            return match(i + 1, j) || (j < keys.size() && match(i, j + 1));
        if (j == keys.size())
            return false;
        return (words[i] == QLatin1String("*") || words[i] == keys[j]) && match(i + 1, j + 1);
    };
    return match(0, 0);
}

bool RouteExplanation::matches(const QString& type, const warren::BindingInfo& binding) const {
    if (type == QLatin1String("fanout"))
        return true;
    if (type == QLatin1String("direct"))
        return m_keys.contains(binding.routingKey);
    if (type == QLatin1String("topic"))
        return std::any_of(m_keys.cbegin(), m_keys.cend(), [&binding](const QString& key) {
            return topicMatches(binding.routingKey, key);
        });
    if (type == QLatin1String("headers")) {
        bool all = true;
        int wanted = 0;
        int matched = 0;
        for (const auto& [name, value] : QueueFeatures::parseArguments(binding.arguments)) {
            if (name == QLatin1String("x-match")) {
                all = !value.startsWith(QLatin1String("any"));
                continue;
            }
            if (name.startsWith(QLatin1String("x-")))
                continue;
            ++wanted;
            for (const auto& [header, headerValue] : m_message.headers)
                if (header == name && jsonScalarText(headerValue) == value) {
                    ++matched;
                    break;
                }
        }
        return all ? matched == wanted : matched > 0;
    }
    return true; // a plugin's type (consistent hash, …): any binding may have taken it
}

void RouteExplanation::follow(const QString& exchange, QList<Hop> path, int depth) {
    if (depth > MaxHops)
        return;
    for (const Hop& hop : std::as_const(path))
        if (hop.exchange == exchange)
            return;
    if (exchange.isEmpty()) {
        // The default exchange binds every queue by its own name.
        for (const auto& queue : m_snapshot.queues)
            if (queue.vhost == m_message.vhost && m_keys.contains(queue.name)) {
                QList<Hop> to = path;
                to.append({exchange, tr("the default exchange by its name")});
                m_paths.append({queue.name, to});
            }
        return;
    }
    QString type;
    QString alternate;
    for (const auto& info : m_snapshot.exchanges)
        if (info.vhost == m_message.vhost && info.name == exchange) {
            type = info.type;
            alternate = argument(info.arguments, QLatin1String("alternate-exchange"));
        }
    bool routed = false;
    for (const auto& binding : m_snapshot.bindings) {
        if (binding.vhost != m_message.vhost || binding.source != exchange ||
            !matches(type, binding))
            continue;
        routed = true;
        QString via = type == QLatin1String("fanout") || binding.routingKey.isEmpty()
                          ? tr("%1 (%2)").arg(exchange, type)
                          : tr("%1 (%2) by “%3”").arg(exchange, type, binding.routingKey);
        if (type == QLatin1String("headers") && !binding.arguments.isEmpty())
            via = tr("%1 (%2) by %3").arg(exchange, type, binding.arguments);
        QList<Hop> to = path;
        to.append({exchange, via});
        if (binding.destinationType == QLatin1String("queue"))
            m_paths.append({binding.destination, to});
        else
            follow(binding.destination, to, depth + 1);
    }
    if (!routed && !alternate.isEmpty()) {
        QList<Hop> to = path;
        to.append({exchange,
                   tr("%1 (%2), no binding matched: its alternate exchange").arg(exchange, type)});
        follow(alternate, to, depth + 1);
    }
}

QString RouteExplanation::describe(const QList<Hop>& path) const {
    QStringList hops;
    for (const Hop& hop : path)
        hops << hop.via;
    return hops.join(QStringLiteral(" → "));
}

QStringList RouteExplanation::pathsTo(const QString& queue) const {
    QStringList lines;
    for (const auto& [destination, path] : m_paths)
        if (destination == queue)
            lines << describe(path);
    lines.removeDuplicates();
    return lines;
}
