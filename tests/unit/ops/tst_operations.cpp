// ops::execute, command by command: who may run it (one authorization for the console and the
// management API), what is refused whoever asks (the broker's names, internal exchanges), what is
// missing, and that every answer carries the command's kind and a typed error.

#include "core/queue.h"
#include "core/vhost.h"
#include "ops/authorization.h"
#include "ops/clients.h"
#include "ops/definitions_document.h"
#include "ops/operations.h"
#include "services/message_tap_hub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <memory>

using namespace warren;
using Error = OperationResult::Error;

namespace {

const QString Root = QStringLiteral("/");

// One client connection, "conn-1" of user "admin".
class FakeClients final : public ops::Clients {
public:
    std::optional<QString> connectionUser(const QString& name) const override {
        return name == QLatin1String("conn-1") ? std::optional(QStringLiteral("admin"))
                                               : std::nullopt;
    }
    bool closeConnectionNamed(const QString& name, const QString&, const QString&) override {
        closed += name;
        return name == QLatin1String("conn-1");
    }
    bool vhostInUse(const QString&) const override { return false; }
    QStringList closed;
};

OutgoingMessage message(const QString& exchange, const QString& routingKey,
                        const QString& vhost = Root) {
    OutgoingMessage m;
    m.vhost = vhost;
    m.exchange = exchange;
    m.routingKey = routingKey;
    m.body = "hello";
    return m;
}

QueueDefinition queue(const QString& name, const QString& vhost = Root) {
    QueueDefinition d;
    d.vhost = vhost;
    d.name = name;
    d.durable = false;
    return d;
}

ExchangeDefinition exchange(const QString& name, const QString& type = QStringLiteral("direct"),
                            const QString& vhost = Root) {
    ExchangeDefinition d;
    d.vhost = vhost;
    d.name = name;
    d.type = type;
    d.durable = false;
    return d;
}

BindingDefinition binding(const QString& source, const QString& queue, const QString& key) {
    BindingDefinition b;
    b.source = source;
    b.destination = queue;
    b.routingKey = key;
    return b;
}

PolicyDefinition policy(const QString& name, const QString& vhost = Root) {
    PolicyDefinition p;
    p.vhost = vhost;
    p.name = name;
    p.pattern = QStringLiteral("^q$");
    p.definition = QStringLiteral("{\"max-length\": 5}");
    return p;
}

UserDefinition newUser() {
    UserDefinition u;
    u.name = QStringLiteral("new");
    u.password = QStringLiteral("pw");
    return u;
}

MessageTransfer copyFrom(const QString& queue) {
    MessageTransfer t;
    t.queue = queue;
    t.messageIds = {12345}; // none such: skipped, nothing moves
    t.exchange = QStringLiteral("x");
    return t;
}

// Each command once: `done` as the console runs it on a fresh broker, and `missing` the same
// command naming something that is not there (none where the command makes what it names).
struct Row {
    const char* name;
    Command done;
    std::optional<Command> missing;
};

QList<Row> rows() {
    using namespace commands;
    const QString gone = QStringLiteral("gone");
    const QString reader = QStringLiteral("reader");
    return {
        {"declare queue", DeclareQueue{queue(QStringLiteral("fresh"))},
         DeclareQueue{queue(QStringLiteral("fresh"), gone)}},
        {"delete queue", DeleteQueue{Root, QStringLiteral("q")}, DeleteQueue{Root, gone}},
        {"purge queue", PurgeQueue{Root, QStringLiteral("q")}, PurgeQueue{Root, gone}},
        {"publish", Publish{message(QString(), QStringLiteral("q"))}, Publish{message(gone, {})}},
        {"publish many", PublishMany{{message(QString(), QStringLiteral("q"))}},
         PublishMany{{message(gone, {})}}},
        {"transfer messages", TransferMessages{copyFrom(QStringLiteral("q"))},
         TransferMessages{copyFrom(gone)}},
        {"test a route", TestRoute{message(QStringLiteral("x"), QStringLiteral("k"))},
         TestRoute{message(gone, {})}},
        {"declare exchange", DeclareExchange{exchange(QStringLiteral("fresh"))},
         DeclareExchange{exchange(QStringLiteral("fresh"), QStringLiteral("direct"), gone)}},
        {"delete exchange", DeleteExchange{Root, QStringLiteral("x")}, DeleteExchange{Root, gone}},
        {"add binding", AddBinding{binding(QStringLiteral("x"), QStringLiteral("q"), "new")},
         AddBinding{binding(QStringLiteral("x"), gone, "new")}},
        {"remove binding", RemoveBinding{binding(QStringLiteral("x"), QStringLiteral("q"), "k")},
         RemoveBinding{binding(QStringLiteral("x"), QStringLiteral("q"), "never")}},
        {"put user", PutUser{newUser()}, {}},
        {"delete user", DeleteUser{reader}, DeleteUser{gone}},
        {"set permission", SetPermission{PermissionDefinition{reader, QStringLiteral("other")}},
         SetPermission{PermissionDefinition{gone, Root}}},
        {"clear permission", ClearPermission{reader, Root}, ClearPermission{gone, Root}},
        {"set topic permission",
         SetTopicPermission{TopicPermissionDefinition{reader, Root, QStringLiteral("t")}},
         SetTopicPermission{TopicPermissionDefinition{gone, Root, QStringLiteral("t")}}},
        {"clear topic permission", ClearTopicPermission{reader, Root, std::nullopt},
         ClearTopicPermission{gone, Root, std::nullopt}},
        {"add vhost", AddVhost{QStringLiteral("v2")}, {}},
        {"delete vhost", DeleteVhost{QStringLiteral("other")}, DeleteVhost{gone}},
        {"check access", CheckAccess{reader, Root, QStringLiteral("q")},
         CheckAccess{gone, Root, QStringLiteral("q")}},
        {"check topic access",
         CheckTopicAccess{reader, Root, QStringLiteral("t"), QStringLiteral("k")},
         CheckTopicAccess{reader, Root, gone, QStringLiteral("k")}},
        {"put policy", PutPolicy{policy(QStringLiteral("fresh"))},
         PutPolicy{policy(QStringLiteral("fresh"), gone)}},
        {"delete policy", DeletePolicy{Root, QStringLiteral("p")}, DeletePolicy{Root, gone}},
        {"import definitions",
         ImportDefinitions{QJsonObject{
             {QStringLiteral("queues"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("imported")},
                                     {QStringLiteral("vhost"), Root},
                                     {QStringLiteral("durable"), false}}}}}},
         ImportDefinitions{QJsonObject{
             {QStringLiteral("queues"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("imported")},
                                     {QStringLiteral("vhost"), gone}}}}}}},
        {"peek messages", PeekMessages{Root, QStringLiteral("q"), 5}, PeekMessages{Root, gone, 5}},
        {"export definitions", ExportDefinitions{}, {}},
        {"start tap", StartTap{1, Root, QStringLiteral("x")}, StartTap{2, Root, gone}},
        {"stop tap", StopTap{1}, {}},
        {"close connection", CloseConnection{QStringLiteral("conn-1"), QStringLiteral("bye")},
         CloseConnection{gone, QStringLiteral("bye")}},
    };
}

