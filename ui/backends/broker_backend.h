#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>
#include <warren/broker_config.h>
#include <warren/log_record.h>
#include <warren/management.h>
#include <warren/peeked_message.h>
#include <warren/snapshot.h>
#include <warren/tapped_message.h>

// What the console's views talk to. A backend may be the broker embedded in
// this process or a remote RabbitMQ/ActiveMQ reached over its management API,
// so nothing here may block: every answer arrives later as a signal on the
// thread the backend lives on (the GUI thread).
class BrokerBackend : public QObject {
    Q_OBJECT
public:
    explicit BrokerBackend(QObject* parent = nullptr);
    ~BrokerBackend() override;

    // Short name for titles, e.g. "Embedded broker" or "rabbit@prod-1".
    virtual QString displayName() const = 0;

    // The last known state and listeners, so a window created after the
    // backend started can show them before the next change is announced.
    virtual QString status() const = 0;
    virtual QList<warren::ListenerInfo> listeners() const = 0;
    // A lasting problem the window shows as a banner (the broker cannot be reached, the
    // login was refused); empty while there is none. Changes arrive as alertChanged.
    virtual QString alert() const { return {}; }
    // Whether peekMessages() can look into queues here; views grey out what a broker lacks.
    virtual bool canPeekMessages() const { return false; }
    // Whether queues can be created, purged and deleted and messages published from here.
    virtual bool canManage() const { return false; }
    // Whether the console runs this broker (the embedded one) and may start and stop it.
    virtual bool canControl() const { return false; }
    // Whether the live tap can watch exchanges here (startTap returns a tap id).
    virtual bool canTap() const { return false; }
    // Parts of the console a broker may lack; each view backed by one is greyed out where
    // supports() says no, with unsupportedReason() as its tooltip.
    enum class Feature {
        Exchanges,    // exchanges (or what stands in for them, such as ActiveMQ's topics)
        Bindings,     // bindings between exchanges and queues, and the topology built on them
        Connections,  // client connections
        Channels,     // channels inside connections
        Consumers,    // consumers of queues
        Users,        // users and their permissions
        RouteTesting, // asking where a message would be routed
        Tap,          // the live tap
        Logs,         // a log stream (logRecorded)
        Definitions,  // export and import of RabbitMQ's definitions document
        QueueTypes,   // declaring quorum queues and streams besides classic queues
        Policies,     // RabbitMQ's policies (putPolicy, deletePolicy, BrokerSnapshot::policies)
    };
    // Everything by default, so a backend only names what it lacks; but queue types other
    // than classic are RabbitMQ's alone, so only a backend that reaches one says yes to them.
    // A backend that learns what it lacks only from the broker's answers says so through
    // featuresChanged.
    virtual bool supports(Feature feature) const { return feature != Feature::QueueTypes; }
    // One translated sentence saying why `feature` is missing here, for the greyed-out view.
    virtual QString unsupportedReason(Feature feature) const;
    // Whether it is serving now; meaningful only where canControl().
    virtual bool isRunning() const { return false; }
    // The configuration the broker runs with (or starts with next); meaningful only where
    // canControl().
    virtual warren::BrokerConfig brokerConfig() const { return {}; }

public slots:
    // Asks for a fresh snapshot; it arrives through snapshotUpdated().
    virtual void refresh() = 0;
    // Copies of up to `count` messages at the head of a queue, without consuming them. The
    // answer arrives through messagesPeeked, with its error set when it failed.
    virtual void peekMessages(const QString& vhost, const QString& queue, int count);
    // Changes; each answers once through operationFinished, its error set when refused.
    virtual void declareQueue(const warren::QueueDefinition& definition);
    virtual void deleteQueue(const QString& vhost, const QString& queue);
    virtual void purgeQueue(const QString& vhost, const QString& queue);
    virtual void publishMessage(const warren::OutgoingMessage& message);
    // An import, in one go (Kind::ImportMessages): count reached a queue, skipped did not.
    virtual void publishMessages(const QList<warren::OutgoingMessage>& messages);
    // Move, copy or requeue dead-lettered messages chosen in a peek.
    virtual void transferMessages(const warren::MessageTransfer& transfer);
    virtual void closeConnection(const QString& name, const QString& reason);
    virtual void declareExchange(const warren::ExchangeDefinition& definition);
    virtual void deleteExchange(const QString& vhost, const QString& exchange);
    virtual void addBinding(const warren::BindingDefinition& binding);
    virtual void removeBinding(const warren::BindingDefinition& binding);
    virtual void putUser(const warren::UserDefinition& user);
    virtual void deleteUser(const QString& name);
    virtual void setPermission(const warren::PermissionDefinition& permission);
    virtual void clearPermission(const QString& user, const QString& vhost);
    virtual void setTopicPermission(const warren::TopicPermissionDefinition& permission);
    virtual void clearTopicPermission(const QString& user, const QString& vhost,
                                      const QString& exchange);
    // Everything the broker is configured with, in RabbitMQ's definitions format; it arrives
    // through definitionsExported, with the error set when it could not be read.
    virtual void exportDefinitions();
    // Applies such a document: what exists is updated, nothing is removed. Answers through
    // operationFinished (Kind::ImportDefinitions, count: objects in the document).
    virtual void importDefinitions(const QJsonObject& definitions);
    // Creates or replaces a policy; refused with unsupportedReason(Feature::Policies) where
    // the broker has none.
    virtual void putPolicy(const warren::PolicyDefinition& policy);
    virtual void deletePolicy(const QString& vhost, const QString& name);
    virtual void addVhost(const QString& name);
    virtual void deleteVhost(const QString& name);
    // What `user` may do with `resource` in `vhost`: OperationResult::granted.
    virtual void checkAccess(const QString& user, const QString& vhost, const QString& resource);
    // Whether `user` may publish and bind with `routingKey` on the topic exchange `exchange`
    // by its topic permissions: OperationResult::granted ("write", "read").
    virtual void checkTopicAccess(const QString& user, const QString& vhost,
                                  const QString& exchange, const QString& routingKey);
    // Where a message would go, without publishing it (OperationResult::queues).
    virtual void testRoute(const warren::OutgoingMessage& message);
    // Copies of what is published to `exchange` of `vhost` (nullopt: every exchange of it),
    // taken from nobody's queue, arrive through tapUpdated under the returned tap id until
    // stopTap(); a batch with its error set says the tap did not start or has ended.
    // Returns 0 where the broker cannot be tapped.
    virtual quint64 startTap(const QString& vhost, const std::optional<QString>& exchange);
    virtual void stopTap(quint64 tapId);
    // Start, stop or restart a broker the console runs; progress arrives as statusChanged.
    virtual void startBroker() {}
    virtual void stopBroker() {}
    virtual void restartBroker() {}
    // Restarts the broker the console runs on `config` (listeners, limits); progress arrives
    // as statusChanged, a failure to start as errorOccurred. Refused (errorOccurred) elsewhere.
    virtual void reconfigureBroker(const warren::BrokerConfig& config);
    // How often snapshotUpdated() comes without being asked for. Remote brokers poll on their
    // own schedule, so by default this changes nothing.
    virtual void setRefreshInterval(int ms) { Q_UNUSED(ms); }

signals:
    void snapshotUpdated(const warren::BrokerSnapshot& snapshot);
    // A translated, human-readable state such as "Running".
    void statusChanged(const QString& status);
    void listenersChanged(const QList<warren::ListenerInfo>& listeners);
    // A translated, one-sentence description of something that went wrong.
    void errorOccurred(const QString& message);
    void alertChanged(const QString& alert);
    // supports() may answer differently now (e.g. a remote broker turned out to be a Warren).
    void featuresChanged();
    // Backends without a log stream (most remote brokers) never emit this.
    void logRecorded(const warren::LogRecord& record);
    void messagesPeeked(const warren::PeekResult& result);
    void operationFinished(const warren::OperationResult& result);
    void tapUpdated(const warren::TapBatch& batch);
    void definitionsExported(const QJsonObject& definitions, const QString& error);

protected:
    // The result kind a transfer answers with.
    static warren::OperationResult::Kind transferKind(warren::MessageTransfer::Mode mode);
    // Answers an operation this backend cannot run, with `reason` as its error.
    void refuse(warren::OperationResult::Kind kind, const QString& vhost, const QString& target,
                const QString& reason);
};
