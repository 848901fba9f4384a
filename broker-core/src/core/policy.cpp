#include "core/policy.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace warren::core {

namespace {

// A JSON value as Erlang's ~p prints the term RabbitMQ decoded it to, since RabbitMQ's
// validation messages quote the offending value that way (<<"x">> for a string).
QString erlangTerm(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("<<\"%1\">>").arg(value.toString());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << erlangTerm(item);
        return QStringLiteral("[%1]").arg(items.join(QLatin1Char(',')));
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items << QStringLiteral("{<<\"%1\">>,%2}").arg(it.key(), erlangTerm(it.value()));
        return QStringLiteral("[%1]").arg(items.join(QLatin1Char(',')));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    }
    return QStringLiteral("null");
}

std::optional<qint64> integer(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || std::abs(d) > 9e15)
        return std::nullopt;
    return qint64(d);
}

// rabbit_policies:validate_policy0, for the keys Warren's engine implements.
struct IntegerKey {
    const char* key;
    std::optional<qint64> QueueArguments::*field;
    qint64 minimum;
    const char* what;
};
constexpr IntegerKey IntegerKeys[] = {
    {"message-ttl", &QueueArguments::messageTtlMs, 0, "message TTL"},
    {"expires", &QueueArguments::expiresMs, 1, "queue expiry"},
    {"max-length", &QueueArguments::maxLength, 0, "maximum length"},
    {"max-length-bytes", &QueueArguments::maxLengthBytes, 0, "maximum length in bytes"},
};

struct TextKey {
    const char* key;
    const char* what;
};
constexpr TextKey TextKeys[] = {
    {"dead-letter-exchange", "dead letter exchange name"},
    {"dead-letter-routing-key", "dead letter routing key"},
    {"alternate-exchange", "alternate exchange name"},
    {"overflow", "overflow value"},
};

std::optional<QueueArguments::Overflow> overflowFromName(const QString& name) {
    if (name == QLatin1String("drop-head"))
        return QueueArguments::Overflow::DropHead;
    if (name == QLatin1String("reject-publish"))
        return QueueArguments::Overflow::RejectPublish;
    if (name == QLatin1String("reject-publish-dlx"))
        return QueueArguments::Overflow::RejectPublishDlx;
    return std::nullopt;
}

// Parses the definition's values; the error is RabbitMQ's sentence for the first bad one, or
// for the keys nobody recognises.
std::optional<QString> parseDefinition(const QJsonObject& definition, QueueArguments& out) {
    if (definition.isEmpty())
        return QStringLiteral("no policy provided");
    for (const IntegerKey& spec : IntegerKeys) {
        if (!definition.contains(QLatin1String(spec.key)))
            continue;
        const QJsonValue value = definition.value(QLatin1String(spec.key));
        const auto number = integer(value);
        if (!number || *number < spec.minimum)
            return QStringLiteral("%1 is not a valid %2")
                .arg(erlangTerm(value), QLatin1String(spec.what));
        out.*(spec.field) = *number;
    }
    for (const TextKey& spec : TextKeys) {
        if (!definition.contains(QLatin1String(spec.key)))
            continue;
        const QJsonValue value = definition.value(QLatin1String(spec.key));
        const bool overflow = qstrcmp(spec.key, "overflow") == 0;
        if (!value.isString() || (overflow && !overflowFromName(value.toString())))
            return QStringLiteral("%1 is not a valid %2")
                .arg(erlangTerm(value), QLatin1String(spec.what));
    }
    if (definition.contains(QLatin1String("overflow")))
        out.overflow = *overflowFromName(definition.value(QLatin1String("overflow")).toString());
    if (definition.contains(QLatin1String("dead-letter-exchange")))
        out.deadLetterExchange =
            definition.value(QLatin1String("dead-letter-exchange")).toString().toUtf8();
    if (definition.contains(QLatin1String("dead-letter-routing-key")))
        out.deadLetterRoutingKey =
            definition.value(QLatin1String("dead-letter-routing-key")).toString().toUtf8();
    // Keys no validator claims, sorted as Erlang sorts the proplist it prints.
    QJsonObject unknown;
    for (auto it = definition.begin(); it != definition.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const bool known = std::any_of(std::begin(IntegerKeys), std::end(IntegerKeys),
                                       [&key](const IntegerKey& k) { return key == k.key; }) ||
                           std::any_of(std::begin(TextKeys), std::end(TextKeys),
                                       [&key](const TextKey& k) { return key == k.key; });
        if (!known)
            unknown.insert(it.key(), it.value());
    }
    if (!unknown.isEmpty())
        return QStringLiteral("%1 are not recognised policy settings").arg(erlangTerm(unknown));
    return std::nullopt;
}

} // namespace

