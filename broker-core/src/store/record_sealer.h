#pragma once

#include "store/aes_gcm_cipher.h"
#include "store/key_ring.h"

#include <QByteArray>
#include <optional>

namespace warren::store {

// Encrypts the store's records with the key ring's current key and decrypts them with whichever
// key sealed them. Every record is bound to its identity through the associated data (message
// id, or namespace and key, plus the key id), so a record copied over another one, or relabelled
// with another key id, fails authentication instead of being read as the other.
// Used on the store's writer thread only.
class RecordSealer {
public:
    struct Sealed {
        quint32 keyId = 0;
        QByteArray blob;
    };

    explicit RecordSealer(KeyRing keys);

    void setKeys(KeyRing keys) { m_keys = std::move(keys); }
    const KeyRing& keys() const { return m_keys; }

    std::optional<Sealed> seal(QByteArrayView plaintext, const QByteArray& identity);
    std::optional<QByteArray> open(quint32 keyId, QByteArrayView blob, const QByteArray& identity);
    // With a key that is not (yet) in the ring: verifying key check records.
    std::optional<QByteArray> openWith(const QByteArray& key, quint32 keyId, QByteArrayView blob,
                                       const QByteArray& identity);

    static QByteArray messageIdentity(qint64 messageId);
    static QByteArray valueIdentity(const QByteArray& nameSpace, const QByteArray& key);
    static QByteArray keyCheckIdentity();

private:
    static QByteArray associatedData(const QByteArray& identity, quint32 keyId);

    KeyRing m_keys;
    AesGcmCipher m_cipher;
};

} // namespace warren::store
