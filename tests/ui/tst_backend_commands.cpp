// Every console operation is one warren::Command sent through BrokerBackend::execute: each
// alternative has its result kind, a backend without it refuses it once in that kind, and the
// management API backend still turns commands into the API's requests.

#include "authorization_sent.h"
#include "backends/broker_backend.h"
#include "backends/management_api_backend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

using Kind = warren::OperationResult::Kind;
namespace cmd = warren::commands;

// Supports nothing: every command gets BrokerBackend's own answer.
class BareBackend final : public BrokerBackend {
    Q_OBJECT
public:
    QString displayName() const override { return QStringLiteral("bare"); }
    QString status() const override { return {}; }
    QList<warren::ListenerInfo> listeners() const override { return {}; }
    void refresh() override {}
};

warren::MessageTransfer transfer(warren::MessageTransfer::Mode mode) {
    warren::MessageTransfer t;
    t.mode = mode;
    t.vhost = QStringLiteral("v");
    t.queue = QStringLiteral("dead");
    return t;
}

warren::OutgoingMessage message() {
    warren::OutgoingMessage m;
    m.vhost = QStringLiteral("v");
    m.exchange = QStringLiteral("orders");
    m.routingKey = QStringLiteral("created");
    return m;
}

const QString noChanges = QStringLiteral("This broker does not allow changes from the console.");
const QString noChecks = QStringLiteral("This broker cannot check permissions from the console.");

// What RabbitMQ's API answers a change with; closing, so the next request comes on a new
// connection.
const QByteArray noContent =
    "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

} // namespace

Q_DECLARE_METATYPE(warren::OperationResult::Kind)

