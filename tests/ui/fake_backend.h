#pragma once

#include "backends/broker_backend.h"
#include "backends/command_result.h"
#include "sample_snapshot.h"

#include <warren/overloaded.h>

// A backend the test drives by hand: whatever it emits, the window must show.
class FakeBackend final : public BrokerBackend {
    Q_OBJECT
public:
    using BrokerBackend::BrokerBackend;

    // What titles call it; a test with several fakes tells them apart by it.
    QString name = QStringLiteral("Fake broker");
    QString displayName() const override { return name; }
    QString status() const override { return m_status; }
    QList<warren::ListenerInfo> listeners() const override { return m_listeners; }
    void refresh() override { ++m_refreshCount; }
    bool canPeekMessages() const override { return true; }
    bool canManage() const override { return true; }
    bool canControl() const override { return true; }
    // What the test says this broker lacks; everything else is supported.
    QList<Feature> unsupported;
    bool supports(Feature feature) const override { return !unsupported.contains(feature); }
    bool isRunning() const override { return m_status == QLatin1String("Running"); }
    void startBroker() override { ++starts; }
    void stopBroker() override { ++stops; }
    void restartBroker() override { ++restarts; }
    int starts = 0;
    int stops = 0;
    int restarts = 0;
    // What brokerConfig() answers; reconfigureBroker() records and adopts what it is given.
    warren::BrokerConfig config;
    QList<warren::BrokerConfig> reconfigured;
    QList<int> refreshIntervals; // every setRefreshInterval() in order
    warren::BrokerConfig brokerConfig() const override { return config; }
    void reconfigureBroker(const warren::BrokerConfig& c) override {
        reconfigured.append(c);
        config = c;
    }
    void setRefreshInterval(int ms) override { refreshIntervals.append(ms); }
    // Changes are recorded and answered at once as done (or with `refuseWith` as the error);
    // imports and transfers with every message counted as done; checks and route tests with
    // the answers the test set. What the fake does not record is refused as by any backend.
    void execute(const warren::Command& command) override {
        using namespace warren::commands;
        std::visit(
            warren::Overloaded{
                [&](const DeclareQueue& c) { record(declared, c.definition, command); },
                [&](const DeleteQueue& c) {
                    record(deleted, {c.vhost, c.queue}, command);
                },
                [&](const PurgeQueue& c) {
                    record(purged, {c.vhost, c.queue}, command);
                },
                [&](const Publish& c) { record(published, c.message, command); },
                [&](const PublishMany& c) {
                    publishedBatches.append(c.messages);
                    if (answerImports)
                        answerMany(command, quint64(c.messages.size()));
                },
                [&](const TransferMessages& c) {
                    transfers.append(c.transfer);
                    answerMany(command, quint64(c.transfer.messageIds.size()));
                },
                [&](const CloseConnection& c) {
                    record(closed, {c.name, c.reason}, command);
                },
                [&](const DeclareExchange& c) { record(declaredExchanges, c.definition, command); },
                [&](const DeleteExchange& c) {
                    record(deletedExchanges, {c.vhost, c.exchange}, command);
                },
                [&](const AddBinding& c) { record(addedBindings, c.binding, command); },
                [&](const RemoveBinding& c) { record(removedBindings, c.binding, command); },
                [&](const PutUser& c) { record(putUsers, c.user, command); },
                [&](const DeleteUser& c) { record(deletedUsers, c.name, command); },
                [&](const SetPermission& c) { record(setPermissions, c.permission, command); },
                [&](const ClearPermission& c) {
                    record(clearedPermissions, {c.user, c.vhost}, command);
                },
                [&](const SetTopicPermission& c) {
                    record(setTopicPermissions, c.permission, command);
                },
                [&](const ClearTopicPermission& c) {
                    record(clearedTopicPermissions,
                           {c.user, c.vhost, c.exchange.value_or(QString())}, command);
                },
                [&](const CheckTopicAccess& c) {
                    topicAccessChecks.append({c.user, c.vhost, c.exchange, c.routingKey});
                    answerWith(command, topicAccessAnswer);
                },
                // Where the test says this broker lacks policies, refused with its reason
                // as the real backends do.
                [&](const PutPolicy& c) {
                    if (supports(Feature::Policies))
                        record(putPolicies, c.policy, command);
                    else
                        BrokerBackend::execute(command);
                },
                [&](const DeletePolicy& c) {
                    if (supports(Feature::Policies))
                        record(deletedPolicies, {c.vhost, c.name}, command);
                    else
                        BrokerBackend::execute(command);
                },
                [&](const AddVhost& c) { record(addedVhosts, c.name, command); },
                [&](const DeleteVhost& c) { record(deletedVhosts, c.name, command); },
                [&](const CheckAccess& c) {
                    accessChecks.append({c.user, c.vhost, c.resource});
                    answerWith(command, accessAnswer);
                },
                [&](const StartTap& c) {
                    tapsStarted.append({c.vhost, c.exchange});
                    lastTapId = c.tapId;
                    warren::OperationResult result = resultFor(command);
                    result.error = refuseTapsWith;
                    emit operationFinished(result);
                },
                [&](const StopTap& c) {
                    tapsStopped.append(c.tapId);
                    emit operationFinished(resultFor(command));
                },
                // Answered at once with samplePeek() unless a test wants to answer by hand.
                [&](const PeekMessages& c) {
                    peekRequests.append({c.vhost, c.queue, c.count});
                    if (answerPeeks)
                        emit operationFinished(samplePeek(c.vhost, c.queue, c.count));
                },
                [&](const TestRoute& c) {
                    routeTests.append(c.message);
                    warren::OperationResult result = resultFor(command);
                    result.queues = routeAnswer;
                    result.count = quint64(routeAnswer.size());
                    emit operationFinished(result);
                },
                [&](const PublishToTopic& c) { record(publishedToTopics, c.message, command); },
                // Answered from `retained`, which a delete changes as a broker's would.
                [&](const ListRetained&) {
                    warren::OperationResult result = resultFor(command);
                    result.retained = retained;
                    emit operationFinished(result);
                },
                [&](const DeleteRetained& c) {
                    retained.removeIf(
                        [&](const warren::RetainedMessage& m) { return m.topic == c.topic; });
                    record(deletedRetained, c.topic, command);
                },
                [&](const auto&) { BrokerBackend::execute(command); },
            },
            command);
    }
    QList<warren::TopicMessage> publishedToTopics;
    QList<warren::RetainedMessage> retained; // what ListRetained answers with
    QStringList deletedRetained;
    QList<QList<warren::OutgoingMessage>> publishedBatches;
    bool answerImports = true; // false: the test answers each batch by hand
    QList<warren::MessageTransfer> transfers;
    QList<warren::QueueDefinition> declared;
    QList<std::pair<QString, QString>> deleted;
    QList<std::pair<QString, QString>> purged;
    QList<warren::OutgoingMessage> published;
    QList<std::pair<QString, QString>> closed;
    QList<warren::TopicPermissionDefinition> setTopicPermissions;
    QList<QStringList> clearedTopicPermissions;
    QList<QStringList> topicAccessChecks;
    QStringList topicAccessAnswer; // granted to every topic check
    // Changes what supports() answers, as a remote backend does once the broker has answered.
    void setUnsupported(const QList<Feature>& features) {
        unsupported = features;
        emit featuresChanged();
    }
    QList<warren::PolicyDefinition> putPolicies;
    QList<std::pair<QString, QString>> deletedPolicies;
    QList<warren::UserDefinition> putUsers;
    QStringList deletedUsers;
    QList<warren::PermissionDefinition> setPermissions;
    QList<std::pair<QString, QString>> clearedPermissions;
    QStringList addedVhosts;
    QStringList deletedVhosts;
    QList<QStringList> accessChecks;
    QStringList accessAnswer; // granted to every check
    QList<warren::ExchangeDefinition> declaredExchanges;
    QList<std::pair<QString, QString>> deletedExchanges;
    QList<warren::BindingDefinition> addedBindings;
    QList<warren::BindingDefinition> removedBindings;
    QList<warren::OutgoingMessage> routeTests;
    // Taps are recorded and started; the test feeds them by emitting tapUpdated with lastTapId.
    bool canTap() const override { return true; }
    QList<std::pair<QString, std::optional<QString>>> tapsStarted;
    QString refuseTapsWith; // set: every StartTap is refused with it
    QList<quint64> tapsStopped;
    quint64 lastTapId = 0;
    QStringList routeAnswer; // the queues every route test answers with
    QString refuseWith;
    struct PeekRequest {
        QString vhost;
        QString queue;
        int count = 0;
    };
    QList<PeekRequest> peekRequests;
    bool answerPeeks = true;

