#include "store/sqlite_query.h"

#include <sqlite3.h>

namespace warren::store {

SqliteQuery::SqliteQuery(sqlite3_stmt* statement, int prepareResult)
    : m_statement(statement)
    , m_result(statement ? SQLITE_OK
                         : (prepareResult == SQLITE_OK ? SQLITE_MISUSE : prepareResult)) {}

SqliteQuery::~SqliteQuery() {
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

SqliteQuery& SqliteQuery::bind(int index, qint64 value) {
    if (m_result == SQLITE_OK)
        m_result = sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteQuery& SqliteQuery::bind(int index, const QByteArray& blob) {
    if (m_result != SQLITE_OK)
        return *this;
    // A null data pointer would bind SQL NULL; the columns are NOT NULL, so bind an empty blob.
    m_result = blob.isEmpty() ? sqlite3_bind_zeroblob(m_statement, index, 0)
                              : sqlite3_bind_blob64(m_statement, index, blob.constData(),
                                                    sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteQuery& SqliteQuery::bindText(int index, const QString& text) {
    if (m_result != SQLITE_OK)
        return *this;
    const QByteArray utf8 = text.toUtf8();
    m_result = sqlite3_bind_text64(m_statement, index, utf8.constData(),
                                   sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

int SqliteQuery::step() {
    if (m_result != SQLITE_OK)
        return m_result;
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        m_result = rc;
    return rc;
}

int SqliteQuery::run() {
    const int rc = step();
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

qint64 SqliteQuery::int64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteQuery::blob(int column) const {
    const void* data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return QByteArray(static_cast<const char*>(data), data ? size : 0);
}

QString SqliteQuery::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return QString::fromUtf8(data, data ? size : 0);
}

bool SqliteQuery::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace warren::store
