#pragma once

#include <QByteArray>
#include <QHashFunctions>

namespace warren::store {

// Names a durable queue: the store's queues are keyed by vhost and queue name, as the broker's.
struct QueueRef {
    QByteArray vhost;
    QByteArray name;

    friend bool operator==(const QueueRef&, const QueueRef&) = default;
};

inline size_t qHash(const QueueRef& queue, size_t seed = 0) {
    return qHashMulti(seed, queue.vhost, queue.name);
}

} // namespace warren::store
