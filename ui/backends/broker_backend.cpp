#include "backends/broker_backend.h"

// Out of line so the vtable and meta-object have one home.
BrokerBackend::BrokerBackend(QObject* parent)
    : QObject(parent) {}

BrokerBackend::~BrokerBackend() = default;

QString BrokerBackend::unsupportedReason(Feature feature) const {
    switch (feature) {
    case Feature::Exchanges:
        return tr("This broker has no exchanges.");
    case Feature::Bindings:
        return tr("This broker has no bindings.");
    case Feature::Connections:
        return tr("This broker does not list its connections.");
    case Feature::Channels:
        return tr("This broker has no channels.");
    case Feature::Consumers:
        return tr("This broker does not list its consumers.");
    case Feature::Users:
        return tr("This broker's users cannot be managed from here.");
    case Feature::RouteTesting:
        return tr("This broker cannot test routes.");
    case Feature::Tap:
        return tr("This broker cannot be tapped.");
    case Feature::Logs:
        return tr("This broker sends no log stream.");
    case Feature::Definitions:
        return tr("This broker has no definitions to export or import.");
    case Feature::QueueTypes:
        return tr("This broker has only classic queues.");
    case Feature::Policies:
        return tr("This broker has no policies.");
    }
    return {};
}

void BrokerBackend::refuse(warren::OperationResult::Kind kind, const QString& vhost,
                           const QString& target, const QString& reason) {
    warren::OperationResult result;
    result.kind = kind;
    result.vhost = vhost;
    result.target = target;
    result.error = reason;
    emit operationFinished(result);
}

void BrokerBackend::declareQueue(const warren::QueueDefinition& d) {
    refuse(warren::OperationResult::Kind::DeclareQueue, d.vhost, d.name,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::deleteQueue(const QString& vhost, const QString& queue) {
    refuse(warren::OperationResult::Kind::DeleteQueue, vhost, queue,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::purgeQueue(const QString& vhost, const QString& queue) {
    refuse(warren::OperationResult::Kind::PurgeQueue, vhost, queue,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::publishMessage(const warren::OutgoingMessage& m) {
    refuse(warren::OperationResult::Kind::Publish, m.vhost, m.exchange,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::publishMessages(const QList<warren::OutgoingMessage>& messages) {
    refuse(warren::OperationResult::Kind::ImportMessages,
           messages.isEmpty() ? QString() : messages.first().vhost,
           messages.isEmpty() ? QString() : messages.first().exchange,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::transferMessages(const warren::MessageTransfer& transfer) {
    refuse(transferKind(transfer.mode), transfer.vhost, transfer.queue,
           tr("This broker does not allow changes from the console."));
}

warren::OperationResult::Kind BrokerBackend::transferKind(warren::MessageTransfer::Mode mode) {
    switch (mode) {
    case warren::MessageTransfer::Mode::Copy:
        return warren::OperationResult::Kind::CopyMessages;
    case warren::MessageTransfer::Mode::Move:
        return warren::OperationResult::Kind::MoveMessages;
    case warren::MessageTransfer::Mode::RequeueDeadLettered:
        return warren::OperationResult::Kind::RequeueDeadLettered;
    }
    return warren::OperationResult::Kind::CopyMessages;
}

void BrokerBackend::closeConnection(const QString& name, const QString& reason) {
    Q_UNUSED(reason);
    refuse(warren::OperationResult::Kind::CloseConnection, QString(), name,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::declareExchange(const warren::ExchangeDefinition& d) {
    refuse(warren::OperationResult::Kind::DeclareExchange, d.vhost, d.name,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::deleteExchange(const QString& vhost, const QString& exchange) {
    refuse(warren::OperationResult::Kind::DeleteExchange, vhost, exchange,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::addBinding(const warren::BindingDefinition& b) {
    refuse(warren::OperationResult::Kind::AddBinding, b.vhost, b.source,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::removeBinding(const warren::BindingDefinition& b) {
    refuse(warren::OperationResult::Kind::RemoveBinding, b.vhost, b.source,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::putUser(const warren::UserDefinition& user) {
    refuse(warren::OperationResult::Kind::PutUser, QString(), user.name,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::deleteUser(const QString& name) {
    refuse(warren::OperationResult::Kind::DeleteUser, QString(), name,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::setPermission(const warren::PermissionDefinition& permission) {
    refuse(warren::OperationResult::Kind::SetPermission, permission.vhost, permission.user,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::clearPermission(const QString& user, const QString& vhost) {
    refuse(warren::OperationResult::Kind::ClearPermission, vhost, user,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::setTopicPermission(const warren::TopicPermissionDefinition& permission) {
    refuse(warren::OperationResult::Kind::SetTopicPermission, permission.vhost, permission.user,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::clearTopicPermission(const QString& user, const QString& vhost,
                                         const QString& exchange) {
    Q_UNUSED(exchange);
    refuse(warren::OperationResult::Kind::ClearTopicPermission, vhost, user,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::putPolicy(const warren::PolicyDefinition& policy) {
    refuse(warren::OperationResult::Kind::PutPolicy, policy.vhost, policy.name,
           unsupportedReason(Feature::Policies));
}

void BrokerBackend::deletePolicy(const QString& vhost, const QString& name) {
    refuse(warren::OperationResult::Kind::DeletePolicy, vhost, name,
           unsupportedReason(Feature::Policies));
}

void BrokerBackend::addVhost(const QString& name) {
    refuse(warren::OperationResult::Kind::AddVhost, name, name,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::deleteVhost(const QString& name) {
    refuse(warren::OperationResult::Kind::DeleteVhost, name, name,
           tr("This broker does not allow changes from the console."));
}

void BrokerBackend::checkAccess(const QString& user, const QString& vhost,
                                const QString& resource) {
    Q_UNUSED(user);
    refuse(warren::OperationResult::Kind::CheckAccess, vhost, resource,
           tr("This broker cannot check permissions from the console."));
}

void BrokerBackend::checkTopicAccess(const QString& user, const QString& vhost,
                                     const QString& exchange, const QString& routingKey) {
    Q_UNUSED(user);
    Q_UNUSED(routingKey);
    refuse(warren::OperationResult::Kind::CheckTopicAccess, vhost, exchange,
           tr("This broker cannot check permissions from the console."));
}

void BrokerBackend::exportDefinitions() {
    emit definitionsExported({}, unsupportedReason(Feature::Definitions));
}

void BrokerBackend::importDefinitions(const QJsonObject& definitions) {
    Q_UNUSED(definitions);
    refuse(warren::OperationResult::Kind::ImportDefinitions, QString(), QString(),
           unsupportedReason(Feature::Definitions));
}

void BrokerBackend::testRoute(const warren::OutgoingMessage& m) {
    refuse(warren::OperationResult::Kind::TestRoute, m.vhost, m.exchange,
           tr("This broker cannot test routes from the console."));
}

void BrokerBackend::peekMessages(const QString& vhost, const QString& queue, int count) {
    Q_UNUSED(count);
    warren::PeekResult result;
    result.vhost = vhost;
    result.queue = queue;
    result.error = tr("This broker does not let the console look into queues.");
    emit messagesPeeked(result);
}

quint64 BrokerBackend::startTap(const QString&, const std::optional<QString>&) {
    return 0;
}

void BrokerBackend::stopTap(quint64) {}

void BrokerBackend::reconfigureBroker(const warren::BrokerConfig& config) {
    Q_UNUSED(config);
    emit errorOccurred(tr("This broker cannot be reconfigured from the console."));
}
