#pragma once

#include "store/definitions_table.h"
#include "store/encryption_status.h"
#include "store/key_rotation_job.h"
#include "store/key_value_table.h"
#include "store/message_table.h"
#include "store/operation_queue.h"
#include "store/store_statistics.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>

namespace warren::store {

// The thread that owns the SQLite connection. It drains the operation queue in batches and runs
// each batch in one transaction: one fsync for every caller whose work arrived meanwhile (group
// commit), which is what makes many small persistent writes cheap. Completions go out only
// after the commit. Between batches, and inside them in small slices, it re-encrypts records
// when a key rotation is under way.
//
// A batch that fails (disk full, I/O error) is rolled back as a whole. Its reported writes are
// failed to their callers, its fire-and-forget writes go back to the head of the queue and are
// retried after a growing pause, and its reads run again on their own. When one operation alone
// is at fault (a statement that fails for its own reasons), only it fails and the others go
// again. A damaged database stops the store: every later operation fails with the same error.
class StoreWriter {
public:
    struct Limits {
        int maxBatchOperations = 4096;
        qint64 maxBatchBytes = 16 * 1024 * 1024;
        int rotationSlice = 64; // records re-encrypted per batch
        std::chrono::milliseconds minRetryDelay{50};
        std::chrono::milliseconds maxRetryDelay{2000};
    };

    StoreWriter(std::unique_ptr<SqliteConnection> db, KeyRing keys, OperationQueue& queue,
                Limits limits);
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    // On the opening thread, before start(): registers the current key, drops placements whose
    // queue is gone (left by fire-and-forget writes whose queue failed to commit), resumes the
    // message id sequence, and starts a pending key rotation.
    std::optional<StoreError> prepare();
    void start();
    // After the queue is closed: waits for the writer to drain it and stop.
    void join();

    // The error that stopped the store, if one did. Any thread.
    std::optional<StoreError> fatalError() const;
    bool isWriterThread() const;
    // Any thread.
    StoreStatistics statistics() const;

    // For operations, on the writer thread (or the opening thread before start()).
    SqliteConnection& db() { return *m_db; }
    DefinitionsTable& definitions() { return m_definitions; }
    MessageTable& messages() { return m_messages; }
    KeyValueTable& values() { return m_values; }
    qint64 allocateMessageId() { return m_nextMessageId++; }
    // Verifies a new key ring against the store and starts sealing with its current key.
    std::optional<StoreError> useKeys(KeyRing keys, const QString& providerName);
    StoreResult<EncryptionStatus> encryptionStatus();

private:
    void run();
    void runBatch(std::vector<StoreOperation> batch);
    std::optional<StoreError> finishBatch();
    void failBatch(std::vector<StoreOperation> batch, const StoreError& error);
    void failOne(std::vector<StoreOperation> batch, size_t culprit, const StoreError& error);
    void rerunReads(std::vector<StoreOperation>& reads);
    void deliver(std::vector<StoreOperation>& operations,
                 std::vector<std::optional<StoreError>>& results);
    static bool failsBatch(const StoreError& error);

    std::unique_ptr<SqliteConnection> m_db;
    RecordSealer m_sealer;
    DefinitionsTable m_definitions;
    MessageTable m_messages;
    KeyValueTable m_values;
    KeyRotationJob m_rotation;
    OperationQueue& m_queue;
    Limits m_limits;
    std::thread m_thread;

    qint64 m_nextMessageId = 1;
    qint64 m_persistedMessageId = 0;
    // The sealer's current key is not yet registered in a committed transaction: every batch
    // registers it first, so no record sealed with a key commits without its key check record.
    bool m_keyUnregistered = true;
    std::chrono::milliseconds m_retryDelay;

    std::atomic<quint64> m_batchesCommitted{0};
    std::atomic<quint64> m_operationsCommitted{0};
    std::atomic<quint64> m_batchesFailed{0};

    mutable std::mutex m_fatalMutex; // also guards m_lastFailure
    std::optional<StoreError> m_fatal;
    QString m_lastFailure;
    void noteFailure(const StoreError& error);
};

} // namespace warren::store
