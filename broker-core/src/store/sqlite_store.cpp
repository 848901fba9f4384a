#include "store/sqlite_store.h"

#include "store/data_dir_lock.h"
#include "store/owner_only_files.h"
#include "store/store_opener.h"
#include "store/store_writer.h"

#include <QDir>
#include <algorithm>
#include <future>

namespace warren::store {

namespace {
StoreError notDurable(const QueueRef& queue) {
    return {StoreError::Kind::NotFound,
            QStringLiteral("Queue '%1' in vhost '%2' is not a durable queue of the store; store "
                           "it with putQueue() before its messages.")
                .arg(QString::fromUtf8(queue.name), QString::fromUtf8(queue.vhost))};
}

StoreError invalid(const QString& sentence) {
    return {StoreError::Kind::InvalidArgument, sentence};
}
} // namespace

SqliteStore::SqliteStore(Options options, std::shared_ptr<KeyProvider> keys,
                         std::unique_ptr<DataDirLock> lock)
    : m_options(std::move(options))
    , m_keys(std::move(keys))
    , m_lock(std::move(lock)) {}

SqliteStore::~SqliteStore() {
    close();
}

QString SqliteStore::databasePath() const {
    return QDir(m_options.directory).filePath(QLatin1String(StoreOpener::DatabaseName));
}

StoreResult<std::unique_ptr<SqliteStore>> SqliteStore::open(Options options,
                                                            std::shared_ptr<KeyProvider> keys) {
    if (options.directory.isEmpty())
        return invalid(QStringLiteral("No data directory was given to the store; set one."));
    if (!keys)
        return invalid(QStringLiteral("No key provider was given to the store; set one."));
    options.directory = QDir(options.directory).absolutePath();
    if (auto error = StoreOpener::checkDirectory(options.directory))
        return *error;
    // Lock before reading anything: another process may be halfway through a write.
    auto lock = DataDirLock::acquire(options.directory);
    if (!lock)
        return lock.error();
    const QString path = QDir(options.directory).filePath(QLatin1String(StoreOpener::DatabaseName));
    // What is on disk is judged before any key is asked for: a foreign or damaged database is
    // that, whatever the keys.
    if (auto error = StoreOpener::inspect(path, options.vfs, options.quickCheckOnOpen))
        return *error;
    const bool isNew = !StoreOpener::hasDatabase(path);
    if (isNew && lock.value()->earlierRunOpenedAStore())
        return StoreError{StoreError::Kind::Corrupt,
                          QStringLiteral("The data directory '%1' held a store in an earlier run, "
                                         "but warren.db is now missing or empty; restore "
                                         "warren.db from a backup. To start with an empty store "
                                         "on purpose, delete warren.lock as well.")
                              .arg(options.directory)};
    auto ring = keys->loadKeys(isNew);
    if (!ring)
        return ring.error();
    if (auto error = StoreOpener::verifyKeys(path, options.vfs, ring.value(), keys->describe()))
        return *error;
    if (isNew && !OwnerOnlyFiles::createPrivateFile(path))
        return StoreError{StoreError::Kind::Io,
                          QStringLiteral("Cannot create the database '%1'; check that the data "
                                         "directory is writable by the user running Warren.")
                              .arg(path)};
    QStringList tightened = OwnerOnlyFiles::restrict(options.directory);
    auto db = StoreOpener::openForWriting(path, options.vfs);
    if (!db)
        return db.error();

    std::unique_ptr<SqliteStore> store(
        new SqliteStore(std::move(options), std::move(keys), std::move(lock.value())));
    const StoreWriter::Limits limits{store->m_options.maxBatchOperations,
                                     store->m_options.maxBatchBytes, store->m_options.rotationSlice,
                                     store->m_options.minRetryDelay,
                                     store->m_options.maxRetryDelay};
    store->m_writer = std::make_unique<StoreWriter>(std::move(db.value()), std::move(ring.value()),
                                                    *store->m_queue, limits);
    if (auto error = store->m_writer->prepare())
        return *error;
    if (auto error = store->recoverQueues())
        return *error;
    store->m_writer->start();
    store->m_lock->recordStoreOpened();
    store->m_tightenedPermissions = std::move(tightened);
    return store;
}

std::optional<StoreError> SqliteStore::recoverQueues() {
    auto rows = m_writer->definitions().queueRows();
    if (!rows)
        return rows.error();
    for (const auto& row : rows.value()) {
        auto last = m_writer->messages().maxSeq(row.id);
        if (!last)
            return last.error();
        m_queues.insert(row.queue, {row.id, last.value()});
        m_nextQueueId = std::max(m_nextQueueId, row.id + 1);
    }
    return std::nullopt;
}

void SqliteStore::restoreQueues(const QHash<QueueRef, QueueState>& queues) {
    // The caller hears the delete failed, so the queues are still durable; unless declared
    // again meanwhile, they take up where they were.
    std::lock_guard lock(m_mutex);
    for (auto it = queues.begin(); it != queues.end(); ++it)
        if (!m_queues.contains(it.key()))
            m_queues.insert(it.key(), it.value());
}

void SqliteStore::close() {
    StoreWriter* writer = nullptr;
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        writer = m_writer.get();
    }
    m_queue->close();
    // On the writer thread itself (a completion without context) the writer cannot wait for
    // itself: it stops after this batch, and the destructor joins it.
    if (!writer || writer->isWriterThread())
        return;
    // Not under m_mutex: the writer may need it to finish (dropped operations).
    writer->join();
    std::unique_ptr<StoreWriter> finished;
    {
        std::lock_guard lock(m_mutex);
        finished = std::move(m_writer);
    }
    finished.reset(); // closing the last connection checkpoints the WAL into warren.db
    m_lock.reset();
}

