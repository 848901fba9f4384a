#include "ops/operations.h"

#include "core/field_json.h"
#include "ops/access_operations.h"
#include "ops/authorization.h"
#include "ops/clients.h"
#include "ops/definitions_document.h"
#include "ops/message_peek.h"
#include "ops/message_transfer.h"
#include "ops/operation_errors.h"
#include "ops/policy_operations.h"
#include "ops/topic_messages.h"
#include "ops/validation.h"
#include "services/message_tap_hub.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <warren/overloaded.h>

namespace warren::ops {

namespace {

using namespace commands;

// The console's words, translated under the context they were first written in.
QString consoleText(const char* text) {
    return QCoreApplication::translate("warren::BrokerEngine", text);
}

// What a refused command's result names, as its operation would have.
QString targetOf(const Command& command) {
    return std::visit(Overloaded{
                          [](const DeclareQueue& c) { return c.definition.name; },
                          [](const DeleteQueue& c) { return c.queue; },
                          [](const PurgeQueue& c) { return c.queue; },
                          [](const Publish& c) { return c.message.exchange; },
                          [](const DeclareExchange& c) { return c.definition.name; },
                          [](const DeleteExchange& c) { return c.exchange; },
                          [](const AddBinding& c) { return c.binding.source; },
                          [](const RemoveBinding& c) { return c.binding.source; },
                          [](const PutPolicy& c) { return c.policy.name; },
                          [](const DeletePolicy& c) { return c.name; },
                          [](const PeekMessages& c) { return c.queue; },
                          [](const StartTap& c) { return c.exchange.value_or(QString()); },
                          [](const CloseConnection& c) { return c.name; },
                          [](const auto&) { return QString(); },
                      },
                      command);
}

void putPolicy(services::BrokerContext& context, const PutPolicy& c, OperationDone done) {
    const PolicyDefinition& policy = c.policy;
    if (!c.fields.isEmpty()) {
        ops::putPolicy(context, policy.vhost, policy.name, c.fields, std::move(done));
        return;
    }
    // The console gives the definition as JSON text: a broken one is refused like the API
    // refuses it, rather than stored as a string.
    QJsonParseError parseError;
    const QJsonDocument definition =
        QJsonDocument::fromJson(policy.definition.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !definition.isObject()) {
        OperationResult refused;
        refused.vhost = policy.vhost;
        refused.target = policy.name;
        refuse(refused, ErrorKind::InvalidArgument,
               consoleText("The policy's definition is not a JSON object."));
        done(std::move(refused));
        return;
    }
    ops::putPolicy(context, policy.vhost, policy.name,
                   QJsonObject{{QStringLiteral("pattern"), policy.pattern},
                               {QStringLiteral("definition"), definition.object()},
                               {QStringLiteral("priority"), policy.priority},
                               {QStringLiteral("apply-to"), policy.applyTo}},
                   std::move(done));
}

void importDefinitions(services::BrokerContext& context, const QJsonObject& document,
                       OperationDone done) {
    // The import as a whole was authorised; its objects are made as RabbitMQ's import makes
    // them, by the broker itself, but each through the same validation and operation.
    auto each = [&context](const Command& part, OperationDone partDone) {
        execute(context, Actor::theConsole(), part, std::move(partDone));
    };
    ops::importDefinitions(context, document, each, [done](const ops::DefinitionsImport& outcome) {
        OperationResult result;
        result.count = quint64(outcome.applied);
        if (!outcome.missingVhost.isEmpty()) {
            result.vhost = outcome.missingVhost;
            refuse(result, ErrorKind::NotFound,
                   consoleText("vhost '%1' does not exist and is not among the definitions")
                       .arg(outcome.missingVhost));
        } else if (!outcome.firstError.isEmpty()) {
            refuse(result, outcome.firstErrorKind, outcome.firstError);
        }
        done(std::move(result));
    });
}

void closeConnection(services::BrokerContext& context, const Actor& actor, const CloseConnection& c,
                     OperationDone done) {
    OperationResult result;
    result.target = c.name;
    // Only a client connection, as snapshots list them (not, say, an HTTP session).
    const bool known = context.clients && context.clients->connectionUser(c.name);
    if (known && context.clients->closeConnectionNamed(c.name, c.reason, actor.via))
        result.count = 1;
    else
        refuse(result, ErrorKind::NotFound, QStringLiteral("no connection '%1'").arg(c.name));
    done(std::move(result));
}

void peekMessages(services::BrokerContext& context, const PeekMessages& c, OperationDone done) {
    // Answered later when bodies are paged out: the store's thread reads them.
    peekQueue(context, c.vhost, c.queue, c.count, [done = std::move(done)](PeekResult peeked) {
        OperationResult result;
        result.vhost = peeked.vhost;
        result.target = peeked.queue;
        result.count = peeked.messagesReady;
        result.messages = std::move(peeked.messages);
        if (!peeked.error.isEmpty()) // the one way a peek fails: no such queue
            refuse(result, ErrorKind::NotFound, peeked.error);
        done(std::move(result));
    });
}

void startTap(services::BrokerContext& context, const StartTap& c, OperationDone done) {
    OperationResult result;
    result.vhost = c.vhost;
    result.target = c.exchange.value_or(QString());
    result.tapId = c.tapId;
    QString error;
    const auto exchange = c.exchange ? std::optional(c.exchange->toUtf8()) : std::nullopt;
    if (!context.taps)
        refuse(result, ErrorKind::Internal, consoleText("This broker has no taps."));
    else if (!context.taps->start(c.tapId, context.vhosts.value(c.vhost.toUtf8()), exchange,
                                  &error))
        refuse(result, ErrorKind::NotFound, error); // the vhost or the exchange is not there
    done(std::move(result));
}

// Runs a topic command on the broker's MQTT side, refused where it has none (bare tests).
template <typename TopicCommand>
void withTopics(services::BrokerContext& context, const TopicCommand& c, OperationDone done) {
    if (!context.topics) {
        OperationResult result;
        result.vhost = commandVhost(c);
        refuse(result, ErrorKind::Internal, consoleText("This broker has no MQTT topics."));
        done(std::move(result));
    } else if constexpr (std::is_same_v<TopicCommand, DeleteRetained>) {
        context.topics->deleteRetained(c.vhost, c.topic, std::move(done));
    } else {
        context.topics->publish(c.message, std::move(done));
    }
}

// The operation itself, once authorised and valid.
void run(services::BrokerContext& context, const Actor& actor, const Command& command,
         OperationDone done) {
    std::visit(
        Overloaded{
            [&](const DeclareQueue& c) {
                declareQueue(context, c.definition, core::toFieldTable(c.arguments),
                             std::move(done));
            },
            [&](const DeleteQueue& c) { deleteQueue(context, c.vhost, c.queue, std::move(done)); },
            [&](const PurgeQueue& c) { purgeQueue(context, c.vhost, c.queue, std::move(done)); },
            [&](const Publish& c) { publishMessage(context, c.message, std::move(done)); },
            [&](const PublishMany& c) { publishMessages(context, c.messages, std::move(done)); },
            [&](const TransferMessages& c) {
                transferMessages(context, c.transfer, std::move(done));
            },
            [&](const TestRoute& c) { testRoute(context, c.message, std::move(done)); },
            [&](const DeclareExchange& c) {
                declareExchange(context, c.definition, core::toFieldTable(c.arguments),
                                std::move(done));
            },
            [&](const DeleteExchange& c) {
                deleteExchange(context, c.vhost, c.exchange, std::move(done));
            },
            [&](const AddBinding& c) {
                if (c.arguments.isEmpty())
                    addBinding(context, c.binding, std::move(done));
                else
                    addBinding(context, c.binding, core::toFieldTable(c.arguments),
                               std::move(done));
            },
            [&](const RemoveBinding& c) { removeBinding(context, c.binding, std::move(done)); },
            [&](const PutUser& c) { putUser(context, c.user, std::move(done)); },
            [&](const DeleteUser& c) { deleteUser(context, c.name, std::move(done)); },
            [&](const SetPermission& c) { setPermission(context, c.permission, std::move(done)); },
            [&](const ClearPermission& c) {
                clearPermission(context, c.user, c.vhost, std::move(done));
            },
            [&](const SetTopicPermission& c) {
                setTopicPermission(context, c.permission, std::move(done));
            },
            [&](const ClearTopicPermission& c) {
                clearTopicPermissions(context, c.user, c.vhost, c.exchange, std::move(done));
            },
            [&](const AddVhost& c) { addVhost(context, c.name, std::move(done)); },
            [&](const DeleteVhost& c) {
                const bool inUse = context.clients && context.clients->vhostInUse(c.name);
                deleteVhost(context, c.name, inUse, std::move(done));
            },
            [&](const CheckAccess& c) {
                checkAccess(context, c.user, c.vhost, c.resource, std::move(done));
            },
            [&](const CheckTopicAccess& c) {
                checkTopicAccess(context, c.user, c.vhost, c.exchange, c.routingKey,
                                 std::move(done));
            },
            [&](const PutPolicy& c) { putPolicy(context, c, std::move(done)); },
            [&](const DeletePolicy& c) { deletePolicy(context, c.vhost, c.name, std::move(done)); },
            [&](const ImportDefinitions& c) {
                importDefinitions(context, c.document, std::move(done));
            },
            [&](const PeekMessages& c) { peekMessages(context, c, std::move(done)); },
            [&](const ExportDefinitions&) {
                OperationResult result;
                result.definitions = exportDefinitions(context);
                done(std::move(result));
            },
            [&](const StartTap& c) { startTap(context, c, std::move(done)); },
            [&](const StopTap& c) {
                if (context.taps)
                    context.taps->stop(c.tapId);
                OperationResult result;
                result.tapId = c.tapId;
                done(std::move(result));
            },
            [&](const CloseConnection& c) { closeConnection(context, actor, c, std::move(done)); },
            [&](const ListRetained& c) {
                OperationResult result;
                result.vhost = c.vhost;
                if (!context.vhost(c.vhost.toUtf8()))
                    refuse(result, ErrorKind::NotFound,
                           consoleText("Virtual host '%1' does not exist.").arg(c.vhost));
                else if (context.topics)
                    result.retained = context.topics->retained(c.vhost);
                done(std::move(result));
            },
            [&](const DeleteRetained& c) { withTopics(context, c, std::move(done)); },
            [&](const PublishToTopic& c) { withTopics(context, c, std::move(done)); },
        },
        command);
}

} // namespace

void execute(services::BrokerContext& context, const Actor& actor, const Command& command,
             OperationDone done) {
    OperationDone answer = [kind = resultKind(command),
                            done = std::move(done)](OperationResult result) {
        result.kind = kind;
        if (!result.error.isEmpty() && result.errorKind == ErrorKind::None)
            result.errorKind = ErrorKind::Internal; // a refusal is never left without its kind
        done(std::move(result));
    };
    std::optional<Refusal> refusal = authorize(context, actor, command);
    if (!refusal)
        refusal = validate(context, actor, command);
    if (!refusal) {
        run(context, actor, command, std::move(answer));
        return;
    }
    OperationResult result;
    result.vhost = commandVhost(command);
    result.target = targetOf(command);
    if (const auto* tap = std::get_if<StartTap>(&command))
        result.tapId = tap->tapId;
    if (refusal->kind != ErrorKind::None) // None: already as asked, nothing to change
        refuse(result, refusal->kind, refusal->text);
    answer(std::move(result));
}

} // namespace warren::ops
