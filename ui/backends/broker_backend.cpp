#include "backends/broker_backend.h"

#include "backends/command_result.h"

#include <warren/overloaded.h>

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
    case Feature::Queues:
        return tr("This broker has no queues to list.");
    case Feature::ExchangePublishing:
        return tr("This broker takes no messages for exchanges or queues.");
    case Feature::Retained:
        return tr("Retained messages are MQTT's: the console lists them for the embedded broker "
                  "and for MQTT brokers.");
    case Feature::TopicPublishing:
        return tr("The console publishes to MQTT topics on the embedded broker and on MQTT "
                  "brokers.");
    }
    return {};
}

QString BrokerBackend::mqttVhost() const {
    return canControl() ? brokerConfig().mqttVhost : QStringLiteral("/");
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

void BrokerBackend::refuse(const warren::Command& command, const QString& reason) {
    warren::OperationResult result = resultFor(command);
    result.error = reason;
    emit operationFinished(result);
}

void BrokerBackend::execute(const warren::Command& command) {
    using namespace warren::commands;
    const QString reason = std::visit(
        warren::Overloaded{
            [this](const PutPolicy&) { return unsupportedReason(Feature::Policies); },
            [this](const DeletePolicy&) { return unsupportedReason(Feature::Policies); },
            [this](const ImportDefinitions&) { return unsupportedReason(Feature::Definitions); },
            [this](const ExportDefinitions&) { return unsupportedReason(Feature::Definitions); },
            [this](const StartTap&) { return unsupportedReason(Feature::Tap); },
            [this](const StopTap&) { return unsupportedReason(Feature::Tap); },
            [this](const ListRetained&) { return unsupportedReason(Feature::Retained); },
            [this](const DeleteRetained&) { return unsupportedReason(Feature::Retained); },
            [this](const PublishToTopic&) { return unsupportedReason(Feature::TopicPublishing); },
            [](const PeekMessages&) {
                return tr("This broker does not let the console look into queues.");
            },
            [](const CheckAccess&) {
                return tr("This broker cannot check permissions from the console.");
            },
            [](const CheckTopicAccess&) {
                return tr("This broker cannot check permissions from the console.");
            },
            [](const TestRoute&) { return tr("This broker cannot test routes from the console."); },
            [](const auto&) { return tr("This broker does not allow changes from the console."); },
        },
        command);
    refuse(command, reason);
}

void BrokerBackend::reconfigureBroker(const warren::BrokerConfig& config) {
    Q_UNUSED(config);
    emit errorOccurred(tr("This broker cannot be reconfigured from the console."));
}
