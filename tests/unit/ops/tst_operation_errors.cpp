// The kind of every refusal the operations give, operation by operation: front ends pick their
// codes by it (the management API's status, tests/unit/http/tst_operation_status.cpp), so a
// refusal with the wrong kind, or with a text but no kind, would answer with the wrong code.

#include "ops/access_operations.h"
#include "ops/management_operations.h"
#include "ops/message_transfer.h"
#include "ops/operations.h"
#include "ops/policy_operations.h"

#include <QJsonObject>
#include <QTest>

using namespace warren;
using Kind = OperationResult::Error;

namespace {

using Operation = std::function<void(services::BrokerContext&, ops::OperationDone)>;

struct Case {
    const char* name;
    Operation operation;
    Kind expected;
};

const QString Root = QStringLiteral("/");

OutgoingMessage messageTo(const QString& vhost, const QString& exchange) {
    OutgoingMessage m;
    m.vhost = vhost;
    m.exchange = exchange;
    m.routingKey = QStringLiteral("k");
    return m;
}

QueueDefinition queueNamed(const QString& name) {
    QueueDefinition d;
    d.name = name;
    return d;
}

ExchangeDefinition exchangeNamed(const QString& name) {
    ExchangeDefinition d;
    d.name = name;
    return d;
}

BindingDefinition binding(const QString& source, const QString& queue) {
    BindingDefinition b;
    b.source = source;
    b.destination = queue;
    return b;
}

// The broker's names and internal exchanges are refused once, by ops::validate, for every front
// end: those cases go through ops::execute as the console.
Operation asConsole(Command command) {
    return [command](services::BrokerContext& c, ops::OperationDone done) {
        ops::execute(c, ops::Actor::theConsole(), command, std::move(done));
    };
}

core::FieldTable noArguments() {
    return {};
}

// Every case runs against the same broker: vhost "/" with user "guest", a queue "q", a queue
// "locked" exclusive to connection 7, a direct exchange "x" and an internal exchange "inner".
QList<Case> cases() {
    using namespace ops;
    const QString missing = QStringLiteral("missing");
    const QString q = QStringLiteral("q");
    const QString x = QStringLiteral("x");
    PermissionDefinition badPattern{QStringLiteral("guest"), Root, QStringLiteral("("),
                                    QStringLiteral(".*"), QStringLiteral(".*")};
    PermissionDefinition nobody{missing, Root, QStringLiteral(".*"), QStringLiteral(".*"),
                                QStringLiteral(".*")};
    UserDefinition unnamed;
    MessageTransfer fromMissing;
    fromMissing.queue = missing;
    return {
        {"declare queue: done",
         [](auto& c, auto done) {
             declareQueue(c, Root, QStringLiteral("fresh"), false, false, {}, done);
         },
         Kind::None},
        {"declare queue in a missing vhost",
         [=](auto& c, auto done) { declareQueue(c, missing, q, false, false, {}, done); },
         Kind::NotFound},
        {"declare queue with a reserved name",
         asConsole(commands::DeclareQueue{queueNamed(QStringLiteral("amq.q"))}),
         Kind::AccessRefused},
        {"declare queue with an empty name", asConsole(commands::DeclareQueue{queueNamed({})}),
         Kind::AccessRefused},
        {"redeclare queue with different durability",
         [=](auto& c, auto done) { declareQueue(c, Root, q, true, false, {}, done); },
         Kind::PreconditionFailed},
        {"declare queue with an invalid x-argument",
         [](auto& c, auto done) {
             core::FieldTable arguments = noArguments();
             arguments.emplace_back("x-max-length", core::FieldValue(QByteArray("ten")));
             declareQueue(c, Root, QStringLiteral("fresh2"), false, false, arguments, done);
         },
         Kind::PreconditionFailed},
        {"redeclare another connection's exclusive queue",
         [](auto& c, auto done) {
             declareQueue(c, Root, QStringLiteral("locked"), false, false, {}, done);
         },
         Kind::ResourceLocked},
        {"delete a missing queue", [=](auto& c, auto done) { deleteQueue(c, Root, missing, done); },
         Kind::NotFound},
        {"purge a missing queue", [=](auto& c, auto done) { purgeQueue(c, Root, missing, done); },
         Kind::NotFound},
        {"declare exchange of an unknown type",
         [](auto& c, auto done) {
             declareExchange(c, Root, QStringLiteral("y"), QStringLiteral("nonsense"), {}, {},
                             done);
         },
         Kind::NotAllowed},
        {"declare exchange with a reserved name",
         asConsole(commands::DeclareExchange{exchangeNamed(QStringLiteral("amq.y"))}),
         Kind::AccessRefused},
        {"redeclare exchange as another type",
         [=](auto& c, auto done) {
             declareExchange(c, Root, x, QStringLiteral("fanout"), {}, {}, done);
         },
         Kind::PreconditionFailed},
        {"delete a built-in exchange",
         asConsole(commands::DeleteExchange{Root, QStringLiteral("amq.direct")}),
         Kind::AccessRefused},
        {"delete a missing exchange",
         [=](auto& c, auto done) { deleteExchange(c, Root, missing, done); }, Kind::NotFound},
        {"bind from the default exchange",
         [=](auto& c, auto done) { addBinding(c, binding(QString(), q), done); },
         Kind::AccessRefused},
        {"bind a missing queue",
         [=](auto& c, auto done) { addBinding(c, binding(x, missing), done); }, Kind::NotFound},
        {"unbind a missing binding",
         [=](auto& c, auto done) { removeBinding(c, binding(x, q), done); }, Kind::NotFound},
        {"publish to a missing exchange",
         [=](auto& c, auto done) { publishMessage(c, messageTo(Root, missing), done); },
         Kind::NotFound},
        {"publish in a missing vhost",
         [=](auto& c, auto done) { publishMessage(c, messageTo(missing, x), done); },
         Kind::NotFound},
        {"publish to an internal exchange",
         asConsole(commands::Publish{messageTo(Root, QStringLiteral("inner"))}),
         Kind::AccessRefused},
        {"import to a missing exchange",
         [=](auto& c, auto done) { publishMessages(c, {messageTo(Root, missing)}, done); },
         Kind::NotFound},
        {"test a route through a missing exchange",
         [=](auto& c, auto done) { testRoute(c, messageTo(Root, missing), done); }, Kind::NotFound},
        {"transfer from a missing queue",
         [=](auto& c, auto done) { transferMessages(c, fromMissing, done); }, Kind::NotFound},
        {"put a user without a name", [=](auto& c, auto done) { putUser(c, unnamed, done); },
         Kind::InvalidArgument},
        {"delete a missing user", [=](auto& c, auto done) { deleteUser(c, missing, done); },
         Kind::NotFound},
        {"set a permission with an invalid pattern",
         [=](auto& c, auto done) { setPermission(c, badPattern, done); }, Kind::InvalidArgument},
        {"set a permission of a missing user",
         [=](auto& c, auto done) { setPermission(c, nobody, done); }, Kind::NotFound},
        {"clear a permission never set",
         [=](auto& c, auto done) { clearPermission(c, QStringLiteral("guest"), Root, done); },
         Kind::NotFound},
        {"clear topic permissions never set",
         [=](auto& c, auto done) {
             clearTopicPermissions(c, QStringLiteral("guest"), Root, std::nullopt, done);
         },
         Kind::NotFound},
        {"add a vhost that exists", [](auto& c, auto done) { addVhost(c, Root, done); },
         Kind::AlreadyExists},
        {"add a vhost without a name", [](auto& c, auto done) { addVhost(c, QString(), done); },
         Kind::InvalidArgument},
        {"delete a vhost in use", [](auto& c, auto done) { deleteVhost(c, Root, true, done); },
         Kind::PreconditionFailed},
        {"delete a missing vhost",
         [=](auto& c, auto done) { deleteVhost(c, missing, false, done); }, Kind::NotFound},
        {"check access of a missing user",
         [=](auto& c, auto done) { checkAccess(c, missing, Root, q, done); }, Kind::NotFound},
        {"check topic access on a missing exchange",
         [=](auto& c, auto done) {
             checkTopicAccess(c, QStringLiteral("guest"), Root, missing, QString(), done);
         },
         Kind::NotFound},
        {"put a policy without a pattern",
         [](auto& c, auto done) {
             putPolicy(c, Root, QStringLiteral("p"),
                       QJsonObject{{QStringLiteral("definition"), QJsonObject()}}, done);
         },
         Kind::InvalidArgument},
        {"put a policy in a missing vhost",
         [=](auto& c, auto done) {
             putPolicy(c, missing, QStringLiteral("p"),
                       QJsonObject{{QStringLiteral("pattern"), QStringLiteral(".*")},
                                   {QStringLiteral("definition"), QJsonObject()}},
                       done);
         },
         Kind::NotFound},
        {"delete a missing policy",
         [](auto& c, auto done) { deletePolicy(c, Root, QStringLiteral("p"), done); },
         Kind::NotFound},
    };
}

} // namespace

