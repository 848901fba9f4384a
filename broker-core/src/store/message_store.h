#pragma once

#include "store/completion.h"
#include "store/definitions.h"
#include "store/encryption_status.h"
#include "store/message_record.h"
#include "store/queue_ref.h"
#include "store/store_result.h"
#include "store/store_statistics.h"
#include "store/stored_message.h"

#include <optional>
#include <utility>
#include <vector>

namespace warren::store {

// The broker's durable storage: definitions, persistent messages with their per-queue state,
// and a key/value area for protocol state (MQTT retained messages and sessions).
//
// Threading. Every function is thread-safe. Writes are queued and committed in batches by the
// store's own writer thread; completions come back on the caller's thread (see Completion).
// The load*() functions block until the writer has run them, after every write submitted
// before them: they are for recovery at startup and for tests. On the broker thread use
// fetchMessages(), which answers through a callback.
//
// Errors. A call that is refused outright (store closed, queue not durable in the store,
// malformed arguments) returns the error and never calls its completion. Otherwise the
// completion says whether the write committed; it never reports success before the commit.
//
// Durability rule for writes submitted without a completion (ack, markDelivered, ...): they
// commit in submission order with everything else, in the same batch as later writes or an
// earlier one, and after a failed batch they are retried ahead of anything newer. So once any
// write submitted after an ack has completed successfully, the ack is on disk, and an acked
// message never comes back after a restart. The broker needs nothing special: an ack processed
// before the next publisher confirm is durable by the time that confirm goes out. flush()
// forces a commit when nothing else is coming.
class MessageStore {
public:
    virtual ~MessageStore() = default;

    // --- Definitions -------------------------------------------------------------------------
    virtual std::optional<StoreError> putVhost(const StoredVhost& vhost, Completion done = {}) = 0;
    // With its exchanges, queues (and their messages), bindings, permissions, topic permissions
    // and policies.
    virtual std::optional<StoreError> deleteVhost(const QByteArray& name, Completion done = {}) = 0;
    virtual std::optional<StoreError> putUser(const StoredUser& user, Completion done = {}) = 0;
    // With the user's permissions and topic permissions.
    virtual std::optional<StoreError> deleteUser(const QByteArray& name, Completion done = {}) = 0;
    virtual std::optional<StoreError> putPermission(const StoredPermission& permission,
                                                    Completion done = {}) = 0;
    virtual std::optional<StoreError>
    deletePermission(const QByteArray& user, const QByteArray& vhost, Completion done = {}) = 0;
    virtual std::optional<StoreError> putTopicPermission(const StoredTopicPermission& permission,
                                                         Completion done = {}) = 0;
    virtual std::optional<StoreError> deleteTopicPermission(const QByteArray& user,
                                                            const QByteArray& vhost,
                                                            const QByteArray& exchange,
                                                            Completion done = {}) = 0;
    virtual std::optional<StoreError> putPolicy(const StoredPolicy& policy,
                                                Completion done = {}) = 0;
    virtual std::optional<StoreError> deletePolicy(const QByteArray& vhost, const QByteArray& name,
                                                   Completion done = {}) = 0;
    virtual std::optional<StoreError> putExchange(const StoredExchange& exchange,
                                                  Completion done = {}) = 0;
    // With the bindings from and to it.
    virtual std::optional<StoreError>
    deleteExchange(const QByteArray& vhost, const QByteArray& name, Completion done = {}) = 0;
    // Makes the queue durable in the store: messages can be enqueued to it from this call on.
    virtual std::optional<StoreError> putQueue(const StoredQueue& queue, Completion done = {}) = 0;
    // With its messages and the bindings to it.
    virtual std::optional<StoreError> deleteQueue(const QueueRef& queue, Completion done = {}) = 0;
    virtual std::optional<StoreError> putBinding(const StoredBinding& binding,
                                                 Completion done = {}) = 0;
    virtual std::optional<StoreError> deleteBinding(const StoredBinding& binding,
                                                    Completion done = {}) = 0;
    virtual StoreResult<Definitions> loadDefinitions() = 0;

