#include "store/file_key_provider.h"

#include "store/aes_gcm_cipher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace warren::store {

namespace {
QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray& data) {
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
} // namespace

FileKeyProvider::FileKeyProvider(QString path)
    : m_path(std::move(path)) {}

QString FileKeyProvider::describe() const {
    return QStringLiteral("the key file '%1'").arg(m_path);
}

StoreError FileKeyProvider::error(StoreError::Kind kind, const QString& sentence) const {
    return StoreError{kind, sentence};
}

StoreResult<KeyRing> FileKeyProvider::loadKeys(bool storeIsNew) {
    if (!QFileInfo::exists(m_path)) {
        if (!storeIsNew)
            return error(StoreError::Kind::KeyMissing,
                         QStringLiteral("The key file '%1' is missing, but the data directory "
                                        "holds an encrypted store; restore the key file from "
                                        "your backup.")
                             .arg(m_path));
        KeyRing ring;
        ring.add(1, AesGcmCipher::randomKey());
        if (ring.currentKey().isEmpty())
            return error(StoreError::Kind::KeyProvider,
                         QStringLiteral("Could not generate a key for '%1' because OpenSSL has "
                                        "no randomness; check the system's entropy source.")
                             .arg(m_path));
        if (auto failed = writeFile(ring))
            return *failed;
        return ring;
    }
    return readFile();
}

StoreResult<KeyRing> FileKeyProvider::readFile() const {
    struct stat info {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) != 0)
        return error(StoreError::Kind::KeyProvider,
                     QStringLiteral("Cannot read the key file '%1' (%2); check that it exists "
                                    "and belongs to the user running Warren.")
                         .arg(m_path, systemError()));
    // Like ssh with private keys: a key others can read protects nothing, so refuse to use it.
    if ((info.st_mode & 077) != 0)
        return error(StoreError::Kind::KeyProvider,
                     QStringLiteral("The key file '%1' is readable by other users (mode %2); "
                                    "run 'chmod 600' on it, and consider the key exposed.")
                         .arg(m_path)
                         .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0')));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return error(StoreError::Kind::KeyProvider,
                     QStringLiteral("Cannot read the key file '%1' (%2); check that it belongs "
                                    "to the user running Warren.")
                         .arg(m_path, file.errorString()));
    KeyRing ring;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        bool idOk = false;
        const quint32 id = parts.size() == 2 ? parts[0].toUInt(&idOk) : 0;
        const auto key =
            QByteArray::fromBase64Encoding(parts.value(1), QByteArray::AbortOnBase64DecodingErrors);
        if (!idOk || id == 0 || !key || key.decoded.size() != AesGcmCipher::KeySize)
            return error(StoreError::Kind::KeyProvider,
                         QStringLiteral("The key file '%1' is malformed at line %2 (expected "
                                        "'<id> <base64 of a 32-byte key>'); restore it from "
                                        "your backup.")
                             .arg(m_path)
                             .arg(lineNumber));
        ring.add(id, key.decoded);
    }
    if (ring.isEmpty())
        return error(StoreError::Kind::KeyProvider,
                     QStringLiteral("The key file '%1' holds no key; restore it from your backup, "
                                    "or delete it to have a new store's key generated.")
                         .arg(m_path));
    return ring;
}

std::optional<StoreError> FileKeyProvider::writeFile(const KeyRing& ring) const {
    QByteArray text = "# Warren store encryption keys: '<id> <base64 key>'; the highest id "
                      "encrypts new data.\n"
                      "# Without this file the store cannot be read: back it up, apart from "
                      "the data.\n";
    for (quint32 id : ring.ids())
        text += QByteArray::number(id) + ' ' + ring.key(id)->toBase64() + '\n';

    const QFileInfo info(m_path);
    QDir().mkpath(info.absolutePath());
    // Write beside it and rename over it, so that a crash leaves the old file or the new one.
    const QByteArray target = QFile::encodeName(m_path);
    const QByteArray temporary = target + ".tmp-" + QByteArray::number(::getpid());
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    const auto failed = [&](const QString& reason) {
        return error(StoreError::Kind::KeyProvider,
                     QStringLiteral("Cannot write the key file '%1' (%2); check that its "
                                    "directory is writable and the disk is not full.")
                         .arg(m_path, reason));
    };
    if (fd < 0)
        return failed(systemError());
    const bool written = writeAll(fd, text) && ::fsync(fd) == 0;
    const QString reason = systemError();
    ::close(fd);
    if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
        ::unlink(temporary.constData());
        return failed(written ? systemError() : reason);
    }
    const int directory = ::open(QFile::encodeName(info.absolutePath()).constData(),
                                 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory >= 0) {
        ::fsync(directory); // makes the rename itself durable
        ::close(directory);
    }
    return std::nullopt;
}

StoreResult<quint32> FileKeyProvider::addKey() {
    auto ring = readFile();
    if (!ring)
        return ring.error();
    const quint32 id = ring.value().ids().back() + 1;
    ring.value().add(id, AesGcmCipher::randomKey());
    if (auto failed = writeFile(ring.value()))
        return *failed;
    return id;
}

std::optional<StoreError> FileKeyProvider::removeKey(quint32 id) {
    auto ring = readFile();
    if (!ring)
        return ring.error();
    if (id == ring.value().currentId())
        return error(StoreError::Kind::InvalidArgument,
                     QStringLiteral("Key %1 is the current key of '%2' and cannot be removed; "
                                    "add a new key and let the store re-encrypt first.")
                         .arg(id)
                         .arg(m_path));
    KeyRing kept;
    for (quint32 other : ring.value().ids())
        if (other != id)
            kept.add(other, *ring.value().key(other));
    return writeFile(kept);
}

} // namespace warren::store
