// Durable topology and access control: what is put comes back after a restart, deletes cascade
// the way the broker's own deletes do, and re-declaring replaces.

#include "store_test_support.h"

#include <QTest>

using namespace warren::store;
using namespace warren::store::testing;

namespace {
StoredBinding binding(QByteArray source, QByteArray destination, QByteArray key,
                      StoredBinding::Destination kind = StoredBinding::Destination::Queue) {
    return {"/", std::move(source), kind, std::move(destination), std::move(key), "args"};
}
} // namespace

class TestStoreDefinitions : public QObject {
    Q_OBJECT

private slots:
    void definitionsSurviveARestart() {
        StoreFixture fixture;
        const StoredVhost vhost{"/", "description"};
        const StoredUser user{"alice",
                              "c2FsdGVkaGFzaA==",
                              {QStringLiteral("administrator"), QStringLiteral("monitoring")}};
        const StoredPermission permission{"alice", "/", QStringLiteral("^amq\\..*"),
                                          QStringLiteral(".*"), QString()};
        const StoredExchange exchange{"/", "orders", "topic", true, false, "\x01\x02"};
        const StoredQueue queue{"/", "orders.eu", true, QByteArray("\x00x-max-length", 14)};
        const StoredBinding toQueue = binding("orders", "orders.eu", "eu.#");
        const StoredBinding toExchange =
            binding("amq.topic", "orders", "#", StoredBinding::Destination::Exchange);
        {
            auto store = fixture.openOrFail();
            QVERIFY(store);
            CompletionProbe probe;
            QVERIFY(!store->putVhost(vhost, probe.completion()));
            QVERIFY(!store->putUser(user, probe.completion()));
            QVERIFY(!store->putPermission(permission, probe.completion()));
            QVERIFY(!store->putExchange(exchange, probe.completion()));
            QVERIFY(!store->putQueue(queue, probe.completion()));
            QVERIFY(!store->putBinding(toQueue, probe.completion()));
            QVERIFY(!store->putBinding(toExchange, probe.completion()));
            QVERIFY(!store->putBinding(toExchange, probe.completion())); // idempotent
            QVERIFY(probe.waitFor(8));
            QCOMPARE(probe.failures, 0);
        }
        auto store = fixture.openOrFail();
        QVERIFY(store);
        auto loaded = store->loadDefinitions();
        QVERIFY(loaded);
        const Definitions& d = loaded.value();
        QCOMPARE(d.vhosts, std::vector<StoredVhost>{vhost});
        QCOMPARE(d.users, std::vector<StoredUser>{user});
        QCOMPARE(d.permissions, std::vector<StoredPermission>{permission});
        QCOMPARE(d.exchanges, std::vector<StoredExchange>{exchange});
        QCOMPARE(d.queues, std::vector<StoredQueue>{queue});
        QCOMPARE(d.bindings, (std::vector<StoredBinding>{toExchange, toQueue}));
    }

