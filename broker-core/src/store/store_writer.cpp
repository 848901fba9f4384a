#include "store/store_writer.h"

#include "store/completion_relay.h"
#include "store/key_registry.h"

#include <sqlite3.h>
#include <unordered_map>

namespace warren::store {

StoreWriter::StoreWriter(std::unique_ptr<SqliteConnection> db, KeyRing keys, OperationQueue& queue,
                         Limits limits)
    : m_db(std::move(db))
    , m_sealer(std::move(keys))
    , m_definitions(*m_db)
    , m_messages(*m_db, m_sealer)
    , m_values(*m_db, m_sealer)
    , m_rotation(*m_db, m_messages, m_values, m_sealer)
    , m_queue(queue)
    , m_limits(limits)
    , m_retryDelay(limits.minRetryDelay) {}

StoreWriter::~StoreWriter() {
    m_queue.close();
    join();
}

std::optional<StoreError> StoreWriter::prepare() {
    if (const int rc = m_db->begin(); rc != SQLITE_OK)
        return m_db->error(rc, QStringLiteral("starting recovery"));
    auto failed = [this](StoreError error) {
        m_db->rollback();
        return error;
    };
    if (auto error = KeyRegistry::registerCurrent(*m_db, m_sealer))
        return failed(*error);
    // Transient messages a previous run paged out go before anything can read them.
    if (auto discarded = m_messages.discardTransient(); !discarded)
        return failed(discarded.error());
    auto placed = m_messages.placedQueueIds();
    if (!placed)
        return failed(placed.error());
    for (qint64 queueId : placed.value()) {
        auto exists = m_db->query("SELECT 1 FROM queues WHERE id = ?1");
        const int rc = exists.bind(1, queueId).step();
        if (rc == SQLITE_ROW)
            continue;
        if (rc != SQLITE_DONE)
            return failed(m_db->error(rc, QStringLiteral("checking queues")));
        if (auto error = m_messages.purge(queueId))
            return failed(*error);
    }
    auto maxId = m_messages.maxMessageId();
    if (!maxId)
        return failed(maxId.error());
    auto persisted = m_db->queryInteger("SELECT value FROM meta WHERE key = 'last_message_id'");
    if (!persisted)
        return failed(persisted.error());
    // Ids are never reused, even after the newest messages were acked: an id names one record
    // for the associated data its encryption is bound to.
    m_persistedMessageId = std::max(maxId.value(), persisted.value());
    m_nextMessageId = m_persistedMessageId + 1;
    if (auto error = m_rotation.start())
        return failed(*error);
    const int rc = m_db->commit();
    if (rc != SQLITE_OK)
        return failed(m_db->error(rc, QStringLiteral("finishing recovery")));
    m_keyUnregistered = false;
    return std::nullopt;
}

void StoreWriter::start() {
    m_thread = std::thread([this] { run(); });
}

void StoreWriter::join() {
    if (m_thread.joinable())
        m_thread.join();
}

bool StoreWriter::isWriterThread() const {
    return std::this_thread::get_id() == m_thread.get_id();
}

std::optional<StoreError> StoreWriter::fatalError() const {
    std::lock_guard lock(m_fatalMutex);
    return m_fatal;
}

StoreStatistics StoreWriter::statistics() const {
    StoreStatistics statistics;
    statistics.batchesCommitted = m_batchesCommitted.load(std::memory_order_relaxed);
    statistics.operationsCommitted = m_operationsCommitted.load(std::memory_order_relaxed);
    statistics.batchesFailed = m_batchesFailed.load(std::memory_order_relaxed);
    std::lock_guard lock(m_fatalMutex);
    statistics.lastFailure = m_lastFailure;
    return statistics;
}

void StoreWriter::noteFailure(const StoreError& error) {
    {
        std::lock_guard lock(m_fatalMutex);
        m_lastFailure = error.text;
    }
    // Counted after the sentence is in place, so whoever sees the count also sees why.
    m_batchesFailed.fetch_add(1, std::memory_order_release);
}

bool StoreWriter::failsBatch(const StoreError& error) {
    switch (error.kind) {
    case StoreError::Kind::DiskFull:
    case StoreError::Kind::Io:
    case StoreError::Kind::Corrupt:
    case StoreError::Kind::Internal:
        return true;
    default:
        return false; // about one operation only: a tampered record, an unknown key
    }
}

void StoreWriter::run() {
    for (;;) {
        const bool idleWork = m_rotation.active() && !fatalError();
        auto batch = m_queue.take(m_limits.maxBatchOperations, m_limits.maxBatchBytes, !idleWork);
        if (batch.empty()) {
            if (m_queue.isClosed())
                break;
            if (idleWork)
                runBatch({});
            continue;
        }
        runBatch(std::move(batch));
    }
}

void StoreWriter::runBatch(std::vector<StoreOperation> batch) {
    if (auto fatal = fatalError()) {
        failBatch(std::move(batch), *fatal);
        return;
    }
    std::vector<std::optional<StoreError>> results(batch.size());
    std::optional<StoreError> batchError;
    const int rc = m_db->begin();
    if (rc != SQLITE_OK)
        batchError = m_db->error(rc, QStringLiteral("starting a transaction"));
    if (!batchError && m_keyUnregistered)
        batchError = KeyRegistry::registerCurrent(*m_db, m_sealer);
    size_t culprit = batch.size();
    for (size_t i = 0; i < batch.size() && !batchError; ++i) {
        auto error = batch[i].run(*this);
        if (error && failsBatch(*error)) {
            batchError = std::move(error);
            culprit = i;
        } else {
            results[i] = std::move(error);
        }
    }
    if (!batchError)
        batchError = finishBatch();
    if (batchError) {
        m_db->rollback();
        m_rotation.batchFailed();
        if (batchError->kind == StoreError::Kind::Internal && culprit < batch.size())
            failOne(std::move(batch), culprit, *batchError);
        else
            failBatch(std::move(batch), *batchError);
        return;
    }
    m_keyUnregistered = false;
    m_rotation.batchCommitted();
    if (!batch.empty()) { // not the re-encryption slices that run while idle
        m_batchesCommitted.fetch_add(1, std::memory_order_relaxed);
        m_operationsCommitted.fetch_add(batch.size(), std::memory_order_relaxed);
    }
    m_retryDelay = m_limits.minRetryDelay;
    deliver(batch, results);
}

std::optional<StoreError> StoreWriter::finishBatch() {
    if (m_rotation.active())
        if (auto error = m_rotation.step(m_limits.rotationSlice); error && failsBatch(*error))
            return error;
    if (m_nextMessageId - 1 > m_persistedMessageId) {
        const int rc = m_db->query("INSERT OR REPLACE INTO meta (key, value) "
                                   "VALUES ('last_message_id', ?1)")
                           .bind(1, m_nextMessageId - 1)
                           .run();
        if (rc != SQLITE_OK)
            return m_db->error(rc, QStringLiteral("recording message ids"));
    }
    const int rc = m_db->commit();
    if (rc != SQLITE_OK)
        return m_db->error(rc, QStringLiteral("committing"));
    m_persistedMessageId = m_nextMessageId - 1;
    return std::nullopt;
}

void StoreWriter::failBatch(std::vector<StoreOperation> batch, const StoreError& error) {
    noteFailure(error);
    if (error.kind == StoreError::Kind::Corrupt) {
        std::lock_guard lock(m_fatalMutex);
        if (!m_fatal)
            m_fatal = error;
    }
    const bool fatal = fatalError().has_value();
    // Nothing is retried once the store is closing or broken: the work would never end.
    const bool retry = !fatal && !m_queue.isClosed();
    std::vector<StoreOperation> reported;
    std::vector<StoreOperation> retried;
    std::vector<StoreOperation> reads;
    for (StoreOperation& operation : batch) {
        if (operation.kind == StoreOperation::Kind::Read && !fatal)
            reads.push_back(std::move(operation));
        else if (!operation.done && retry)
            retried.push_back(std::move(operation));
        else
            reported.push_back(std::move(operation));
    }
    for (StoreOperation& operation : reported)
        if (operation.dropped)
            operation.dropped();
    std::vector<std::optional<StoreError>> errors(reported.size(), error);
    deliver(reported, errors);
    rerunReads(reads);
    if (!retried.empty())
        m_queue.pushFront(std::move(retried));
    if (retry) {
        // The space may take a while to come back: poll it, ever more slowly.
        m_queue.sleep(m_retryDelay);
        m_retryDelay = std::min(m_retryDelay * 2, m_limits.maxRetryDelay);
    }
}

void StoreWriter::failOne(std::vector<StoreOperation> batch, size_t culprit,
                          const StoreError& error) {
    // The statement failed for this operation's own reasons (too large for SQLite, a bug), not
    // for the disk's: it would fail every time, so it alone fails, even a fire-and-forget one,
    // and the rest of the batch goes again untouched.
    noteFailure(error);
    std::vector<StoreOperation> failed;
    failed.push_back(std::move(batch[culprit]));
    batch.erase(batch.begin() + std::ptrdiff_t(culprit));
    m_queue.pushFront(std::move(batch));
    if (failed.front().dropped)
        failed.front().dropped();
    std::vector<std::optional<StoreError>> errors{error};
    deliver(failed, errors);
}

void StoreWriter::rerunReads(std::vector<StoreOperation>& reads) {
    if (reads.empty())
        return;
    // A read-only transaction needs no space. Its answer misses the writes that just failed,
    // and the retried ones that have not committed yet (an ack pending retry, say).
    std::vector<std::optional<StoreError>> results(reads.size());
    const int rc = m_db->exec("BEGIN");
    for (size_t i = 0; i < reads.size(); ++i)
        results[i] = rc == SQLITE_OK ? reads[i].run(*this)
                                     : m_db->error(rc, QStringLiteral("starting a read"));
    m_db->rollback();
    deliver(reads, results);
}

void StoreWriter::deliver(std::vector<StoreOperation>& operations,
                          std::vector<std::optional<StoreError>>& results) {
    std::unordered_map<CompletionRelay*, std::vector<std::function<void()>>> posts;
    for (size_t i = 0; i < operations.size(); ++i) {
        StoreOperation& operation = operations[i];
        if (!operation.done)
            continue;
        if (!operation.relay) {
            operation.done(results[i]);
            continue;
        }
        posts[operation.relay].push_back([context = std::move(operation.context),
                                          done = std::move(operation.done),
                                          result = std::move(results[i])] {
            if (context)
                done(result);
        });
    }
    for (auto& [relay, calls] : posts)
        relay->post(std::move(calls));
}

std::optional<StoreError> StoreWriter::useKeys(KeyRing keys, const QString& providerName) {
    if (auto error = KeyRegistry::verify(*m_db, keys, providerName))
        return error;
    m_sealer.setKeys(std::move(keys));
    m_keyUnregistered = true;
    if (auto error = KeyRegistry::registerCurrent(*m_db, m_sealer))
        return error;
    return m_rotation.start();
}

StoreResult<EncryptionStatus> StoreWriter::encryptionStatus() {
    auto inUse = KeyRegistry::keysInUse(*m_db);
    if (!inUse)
        return inUse.error();
    EncryptionStatus status;
    status.currentKeyId = m_sealer.keys().currentId();
    status.keysInUse = std::move(inUse.value());
    status.rotating = m_rotation.active();
    status.reencryptedRecords = m_rotation.resealed();
    return status;
}

} // namespace warren::store