// --- Submission ------------------------------------------------------------------------------

std::optional<StoreError> SqliteStore::refusal() const {
    if (m_closed)
        return StoreError{StoreError::Kind::Closed,
                          QStringLiteral("The store is closed; open it again to write.")};
    if (m_writer)
        return m_writer->fatalError();
    return std::nullopt;
}

std::optional<StoreError> SqliteStore::attach(StoreOperation& operation, Completion done) {
    return m_router.attach(operation, std::move(done));
}

std::optional<StoreError> SqliteStore::push(StoreOperation operation) {
    if (!m_queue->push(std::move(operation)))
        return StoreError{StoreError::Kind::Closed,
                          QStringLiteral("The store is closed; open it again to write.")};
    return std::nullopt;
}

StoreResult<qint64> SqliteStore::queueId(const QueueRef& queue) const {
    auto it = m_queues.constFind(queue);
    if (it == m_queues.constEnd())
        return notDurable(queue);
    return it->id;
}

std::optional<StoreError> SqliteStore::write(Run run, Completion done, qint64 bytes) {
    StoreOperation operation;
    operation.run = std::move(run);
    operation.bytes = bytes;
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return refused;
    if (auto error = attach(operation, std::move(done)))
        return error;
    return push(std::move(operation));
}

template <typename T>
StoreResult<T> SqliteStore::call(std::function<StoreResult<T>(StoreWriter&)> read) {
    auto result = std::make_shared<std::optional<StoreResult<T>>>();
    auto answer = std::make_shared<std::promise<void>>();
    std::future<void> answered = answer->get_future();
    StoreOperation operation;
    operation.kind = StoreOperation::Kind::Read;
    operation.run = [read = std::move(read), result](StoreWriter& writer) {
        *result = read(writer);
        return std::optional<StoreError>();
    };
    operation.done = [answer, result](const std::optional<StoreError>& error) {
        if (error)
            *result = *error;
        answer->set_value();
    };
    {
        std::lock_guard lock(m_mutex);
        if (auto refused = refusal())
            return *refused;
        if (m_writer && m_writer->isWriterThread())
            return invalid(QStringLiteral("A blocking store call was made on the store's writer "
                                          "thread, which would wait for itself; use a fetch call "
                                          "or a completion with a context."));
        if (auto error = push(std::move(operation)))
            return *error;
    }
    answered.wait();
    return std::move(**result);
}

