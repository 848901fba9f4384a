#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace warren {

struct ListenerInfo {
    QString scheme;
    QString host;
    quint16 port = 0;
};

struct VhostInfo {
    QString name;
    quint64 messagesReady = 0;
    quint64 messagesUnacked = 0;
};

struct ExchangeInfo {
    QString vhost;
    QString name; // "" is the default exchange
    QString type;
    bool durable = false;
    bool autoDelete = false;
    bool internal = false;
    QString arguments; // human-readable summary
    quint64 publishInCount = 0;
    quint64 publishOutCount = 0;
    double publishInRate = 0;  // msgs/s
    double publishOutRate = 0; // msgs/s
};

struct QueueInfo {
    QString vhost;
    QString name;
    bool durable = false;
    bool autoDelete = false;
    bool exclusive = false;
    QString arguments; // human-readable summary
    // RabbitMQ's queue type: "classic", "quorum" or "stream" (Warren's engine has only
    // classic queues); empty for brokers without queue types (ActiveMQ).
    QString type;
    // The node the queue lives on: a classic queue's node, a replicated queue's leader.
    QString leader;
    // The nodes holding a replica of a quorum queue or stream, and those of them that are up;
    // empty for classic queues.
    QStringList members;
    QStringList onlineMembers;
    quint64 messagesReady = 0;
    quint64 messagesUnacked = 0;
    quint64 bytesReady = 0;
    quint64 messagesPersistent = 0; // ready messages kept in the durable store
    quint32 consumers = 0;
    quint64 publishCount = 0;
    quint64 deliverCount = 0;
    quint64 ackCount = 0;
    quint64 redeliverCount = 0; // deliveries with the redelivered flag
    double publishRate = 0;     // msgs/s
    double deliverRate = 0;     // msgs/s
    double ackRate = 0;         // msgs/s
    double redeliverRate = 0;   // msgs/s
};

struct BindingInfo {
    QString vhost;
    QString source;
    QString destination;
    QString destinationType; // "queue" or "exchange"
    QString routingKey;
    QString arguments;
};

struct UserInfo {
    QString name;
    QStringList tags; // "administrator", "monitoring", "management", "policymaker", …
};

// One user's configure/write/read patterns in one vhost (RabbitMQ's regular expressions).
struct PermissionInfo {
    QString user;
    QString vhost;
    QString configure;
    QString write;
    QString read;
};

// One user's topic permission for one exchange in one vhost: write and read patterns for
// routing keys (RabbitMQ's topic authorisation).
struct TopicPermissionInfo {
    QString user;
    QString vhost;
    QString exchange;
    QString write;
    QString read;
};

// A RabbitMQ policy: queues or exchanges whose names match `pattern` in `vhost` take the keys
// of `definition` (message-ttl, max-length, dead-letter-exchange, …) unless a policy of higher
// priority matches too. Warren itself applies none; remote RabbitMQ brokers list theirs.
struct PolicyInfo {
    QString vhost;
    QString name;
    QString pattern;
    QString applyTo; // "queues", "exchanges", "all" (also "classic_queues", … on newer brokers)
    int priority = 0;
    QString definition; // a JSON object, compact: {"message-ttl":60000}
};

struct ConnectionInfo {
    QString name; // "peer:port -> local:port"
    QString protocol;
    QString user;
    QString vhost;
    QString peerHost;
    quint16 peerPort = 0;
    QString clientProduct;
    // The client's own description of itself (AMQP connection.start-ok client-properties:
    // product, version, platform, capabilities, ...), as RabbitMQ's API renders it in JSON.
    QJsonObject clientProperties;
    // The name the application gave the connection (client property connection_name, RabbitMQ's
    // user_provided_name); empty when it gave none.
    QString connectionName;
    quint32 channels = 0;
    quint64 bytesReceived = 0;
    quint64 bytesSent = 0;
    double receiveRate = 0; // bytes/s
    double sendRate = 0;    // bytes/s
    QDateTime connectedAt;
    // RabbitMQ's connection states: "running"; "flow" while the broker paces this publisher
    // because it cannot keep up (and for a few seconds after); "blocking"/"blocked" under a
    // resource alarm (blocked once the client published). Empty where a broker does not say.
    QString state;
};

struct ChannelInfo {
    QString connection;
    quint16 number = 0;
    QString user;
    QString vhost;
    quint32 consumers = 0;
    quint64 messagesUnacked = 0;
    quint16 prefetchCount = 0;
    bool confirmMode = false;
    bool transactional = false;
    QString state; // "running", or "flow" while its publishes are paced (RabbitMQ's states)
};

struct ConsumerInfo {
    QString vhost;
    QString queue;
    QString consumerTag;
    QString connection;
    quint16 channel = 0;
    bool ackRequired = true;
    bool exclusive = false;
    quint16 prefetchCount = 0;
};

// One member of the broker's cluster, as RabbitMQ's /api/nodes describes it. A node that is
// not running, or that sees others in `partitions`, means the cluster is in trouble.
struct NodeInfo {
    QString name;
    bool running = true;
    QString type; // "disc" or "ram"; empty where the broker does not say
    bool memoryAlarm = false;
    bool diskAlarm = false;
    // The nodes this one cannot reach although they are in its cluster (a network partition).
    QStringList partitions;
    qint64 uptimeMs = -1;       // -1: unknown
    qint64 memoryUsed = -1;     // bytes in use (what the memory alarm watches); -1: unknown
    qint64 memoryResident = -1; // bytes the process holds (RSS); -1: unknown
    qint64 fdUsed = -1;         // file descriptors; -1: unknown
};

// A consistent picture of the broker at one moment, taken on the broker's thread
// and handed to observers by value.
struct BrokerSnapshot {
    QDateTime takenAt;
    QString node;        // e.g. "warren@host", as RabbitMQ names nodes
    QDateTime startedAt; // when the broker started serving, for uptime
    QList<ListenerInfo> listeners;
    QList<VhostInfo> vhosts;
    QList<ExchangeInfo> exchanges;
    QList<QueueInfo> queues;
    QList<BindingInfo> bindings;
    QList<UserInfo> users;
    QList<PermissionInfo> permissions;
    QList<TopicPermissionInfo> topicPermissions;
    QList<PolicyInfo> policies; // empty where the broker has none (Warren) or hides them
    QList<ConnectionInfo> connections;
    QList<ChannelInfo> channels;
    QList<ConsumerInfo> consumers;
    // Resource alarms in force ("memory", "disk"): publishers are blocked while any is.
    QStringList alarms;
    // The cluster's members, this node among them (a single node is a cluster of one).
    QList<NodeInfo> nodes;
};

} // namespace warren

Q_DECLARE_METATYPE(warren::ListenerInfo)
Q_DECLARE_METATYPE(warren::BrokerSnapshot)
