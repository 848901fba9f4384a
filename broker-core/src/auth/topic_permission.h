#pragma once

#include "auth/access.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace warren::auth {

// What the variables of a topic pattern stand for when one client is checked.
struct TopicVariables {
    QByteArray username;
    QByteArray vhost;
    // Only where the protocol has one (MQTT's client identifier); without it "{client_id}"
    // stays as written, as RabbitMQ leaves a variable it has no value for (AMQP 0-9-1).
    std::optional<QByteArray> clientId = std::nullopt;
};

// A user's write and read patterns for the routing keys of one topic exchange in one vhost:
// RabbitMQ's topic authorisation. Like the other permissions the patterns are searched for
// in the routing key (unanchored) and an empty one stands for "^$"; "{username}", "{vhost}"
// and "{client_id}" in them are replaced before matching.
struct TopicPermission {
    QString writeText; // as given, "" stays ""
    QString readText;
    // Compiled once when the pattern uses no variable (the usual case), invalid otherwise.
    QRegularExpression write;
    QRegularExpression read;

    static TopicPermission fromPatterns(const QString& write, const QString& read);
    // Whether `routingKey` may be published (Write) or bound (Read) with. Configure is never
    // a topic access and is refused.
    bool allows(Access access, const QByteArray& routingKey, const TopicVariables& variables) const;
    // The pattern as matched: "" made "^$", the variables replaced by their values.
    static QString expand(const QString& pattern, const TopicVariables& variables);
    static bool hasVariables(const QString& pattern);
};

} // namespace warren::auth
