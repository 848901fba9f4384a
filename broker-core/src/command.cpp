#include <atomic>
#include <warren/command.h>
#include <warren/overloaded.h>

namespace warren {

OperationResult::Kind resultKind(const Command& command) {
    using Kind = OperationResult::Kind;
    using namespace commands;
    return std::visit(Overloaded{
                          [](const DeclareQueue&) { return Kind::DeclareQueue; },
                          [](const DeleteQueue&) { return Kind::DeleteQueue; },
                          [](const PurgeQueue&) { return Kind::PurgeQueue; },
                          [](const Publish&) { return Kind::Publish; },
                          [](const PublishMany&) { return Kind::ImportMessages; },
                          [](const TransferMessages& c) {
                              switch (c.transfer.mode) {
                              case MessageTransfer::Mode::Copy:
                                  return Kind::CopyMessages;
                              case MessageTransfer::Mode::Move:
                                  return Kind::MoveMessages;
                              case MessageTransfer::Mode::RequeueDeadLettered:
                                  break;
                              }
                              return Kind::RequeueDeadLettered;
                          },
                          [](const TestRoute&) { return Kind::TestRoute; },
                          [](const DeclareExchange&) { return Kind::DeclareExchange; },
                          [](const DeleteExchange&) { return Kind::DeleteExchange; },
                          [](const AddBinding&) { return Kind::AddBinding; },
                          [](const RemoveBinding&) { return Kind::RemoveBinding; },
                          [](const PutUser&) { return Kind::PutUser; },
                          [](const DeleteUser&) { return Kind::DeleteUser; },
                          [](const SetPermission&) { return Kind::SetPermission; },
                          [](const ClearPermission&) { return Kind::ClearPermission; },
                          [](const SetTopicPermission&) { return Kind::SetTopicPermission; },
                          [](const ClearTopicPermission&) { return Kind::ClearTopicPermission; },
                          [](const AddVhost&) { return Kind::AddVhost; },
                          [](const DeleteVhost&) { return Kind::DeleteVhost; },
                          [](const CheckAccess&) { return Kind::CheckAccess; },
                          [](const CheckTopicAccess&) { return Kind::CheckTopicAccess; },
                          [](const PutPolicy&) { return Kind::PutPolicy; },
                          [](const DeletePolicy&) { return Kind::DeletePolicy; },
                          [](const ImportDefinitions&) { return Kind::ImportDefinitions; },
                          [](const PeekMessages&) { return Kind::PeekMessages; },
                          [](const ExportDefinitions&) { return Kind::ExportDefinitions; },
                          [](const StartTap&) { return Kind::StartTap; },
                          [](const StopTap&) { return Kind::StopTap; },
                          [](const CloseConnection&) { return Kind::CloseConnection; },
                          [](const ListRetained&) { return Kind::ListRetained; },
                          [](const DeleteRetained&) { return Kind::DeleteRetained; },
                          [](const PublishToTopic&) { return Kind::PublishToTopic; },
                      },
                      command);
}

QString commandVhost(const Command& command) {
    using namespace commands;
    return std::visit(Overloaded{
                          [](const DeclareQueue& c) { return c.definition.vhost; },
                          [](const DeleteQueue& c) { return c.vhost; },
                          [](const PurgeQueue& c) { return c.vhost; },
                          [](const Publish& c) { return c.message.vhost; },
                          [](const PublishMany& c) {
                              return c.messages.isEmpty() ? QString() : c.messages.first().vhost;
                          },
                          [](const TransferMessages& c) { return c.transfer.vhost; },
                          [](const TestRoute& c) { return c.message.vhost; },
                          [](const DeclareExchange& c) { return c.definition.vhost; },
                          [](const DeleteExchange& c) { return c.vhost; },
                          [](const AddBinding& c) { return c.binding.vhost; },
                          [](const RemoveBinding& c) { return c.binding.vhost; },
                          [](const SetPermission& c) { return c.permission.vhost; },
                          [](const ClearPermission& c) { return c.vhost; },
                          [](const SetTopicPermission& c) { return c.permission.vhost; },
                          [](const ClearTopicPermission& c) { return c.vhost; },
                          [](const CheckAccess& c) { return c.vhost; },
                          [](const CheckTopicAccess& c) { return c.vhost; },
                          [](const PutPolicy& c) { return c.policy.vhost; },
                          [](const DeletePolicy& c) { return c.vhost; },
                          [](const PeekMessages& c) { return c.vhost; },
                          [](const StartTap& c) { return c.vhost; },
                          [](const ListRetained& c) { return c.vhost; },
                          [](const DeleteRetained& c) { return c.vhost; },
                          [](const PublishToTopic& c) { return c.message.vhost; },
                          [](const auto&) { return QString(); },
                      },
                      command);
}

quint64 newTapId() {
    static std::atomic<quint64> last{0};
    return ++last;
}

} // namespace warren
