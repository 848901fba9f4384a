#pragma once

#include "store/file_key_provider.h"
#include "store/sqlite_store.h"

#include <QMap>
#include <QObject>
#include <QTemporaryDir>
#include <QThread>
#include <optional>

namespace warren::store::testing {

// Hears one or more completions on the thread it lives in, and remembers what they said.
class CompletionProbe : public QObject {
public:
    Completion completion();
    // Waits (running the event loop) until `count` completions have arrived.
    bool waitFor(int count = 1, int timeoutMs = 10000);

    int fired = 0;
    std::optional<StoreError> lastError;
    int failures = 0;
    QThread* thread = nullptr;
};

// A data directory and, beside it rather than in it, a key file.
class StoreFixture {
public:
    StoreFixture();

    QString dataDir() const { return m_root.filePath(QStringLiteral("data")); }
    QString keyFile() const { return m_root.filePath(QStringLiteral("keys/store.key")); }
    QString root() const { return m_root.path(); }
    QString databasePath() const { return dataDir() + QStringLiteral("/warren.db"); }

    StoreResult<std::unique_ptr<SqliteStore>> open(QByteArray vfs = {}) const;
    std::unique_ptr<SqliteStore> openOrFail() const; // QVERIFY-friendly: null on failure

private:
    QTemporaryDir m_root;
};

MessageRecord message(const QByteArray& body, quint8 priority = 0);
QList<QByteArray> bodies(const std::vector<StoredMessage>& messages);
// Every file in `directory` with a digest of its content: equal before and after means untouched.
QMap<QString, QByteArray> snapshot(const QString& directory);
// All messages of a queue, paging through the store.
std::vector<StoredMessage> loadAll(MessageStore& store, const QueueRef& queue, int page = 1000);
// Runs SQL against a closed store's database file and returns the first column of each row.
QList<QByteArray> rawQuery(const QString& databasePath, const QByteArray& sql);
bool rawExec(const QString& databasePath, const QByteArray& sql);

} // namespace warren::store::testing
