#pragma once

#include "core/message.h"

#include <QByteArray>
#include <functional>
#include <vector>

namespace warren::core {

class Vhost;
class Queue;

// Where persistent messages in durable queues are kept across restarts, and where long queues
// page out the rest. The core calls it as messages arrive, are delivered and leave; it does
// not know how they are stored.
class MessagePersistence {
public:
    virtual ~MessagePersistence() = default;
    // Stores the message for these durable queues and returns each queue's store sequence
    // number (in order). `committed` (if set) runs later on the broker thread, once: true
    // when the message is on disk, false if it could not be stored.
    virtual std::vector<quint64> store(const Vhost& vhost, const Message& message,
                                       const std::vector<Queue*>& queues,
                                       std::function<void(bool)> committed) = 0;
    // Handed to a consumer that must ack: after a crash it comes back redelivered.
    virtual void delivered(const Vhost& vhost, const Queue& queue, quint64 seq) = 0;
    // Acked, dropped, expired, dead-lettered or purged: gone for good.
    virtual void removed(const Vhost& vhost, const Queue& queue, quint64 seq) = 0;

    // A message that is not durable (transient, or in a queue that is not durable) pages out
    // of a long queue: stored without anyone waiting for it, in the queue's order with its
    // durable messages, and never recovered after a restart. Returns its store sequence
    // number, or 0 when the store refused it (the queue keeps it in memory then).
    virtual quint64 pageOut(const Vhost& vhost, const Queue& queue, const Message& message) = 0;
    // A queue that is not durable, and that paged messages out, is gone: its records go too.
    virtual void discardPaged(const Vhost& vhost, const Queue& queue) = 0;

    // Paging: up to `limit` of the queue's stored messages after store sequence `afterSeq`,
    // in queue order, with their sequence numbers. Messages that left the queue meanwhile
    // are simply not there.
    using PagedMessages = std::vector<std::pair<quint64, MessagePtr>>;
    // Answers later on the broker thread (empty on failure).
    virtual void fetch(const Vhost& vhost, const Queue& queue, quint64 afterSeq, int limit,
                       std::function<void(PagedMessages)> done) = 0;
    // Waits for the store: only for the rare cases that need a body at once.
    virtual PagedMessages load(const Vhost& vhost, const Queue& queue, quint64 afterSeq,
                               int limit) = 0;
};

} // namespace warren::core
