#include "auth/user_database.h"

#include <QTest>

using namespace warren::auth;

class TestUserDatabase : public QObject {
    Q_OBJECT
private slots:
    void passwordsAreSaltedAndChecked() {
        UserDatabase db;
        db.addUser("guest", "guest", {"administrator"}, true);
        QCOMPARE(db.authenticate("guest", "guest", true), UserDatabase::AuthResult::Ok);
        QCOMPARE(db.authenticate("guest", "wrong", true), UserDatabase::AuthResult::BadCredentials);
        QCOMPARE(db.authenticate("nobody", "guest", true),
                 UserDatabase::AuthResult::BadCredentials);
        QVERIFY(!db.user("guest")->passwordHash.contains("guest"));
    }
    void loopbackOnlyUsersAreRefusedFromElsewhere() {
        UserDatabase db;
        db.addUser("guest", "guest", {}, true);
        QCOMPARE(db.authenticate("guest", "guest", false), UserDatabase::AuthResult::LoopbackOnly);
    }
    void newPasswordsUseRabbitMqsSha512Format() {
        // base64(salt || sha512(salt || password)): rabbit_password_hashing_sha512.
        const QByteArray salt = QByteArray::fromHex("908dc60a");
        const QByteArray hash = UserDatabase::hashPassword("test12", salt);
        QCOMPARE(hash,
                 QByteArray("kI3GChuNuIYf8lRbCCxZjgjKwsY19ns6+uFO0zcXRBGA/XGJPYD8OWMy7EB8TaOmAz"
                            "jP2azv84GbINYwX2cDWb4DHnc="));
        QVERIFY(UserDatabase::checkPassword("test12", hash));
        QCOMPARE(UserDatabase::hashingAlgorithm(hash),
                 QStringLiteral("rabbit_password_hashing_sha512"));
        UserDatabase db;
        db.addUser("app", "secret", {}, false);
        QCOMPARE(QByteArray::fromBase64(db.user("app")->passwordHash).size(), 4 + 64);
    }
    void importedSha256AndMd5HashesStillLogIn() {
        // RabbitMQ's documented example: "test12" under salt 908DC60A, SHA-256 (its default).
        const QByteArray sha256 = "kI3GCqW5JLMJa4iX1lo7X4D6XbYqlLgxIs30+P6tENUV2POR";
        QVERIFY(UserDatabase::checkPassword("test12", sha256));
        QVERIFY(!UserDatabase::checkPassword("test13", sha256));
        QCOMPARE(UserDatabase::hashingAlgorithm(sha256),
                 QStringLiteral("rabbit_password_hashing_sha256"));
        const QByteArray md5 = "kI3GChNpte2FApYFXScl+0dIluk=";
        QVERIFY(UserDatabase::checkPassword("test12", md5));
        QCOMPARE(UserDatabase::hashingAlgorithm(md5),
                 QStringLiteral("rabbit_password_hashing_md5"));
        QVERIFY(!UserDatabase::checkPassword("test12", "c2hvcnQ=")); // no known digest length
    }
    // RabbitMQ searches the name for the pattern (re:run, unanchored): "^app\\." allows
    // every name that starts with "app.", "app" alone any name containing it, and an empty
    // pattern allows nothing.
    void permissionsAreSearchedForAsRabbitMqDoes() {
        UserDatabase db;
        db.addUser("app", "secret", {}, false);
        db.setPermissions("app", "/", Permissions::fromPatterns("^app\\.", "app", ""));
        QVERIFY(db.isAllowed("app", "/", Access::Configure, "app.events"));
        QVERIFY(db.isAllowed("app", "/", Access::Configure, "app.x.y"));
        QVERIFY(!db.isAllowed("app", "/", Access::Configure, "other.app.events"));
        QVERIFY(db.isAllowed("app", "/", Access::Write, "my-app-exchange"));
        QVERIFY(!db.isAllowed("app", "/", Access::Write, "orders"));
        QVERIFY(!db.isAllowed("app", "/", Access::Read, "anything"));
        QVERIFY(!db.isAllowed("app", "/other", Access::Read, "anything"));
        db.setPermissions("app", "/", Permissions::all());
        QVERIFY(db.isAllowed("app", "/", Access::Read, "anything"));
    }
};

QTEST_APPLESS_MAIN(TestUserDatabase)
#include "tst_user_database.moc"
