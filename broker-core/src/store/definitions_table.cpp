#include "store/definitions_table.h"

#include <sqlite3.h>

namespace warren::store {

DefinitionsTable::DefinitionsTable(SqliteConnection& db)
    : m_db(db) {}

std::optional<StoreError> DefinitionsTable::check(int rc, const char* doing) const {
    if (rc == SQLITE_OK || rc == SQLITE_DONE)
        return std::nullopt;
    return m_db.error(rc, QLatin1String(doing));
}

std::optional<StoreError> DefinitionsTable::putVhost(const StoredVhost& vhost) {
    return check(m_db.query("INSERT OR REPLACE INTO vhosts (name, metadata) VALUES (?1, ?2)")
                     .bind(1, vhost.name)
                     .bind(2, vhost.metadata)
                     .run(),
                 "storing a vhost");
}

std::optional<StoreError> DefinitionsTable::deleteVhost(const QByteArray& name) {
    static constexpr const char* Statements[] = {
        "DELETE FROM bindings WHERE vhost = ?1",
        "DELETE FROM exchanges WHERE vhost = ?1",
        "DELETE FROM queues WHERE vhost = ?1",
        "DELETE FROM permissions WHERE vhost = ?1",
        "DELETE FROM topic_permissions WHERE vhost = ?1",
        "DELETE FROM policies WHERE vhost = ?1",
        "DELETE FROM vhosts WHERE name = ?1",
    };
    for (const char* sql : Statements)
        if (auto failed = check(m_db.query(sql).bind(1, name).run(), "deleting a vhost"))
            return failed;
    return std::nullopt;
}

std::optional<StoreError> DefinitionsTable::putUser(const StoredUser& user) {
    // Tags are RabbitMQ's comma-separated list, and cannot contain commas themselves.
    return check(m_db.query("INSERT OR REPLACE INTO users (name, password_hash, tags) "
                            "VALUES (?1, ?2, ?3)")
                     .bind(1, user.name)
                     .bind(2, user.passwordHash)
                     .bindText(3, user.tags.join(QLatin1Char(',')))
                     .run(),
                 "storing a user");
}

std::optional<StoreError> DefinitionsTable::deleteUser(const QByteArray& name) {
    static constexpr const char* Statements[] = {
        "DELETE FROM permissions WHERE user = ?1",
        "DELETE FROM topic_permissions WHERE user = ?1",
        "DELETE FROM users WHERE name = ?1",
    };
    for (const char* sql : Statements)
        if (auto failed = check(m_db.query(sql).bind(1, name).run(), "deleting a user"))
            return failed;
    return std::nullopt;
}

std::optional<StoreError> DefinitionsTable::putPermission(const StoredPermission& permission) {
    return check(m_db.query("INSERT OR REPLACE INTO permissions "
                            "(user, vhost, configure, write, read) VALUES (?1, ?2, ?3, ?4, ?5)")
                     .bind(1, permission.user)
                     .bind(2, permission.vhost)
                     .bindText(3, permission.configure)
                     .bindText(4, permission.write)
                     .bindText(5, permission.read)
                     .run(),
                 "storing a permission");
}

std::optional<StoreError> DefinitionsTable::deletePermission(const QByteArray& user,
                                                             const QByteArray& vhost) {
    return check(m_db.query("DELETE FROM permissions WHERE user = ?1 AND vhost = ?2")
                     .bind(1, user)
                     .bind(2, vhost)
                     .run(),
                 "deleting a permission");
}

std::optional<StoreError>
DefinitionsTable::putTopicPermission(const StoredTopicPermission& permission) {
    return check(m_db.query("INSERT OR REPLACE INTO topic_permissions "
                            "(user, vhost, exchange, write, read) VALUES (?1, ?2, ?3, ?4, ?5)")
                     .bind(1, permission.user)
                     .bind(2, permission.vhost)
                     .bind(3, permission.exchange)
                     .bindText(4, permission.write)
                     .bindText(5, permission.read)
                     .run(),
                 "storing a topic permission");
}

std::optional<StoreError> DefinitionsTable::deleteTopicPermission(const QByteArray& user,
                                                                  const QByteArray& vhost,
                                                                  const QByteArray& exchange) {
    return check(m_db.query("DELETE FROM topic_permissions WHERE user = ?1 AND vhost = ?2 AND "
                            "exchange = ?3")
                     .bind(1, user)
                     .bind(2, vhost)
                     .bind(3, exchange)
                     .run(),
                 "deleting a topic permission");
}

std::optional<StoreError> DefinitionsTable::putPolicy(const StoredPolicy& policy) {
    return check(
        m_db.query("INSERT OR REPLACE INTO policies (vhost, name, body) VALUES (?1, ?2, ?3)")
            .bind(1, policy.vhost)
            .bind(2, policy.name)
            .bind(3, policy.body)
            .run(),
        "storing a policy");
}

std::optional<StoreError> DefinitionsTable::deletePolicy(const QByteArray& vhost,
                                                         const QByteArray& name) {
    return check(m_db.query("DELETE FROM policies WHERE vhost = ?1 AND name = ?2")
                     .bind(1, vhost)
                     .bind(2, name)
                     .run(),
                 "deleting a policy");
}

std::optional<StoreError> DefinitionsTable::putExchange(const StoredExchange& exchange) {
    return check(m_db.query("INSERT OR REPLACE INTO exchanges "
                            "(vhost, name, type, auto_delete, internal, arguments) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                     .bind(1, exchange.vhost)
                     .bind(2, exchange.name)
                     .bind(3, exchange.type)
                     .bind(4, exchange.autoDelete)
                     .bind(5, exchange.internal)
                     .bind(6, exchange.arguments)
                     .run(),
                 "storing an exchange");
}

std::optional<StoreError> DefinitionsTable::deleteExchange(const QByteArray& vhost,
                                                           const QByteArray& name) {
    static constexpr const char* Statements[] = {
        "DELETE FROM bindings WHERE vhost = ?1 AND source = ?2",
        "DELETE FROM bindings WHERE vhost = ?1 AND destination_kind = 1 AND destination = ?2",
        "DELETE FROM exchanges WHERE vhost = ?1 AND name = ?2",
    };
    for (const char* sql : Statements)
        if (auto failed =
                check(m_db.query(sql).bind(1, vhost).bind(2, name).run(), "deleting an exchange"))
            return failed;
    return std::nullopt;
}

std::optional<StoreError> DefinitionsTable::putQueue(qint64 id, const StoredQueue& queue) {
    // An upsert keyed by name keeps the id of a queue that is declared again.
    return check(m_db.query("INSERT INTO queues (id, vhost, name, auto_delete, arguments) "
                            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (vhost, name) DO UPDATE "
                            "SET auto_delete = excluded.auto_delete, "
                            "arguments = excluded.arguments")
                     .bind(1, id)
                     .bind(2, queue.vhost)
                     .bind(3, queue.name)
                     .bind(4, queue.autoDelete)
                     .bind(5, queue.arguments)
                     .run(),
                 "storing a queue");
}

std::optional<StoreError> DefinitionsTable::deleteQueue(qint64 id, const QueueRef& queue) {
    if (auto failed = check(m_db.query("DELETE FROM bindings WHERE vhost = ?1 AND "
                                       "destination_kind = 0 AND destination = ?2")
                                .bind(1, queue.vhost)
                                .bind(2, queue.name)
                                .run(),
                            "deleting a queue"))
        return failed;
    return check(m_db.query("DELETE FROM queues WHERE id = ?1").bind(1, id).run(),
                 "deleting a queue");
}

std::optional<StoreError> DefinitionsTable::putBinding(const StoredBinding& binding) {
    return check(m_db.query("INSERT OR IGNORE INTO bindings (vhost, source, destination_kind, "
                            "destination, routing_key, arguments) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                     .bind(1, binding.vhost)
                     .bind(2, binding.source)
                     .bind(3, qint64(binding.destinationKind))
                     .bind(4, binding.destination)
                     .bind(5, binding.routingKey)
                     .bind(6, binding.arguments)
                     .run(),
                 "storing a binding");
}

std::optional<StoreError> DefinitionsTable::deleteBinding(const StoredBinding& binding) {
    return check(m_db.query("DELETE FROM bindings WHERE vhost = ?1 AND source = ?2 AND "
                            "destination_kind = ?3 AND destination = ?4 AND routing_key = ?5 "
                            "AND arguments = ?6")
                     .bind(1, binding.vhost)
                     .bind(2, binding.source)
                     .bind(3, qint64(binding.destinationKind))
                     .bind(4, binding.destination)
                     .bind(5, binding.routingKey)
                     .bind(6, binding.arguments)
                     .run(),
                 "deleting a binding");
}

StoreResult<Definitions> DefinitionsTable::load() {
    Definitions out;
    const auto failed = [this](int rc) {
        return m_db.error(rc, QStringLiteral("loading definitions"));
    };
    int rc;
    {
        auto rows = m_db.query("SELECT name, metadata FROM vhosts ORDER BY name");
        while ((rc = rows.step()) == SQLITE_ROW)
            out.vhosts.push_back({rows.blob(0), rows.blob(1)});
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    {
        auto rows = m_db.query("SELECT name, password_hash, tags FROM users ORDER BY name");
        while ((rc = rows.step()) == SQLITE_ROW)
            out.users.push_back({rows.blob(0), rows.blob(1),
                                 rows.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts)});
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    {
        auto rows = m_db.query("SELECT user, vhost, configure, write, read FROM permissions "
                               "ORDER BY user, vhost");
        while ((rc = rows.step()) == SQLITE_ROW)
            out.permissions.push_back(
                {rows.blob(0), rows.blob(1), rows.text(2), rows.text(3), rows.text(4)});
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    {
        auto rows = m_db.query("SELECT user, vhost, exchange, write, read FROM topic_permissions "
                               "ORDER BY user, vhost, exchange");
        while ((rc = rows.step()) == SQLITE_ROW)
            out.topicPermissions.push_back(
                {rows.blob(0), rows.blob(1), rows.blob(2), rows.text(3), rows.text(4)});
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    {
        auto rows = m_db.query("SELECT vhost, name, body FROM policies ORDER BY vhost, name");
        while ((rc = rows.step()) == SQLITE_ROW)
            out.policies.push_back({rows.blob(0), rows.blob(1), rows.blob(2)});
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    {
        auto rows = m_db.query("SELECT vhost, name, type, auto_delete, internal, arguments "
                               "FROM exchanges ORDER BY vhost, name");
        while ((rc = rows.step()) == SQLITE_ROW)
            out.exchanges.push_back({rows.blob(0), rows.blob(1), rows.blob(2), rows.int64(3) != 0,
                                     rows.int64(4) != 0, rows.blob(5)});
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    {
        auto rows = m_db.query(
            "SELECT vhost, name, auto_delete, arguments FROM queues ORDER BY vhost, name");
        while ((rc = rows.step()) == SQLITE_ROW)
            out.queues.push_back({rows.blob(0), rows.blob(1), rows.int64(2) != 0, rows.blob(3)});
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    {
        auto rows = m_db.query("SELECT vhost, source, destination_kind, destination, routing_key, "
                               "arguments FROM bindings ORDER BY vhost, source, destination_kind, "
                               "destination, routing_key, arguments");
        while ((rc = rows.step()) == SQLITE_ROW)
            out.bindings.push_back({rows.blob(0), rows.blob(1),
                                    rows.int64(2) == 0 ? StoredBinding::Destination::Queue
                                                       : StoredBinding::Destination::Exchange,
                                    rows.blob(3), rows.blob(4), rows.blob(5)});
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    return out;
}

StoreResult<std::vector<DefinitionsTable::QueueRow>> DefinitionsTable::queueRows() {
    std::vector<QueueRow> out;
    auto rows = m_db.query("SELECT id, vhost, name FROM queues");
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW)
        out.push_back({rows.int64(0), {rows.blob(1), rows.blob(2)}});
    if (rc != SQLITE_DONE)
        return m_db.error(rc, QStringLiteral("listing queues"));
    return out;
}

StoreResult<std::vector<qint64>> DefinitionsTable::queueIdsOfVhost(const QByteArray& vhost) {
    std::vector<qint64> ids;
    auto rows = m_db.query("SELECT id FROM queues WHERE vhost = ?1");
    rows.bind(1, vhost);
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW)
        ids.push_back(rows.int64(0));
    if (rc != SQLITE_DONE)
        return m_db.error(rc, QStringLiteral("listing the queues of a vhost"));
    return ids;
}

} // namespace warren::store
