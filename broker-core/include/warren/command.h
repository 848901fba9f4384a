#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>
#include <variant>
#include <warren/management.h>

// Every change and query a front end (the console, the management HTTP API) asks the broker
// for, as one typed value: a new operation is a new struct here, its case in the operations
// layer (src/ops/) and its caller — not a method mirrored through the façade, the engine, the
// console's backends and the HTTP handlers. Each is answered once with an OperationResult whose
// kind is resultKind(command).
namespace warren::commands {

struct DeclareQueue {
    QueueDefinition definition;
    // Further x-arguments of any JSON type, as the management API passes them through.
    QJsonObject arguments = {};
};
struct DeleteQueue {
    QString vhost;
    QString queue;
};
struct PurgeQueue {
    QString vhost;
    QString queue;
};
struct Publish {
    OutgoingMessage message;
};
// An import: OperationResult::count of them reached a queue, skipped reached none.
struct PublishMany {
    QList<OutgoingMessage> messages;
};
// Moves, copies or requeues dead-lettered messages chosen in a peek.
struct TransferMessages {
    MessageTransfer transfer;
};
// Where a message would go, without publishing it: OperationResult::queues.
struct TestRoute {
    OutgoingMessage message;
};
struct DeclareExchange {
    ExchangeDefinition definition;
    // Further arguments of any JSON type, as the management API passes them through.
    QJsonObject arguments = {};
};
struct DeleteExchange {
    QString vhost;
    QString exchange;
};
struct AddBinding {
    BindingDefinition binding;
    // When set, the binding's arguments typed as JSON, instead of binding.arguments' strings.
    QJsonObject arguments = {};
};
struct RemoveBinding {
    BindingDefinition binding;
};
struct PutUser {
    UserDefinition user;
};
struct DeleteUser {
    QString name;
};
struct SetPermission {
    PermissionDefinition permission;
};
struct ClearPermission {
    QString user;
    QString vhost;
};
struct SetTopicPermission {
    TopicPermissionDefinition permission;
};
// One exchange's topic permission, or with no exchange every one of the user's in the vhost.
struct ClearTopicPermission {
    QString user;
    QString vhost;
    std::optional<QString> exchange;
};
struct AddVhost {
    QString name;
};
struct DeleteVhost {
    QString name;
};
// What `user` may do with `resource` in `vhost`: OperationResult::granted.
struct CheckAccess {
    QString user;
    QString vhost;
    QString resource;
};
// Whether `user` may publish ("write") and bind ("read") with `routingKey` on the topic exchange
// `exchange`, by its topic permissions: OperationResult::granted.
struct CheckTopicAccess {
    QString user;
    QString vhost;
    QString exchange;
    QString routingKey;
};
struct PutPolicy {
    PolicyDefinition policy;
    // When set, the management API's body as given ("pattern", "definition", "priority",
    // "apply-to"), validated as RabbitMQ validates it; only policy.vhost and .name are used then.
    QJsonObject fields = {};
};
struct DeletePolicy {
    QString vhost;
    QString name;
};
// RabbitMQ's definitions document: what exists is updated, nothing is removed.
struct ImportDefinitions {
    QJsonObject document;
};
// Copies of up to `count` messages at the head of a queue, without consuming them:
// OperationResult::messages, and its count the messages ready when peeked.
struct PeekMessages {
    QString vhost;
    QString queue;
    int count = 0;
};
// Everything the broker is configured with, in RabbitMQ's definitions format (as GET
// /api/definitions): OperationResult::definitions.
struct ExportDefinitions {};
// Starts copying what is published to `exchange` of `vhost` (nullopt: every exchange of it; ""
// is the default exchange), taking nothing from any queue. Batches arrive as tapUpdated under
// `tapId` (the caller's, from newTapId()) until StopTap; one with an error says the tap ended.
// Refused when the vhost or exchange does not exist.
struct StartTap {
    quint64 tapId = 0;
    QString vhost;
    std::optional<QString> exchange;
};
struct StopTap {
    quint64 tapId = 0;
};
// Closes a client connection (named as in snapshots) with AMQP's 320 CONNECTION_FORCED.
struct CloseConnection {
    QString name;
    QString reason;
};

// The retained messages of `vhost`'s MQTT topics: OperationResult::retained.
struct ListRetained {
    QString vhost = QStringLiteral("/");
};
// Clears a topic's retained message, as an empty retained PUBLISH would.
struct DeleteRetained {
    QString vhost = QStringLiteral("/");
    QString topic;
};
// Publishes to an MQTT topic as an MQTT client would: through the MQTT topic exchange with the
// topic mapped to a routing key, QoS ≥ 1 persistent, and kept as the topic's retained message
// when `retain` is set.
struct PublishToTopic {
    TopicMessage message;
};

} // namespace warren::commands

namespace warren {

using Command =
    std::variant<commands::DeclareQueue, commands::DeleteQueue, commands::PurgeQueue,
                 commands::Publish, commands::PublishMany, commands::TransferMessages,
                 commands::TestRoute, commands::DeclareExchange, commands::DeleteExchange,
                 commands::AddBinding, commands::RemoveBinding, commands::PutUser,
                 commands::DeleteUser, commands::SetPermission, commands::ClearPermission,
                 commands::SetTopicPermission, commands::ClearTopicPermission, commands::AddVhost,
                 commands::DeleteVhost, commands::CheckAccess, commands::CheckTopicAccess,
                 commands::PutPolicy, commands::DeletePolicy, commands::ImportDefinitions,
                 commands::PeekMessages, commands::ExportDefinitions, commands::StartTap,
                 commands::StopTap, commands::CloseConnection, commands::ListRetained,
                 commands::DeleteRetained, commands::PublishToTopic>;

// The kind of OperationResult that answers `command`.
OperationResult::Kind resultKind(const Command& command);
// The vhost the command acts in; empty for users, vhosts themselves and connections.
QString commandVhost(const Command& command);
// A tap id for StartTap, unique in this process: several consoles may tap one broker.
quint64 newTapId();

} // namespace warren

Q_DECLARE_METATYPE(warren::Command)
