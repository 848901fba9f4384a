#pragma once

#include "store/key_value_table.h"
#include "store/message_table.h"

namespace warren::store {

// Re-encrypts records sealed with old keys under the current key, a small slice at a time on
// the writer thread, so the store keeps serving while it runs. A pass walks each table by rowid
// (no index on key_id: that would cost every write for the rare rotation); at the end it checks
// that nothing uses an old key any more and retires the old keys, after which the provider may
// drop them. Until then every key stays in the ring, so old records remain readable.
class KeyRotationJob {
public:
    KeyRotationJob(SqliteConnection& db, MessageTable& messages, KeyValueTable& values,
                   RecordSealer& sealer);

    // Starts a pass when the key table says records may use a key other than the current one.
    std::optional<StoreError> start();
    bool active() const { return m_phase != Phase::Idle; }

    // Re-encrypts up to `limit` records inside the caller's transaction.
    std::optional<StoreError> step(int limit);
    // The transaction holding this batch's steps rolled back: their work is gone, so the pass
    // starts over rather than trust its cursor.
    void batchFailed();
    void batchCommitted() { m_steppedInBatch = false; }

    quint64 resealed() const { return m_resealed; }
    // Records that did not decrypt during the last pass; they keep the rotation from finishing.
    quint64 unreadable() const { return m_unreadable; }

private:
    enum class Phase { Idle, Messages, Values, Finish };
    void restart();

    SqliteConnection& m_db;
    MessageTable& m_messages;
    KeyValueTable& m_values;
    RecordSealer& m_sealer;
    Phase m_phase = Phase::Idle;
    qint64 m_cursor = -1;
    quint64 m_resealed = 0;
    quint64 m_unreadable = 0;
    bool m_steppedInBatch = false;
};

} // namespace warren::store