// A broker without sockets: vhosts "/" and "other"; in "/" a queue "q" with one message, a
// direct exchange "x" bound to it with "k", a topic exchange "t", an internal exchange "inner"
// and a policy "p". Users: "admin" (administrator), "nobody" (management, no permissions),
// "reader" (may only read in "/", topic permission on "t" for keys "allowed.*"), "maker"
// (policymaker with permissions in "/").
struct Broker {
    services::BrokerContext context;
    FakeClients clients;
    QObject tapTimerOwner;
    QList<TapBatch> tapped;
    services::MessageTapHub taps{&tapTimerOwner, [this](TapBatch b) { tapped.append(b); }};

    Broker() {
        context.clients = &clients;
        context.taps = &taps;
        auto root = std::make_shared<core::Vhost>("/");
        root->declareQueue({"q", {false, false, false, 0}, {}});
        root->declareQueue({"amq.gen-1", {false, false, false, 0}, {}});
        root->declareExchange({"x", "direct", {false, false, false}, {}});
        root->declareExchange({"t", "topic", {false, false, false}, {}});
        root->declareExchange({"inner", "direct", {false, false, true}, {}});
        root->bindQueue("q", "x", "k", {});
        context.vhosts.insert("/", root);
        context.vhosts.insert("other", std::make_shared<core::Vhost>("other"));
        auto& users = context.users;
        users.addUser("admin", "pw", {QStringLiteral("administrator")}, false);
        users.addUser("nobody", "pw", {QStringLiteral("management")}, false);
        users.addUser("reader", "pw", {QStringLiteral("management")}, false);
        users.addUser("maker", "pw", {QStringLiteral("policymaker")}, false);
        const auto permit = [this](const char* who, const char* configure, const char* write,
                                   const char* read) {
            return run(commands::SetPermission{PermissionDefinition{
                           QString::fromLatin1(who), Root, QString::fromLatin1(configure),
                           QString::fromLatin1(write), QString::fromLatin1(read)}})
                .error;
        };
        QCOMPARE(permit("admin", ".*", ".*", ".*"), QString());
        QCOMPARE(permit("reader", "", "", ".*"), QString());
        QCOMPARE(permit("maker", ".*", ".*", ".*"), QString());
        QCOMPARE(topicPermit("reader", "^allowed\\.", "^allowed\\."), QString());
        QVERIFY(run(commands::PutPolicy{policy(QStringLiteral("p"))}).error.isEmpty());
        QVERIFY(run(commands::Publish{message(QString(), QStringLiteral("q"))}).error.isEmpty());
    }