class TestOperationErrors : public QObject {
    Q_OBJECT

    // A broker for one case: the cases change it.
    static std::unique_ptr<services::BrokerContext> broker() {
        auto context = std::make_unique<services::BrokerContext>();
        auto vhost = std::make_shared<core::Vhost>("/");
        vhost->declareQueue({"q", {false, false, false, 0}, {}});
        vhost->declareQueue({"locked", {false, true, false, 7}, {}});
        vhost->declareExchange({"x", "direct", {false, false, false}, {}});
        vhost->declareExchange({"inner", "direct", {false, false, true}, {}});
        context->vhosts.insert("/", vhost);
        context->users.addUser("guest", "guest", {}, false);
        return context;
    }

private slots:
    void eachRefusalHasItsKind() {
        for (const Case& c : cases()) {
            const auto context = broker();
            std::optional<OperationResult> answer;
            c.operation(*context, [&answer](OperationResult r) { answer = std::move(r); });
            QVERIFY2(answer, c.name);
            const QByteArray what = QByteArray(c.name) + ": " + answer->error.toUtf8();
            QVERIFY2(answer->errorKind == c.expected, what.constData());
            // The text and the kind go together: no refusal without either.
            QVERIFY2(answer->error.isEmpty() == (answer->errorKind == Kind::None),
                     what.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestOperationErrors)
#include "tst_operation_errors.moc"
