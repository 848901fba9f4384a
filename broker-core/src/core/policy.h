#pragma once

#include "core/queue_arguments.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <map>
#include <optional>
#include <variant>

namespace warren::core {

// A RabbitMQ policy (rabbit_policy): a vhost-wide rule whose definition is injected into the
// optional arguments of the queues and exchanges whose names its pattern matches. Warren
// recognises the keys that map to what its engine implements; anything else is refused, as
// RabbitMQ refuses keys no validator claims.
class Policy {
public:
    // "classic_queues" is "queues" for Warren, whose queues are all classic.
    // QuorumQueues and Streams (RabbitMQ 3.12) are kept, as a definitions file may carry them,
    // but match nothing here: every Warren queue is classic.
    enum class ApplyTo { Queues, ClassicQueues, QuorumQueues, Streams, Exchanges, All };
    enum class Target { Queue, Exchange };

    // Validates the fields of PUT /api/policies/{vhost}/{name}. The error is RabbitMQ's text
    // after "Validation failed", e.g. "-1 is not a valid message TTL".
    static std::variant<Policy, QString> make(QByteArray name, const QJsonValue& pattern,
                                              const QJsonValue& applyTo, const QJsonValue& priority,
                                              const QJsonValue& definition);

    const QByteArray& name() const { return m_name; }
    const QString& pattern() const { return m_pattern; }
    ApplyTo applyTo() const { return m_applyTo; }
    QString applyToName() const;
    // A number, as RabbitMQ keeps it (2.5 is a valid priority there too).
    double priority() const { return m_priority; }
    const QJsonObject& definition() const { return m_definition; }
    // The definition's queue keys (message-ttl, max-length, ...) as parsed values.
    const QueueArguments& queueSettings() const { return m_queue; }
    // Which of those the definition sets at all.
    bool sets(const char* key) const { return m_definition.contains(QLatin1String(key)); }
    std::optional<QByteArray> alternateExchange() const;
    // "pattern", "apply-to", "priority" and "definition", as RabbitMQ's API shows them; make()
    // takes them back.
    QJsonObject fields() const;
    static std::variant<Policy, QString> fromFields(QByteArray name, const QJsonObject& fields);

    // Whether this policy applies to a queue or exchange of this name: the pattern is searched
    // for, not anchored (re:run as RabbitMQ uses it).
    bool matches(Target target, const QByteArray& name) const;

private:
    Policy() = default;

    QByteArray m_name;
    QString m_pattern;
    QRegularExpression m_regex;
    ApplyTo m_applyTo = ApplyTo::All;
    double m_priority = 0;
    QJsonObject m_definition;
    QueueArguments m_queue;
};

using PolicyMap = std::map<QByteArray, Policy>;

// The one policy that applies to a queue or exchange: the matching one with the highest
// priority. RabbitMQ leaves a tie undetermined (its docs say to avoid them); Warren settles it
// the same way every time, for the name that sorts last.
const Policy* effectivePolicy(const PolicyMap& policies, Policy::Target target,
                              const QByteArray& name);

// A queue's behaviour under a policy, as rabbit_amqqueue_process:process_args_policy combines
// them: for message-ttl, expires, max-length and max-length-bytes the smaller of the policy's
// and the x-argument's value; for overflow, dead-letter-exchange and dead-letter-routing-key
// the x-argument when declared, else the policy's. `declaredTable` tells which x-arguments
// were given at all.
QueueArguments withPolicy(const QueueArguments& declared, const FieldTable& declaredTable,
                          const Policy* policy);

} // namespace warren::core
