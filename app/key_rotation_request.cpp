#include "key_rotation_request.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {
// The store's DataDirLock: flock()ed while a broker has the directory open, holding its PID.
constexpr const char* LockFileName = "warren.lock";

int refuse(const QString& sentence) {
    std::fprintf(stderr, "warren: %s\n", qPrintable(sentence));
    return 1;
}
} // namespace

int requestKeyRotation(const QString& dataDir) {
    const QString path = QDir(dataDir).filePath(QLatin1String(LockFileName));
    const QString noBroker =
        QStringLiteral("No running Warren holds the data directory '%1', so there is no key to "
                       "rotate; start Warren on it, or name the directory it uses with "
                       "--data-dir.")
            .arg(dataDir);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return refuse(noBroker);
    // The file outlives its broker, and a stale PID may since belong to any process: only a held
    // lock proves a broker is there. The probe takes a shared lock for an instant when nobody
    // holds it; a broker starting in that instant is refused and says so.
    const bool unheld = ::flock(fd, LOCK_SH | LOCK_NB) == 0;
    const int lockError = errno;
    char text[32] = {};
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    ::close(fd); // and with it the probe's lock
    if (unheld)
        return refuse(noBroker);
    if (lockError != EWOULDBLOCK)
        return refuse(QStringLiteral("Cannot tell whether a Warren holds '%1' (%2); the data "
                                     "directory must be on a local file system that supports "
                                     "flock().")
                          .arg(path, QString::fromLocal8Bit(std::strerror(lockError))));
    bool ok = false;
    // The PID is the first line; a second records that a store was opened there.
    const qint64 pid =
        QByteArray(text, n > 0 ? int(n) : 0).split('\n').first().trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return refuse(QStringLiteral("A Warren holds the data directory '%1' but its lock file "
                                     "names no process yet; try again in a moment.")
                          .arg(dataDir));
    if (::kill(pid_t(pid), SIGHUP) != 0)
        return refuse(QStringLiteral("Cannot signal warren (pid %1): %2; run this as the user "
                                     "running Warren.")
                          .arg(pid)
                          .arg(QString::fromLocal8Bit(std::strerror(errno))));
    std::printf("asked warren (pid %lld) to rotate its store key\n", static_cast<long long>(pid));
    return 0;
}
