#pragma once

#include "backends/broker_backend.h"
#include "sample_snapshot.h"

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
    // Changes are recorded and answered at once as done (or with `refuseWith` as the error).
    void declareQueue(const warren::QueueDefinition& d) override {
        declared.append(d);
        answer(warren::OperationResult::Kind::DeclareQueue, d.vhost, d.name);
    }
    void deleteQueue(const QString& vhost, const QString& queue) override {
        deleted.append({vhost, queue});
        answer(warren::OperationResult::Kind::DeleteQueue, vhost, queue);
    }
    void purgeQueue(const QString& vhost, const QString& queue) override {
        purged.append({vhost, queue});
        answer(warren::OperationResult::Kind::PurgeQueue, vhost, queue);
    }
    void publishMessage(const warren::OutgoingMessage& m) override {
        published.append(m);
        answer(warren::OperationResult::Kind::Publish, m.vhost, m.exchange);
    }
    // Imports and transfers are recorded and answered with every message counted as done.
    void publishMessages(const QList<warren::OutgoingMessage>& messages) override {
        publishedBatches.append(messages);
        if (answerImports)
            answerMany(warren::OperationResult::Kind::ImportMessages,
                       messages.isEmpty() ? QString() : messages.first().vhost, QString(),
                       quint64(messages.size()));
    }
    void transferMessages(const warren::MessageTransfer& transfer) override {
        transfers.append(transfer);
        answerMany(transferKind(transfer.mode), transfer.vhost, transfer.queue,
                   quint64(transfer.messageIds.size()));
    }
    QList<QList<warren::OutgoingMessage>> publishedBatches;
    bool answerImports = true; // false: the test answers each batch by hand
    QList<warren::MessageTransfer> transfers;
    QList<warren::QueueDefinition> declared;
    QList<std::pair<QString, QString>> deleted;
    QList<std::pair<QString, QString>> purged;
    QList<warren::OutgoingMessage> published;
    void closeConnection(const QString& name, const QString& reason) override {
        closed.append({name, reason});
        answer(warren::OperationResult::Kind::CloseConnection, QString(), name);
    }
    QList<std::pair<QString, QString>> closed;
    void declareExchange(const warren::ExchangeDefinition& d) override {
        declaredExchanges.append(d);
        answer(warren::OperationResult::Kind::DeclareExchange, d.vhost, d.name);
    }
    void deleteExchange(const QString& vhost, const QString& exchange) override {
        deletedExchanges.append({vhost, exchange});
        answer(warren::OperationResult::Kind::DeleteExchange, vhost, exchange);
    }
    void addBinding(const warren::BindingDefinition& b) override {
        addedBindings.append(b);
        answer(warren::OperationResult::Kind::AddBinding, b.vhost, b.source);
    }
    void removeBinding(const warren::BindingDefinition& b) override {
        removedBindings.append(b);
        answer(warren::OperationResult::Kind::RemoveBinding, b.vhost, b.source);
    }
    void putUser(const warren::UserDefinition& u) override {
        putUsers.append(u);
        answer(warren::OperationResult::Kind::PutUser, QString(), u.name);
    }
    void deleteUser(const QString& name) override {
        deletedUsers.append(name);
        answer(warren::OperationResult::Kind::DeleteUser, QString(), name);
    }
    void setPermission(const warren::PermissionDefinition& p) override {
        setPermissions.append(p);
        answer(warren::OperationResult::Kind::SetPermission, p.vhost, p.user);
    }
    void clearPermission(const QString& user, const QString& vhost) override {
        clearedPermissions.append({user, vhost});
        answer(warren::OperationResult::Kind::ClearPermission, vhost, user);
    }
    void setTopicPermission(const warren::TopicPermissionDefinition& p) override {
        setTopicPermissions.append(p);
        answer(warren::OperationResult::Kind::SetTopicPermission, p.vhost, p.user);
    }
    void clearTopicPermission(const QString& user, const QString& vhost,
                              const QString& exchange) override {
        clearedTopicPermissions.append({user, vhost, exchange});
        answer(warren::OperationResult::Kind::ClearTopicPermission, vhost, user);
    }
    // Grants `topicAccessAnswer` to every topic check.
    void checkTopicAccess(const QString& user, const QString& vhost, const QString& exchange,
                          const QString& routingKey) override {
        topicAccessChecks.append({user, vhost, exchange, routingKey});
        warren::OperationResult result;
        result.kind = warren::OperationResult::Kind::CheckTopicAccess;
        result.vhost = vhost;
        result.target = exchange;
        result.granted = topicAccessAnswer;
        emit operationFinished(result);
    }
    QList<warren::TopicPermissionDefinition> setTopicPermissions;
    QList<QStringList> clearedTopicPermissions;
    QList<QStringList> topicAccessChecks;
    QStringList topicAccessAnswer;
    // Recorded and answered like the other changes; where the test says this broker lacks
    // policies, refused with its reason as the real backends do.
    void putPolicy(const warren::PolicyDefinition& p) override {
        if (!supports(Feature::Policies)) {
            BrokerBackend::putPolicy(p);
            return;
        }
        putPolicies.append(p);
        answer(warren::OperationResult::Kind::PutPolicy, p.vhost, p.name);
    }
    void deletePolicy(const QString& vhost, const QString& name) override {
        if (!supports(Feature::Policies)) {
            BrokerBackend::deletePolicy(vhost, name);
            return;
        }
        deletedPolicies.append({vhost, name});
        answer(warren::OperationResult::Kind::DeletePolicy, vhost, name);
    }
    // Changes what supports() answers, as a remote backend does once the broker has answered.
    void setUnsupported(const QList<Feature>& features) {
        unsupported = features;
        emit featuresChanged();
    }
    QList<warren::PolicyDefinition> putPolicies;
    QList<std::pair<QString, QString>> deletedPolicies;
    void addVhost(const QString& name) override {
        addedVhosts.append(name);
        answer(warren::OperationResult::Kind::AddVhost, name, name);
    }
    void deleteVhost(const QString& name) override {
        deletedVhosts.append(name);
        answer(warren::OperationResult::Kind::DeleteVhost, name, name);
    }
    // Grants `accessAnswer` to every check.
    void checkAccess(const QString& user, const QString& vhost, const QString& resource) override {
        accessChecks.append({user, vhost, resource});
        warren::OperationResult result;
        result.kind = warren::OperationResult::Kind::CheckAccess;
        result.vhost = vhost;
        result.target = resource;
        result.granted = accessAnswer;
        emit operationFinished(result);
    }
    QList<warren::UserDefinition> putUsers;
    QStringList deletedUsers;
    QList<warren::PermissionDefinition> setPermissions;
    QList<std::pair<QString, QString>> clearedPermissions;
    QStringList addedVhosts;
    QStringList deletedVhosts;
    QList<QStringList> accessChecks;
    QStringList accessAnswer;
    QList<warren::ExchangeDefinition> declaredExchanges;
    QList<std::pair<QString, QString>> deletedExchanges;
    QList<warren::BindingDefinition> addedBindings;
    QList<warren::BindingDefinition> removedBindings;
    // Answers every route test with `routeAnswer` as the queues.
    void testRoute(const warren::OutgoingMessage& m) override {
        routeTests.append(m);
        warren::OperationResult result;
        result.kind = warren::OperationResult::Kind::TestRoute;
        result.vhost = m.vhost;
        result.target = m.exchange;
        result.queues = routeAnswer;
        result.count = quint64(routeAnswer.size());
        emit operationFinished(result);
    }
    QList<warren::OutgoingMessage> routeTests;
    // Taps are recorded; the test feeds them by emitting tapUpdated with the returned id.
    bool canTap() const override { return true; }
    quint64 startTap(const QString& vhost, const std::optional<QString>& exchange) override {
        tapsStarted.append({vhost, exchange});
        return ++lastTapId;
    }
    void stopTap(quint64 tapId) override { tapsStopped.append(tapId); }
    QList<std::pair<QString, std::optional<QString>>> tapsStarted;
    QList<quint64> tapsStopped;
    quint64 lastTapId = 0;
    QStringList routeAnswer;
    QString refuseWith;
    // Answers at once with samplePeek() unless a test wants to answer by hand.
    void peekMessages(const QString& vhost, const QString& queue, int count) override {
        peekRequests.append({vhost, queue, count});
        if (answerPeeks)
            emit messagesPeeked(samplePeek(vhost, queue, count));
    }

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
    void answer(warren::OperationResult::Kind kind, const QString& vhost, const QString& target) {
        warren::OperationResult result;
        result.kind = kind;
        result.vhost = vhost;
        result.target = target;
        result.count = 1;
        result.error = refuseWith;
        emit operationFinished(result);
    }

    void answerMany(warren::OperationResult::Kind kind, const QString& vhost, const QString& target,
                    quint64 count) {
        warren::OperationResult result;
        result.kind = kind;
        result.vhost = vhost;
        result.target = target;
        result.count = refuseWith.isEmpty() ? count : 0;
        result.error = refuseWith;
        emit operationFinished(result);
    }

    QString m_status;
    QList<warren::ListenerInfo> m_listeners;
    int m_refreshCount = 0;
};
