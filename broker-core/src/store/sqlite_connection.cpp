#include "store/sqlite_connection.h"

#include <QFile>
#include <sqlite3.h>

namespace warren::store {

SqliteConnection::SqliteConnection(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path)) {}

SqliteConnection::~SqliteConnection() {
    for (auto& entry : m_statements)
        sqlite3_finalize(entry.second);
    sqlite3_close_v2(m_db);
}

StoreResult<std::unique_ptr<SqliteConnection>>
SqliteConnection::open(const QString& path, int flags, const QByteArray& vfs) {
    sqlite3* db = nullptr;
    // NOMUTEX: one thread at a time uses a connection, so SQLite's own locking is pure cost.
    const int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags | SQLITE_OPEN_NOMUTEX,
                        vfs.isEmpty() ? nullptr : vfs.constData());
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db, path));
    if (rc != SQLITE_OK)
        return connection->error(rc, QStringLiteral("opening"));
    sqlite3_extended_result_codes(db, 1);
    return connection;
}

SqliteQuery SqliteConnection::query(const char* sql) {
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return SqliteQuery(it->second, SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    const int rc =
        sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return SqliteQuery(nullptr, rc);
    }
    m_statements.emplace(sql, statement);
    return SqliteQuery(statement, SQLITE_OK);
}

int SqliteConnection::exec(const char* sql) {
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

StoreResult<qint64> SqliteConnection::queryInteger(const char* sql) {
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    qint64 value = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int64(statement, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK)
        return error(rc, QStringLiteral("reading"));
    return value;
}

int SqliteConnection::begin() {
    // IMMEDIATE takes the write lock up front: a batch never fails half-way to upgrade it.
    return exec("BEGIN IMMEDIATE");
}

int SqliteConnection::commit() {
    return exec("COMMIT");
}

void SqliteConnection::rollback() {
    if (inTransaction())
        exec("ROLLBACK");
}

bool SqliteConnection::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 SqliteConnection::changes() const {
    return sqlite3_changes64(m_db);
}

StoreError SqliteConnection::error(int rc, const QString& doing) const {
    const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return {StoreError::Kind::DiskFull,
                QStringLiteral("Could not write to '%1' because the disk is full (%2 while %3); "
                               "free some space: what failed was not stored, and nothing "
                               "committed before it is lost.")
                    .arg(m_path, detail, doing)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {StoreError::Kind::Corrupt,
                QStringLiteral("The database '%1' is damaged (%2 while %3); restore it from a "
                               "backup, or move the data directory away to start empty.")
                    .arg(m_path, detail, doing)};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOMEM:
        return {StoreError::Kind::Io,
                QStringLiteral("Could not access '%1' (%2 while %3); check the disk and the file "
                               "permissions: what failed was not stored, and nothing committed "
                               "before it is lost.")
                    .arg(m_path, detail, doing)};
    default:
        return {StoreError::Kind::Internal,
                QStringLiteral("The store failed on '%1' (%2, code %3, while %4); this is a bug "
                               "in Warren, please report it with this message.")
                    .arg(m_path, detail)
                    .arg(rc)
                    .arg(doing)};
    }
}

} // namespace warren::store
