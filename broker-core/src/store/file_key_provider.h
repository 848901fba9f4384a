#pragma once

#include "store/key_provider.h"

#include <optional>

namespace warren::store {

// Keys in a file readable by its owner only, one "<id> <base64 key>" per line; the highest id
// is current. For a new store a missing file is created (mode 0600) with one fresh key, which
// is what a single-machine install wants; anyone else points Warren at a key file they manage,
// or uses EnvKeyProvider. The file is the only way back into the data: it belongs in backups,
// but not beside the data it protects.
class FileKeyProvider : public KeyProvider {
public:
    explicit FileKeyProvider(QString path);

    StoreResult<KeyRing> loadKeys(bool storeIsNew) override;
    QString describe() const override;

    // Starts a rotation: appends a fresh key that becomes current. The store re-encrypts its
    // records after SqliteStore::rotateKeys(); remove the old key only when that has finished.
    StoreResult<quint32> addKey();
    // Refuses to remove the current key.
    std::optional<StoreError> removeKey(quint32 id);

    const QString& path() const { return m_path; }

private:
    StoreResult<KeyRing> readFile() const;
    std::optional<StoreError> writeFile(const KeyRing& ring) const;
    StoreError error(StoreError::Kind kind, const QString& sentence) const;

    QString m_path;
};

} // namespace warren::store