std::variant<Policy, QString> Policy::make(QByteArray name, const QJsonValue& pattern,
                                           const QJsonValue& applyTo, const QJsonValue& priority,
                                           const QJsonValue& definition) {
    // In the order rabbit_policy:policy_validation/0 checks them.
    Policy policy;
    policy.m_name = std::move(name);
    if (!priority.isUndefined() && !priority.isDouble())
        return QStringLiteral("priority should be a number, actually was %1")
            .arg(erlangTerm(priority));
    policy.m_priority = priority.toDouble(0);
    if (!pattern.isString())
        return QStringLiteral("pattern should be a binary but was %1").arg(erlangTerm(pattern));
    policy.m_pattern = pattern.toString();
    policy.m_regex.setPattern(policy.m_pattern);
    if (!policy.m_regex.isValid())
        return QStringLiteral("pattern should be regular expression but is invalid: {\"%1\",%2}")
            .arg(policy.m_regex.errorString())
            .arg(policy.m_regex.patternErrorOffset());
    // Only a missing apply-to means "all"; null or a number is refused, as RabbitMQ does.
    const QString target = applyTo.isUndefined() ? QStringLiteral("all") : applyTo.toString();
    if (target == QLatin1String("queues"))
        policy.m_applyTo = ApplyTo::Queues;
    else if (target == QLatin1String("classic_queues"))
        policy.m_applyTo = ApplyTo::ClassicQueues;
    else if (target == QLatin1String("quorum_queues"))
        policy.m_applyTo = ApplyTo::QuorumQueues;
    else if (target == QLatin1String("streams"))
        policy.m_applyTo = ApplyTo::Streams;
    else if (target == QLatin1String("exchanges"))
        policy.m_applyTo = ApplyTo::Exchanges;
    else if (target == QLatin1String("all"))
        policy.m_applyTo = ApplyTo::All;
    else
        return QStringLiteral("apply-to '%1' unrecognised; should be 'queues', 'classic_queues', "
                              "'quorum_queues', 'streams', 'exchanges' or 'all'")
            .arg(applyTo.isString() ? target : erlangTerm(applyTo));
    if (!definition.isObject())
        return QStringLiteral("definition must be a dictionary: %1").arg(erlangTerm(definition));
    policy.m_definition = definition.toObject();
    if (auto failed = parseDefinition(policy.m_definition, policy.m_queue))
        return *failed;
    return policy;
}

QString Policy::applyToName() const {
    switch (m_applyTo) {
    case ApplyTo::Queues:
        return QStringLiteral("queues");
    case ApplyTo::ClassicQueues:
        return QStringLiteral("classic_queues");
    case ApplyTo::QuorumQueues:
        return QStringLiteral("quorum_queues");
    case ApplyTo::Streams:
        return QStringLiteral("streams");
    case ApplyTo::Exchanges:
        return QStringLiteral("exchanges");
    case ApplyTo::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("all");
}

std::optional<QByteArray> Policy::alternateExchange() const {
    if (!sets("alternate-exchange"))
        return std::nullopt;
    return m_definition.value(QLatin1String("alternate-exchange")).toString().toUtf8();
}

QJsonObject Policy::fields() const {
    return QJsonObject{{QStringLiteral("pattern"), m_pattern},
                       {QStringLiteral("apply-to"), applyToName()},
                       {QStringLiteral("definition"), m_definition},
                       {QStringLiteral("priority"), m_priority}};
}

std::variant<Policy, QString> Policy::fromFields(QByteArray name, const QJsonObject& fields) {
    return make(std::move(name), fields.value(QLatin1String("pattern")),
                fields.value(QLatin1String("apply-to")), fields.value(QLatin1String("priority")),
                fields.value(QLatin1String("definition")));
}

bool Policy::matches(Target target, const QByteArray& name) const {
    bool kind = false;
    switch (m_applyTo) {
    case ApplyTo::Queues:
    case ApplyTo::ClassicQueues:
        kind = target == Target::Queue;
        break;
    case ApplyTo::QuorumQueues:
    case ApplyTo::Streams:
        break; // Warren has neither
    case ApplyTo::Exchanges:
        kind = target == Target::Exchange;
        break;
    case ApplyTo::All:
        kind = true;
        break;
    }
    return kind && m_regex.match(QString::fromUtf8(name)).hasMatch();
}

const Policy* effectivePolicy(const PolicyMap& policies, Policy::Target target,
                              const QByteArray& name) {
    const Policy* best = nullptr;
    // The map is in name order, so ">=" leaves the last name among equal priorities.
    for (const auto& [policyName, policy] : policies)
        if (policy.matches(target, name) && (!best || policy.priority() >= best->priority()))
            best = &policy;
    return best;
}

QueueArguments withPolicy(const QueueArguments& declared, const FieldTable& declaredTable,
                          const Policy* policy) {
    if (!policy)
        return declared;
    QueueArguments effective = declared;
    const QueueArguments& fromPolicy = policy->queueSettings();
    for (const IntegerKey& spec : IntegerKeys) {
        const auto& mine = fromPolicy.*(spec.field);
        auto& result = effective.*(spec.field);
        if (mine)
            result = result ? std::min(*result, *mine) : *mine;
    }
    if (!findField(declaredTable, "x-overflow") && policy->sets("overflow"))
        effective.overflow = fromPolicy.overflow;
    if (!declared.deadLetterExchange && fromPolicy.deadLetterExchange)
        effective.deadLetterExchange = fromPolicy.deadLetterExchange;
    if (!declared.deadLetterRoutingKey && fromPolicy.deadLetterRoutingKey)
        effective.deadLetterRoutingKey = fromPolicy.deadLetterRoutingKey;
    return effective;
}

} // namespace warren::core