class TestBackendCommands : public QObject {
    Q_OBJECT

private slots:
    // One row per alternative of warren::Command (three for the transfer's modes): its kind,
    // and how a backend without it refuses it — reason, vhost and target, as before commands.
    void everyCommand_data() {
        QTest::addColumn<warren::Command>("command");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("vhost");
        QTest::addColumn<QString>("target");
        const QString v = QStringLiteral("v");
        warren::QueueDefinition queue;
        queue.vhost = v;
        queue.name = QStringLiteral("q");
        warren::ExchangeDefinition exchange;
        exchange.vhost = v;
        exchange.name = QStringLiteral("x");
        warren::BindingDefinition binding;
        binding.vhost = v;
        binding.source = QStringLiteral("x");
        binding.destination = QStringLiteral("q");
        warren::UserDefinition user;
        user.name = QStringLiteral("u");
        const warren::PermissionDefinition permission{QStringLiteral("u"), v};
        warren::TopicPermissionDefinition topic;
        topic.user = QStringLiteral("u");
        topic.vhost = v;
        warren::PolicyDefinition policy;
        policy.vhost = v;
        policy.name = QStringLiteral("p");
        const QString u = QStringLiteral("u");
        const QString noPolicies = QStringLiteral("This broker has no policies.");
        const QString noDefinitions =
            QStringLiteral("This broker has no definitions to export or import.");
        const QString noRoutes = QStringLiteral("This broker cannot test routes from the console.");
        using Mode = warren::MessageTransfer::Mode;
        auto row = [](const char* name, warren::Command command, Kind kind, const QString& reason,
                      const QString& vhost, const QString& target) {
            QTest::newRow(name) << command << kind << reason << vhost << target;
        };
        row("DeclareQueue", cmd::DeclareQueue{queue}, Kind::DeclareQueue, noChanges, v, queue.name);
        row("DeleteQueue", cmd::DeleteQueue{v, queue.name}, Kind::DeleteQueue, noChanges, v,
            queue.name);
        row("PurgeQueue", cmd::PurgeQueue{v, queue.name}, Kind::PurgeQueue, noChanges, v,
            queue.name);
        row("Publish", cmd::Publish{message()}, Kind::Publish, noChanges, v,
            QStringLiteral("orders"));
        row("PublishMany", cmd::PublishMany{{message(), message()}}, Kind::ImportMessages,
            noChanges, v, QStringLiteral("orders"));
        row("TransferMessages/copy", cmd::TransferMessages{transfer(Mode::Copy)},
            Kind::CopyMessages, noChanges, v, QStringLiteral("dead"));
        row("TransferMessages/move", cmd::TransferMessages{transfer(Mode::Move)},
            Kind::MoveMessages, noChanges, v, QStringLiteral("dead"));
        row("TransferMessages/requeue", cmd::TransferMessages{transfer(Mode::RequeueDeadLettered)},
            Kind::RequeueDeadLettered, noChanges, v, QStringLiteral("dead"));
        row("TestRoute", cmd::TestRoute{message()}, Kind::TestRoute, noRoutes, v,
            QStringLiteral("orders"));
        row("DeclareExchange", cmd::DeclareExchange{exchange}, Kind::DeclareExchange, noChanges, v,
            exchange.name);
        row("DeleteExchange", cmd::DeleteExchange{v, exchange.name}, Kind::DeleteExchange,
            noChanges, v, exchange.name);
        row("AddBinding", cmd::AddBinding{binding}, Kind::AddBinding, noChanges, v, binding.source);
        row("RemoveBinding", cmd::RemoveBinding{binding}, Kind::RemoveBinding, noChanges, v,
            binding.source);
        row("PutUser", cmd::PutUser{user}, Kind::PutUser, noChanges, QString(), u);
        row("DeleteUser", cmd::DeleteUser{u}, Kind::DeleteUser, noChanges, QString(), u);
        row("SetPermission", cmd::SetPermission{permission}, Kind::SetPermission, noChanges, v, u);
        row("ClearPermission", cmd::ClearPermission{u, v}, Kind::ClearPermission, noChanges, v, u);
        row("SetTopicPermission", cmd::SetTopicPermission{topic}, Kind::SetTopicPermission,
            noChanges, v, u);
        row("ClearTopicPermission", cmd::ClearTopicPermission{u, v, QStringLiteral("amq.topic")},
            Kind::ClearTopicPermission, noChanges, v, u);
        row("AddVhost", cmd::AddVhost{v}, Kind::AddVhost, noChanges, v, v);
        row("DeleteVhost", cmd::DeleteVhost{v}, Kind::DeleteVhost, noChanges, v, v);
        row("CheckAccess", cmd::CheckAccess{u, v, QStringLiteral("q")}, Kind::CheckAccess, noChecks,
            v, QStringLiteral("q"));
        row("CheckTopicAccess",
            cmd::CheckTopicAccess{u, v, QStringLiteral("amq.topic"), QStringLiteral("a.b")},
            Kind::CheckTopicAccess, noChecks, v, QStringLiteral("amq.topic"));
        row("PutPolicy", cmd::PutPolicy{policy}, Kind::PutPolicy, noPolicies, v, policy.name);
        row("DeletePolicy", cmd::DeletePolicy{v, policy.name}, Kind::DeletePolicy, noPolicies, v,
            policy.name);
        row("ImportDefinitions", cmd::ImportDefinitions{QJsonObject{}}, Kind::ImportDefinitions,
            noDefinitions, QString(), QString());
        row("PeekMessages", cmd::PeekMessages{v, queue.name, 5}, Kind::PeekMessages,
            QStringLiteral("This broker does not let the console look into queues."), v,
            queue.name);
        row("ExportDefinitions", cmd::ExportDefinitions{}, Kind::ExportDefinitions, noDefinitions,
            QString(), QString());
        const QString noTaps = QStringLiteral("This broker cannot be tapped.");
        row("StartTap", cmd::StartTap{7, v, exchange.name}, Kind::StartTap, noTaps, v,
            exchange.name);
        row("StopTap", cmd::StopTap{7}, Kind::StopTap, noTaps, QString(), QString());
        row("CloseConnection", cmd::CloseConnection{QStringLiteral("c"), QStringLiteral("bye")},
            Kind::CloseConnection, noChanges, QString(), QStringLiteral("c"));
        const QString noRetained =
            QStringLiteral("Retained messages are MQTT's: the console lists them for the embedded "
                           "broker and for MQTT brokers.");
        row("ListRetained", cmd::ListRetained{v}, Kind::ListRetained, noRetained, v, QString());
        row("DeleteRetained", cmd::DeleteRetained{v, QStringLiteral("a/b")}, Kind::DeleteRetained,
            noRetained, v, QStringLiteral("a/b"));
        warren::TopicMessage topicMessage;
        topicMessage.vhost = v;
        topicMessage.topic = QStringLiteral("a/b");
        row("PublishToTopic", cmd::PublishToTopic{topicMessage}, Kind::PublishToTopic,
            QStringLiteral("The console publishes to MQTT topics on the embedded broker and on "
                           "MQTT brokers."),
            v, QStringLiteral("a/b"));
        static_assert(std::variant_size_v<warren::Command> == 32,
                      "a new command needs its row here");
    }

