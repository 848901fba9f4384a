#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <warren/peeked_message.h>

namespace warren {

// A queue to declare from the console, with RabbitMQ's common x-arguments as fields.
struct QueueDefinition {
    QString vhost = QStringLiteral("/");
    QString name;
    bool durable = true;
    bool autoDelete = false;
    std::optional<qint64> messageTtlMs;   // x-message-ttl
    std::optional<qint64> expiresMs;      // x-expires
    std::optional<qint64> maxLength;      // x-max-length
    std::optional<qint64> maxLengthBytes; // x-max-length-bytes
    QString overflow; // x-overflow: drop-head, reject-publish, reject-publish-dlx; empty: default
    QString deadLetterExchange;   // x-dead-letter-exchange; empty: none
    QString deadLetterRoutingKey; // x-dead-letter-routing-key
    int maxPriority = 0;          // x-max-priority; 0: not a priority queue
    bool singleActiveConsumer = false;
    // x-queue-type: "classic", "quorum" or "stream"; empty: the broker's default (classic).
    // RabbitMQ wants quorum queues and streams durable, and neither exclusive nor auto-delete.
    QString type;
};

// An exchange to declare from the console.
struct ExchangeDefinition {
    QString vhost = QStringLiteral("/");
    QString name;
    QString type = QStringLiteral("direct"); // direct, fanout, topic or headers
    bool durable = true;
    bool autoDelete = false;
    bool internal = false;
    QString alternateExchange; // alternate-exchange; empty: none
};

// A binding from an exchange to a queue or to another exchange. To create one, `arguments`
// are its x-arguments (string values: headers matching, x-match). To remove one,
// `argumentsSummary` names its arguments as snapshots describe them (BindingInfo::arguments),
// as RabbitMQ's management API names a binding by its properties key.
struct BindingDefinition {
    QString vhost = QStringLiteral("/");
    QString source;
    QString destination;
    bool destinationIsQueue = true;
    QString routingKey;
    QList<std::pair<QString, QString>> arguments;
    QString argumentsSummary;
};

// A user to create or change. With `keepPassword`, an existing user's password stays as it
// is and only the tags change.
struct UserDefinition {
    QString name;
    QString password;
    bool keepPassword = false;
    QStringList tags;
    // Set instead of a password when definitions are imported: RabbitMQ's salted SHA-256
    // (base64 of 4 bytes of salt and the digest), taken as it is.
    QByteArray passwordHash;
};

// A user's permissions in a vhost: RabbitMQ's configure/write/read regular expressions,
// searched for in resource names; an empty one grants nothing.
struct PermissionDefinition {
    QString user;
    QString vhost = QStringLiteral("/");
    QString configure = QStringLiteral(".*");
    QString write = QStringLiteral(".*");
    QString read = QStringLiteral(".*");
};

// A user's topic permission in a vhost (RabbitMQ's topic authorisation): for the topic
// exchange `exchange`, the routing keys the user may publish with (`write`) and bind with
// (`read`), as regular expressions searched for in the key. "{username}" and "{vhost}" in a
// pattern stand for the client's own ("{client_id}" too, for protocols that have one); an
// empty pattern allows nothing.
struct TopicPermissionDefinition {
    QString user;
    QString vhost = QStringLiteral("/");
    QString exchange = QStringLiteral("amq.topic");
    QString write = QStringLiteral(".*");
    QString read = QStringLiteral(".*");
};

// A policy to create or replace (RabbitMQ's PUT /api/policies/{vhost}/{name}); `definition`
// is the JSON object of its keys as text, e.g. {"message-ttl":60000}.
struct PolicyDefinition {
    QString vhost = QStringLiteral("/");
    QString name;
    QString pattern;
    QString applyTo = QStringLiteral("all"); // queues, exchanges or all
    int priority = 0;
    QString definition;
};

// A message composed in the console.
struct OutgoingMessage {
    QString vhost = QStringLiteral("/");
    QString exchange; // empty: the default exchange
    QString routingKey;
    QString contentType;
    bool persistent = false;
    // Typed as PeekedMessage::headers: a copy or an import keeps numbers, tables and arrays.
    QList<std::pair<QString, QJsonValue>> headers;
    QByteArray body;
    // Further AMQP properties by name, as text, as PeekedMessage::properties gives them
    // (message_id, correlation_id, priority, timestamp in ISO 8601, ...): what an import of
    // exported messages brings back. content_type and delivery_mode are the fields above.
    QList<std::pair<QString, QString>> properties;
};

// A message for an MQTT topic, composed in the console: what an MQTT client would publish.
struct TopicMessage {
    QString vhost = QStringLiteral("/");
    QString topic; // MQTT's, '/'-separated, no wildcards
    QByteArray payload;
    int qos = 0; // 0, 1 or 2
    bool retain = false;
    QString contentType; // MQTT 5's content type; empty: none
};

// A topic's retained message, as the broker keeps it for new subscribers.
struct RetainedMessage {
    static constexpr qint64 MaxPayloadBytes = 64 * 1024;

