#pragma once

#include "store/queue_ref.h"
#include "store/record_sealer.h"
#include "store/sqlite_connection.h"
#include "store/stored_message.h"

#include <optional>
#include <vector>

namespace warren::store {

// Persistent messages and their place in queues. A message routed to several durable queues is
// stored once (`messages`, with a reference count) and placed in each (`queue_messages`, keyed
// by queue and sequence number, which is the queue's order). Acking removes the placement and,
// with the last one, the message.
class MessageTable {
public:
    // Values of queue_messages.state.
    enum State : int {
        Ready = 0,    // never handed to a consumer
        Unacked = 1,  // delivered, not yet acked
        Requeued = 2, // delivered once, back in the queue: redelivered on the next delivery
        // Paged out of a long queue but not durable (a transient message): deleted at every
        // open, never changed by delivery marks. Schema version 5 indexes these rows.
        Transient = 3,
    };

    struct Placement {
        qint64 queueId = 0;
        quint64 seq = 0;
    };

    MessageTable(SqliteConnection& db, RecordSealer& sealer);

    std::optional<StoreError> insert(qint64 messageId, const MessageRecord& record,
                                     const std::vector<Placement>& placements, State state = Ready);
    // Absent placements are ignored: acks are retried after failures and may arrive twice.
    std::optional<StoreError> remove(qint64 queueId, quint64 seq);
    std::optional<StoreError> setState(qint64 queueId, quint64 seq, State state);
    // Drops every message of the queue.
    std::optional<StoreError> purge(qint64 queueId);
    // Deletes every Transient placement and its message: what a previous run paged out must
    // never be delivered again.
    StoreResult<quint64> discardTransient();

    // Up to `limit` messages after `afterSeq`, in order; `queue` names it in errors.
    StoreResult<std::vector<StoredMessage>> load(qint64 queueId, const QueueRef& queue,
                                                 quint64 afterSeq, int limit);
    StoreResult<quint64> count(qint64 queueId);
    StoreResult<quint64> maxSeq(qint64 queueId);
    StoreResult<qint64> maxMessageId();
    // Queue ids that have placements, found by walking the primary key, not scanning it.
    StoreResult<std::vector<qint64>> placedQueueIds();

    // Key rotation: re-seals up to `limit` messages with ids after `afterId` that use another
    // key than the current one. Returns the last id looked at, or -1 at the end of the table.
    // Records that fail to decrypt are counted in `unreadable` and left alone.
    StoreResult<qint64> reseal(qint64 afterId, int limit, quint64* resealed, quint64* unreadable);
    StoreResult<bool> usesOtherKeyThan(quint32 keyId);

private:
    std::optional<StoreError> release(qint64 messageId);
    std::optional<StoreError> check(int rc, const char* doing) const;

    SqliteConnection& m_db;
    RecordSealer& m_sealer;
};

} // namespace warren::store
