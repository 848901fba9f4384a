// Encryption at rest as seen from outside: no published plaintext in the database or its WAL,
// records that cannot be swapped, and key rotation while the store keeps working.

#include "store/aes_gcm_cipher.h"
#include "store/env_key_provider.h"
#include "store_test_support.h"

#include <QFile>
#include <QTest>

using namespace warren::store;
using namespace warren::store::testing;

namespace {
const QueueRef Q{"/", "q"};

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

StoreResult<std::unique_ptr<SqliteStore>> openWithSlice(const StoreFixture& fixture, int slice) {
    SqliteStore::Options options;
    options.directory = fixture.dataDir();
    options.rotationSlice = slice;
    return SqliteStore::open(options, std::make_shared<FileKeyProvider>(fixture.keyFile()));
}

bool rotationFinished(MessageStore& store) {
    auto status = store.encryptionStatus();
    return status && !status.value().rotating &&
           status.value().keysInUse == std::vector<quint32>{status.value().currentKeyId};
}
} // namespace

class TestStoreEncryption : public QObject {
    Q_OBJECT

private slots:
    void publishedPlaintextReachesNeitherTheDatabaseNorItsLog() {
        const QByteArray marker = "PUBLISHED-PLAINTEXT-MARKER-3f9c";
        // Definitions are not encrypted: this name shows the search would find plain text.
        const QByteArray control = "CONTROL-QUEUE-NAME-5e21";
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        store->putQueue({"/", control, false, {}});
        MessageRecord record;
        record.exchange = "exchange-" + marker;
        record.routingKey = "key-" + marker;
        record.properties = "headers-" + marker;
        record.body = "body-" + marker + QByteArray(3000, ' ') + marker;
        CompletionProbe probe;
        QVERIFY(store->enqueue(record, {{"/", control}}, probe.completion()));
        store->putValue("mqtt/retained//", "topic", "retained-" + marker, probe.completion());
        QVERIFY(probe.waitFor(2));
        QCOMPARE(probe.failures, 0);

        // While open, the committed data sits in the WAL.
        const QByteArray wal = readFile(fixture.databasePath() + QStringLiteral("-wal"));
        const QByteArray db = readFile(fixture.databasePath());
        QVERIFY(!wal.isEmpty());
        QVERIFY(wal.contains(control) || db.contains(control));
        QVERIFY(!wal.contains(marker));
        QVERIFY(!db.contains(marker));

        // After close, everything has been checkpointed into the database file.
        store->close();
        const QByteArray checkpointed = readFile(fixture.databasePath());
        QVERIFY(checkpointed.contains(control));
        QVERIFY(!checkpointed.contains(marker));
        QVERIFY(!readFile(fixture.databasePath() + QStringLiteral("-wal")).contains(marker));
    }

    void swappedRecordsFailAuthentication() {
        StoreFixture fixture;
        {
            auto store = fixture.openOrFail();
            QVERIFY(store);
            store->putQueue({"/", "q", false, {}});
            store->enqueue(message("first"), {Q});
            store->enqueue(message("second"), {Q});
            store->putValue("ns", "a", "value of a");
            store->putValue("ns", "b", "value of b");
        }
        // Someone with write access to the file moves ciphertexts between records.
        QVERIFY(rawExec(
            fixture.databasePath(),
            "UPDATE messages SET payload = (SELECT payload FROM messages m2 "
            "WHERE m2.id != messages.id);"
            "UPDATE kv SET value = (SELECT value FROM kv k2 WHERE k2.key = CAST('a' AS BLOB)) "
            "WHERE key = CAST('b' AS BLOB);"));
        auto store = fixture.openOrFail();
        QVERIFY(store);
        auto messages = store->loadMessages(Q, 0, 10);
        QVERIFY(!messages);
        QCOMPARE(messages.error().kind, StoreError::Kind::Tampered);
        qInfo("%s", qPrintable(messages.error().text));
        QCOMPARE(store->loadValue("ns", "a").value().value_or(""), QByteArray("value of a"));
        QCOMPARE(store->loadValue("ns", "b").error().kind, StoreError::Kind::Tampered);
        // The damage stays with the records: the store keeps working.
        QVERIFY(!store->putValue("ns", "c", "fine"));
        QCOMPARE(store->loadValue("ns", "c").value().value_or(""), QByteArray("fine"));
    }

