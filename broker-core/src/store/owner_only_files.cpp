#include "store/owner_only_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace warren::store {

namespace {
constexpr unsigned GroupAndOther = S_IRWXG | S_IRWXO;

// Narrows `path` to `mode` if it grants anything to group or others; returns what it was.
std::optional<unsigned> narrow(const QString& path, unsigned mode) {
    const QByteArray native = QFile::encodeName(path);
    struct stat info {};
    // lstat: a symbolic link planted in the directory is not followed to chmod its target.
    if (::lstat(native.constData(), &info) != 0 || S_ISLNK(info.st_mode))
        return std::nullopt;
    const unsigned was = info.st_mode & 07777;
    if ((was & GroupAndOther) == 0 || ::chmod(native.constData(), mode) != 0)
        return std::nullopt;
    return was;
}

QString described(const QString& path, unsigned was) {
    return QStringLiteral("%1 (was %2)").arg(path, QString::number(was, 8).rightJustified(4, u'0'));
}
} // namespace

QStringList OwnerOnlyFiles::restrict(const QString& directory) {
    QStringList changed;
    if (auto was = narrow(directory, DirectoryMode))
        changed << described(directory, *was);
    static const char* const Files[] = {"warren.db", "warren.db-wal", "warren.db-shm",
                                        "warren.db-journal", "warren.lock"};
    const QDir dir(directory);
    for (const char* name : Files) {
        const QString path = dir.filePath(QLatin1String(name));
        if (auto was = narrow(path, FileMode))
            changed << described(path, *was);
    }
    return changed;
}

bool OwnerOnlyFiles::makeDirectory(const QString& directory) {
    if (QFileInfo(directory).isDir())
        return true;
    return QDir().mkpath(directory) &&
           ::chmod(QFile::encodeName(directory).constData(), DirectoryMode) == 0;
}

bool OwnerOnlyFiles::createPrivateFile(const QString& path) {
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, FileMode);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace warren::store
