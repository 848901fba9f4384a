#include "backends/mqtt_backend.h"

#include "backends/command_result.h"
#include "backends/mqtt_taps.h"
#include "backends/remote_http.h"

#include <QRandomGenerator>
#include <mqtt_protocol.h>

namespace {

constexpr quint16 MqttPort = 1883;
constexpr quint16 MqttsPort = 8883;
// The first retry after a failure; it doubles with each further one (remote_http's backoff).
constexpr int FirstRetryMs = 1000;
constexpr int MinPollMs = 500;

bool usesTls(const ConnectionProfile& profile) {
    return profile.url.scheme().compare(QLatin1String("mqtts"), Qt::CaseInsensitive) == 0;
}

MqttClient::Options optionsFor(const ConnectionProfile& profile) {
    MqttClient::Options options;
    options.tls = usesTls(profile);
    options.host = profile.url.host();
    options.port = quint16(profile.url.port(options.tls ? MqttsPort : MqttPort));
    options.caFile = profile.caFile;
    options.clientCertificateFile = profile.clientCertificateFile;
    options.clientKeyFile = profile.clientKeyFile;
    options.skipTlsVerification = profile.skipTlsVerification;
    options.user = profile.user.isEmpty() ? profile.url.userName() : profile.user;
    options.password = profile.password.isEmpty() ? profile.url.password() : profile.password;
    // Unique, so that two consoles (or two windows) never take over each other's session; 23
    // characters, the most MQTT 3.1.1 obliges a broker to accept.
    options.clientId = QStringLiteral("warren-console-%1")
                           .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return options;
}

// A refusal of who the console is, rather than of the connection as such.
bool isLoginRefusal(int reasonCode) {
    return reasonCode == CONNACK_REFUSED_BAD_USERNAME_PASSWORD ||
           reasonCode == CONNACK_REFUSED_NOT_AUTHORIZED ||
           reasonCode == MQTT_RC_BAD_USERNAME_OR_PASSWORD || reasonCode == MQTT_RC_NOT_AUTHORIZED ||
           reasonCode == MQTT_RC_BAD_AUTHENTICATION_METHOD;
}

// Mosquitto's $SYS/broker/uptime: "1234 seconds"; -1 when it is not that.
qint64 uptimeSeconds(const QByteArray& value) {
    bool ok = false;
    const qint64 seconds = value.split(' ').value(0).toLongLong(&ok);
    return ok && seconds >= 0 ? seconds : -1;
}

} // namespace

MqttBackend::MqttBackend(ConnectionProfile profile, QObject* parent)
    : BrokerBackend(parent)
    , m_profile(std::move(profile))
    , m_client(std::make_unique<MqttClient>(optionsFor(m_profile)))
    , m_taps(std::make_unique<MqttTaps>(&m_client->inbox()))
    , m_status(tr("Connecting…")) {
    connect(m_client.get(), &MqttClient::connected, this, &MqttBackend::onConnected);
    connect(m_client.get(), &MqttClient::ended, this, &MqttBackend::onEnded);
    connect(m_client.get(), &MqttClient::published, this, &MqttBackend::onPublished);
    connect(m_taps.get(), &MqttTaps::tapUpdated, this, &BrokerBackend::tapUpdated);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { m_client->connectToBroker(m_protocol); });
    m_poll.setInterval(std::max(MinPollMs, m_profile.pollIntervalMs));
    connect(&m_poll, &QTimer::timeout, this, &MqttBackend::refresh);
    if (const QString problem = m_client->setupError(); !problem.isEmpty()) {
        m_status = tr("Not connected: %1").arg(problem);
        m_alert = tr("Cannot connect to the MQTT broker at %1: %2").arg(hostAndPort(), problem);
        return;
    }
    m_client->connectToBroker(m_protocol);
}

MqttBackend::~MqttBackend() = default;

QString MqttBackend::displayName() const {
    return m_profile.name.isEmpty() ? m_profile.url.host() : m_profile.name;
}

QString MqttBackend::hostAndPort() const {
    const MqttClient::Options& options = m_client->options();
    const QString host = options.host.contains(QLatin1Char(':'))
                             ? QStringLiteral("[%1]").arg(options.host) // IPv6
                             : options.host;
    return QStringLiteral("%1:%2").arg(host).arg(options.port);
}

QList<warren::ListenerInfo> MqttBackend::listeners() const {
    const MqttClient::Options& options = m_client->options();
    return {warren::ListenerInfo{options.tls ? QStringLiteral("mqtts") : QStringLiteral("mqtt"),
                                 options.host, options.port}};
}

bool MqttBackend::isConnected() const {
    return m_client->isConnected();
}

QString MqttBackend::clientId() const {
    return m_client->options().clientId;
}

