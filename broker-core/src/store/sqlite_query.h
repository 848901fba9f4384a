#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace warren::store {

// One use of a cached prepared statement: bind, step, read columns. Resets the statement and
// clears its bindings when it goes out of scope, so that no use leaks into the next one and no
// finished read keeps a snapshot open. A statement that failed to prepare yields its error code
// from step(), so callers handle both the same way.
class SqliteQuery {
public:
    SqliteQuery(sqlite3_stmt* statement, int prepareResult);
    ~SqliteQuery();
    SqliteQuery(const SqliteQuery&) = delete;
    SqliteQuery& operator=(const SqliteQuery&) = delete;

    // Blobs and text are copied by SQLite: callers may pass temporaries.
    SqliteQuery& bind(int index, qint64 value);
    SqliteQuery& bind(int index, const QByteArray& blob);
    SqliteQuery& bindText(int index, const QString& text);

    // SQLITE_ROW, SQLITE_DONE or an (extended) error code.
    int step();
    // step() for statements that return no rows: SQLITE_DONE becomes SQLITE_OK.
    int run();

    qint64 int64(int column) const;
    QByteArray blob(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_statement;
    int m_result;
};

} // namespace warren::store
