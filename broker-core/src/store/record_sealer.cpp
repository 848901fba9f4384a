#include "store/record_sealer.h"

#include <QtEndian>

namespace warren::store {

namespace {
void appendBigEndian64(QByteArray& out, quint64 value) {
    char raw[8];
    qToBigEndian(value, raw);
    out.append(raw, 8);
}
} // namespace

RecordSealer::RecordSealer(KeyRing keys)
    : m_keys(std::move(keys)) {}

QByteArray RecordSealer::associatedData(const QByteArray& identity, quint32 keyId) {
    QByteArray aad = identity;
    char raw[4];
    qToBigEndian(keyId, raw);
    aad.append(raw, 4);
    return aad;
}

std::optional<RecordSealer::Sealed> RecordSealer::seal(QByteArrayView plaintext,
                                                       const QByteArray& identity) {
    const quint32 keyId = m_keys.currentId();
    auto blob = m_cipher.seal(m_keys.currentKey(), plaintext, associatedData(identity, keyId));
    if (!blob)
        return std::nullopt;
    return Sealed{keyId, std::move(*blob)};
}

std::optional<QByteArray> RecordSealer::open(quint32 keyId, QByteArrayView blob,
                                             const QByteArray& identity) {
    const QByteArray* key = m_keys.key(keyId);
    if (!key)
        return std::nullopt;
    return m_cipher.open(*key, blob, associatedData(identity, keyId));
}

std::optional<QByteArray> RecordSealer::openWith(const QByteArray& key, quint32 keyId,
                                                 QByteArrayView blob, const QByteArray& identity) {
    return m_cipher.open(key, blob, associatedData(identity, keyId));
}

QByteArray RecordSealer::messageIdentity(qint64 messageId) {
    QByteArray identity("warren/message/");
    appendBigEndian64(identity, quint64(messageId));
    return identity;
}

QByteArray RecordSealer::valueIdentity(const QByteArray& nameSpace, const QByteArray& key) {
    // Length-prefixed so that ("a/b", "c") and ("a", "b/c") differ.
    QByteArray identity("warren/value/");
    appendBigEndian64(identity, quint64(nameSpace.size()));
    identity += nameSpace;
    identity += key;
    return identity;
}

QByteArray RecordSealer::keyCheckIdentity() {
    return QByteArrayLiteral("warren/key-check");
}

} // namespace warren::store
