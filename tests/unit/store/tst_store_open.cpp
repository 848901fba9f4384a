// Opening a data directory: what is refused, with which sentence, and that a refusal leaves the
// data exactly as it was; schema migrations; the one-process lock.

#include "store/message_payload.h"
#include "store/record_sealer.h"
#include "store/schema_migrations.h"
#include "store_test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace warren::store;
using namespace warren::store::testing;

namespace {

// Every file that was there is still there, byte for byte. New files (the lock file, SQLite's
// shared-memory index) are allowed: they are not data.
bool untouched(const QMap<QString, QByteArray>& before, const QString& dir) {
    const auto after = snapshot(dir);
    for (auto it = before.begin(); it != before.end(); ++it)
        if (after.value(it.key()) != it.value()) {
            qWarning("changed or gone: %s", qPrintable(it.key()));
            return false;
        }
    return true;
}

void createStoreWithMessages(const StoreFixture& fixture, int count) {
    auto store = fixture.openOrFail();
    QVERIFY(store);
    QVERIFY(!store->putQueue({"/", "q", false, {}}));
    for (int i = 0; i < count; ++i)
        QVERIFY(store->enqueue(message("message " + QByteArray::number(i) + QByteArray(300, 'x')),
                               {{"/", "q"}}));
    QVERIFY(store->loadDefinitions()); // waits for the writes before it
    store->close();
}

void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray hex(const QByteArray& blob) {
    return "X'" + blob.toHex() + "'";
}

} // namespace

class TestStoreOpen : public QObject {
    Q_OBJECT

private slots:
    void createsAStoreInAMissingDirectory() {
        StoreFixture fixture;
        auto store = fixture.open();
        QVERIFY2(store, qPrintable(store ? QString() : store.error().text));
        QVERIFY(QFile::exists(fixture.databasePath()));
        QVERIFY(QFile::exists(fixture.dataDir() + QStringLiteral("/warren.lock")));
        store.value()->close();
        QCOMPARE(rawQuery(fixture.databasePath(), "PRAGMA user_version").value(0),
                 QByteArray::number(SchemaMigrations::CurrentVersion));
        QCOMPARE(rawQuery(fixture.databasePath(), "PRAGMA application_id").value(0),
                 QByteArray::number(SchemaMigrations::ApplicationId));
        QVERIFY(fixture.open());
    }

    void anEmptyDatabaseFileLeftByACrashIsInitialised() {
        StoreFixture fixture;
        writeFile(fixture.databasePath(), {});
        auto store = fixture.open();
        QVERIFY2(store, qPrintable(store ? QString() : store.error().text));
    }

