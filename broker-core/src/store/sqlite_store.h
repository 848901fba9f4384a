#pragma once

#include "store/completion_router.h"
#include "store/key_provider.h"
#include "store/message_store.h"
#include "store/message_table.h"
#include "store/operation_queue.h"

#include <QHash>
#include <QStringList>
#include <chrono>
#include <memory>
#include <mutex>

namespace warren::store {

class DataDirLock;
class StoreWriter;

// The MessageStore on SQLite: one database, warren.db, in a data directory locked to one
// process, written by one writer thread in group-committed batches (WAL, synchronous=FULL),
// with message payloads and values encrypted by AES-256-GCM under keys from a KeyProvider.
//
// Data directory layout: warren.db (+ warren.db-wal while open or after a crash), warren.lock;
// the directory is 0700 and the files 0600 (OwnerOnlyFiles).
class SqliteStore : public MessageStore {
public:
    struct Options {
        QString directory;
        // SQLite VFS to open the database with; empty for the default. Tests inject faults here.
        QByteArray vfs;
        // PRAGMA quick_check before opening: reads the whole file once (about a second per GB)
        // so that damage is found at startup rather than in the middle of a recovery.
        bool quickCheckOnOpen = true;
        // Larger messages are refused; SQLite's own limit on a value is 1e9 bytes.
        qint64 maxMessageBytes = 512 * 1024 * 1024;
        int maxBatchOperations = 4096;
        qint64 maxBatchBytes = 16 * 1024 * 1024;
        int rotationSlice = 64;
        std::chrono::milliseconds minRetryDelay{50};
        std::chrono::milliseconds maxRetryDelay{2000};
    };

    // Every refusal is one sentence saying what is wrong and what to do; a refused directory is
    // left exactly as it was.
    static StoreResult<std::unique_ptr<SqliteStore>> open(Options options,
                                                          std::shared_ptr<KeyProvider> keys);
    // Closes. Not from a completion without context: that runs on the writer thread, which the
    // destructor has to wait for.
    ~SqliteStore() override;
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

    QString databasePath() const;
    // Paths whose permissions opening narrowed to the owner ("path (was 0644)"), to be logged.
    const QStringList& tightenedPermissions() const { return m_tightenedPermissions; }

    std::optional<StoreError> putVhost(const StoredVhost& vhost, Completion done = {}) override;
    std::optional<StoreError> deleteVhost(const QByteArray& name, Completion done = {}) override;
    std::optional<StoreError> putUser(const StoredUser& user, Completion done = {}) override;
    std::optional<StoreError> deleteUser(const QByteArray& name, Completion done = {}) override;
    std::optional<StoreError> putPermission(const StoredPermission& permission,
                                            Completion done = {}) override;
    std::optional<StoreError> deletePermission(const QByteArray& user, const QByteArray& vhost,
                                               Completion done = {}) override;
    std::optional<StoreError> putTopicPermission(const StoredTopicPermission& permission,
                                                 Completion done = {}) override;
    std::optional<StoreError> deleteTopicPermission(const QByteArray& user, const QByteArray& vhost,
                                                    const QByteArray& exchange,
                                                    Completion done = {}) override;
    std::optional<StoreError> putPolicy(const StoredPolicy& policy, Completion done = {}) override;
    std::optional<StoreError> deletePolicy(const QByteArray& vhost, const QByteArray& name,
                                           Completion done = {}) override;
    std::optional<StoreError> putExchange(const StoredExchange& exchange,
                                          Completion done = {}) override;
    std::optional<StoreError> deleteExchange(const QByteArray& vhost, const QByteArray& name,
                                             Completion done = {}) override;
    std::optional<StoreError> putQueue(const StoredQueue& queue, Completion done = {}) override;
    std::optional<StoreError> deleteQueue(const QueueRef& queue, Completion done = {}) override;
    std::optional<StoreError> putBinding(const StoredBinding& binding,
                                         Completion done = {}) override;
    std::optional<StoreError> deleteBinding(const StoredBinding& binding,
                                            Completion done = {}) override;
    StoreResult<Definitions> loadDefinitions() override;