    QString topicPermit(const char* who, const char* write, const char* read) {
        return run(commands::SetTopicPermission{TopicPermissionDefinition{
                       QString::fromLatin1(who), Root, QStringLiteral("t"),
                       QString::fromLatin1(write), QString::fromLatin1(read)}})
            .error;
    }

    OperationResult run(const Command& command,
                        const ops::Actor& actor = ops::Actor::theConsole()) {
        std::optional<OperationResult> answer;
        ops::execute(context, actor, command, [&answer](OperationResult r) {
            if (answer)
                QFAIL("answered twice");
            answer = std::move(r);
        });
        if (!answer) // bare brokers have no store: everything answers at once
            return OperationResult{};
        return *answer;
    }

    // What a refused command must not change: the definitions, the messages and the
    // connections.
    QByteArray state() const {
        QJsonObject all = ops::exportDefinitions(context);
        QJsonObject messages;
        for (auto v = context.vhosts.cbegin(); v != context.vhosts.cend(); ++v)
            for (auto q = (*v)->queues().cbegin(); q != (*v)->queues().cend(); ++q)
                messages.insert(QString::fromUtf8(v.key() + '/' + q.key()),
                                qint64((*q)->messageCount()));
        all.insert(QStringLiteral("messages"), messages);
        all.insert(QStringLiteral("closed"), QJsonArray::fromStringList(clients.closed));
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }
};

ops::Actor user(const char* name) {
    return ops::Actor::apiUser(name);
}

QByteArray describe(const char* row, const OperationResult& r) {
    return QByteArray(row) + ": " + QByteArray::number(int(r.errorKind)) + " " + r.error.toUtf8();
}

} // namespace

class TestOperations : public QObject {
    Q_OBJECT

    // Runs `command` as `actor` on a fresh broker and checks it was refused with `kind`, its
    // text set, and nothing changed.
    static void refusedUnchanged(const char* row, const Command& command, const ops::Actor& actor,
                                 Error kind) {
        Broker broker;
        const QByteArray before = broker.state();
        const OperationResult result = broker.run(command, actor);
        QVERIFY2(result.errorKind == kind, describe(row, result).constData());
        QVERIFY2(!result.error.isEmpty(), row);
        QCOMPARE(result.kind, resultKind(command));
        QVERIFY2(broker.state() == before, row);
    }

private slots:
    void theConsoleMayRunEveryCommand() {
        for (const Row& row : rows()) {
            Broker broker;
            const OperationResult result = broker.run(row.done);
            QVERIFY2(result.errorKind == Error::None, describe(row.name, result).constData());
            QVERIFY2(result.error.isEmpty(), row.name);
            QVERIFY2(result.kind == resultKind(row.done), row.name);
        }
    }