    void theDataDirectoryIsPrivateToItsOwner() {
        StoreFixture fixture;
        const mode_t oldMask = ::umask(022); // files 0644 unless asked otherwise
        auto store = fixture.open();
        ::umask(oldMask);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().text));
        QVERIFY(store.value()->tightenedPermissions().isEmpty()); // new: nothing to narrow
        store.value()->close();
        QCOMPARE(QFileInfo(fixture.dataDir()).permissions(), QFile::ReadOwner | QFile::WriteOwner |
                                                                 QFile::ExeOwner | QFile::ReadUser |
                                                                 QFile::WriteUser | QFile::ExeUser);
        const auto ownerOnly =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        for (const QString& name : QDir(fixture.dataDir()).entryList(QDir::Files))
            QVERIFY2(QFile::permissions(fixture.dataDir() + u'/' + name) == ownerOnly,
                     qPrintable(name));
    }

    void anExistingReadableDirectoryIsMadePrivate() {
        StoreFixture fixture;
        createStoreWithMessages(fixture, 3);
        const auto readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                              QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(fixture.databasePath(), readable));
        QVERIFY(QFile::setPermissions(fixture.dataDir(), readable | QFile::ExeOwner |
                                                             QFile::ExeUser | QFile::ExeGroup |
                                                             QFile::ExeOther));
        auto store = fixture.open();
        QVERIFY2(store, qPrintable(store ? QString() : store.error().text));
        const QStringList tightened = store.value()->tightenedPermissions();
        const QString said = tightened.join(QStringLiteral(", "));
        qInfo("%s", qPrintable(said));
        // The directory, warren.db and what SQLite made beside it with the database's mode.
        QVERIFY2(said.contains(QLatin1String("data (was 0755)")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("warren.db (was 0644)")), qPrintable(said));
        for (const QString& name : QDir(fixture.dataDir()).entryList(QDir::Files))
            QVERIFY2(!(QFile::permissions(fixture.dataDir() + u'/' + name) &
                       (QFile::ReadGroup | QFile::ReadOther)),
                     qPrintable(name));
        QVERIFY(
            !(QFile::permissions(fixture.databasePath()) & (QFile::ReadGroup | QFile::ReadOther)));
        QCOMPARE(loadAll(*store.value(), {"/", "q"}).size(), size_t(3));
    }

    void refusesAnEmptiedDatabaseOfAnEarlierRun() {
        StoreFixture fixture;
        createStoreWithMessages(fixture, 3);
        QVERIFY(QFile::resize(fixture.databasePath(), 0));
        for (int attempt = 0; attempt < 2; ++attempt) { // a refusal must not forget the store
            auto store = fixture.open();
            QVERIFY(!store);
            qInfo("%s", qPrintable(store.error().text));
            QCOMPARE(store.error().kind, StoreError::Kind::Corrupt);
            QVERIFY(store.error().text.contains(QLatin1String("missing or empty")));
            QCOMPARE(QFileInfo(fixture.databasePath()).size(), 0);
        }
        QVERIFY(QFile::remove(fixture.databasePath()));
        QVERIFY(!fixture.open());
        // Starting over on purpose: without the lock file's record, a new store is made.
        QVERIFY(QFile::remove(fixture.dataDir() + QStringLiteral("/warren.lock")));
        auto fresh = fixture.open();
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().text));
        auto definitions = fresh.value()->loadDefinitions();
        QVERIFY(definitions);
        QVERIFY(definitions.value().queues.empty());
    }

    void refusesADirectoryOfOtherFiles() {
        StoreFixture fixture;
        writeFile(fixture.dataDir() + QStringLiteral("/notes.txt"), "my notes");
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::NotWarrenData);
        QVERIFY(store.error().text.contains(QLatin1String("notes.txt")));
        QCOMPARE(snapshot(fixture.dataDir()), before); // not even a lock file
    }

    void refusesAPlainFileAsDirectory() {
        StoreFixture fixture;
        writeFile(fixture.dataDir(), "a file");
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::NotWarrenData);
    }

    void refusesAnSqliteDatabaseThatIsNotWarrens() {
        StoreFixture fixture;
        QDir().mkpath(fixture.dataDir());
        QVERIFY(rawExec(fixture.databasePath(),
                        "CREATE TABLE accounts (id, balance); INSERT INTO accounts VALUES (1, 9)"));
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::NotWarrenData);
        QVERIFY(store.error().text.contains(QLatin1String("did not create")));
        QVERIFY(untouched(before, fixture.dataDir()));
    }

    void refusesAFileThatIsNotADatabase() {
        StoreFixture fixture;
        writeFile(fixture.databasePath(), QByteArray(5000, 'z'));
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::NotWarrenData);
        QVERIFY(store.error().text.contains(QLatin1String("not a database")));
        QVERIFY(untouched(before, fixture.dataDir()));
    }

    void refusesATruncatedDatabase() {
        StoreFixture fixture;
        createStoreWithMessages(fixture, 200);
        QFile file(fixture.databasePath());
        const qint64 size = file.size();
        QVERIFY(size > 8 * 4096);
        QVERIFY(file.resize(size / 2));
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::Corrupt);
        QVERIFY2(store.error().text.contains(QLatin1String("truncated")),
                 qPrintable(store.error().text));
        QVERIFY(untouched(before, fixture.dataDir()));
    }

    void refusesACorruptDatabase() {
        StoreFixture fixture;
        createStoreWithMessages(fixture, 200);
        {
            QFile file(fixture.databasePath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Pages 3 and 4: b-tree pages of the schema's tables, now noise.
            QVERIFY(file.seek(2 * 4096));
            file.write(QByteArray(2 * 4096, char(0xA5)));
        }
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::Corrupt);
        QVERIFY2(store.error().text.contains(QLatin1String("damaged")),
                 qPrintable(store.error().text));
        QVERIFY(untouched(before, fixture.dataDir()));
    }

    void refusesTheWrongKey() {
        StoreFixture fixture;
        createStoreWithMessages(fixture, 3);
        // Another store's key file, under the same key id.
        const QString other = fixture.root() + QStringLiteral("/other.key");
        QVERIFY(FileKeyProvider(other).loadKeys(true));
        QVERIFY(QFile::remove(fixture.keyFile()));
        QVERIFY(QFile::copy(other, fixture.keyFile()));
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::KeyMismatch);
        QVERIFY2(store.error().text.contains(QLatin1String("does not decrypt")),
                 qPrintable(store.error().text));
        QVERIFY(untouched(before, fixture.dataDir()));
    }

    void refusesAMissingKeyFile() {
        StoreFixture fixture;
        createStoreWithMessages(fixture, 3);
        QVERIFY(QFile::remove(fixture.keyFile()));
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::KeyMissing);
        QVERIFY(!QFile::exists(fixture.keyFile()));
        QVERIFY(untouched(before, fixture.dataDir()));
    }

    void refusesWhenAKeyStillInUseIsMissing() {
        StoreFixture fixture;
        createStoreWithMessages(fixture, 3);
        FileKeyProvider keys(fixture.keyFile());
        QVERIFY(keys.addKey());
        QVERIFY(!keys.removeKey(1)); // too early: the store has not re-encrypted anything
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::KeyMissing);
        QVERIFY(store.error().text.contains(QLatin1String("key 1")));
    }

    void refusesANewerSchema() {
        StoreFixture fixture;
        createStoreWithMessages(fixture, 3);
        QVERIFY(rawExec(fixture.databasePath(), "PRAGMA user_version = 99"));
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QCOMPARE(store.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY(store.error().text.contains(QLatin1String("version 99")));
        QVERIFY(untouched(before, fixture.dataDir()));
    }

    void refusesAWriteAheadLogWithoutItsDatabase() {
        StoreFixture fixture;
        writeFile(fixture.dataDir() + QStringLiteral("/warren.db-wal"), QByteArray(100, 'w'));
        const auto before = snapshot(fixture.dataDir());
        auto store = fixture.open();
        QVERIFY(!store);
        qInfo("%s", qPrintable(store.error().text));
        QVERIFY(store.error().text.contains(QLatin1String("warren.db-wal")));
        QCOMPARE(snapshot(fixture.dataDir()), before);
    }

    void migratesAVersion1Database() {
        // A database as Warren's schema version 1 wrote it, built here by hand: the migration
        // must carry it forward without going through the code that creates new stores.
        StoreFixture fixture;
        QDir().mkpath(fixture.dataDir());
        auto keys = FileKeyProvider(fixture.keyFile()).loadKeys(true);
        QVERIFY(keys);
        RecordSealer sealer(keys.value());
        const auto check =
            sealer.seal(QByteArray("warren key check"), RecordSealer::keyCheckIdentity());
        MessageRecord record = message("kept across the migration", 3);
        record.expiresAtMs = 1234;
        const auto payload =
            sealer.seal(MessagePayload::encode(record), RecordSealer::messageIdentity(1));
        QVERIFY(check && payload);
        const QByteArray v1 = R"sql(
PRAGMA journal_mode = WAL;
BEGIN;
PRAGMA application_id = 1463898702;
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('format', 'warren-store');
CREATE TABLE vhosts (name BLOB PRIMARY KEY, metadata BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE users (name BLOB PRIMARY KEY, password_hash BLOB NOT NULL, tags TEXT NOT NULL)
    WITHOUT ROWID;
CREATE TABLE permissions (user BLOB NOT NULL, vhost BLOB NOT NULL, configure TEXT NOT NULL,
    write TEXT NOT NULL, read TEXT NOT NULL, PRIMARY KEY (user, vhost)) WITHOUT ROWID;
CREATE TABLE exchanges (vhost BLOB NOT NULL, name BLOB NOT NULL, type BLOB NOT NULL,
    auto_delete INTEGER NOT NULL, internal INTEGER NOT NULL, arguments BLOB NOT NULL,
    PRIMARY KEY (vhost, name)) WITHOUT ROWID;
CREATE TABLE queues (id INTEGER PRIMARY KEY, vhost BLOB NOT NULL, name BLOB NOT NULL,
    auto_delete INTEGER NOT NULL, arguments BLOB NOT NULL, UNIQUE (vhost, name));
CREATE TABLE bindings (vhost BLOB NOT NULL, source BLOB NOT NULL,
    destination_kind INTEGER NOT NULL, destination BLOB NOT NULL, routing_key BLOB NOT NULL,
    arguments BLOB NOT NULL,
    PRIMARY KEY (vhost, source, destination_kind, destination, routing_key, arguments))
    WITHOUT ROWID;
CREATE TABLE keys (id INTEGER PRIMARY KEY, retired INTEGER NOT NULL DEFAULT 0,
    key_check BLOB NOT NULL);
CREATE TABLE messages (id INTEGER PRIMARY KEY, refs INTEGER NOT NULL, key_id INTEGER NOT NULL,
    payload BLOB NOT NULL, body_size INTEGER NOT NULL, priority INTEGER NOT NULL,
    expires_at INTEGER NOT NULL);
CREATE TABLE queue_messages (queue_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    message_id INTEGER NOT NULL, state INTEGER NOT NULL, PRIMARY KEY (queue_id, seq))
    WITHOUT ROWID;
INSERT INTO vhosts VALUES (X'2f', X'');
INSERT INTO users VALUES (CAST('admin' AS BLOB), CAST('hash' AS BLOB), 'administrator');
INSERT INTO queues VALUES (5, X'2f', CAST('orders' AS BLOB), 0, X'');
INSERT INTO messages VALUES (1, 1, )sql" +
                              QByteArray::number(check->keyId) + ", " + hex(payload->blob) +
                              ", 25, 3, 1234);\n"
                              "INSERT INTO queue_messages VALUES (5, 41, 1, 1);\n"
                              "INSERT INTO keys VALUES (" +
                              QByteArray::number(check->keyId) + ", 0, " + hex(check->blob) +
                              ");\nPRAGMA user_version = 1;\nCOMMIT;\n";
        QVERIFY(rawExec(fixture.databasePath(), v1));

        auto opened = fixture.open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text));
        auto& store = *opened.value();
        auto definitions = store.loadDefinitions();
        QVERIFY(definitions);
        QCOMPARE(definitions.value().queues.size(), size_t(1));
        QCOMPARE(definitions.value().queues[0].name, QByteArray("orders"));
        QCOMPARE(definitions.value().users[0].tags, QStringList{QStringLiteral("administrator")});
        auto messages = store.loadMessages({"/", "orders"}, 0, 10);
        QVERIFY(messages);
        QCOMPARE(messages.value().size(), size_t(1));
        QCOMPARE(messages.value()[0].seq, quint64(41));
        QVERIFY(messages.value()[0].redelivered); // it was delivered-unacked in version 1
        QCOMPARE(messages.value()[0].record, record);
        // Version 2's key/value area works, and the next message continues the queue's order.
        QVERIFY(!store.putValue("mqtt/retained//", "a/b", "payload"));
        QCOMPARE(store.loadValue("mqtt/retained//", "a/b").value().value_or(""),
                 QByteArray("payload"));
        QCOMPARE(store.enqueue(message("next"), {{"/", "orders"}}).value(),
                 std::vector<quint64>{42});
        store.close();
        QCOMPARE(rawQuery(fixture.databasePath(), "PRAGMA user_version").value(0),
                 QByteArray::number(SchemaMigrations::CurrentVersion));
    }

    void everyMigrationStepIsNumberedInOrder() {
        int expected = 1;
        for (const auto& step : SchemaMigrations::steps())
            QCOMPARE(step.version, expected++);
        QCOMPARE(expected - 1, SchemaMigrations::CurrentVersion);
    }

    void refusesASecondStoreOnTheSameDirectory() {
        StoreFixture fixture;
        auto first = fixture.open();
        QVERIFY(first);
        auto second = fixture.open();
        QVERIFY(!second);
        qInfo("%s", qPrintable(second.error().text));
        QCOMPARE(second.error().kind, StoreError::Kind::Locked);
        QVERIFY2(second.error().text.contains(QStringLiteral("PID %1").arg(::getpid())),
                 qPrintable(second.error().text));
        first.value()->close();
        QVERIFY(fixture.open());
    }

    void refusesADirectoryAnotherProcessHolds() {
        StoreFixture fixture;
        QProcess holder;
        holder.start(QStringLiteral(STORE_CRASH_HELPER),
                     {QStringLiteral("hold"), fixture.dataDir(), fixture.keyFile()});
        QVERIFY(holder.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return holder.canReadLine(); }, 10000));
        const QByteArray line = holder.readLine().trimmed();
        QVERIFY2(line.startsWith("HOLDING "), line.constData());
        const QByteArray pid = line.mid(8);
        QCOMPARE(pid.toLongLong(), holder.processId());

        auto refused = fixture.open();
        QVERIFY(!refused);

        qInfo("%s", qPrintable(refused.error().text));
        QCOMPARE(refused.error().kind, StoreError::Kind::Locked);
        QVERIFY2(refused.error().text.contains(QLatin1String("PID " + pid)),
                 qPrintable(refused.error().text));

        holder.kill(); // SIGKILL: the kernel releases the lock, a stale file does not block
        QVERIFY(holder.waitForFinished());
        QVERIFY(fixture.open());
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_store_open.moc"