    StoreResult<std::vector<quint64>> enqueue(const MessageRecord& message,
                                              const std::vector<QueueRef>& queues,
                                              Completion done = {}) override;
    StoreResult<quint64> enqueueTransient(const MessageRecord& message,
                                          const QueueRef& queue) override;
    std::optional<StoreError> ack(const QueueRef& queue, const std::vector<quint64>& seqs,
                                  Completion done = {}) override;
    std::optional<StoreError> markDelivered(const QueueRef& queue, const std::vector<quint64>& seqs,
                                            Completion done = {}) override;
    std::optional<StoreError> markRequeued(const QueueRef& queue, const std::vector<quint64>& seqs,
                                           Completion done = {}) override;
    std::optional<StoreError> purgeQueue(const QueueRef& queue, Completion done = {}) override;
    StoreResult<std::vector<StoredMessage>> loadMessages(const QueueRef& queue, quint64 afterSeq,
                                                         int limit) override;
    std::optional<StoreError>
    fetchMessages(const QueueRef& queue, quint64 afterSeq, int limit, QObject* context,
                  std::function<void(StoreResult<std::vector<StoredMessage>>)> callback) override;
    StoreResult<quint64> messageCount(const QueueRef& queue) override;

    std::optional<StoreError> putValue(const QByteArray& nameSpace, const QByteArray& key,
                                       const QByteArray& value, Completion done = {}) override;
    std::optional<StoreError> removeValue(const QByteArray& nameSpace, const QByteArray& key,
                                          Completion done = {}) override;
    std::optional<StoreError> removeNamespace(const QByteArray& nameSpace,
                                              Completion done = {}) override;
    StoreResult<std::optional<QByteArray>> loadValue(const QByteArray& nameSpace,
                                                     const QByteArray& key) override;
    StoreResult<std::vector<std::pair<QByteArray, QByteArray>>>
    loadValues(const QByteArray& nameSpace) override;

    std::optional<StoreError> flush(Completion done) override;
    std::optional<StoreError> rotateKeys(Completion done = {}) override;
    StoreResult<EncryptionStatus> encryptionStatus() override;
    StoreStatistics statistics() const override;
    qint64 pendingBytes() const override;
    void close() override;

private:
    struct QueueState {
        qint64 id = 0;
        quint64 lastSeq = 0;
        // Not a durable queue: known for this run only, to page transient messages out. It has
        // no row in `queues`, so open() purges its records as those of a queue that is gone.
        bool transientOnly = false;
    };
    using Run = std::function<std::optional<StoreError>(StoreWriter&)>;

    SqliteStore(Options options, std::shared_ptr<KeyProvider> keys,
                std::unique_ptr<DataDirLock> lock);
    std::optional<StoreError> recoverQueues();
    void restoreQueues(const QHash<QueueRef, QueueState>& queues);

    // Caller holds m_mutex.
    std::optional<StoreError> refusal() const;
    qint64 messageBytes(const MessageRecord& message) const;
    std::optional<StoreError> attach(StoreOperation& operation, Completion done);
    std::optional<StoreError> push(StoreOperation operation);
    StoreResult<qint64> queueId(const QueueRef& queue) const;

    std::optional<StoreError> write(Run run, Completion done, qint64 bytes = 0);
    // Sets the state of the queue's messages; no state: removes them (ack).
    std::optional<StoreError> writeToQueue(const QueueRef& queue, const std::vector<quint64>& seqs,
                                           std::optional<MessageTable::State> state,
                                           Completion done);
    template <typename T> StoreResult<T> call(std::function<StoreResult<T>(StoreWriter&)> read);
    template <typename T>
    std::optional<StoreError> fetch(std::function<StoreResult<T>(StoreWriter&)> read,
                                    QObject* context, std::function<void(StoreResult<T>)> callback);

    Options m_options;
    std::shared_ptr<KeyProvider> m_keys;
    std::unique_ptr<DataDirLock> m_lock;
    QStringList m_tightenedPermissions;
    std::shared_ptr<OperationQueue> m_queue = std::make_shared<OperationQueue>();
    std::unique_ptr<StoreWriter> m_writer;

    // Lock order: m_mutex, then the operation queue's. Sequence numbers are assigned and the
    // operation queued under one lock, so queue order and sequence order agree.
    mutable std::mutex m_mutex;
    QHash<QueueRef, QueueState> m_queues;
    qint64 m_nextQueueId = 1;
    CompletionRouter m_router{m_queue};
    bool m_closed = false;
};

} // namespace warren::store