template <typename T>
std::optional<StoreError> SqliteStore::fetch(std::function<StoreResult<T>(StoreWriter&)> read,
                                             QObject* context,
                                             std::function<void(StoreResult<T>)> callback) {
    if (!context || !callback)
        return invalid(QStringLiteral("A fetch needs a context object and a callback."));
    auto result = std::make_shared<std::optional<StoreResult<T>>>();
    StoreOperation operation;
    operation.kind = StoreOperation::Kind::Read;
    operation.run = [read = std::move(read), result](StoreWriter& writer) {
        *result = read(writer);
        return std::optional<StoreError>();
    };
    Completion done{
        context, [result, callback = std::move(callback)](const std::optional<StoreError>& error) {
            if (error)
                callback(*error);
            else
                callback(std::move(**result));
        }};
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return refused;
    if (auto error = attach(operation, std::move(done)))
        return error;
    return push(std::move(operation));
}

// --- Definitions -----------------------------------------------------------------------------

std::optional<StoreError> SqliteStore::putVhost(const StoredVhost& vhost, Completion done) {
    return write([vhost](StoreWriter& w) { return w.definitions().putVhost(vhost); },
                 std::move(done));
}

std::optional<StoreError> SqliteStore::deleteVhost(const QByteArray& name, Completion done) {
    StoreOperation operation;
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return refused;
    if (auto error = attach(operation, std::move(done)))
        return error;
    QHash<QueueRef, QueueState> removed;
    std::vector<qint64> transientOnly; // not in `queues`: purged by id
    for (auto it = m_queues.begin(); it != m_queues.end();) {
        if (it.key().vhost == name) {
            if (it->transientOnly)
                transientOnly.push_back(it->id);
            removed.insert(it.key(), it.value());
            it = m_queues.erase(it);
        } else {
            ++it;
        }
    }
    operation.run = [name, transientOnly](StoreWriter& w) -> std::optional<StoreError> {
        auto ids = w.definitions().queueIdsOfVhost(name);
        if (!ids)
            return ids.error();
        for (qint64 id : ids.value())
            if (auto error = w.messages().purge(id))
                return error;
        for (qint64 id : transientOnly)
            if (auto error = w.messages().purge(id))
                return error;
        return w.definitions().deleteVhost(name);
    };
    if (operation.done)
        operation.dropped = [this, removed] { restoreQueues(removed); };
    return push(std::move(operation));
}

std::optional<StoreError> SqliteStore::putUser(const StoredUser& user, Completion done) {
    for (const QString& tag : user.tags)
        if (tag.contains(QLatin1Char(',')))
            return invalid(QStringLiteral("User tag '%1' contains a comma, which tags cannot; "
                                          "split it into separate tags.")
                               .arg(tag));
    return write([user](StoreWriter& w) { return w.definitions().putUser(user); }, std::move(done));
}

std::optional<StoreError> SqliteStore::deleteUser(const QByteArray& name, Completion done) {
    return write([name](StoreWriter& w) { return w.definitions().deleteUser(name); },
                 std::move(done));
}

std::optional<StoreError> SqliteStore::putPermission(const StoredPermission& permission,
                                                     Completion done) {
    return write([permission](StoreWriter& w) { return w.definitions().putPermission(permission); },
                 std::move(done));
}

std::optional<StoreError> SqliteStore::deletePermission(const QByteArray& user,
                                                        const QByteArray& vhost, Completion done) {
    return write(
        [user, vhost](StoreWriter& w) { return w.definitions().deletePermission(user, vhost); },
        std::move(done));
}

std::optional<StoreError> SqliteStore::putTopicPermission(const StoredTopicPermission& permission,
                                                          Completion done) {
    return write(
        [permission](StoreWriter& w) { return w.definitions().putTopicPermission(permission); },
        std::move(done));
}

std::optional<StoreError> SqliteStore::deleteTopicPermission(const QByteArray& user,
                                                             const QByteArray& vhost,
                                                             const QByteArray& exchange,
                                                             Completion done) {
    return write(
        [user, vhost, exchange](StoreWriter& w) {
            return w.definitions().deleteTopicPermission(user, vhost, exchange);
        },
        std::move(done));
}

std::optional<StoreError> SqliteStore::putPolicy(const StoredPolicy& policy, Completion done) {
    return write([policy](StoreWriter& w) { return w.definitions().putPolicy(policy); },
                 std::move(done));
}

std::optional<StoreError> SqliteStore::deletePolicy(const QByteArray& vhost, const QByteArray& name,
                                                    Completion done) {
    return write(
        [vhost, name](StoreWriter& w) { return w.definitions().deletePolicy(vhost, name); },
        std::move(done));
}

