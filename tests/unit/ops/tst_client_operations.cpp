// The operations a client session of any protocol asks for (ops/client_operations): each one's
// authorization, validation and RabbitMQ's errors, kind and text, as AMQP 0-9-1's channel
// reports them today and MQTT's, STOMP's and AMQP 1.0's sessions will.

#include "core/exchange.h"
#include "core/queue.h"
#include "core/vhost.h"
#include "ops/client_operations.h"
#include "services/broker_context.h"

#include <QTest>
#include <functional>
#include <memory>

using namespace warren;
using Kind = core::Error::Kind;

namespace {

// Vhost "/" with a queue "q", a direct exchange "x" bound to it, a headers exchange "h", an
// internal exchange "inner", and "theirs", an exclusive queue of connection 2. Users: "all" (every
// permission), "reader" (may only read), "noDlx" (may configure and read, write nothing).
struct Broker {
    services::BrokerContext context;
    std::shared_ptr<core::Vhost> vhost = std::make_shared<core::Vhost>("/");

    Broker() {
        vhost->declareQueue({"q", {false, false, false, 0}, {}});
        vhost->declareQueue({"theirs", {false, true, false, 2}, {}});
        vhost->declareExchange({"x", "direct", {false, false, false}, {}});
        vhost->declareExchange({"h", "headers", {false, false, false}, {}});
        vhost->declareExchange({"inner", "direct", {false, false, true}, {}});
        vhost->bindQueue("q", "x", "k", {});
        context.vhosts.insert("/", vhost);
        auto& users = context.users;
        const auto permit = [&users](const QByteArray& name, const char* configure,
                                     const char* write, const char* read) {
            users.addUser(name, "pw", {}, false);
            users.setPermissions(name, "/",
                                 auth::Permissions::fromPatterns(QString::fromLatin1(configure),
                                                                 QString::fromLatin1(write),
                                                                 QString::fromLatin1(read)));
        };
        permit("all", ".*", ".*", ".*");
        permit("reader", "", "", ".*");
        permit("noDlx", ".*", "", ".*");
    }

    // User `user` on connection 1.
    ops::ClientSession as(const char* user) { return {context, *vhost, user, 1}; }
};

// Why an operation's outcome was refused; nullopt when it was not.
template <typename T> std::optional<core::Error> errorOf(const ops::ClientOutcome<T>& outcome) {
    if (const auto* error = std::get_if<core::Error>(&outcome))
        return *error;
    return std::nullopt;
}

ops::ClientBinding toQueue(const char* queue, const char* source, const char* key,
                           core::FieldTable arguments = {}) {
    return {ops::ClientBinding::Destination::Queue, queue, source, key, std::move(arguments)};
}

} // namespace

Q_DECLARE_METATYPE(std::function<std::optional<core::Error>(Broker&)>)

class TestClientOperations : public QObject {
    Q_OBJECT