    QString topic;
    QByteArray payload;     // at most MaxPayloadBytes of it
    qint64 payloadSize = 0; // the whole payload's size
    int qos = 0;
    QDateTime storedAt; // when the broker took it; invalid where the broker does not say
    QString contentType;
};

// Messages chosen in the message browser, moved or copied elsewhere or sent back from a
// dead-letter queue. Each is named by its queue id (PeekedMessage::id); one that is no
// longer ready (delivered or gone since the peek) is skipped and counted.
struct MessageTransfer {
    enum class Mode {
        Copy,                // publish a copy (same properties, headers, body)
        Move,                // publish a copy, then remove the original
        RequeueDeadLettered, // publish to where x-death[0] says it died, then remove it
    };
    Mode mode = Mode::Copy;
    QString vhost = QStringLiteral("/");
    QString queue; // where the messages are
    QList<quint64> messageIds;
    // Copy and Move: where to publish. An empty exchange is the default one (routing key =
    // queue name); an empty routing key keeps each message's own.
    QString exchange;
    QString routingKey;
};

// How a console operation ended. Errors are values, one sentence, RabbitMQ's wording where
// RabbitMQ has one.
struct OperationResult {
    enum class Kind {
        DeclareQueue,
        DeleteQueue,
        PurgeQueue,
        Publish,
        CloseConnection,
        TestRoute,
        DeclareExchange,
        DeleteExchange,
        AddBinding,
        RemoveBinding,
        PutUser,
        DeleteUser,
        SetPermission,
        ClearPermission,
        AddVhost,
        DeleteVhost,
        CheckAccess,
        CopyMessages,
        MoveMessages,
        RequeueDeadLettered,
        ImportMessages,
        SetTopicPermission,
        ClearTopicPermission,
        CheckTopicAccess,
        ImportDefinitions, // count: objects created or updated
        PutPolicy,
        DeletePolicy,
        PeekMessages,      // messages; count: ready in the queue when peeked
        ExportDefinitions, // definitions
        StartTap,          // tapId
        StopTap,           // tapId
        ListRetained,      // retained
        DeleteRetained,    // count: 1 when there was one
        PublishToTopic     // count: subscriptions (queues) it reached
    };
    // Why an operation was refused, for a front end to pick its own code by (an HTTP status, an
    // AMQP reply code) rather than by the wording of `error`. The first five are RabbitMQ's
    // soft errors (core::Error's kinds); the rest are refusals RabbitMQ's API makes itself.
    enum class Error {
        None,               // done
        NotFound,           // a vhost, user, queue, exchange, binding, permission or policy
        AccessRefused,      // a reserved name, the default exchange, an internal exchange
        PreconditionFailed, // inequivalent arguments, in use, invalid x-arguments
        ResourceLocked,     // an exclusive queue of another connection
        NotAllowed,         // an unknown exchange type
        NotAuthorised,      // the asker lacks the right: vhost access, a permission, a tag
        InvalidArgument,    // a malformed name, pattern or policy definition
        AlreadyExists,      // a vhost
        Internal,           // the store could not take a message
    };
    quint64 requestId = 0;
    Kind kind = Kind::DeclareQueue;
    QString vhost;
    QString target;      // the queue or exchange, the exchange of a publish, the connection's name,
                         // a binding's source, or a policy's name
    quint64 count = 0;   // messages purged or deleted with the queue; queues a publish reached;
                         // messages copied, moved, requeued or imported
    quint64 skipped = 0; // messages an operation passed over (no longer ready, no x-death,
                         // an import's message that reached no queue)
    QString error;       // empty: done (and on disk, for durable things)
    // The kind of `error`: the broker's operations always set it. The console's backends for
    // remote brokers, which get only a text back, leave it None.
    Error errorKind = Error::None;
    QStringList queues; // TestRoute: where the message would go, in routing order
    // CheckAccess: what the user may do with the resource, of "configure", "write", "read".
    // CheckTopicAccess: whether the user may publish ("write") and bind ("read") with the
    // routing key on the exchange (`target`).
    QStringList granted;
    // PeekMessages: copies of the messages at the head of the queue (`target`), in delivery
    // order; count may exceed their number.
    QList<PeekedMessage> messages;
    // ExportDefinitions: RabbitMQ's definitions document.
    QJsonObject definitions;
    // StartTap, StopTap: the tap, as the command named it.
    quint64 tapId = 0;
    // ListRetained: the vhost's retained messages, by topic.
    QList<RetainedMessage> retained;
};

} // namespace warren

Q_DECLARE_METATYPE(warren::OperationResult)
