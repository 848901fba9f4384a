// Encryption at rest: AES-256-GCM records, the message payload format, and where keys come from.

#include "store/aes_gcm_cipher.h"
#include "store/env_key_provider.h"
#include "store/file_key_provider.h"
#include "store/message_payload.h"
#include "store/record_sealer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <sys/stat.h>

using namespace warren::store;

class TestStoreCrypto : public QObject {
    Q_OBJECT

private slots:
    void sealedRecordsOpenWithTheSameKeyAndAssociatedData() {
        AesGcmCipher cipher;
        const QByteArray key = AesGcmCipher::randomKey();
        const auto sealed = cipher.seal(key, "hello", "id-1");
        QVERIFY(sealed);
        QCOMPARE(sealed->size(), 5 + AesGcmCipher::Overhead);
        QVERIFY(!sealed->contains("hello"));
        QCOMPARE(cipher.open(key, *sealed, "id-1").value_or("?"), QByteArray("hello"));
    }

    void everySealUsesAFreshNonce() {
        AesGcmCipher cipher;
        const QByteArray key = AesGcmCipher::randomKey();
        const auto a = cipher.seal(key, "same", "id");
        const auto b = cipher.seal(key, "same", "id");
        QVERIFY(a && b);
        QVERIFY(a->left(AesGcmCipher::NonceSize) != b->left(AesGcmCipher::NonceSize));
        QVERIFY(*a != *b);
    }

