#include "store/env_key_provider.h"

#include "store/aes_gcm_cipher.h"

#include <QList>
#include <QtGlobal>

namespace warren::store {

EnvKeyProvider::EnvKeyProvider(QByteArray variable)
    : m_variable(std::move(variable)) {}

QString EnvKeyProvider::describe() const {
    return QStringLiteral("the environment variable %1").arg(QString::fromLatin1(m_variable));
}

StoreResult<KeyRing> EnvKeyProvider::loadKeys(bool /*storeIsNew*/) {
    const QByteArray value = qgetenv(m_variable.constData()).trimmed();
    const QString name = QString::fromLatin1(m_variable);
    if (value.isEmpty())
        return StoreError{StoreError::Kind::KeyProvider,
                          QStringLiteral("The environment variable %1 is not set; set it to a "
                                         "base64-encoded 32-byte key, for example the output "
                                         "of 'openssl rand -base64 32'.")
                              .arg(name)};
    KeyRing ring;
    const QList<QByteArray> entries = value.split(',');
    for (const QByteArray& raw : entries) {
        const QByteArray entry = raw.trimmed();
        const qsizetype colon = entry.indexOf(':');
        bool idOk = colon < 0;
        const quint32 id = colon < 0 ? 1 : entry.left(colon).toUInt(&idOk);
        const auto key = QByteArray::fromBase64Encoding(colon < 0 ? entry : entry.mid(colon + 1),
                                                        QByteArray::AbortOnBase64DecodingErrors);
        if (!idOk || id == 0 || !key || key.decoded.size() != AesGcmCipher::KeySize ||
            (colon < 0 && entries.size() > 1))
            return StoreError{StoreError::Kind::KeyProvider,
                              QStringLiteral("The environment variable %1 does not hold a "
                                             "base64-encoded 32-byte key (or '<id>:<key>' "
                                             "entries separated by commas); fix its value.")
                                  .arg(name)};
        ring.add(id, key.decoded);
    }
    return ring;
}

} // namespace warren::store