std::optional<StoreError> SqliteStore::putExchange(const StoredExchange& exchange,
                                                   Completion done) {
    return write([exchange](StoreWriter& w) { return w.definitions().putExchange(exchange); },
                 std::move(done));
}

std::optional<StoreError> SqliteStore::deleteExchange(const QByteArray& vhost,
                                                      const QByteArray& name, Completion done) {
    return write(
        [vhost, name](StoreWriter& w) { return w.definitions().deleteExchange(vhost, name); },
        std::move(done));
}

std::optional<StoreError> SqliteStore::putQueue(const StoredQueue& queue, Completion done) {
    const QueueRef ref{queue.vhost, queue.name};
    StoreOperation operation;
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return refused;
    if (auto error = attach(operation, std::move(done)))
        return error;
    auto it = m_queues.find(ref);
    // A queue known only for paging (a non-durable one of the same name, whose deletion has
    // not been reported) is not this one: its records go, and the durable queue starts afresh.
    qint64 replaced = 0;
    if (it != m_queues.end() && it->transientOnly) {
        replaced = it->id;
        m_queues.erase(it);
        it = m_queues.end();
    }
    const bool isNew = it == m_queues.end();
    if (isNew)
        it = m_queues.insert(ref, {m_nextQueueId++, 0});
    const qint64 id = it->id;
    operation.run = [id, queue, replaced](StoreWriter& w) -> std::optional<StoreError> {
        if (replaced != 0)
            if (auto error = w.messages().purge(replaced))
                return error;
        return w.definitions().putQueue(id, queue);
    };
    if (isNew && operation.done)
        // The caller hears the declare failed; forget the queue so that its messages are
        // refused instead of stored under a queue that does not exist.
        operation.dropped = [this, ref, id] {
            std::lock_guard relock(m_mutex);
            auto found = m_queues.find(ref);
            if (found != m_queues.end() && found->id == id)
                m_queues.erase(found);
        };
    return push(std::move(operation));
}

std::optional<StoreError> SqliteStore::deleteQueue(const QueueRef& queue, Completion done) {
    StoreOperation operation;
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return refused;
    if (auto error = attach(operation, std::move(done)))
        return error;
    // Deleting a queue the store does not have is not an error: deletes are idempotent, and
    // bindings to it by name still go.
    const auto state = m_queues.take(queue);
    operation.run = [state, queue](StoreWriter& w) -> std::optional<StoreError> {
        if (auto error = w.messages().purge(state.id))
            return error;
        if (state.transientOnly)
            return std::nullopt; // it has no definition here
        return w.definitions().deleteQueue(state.id, queue);
    };
    if (operation.done && state.id != 0)
        operation.dropped = [this, queue, state] { restoreQueues({{queue, state}}); };
    return push(std::move(operation));
}

std::optional<StoreError> SqliteStore::putBinding(const StoredBinding& binding, Completion done) {
    return write([binding](StoreWriter& w) { return w.definitions().putBinding(binding); },
                 std::move(done));
}

std::optional<StoreError> SqliteStore::deleteBinding(const StoredBinding& binding,
                                                     Completion done) {
    return write([binding](StoreWriter& w) { return w.definitions().deleteBinding(binding); },
                 std::move(done));
}

StoreResult<Definitions> SqliteStore::loadDefinitions() {
    return call<Definitions>([](StoreWriter& w) { return w.definitions().load(); });
}

// --- Messages --------------------------------------------------------------------------------

qint64 SqliteStore::messageBytes(const MessageRecord& message) const {
    return message.body.size() + message.properties.size() + message.exchange.size() +
           message.routingKey.size();
}