    void anAdministratorMayRunEveryCommand() {
        for (const Row& row : rows()) {
            Broker broker;
            const OperationResult result = broker.run(row.done, user("admin"));
            QVERIFY2(result.errorKind == Error::None, describe(row.name, result).constData());
            QVERIFY2(result.kind == resultKind(row.done), row.name);
        }
    }

    void aUserWithoutRightsIsRefusedEveryCommand() {
        for (const Row& row : rows())
            refusedUnchanged(row.name, row.done, user("nobody"), Error::NotAuthorised);
    }

    // The API's reads of a vhost (listings, policies, taps) follow the same rule as its changes:
    // administrators see every vhost, anyone else those they have permissions in, even with
    // empty patterns; the console sees everything.
    void readingAVhostNeedsAccessToIt() {
        Broker broker;
        const auto access = [&](const ops::Actor& actor, const char* vhost) {
            return ops::mayAccess(broker.context, actor, QString::fromLatin1(vhost), {});
        };
        QVERIFY(!access(ops::Actor::theConsole(), "other"));
        QVERIFY(!access(user("admin"), "other"));
        QVERIFY(!access(user("reader"), "/"));
        const auto refused = access(user("reader"), "other");
        QVERIFY(refused);
        QCOMPARE(refused->kind, Error::NotAuthorised);
        QCOMPARE(refused->text, QStringLiteral("User not authorised to access virtual host"));
        QVERIFY(access(user("nobody"), "/"));
        QVERIFY(access(user("reader"), "missing"));
    }

    void whatIsMissingIsNotFound() {
        for (const Row& row : rows()) {
            if (!row.missing)
                continue;
            Broker broker;
            const OperationResult result = broker.run(*row.missing);
            QVERIFY2(result.errorKind == Error::NotFound, describe(row.name, result).constData());
            QVERIFY2(result.kind == resultKind(*row.missing), row.name);
        }
    }

    void theRefusalsTextIsTheManagementApis() {
        using namespace commands;
        Broker broker;
        QCOMPARE(broker.run(DeclareQueue{queue(QStringLiteral("z"))}, user("nobody")).error,
                 QStringLiteral("User not authorised to access virtual host"));
        QCOMPARE(broker.run(DeclareQueue{queue(QStringLiteral("z"))}, user("reader")).error,
                 QStringLiteral("Access refused."));
        QCOMPARE(broker.run(DeleteUser{QStringLiteral("admin")}, user("reader")).error,
                 QStringLiteral("Not administrator user"));
        QCOMPARE(broker.run(DeletePolicy{Root, QStringLiteral("p")}, user("reader")).error,
                 QStringLiteral("User not authorised to access object"));
    }

    void permissionsDecideQueuesExchangesAndBindings() {
        using namespace commands;
        // "reader" reads in "/": purging is reading, declaring is configuring.
        Broker broker;
        QCOMPARE(broker.run(PurgeQueue{Root, QStringLiteral("q")}, user("reader")).errorKind,
                 Error::None);
        refusedUnchanged("reader declares", DeclareQueue{queue(QStringLiteral("z"))},
                         user("reader"), Error::NotAuthorised);
        refusedUnchanged("reader publishes", Publish{message(QStringLiteral("x"), "k")},
                         user("reader"), Error::NotAuthorised);
        // Binding writes to the queue: reader may read "x" but not write "q".
        refusedUnchanged("reader binds", AddBinding{binding(QStringLiteral("x"), "q", "z")},
                         user("reader"), Error::NotAuthorised);
        // An administrator needs no permissions in the vhost.
        QCOMPARE(broker
                     .run(DeclareQueue{queue(QStringLiteral("z"), QStringLiteral("other"))},
                          user("admin"))
                     .errorKind,
                 Error::None);
    }

