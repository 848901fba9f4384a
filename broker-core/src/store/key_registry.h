#pragma once

#include "store/record_sealer.h"
#include "store/sqlite_connection.h"

#include <optional>
#include <vector>

namespace warren::store {

// The `keys` table: for every key id the store has used, a check record sealed with that key.
// It is how a wrong key is told apart from damaged data before anything is read, and how the
// store knows which keys its records still need (those not retired by a finished rotation).
class KeyRegistry {
public:
    // Whether `keys` can read the store: every key still in use is supplied, and each is the key
    // it was when registered. Reads only.
    static std::optional<StoreError> verify(SqliteConnection& db, const KeyRing& keys,
                                            const QString& providerName);
    // Registers the current key if the store has not seen it (inside the caller's transaction).
    static std::optional<StoreError> registerCurrent(SqliteConnection& db, RecordSealer& sealer);
    // Key ids that records may still use, ascending.
    static StoreResult<std::vector<quint32>> keysInUse(SqliteConnection& db);
    // After a finished rotation: only `current` remains in use.
    static std::optional<StoreError> retireAllBut(SqliteConnection& db, quint32 current);

private:
    static constexpr const char* CheckText = "warren key check";
};

} // namespace warren::store
