#include "store/store_opener.h"

#include "store/key_registry.h"
#include "store/owner_only_files.h"
#include "store/schema_migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sqlite3.h>

namespace warren::store {

namespace {
StoreError notWarren(const QString& sentence) {
    return {StoreError::Kind::NotWarrenData, sentence};
}

StoreError damaged(const QString& path, const QString& why) {
    return {StoreError::Kind::Corrupt,
            QStringLiteral("The database '%1' is damaged (%2); restore it from a backup, or move "
                           "the data directory away to start empty.")
                .arg(path, why)};
}

qint64 fileSize(const QString& path) {
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}
} // namespace

std::optional<StoreError> StoreOpener::checkDirectory(const QString& directory) {
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return notWarren(QStringLiteral("The data directory '%1' is a file, not a directory; "
                                        "point Warren at a directory.")
                             .arg(directory));
    // A new directory is private from the start: it will hold definitions, which are not
    // encrypted.
    if (!info.exists() && !OwnerOnlyFiles::makeDirectory(directory))
        return StoreError{StoreError::Kind::Io,
                          QStringLiteral("Cannot create the data directory '%1'; check that its "
                                         "parent exists and is writable by the user running "
                                         "Warren.")
                              .arg(directory)};
    const QDir dir(directory);
    const QString database = QLatin1String(DatabaseName);
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (entries.contains(database))
        return std::nullopt;
    // Committed transactions may live in the WAL alone: without the database file beside it,
    // starting afresh would discard them.
    if (entries.contains(database + QLatin1String("-wal")))
        return notWarren(QStringLiteral("The data directory '%1' has a write-ahead log "
                                        "(warren.db-wal) but no warren.db beside it; restore "
                                        "warren.db from a backup before starting Warren.")
                             .arg(directory));
    QStringList foreign;
    for (const QString& entry : entries)
        // lost+found: the data directory may be the root of a file system of its own.
        if (!entry.startsWith(QLatin1String("warren.")) && entry != QLatin1String("lost+found"))
            foreign << entry;
    if (!foreign.isEmpty())
        return notWarren(QStringLiteral("The directory '%1' is not a Warren data directory: it "
                                        "holds other files (such as '%2') and no warren.db; "
                                        "point Warren at an empty directory or at an existing "
                                        "Warren data directory.")
                             .arg(directory, foreign.first()));
    return std::nullopt;
}

std::optional<StoreError> StoreOpener::inspectHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::Io,
                          QStringLiteral("Cannot read '%1' (%2); check that it belongs to the "
                                         "user running Warren.")
                              .arg(path, file.errorString())};
    const QByteArray header = file.read(100);
    const bool hasWal = fileSize(path + QLatin1String("-wal")) > 0;
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() >= 16 && !header.startsWith(magic))
        return notWarren(QStringLiteral("The file '%1' is not a database (it does not start "
                                        "with SQLite's header), so it is damaged or belongs to "
                                        "another program; restore it from a backup or move it "
                                        "away.")
                             .arg(path));
    if (header.size() < 100)
        return hasWal ? std::nullopt
                      : std::optional(damaged(path, QStringLiteral("truncated to %1 bytes, "
                                                                   "shorter than its header")
                                                        .arg(header.size())));
    // With a WAL the file may legitimately lag behind its header (a checkpoint interrupted by
    // a crash); SQLite itself judges that case.
    if (hasWal)
        return std::nullopt;
    const auto* raw = reinterpret_cast<const uchar*>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(raw + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pages = qFromBigEndian<quint32>(raw + 28);
    const bool pagesValid = qFromBigEndian<quint32>(raw + 24) == qFromBigEndian<quint32>(raw + 92);
    if (pagesValid && pages > 0 && file.size() < pages * pageSize)
        return damaged(path, QStringLiteral("truncated: %1 bytes where its header promises %2")
                                 .arg(file.size())
                                 .arg(pages * pageSize));
    return std::nullopt;
}

