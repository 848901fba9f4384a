#include "store/key_registry.h"

#include <sqlite3.h>

namespace warren::store {

std::optional<StoreError> KeyRegistry::verify(SqliteConnection& db, const KeyRing& keys,
                                              const QString& providerName) {
    RecordSealer sealer(keys);
    auto rows = db.query("SELECT id, retired, key_check FROM keys ORDER BY id");
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const auto id = quint32(rows.int64(0));
        const bool retired = rows.int64(1) != 0;
        if (retired)
            continue;
        if (!keys.contains(id))
            return StoreError{StoreError::Kind::KeyMissing,
                              QStringLiteral("The store in '%1' still has records encrypted with "
                                             "key %2, which %3 does not supply; add that key "
                                             "back (a key rotation has not finished).")
                                  .arg(db.path())
                                  .arg(id)
                                  .arg(providerName)};
        const auto check = sealer.open(id, rows.blob(2), RecordSealer::keyCheckIdentity());
        if (!check || *check != CheckText)
            return StoreError{StoreError::Kind::KeyMismatch,
                              QStringLiteral("Key %1 from %2 does not decrypt the store in "
                                             "'%3': it is not the key the data was written "
                                             "with (if that key file was just created, the "
                                             "original is missing); supply the original key.")
                                  .arg(id)
                                  .arg(providerName, db.path())};
    }
    if (rc != SQLITE_DONE)
        return db.error(rc, QStringLiteral("reading the key table"));
    return std::nullopt;
}

std::optional<StoreError> KeyRegistry::registerCurrent(SqliteConnection& db, RecordSealer& sealer) {
    const quint32 id = sealer.keys().currentId();
    auto existing = db.query("SELECT retired FROM keys WHERE id = ?1");
    int rc = existing.bind(1, qint64(id)).step();
    if (rc == SQLITE_ROW && existing.int64(0) == 0)
        return std::nullopt;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db.error(rc, QStringLiteral("reading the key table"));
    const auto check = sealer.seal(QByteArray(CheckText), RecordSealer::keyCheckIdentity());
    if (!check)
        return StoreError{StoreError::Kind::Internal,
                          QStringLiteral("Could not encrypt with key %1 (OpenSSL failed); check "
                                         "the OpenSSL installation.")
                              .arg(id)};
    // A retired id coming back as current is a new key under an old number: replace its check.
    rc = db.query("INSERT INTO keys (id, retired, key_check) VALUES (?1, 0, ?2) "
                  "ON CONFLICT (id) DO UPDATE SET retired = 0, key_check = excluded.key_check")
             .bind(1, qint64(id))
             .bind(2, check->blob)
             .run();
    if (rc != SQLITE_OK)
        return db.error(rc, QStringLiteral("registering key %1").arg(id));
    return std::nullopt;
}

StoreResult<std::vector<quint32>> KeyRegistry::keysInUse(SqliteConnection& db) {
    std::vector<quint32> ids;
    auto rows = db.query("SELECT id FROM keys WHERE retired = 0 ORDER BY id");
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW)
        ids.push_back(quint32(rows.int64(0)));
    if (rc != SQLITE_DONE)
        return db.error(rc, QStringLiteral("reading the key table"));
    return ids;
}

std::optional<StoreError> KeyRegistry::retireAllBut(SqliteConnection& db, quint32 current) {
    const int rc =
        db.query("UPDATE keys SET retired = 1 WHERE id != ?1").bind(1, qint64(current)).run();
    if (rc != SQLITE_OK)
        return db.error(rc, QStringLiteral("retiring rotated keys"));
    return std::nullopt;
}

} // namespace warren::store