    // --- Messages ----------------------------------------------------------------------------
    // Stores a persistent message in one or more durable queues (a fanout stores the body
    // once). Returns each queue's sequence number for the message, in the order given, at
    // once: acks and delivery marks may name it before the commit.
    virtual StoreResult<std::vector<quint64>> enqueue(const MessageRecord& message,
                                                      const std::vector<QueueRef>& queues,
                                                      Completion done = {}) = 0;
    // Pages a message that must not outlive this run of the broker out of a long queue (a
    // transient message, or any message of a queue that is not durable; RabbitMQ's
    // msg_store_transient). It takes the queue's next sequence number, so it pages in among
    // the queue's persistent messages in order; a queue the store does not hold as durable is
    // known for this run only. Nobody waits for the write: it is retried after a failed batch
    // like an ack. Encrypted like every message, never recovered: open() deletes such records
    // before anything can read them, and delivery marks never apply to them.
    virtual StoreResult<quint64> enqueueTransient(const MessageRecord& message,
                                                  const QueueRef& queue) = 0;
    // Acked (or rejected without requeue, expired, dead-lettered): gone for good.
    virtual std::optional<StoreError> ack(const QueueRef& queue, const std::vector<quint64>& seqs,
                                          Completion done = {}) = 0;
    // Handed to a consumer and not yet acked: if the broker stops now, it comes back
    // redelivered.
    virtual std::optional<StoreError> markDelivered(const QueueRef& queue,
                                                    const std::vector<quint64>& seqs,
                                                    Completion done = {}) = 0;
    // Back in the queue at its old position (nack/reject with requeue, channel closed).
    virtual std::optional<StoreError>
    markRequeued(const QueueRef& queue, const std::vector<quint64>& seqs, Completion done = {}) = 0;
    virtual std::optional<StoreError> purgeQueue(const QueueRef& queue, Completion done = {}) = 0;

    // Recovery and paging: up to `limit` messages with seq > afterSeq, in queue order, each
    // with its redelivered flag. Start at 0; continue after the last seq returned. A broker
    // keeps a window of a long queue in memory and pages the rest in with these.
    virtual StoreResult<std::vector<StoredMessage>> loadMessages(const QueueRef& queue,
                                                                 quint64 afterSeq, int limit) = 0;
    virtual std::optional<StoreError>
    fetchMessages(const QueueRef& queue, quint64 afterSeq, int limit, QObject* context,
                  std::function<void(StoreResult<std::vector<StoredMessage>>)> callback) = 0;
    virtual StoreResult<quint64> messageCount(const QueueRef& queue) = 0;

    // --- Key/value area ----------------------------------------------------------------------
    // Namespaces keep users apart: "mqtt/retained/<vhost>" keyed by topic, "mqtt/sessions"
    // keyed by client id. Values are encrypted like message bodies.
    virtual std::optional<StoreError> putValue(const QByteArray& nameSpace, const QByteArray& key,
                                               const QByteArray& value, Completion done = {}) = 0;
    virtual std::optional<StoreError> removeValue(const QByteArray& nameSpace,
                                                  const QByteArray& key, Completion done = {}) = 0;
    virtual std::optional<StoreError> removeNamespace(const QByteArray& nameSpace,
                                                      Completion done = {}) = 0;
    virtual StoreResult<std::optional<QByteArray>> loadValue(const QByteArray& nameSpace,
                                                             const QByteArray& key) = 0;
    virtual StoreResult<std::vector<std::pair<QByteArray, QByteArray>>>
    loadValues(const QByteArray& nameSpace) = 0;

    // --- Control -----------------------------------------------------------------------------
    // Completes once everything submitted before it has committed.
    virtual std::optional<StoreError> flush(Completion done) = 0;
    // Asks the key provider for its keys again and starts re-encrypting records under the
    // current one; `done` fires when the new key is in use, not when re-encryption ends
    // (see encryptionStatus()).
    virtual std::optional<StoreError> rotateKeys(Completion done = {}) = 0;
    virtual StoreResult<EncryptionStatus> encryptionStatus() = 0;
    // Never blocks.
    virtual StoreStatistics statistics() const = 0;
    // The writer's backlog: the memory that queued writes hold (payloads plus a fixed cost per
    // operation). Never blocks or locks: cheap enough to ask on every publish.
    virtual qint64 pendingBytes() const = 0;
    // Commits what is queued, stops the writer and releases the data directory. Writes
    // submitted afterwards are refused. Completions already due are still posted.
    virtual void close() = 0;
};

} // namespace warren::store