bool MqttBackend::supports(Feature feature) const {
    switch (feature) {
    case Feature::Tap:
    case Feature::Retained:
    case Feature::TopicPublishing:
        return true;
    case Feature::Queues:
    case Feature::Exchanges:
    case Feature::ExchangePublishing:
    case Feature::Bindings:
    case Feature::Connections:
    case Feature::Channels:
    case Feature::Consumers:
    case Feature::Users:
    case Feature::RouteTesting:
    case Feature::Logs:
    case Feature::Definitions:
    case Feature::QueueTypes:
    case Feature::Policies:
        return false;
    }
    return false;
}

QString MqttBackend::unsupportedReason(Feature feature) const {
    switch (feature) {
    case Feature::Queues:
        return tr("An MQTT broker has no queues: its topics are in the Live tap and Retained "
                  "tabs.");
    case Feature::Exchanges:
        return tr("An MQTT broker has no exchanges: messages go to topics, which the Live tap "
                  "shows.");
    case Feature::ExchangePublishing:
        return tr("An MQTT broker takes messages for topics, not for exchanges or queues: "
                  "publish to a topic instead.");
    case Feature::Bindings:
        return tr("An MQTT broker has no bindings: each subscription's filter picks the topics "
                  "it gets.");
    case Feature::Connections:
        return tr("MQTT gives a client no way to list the broker's connections.");
    case Feature::Channels:
        return tr("MQTT has no channels: each client has one session.");
    case Feature::Consumers:
        return tr("MQTT gives a client no way to list the broker's subscriptions.");
    case Feature::Users:
        return tr("An MQTT broker's users and access rules live in its own configuration.");
    case Feature::RouteTesting:
        return tr("An MQTT broker does not route through exchanges: a message goes to every "
                  "subscription whose filter matches its topic.");
    case Feature::Logs:
        return tr("MQTT sends a client no log stream.");
    case Feature::Definitions:
        return tr("An MQTT broker has no definitions to export or import.");
    case Feature::QueueTypes:
        return tr("An MQTT broker has no queues, so no queue types.");
    case Feature::Policies:
        return tr("An MQTT broker has no policies.");
    case Feature::Tap:
    case Feature::Retained:
    case Feature::TopicPublishing:
        break;
    }
    return BrokerBackend::unsupportedReason(feature);
}

void MqttBackend::setState(const QString& status, const QString& alert) {
    if (status != m_status) {
        m_status = status;
        emit statusChanged(m_status);
    }
    if (alert != m_alert) {
        m_alert = alert;
        emit alertChanged(m_alert);
    }
}

void MqttBackend::onConnected() {
    m_failures = 0;
    setState(tr("Connected"), {});
    m_poll.start();
    refresh();
}

void MqttBackend::onEnded(const MqttClient::Ending& ending) {
    m_poll.stop();
    const QString problem = ending.describe();
    // Nothing that was waiting for the broker will hear from it now.
    const auto pending = std::exchange(m_pending, {});
    for (Pending p : pending) {
        p.result.error = tr("The connection to the MQTT broker was lost before it acknowledged "
                            "the message.");
        emit operationFinished(p.result);
    }
    if (!m_taps->isEmpty())
        m_taps->endAll(tr("The connection to the MQTT broker was lost: %1.").arg(problem));
    if (ending.protocolRejected && m_protocol == MqttClient::Protocol::V5) {
        m_protocol = MqttClient::Protocol::V311; // and at once: nothing failed but the version
        m_client->connectToBroker(m_protocol);
        return;
    }
    ++m_failures;
    const int delay = remote_http::pollDelayMs(FirstRetryMs, m_failures);
    m_retry.start(delay);
    const QString retry = QString::number(delay / 1000.0);
    using Stage = MqttClient::Ending::Stage;
    switch (ending.stage) {
    case Stage::Refused:
        if (isLoginRefusal(ending.reasonCode))
            setState(tr("Login refused: %1 (retrying in %2 s)").arg(problem, retry),
                     tr("The MQTT broker refused the login: %1").arg(problem));
        else
            setState(
                tr("Refused: %1 (retrying in %2 s)").arg(problem, retry),
                tr("The MQTT broker at %1 refused the connection: %2").arg(hostAndPort(), problem));
        break;
    case Stage::Lost:
        setState(
            tr("Disconnected: %1 (reconnecting in %2 s)").arg(problem, retry),
            tr("Lost the connection to the MQTT broker at %1: %2").arg(hostAndPort(), problem));
        break;
    case Stage::Unreachable:
        setState(tr("Unreachable: %1 (retrying in %2 s)").arg(problem, retry),
                 tr("Cannot reach the MQTT broker at %1: %2").arg(hostAndPort(), problem));
        break;
    }
}

void MqttBackend::setRefreshInterval(int ms) {
    m_profile.pollIntervalMs = std::max(MinPollMs, ms);
    m_poll.setInterval(m_profile.pollIntervalMs);
}