    void puttingAgainReplaces() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        store->putUser({"bob", "old", {}});
        store->putUser({"bob", "new", {QStringLiteral("management")}});
        store->putQueue({"/", "q", false, "a"});
        store->putQueue({"/", "q", true, "b"});
        auto d = store->loadDefinitions().value();
        QCOMPARE(d.users.size(), size_t(1));
        QCOMPARE(d.users[0].passwordHash, QByteArray("new"));
        QCOMPARE(d.queues, (std::vector<StoredQueue>{{"/", "q", true, "b"}}));
    }

    void deletingAnExchangeDeletesItsBindings() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        store->putExchange({"/", "a", "direct", false, false, {}});
        store->putExchange({"/", "b", "fanout", false, false, {}});
        store->putQueue({"/", "q", false, {}});
        store->putBinding(binding("a", "q", "k"));
        store->putBinding(binding("b", "a", "", StoredBinding::Destination::Exchange));
        store->putBinding(binding("b", "q", ""));
        store->deleteExchange("/", "a");
        auto d = store->loadDefinitions().value();
        QCOMPARE(d.exchanges.size(), size_t(1));
        QCOMPARE(d.bindings, std::vector<StoredBinding>{binding("b", "q", "")});
    }

    void deletingAQueueDeletesBindingsToItAndItsMessages() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        store->putQueue({"/", "q", false, {}});
        store->putQueue({"/", "other", false, {}});
        store->putBinding(binding("amq.direct", "q", "q"));
        store->putBinding(binding("amq.direct", "other", "other"));
        QVERIFY(store->enqueue(message("m"), {{"/", "q"}, {"/", "other"}}));
        QVERIFY(!store->deleteQueue({"/", "q"}));
        auto d = store->loadDefinitions().value();
        QCOMPARE(d.queues.size(), size_t(1));
        QCOMPARE(d.bindings, std::vector<StoredBinding>{binding("amq.direct", "other", "other")});
        // The message stays for the other queue; the deleted queue refuses new work.
        QCOMPARE(bodies(loadAll(*store, {"/", "other"})), QList<QByteArray>{"m"});
        QCOMPARE(store->enqueue(message("x"), {{"/", "q"}}).error().kind,
                 StoreError::Kind::NotFound);
        QVERIFY(!store->deleteQueue({"/", "never declared"})); // deletes are idempotent
        // Declared again, it starts empty.
        store->putQueue({"/", "q", false, {}});
        QCOMPARE(store->messageCount({"/", "q"}).value(), quint64(0));
    }

    void deletingAVhostDeletesEverythingInIt() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        for (const QByteArray vhost : {"/", "staging"}) {
            store->putVhost({vhost, {}});
            store->putExchange({vhost, "e", "direct", false, false, {}});
            store->putQueue({vhost, "q", false, {}});
            store->putBinding({vhost, "e", StoredBinding::Destination::Queue, "q", "k", {}});
            store->putPermission(
                {"alice", vhost, QStringLiteral(".*"), QStringLiteral(".*"), QStringLiteral(".*")});
            store->putTopicPermission(
                {"alice", vhost, "amq.topic", QStringLiteral("^a"), QStringLiteral("^b")});
            store->putPolicy({vhost, "p", R"({"pattern":"^q"})"});
            QVERIFY(store->enqueue(message(vhost), {{vhost, "q"}}));
        }
        QVERIFY(!store->deleteVhost("staging"));
        auto d = store->loadDefinitions().value();
        QCOMPARE(d.vhosts.size(), size_t(1));
        QCOMPARE(d.exchanges.size(), size_t(1));
        QCOMPARE(d.queues.size(), size_t(1));
        QCOMPARE(d.bindings.size(), size_t(1));
        QCOMPARE(d.permissions.size(), size_t(1));
        QCOMPARE(d.topicPermissions.size(), size_t(1));
        QCOMPARE(d.topicPermissions[0].vhost, QByteArray("/"));
        QCOMPARE(d.policies.size(), size_t(1));
        QCOMPARE(d.policies[0].vhost, QByteArray("/"));
        QCOMPARE(store->messageCount({"staging", "q"}).error().kind, StoreError::Kind::NotFound);
        QCOMPARE(bodies(loadAll(*store, {"/", "q"})), QList<QByteArray>{"/"});
        store->close();
        QCOMPARE(rawQuery(fixture.databasePath(), "SELECT count(*) FROM messages").value(0),
                 QByteArray("1"));
    }

    void deletingAUserDeletesItsPermissions() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        store->putUser({"alice", "h", {}});
        store->putUser({"bob", "h", {}});
        store->putPermission({"alice", "/", QStringLiteral(".*"), {}, {}});
        store->putPermission({"bob", "/", QStringLiteral(".*"), {}, {}});
        store->deleteUser("alice");
        auto d = store->loadDefinitions().value();
        QCOMPARE(d.users.size(), size_t(1));
        QCOMPARE(d.permissions.size(), size_t(1));
        QCOMPARE(d.permissions[0].user, QByteArray("bob"));
        store->deletePermission("bob", "/");
        QVERIFY(store->loadDefinitions().value().permissions.empty());
    }

    void deletingAUserDeletesItsTopicPermissions() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        store->putUser({"alice", "h", {}});
        store->putUser({"bob", "h", {}});
        store->putTopicPermission({"alice", "/", "amq.topic", QStringLiteral("^a"), {}});
        store->putTopicPermission({"bob", "/", "amq.topic", QStringLiteral("^b"), {}});
        store->deleteUser("alice");
        auto d = store->loadDefinitions().value();
        QCOMPARE(d.topicPermissions.size(), size_t(1));
        QCOMPARE(d.topicPermissions[0].user, QByteArray("bob"));
    }

    void topicPermissionsAreKeptPerExchange() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        const StoredTopicPermission logs{"app", "/", "logs", QStringLiteral("^{username}\\."),
                                         QString()};
        const StoredTopicPermission events{"app", "/", "events", QStringLiteral(".*"),
                                           QStringLiteral("^eu")};
        QVERIFY(!store->putTopicPermission(logs));
        QVERIFY(!store->putTopicPermission(events));
        // Sorted by exchange; a put replaces the exchange's patterns.
        QCOMPARE(store->loadDefinitions().value().topicPermissions,
                 (std::vector<StoredTopicPermission>{events, logs}));
        StoredTopicPermission changed = events;
        changed.write = QStringLiteral("^x");
        QVERIFY(!store->putTopicPermission(changed));
        QVERIFY(!store->deleteTopicPermission("app", "/", "logs"));
        QCOMPARE(store->loadDefinitions().value().topicPermissions,
                 std::vector<StoredTopicPermission>{changed});
    }

    void policiesArePutReplacedAndDeletedByVhostAndName() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        const StoredPolicy ttl{"/", "ttl", R"({"pattern":"^a","definition":{"message-ttl":5}})"};
        const StoredPolicy other{"dev", "ttl", R"({"pattern":"^b"})"};
        QVERIFY(!store->putPolicy(ttl));
        QVERIFY(!store->putPolicy(other));
        QCOMPARE(store->loadDefinitions().value().policies,
                 (std::vector<StoredPolicy>{ttl, other}));
        StoredPolicy changed = ttl;
        changed.body = R"({"pattern":"^c"})";
        QVERIFY(!store->putPolicy(changed));
        QVERIFY(!store->deletePolicy("dev", "ttl"));
        QCOMPARE(store->loadDefinitions().value().policies, std::vector<StoredPolicy>{changed});
    }

    void tagsWithCommasAreRefused() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        auto refused = store->putUser({"eve", "h", {QStringLiteral("a,b")}});
        QVERIFY(refused);
        QCOMPARE(refused->kind, StoreError::Kind::InvalidArgument);
    }

    void aClosedStoreRefusesWork() {
        StoreFixture fixture;
        auto store = fixture.openOrFail();
        QVERIFY(store);
        store->close();
        QCOMPARE(store->putVhost({"/", {}})->kind, StoreError::Kind::Closed);
        QCOMPARE(store->loadDefinitions().error().kind, StoreError::Kind::Closed);
        store->close(); // twice is harmless
    }
};

QTEST_GUILESS_MAIN(TestStoreDefinitions)
#include "tst_store_definitions.moc"
