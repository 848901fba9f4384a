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
    void rabbitMqHashFormat() {
        // base64(salt || sha256(salt || password)), as rabbitmqctl export shows it.
        const QByteArray salt = QByteArray::fromHex("908dc60a");
        const QByteArray hash = UserDatabase::hashPassword("test12", salt);
        QVERIFY(UserDatabase::checkPassword("test12", hash));
        QCOMPARE(QByteArray::fromBase64(hash).left(4), salt);
        QCOMPARE(QByteArray::fromBase64(hash).size(), 36);
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