    void topicPermissionsHoldForAdministratorsToo() {
        using namespace commands;
        Broker broker;
        // "admin" has no topic permissions on "t" (none: everything allowed, as RabbitMQ).
        QCOMPARE(broker.topicPermit("admin", "^pub$", "^bind$"), QString());
        const QByteArray before = broker.state();
        const auto published =
            broker.run(Publish{message(QStringLiteral("t"), "other")}, user("admin"));
        // Publishing answers with the AMQP refusal; binding with the API's 401.
        QCOMPARE(published.errorKind, Error::AccessRefused);
        QCOMPARE(published.error, QStringLiteral("access to topic 'other' in exchange 't' in "
                                                 "vhost '/' refused for user 'admin'"));
        QCOMPARE(broker.run(AddBinding{binding(QStringLiteral("t"), "q", "other")}, user("admin"))
                     .errorKind,
                 Error::NotAuthorised);
        QCOMPARE(broker.state(), before);
        QCOMPARE(broker.run(Publish{message(QStringLiteral("t"), "pub")}, user("admin")).errorKind,
                 Error::None);
        QCOMPARE(broker.run(AddBinding{binding(QStringLiteral("t"), "q", "bind")}, user("admin"))
                     .errorKind,
                 Error::None);
    }

    void aPublishedUserIdIsThePublishers() {
        OutgoingMessage m = message(QString(), QStringLiteral("q"));
        m.properties.append({QStringLiteral("user_id"), QStringLiteral("someone")});
        refusedUnchanged("user_id", commands::Publish{m}, user("admin"), Error::PreconditionFailed);
        Broker broker;
        QCOMPARE(broker.run(commands::Publish{m}).errorKind, Error::None); // the console's own
    }

    // Peeking is reading the queue, as RabbitMQ's /get is; the answer carries copies and leaves
    // the queue as it was. Exporting the definitions is the administrator's, as in RabbitMQ.
    void queriesAnswerWithTheirResults() {
        using namespace commands;
        Broker broker;
        const OperationResult peeked =
            broker.run(PeekMessages{Root, QStringLiteral("q"), 5}, user("reader"));
        QCOMPARE(peeked.errorKind, Error::None);
        QCOMPARE(peeked.kind, OperationResult::Kind::PeekMessages);
        QCOMPARE(peeked.target, QStringLiteral("q"));
        QCOMPARE(peeked.count, quint64(1));
        QCOMPARE(peeked.messages.size(), 1);
        QCOMPARE(peeked.messages.first().routingKey, QStringLiteral("q"));
        QCOMPARE(broker.context.vhost("/")->queue("q")->messageCount(), quint64(1));
        refusedUnchanged("nobody peeks", PeekMessages{Root, QStringLiteral("q"), 5}, user("nobody"),
                         Error::NotAuthorised);

        const OperationResult exported = broker.run(ExportDefinitions{}, user("admin"));
        QCOMPARE(exported.kind, OperationResult::Kind::ExportDefinitions);
        QCOMPARE(exported.definitions, ops::exportDefinitions(broker.context));
        QVERIFY(exported.definitions.value(QStringLiteral("queues")).toArray().size() >= 1);
        refusedUnchanged("reader exports", ExportDefinitions{}, user("reader"),
                         Error::NotAuthorised);

        // A tap started by someone who may read the vhost sees what is published there.
        const OperationResult started =
            broker.run(StartTap{7, Root, QStringLiteral("x")}, user("reader"));
        QCOMPARE(started.errorKind, Error::None);
        QCOMPARE(started.tapId, quint64(7));
        QCOMPARE(broker.run(Publish{message(QStringLiteral("x"), QStringLiteral("k"))}).count,
                 quint64(1));
        broker.taps.flush();
        QCOMPARE(broker.tapped.size(), 1);
        QCOMPARE(broker.tapped.first().tapId, quint64(7));
        QCOMPARE(broker.tapped.first().messages.size(), 1);
        QCOMPARE(broker.run(StopTap{7}).tapId, quint64(7));
        QCOMPARE(broker.run(Publish{message(QStringLiteral("x"), QStringLiteral("k"))}).count,
                 quint64(1));
        broker.taps.flush();
        QCOMPARE(broker.tapped.size(), 1); // stopped: nothing more
        const OperationResult missing = broker.run(StartTap{8, Root, QStringLiteral("gone")});
        QCOMPARE(missing.errorKind, Error::NotFound);
        QCOMPARE(missing.tapId, quint64(8));
    }

    void policymakersWritePoliciesWhereTheyHavePermissions() {
        using namespace commands;
        Broker broker;
        QCOMPARE(broker.run(PutPolicy{policy(QStringLiteral("n"))}, user("maker")).errorKind,
                 Error::None);
        refusedUnchanged("maker elsewhere", PutPolicy{policy("n", QStringLiteral("other"))},
                         user("maker"), Error::NotAuthorised);
    }

