#pragma once

#include "core/error.h"
#include "core/field_value.h"

#include <QByteArray>
#include <memory>
#include <optional>
#include <variant>

namespace warren::core {
class Exchange;
class Queue;
class Vhost;
} // namespace warren::core
namespace warren::services {
struct BrokerContext;
}

// What a client session of any protocol asks of its vhost's queues, exchanges and bindings
// (AMQP 0-9-1's channel today; MQTT's subscriptions, STOMP's destinations and AMQP 1.0's links
// next), with RabbitMQ's client semantics: passive declarations, server-named and exclusive
// queues, deletes and unbinds that succeed when there is nothing to remove. Each operation is
// one typed request with its authorization (the user's permissions, as ops::authorize uses for
// the management API), its validation (reserved names, x-match) and a core::Error of RabbitMQ's
// kind and text, which each protocol words in its own codes. The session answers once the
// change is durable, in its own protocol's order.
namespace warren::ops {

// The session asking: whose rights apply, in which vhost, and which connection owns the
// exclusive queues it declares.
struct ClientSession {
    services::BrokerContext& context;
    core::Vhost& vhost;
    QByteArray user;
    quint64 connection = 0;
    // MQTT's client identifier, which topic permissions may name as "{client_id}".
    std::optional<QByteArray> clientId = std::nullopt;
};

template <typename T> using ClientOutcome = std::variant<T, core::Error>;

// `name` exists and is not another connection's exclusive queue.
ClientOutcome<std::shared_ptr<core::Queue>> usableQueue(const ClientSession& session,
                                                        const QByteArray& name);
// A usable queue the session may read: consume from, get from.
ClientOutcome<std::shared_ptr<core::Queue>> readableQueue(const ClientSession& session,
                                                          const QByteArray& name);

struct QueueDeclaration {
    QByteArray name; // empty: the broker names it "amq.gen-…"
    bool passive = false;
    bool durable = false;
    bool exclusive = false;
    bool autoDelete = false;
    core::FieldTable arguments = {};
};
ClientOutcome<std::shared_ptr<core::Queue>> declareQueue(const ClientSession& session,
                                                         const QueueDeclaration& declaration);
// How many ready messages went with the queue; 0 when there was none.
ClientOutcome<quint64> deleteQueue(const ClientSession& session, const QByteArray& name,
                                   bool ifUnused, bool ifEmpty);
// How many ready messages were purged.
ClientOutcome<quint64> purgeQueue(const ClientSession& session, const QByteArray& name);

struct ExchangeDeclaration {
    QByteArray name;
    QByteArray type;
    bool passive = false;
    bool durable = false;
    bool autoDelete = false;
    bool internal = false;
    core::FieldTable arguments = {};
};
std::optional<core::Error> declareExchange(const ClientSession& session,
                                           const ExchangeDeclaration& declaration);
std::optional<core::Error> deleteExchange(const ClientSession& session, const QByteArray& name,
                                          bool ifUnused);

struct ClientBinding {
    enum class Destination { Queue, Exchange };
    Destination destinationKind = Destination::Queue;
    QByteArray destination;
    QByteArray source;
    QByteArray routingKey;
    core::FieldTable arguments = {};
};
std::optional<core::Error> bind(const ClientSession& session, const ClientBinding& binding);
// A missing source, destination or binding is no error (RabbitMQ 3.x).
std::optional<core::Error> unbind(const ClientSession& session, const ClientBinding& binding);

// The exchange a client's message goes to, if it may publish there with `routingKey`.
// `lastAllowed` is the session's cache of the exchange it was last allowed to write to, as
// publishing asks per message: that one is not matched against the permissions again.
ClientOutcome<std::shared_ptr<core::Exchange>>
publishTarget(const ClientSession& session, const QByteArray& exchange,
              const QByteArray& routingKey, std::optional<QByteArray>& lastAllowed);

} // namespace warren::ops