StoreResult<std::vector<quint64>> SqliteStore::enqueue(const MessageRecord& message,
                                                       const std::vector<QueueRef>& queues,
                                                       Completion done) {
    if (queues.empty())
        return invalid(QStringLiteral("A message was enqueued to no queue; name at least one."));
    const qint64 bytes = messageBytes(message);
    if (bytes > m_options.maxMessageBytes)
        return invalid(QStringLiteral("A message of %1 bytes exceeds the store's limit of %2 "
                                      "bytes; refuse it or raise the limit.")
                           .arg(bytes)
                           .arg(m_options.maxMessageBytes));
    StoreOperation operation;
    operation.bytes = bytes;
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return *refused;
    std::vector<QueueState*> states;
    states.reserve(queues.size());
    for (const QueueRef& queue : queues) {
        auto it = m_queues.find(queue);
        if (it == m_queues.end())
            return notDurable(queue);
        if (std::find(states.begin(), states.end(), &*it) != states.end())
            return invalid(QStringLiteral("Queue '%1' was named twice for one message; name each "
                                          "queue once.")
                               .arg(QString::fromUtf8(queue.name)));
        states.push_back(&*it);
    }
    if (auto error = attach(operation, std::move(done)))
        return *error;
    std::vector<quint64> seqs;
    std::vector<MessageTable::Placement> placements;
    seqs.reserve(states.size());
    placements.reserve(states.size());
    for (QueueState* state : states) {
        seqs.push_back(++state->lastSeq);
        placements.push_back({state->id, state->lastSeq});
    }
    operation.run = [message, placements = std::move(placements)](StoreWriter& w) {
        return w.messages().insert(w.allocateMessageId(), message, placements);
    };
    if (auto error = push(std::move(operation)))
        return *error;
    return seqs;
}

StoreResult<quint64> SqliteStore::enqueueTransient(const MessageRecord& message,
                                                   const QueueRef& queue) {
    const qint64 bytes = messageBytes(message);
    if (bytes > m_options.maxMessageBytes)
        return invalid(QStringLiteral("A message of %1 bytes exceeds the store's limit of %2 "
                                      "bytes; keep it in memory.")
                           .arg(bytes)
                           .arg(m_options.maxMessageBytes));
    StoreOperation operation;
    operation.bytes = bytes;
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return *refused;
    auto it = m_queues.find(queue);
    if (it == m_queues.end())
        it = m_queues.insert(queue, {m_nextQueueId++, 0, true});
    const MessageTable::Placement placement{it->id, ++it->lastSeq};
    operation.run = [message, placement](StoreWriter& w) {
        return w.messages().insert(w.allocateMessageId(), message, {placement},
                                   MessageTable::Transient);
    };
    if (auto error = push(std::move(operation)))
        return *error;
    return placement.seq;
}

std::optional<StoreError> SqliteStore::writeToQueue(const QueueRef& queue,
                                                    const std::vector<quint64>& seqs,
                                                    std::optional<MessageTable::State> state,
                                                    Completion done) {
    StoreOperation operation;
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return refused;
    auto id = queueId(queue);
    if (!id)
        return id.error();
    if (auto error = attach(operation, std::move(done)))
        return error;
    operation.run = [id = id.value(), seqs, state](StoreWriter& w) -> std::optional<StoreError> {
        for (quint64 seq : seqs) {
            auto error =
                state ? w.messages().setState(id, seq, *state) : w.messages().remove(id, seq);
            if (error)
                return error;
        }
        return std::nullopt;
    };
    return push(std::move(operation));
}

std::optional<StoreError> SqliteStore::ack(const QueueRef& queue, const std::vector<quint64>& seqs,
                                           Completion done) {
    return writeToQueue(queue, seqs, std::nullopt, std::move(done));
}

std::optional<StoreError> SqliteStore::markDelivered(const QueueRef& queue,
                                                     const std::vector<quint64>& seqs,
                                                     Completion done) {
    return writeToQueue(queue, seqs, MessageTable::Unacked, std::move(done));
}

std::optional<StoreError> SqliteStore::markRequeued(const QueueRef& queue,
                                                    const std::vector<quint64>& seqs,
                                                    Completion done) {
    return writeToQueue(queue, seqs, MessageTable::Requeued, std::move(done));
}

std::optional<StoreError> SqliteStore::purgeQueue(const QueueRef& queue, Completion done) {
    StoreOperation operation;
    std::lock_guard lock(m_mutex);
    if (auto refused = refusal())
        return refused;
    auto id = queueId(queue);
    if (!id)
        return id.error();
    if (auto error = attach(operation, std::move(done)))
        return error;
    operation.run = [id = id.value()](StoreWriter& w) { return w.messages().purge(id); };
    return push(std::move(operation));
}

