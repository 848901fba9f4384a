#include "store_test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>
#include <sqlite3.h>

namespace warren::store::testing {

Completion CompletionProbe::completion() {
    return {this, [this](const std::optional<StoreError>& error) {
                ++fired;
                thread = QThread::currentThread();
                if (error) {
                    ++failures;
                    lastError = error;
                }
            }};
}

bool CompletionProbe::waitFor(int count, int timeoutMs) {
    return QTest::qWaitFor([&] { return fired >= count; }, timeoutMs);
}

StoreFixture::StoreFixture() = default;

StoreResult<std::unique_ptr<SqliteStore>> StoreFixture::open(QByteArray vfs) const {
    SqliteStore::Options options;
    options.directory = dataDir();
    options.vfs = std::move(vfs);
    return SqliteStore::open(options, std::make_shared<FileKeyProvider>(keyFile()));
}

std::unique_ptr<SqliteStore> StoreFixture::openOrFail() const {
    auto store = open();
    if (!store) {
        qWarning("open failed: %s", qPrintable(store.error().text));
        return nullptr;
    }
    return std::move(store.value());
}

MessageRecord message(const QByteArray& body, quint8 priority) {
    MessageRecord record;
    record.exchange = "amq.direct";
    record.routingKey = "rk";
    record.properties = "props:" + body;
    record.body = body;
    record.priority = priority;
    return record;
}

QList<QByteArray> bodies(const std::vector<StoredMessage>& messages) {
    QList<QByteArray> out;
    for (const auto& m : messages)
        out << m.record.body;
    return out;
}

QMap<QString, QByteArray> snapshot(const QString& directory) {
    QMap<QString, QByteArray> out;
    const QDir dir(directory);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.insert(name, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

std::vector<StoredMessage> loadAll(MessageStore& store, const QueueRef& queue, int page) {
    std::vector<StoredMessage> out;
    quint64 after = 0;
    for (;;) {
        auto batch = store.loadMessages(queue, after, page);
        if (!batch || batch.value().empty())
            return out;
        after = batch.value().back().seq;
        for (auto& m : batch.value())
            out.push_back(std::move(m));
    }
}

QList<QByteArray> rawQuery(const QString& databasePath, const QByteArray& sql) {
    QList<QByteArray> out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW)
                out << QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, 0)),
                                  sqlite3_column_bytes(statement, 0));
        } else {
            qWarning("raw query failed: %s", sqlite3_errmsg(db));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return out;
}

bool rawExec(const QString& databasePath, const QByteArray& sql) {
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK &&
              sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        qWarning("raw exec failed: %s", sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

} // namespace warren::store::testing
