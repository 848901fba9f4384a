#pragma once

#include "store/definitions.h"
#include "store/queue_ref.h"
#include "store/sqlite_connection.h"

#include <optional>

namespace warren::store {

// Reads and writes the durable topology and access control. Writes are idempotent (a put
// replaces, a delete of something absent does nothing), so a retried batch cannot fail on them.
// Queue rows carry the id the store assigned at submission; deleting one also deletes its
// messages, through MessageTable.
class DefinitionsTable {
public:
    explicit DefinitionsTable(SqliteConnection& db);

    std::optional<StoreError> putVhost(const StoredVhost& vhost);
    // Deletes the vhost's exchanges, queues, bindings, (topic) permissions and policies; the
    // caller purges the queues' messages first.
    std::optional<StoreError> deleteVhost(const QByteArray& name);
    std::optional<StoreError> putUser(const StoredUser& user);
    std::optional<StoreError> deleteUser(const QByteArray& name);
    std::optional<StoreError> putPermission(const StoredPermission& permission);
    std::optional<StoreError> deletePermission(const QByteArray& user, const QByteArray& vhost);
    std::optional<StoreError> putTopicPermission(const StoredTopicPermission& permission);
    std::optional<StoreError> deleteTopicPermission(const QByteArray& user, const QByteArray& vhost,
                                                    const QByteArray& exchange);
    std::optional<StoreError> putPolicy(const StoredPolicy& policy);
    std::optional<StoreError> deletePolicy(const QByteArray& vhost, const QByteArray& name);
    std::optional<StoreError> putExchange(const StoredExchange& exchange);
    // Also deletes the bindings from and to it.
    std::optional<StoreError> deleteExchange(const QByteArray& vhost, const QByteArray& name);
    std::optional<StoreError> putQueue(qint64 id, const StoredQueue& queue);
    // Deletes the queue row and the bindings to it; not its messages.
    std::optional<StoreError> deleteQueue(qint64 id, const QueueRef& queue);
    std::optional<StoreError> putBinding(const StoredBinding& binding);
    std::optional<StoreError> deleteBinding(const StoredBinding& binding);

    struct QueueRow {
        qint64 id = 0;
        QueueRef queue;
    };

    StoreResult<Definitions> load();
    StoreResult<std::vector<QueueRow>> queueRows();
    StoreResult<std::vector<qint64>> queueIdsOfVhost(const QByteArray& vhost);

private:
    std::optional<StoreError> check(int rc, const char* doing) const;

    SqliteConnection& m_db;
};

} // namespace warren::store