    using Operation = std::function<std::optional<core::Error>(Broker&)>;

private slots:
    // One row per refusal: the operation, as whom, and the kind and text RabbitMQ answers with.
    void refusals_data() {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        auto row = [](const char* name, Operation operation, Kind kind, const char* text) {
            QTest::newRow(name) << operation << int(kind) << QString::fromUtf8(text);
        };
        row(
            "declare a reserved queue",
            [](Broker& b) { return errorOf(ops::declareQueue(b.as("all"), {"amq.mine"})); },
            Kind::AccessRefused, "queue name 'amq.mine' contains reserved prefix 'amq.*'");
        row(
            "declare without configure",
            [](Broker& b) { return errorOf(ops::declareQueue(b.as("reader"), {"new"})); },
            Kind::AccessRefused, "access to queue 'new' in vhost '/' refused for user 'reader'");
        row(
            "declare with a dead-letter exchange it may not write",
            [](Broker& b) {
                ops::QueueDeclaration d{"new"};
                d.arguments = {{"x-dead-letter-exchange", core::FieldValue(QByteArray("x"))}};
                return errorOf(ops::declareQueue(b.as("noDlx"), d));
            },
            Kind::AccessRefused, "access to exchange 'x' in vhost '/' refused for user 'noDlx'");
        row(
            "passive declare of a missing queue",
            [](Broker& b) {
                ops::QueueDeclaration d{"gone"};
                d.passive = true;
                return errorOf(ops::declareQueue(b.as("all"), d));
            },
            Kind::NotFound, "no queue 'gone' in vhost '/'");
        row(
            "passive declare of another connection's exclusive queue",
            [](Broker& b) {
                ops::QueueDeclaration d{"theirs"};
                d.passive = true;
                return errorOf(ops::declareQueue(b.as("all"), d));
            },
            Kind::ResourceLocked,
            "cannot obtain exclusive access to locked queue 'theirs' in vhost '/'. It could be "
            "originally declared on another connection or the exclusive property value does not "
            "match that of the original declaration.");
        row(
            "delete without configure",
            [](Broker& b) { return errorOf(ops::deleteQueue(b.as("reader"), "q", false, false)); },
            Kind::AccessRefused, "access to queue 'q' in vhost '/' refused for user 'reader'");
        row(
            "delete another connection's exclusive queue",
            [](Broker& b) {
                return errorOf(ops::deleteQueue(b.as("all"), "theirs", false, false));
            },
            Kind::ResourceLocked,
            "cannot obtain exclusive access to locked queue 'theirs' in vhost '/'. It could be "
            "originally declared on another connection or the exclusive property value does not "
            "match that of the original declaration.");
        row(
            "purge a missing queue",
            [](Broker& b) { return errorOf(ops::purgeQueue(b.as("all"), "gone")); }, Kind::NotFound,
            "no queue 'gone' in vhost '/'");
        row(
            "declare the default exchange",
            [](Broker& b) {
                return ops::declareExchange(b.as("all"), {"", "direct"});
            },
            Kind::AccessRefused, "operation not permitted on the default exchange");
        row(
            "declare a new reserved exchange",
            [](Broker& b) {
                return ops::declareExchange(b.as("all"), {"amq.mine", "direct"});
            },
            Kind::AccessRefused, "exchange name 'amq.mine' contains reserved prefix 'amq.*'");
        row(
            "declare an exchange of an unknown type",
            [](Broker& b) {
                return ops::declareExchange(b.as("all"), {"new", "x-unknown"});
            },
            Kind::NotAllowed, "unknown exchange type 'x-unknown'");
        row(
            "passive declare of a missing exchange",
            [](Broker& b) {
                ops::ExchangeDeclaration d{"gone", "direct"};
                d.passive = true;
                return ops::declareExchange(b.as("all"), d);
            },
            Kind::NotFound, "no exchange 'gone' in vhost '/'");
        row(
            "delete a system exchange",
            [](Broker& b) { return ops::deleteExchange(b.as("all"), "amq.direct", false); },
            Kind::AccessRefused,
            "deletion of system exchange 'amq.direct' in vhost '/' not allowed");
        row(
            "bind without write on the queue",
            [](Broker& b) { return ops::bind(b.as("reader"), toQueue("q", "x", "k2")); },
            Kind::AccessRefused, "access to queue 'q' in vhost '/' refused for user 'reader'");
        row(
            "bind another connection's exclusive queue",
            [](Broker& b) { return ops::bind(b.as("all"), toQueue("theirs", "x", "k")); },
            Kind::ResourceLocked,
            "cannot obtain exclusive access to locked queue 'theirs' in vhost '/'. It could be "
            "originally declared on another connection or the exclusive property value does not "
            "match that of the original declaration.");
        row(
            "bind with an invalid x-match",
            [](Broker& b) {
                return ops::bind(
                    b.as("all"),
                    toQueue("q", "h", "", {{"x-match", core::FieldValue(QByteArray("most"))}}));
            },
            Kind::PreconditionFailed,
            "Invalid x-match field value <<\"most\">>; expected all, any, all-with-x, or "
            "any-with-x");
        row(
            "unbind without read on the exchange",
            [](Broker& b) {
                b.context.users.setPermissions("reader", "/",
                                               auth::Permissions::fromPatterns("", ".*", "^q$"));
                return ops::unbind(b.as("reader"), toQueue("q", "x", "k"));
            },
            Kind::AccessRefused, "access to exchange 'x' in vhost '/' refused for user 'reader'");
        row(
            "publish to an internal exchange",
            [](Broker& b) {
                std::optional<QByteArray> cache;
                return errorOf(ops::publishTarget(b.as("all"), "inner", "k", cache));
            },
            Kind::AccessRefused, "cannot publish to internal exchange 'inner' in vhost '/'");
        row(
            "publish to a missing exchange",
            [](Broker& b) {
                std::optional<QByteArray> cache;
                return errorOf(ops::publishTarget(b.as("all"), "gone", "k", cache));
            },
            Kind::NotFound, "no exchange 'gone' in vhost '/'");
        row(
            "publish without write",
            [](Broker& b) {
                std::optional<QByteArray> cache;
                return errorOf(ops::publishTarget(b.as("reader"), "x", "k", cache));
            },
            Kind::AccessRefused, "access to exchange 'x' in vhost '/' refused for user 'reader'");
    }

