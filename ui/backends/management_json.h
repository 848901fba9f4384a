#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <warren/management.h>
#include <warren/peeked_message.h>
#include <warren/snapshot.h>

// RabbitMQ's management HTTP API in the console's vocabulary: the JSON its GET endpoints
// answer turned into a snapshot, and the console's definitions turned into the bodies its
// PUT/POST endpoints take. Pure functions, so the mapping is tested on recorded answers and
// the backend only moves bytes. Warren's own API answers the same shapes.
namespace management_json {

// The answers one refresh gathers; an endpoint the user may not read stays empty.
struct Answers {
    QJsonObject overview;
    QJsonArray nodes;
    QJsonArray vhosts;
    QJsonArray exchanges;
    QJsonArray queues;
    QJsonArray bindings;
    QJsonArray users;
    QJsonArray permissions;
    QJsonArray topicPermissions;
    QJsonArray connections;
    QJsonArray channels;
    QJsonArray consumers;
    QJsonArray policies;
};

// `previous` (the last snapshot made) stands in for rates the answers leave out.
warren::BrokerSnapshot snapshotFrom(const Answers& answers, const QDateTime& takenAt,
                                    const warren::BrokerSnapshot& previous = {});

// Whether /api/overview comes from a Warren rather than a RabbitMQ (its warren_version: both
// announce themselves as RabbitMQ).
bool isWarren(const QJsonObject& overview);

// "name: value, …" as Warren's snapshots describe x-arguments.
QString describeArguments(const QJsonObject& arguments);

// POST /api/queues/{vhost}/{name}/get answers, as the message browser shows them.
QList<warren::PeekedMessage> peekedFrom(const QJsonArray& messages);

QJsonObject queueBody(const warren::QueueDefinition& definition);
QJsonObject exchangeBody(const warren::ExchangeDefinition& definition);
QJsonObject bindingBody(const warren::BindingDefinition& binding);
QJsonObject publishBody(const warren::OutgoingMessage& message);
QJsonObject permissionBody(const warren::PermissionDefinition& permission);
QJsonObject topicPermissionBody(const warren::TopicPermissionDefinition& permission);
// {pattern, definition, priority, apply-to}; the definition's text parsed as the JSON object it is.
QJsonObject policyBody(const warren::PolicyDefinition& policy);

// The one-sentence reason a failed call gives: RabbitMQ's {"error":…,"reason":…}, else the
// HTTP status.
QString errorReason(const QByteArray& body, int httpStatus);

} // namespace management_json
