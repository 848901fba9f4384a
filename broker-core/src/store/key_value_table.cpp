#include "store/key_value_table.h"

#include <sqlite3.h>

namespace warren::store {

KeyValueTable::KeyValueTable(SqliteConnection& db, RecordSealer& sealer)
    : m_db(db)
    , m_sealer(sealer) {}

StoreError KeyValueTable::tampered(const QByteArray& nameSpace, const QByteArray& key) const {
    return {StoreError::Kind::Tampered,
            QStringLiteral("The value '%1' in namespace '%2' in '%3' failed authentication when "
                           "decrypted, so it was altered or moved; restore the database from a "
                           "backup and check who can write it.")
                .arg(QString::fromUtf8(key), QString::fromUtf8(nameSpace), m_db.path())};
}

std::optional<StoreError> KeyValueTable::put(const QByteArray& nameSpace, const QByteArray& key,
                                             const QByteArray& value) {
    const auto sealed = m_sealer.seal(value, RecordSealer::valueIdentity(nameSpace, key));
    if (!sealed)
        return StoreError{StoreError::Kind::Internal,
                          QStringLiteral("Could not encrypt a value (OpenSSL failed); check the "
                                         "OpenSSL installation.")};
    const int rc = m_db.query("INSERT INTO kv (namespace, key, key_id, value) "
                              "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (namespace, key) DO UPDATE "
                              "SET key_id = excluded.key_id, value = excluded.value")
                       .bind(1, nameSpace)
                       .bind(2, key)
                       .bind(3, qint64(sealed->keyId))
                       .bind(4, sealed->blob)
                       .run();
    if (rc != SQLITE_OK)
        return m_db.error(rc, QStringLiteral("storing a value"));
    return std::nullopt;
}

std::optional<StoreError> KeyValueTable::remove(const QByteArray& nameSpace,
                                                const QByteArray& key) {
    const int rc = m_db.query("DELETE FROM kv WHERE namespace = ?1 AND key = ?2")
                       .bind(1, nameSpace)
                       .bind(2, key)
                       .run();
    if (rc != SQLITE_OK)
        return m_db.error(rc, QStringLiteral("deleting a value"));
    return std::nullopt;
}

std::optional<StoreError> KeyValueTable::removeAll(const QByteArray& nameSpace) {
    const int rc = m_db.query("DELETE FROM kv WHERE namespace = ?1").bind(1, nameSpace).run();
    if (rc != SQLITE_OK)
        return m_db.error(rc, QStringLiteral("deleting a namespace"));
    return std::nullopt;
}

StoreResult<std::optional<QByteArray>> KeyValueTable::get(const QByteArray& nameSpace,
                                                          const QByteArray& key) {
    auto row = m_db.query("SELECT key_id, value FROM kv WHERE namespace = ?1 AND key = ?2");
    const int rc = row.bind(1, nameSpace).bind(2, key).step();
    if (rc == SQLITE_DONE)
        return std::optional<QByteArray>();
    if (rc != SQLITE_ROW)
        return m_db.error(rc, QStringLiteral("reading a value"));
    auto plain = m_sealer.open(quint32(row.int64(0)), row.blob(1),
                               RecordSealer::valueIdentity(nameSpace, key));
    if (!plain)
        return tampered(nameSpace, key);
    return std::optional<QByteArray>(std::move(*plain));
}

StoreResult<std::vector<KeyValueTable::Entry>> KeyValueTable::list(const QByteArray& nameSpace) {
    std::vector<Entry> out;
    auto rows = m_db.query("SELECT key, key_id, value FROM kv WHERE namespace = ?1 ORDER BY key");
    rows.bind(1, nameSpace);
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        QByteArray key = rows.blob(0);
        auto plain = m_sealer.open(quint32(rows.int64(1)), rows.blob(2),
                                   RecordSealer::valueIdentity(nameSpace, key));
        if (!plain)
            return tampered(nameSpace, key);
        out.emplace_back(std::move(key), std::move(*plain));
    }
    if (rc != SQLITE_DONE)
        return m_db.error(rc, QStringLiteral("reading values"));
    return out;
}

StoreResult<qint64> KeyValueTable::reseal(qint64 afterRow, int limit, quint64* resealed,
                                          quint64* unreadable) {
    struct Row {
        qint64 id;
        QByteArray identity;
        QByteArray plain;
    };
    std::vector<Row> rows;
    qint64 last = -1;
    {
        auto select = m_db.query("SELECT id, namespace, key, key_id, value FROM kv "
                                 "WHERE id > ?1 ORDER BY id LIMIT ?2");
        select.bind(1, afterRow).bind(2, qint64(limit));
        int rc;
        while ((rc = select.step()) == SQLITE_ROW) {
            last = select.int64(0);
            const auto keyId = quint32(select.int64(3));
            if (keyId == m_sealer.keys().currentId())
                continue;
            QByteArray identity = RecordSealer::valueIdentity(select.blob(1), select.blob(2));
            if (auto plain = m_sealer.open(keyId, select.blob(4), identity))
                rows.push_back({last, std::move(identity), std::move(*plain)});
            else
                ++*unreadable;
        }
        if (rc != SQLITE_DONE)
            return m_db.error(rc, QStringLiteral("re-encrypting values"));
    }
    for (const Row& row : rows) {
        const auto sealed = m_sealer.seal(row.plain, row.identity);
        if (!sealed)
            return StoreError{StoreError::Kind::Internal,
                              QStringLiteral("Could not encrypt a value (OpenSSL failed); check "
                                             "the OpenSSL installation.")};
        const int rc = m_db.query("UPDATE kv SET key_id = ?2, value = ?3 WHERE id = ?1")
                           .bind(1, row.id)
                           .bind(2, qint64(sealed->keyId))
                           .bind(3, sealed->blob)
                           .run();
        if (rc != SQLITE_OK)
            return m_db.error(rc, QStringLiteral("re-encrypting values"));
        ++*resealed;
    }
    return last;
}

StoreResult<bool> KeyValueTable::usesOtherKeyThan(quint32 keyId) {
    auto row = m_db.query("SELECT EXISTS (SELECT 1 FROM kv WHERE key_id != ?1)");
    const int rc = row.bind(1, qint64(keyId)).step();
    if (rc != SQLITE_ROW)
        return m_db.error(rc, QStringLiteral("checking key rotation"));
    return row.int64(0) != 0;
}

} // namespace warren::store
