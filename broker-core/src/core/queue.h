#pragma once

#include "core/consumer.h"
#include "core/field_value.h"
#include "core/message.h"
#include "core/policy.h"
#include "core/queue_arguments.h"

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace warren::core {

class Vhost;

struct QueuedMessage {
    // Null while the message is paged out: its body is only in the durable store.
    MessagePtr message;
    quint64 id = 0;         // position in this queue; order is kept across requeues
    qint64 expiresAtMs = 0; // 0: never
    bool redelivered = false;
    quint8 priority = 0;
    quint32 bodySize = 0; // kept for accounting while the message is paged out
    quint64 storeSeq = 0; // the message's place in the durable store; 0: not stored
    // Stored only to page it out: a transient message, or any message of a queue that is not
    // durable. Its store copy is not durable (discarded at the next start), so no delivery
    // marks are written for it and it counts as transient.
    bool pagedTransient = false;
};

enum class DeadLetterReason { Rejected, Expired, MaxLength };
QByteArray deadLetterReasonName(DeadLetterReason reason);

struct QueueStats {
    quint64 published = 0;
    quint64 delivered = 0;
    quint64 acked = 0;
    quint64 redelivered = 0; // deliveries of messages that had been delivered before
};

// A classic queue: ordered ready messages (one lane per priority), unacked messages by id,
// and consumers served round-robin within the highest priority that has credit.
class Queue {
public:
    struct Options {
        bool durable = false;
        bool exclusive = false;
        bool autoDelete = false;
        quint64 ownerConnection = 0; // for exclusive queues
    };

    Queue(Vhost& vhost, QByteArray name, Options options, FieldTable arguments,
          QueueArguments parsed);
    ~Queue();
    Queue(const Queue&) = delete;
    Queue& operator=(const Queue&) = delete;

    const QByteArray& name() const { return m_name; }
    const Options& options() const { return m_options; }
    const FieldTable& arguments() const { return m_arguments; }
    // The arguments in effect: the declared x-arguments combined with the policy, if any.
    const QueueArguments& parsedArguments() const { return m_parsed; }
    // The policy that applies (nullptr: none). The declared x-arguments stay as they are, so a
    // redeclaration is still compared with them alone, as RabbitMQ does.
    const Policy* policy() const { return m_policy ? &*m_policy : nullptr; }
    // Takes the policy's settings at once: a lower length limit drops from the head (with
    // drop-head overflow), a new x-expires countdown starts, and messages published from now on
    // get the new TTL (RabbitMQ keeps the expiry a message was given when it was enqueued).
    void applyPolicy(const Policy* policy);
    Vhost& vhost() const { return m_vhost; }
    bool isDeleted() const { return m_deleted; }

    enum class PublishResult { Enqueued, Rejected };
    PublishResult publish(const MessagePtr& message, quint64 storeSeq = 0);
    // Whether publish() would take the message (x-overflow reject-publish may refuse it).
    bool accepts(const Message& message) const;
    // Puts back a message recovered from the store, in store order.
    void restore(const MessagePtr& message, quint64 storeSeq, bool redelivered);

    // basic.get: the head message, moved to unacked when ackRequired.
    std::optional<QueuedMessage> get(bool ackRequired);
    void ack(quint64 id);
    // nack/reject: requeue in original position, or dead-letter/drop.
    void reject(quint64 id, bool requeue);
    // Puts unacked messages back (channel closed, basic.recover): they keep their position.
    void requeue(const std::vector<quint64>& ids);
    quint64 purge();

    void addConsumer(Consumer* consumer);
    void removeConsumer(Consumer* consumer);
    bool hasExclusiveConsumer() const;
    const std::vector<Consumer*>& consumers() const { return m_consumers; }
    // Delivers ready messages to consumers that can accept them.
    void dispatch();
    // Any use resets the x-expires countdown (consume, get, declare).
    void touch();

    // Timers. A queue keeps no timer of its own: it tells its vhost the next time it has work
    // to do (its head message's TTL, its x-expires countdown), and the broker's one deadline
    // timer calls expire() then. Milliseconds since the epoch on the vhost's clock; 0: none.
    qint64 nextDeadline() const;
    // Drops or dead-letters the expired messages at the head, or deletes the queue when its
    // x-expires countdown has run out unused (RabbitMQ's rabbit_amqqueue_process expiry).
    void expire(qint64 now);

    // Copies of the first `count` ready messages in delivery order, leaving the queue as it
    // is (the console's message browser). Paged-out ones come without their bodies.
    std::vector<QueuedMessage> peek(size_t count) const;
    // The console's message operations name messages by id, as peek() reported them; a message
    // delivered or gone since then is no longer found (nullptr / std::nullopt).
    const QueuedMessage* findReady(quint64 id) const;
    // Takes a ready message out of line so no consumer can get it while it is being moved;
    // its store record stays until the caller settles it with drop() or putBack().
    std::optional<QueuedMessage> takeReady(quint64 id);
    // A taken message leaves for good, as if acked: the store forgets it.
    void drop(const QueuedMessage& taken);
    // A taken message goes back to its place in line.
    void putBack(QueuedMessage taken);

    quint64 readyCount() const { return m_readyCount; }
    quint64 readyBytes() const { return m_readyBytes; }
    quint64 persistentReadyCount() const { return m_persistentReady; }
    // Ready messages whose bodies are only in the store (see paging below).
    quint64 pagedOutCount() const { return m_pagedOut; }
    quint64 unackedCount() const { return m_unacked.size(); }
    quint64 messageCount() const { return m_readyCount; }
    const QueueStats& stats() const { return m_stats; }

    // Paging, like RabbitMQ's lazy and CQv2 queues: a long queue keeps only its head in
    // memory. Messages beyond these limits keep their place in the queue but drop their
    // bodies, and come back from the store in batches, ahead of the consumers, as the
    // resident part drains below half. A persistent message of a durable queue is in the
    // store already; any other message is written there when it pages out (RabbitMQ's
    // msg_store_transient), as a copy the store discards at the next start. Without a store
    // (a broker without a data directory) everything stays in memory.
    static constexpr quint64 ResidentBytesLimit = 8 * 1024 * 1024;
    static constexpr quint64 ResidentCountLimit = 8192;
    static constexpr quint64 PageInBytes = 2 * 1024 * 1024;
    static constexpr int PageInCount = 4096;

    // Whether any message of this queue was written to the store only to page it out: a queue
    // that is not durable then has store records to discard when it goes.
    bool hasPagedTransient() const { return m_pagedTransient; }

    // Called by the vhost when the queue is deleted: cancels consumers, drops messages.
    enum class NotifyConsumers { Yes, No };
    void markDeleted(NotifyConsumers notify = NotifyConsumers::Yes);

private:
    qint64 nowMs() const;
    qint64 expiryFor(const Message& message) const;
    std::deque<QueuedMessage>& laneFor(quint8 priority);
    void pushReady(QueuedMessage message);
    void countReady(const QueuedMessage& message);
    void uncountReady(const QueuedMessage& message);
    bool shouldPageOut() const;
    // Drops the body of a message that joins the paged-out tail, writing it to the store
    // first unless it is there already. Kept in memory when the store refuses it.
    void pageOut(QueuedMessage& message);
    // Whether the next message to hand out has its body; asks for it from the store if not.
    bool headResident();
    // Brings the next batch of paged-out messages back: asynchronously ahead of consumers,
    // or at once when a caller needs the head now (basic.get, dead-lettering at the head).
    enum class PageIn { Ahead, Now };
    void pageIn(PageIn mode);
    void refill(std::deque<QueuedMessage>& lane,
                std::vector<std::pair<quint64, MessagePtr>> loaded);
    // The head message of the highest priority. It may come without its body when the
    // caller only drops it; otherwise a paged-out head is asked for and nothing returned.
    enum class NeedBody { Yes, No };
    std::optional<QueuedMessage> popReady(NeedBody needBody = NeedBody::Yes);
    void insertInOrder(QueuedMessage message);
    void dropExpiredHeads();
    void dropExpiredHeads(qint64 now);
    void enforceLimits();
    bool overLimitWith(qsizetype extraBytes) const;
    void deadLetter(QueuedMessage message, DeadLetterReason reason);
    // The message leaves the queue for good: the store forgets it too.
    void forget(const QueuedMessage& message);
    void handOver(Consumer* consumer, QueuedMessage& message);
    Consumer* pickConsumer();
    void scheduleExpiry();
    void restartIdleTimer();
    void stopIdleTimer();
    // Tells the vhost when nextDeadline() changed.
    void updateDeadline();

    Vhost& m_vhost;
    QByteArray m_name;
    Options m_options;
    FieldTable m_arguments;
    QueueArguments m_declared; // from the x-arguments alone
    QueueArguments m_parsed;   // in effect
    std::optional<Policy> m_policy;
    bool m_deleted = false;
    bool m_hadConsumer = false;
    bool m_dispatching = false;

    std::vector<std::deque<QueuedMessage>> m_lanes; // index = priority
    quint64 m_readyCount = 0;
    quint64 m_expiringReady = 0;   // ready messages with a TTL; 0 means no clock reads needed
    quint64 m_persistentReady = 0; // ready messages that are also in the durable store
    quint64 m_readyBytes = 0;
    quint64 m_pagedOut = 0;      // ready messages without their bodies
    quint64 m_pagedOutBytes = 0; // and the size of those bodies
    bool m_pageInFlight = false;
    bool m_pagedTransient = false;
    // Expires with the queue, so a page-in answer after deletion is dropped.
    std::shared_ptr<Queue*> m_self = std::make_shared<Queue*>(this);
    std::map<quint64, QueuedMessage> m_unacked;
    quint64 m_nextId = 1;

    std::vector<Consumer*> m_consumers; // registration order; single-active uses the first
    QueueStats m_stats;

    qint64 m_expiryDeadlineMs = 0; // the head-of-queue message TTL that runs out first
    qint64 m_idleDeadlineMs = 0;   // x-expires
    qint64 m_scheduledMs = 0;      // what the vhost was last told
};

} // namespace warren::core