    void refusals() {
        QFETCH(Operation, operation);
        QFETCH(int, kind);
        QFETCH(QString, text);
        Broker broker;
        const auto error = operation(broker);
        QVERIFY(error);
        QCOMPARE(int(error->kind), kind);
        QCOMPARE(error->text, text);
    }

    // What RabbitMQ 3.x lets through: a missing queue deleted, a missing binding unbound,
    // amq.direct redeclared as it is, a missing exchange deleted.
    void whatIsAlreadySoSucceeds() {
        Broker b;
        QCOMPARE(std::get<quint64>(ops::deleteQueue(b.as("all"), "gone", false, false)), 0u);
        QVERIFY(!ops::unbind(b.as("all"), toQueue("q", "x", "never")));
        QVERIFY(!ops::unbind(b.as("all"), toQueue("gone", "gone", "k")));
        QVERIFY(!ops::declareExchange(b.as("all"), {"amq.direct", "direct", false, true}));
        QVERIFY(!ops::deleteExchange(b.as("all"), "gone", false));
    }

    void theBrokerNamesQueuesDeclaredWithoutOne() {
        Broker b;
        ops::QueueDeclaration d;
        d.exclusive = true;
        const auto declared = ops::declareQueue(b.as("all"), d);
        QVERIFY(!errorOf(declared));
        const auto& queue = std::get<std::shared_ptr<core::Queue>>(declared);
        QVERIFY(queue->name().startsWith("amq.gen-"));
        QCOMPARE(queue->options().ownerConnection, quint64(1));
        // Its own connection may use it; another may not.
        QVERIFY(!errorOf(ops::usableQueue(b.as("all"), queue->name())));
        const ops::ClientSession other{b.context, *b.vhost, "all", 3};
        QCOMPARE(errorOf(ops::usableQueue(other, queue->name()))->kind, Kind::ResourceLocked);
    }

    void readingNeedsReadPermission() {
        Broker b;
        auto message = std::make_shared<core::Message>();
        message->routingKey = "k";
        b.vhost->publish(*b.vhost->exchange("x"), message);
        QVERIFY(!errorOf(ops::readableQueue(b.as("reader"), "q")));
        QCOMPARE(std::get<quint64>(ops::purgeQueue(b.as("reader"), "q")), 1u);
        b.context.users.setPermissions("reader", "/",
                                       auth::Permissions::fromPatterns("", "", "^other$"));
        QCOMPARE(errorOf(ops::readableQueue(b.as("reader"), "q"))->kind, Kind::AccessRefused);
    }

    // Publishing asks per message: the exchange last allowed is remembered, not matched again.
    void publishingRemembersTheExchangeLastAllowed() {
        Broker b;
        std::optional<QByteArray> cache;
        QVERIFY(!errorOf(ops::publishTarget(b.as("all"), "x", "k", cache)));
        QCOMPARE(cache, std::optional<QByteArray>("x"));
        QVERIFY(!errorOf(ops::publishTarget(b.as("all"), "", "q", cache)));
        QCOMPARE(cache, std::optional<QByteArray>(""));
    }

    // Bindings made and removed here are the vhost's routing: to a queue, and through an
    // exchange-to-exchange binding.
    void bindingsRouteAndUnbindingsStop() {
        Broker b;
        const auto routes = [&b](const char* key) {
            auto message = std::make_shared<core::Message>();
            message->routingKey = key;
            std::vector<core::Queue*> queues;
            b.vhost->resolveRoute(*b.vhost->exchange("x"), *message, queues);
            return queues.size();
        };
        QCOMPARE(routes("k2"), size_t(0));
        QVERIFY(!ops::bind(b.as("all"), toQueue("q", "x", "k2")));
        QCOMPARE(routes("k2"), size_t(1));
        QVERIFY(!ops::unbind(b.as("all"), toQueue("q", "x", "k2")));
        QCOMPARE(routes("k2"), size_t(0));

        QVERIFY(!ops::declareExchange(b.as("all"), {"f", "fanout"}));
        QVERIFY(!ops::bind(b.as("all"), toQueue("q", "f", "")));
        const ops::ClientBinding throughF{ops::ClientBinding::Destination::Exchange, "f", "x",
                                          "k3"};
        QVERIFY(!ops::bind(b.as("all"), throughF));
        QCOMPARE(routes("k3"), size_t(1));
        QVERIFY(!ops::unbind(b.as("all"), throughF));
        QCOMPARE(routes("k3"), size_t(0));
        QVERIFY(!ops::deleteExchange(b.as("all"), "f", false));
        QVERIFY(!b.vhost->exchange("f"));
    }
};

QTEST_MAIN(TestClientOperations)
#include "tst_client_operations.moc"