    void everyCommand() {
        QFETCH(warren::Command, command);
        QFETCH(Kind, kind);
        QCOMPARE(warren::resultKind(command), kind);

        QFETCH(QString, reason);
        QFETCH(QString, vhost);
        QFETCH(QString, target);
        BareBackend backend;
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        backend.execute(command);
        QCOMPARE(finished.count(), 1); // answered at once, and once
        const auto result = finished.takeFirst().at(0).value<warren::OperationResult>();
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.error, reason);
        QCOMPARE(result.vhost, vhost);
        QCOMPARE(result.target, target);
        // A tap's answers name the tap, refused or not, so its page knows them.
        if (const auto* start = std::get_if<cmd::StartTap>(&command))
            QCOMPARE(result.tapId, start->tapId);
    }

    // The management API backend sends the same requests for commands as it did for its
    // per-operation methods; what the API lacks is refused without a request.
    void managementApiRequests() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ConnectionProfile profile;
        profile.kind = ConnectionProfile::Kind::RabbitMQ;
        profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        profile.user = QStringLiteral("guest");
        profile.password = QStringLiteral("guest");
        ManagementApiBackend backend(profile);
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);

        warren::QueueDefinition queue;
        queue.name = QStringLiteral("orders");
        queue.maxLength = 10;
        backend.execute(cmd::DeclareQueue{queue});
        SentRequest request;
        requestSent(server, &request, noContent);
        QCOMPARE(request.requestLine(), QByteArray("PUT /api/queues/%2F/orders HTTP/1.1"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QLatin1String("durable")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("auto_delete")).toBool(), false);
        QCOMPARE(body.value(QLatin1String("arguments"))
                     .toObject()
                     .value(QLatin1String("x-max-length"))
                     .toInteger(),
                 10);
        // The broker's answer is the command's one answer, in its kind.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        auto result = finished.takeFirst().at(0).value<warren::OperationResult>();
        QCOMPARE(result.kind, Kind::DeclareQueue);
        QCOMPARE(result.target, QStringLiteral("orders"));
        QCOMPARE(result.error, QString());

        backend.execute(
            cmd::CloseConnection{QStringLiteral("conn 1/2"), QStringLiteral("maintenance")});
        requestSent(server, &request, noContent);
        QCOMPARE(request.requestLine(),
                 QByteArray("DELETE /api/connections/conn%201%2F2 HTTP/1.1"));
        QCOMPARE(request.header("X-Reason"), QByteArray("maintenance"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.takeFirst().at(0).value<warren::OperationResult>().kind,
                 Kind::CloseConnection);

        // Answered before returning: no request went out for it.
        backend.execute(cmd::TestRoute{message()});
        QCOMPARE(finished.count(), 1);
        result = finished.takeFirst().at(0).value<warren::OperationResult>();
        QCOMPARE(result.kind, Kind::TestRoute);
        QCOMPARE(result.error, QStringLiteral("This broker cannot test routes from the console."));
    }
};

QTEST_MAIN(TestBackendCommands)
#include "tst_backend_commands.moc"