    void aConnectionIsClosedByItsOwnerOrAnAdministrator() {
        using namespace commands;
        refusedUnchanged("another's", CloseConnection{QStringLiteral("conn-1"), {}}, user("reader"),
                         Error::NotAuthorised);
        Broker broker;
        QCOMPARE(broker.run(CloseConnection{QStringLiteral("conn-1"), {}}, user("admin")).count,
                 1u);
        QCOMPARE(broker.clients.closed, QStringList{QStringLiteral("conn-1")});
    }

    void theBrokersNamesAreRefusedToEveryone() {
        using namespace commands;
        const auto console = ops::Actor::theConsole();
        refusedUnchanged("declare amq. queue", DeclareQueue{queue(QStringLiteral("amq.q"))},
                         console, Error::AccessRefused);
        refusedUnchanged("declare unnamed queue", DeclareQueue{queue(QString())}, console,
                         Error::AccessRefused);
        refusedUnchanged("declare amq. exchange", DeclareExchange{exchange("amq.y")}, console,
                         Error::AccessRefused);
        refusedUnchanged("delete amq. exchange", DeleteExchange{Root, "amq.direct"}, console,
                         Error::AccessRefused);
        refusedUnchanged("API deletes amq. queue", DeleteQueue{Root, "amq.gen-1"}, user("admin"),
                         Error::AccessRefused);
        refusedUnchanged("redeclare amq. exchange as another type",
                         DeclareExchange{exchange("amq.direct", QStringLiteral("fanout"))}, console,
                         Error::PreconditionFailed);
        refusedUnchanged("publish to an internal exchange", Publish{message("inner", "k")}, console,
                         Error::AccessRefused);
        // An import passes over a message for an internal exchange, as over one for a missing
        // exchange, and says why when nothing went.
        Broker importer;
        const OperationResult partly = importer.run(
            PublishMany{{message(QString(), QStringLiteral("q")), message("inner", "k")}});
        QCOMPARE(partly.errorKind, Error::None);
        QCOMPARE(partly.count, quint64(1));
        QCOMPARE(partly.skipped, quint64(1));
        refusedUnchanged("import to an internal exchange", PublishMany{{message("inner", "k")}},
                         console, Error::AccessRefused);
        // The broker's own exchange as it is: nothing to change. The console may clear out a
        // server-named queue, as an AMQP client may.
        Broker broker;
        const QByteArray before = broker.state();
        QCOMPARE(broker.run(DeclareExchange{exchange("amq.direct")}).errorKind, Error::None);
        QCOMPARE(broker.state(), before);
        QCOMPARE(broker.run(DeleteQueue{Root, "amq.gen-1"}).errorKind, Error::None);
    }

    // The check the AMQP channel shares with authorize(), with AMQP's 403 text.
    void thePermissionCheckNamesTheDefaultExchangeAsRabbitMqDoes() {
        Broker broker;
        const auto& users = broker.context.users;
        QVERIFY(!ops::permissionRefusal(users, "reader", "/", auth::Access::Read,
                                        ops::Resource::Queue, "q"));
        const auto refused = ops::permissionRefusal(users, "reader", "/", auth::Access::Write,
                                                    ops::Resource::Exchange, "");
        QVERIFY(refused);
        QCOMPARE(refused->kind, core::Error::Kind::AccessRefused);
        QCOMPARE(refused->text, QStringLiteral("access to exchange 'amq.default' in vhost '/' "
                                               "refused for user 'reader'"));
        QVERIFY(ops::permissionRefusal(users, "nobody", "/", auth::Access::Read,
                                       ops::Resource::Queue, "q"));
    }

    void anImportRefusesTheBrokersNamesOneByOne() {
        Broker broker;
        const OperationResult result = broker.run(commands::ImportDefinitions{QJsonObject{
            {QStringLiteral("queues"), QJsonArray{QJsonObject{{QStringLiteral("name"), QString()},
                                                              {QStringLiteral("vhost"), Root}}}}}});
        QCOMPARE(result.errorKind, Error::AccessRefused);
        QCOMPARE(result.kind, OperationResult::Kind::ImportDefinitions);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