StoreResult<std::vector<StoredMessage>> SqliteStore::loadMessages(const QueueRef& queue,
                                                                  quint64 afterSeq, int limit) {
    StoreResult<qint64> id = [&] {
        std::lock_guard lock(m_mutex);
        return queueId(queue);
    }();
    if (!id)
        return id.error();
    if (limit <= 0)
        return invalid(QStringLiteral("A page of messages needs a positive limit."));
    return call<std::vector<StoredMessage>>(
        [id = id.value(), queue, afterSeq, limit](StoreWriter& w) {
            return w.messages().load(id, queue, afterSeq, limit);
        });
}

std::optional<StoreError>
SqliteStore::fetchMessages(const QueueRef& queue, quint64 afterSeq, int limit, QObject* context,
                           std::function<void(StoreResult<std::vector<StoredMessage>>)> callback) {
    StoreResult<qint64> id = [&] {
        std::lock_guard lock(m_mutex);
        return queueId(queue);
    }();
    if (!id)
        return id.error();
    if (limit <= 0)
        return invalid(QStringLiteral("A page of messages needs a positive limit."));
    return fetch<std::vector<StoredMessage>>(
        [id = id.value(), queue, afterSeq, limit](StoreWriter& w) {
            return w.messages().load(id, queue, afterSeq, limit);
        },
        context, std::move(callback));
}

StoreResult<quint64> SqliteStore::messageCount(const QueueRef& queue) {
    StoreResult<qint64> id = [&] {
        std::lock_guard lock(m_mutex);
        return queueId(queue);
    }();
    if (!id)
        return id.error();
    return call<quint64>([id = id.value()](StoreWriter& w) { return w.messages().count(id); });
}

// --- Key/value area --------------------------------------------------------------------------

std::optional<StoreError> SqliteStore::putValue(const QByteArray& nameSpace, const QByteArray& key,
                                                const QByteArray& value, Completion done) {
    if (value.size() > m_options.maxMessageBytes)
        return invalid(QStringLiteral("A value of %1 bytes exceeds the store's limit of %2 "
                                      "bytes; store less.")
                           .arg(value.size())
                           .arg(m_options.maxMessageBytes));
    return write(
        [nameSpace, key, value](StoreWriter& w) { return w.values().put(nameSpace, key, value); },
        std::move(done), value.size());
}

std::optional<StoreError> SqliteStore::removeValue(const QByteArray& nameSpace,
                                                   const QByteArray& key, Completion done) {
    return write([nameSpace, key](StoreWriter& w) { return w.values().remove(nameSpace, key); },
                 std::move(done));
}

std::optional<StoreError> SqliteStore::removeNamespace(const QByteArray& nameSpace,
                                                       Completion done) {
    return write([nameSpace](StoreWriter& w) { return w.values().removeAll(nameSpace); },
                 std::move(done));
}

StoreResult<std::optional<QByteArray>> SqliteStore::loadValue(const QByteArray& nameSpace,
                                                              const QByteArray& key) {
    return call<std::optional<QByteArray>>(
        [nameSpace, key](StoreWriter& w) { return w.values().get(nameSpace, key); });
}

StoreResult<std::vector<std::pair<QByteArray, QByteArray>>>
SqliteStore::loadValues(const QByteArray& nameSpace) {
    return call<std::vector<std::pair<QByteArray, QByteArray>>>(
        [nameSpace](StoreWriter& w) { return w.values().list(nameSpace); });
}

// --- Control ---------------------------------------------------------------------------------

std::optional<StoreError> SqliteStore::flush(Completion done) {
    return write([](StoreWriter&) { return std::optional<StoreError>(); }, std::move(done));
}

std::optional<StoreError> SqliteStore::rotateKeys(Completion done) {
    auto ring = m_keys->loadKeys(false);
    if (!ring)
        return ring.error();
    return write([ring = std::move(ring.value()),
                  name = m_keys->describe()](StoreWriter& w) { return w.useKeys(ring, name); },
                 std::move(done));
}

StoreStatistics SqliteStore::statistics() const {
    StoreStatistics statistics;
    std::lock_guard lock(m_mutex);
    if (m_writer)
        statistics = m_writer->statistics();
    statistics.pendingOperations = m_queue->size();
    return statistics;
}

qint64 SqliteStore::pendingBytes() const {
    return m_queue->pendingBytes(); // m_queue lives as long as the store: no lock needed
}

StoreResult<EncryptionStatus> SqliteStore::encryptionStatus() {
    return call<EncryptionStatus>([](StoreWriter& w) { return w.encryptionStatus(); });
}

} // namespace warren::store