void MqttBackend::refresh() {
    if (!isConnected())
        return;
    warren::BrokerSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    snapshot.node = hostAndPort();
    snapshot.listeners = listeners();
    // MQTT has no virtual hosts; "/" gives the console's vhost pickers their one choice.
    snapshot.vhosts = {warren::VhostInfo{QStringLiteral("/"), 0, 0}};
    warren::NodeInfo node;
    node.name = snapshot.node;
    // Mosquitto's $SYS (others publish their own, or none): seconds up, bytes of heap.
    if (const qint64 uptime = uptimeSeconds(m_client->sysValue(QStringLiteral("uptime")));
        uptime >= 0) {
        snapshot.startedAt = snapshot.takenAt.addSecs(-uptime);
        node.uptimeMs = uptime * 1000;
    }
    bool ok = false;
    const qint64 heap = m_client->sysValue(QStringLiteral("heap/current")).toLongLong(&ok);
    if (ok && heap >= 0)
        node.memoryUsed = heap;
    snapshot.nodes = {node};
    emit snapshotUpdated(snapshot);
}

void MqttBackend::execute(const warren::Command& command) {
    runOrRefuse(command, [this](const auto& c) -> decltype(run(c)) { run(c); });
}

void MqttBackend::run(const warren::commands::StartTap& c) {
    // Every topic is tapped whatever vhost or exchange was asked for: MQTT has neither.
    if (!isConnected()) {
        refuse(c, tr("The console is not connected to the MQTT broker."));
        return;
    }
    m_taps->start(c.tapId);
    emit operationFinished(resultFor(c));
}

void MqttBackend::run(const warren::commands::StopTap& c) {
    m_taps->stop(c.tapId);
    emit operationFinished(resultFor(c));
}

void MqttBackend::run(const warren::commands::ListRetained& c) {
    warren::OperationResult result = resultFor(c);
    if (!isConnected())
        result.error = tr("The console is not connected to the MQTT broker.");
    else
        result.retained = m_client->retained().sorted();
    emit operationFinished(result);
}

QString MqttBackend::changeRefusal() const {
    if (m_profile.readOnly)
        return tr("This connection is read-only.");
    if (!isConnected())
        return tr("The console is not connected to the MQTT broker.");
    return {};
}

void MqttBackend::run(const warren::commands::DeleteRetained& c) {
    if (const QString refusal = changeRefusal(); !refusal.isEmpty()) {
        refuse(c, refusal);
        return;
    }
    if (!m_client->retained().contains(c.topic)) {
        refuse(c, tr("Topic '%1' has no retained message.").arg(c.topic));
        return;
    }
    warren::OperationResult result = resultFor(c);
    result.count = 1;
    // An empty retained message clears the topic's (MQTT 5 §3.3.1.3); QoS 1 for an answer.
    warren::TopicMessage clear;
    clear.vhost = c.vhost;
    clear.topic = c.topic;
    clear.qos = 1;
    clear.retain = true;
    publishFor(result, clear);
}

void MqttBackend::run(const warren::commands::PublishToTopic& c) {
    if (const QString refusal = changeRefusal(); !refusal.isEmpty()) {
        refuse(c, refusal);
        return;
    }
    publishFor(resultFor(c), c.message);
}

void MqttBackend::publishFor(warren::OperationResult result, const warren::TopicMessage& message) {
    const MqttClient::Sent sent = m_client->publish(message.topic, message.payload, message.qos,
                                                    message.retain, message.contentType);
    if (!sent.error.isEmpty()) {
        result.error = tr("The message was not published: %1.").arg(sent.error);
        emit operationFinished(result);
        return;
    }
    Pending pending{result, std::nullopt};
    if (message.retain) {
        warren::RetainedMessage retained;
        retained.topic = message.topic;
        retained.payload = message.payload.left(MqttMessage::MaxPayloadBytes);
        retained.payloadSize = message.payload.size();
        retained.qos = message.qos;
        retained.contentType = message.contentType;
        pending.retained = retained;
    }
    if (message.qos == 0) { // no acknowledgement will come: done once handed over
        if (pending.retained) {
            pending.retained->storedAt = QDateTime::currentDateTimeUtc();
            m_client->retained().stored(*pending.retained);
        }
        emit operationFinished(result);
        return;
    }
    m_pending.insert(sent.mid, pending);
}

void MqttBackend::onPublished(int mid, int reasonCode) {
    const auto it = m_pending.constFind(mid);
    if (it == m_pending.cend())
        return; // QoS 0, or from a session that has ended
    Pending pending = *it;
    m_pending.erase(it);
    if (reasonCode >= 0x80) {
        pending.result.error = tr("The MQTT broker refused the message: %1.")
                                   .arg(MqttClient::describeReasonCode(reasonCode));
        pending.result.count = 0;
    } else if (pending.retained) {
        pending.retained->storedAt = QDateTime::currentDateTimeUtc();
        m_client->retained().stored(*pending.retained);
    }
    emit operationFinished(pending.result);
}