    void keyRotationReencryptsEverythingWhileTheStoreWorks() {
        StoreFixture fixture;
        auto opened = openWithSlice(fixture, 16);
        QVERIFY(opened);
        auto& store = *opened.value();
        store.putQueue({"/", "q", false, {}});
        for (int i = 0; i < 300; ++i)
            store.enqueue(message("before " + QByteArray::number(i)), {Q});
        for (int i = 0; i < 40; ++i)
            store.putValue("mqtt/sessions", "client-" + QByteArray::number(i), "session");
        QCOMPARE(store.encryptionStatus().value().keysInUse, std::vector<quint32>{1});

        FileKeyProvider keys(fixture.keyFile());
        QCOMPARE(keys.addKey().value(), 2u);
        CompletionProbe rotated;
        QVERIFY(!store.rotateKeys(rotated.completion()));
        QVERIFY(rotated.waitFor());
        QVERIFY(!rotated.lastError);
        // New writes use the new key at once, and keep flowing during re-encryption.
        for (int i = 0; i < 100; ++i)
            store.enqueue(message("during " + QByteArray::number(i)), {Q});
        auto status = store.encryptionStatus().value();
        QCOMPARE(status.currentKeyId, 2u);
        QVERIFY(QTest::qWaitFor([&] { return rotationFinished(store); }, 20000));
        QVERIFY(store.encryptionStatus().value().reencryptedRecords >= 340);
        QCOMPARE(loadAll(store, Q).size(), size_t(400));
        store.close();

        QCOMPARE(rawQuery(fixture.databasePath(), "SELECT DISTINCT key_id FROM messages"),
                 QList<QByteArray>{"2"});
        QCOMPARE(rawQuery(fixture.databasePath(), "SELECT DISTINCT key_id FROM kv"),
                 QList<QByteArray>{"2"});
        // Only now may the old key go; the store opens without it.
        QVERIFY(!keys.removeKey(1));
        auto reopened = fixture.openOrFail();
        QVERIFY(reopened);
        QCOMPARE(loadAll(*reopened, Q).size(), size_t(400));
        QCOMPARE(reopened->loadValues("mqtt/sessions").value().size(), size_t(40));
    }

    void anUnfinishedRotationResumesAfterARestart() {
        StoreFixture fixture;
        {
            auto opened = openWithSlice(fixture, 1);
            QVERIFY(opened);
            auto& store = *opened.value();
            store.putQueue({"/", "q", false, {}});
            for (int i = 0; i < 3000; ++i)
                store.enqueue(message(QByteArray::number(i)), {Q});
            FileKeyProvider(fixture.keyFile()).addKey();
            CompletionProbe rotated;
            store.rotateKeys(rotated.completion());
            QVERIFY(rotated.waitFor());
            // One record per commit: far from done when the store closes.
        }
        const int left =
            rawQuery(fixture.databasePath(), "SELECT count(*) FROM messages WHERE key_id = 1")
                .value(0)
                .toInt();
        qInfo("%d of 3000 messages still under the old key at close", left);
        QVERIFY(left > 0);
        auto opened = openWithSlice(fixture, 500);
        QVERIFY(opened);
        auto& store = *opened.value();
        QVERIFY(QTest::qWaitFor([&] { return rotationFinished(store); }, 20000));
        QCOMPARE(loadAll(store, Q).size(), size_t(3000));
    }

    void rotatingToAKeyThatDoesNotFitIsReported() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        store->putQueue({"/", "q", false, {}});
        store->enqueue(message("m"), {Q});
        // A missing key file is refused at once.
        QVERIFY(QFile::rename(fixture.keyFile(), fixture.keyFile() + QStringLiteral(".saved")));
        QCOMPARE(store->rotateKeys()->kind, StoreError::Kind::KeyMissing);
        // One with another key under the store's key id is refused once the writer checks it.
        QVERIFY(FileKeyProvider(fixture.keyFile()).loadKeys(true));
        CompletionProbe rotated;
        QVERIFY(!store->rotateKeys(rotated.completion()));
        QVERIFY(rotated.waitFor());
        QVERIFY(rotated.lastError);
        QCOMPARE(rotated.lastError->kind, StoreError::Kind::KeyMismatch);
        // The store carries on with the keys it had.
        QCOMPARE(bodies(loadAll(*store, Q)), QList<QByteArray>{"m"});
    }

    void environmentKeysWork() {
        StoreFixture fixture;
        SqliteStore::Options options;
        options.directory = fixture.dataDir();
        qputenv("WARREN_TEST_STORE_KEY", AesGcmCipher::randomKey().toBase64());
        {
            auto store = SqliteStore::open(
                options, std::make_shared<EnvKeyProvider>("WARREN_TEST_STORE_KEY"));
            QVERIFY(store);
            store.value()->putValue("ns", "k", "v");
        }
        auto same =
            SqliteStore::open(options, std::make_shared<EnvKeyProvider>("WARREN_TEST_STORE_KEY"));
        QVERIFY(same);
        QCOMPARE(same.value()->loadValue("ns", "k").value().value_or(""), QByteArray("v"));
        same.value()->close();
        qputenv("WARREN_TEST_STORE_KEY", AesGcmCipher::randomKey().toBase64());
        auto other =
            SqliteStore::open(options, std::make_shared<EnvKeyProvider>("WARREN_TEST_STORE_KEY"));
        QVERIFY(!other);
        QCOMPARE(other.error().kind, StoreError::Kind::KeyMismatch);
        qunsetenv("WARREN_TEST_STORE_KEY");
    }
};

QTEST_GUILESS_MAIN(TestStoreEncryption)
#include "tst_store_encryption.moc"
