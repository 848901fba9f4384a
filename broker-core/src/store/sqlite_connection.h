#pragma once

#include "store/sqlite_query.h"
#include "store/store_result.h"

#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace warren::store {

// An SQLite connection with a cache of prepared statements, keyed by the address of their SQL
// text (so the text must be static). Not thread-safe: the store hands it from the opening
// thread to the writer thread, and only one of them uses it at a time.
class SqliteConnection {
public:
    // `vfs` empty: SQLite's default VFS. Tests pass a fault-injecting one.
    static StoreResult<std::unique_ptr<SqliteConnection>> open(const QString& path, int flags,
                                                               const QByteArray& vfs);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    SqliteQuery query(const char* sql);
    // Runs SQL without results, possibly several statements (schema, pragmas, BEGIN/COMMIT).
    int exec(const char* sql);
    // Runs a pragma or query whose first column of the first row is an integer.
    StoreResult<qint64> queryInteger(const char* sql);

    int begin();
    int commit();
    // Safe to call whether or not a transaction is still open: SQLite rolls some failed
    // transactions back on its own.
    void rollback();
    bool inTransaction() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    qint64 changes() const;

    // Turns an SQLite result into one sentence about this database, classified by cause.
    StoreError error(int rc, const QString& doing) const;

private:
    SqliteConnection(sqlite3* db, QString path);

    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<const char*, sqlite3_stmt*> m_statements;
};

} // namespace warren::store