std::optional<StoreError> StoreOpener::inspectSchema(SqliteConnection& db, bool* isEmpty) {
    auto applicationId = db.queryInteger("PRAGMA application_id");
    if (!applicationId)
        return applicationId.error();
    auto tables = db.queryInteger("SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return tables.error();
    *isEmpty = applicationId.value() == 0 && tables.value() == 0;
    if (*isEmpty)
        return std::nullopt;
    if (applicationId.value() != SchemaMigrations::ApplicationId)
        return notWarren(QStringLiteral("The file '%1' is an SQLite database that Warren did not "
                                        "create (it lacks Warren's schema marker); move it away "
                                        "or choose another data directory.")
                             .arg(db.path()));
    auto version = db.queryInteger("PRAGMA user_version");
    if (!version)
        return version.error();
    if (version.value() > SchemaMigrations::CurrentVersion)
        return StoreError{StoreError::Kind::NewerSchema,
                          QStringLiteral("The database '%1' has schema version %2, but this "
                                         "Warren understands versions up to %3; run the newer "
                                         "Warren that wrote it, or restore a backup made by "
                                         "this version.")
                              .arg(db.path())
                              .arg(version.value())
                              .arg(SchemaMigrations::CurrentVersion)};
    auto format = db.query("SELECT value FROM meta WHERE key = 'format'");
    const int rc = format.step();
    if (version.value() < 1 || rc != SQLITE_ROW || format.text(0) != QLatin1String("warren-store"))
        return damaged(db.path(), QStringLiteral("it carries Warren's marker but not its schema"));
    return std::nullopt;
}

bool StoreOpener::hasDatabase(const QString& path) {
    // An empty file is what a crash while the store was being created leaves: nothing in it.
    return fileSize(path) > 0 || fileSize(path + QLatin1String("-wal")) > 0;
}

std::optional<StoreError> StoreOpener::inspect(const QString& path, const QByteArray& vfs,
                                               bool quickCheck) {
    if (!hasDatabase(path))
        return std::nullopt;
    if (auto error = inspectHeader(path))
        return error;
    // Read-only: this connection never checkpoints, never deletes the WAL and never rolls
    // anything back into the file, whatever it finds.
    auto db = SqliteConnection::open(path, SQLITE_OPEN_READONLY, vfs);
    if (!db)
        return db.error();
    bool isEmpty = false;
    if (auto error = inspectSchema(*db.value(), &isEmpty))
        return error;
    if (isEmpty)
        return std::nullopt;
    if (quickCheck) {
        auto check = db.value()->query("PRAGMA quick_check(1)");
        const int rc = check.step();
        if (rc != SQLITE_ROW)
            return db.value()->error(rc, QStringLiteral("checking its integrity"));
        if (check.text(0) != QLatin1String("ok")) {
            // SQLite's report spans lines and starts with a banner; keep the sentence one line.
            QString finding = check.text(0);
            finding.remove(QLatin1String("*** in database main ***"));
            finding = finding.simplified().left(200);
            return damaged(path, QStringLiteral("integrity check: %1").arg(finding));
        }
    }
    return std::nullopt;
}

std::optional<StoreError> StoreOpener::verifyKeys(const QString& path, const QByteArray& vfs,
                                                  const KeyRing& keys,
                                                  const QString& providerName) {
    if (!hasDatabase(path))
        return std::nullopt;
    auto db = SqliteConnection::open(path, SQLITE_OPEN_READONLY, vfs);
    if (!db)
        return db.error();
    bool isEmpty = false;
    if (auto error = inspectSchema(*db.value(), &isEmpty))
        return error;
    if (isEmpty)
        return std::nullopt;
    return KeyRegistry::verify(*db.value(), keys, providerName);
}

StoreResult<std::unique_ptr<SqliteConnection>> StoreOpener::openForWriting(const QString& path,
                                                                           const QByteArray& vfs) {
    auto opened = SqliteConnection::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs);
    if (!opened)
        return opened.error();
    std::unique_ptr<SqliteConnection> db = std::move(opened.value());
    // EXCLUSIVE locking before entering WAL mode keeps the WAL index in private memory: no -shm
    // file, and no other connection may read behind our back; the data directory lock already
    // makes this connection the only one.
    //
    // synchronous=FULL: in WAL mode it fsyncs the WAL at every commit. NORMAL would fsync only
    // at checkpoints, and a power loss or kernel crash could then take transactions whose
    // completions, and so publisher confirms, had already gone out. Confirmed must mean
    // durable, and group commit already spreads the one fsync over every caller in the batch.
    static constexpr const char* Pragmas = "PRAGMA locking_mode = EXCLUSIVE;"
                                           "PRAGMA synchronous = FULL;"
                                           "PRAGMA temp_store = MEMORY;"
                                           "PRAGMA cache_size = -16384;"
                                           "PRAGMA journal_size_limit = 67108864;";
    int rc = db->exec(Pragmas);
    if (rc != SQLITE_OK)
        return db->error(rc, QStringLiteral("configuring the connection"));
    {
        auto mode = db->query("PRAGMA journal_mode = WAL");
        rc = mode.step();
        if (rc != SQLITE_ROW)
            return db->error(rc, QStringLiteral("switching to write-ahead logging"));
        if (mode.text(0) != QLatin1String("wal"))
            return StoreError{StoreError::Kind::Io,
                              QStringLiteral("The database '%1' cannot use write-ahead logging "
                                             "(journal mode stays '%2'); put the data directory "
                                             "on a local file system.")
                                  .arg(path, mode.text(0))};
    }
    if (auto error = SchemaMigrations::migrate(*db))
        return *error;
    return db;
}

} // namespace warren::store
