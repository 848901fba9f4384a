#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace warren::store {

// The durable topology and access control, as plain records. Arguments are the broker's own
// encoding of the declare arguments (an AMQP field table, say), opaque to the store.

struct StoredVhost {
    QByteArray name;
    QByteArray metadata; // description, limits, tags: whatever the broker wants back

    friend bool operator==(const StoredVhost&, const StoredVhost&) = default;
};

struct StoredUser {
    QByteArray name;
    QByteArray passwordHash; // already hashed by the broker; the store never sees passwords
    QStringList tags;

    friend bool operator==(const StoredUser&, const StoredUser&) = default;
};

struct StoredPermission {
    QByteArray user;
    QByteArray vhost;
    QString configure; // RabbitMQ's regular expressions
    QString write;
    QString read;

    friend bool operator==(const StoredPermission&, const StoredPermission&) = default;
};

// RabbitMQ's topic permissions: write and read patterns for one topic exchange.
struct StoredTopicPermission {
    QByteArray user;
    QByteArray vhost;
    QByteArray exchange;
    QString write;
    QString read;

    friend bool operator==(const StoredTopicPermission&, const StoredTopicPermission&) = default;
};

// A RabbitMQ policy: its pattern, apply-to, priority and definition as the broker's own JSON,
// opaque to the store.
struct StoredPolicy {
    QByteArray vhost;
    QByteArray name;
    QByteArray body;

    friend bool operator==(const StoredPolicy&, const StoredPolicy&) = default;
};

struct StoredExchange {
    QByteArray vhost;
    QByteArray name;
    QByteArray type;
    bool autoDelete = false;
    bool internal = false;
    QByteArray arguments;

    friend bool operator==(const StoredExchange&, const StoredExchange&) = default;
};

// Exclusive queues are never stored: they end with their connection, so a restart ends them.
struct StoredQueue {
    QByteArray vhost;
    QByteArray name;
    bool autoDelete = false;
    QByteArray arguments;

    friend bool operator==(const StoredQueue&, const StoredQueue&) = default;
};

struct StoredBinding {
    enum class Destination { Queue = 0, Exchange = 1 };
    QByteArray vhost;
    QByteArray source; // exchange
    Destination destinationKind = Destination::Queue;
    QByteArray destination;
    QByteArray routingKey;
    QByteArray arguments;

    friend bool operator==(const StoredBinding&, const StoredBinding&) = default;
};

// Everything recovery needs before it loads messages, each list sorted by its key.
struct Definitions {
    std::vector<StoredVhost> vhosts;
    std::vector<StoredUser> users;
    std::vector<StoredPermission> permissions;
    std::vector<StoredTopicPermission> topicPermissions;
    std::vector<StoredPolicy> policies;
    std::vector<StoredExchange> exchanges;
    std::vector<StoredQueue> queues;
    std::vector<StoredBinding> bindings;
};

} // namespace warren::store
