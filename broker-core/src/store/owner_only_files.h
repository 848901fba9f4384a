#pragma once

#include <QString>
#include <QStringList>

namespace warren::store {

// The data directory holds users, password hashes, permissions and the names of everything
// (definitions are not encrypted, only message bodies and headers are), so it is for the user
// running Warren alone: the directory 0700, its database and lock files 0600.
class OwnerOnlyFiles {
public:
    static constexpr unsigned DirectoryMode = 0700;
    static constexpr unsigned FileMode = 0600;

    // Takes group and other permissions off the directory and Warren's own files in it (the
    // database, its WAL, shared memory and journal, and the lock file). Returns one entry per
    // path it changed, "path (was 0644)", for a log line; empty when all was already private.
    // The key file is not touched: a key others could read is refused, not quietly repaired.
    static QStringList restrict(const QString& directory);

    // Creates `directory` (and missing parents) with the directory itself 0700; true if it
    // exists afterwards. An existing directory is left to restrict().
    static bool makeDirectory(const QString& directory);

    // Creates an empty database file that only its owner may read, so that SQLite (which gives
    // its WAL the database's mode) never creates anything readable by others.
    static bool createPrivateFile(const QString& path);
};

} // namespace warren::store