    int refreshCount() const { return m_refreshCount; }

    void announceStatus(const QString& status) {
        m_status = status;
        emit statusChanged(status);
    }

    void announceListeners(const QList<warren::ListenerInfo>& listeners) {
        m_listeners = listeners;
        emit listenersChanged(listeners);
    }

    // Lets a test preset what the window should find when it is created.
    void presetState(const QString& status, const QList<warren::ListenerInfo>& listeners) {
        m_status = status;
        m_listeners = listeners;
    }

private:
    template <typename List>
    void record(List& list, const typename List::value_type& item, const warren::Command& command) {
        list.append(item);
        warren::OperationResult result = resultFor(command);
        result.count = 1;
        result.error = refuseWith;
        emit operationFinished(result);
    }

    void answerMany(const warren::Command& command, quint64 count) {
        warren::OperationResult result = resultFor(command);
        result.count = refuseWith.isEmpty() ? count : 0;
        result.error = refuseWith;
        emit operationFinished(result);
    }

    void answerWith(const warren::Command& command, const QStringList& granted) {
        warren::OperationResult result = resultFor(command);
        result.granted = granted;
        emit operationFinished(result);
    }

    QString m_status;
    QList<warren::ListenerInfo> m_listeners;
    int m_refreshCount = 0;
};
