#pragma once

#include "auth/login_throttle.h"
#include "auth/user_database.h"
#include "core/vhost.h"
#include "log/logger.h"
#include "services/direct_reply_to.h"
#include "services/node_name.h"

#include <QHash>
#include <memory>
#include <warren/broker_config.h>

namespace warren::ops {
class Clients;
class TopicMessages;
} // namespace warren::ops

namespace warren::services {

class ChangeJournal;
class DeadlineTimer;
class DurableDefinitions;
class FlowControl;
class MessageTapHub;

// The shared state every protocol session works against. Lives on the broker thread;
// nothing here is touched from any other thread.
struct BrokerContext {
    BrokerConfig config;
    log::Logger* logger = nullptr;
    auth::UserDatabase users;
    // Failed logins of every front end, by source address.
    auth::LoginThrottle loginThrottle;
    QHash<QByteArray, std::shared_ptr<core::Vhost>> vhosts;
    quint64 lastConnectionId = 0;
    // Durable definitions in the store; null when the broker runs without one.
    DurableDefinitions* definitions = nullptr;
    // Where persistent messages of new vhosts are stored; null likewise.
    core::MessagePersistence* persistence = nullptr;
    // Paces publishers while Warren's own writer threads are behind; null in bare tests.
    FlowControl* flow = nullptr;
    // Logs every change to objects, users and permissions with who made it; null in bare tests.
    ChangeJournal* changes = nullptr;
    // Runs the queues' TTLs and x-expires of every vhost made by newVhost(); null in bare tests.
    DeadlineTimer* deadlines = nullptr;
    // The client connections, for the operations that close one or ask about them (the engine
    // implements it); null in bare tests.
    ops::Clients* clients = nullptr;
    // MQTT's retained messages and publishing to topics for the console (ListRetained,
    // DeleteRetained, PublishToTopic), the engine's; null in bare tests.
    ops::TopicMessages* topics = nullptr;
    // The console's live taps (StartTap, StopTap), the engine's; null in bare tests.
    MessageTapHub* taps = nullptr;
    // The reply consumers of every vhost: a reply may come from anywhere, as in RabbitMQ.
    DirectReplyTo directReplyTo;

    // The name set over the management API (RabbitMQ's cluster_name); empty: not set. Kept in
    // memory only, as Warren keeps no global parameters in its store.
    QString clusterNameSet;

    // What clients and the API are told the cluster is called: the name set, else the node's.
    QString clusterName() const { return clusterNameSet.isEmpty() ? nodeName() : clusterNameSet; }
    core::Vhost* vhost(const QByteArray& name) const {
        auto it = vhosts.constFind(name);
        return it == vhosts.constEnd() ? nullptr : it->get();
    }
    quint64 nextConnectionId() { return ++lastConnectionId; }
    // A vhost whose queues' timers run on the broker's deadline timer. Not yet in `vhosts`.
    std::shared_ptr<core::Vhost> newVhost(const QByteArray& name) const;
};

} // namespace warren::services
