#include "store/message_table.h"

#include "store/message_payload.h"

#include <sqlite3.h>

namespace warren::store {

namespace {
StoreError sealFailed() {
    return {StoreError::Kind::Internal,
            QStringLiteral("Could not encrypt a message (OpenSSL failed); check the OpenSSL "
                           "installation.")};
}
} // namespace

MessageTable::MessageTable(SqliteConnection& db, RecordSealer& sealer)
    : m_db(db)
    , m_sealer(sealer) {}

std::optional<StoreError> MessageTable::check(int rc, const char* doing) const {
    if (rc == SQLITE_OK || rc == SQLITE_DONE)
        return std::nullopt;
    return m_db.error(rc, QLatin1String(doing));
}

std::optional<StoreError> MessageTable::insert(qint64 messageId, const MessageRecord& record,
                                               const std::vector<Placement>& placements,
                                               State state) {
    const auto sealed =
        m_sealer.seal(MessagePayload::encode(record), RecordSealer::messageIdentity(messageId));
    if (!sealed)
        return sealFailed();
    int rc = m_db.query("INSERT INTO messages (id, refs, key_id, payload, body_size, priority, "
                        "expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                 .bind(1, messageId)
                 .bind(2, qint64(placements.size()))
                 .bind(3, qint64(sealed->keyId))
                 .bind(4, sealed->blob)
                 .bind(5, qint64(record.body.size()))
                 .bind(6, qint64(record.priority))
                 .bind(7, record.expiresAtMs)
                 .run();
    if (auto failed = check(rc, "storing a message"))
        return failed;
    for (const Placement& placement : placements) {
        rc = m_db.query("INSERT INTO queue_messages (queue_id, seq, message_id, state) "
                        "VALUES (?1, ?2, ?3, ?4)")
                 .bind(1, placement.queueId)
                 .bind(2, qint64(placement.seq))
                 .bind(3, messageId)
                 .bind(4, qint64(state))
                 .run();
        if (auto failed = check(rc, "storing a message"))
            return failed;
    }
    return std::nullopt;
}

std::optional<StoreError> MessageTable::remove(qint64 queueId, quint64 seq) {
    qint64 messageId = 0;
    {
        auto removed = m_db.query(
            "DELETE FROM queue_messages WHERE queue_id = ?1 AND seq = ?2 RETURNING message_id");
        const int rc = removed.bind(1, queueId).bind(2, qint64(seq)).step();
        if (rc == SQLITE_DONE)
            return std::nullopt;
        if (rc != SQLITE_ROW)
            return check(rc, "deleting an acked message");
        messageId = removed.int64(0);
    }
    return release(messageId);
}

std::optional<StoreError> MessageTable::release(qint64 messageId) {
    // The common case, a message in one queue, costs one statement.
    int rc =
        m_db.query("DELETE FROM messages WHERE id = ?1 AND refs <= 1").bind(1, messageId).run();
    if (rc != SQLITE_OK || m_db.changes() > 0)
        return check(rc, "deleting an acked message");
    rc = m_db.query("UPDATE messages SET refs = refs - 1 WHERE id = ?1").bind(1, messageId).run();
    return check(rc, "deleting an acked message");
}

std::optional<StoreError> MessageTable::setState(qint64 queueId, quint64 seq, State state) {
    // A transient record stays one: its state is what keeps it from a later run.
    return check(m_db.query("UPDATE queue_messages SET state = ?3 WHERE queue_id = ?1 AND seq = ?2 "
                            "AND state != 3")
                     .bind(1, queueId)
                     .bind(2, qint64(seq))
                     .bind(3, qint64(state))
                     .run(),
                 "recording a delivery");
}

std::optional<StoreError> MessageTable::purge(qint64 queueId) {
    // Set-wise rather than one release() per message: purging a large queue stays one pass.
    static constexpr const char* Statements[] = {
        "DELETE FROM messages WHERE refs <= 1 AND id IN "
        "(SELECT message_id FROM queue_messages WHERE queue_id = ?1)",
        "UPDATE messages SET refs = refs - 1 WHERE id IN "
        "(SELECT message_id FROM queue_messages WHERE queue_id = ?1)",
        "DELETE FROM queue_messages WHERE queue_id = ?1",
    };
    for (const char* sql : Statements)
        if (auto failed = check(m_db.query(sql).bind(1, queueId).run(), "purging a queue"))
            return failed;
    return std::nullopt;
}

StoreResult<quint64> MessageTable::discardTransient() {
    // Both statements use the partial index on state 3 (schema version 5); a transient message
    // is placed in one queue only, so its message row goes with its placement.
    int rc = m_db.query("DELETE FROM messages WHERE id IN "
                        "(SELECT message_id FROM queue_messages WHERE state = 3)")
                 .run();
    if (auto failed = check(rc, "discarding transient messages"))
        return *failed;
    const quint64 discarded = quint64(m_db.changes());
    rc = m_db.query("DELETE FROM queue_messages WHERE state = 3").run();
    if (auto failed = check(rc, "discarding transient messages"))
        return *failed;
    return discarded;
}

StoreResult<std::vector<StoredMessage>> MessageTable::load(qint64 queueId, const QueueRef& queue,
                                                           quint64 afterSeq, int limit) {
    std::vector<StoredMessage> out;
    auto rows =
        m_db.query("SELECT q.seq, q.state, m.id, m.key_id, m.payload, m.priority, m.expires_at "
                   "FROM queue_messages q JOIN messages m ON m.id = q.message_id "
                   "WHERE q.queue_id = ?1 AND q.seq > ?2 ORDER BY q.seq LIMIT ?3");
    rows.bind(1, queueId).bind(2, qint64(afterSeq)).bind(3, qint64(limit));
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const qint64 messageId = rows.int64(2);
        const auto plain = m_sealer.open(quint32(rows.int64(3)), rows.blob(4),
                                         RecordSealer::messageIdentity(messageId));
        auto record = plain ? MessagePayload::decode(*plain) : std::nullopt;
        if (!record)
            return StoreError{
                StoreError::Kind::Tampered,
                QStringLiteral("Message %1 of queue '%2' in vhost '%3' in '%4' failed "
                               "authentication when decrypted, so it was altered or moved; "
                               "restore the database from a backup and check who can write it.")
                    .arg(rows.int64(0))
                    .arg(QString::fromUtf8(queue.name), QString::fromUtf8(queue.vhost),
                         m_db.path())};
        record->priority = quint8(rows.int64(5));
        record->expiresAtMs = rows.int64(6);
        const qint64 state = rows.int64(1);
        out.push_back(
            {quint64(rows.int64(0)), state == Unacked || state == Requeued, std::move(*record)});
    }
    if (rc != SQLITE_DONE)
        return m_db.error(rc, QStringLiteral("loading messages"));
    return out;
}

StoreResult<quint64> MessageTable::count(qint64 queueId) {
    auto row = m_db.query("SELECT count(*) FROM queue_messages WHERE queue_id = ?1");
    const int rc = row.bind(1, queueId).step();
    if (rc != SQLITE_ROW)
        return m_db.error(rc, QStringLiteral("counting messages"));
    return quint64(row.int64(0));
}

StoreResult<quint64> MessageTable::maxSeq(qint64 queueId) {
    auto row = m_db.query("SELECT max(seq) FROM queue_messages WHERE queue_id = ?1");
    const int rc = row.bind(1, queueId).step();
    if (rc != SQLITE_ROW)
        return m_db.error(rc, QStringLiteral("reading queue positions"));
    return quint64(row.int64(0));
}

StoreResult<qint64> MessageTable::maxMessageId() {
    auto row = m_db.query("SELECT max(id) FROM messages");
    const int rc = row.step();
    if (rc != SQLITE_ROW)
        return m_db.error(rc, QStringLiteral("reading message ids"));
    return row.int64(0);
}

StoreResult<std::vector<qint64>> MessageTable::placedQueueIds() {
    std::vector<qint64> ids;
    qint64 after = -1;
    for (;;) {
        auto row = m_db.query("SELECT queue_id FROM queue_messages WHERE queue_id > ?1 "
                              "ORDER BY queue_id LIMIT 1");
        const int rc = row.bind(1, after).step();
        if (rc == SQLITE_DONE)
            return ids;
        if (rc != SQLITE_ROW)
            return m_db.error(rc, QStringLiteral("listing queues with messages"));
        after = row.int64(0);
        ids.push_back(after);
    }
}

StoreResult<qint64> MessageTable::reseal(qint64 afterId, int limit, quint64* resealed,
                                         quint64* unreadable) {
    struct Row {
        qint64 id;
        QByteArray plain;
    };
    std::vector<Row> rows;
    qint64 last = -1;
    {
        auto select = m_db.query(
            "SELECT id, key_id, payload FROM messages WHERE id > ?1 ORDER BY id LIMIT ?2");
        select.bind(1, afterId).bind(2, qint64(limit));
        int rc;
        while ((rc = select.step()) == SQLITE_ROW) {
            last = select.int64(0);
            const auto keyId = quint32(select.int64(1));
            if (keyId == m_sealer.keys().currentId())
                continue;
            // A record that does not open is left as it is: load() reports it where it matters.
            if (auto plain =
                    m_sealer.open(keyId, select.blob(2), RecordSealer::messageIdentity(last)))
                rows.push_back({last, std::move(*plain)});
            else
                ++*unreadable;
        }
        if (rc != SQLITE_DONE)
            return m_db.error(rc, QStringLiteral("re-encrypting messages"));
    }
    for (const Row& row : rows) {
        const auto sealed = m_sealer.seal(row.plain, RecordSealer::messageIdentity(row.id));
        if (!sealed)
            return sealFailed();
        const int rc = m_db.query("UPDATE messages SET key_id = ?2, payload = ?3 WHERE id = ?1")
                           .bind(1, row.id)
                           .bind(2, qint64(sealed->keyId))
                           .bind(3, sealed->blob)
                           .run();
        if (rc != SQLITE_OK)
            return m_db.error(rc, QStringLiteral("re-encrypting messages"));
        ++*resealed;
    }
    return last;
}

StoreResult<bool> MessageTable::usesOtherKeyThan(quint32 keyId) {
    auto row = m_db.query("SELECT EXISTS (SELECT 1 FROM messages WHERE key_id != ?1)");
    const int rc = row.bind(1, qint64(keyId)).step();
    if (rc != SQLITE_ROW)
        return m_db.error(rc, QStringLiteral("checking key rotation"));
    return row.int64(0) != 0;
}

} // namespace warren::store
