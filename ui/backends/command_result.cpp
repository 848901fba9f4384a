#include "backends/command_result.h"

#include <warren/overloaded.h>

warren::OperationResult resultFor(const warren::Command& command) {
    using namespace warren::commands;
    warren::OperationResult result;
    result.kind = warren::resultKind(command);
    result.vhost = warren::commandVhost(command);
    result.target =
        std::visit(warren::Overloaded{
                       [](const DeclareQueue& c) { return c.definition.name; },
                       [](const DeleteQueue& c) { return c.queue; },
                       [](const PurgeQueue& c) { return c.queue; },
                       [](const Publish& c) { return c.message.exchange; },
                       [](const PublishMany& c) {
                           return c.messages.isEmpty() ? QString() : c.messages.first().exchange;
                       },
                       [](const TransferMessages& c) { return c.transfer.queue; },
                       [](const TestRoute& c) { return c.message.exchange; },
                       [](const DeclareExchange& c) { return c.definition.name; },
                       [](const DeleteExchange& c) { return c.exchange; },
                       [](const AddBinding& c) { return c.binding.source; },
                       [](const RemoveBinding& c) { return c.binding.source; },
                       [](const PutUser& c) { return c.user.name; },
                       [](const DeleteUser& c) { return c.name; },
                       [](const SetPermission& c) { return c.permission.user; },
                       [](const ClearPermission& c) { return c.user; },
                       [](const SetTopicPermission& c) { return c.permission.user; },
                       [](const ClearTopicPermission& c) { return c.user; },
                       [](const AddVhost& c) { return c.name; },
                       [](const DeleteVhost& c) { return c.name; },
                       [](const CheckAccess& c) { return c.resource; },
                       [](const CheckTopicAccess& c) { return c.exchange; },
                       [](const PutPolicy& c) { return c.policy.name; },
                       [](const DeletePolicy& c) { return c.name; },
                       [](const ImportDefinitions&) { return QString(); },
                       [](const PeekMessages& c) { return c.queue; },
                       [](const ExportDefinitions&) { return QString(); },
                       [](const StartTap& c) { return c.exchange.value_or(QString()); },
                       [](const StopTap&) { return QString(); },
                       [](const CloseConnection& c) { return c.name; },
                       [](const ListRetained&) { return QString(); },
                       [](const DeleteRetained& c) { return c.topic; },
                       [](const PublishToTopic& c) { return c.message.topic; },
                   },
                   command);
    if (const auto* tap = std::get_if<StartTap>(&command))
        result.tapId = tap->tapId;
    else if (const auto* stop = std::get_if<StopTap>(&command))
        result.tapId = stop->tapId;
    // A vhost's own answers are filed under it, as the engine files them.
    if (std::holds_alternative<AddVhost>(command) || std::holds_alternative<DeleteVhost>(command))
        result.vhost = result.target;
    return result;
}
