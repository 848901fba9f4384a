#include "store/data_dir_lock.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace warren::store {

namespace {
constexpr char StoreMarker[] = "store opened";

void overwrite(int fd, const QByteArray& content) {
    // Best effort: the PID only improves the refusal message, the lock is what protects.
    if (::ftruncate(fd, 0) == 0 &&
        ::pwrite(fd, content.constData(), size_t(content.size()), 0) == content.size())
        ::fdatasync(fd);
}

QByteArray pidLine() {
    return QByteArray::number(qint64(::getpid())) + '\n';
}
} // namespace

DataDirLock::DataDirLock(int fd, bool earlierStore)
    : m_fd(fd)
    , m_earlierStore(earlierStore) {}

void DataDirLock::recordStoreOpened() {
    overwrite(m_fd, pidLine() + StoreMarker + '\n');
}

DataDirLock::~DataDirLock() {
    // Closing releases the lock. The file stays: unlinking it would let a third process lock a
    // fresh inode while a second still waits on the old one.
    if (m_fd >= 0)
        ::close(m_fd);
}

StoreResult<std::unique_ptr<DataDirLock>> DataDirLock::acquire(const QString& directory) {
    const QString path = QDir(directory).filePath(QLatin1String(FileName));
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return StoreError{StoreError::Kind::Io,
                          QStringLiteral("Cannot create the lock file '%1' (%2); check that the "
                                         "data directory is writable by the user running Warren.")
                              .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int lockError = errno;
        char pid[32] = {};
        const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
        ::close(fd);
        if (lockError != EWOULDBLOCK)
            return StoreError{StoreError::Kind::Io,
                              QStringLiteral("Cannot lock '%1' (%2); the data directory must be "
                                             "on a local file system that supports flock().")
                                  .arg(path, QString::fromLocal8Bit(std::strerror(lockError)))};
        // The first line is the PID; a second may record that a store was opened here.
        const QByteArray holder = QByteArray(pid, n > 0 ? int(n) : 0).split('\n').first().trimmed();
        if (holder.toLongLong() == qint64(::getpid()))
            return StoreError{StoreError::Kind::Locked,
                              QStringLiteral("The data directory '%1' is already open in this "
                                             "process (PID %2); close the other store first.")
                                  .arg(directory, QString::fromLatin1(holder))};
        return StoreError{StoreError::Kind::Locked,
                          QStringLiteral("The data directory '%1' is in use by another Warren "
                                         "process (PID %2); stop that process or choose another "
                                         "data directory.")
                              .arg(directory, holder.isEmpty() ? QStringLiteral("unknown")
                                                               : QString::fromLatin1(holder))};
    }
    char earlier[64] = {};
    const ssize_t n = ::pread(fd, earlier, sizeof earlier - 1, 0);
    const bool earlierStore = n > 0 && QByteArray(earlier, qsizetype(n)).contains(StoreMarker);
    // Carried over: a run that is refused must not erase what the next one needs to see.
    overwrite(fd, earlierStore ? pidLine() + StoreMarker + '\n' : pidLine());
    return std::unique_ptr<DataDirLock>(new DataDirLock(fd, earlierStore));
}

} // namespace warren::store
