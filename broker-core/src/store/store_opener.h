#pragma once

#include "store/key_ring.h"
#include "store/sqlite_connection.h"

#include <optional>

namespace warren::store {

// Decides whether a data directory may be opened, and opens it. Everything that can be wrong
// with what is on disk (someone else's directory, someone else's or a damaged database, a newer
// schema, the wrong key) is found by reading only, before anything is written, so that a refusal
// never changes a byte of the data it refuses.
class StoreOpener {
public:
    static constexpr const char* DatabaseName = "warren.db";

    // Creates a missing directory; refuses one that holds other files but no Warren database.
    static std::optional<StoreError> checkDirectory(const QString& directory);
    // Whether `path` holds anything: a database file with content, or a WAL.
    static bool hasDatabase(const QString& path);
    // Read-only checks of the database at `path`, if there is one: is it Warren's, intact, and
    // of a schema this version reads. A missing or empty file passes: opening creates the store.
    static std::optional<StoreError> inspect(const QString& path, const QByteArray& vfs,
                                             bool quickCheck);
    // Read-only: can `keys` read the store at `path`?
    static std::optional<StoreError> verifyKeys(const QString& path, const QByteArray& vfs,
                                                const KeyRing& keys, const QString& providerName);
    // Opens read-write, sets the durability pragmas and migrates the schema to the current
    // version.
    static StoreResult<std::unique_ptr<SqliteConnection>> openForWriting(const QString& path,
                                                                         const QByteArray& vfs);

private:
    static std::optional<StoreError> inspectHeader(const QString& path);
    static std::optional<StoreError> inspectSchema(SqliteConnection& db, bool* isEmpty);
};

} // namespace warren::store