    void alteredRecordsDoNotOpen() {
        AesGcmCipher cipher;
        const QByteArray key = AesGcmCipher::randomKey();
        const QByteArray sealed = *cipher.seal(key, "payload bytes", "id-1");
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray flipped = sealed;
            flipped[i] = char(flipped[i] ^ 0x01);
            QVERIFY2(!cipher.open(key, flipped, "id-1"), qPrintable(QString::number(i)));
        }
        QVERIFY(!cipher.open(key, sealed.left(sealed.size() - 1), "id-1"));
        QVERIFY(!cipher.open(key, sealed.left(5), "id-1"));
    }

    void recordsDoNotOpenUnderAnotherIdentityOrKey() {
        AesGcmCipher cipher;
        const QByteArray key = AesGcmCipher::randomKey();
        const QByteArray sealed = *cipher.seal(key, "payload", "id-1");
        QVERIFY(!cipher.open(key, sealed, "id-2"));
        QVERIFY(!cipher.open(AesGcmCipher::randomKey(), sealed, "id-1"));
        QVERIFY(!cipher.seal("short key", "x", "id"));
    }

    void emptyPlaintextStillAuthenticates() {
        AesGcmCipher cipher;
        const QByteArray key = AesGcmCipher::randomKey();
        const auto sealed = cipher.seal(key, "", "id");
        QVERIFY(sealed);
        QCOMPARE(cipher.open(key, *sealed, "id").value_or("?"), QByteArray());
        QVERIFY(!cipher.open(key, *sealed, "other"));
    }

    void sealerBindsTheKeyIdAndTheRecordIdentity() {
        KeyRing ring;
        ring.add(1, AesGcmCipher::randomKey());
        ring.add(2, AesGcmCipher::randomKey());
        RecordSealer sealer(ring);
        QCOMPARE(sealer.keys().currentId(), 2u);
        const auto sealed = sealer.seal("body", RecordSealer::messageIdentity(7));
        QVERIFY(sealed);
        QCOMPARE(sealed->keyId, 2u);
        QCOMPARE(sealer.open(2, sealed->blob, RecordSealer::messageIdentity(7)).value_or("?"),
                 QByteArray("body"));
        QVERIFY(!sealer.open(2, sealed->blob, RecordSealer::messageIdentity(8)));
        QVERIFY(!sealer.open(1, sealed->blob, RecordSealer::messageIdentity(7)));
        QVERIFY(!sealer.open(3, sealed->blob, RecordSealer::messageIdentity(7)));
        QVERIFY(RecordSealer::valueIdentity("a/b", "c") != RecordSealer::valueIdentity("a", "b/c"));
    }

    void payloadRoundTripsAndRejectsMalformedInput() {
        MessageRecord record;
        record.exchange = "ex";
        record.routingKey = "";
        record.properties = QByteArray("\x00\x01", 2);
        record.body = QByteArray(70000, 'b');
        const QByteArray encoded = MessagePayload::encode(record);
        const auto decoded = MessagePayload::decode(encoded);
        QVERIFY(decoded);
        QCOMPARE(*decoded, record);
        QVERIFY(!MessagePayload::decode(encoded.left(encoded.size() - 1)));
        QVERIFY(!MessagePayload::decode(encoded + 'x'));
        QVERIFY(!MessagePayload::decode(QByteArray()));
        QVERIFY(!MessagePayload::decode(QByteArray("\x02", 1)));
        QVERIFY(!MessagePayload::decode(QByteArray("\x03", 1)));
    }

    void payloadKeepsThePropertiesFormatAndReadsTheUntaggedVersion() {
        MessageRecord record;
        record.propertiesFormat = 7;
        record.propertiesFormatVersion = 3;
        record.properties = "props";
        const auto tagged = MessagePayload::decode(MessagePayload::encode(record));
        QVERIFY(tagged);
        QCOMPARE(tagged->propertiesFormat, quint8(7));
        QCOMPARE(tagged->propertiesFormatVersion, quint8(3));

        // Version 1, as Warren wrote it before formats were tagged: AMQP 0-9-1 properties.
        QByteArray untagged("\x01", 1);
        for (const QByteArray& field :
             {QByteArray("ex"), QByteArray("key"), QByteArray("\x80\x00", 2), QByteArray("body")}) {
            const quint32 size = qToBigEndian(quint32(field.size()));
            untagged.append(reinterpret_cast<const char*>(&size), 4).append(field);
        }
        const auto old = MessagePayload::decode(untagged);
        QVERIFY(old);
        QCOMPARE(old->exchange, QByteArray("ex"));
        QCOMPARE(old->routingKey, QByteArray("key"));
        QCOMPARE(old->properties, QByteArray("\x80\x00", 2));
        QCOMPARE(old->body, QByteArray("body"));
        QCOMPARE(old->propertiesFormat, quint8(1));
        QCOMPARE(old->propertiesFormatVersion, quint8(1));
    }

    void fileProviderCreatesAPrivateKeyFileOnFirstUse() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/store.key"));
        FileKeyProvider provider(path);
        auto first = provider.loadKeys(true);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().text));
        QCOMPARE(first.value().currentId(), 1u);
        QCOMPARE(first.value().currentKey().size(), AesGcmCipher::KeySize);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        auto again = FileKeyProvider(path).loadKeys(true);
        QVERIFY(again);
        QCOMPARE(again.value().currentKey(), first.value().currentKey());
    }

    void fileProviderOnlyCreatesKeysForANewStore() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.key"));
        auto missing = FileKeyProvider(path).loadKeys(false);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, StoreError::Kind::KeyMissing);
        QVERIFY(!QFile::exists(path)); // no new key that could not read the store anyway
        QVERIFY(!FileKeyProvider(path).addKey());
    }

    void fileProviderRotatesKeys() {
        QTemporaryDir dir;
        FileKeyProvider provider(dir.filePath(QStringLiteral("store.key")));
        QVERIFY(provider.loadKeys(true));
        auto added = provider.addKey();
        QVERIFY(added);
        QCOMPARE(added.value(), 2u);
        auto ring = provider.loadKeys(true);
        QCOMPARE(ring.value().ids(), (std::vector<quint32>{1, 2}));
        QCOMPARE(ring.value().currentId(), 2u);
        auto refused = provider.removeKey(2);
        QVERIFY(refused);
        QCOMPARE(refused->kind, StoreError::Kind::InvalidArgument);
        QVERIFY(!provider.removeKey(1));
        QCOMPARE(provider.loadKeys(true).value().ids(), (std::vector<quint32>{2}));
    }

    void fileProviderRefusesAKeyFileOthersCanRead() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.key"));
        QVERIFY(FileKeyProvider(path).loadKeys(true));
        ::chmod(QFile::encodeName(path).constData(), 0644);
        auto refused = FileKeyProvider(path).loadKeys(true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::KeyProvider);
        QVERIFY(refused.error().text.contains(QLatin1String("chmod 600")));
    }

    void fileProviderRefusesAMalformedKeyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# comment\n1 bm90IGEga2V5\n");
        file.close();
        ::chmod(QFile::encodeName(path).constData(), 0600);
        auto refused = FileKeyProvider(path).loadKeys(true);
        QVERIFY(!refused);
        QVERIFY(refused.error().text.contains(QLatin1String("line 2")));
    }

    void envProviderReadsOneKeyOrSeveral() {
        const QByteArray one = AesGcmCipher::randomKey();
        const QByteArray two = AesGcmCipher::randomKey();
        qputenv("WARREN_TEST_KEY", one.toBase64());
        auto single = EnvKeyProvider("WARREN_TEST_KEY").loadKeys(false);
        QVERIFY(single);
        QCOMPARE(single.value().currentId(), 1u);
        QCOMPARE(single.value().currentKey(), one);
        qputenv("WARREN_TEST_KEY", "1:" + one.toBase64() + ", 2:" + two.toBase64());
        auto both = EnvKeyProvider("WARREN_TEST_KEY").loadKeys(false);
        QVERIFY(both);
        QCOMPARE(both.value().currentId(), 2u);
        QCOMPARE(*both.value().key(1), one);
        qunsetenv("WARREN_TEST_KEY");
    }

    void envProviderExplainsAMissingOrBadVariable() {
        qunsetenv("WARREN_TEST_KEY");
        auto unset = EnvKeyProvider("WARREN_TEST_KEY").loadKeys(false);
        QVERIFY(!unset);
        QVERIFY(unset.error().text.contains(QLatin1String("is not set")));
        qputenv("WARREN_TEST_KEY", "dG9vIHNob3J0");
        auto bad = EnvKeyProvider("WARREN_TEST_KEY").loadKeys(false);
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, StoreError::Kind::KeyProvider);
        qunsetenv("WARREN_TEST_KEY");
    }
};

QTEST_GUILESS_MAIN(TestStoreCrypto)
#include "tst_store_crypto.moc"
