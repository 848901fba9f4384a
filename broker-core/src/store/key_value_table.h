#pragma once

#include "store/record_sealer.h"
#include "store/sqlite_connection.h"

#include <optional>
#include <utility>
#include <vector>

namespace warren::store {

// The generic namespace/key/value area (schema version 2). Values are sealed, bound to their
// namespace and key, so a value copied under another key does not decrypt.
class KeyValueTable {
public:
    using Entry = std::pair<QByteArray, QByteArray>; // key, value

    KeyValueTable(SqliteConnection& db, RecordSealer& sealer);

    std::optional<StoreError> put(const QByteArray& nameSpace, const QByteArray& key,
                                  const QByteArray& value);
    std::optional<StoreError> remove(const QByteArray& nameSpace, const QByteArray& key);
    std::optional<StoreError> removeAll(const QByteArray& nameSpace);

    StoreResult<std::optional<QByteArray>> get(const QByteArray& nameSpace, const QByteArray& key);
    // Ordered by key.
    StoreResult<std::vector<Entry>> list(const QByteArray& nameSpace);

    // Key rotation, as MessageTable::reseal().
    StoreResult<qint64> reseal(qint64 afterRow, int limit, quint64* resealed, quint64* unreadable);
    StoreResult<bool> usesOtherKeyThan(quint32 keyId);

private:
    StoreError tampered(const QByteArray& nameSpace, const QByteArray& key) const;

    SqliteConnection& m_db;
    RecordSealer& m_sealer;
};

} // namespace warren::store
