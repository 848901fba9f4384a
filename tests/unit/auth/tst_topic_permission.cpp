#include "auth/user_database.h"

#include <QTest>

using namespace warren::auth;

// RabbitMQ's topic authorisation (rabbit_auth_backend_internal:check_topic_access): patterns
// searched for in the routing key, "" as "^$", {username}/{vhost}/{client_id} replaced first,
// and no topic permission for an exchange meaning the key is not checked.
class TestTopicPermission : public QObject {
    Q_OBJECT
private slots:
    void patternsAreSearchedForUnanchored() {
        const auto p =
            TopicPermission::fromPatterns(QStringLiteral("^orders\\."), QStringLiteral("eu"));
        const TopicVariables vars{"app", "/", std::nullopt};
        QVERIFY(p.allows(Access::Write, "orders.created", vars));
        QVERIFY(!p.allows(Access::Write, "x.orders.created", vars));
        QVERIFY(p.allows(Access::Read, "orders.eu.paris", vars));
        QVERIFY(p.allows(Access::Read, "europe", vars));
        QVERIFY(!p.allows(Access::Read, "orders.us", vars));
        QVERIFY(!p.allows(Access::Configure, "orders.created", vars));
    }
    void anEmptyPatternAllowsOnlyTheEmptyKey() {
        const auto p = TopicPermission::fromPatterns(QString(), QStringLiteral(".*"));
        const TopicVariables vars{"app", "/", std::nullopt};
        QVERIFY(!p.allows(Access::Write, "a", vars));
        QVERIFY(p.allows(Access::Write, "", vars));
        QVERIFY(p.allows(Access::Read, "a.b", vars));
    }
    void variablesAreExpanded_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("both") << QStringLiteral("services/{vhost}/accounts/{username}/n")
                              << QStringLiteral("services/default/accounts/guest/n");
        QTest::newRow("twice") << QStringLiteral("{vhost}/{vhost}/{username}")
                               << QStringLiteral("default/default/guest");
        QTest::newRow("none") << QStringLiteral("services/accounts")
                              << QStringLiteral("services/accounts");
        QTest::newRow("client id")
            << QStringLiteral("^{client_id}\\.") << QStringLiteral("^sensor-7\\.");
        QTest::newRow("unknown") << QStringLiteral("{other}") << QStringLiteral("{other}");
        QTest::newRow("empty") << QString() << QStringLiteral("^$");
    }
    void variablesAreExpanded() {
        QFETCH(QString, pattern);
        QFETCH(QString, expanded);
        QCOMPARE(TopicPermission::expand(pattern, {"guest", "default", QByteArray("sensor-7")}),
                 expanded);
    }
    void clientIdStaysAsWrittenWithoutOne() {
        QCOMPARE(TopicPermission::expand(QStringLiteral("^{client_id}\\."),
                                         {"guest", "/", std::nullopt}),
                 QStringLiteral("^{client_id}\\."));
        const auto p = TopicPermission::fromPatterns(QStringLiteral("^{client_id}\\."), {});
        QVERIFY(!p.allows(Access::Write, "sensor-7.temp", {"guest", "/", std::nullopt}));
        QVERIFY(p.allows(Access::Write, "sensor-7.temp", {"guest", "/", QByteArray("sensor-7")}));
        QVERIFY(!p.allows(Access::Write, "sensor-8.temp", {"guest", "/", QByteArray("sensor-7")}));
    }
    void eachUserGetsTheirOwnKeys() {
        const auto p = TopicPermission::fromPatterns(QStringLiteral("^users\\.{username}\\."),
                                                     QStringLiteral("^{vhost}$"));
        QVERIFY(p.allows(Access::Write, "users.alice.x", {"alice", "/", std::nullopt}));
        QVERIFY(!p.allows(Access::Write, "users.bob.x", {"alice", "/", std::nullopt}));
        QVERIFY(p.allows(Access::Read, "prod", {"alice", "prod", std::nullopt}));
        QVERIFY(!p.allows(Access::Read, "prod", {"alice", "test", std::nullopt}));
    }
    void withoutATopicPermissionKeysAreNotChecked() {
        UserDatabase db;
        db.addUser("app", "secret", {}, false);
        const TopicVariables vars{"app", "/", std::nullopt};
        QVERIFY(db.isTopicAllowed("amq.topic", Access::Write, "anything", vars));
        db.setTopicPermission("app", "/", "amq.topic",
                              TopicPermission::fromPatterns(QStringLiteral("^a"), QString()));
        QVERIFY(db.isTopicAllowed("amq.topic", Access::Write, "a.b", vars));
        QVERIFY(!db.isTopicAllowed("amq.topic", Access::Write, "b.a", vars));
        QVERIFY(!db.isTopicAllowed("amq.topic", Access::Read, "a.b", vars));
        // Another exchange, another vhost, another user: not restricted.
        QVERIFY(db.isTopicAllowed("logs", Access::Write, "b.a", vars));
        QVERIFY(db.isTopicAllowed("amq.topic", Access::Write, "b.a", {"app", "/other", {}}));
        QVERIFY(db.isTopicAllowed("amq.topic", Access::Write, "b.a", {"bob", "/", {}}));
    }
    void topicPermissionsGoWithTheirUserAndVhost() {
        UserDatabase db;
        db.addUser("app", "secret", {}, false);
        const auto p = TopicPermission::fromPatterns(QStringLiteral("^a"), QStringLiteral("^a"));
        db.setTopicPermission("app", "/", "amq.topic", p);
        db.setTopicPermission("app", "/", "logs", p);
        db.setTopicPermission("app", "prod", "amq.topic", p);
        QCOMPARE(db.topicPermissions("app", "/")->keys(), (QList<QByteArray>{"amq.topic", "logs"}));
        QVERIFY(db.clearTopicPermission("app", "/", "logs"));
        QVERIFY(!db.clearTopicPermission("app", "/", "logs"));
        db.clearPermissionsOfVhost("/");
        QVERIFY(!db.topicPermissions("app", "/"));
        QVERIFY(db.topicPermission("app", "prod", "amq.topic"));
        QVERIFY(db.removeUser("app"));
        QVERIFY(db.allTopicPermissions().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTopicPermission)
#include "tst_topic_permission.moc"
