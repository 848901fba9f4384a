#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>
#include <type_traits>
#include <variant>
#include <warren/broker_config.h>
#include <warren/command.h>
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
    // Whether PeekMessages can look into queues here; views grey out what a broker lacks.
    virtual bool canPeekMessages() const { return false; }
    // Whether queues can be created, purged and deleted and messages published from here.
    virtual bool canManage() const { return false; }
    // Whether the console runs this broker (the embedded one) and may start and stop it.
    virtual bool canControl() const { return false; }
    // Whether the live tap can watch exchanges here (StartTap).
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
        Policies,     // RabbitMQ's policies (PutPolicy, DeletePolicy, BrokerSnapshot::policies)
        Queues,       // queues and their messages (the queue list, the message browser)
        ExchangePublishing, // publishing to an exchange or queue (Publish)
        Retained,           // MQTT's retained messages (ListRetained, DeleteRetained)
        TopicPublishing,    // publishing to an MQTT topic with QoS and retain (PublishToTopic)
    };
    // Everything by default, so a backend only names what it lacks; but queue types other
    // than classic are RabbitMQ's alone, and retained messages and topic publishing MQTT's, so
    // only a backend that reaches such a broker says yes to them.
    // A backend that learns what it lacks only from the broker's answers says so through
    // featuresChanged.
    virtual bool supports(Feature feature) const {
        return feature != Feature::QueueTypes && feature != Feature::Retained &&
               feature != Feature::TopicPublishing;
    }
    // One translated sentence saying why `feature` is missing here, for the greyed-out view.
    virtual QString unsupportedReason(Feature feature) const;
    // Whether it is serving now; meaningful only where canControl().
    virtual bool isRunning() const { return false; }
    // The configuration the broker runs with (or starts with next); meaningful only where
    // canControl().
    virtual warren::BrokerConfig brokerConfig() const { return {}; }
    // Where MQTT clients' topics and retained messages live: the MQTT vhost of a broker the
    // console runs, "/" elsewhere (an MQTT broker has no vhosts; the console names it so).
    QString mqttVhost() const;

public slots:
    // Asks for a fresh snapshot; it arrives through snapshotUpdated().
    virtual void refresh() = 0;
    // A change or query (see warren/command.h), peeking into a queue, exporting the definitions
    // and tapping among them; answers once through operationFinished with resultKind(command),
    // its error set when refused. A backend runs the commands its broker has and answers the
    // rest as this one does: "not supported by this broker". A tap's copies of what is published
    // arrive through tapUpdated under StartTap::tapId until StopTap; a batch with its error set
    // says the tap has ended.
    virtual void execute(const warren::Command& command);
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
    void operationFinished(const warren::OperationResult& result);
    void tapUpdated(const warren::TapBatch& batch);

protected:
    // Answers an operation this backend cannot run, with `reason` as its error.
    void refuse(warren::OperationResult::Kind kind, const QString& vhost, const QString& target,
                const QString& reason);
    // Answers `command` unrun, with `reason` as its error.
    void refuse(const warren::Command& command, const QString& reason);
    // For a backend's execute(): hands `command` to `run`, a generic lambda over the commands the
    // backend runs (SFINAE-friendly: `-> decltype(run(c))`), where it takes it, and refuses the
    // rest as BrokerBackend::execute does, so a new command needs no change to such a backend.
    template <typename Run> void runOrRefuse(const warren::Command& command, Run run) {
        std::visit(
            [&](const auto& c) {
                if constexpr (std::is_invocable_v<Run&, decltype(c)>)
                    run(c);
                else
                    BrokerBackend::execute(command);
            },
            command);
    }
};
