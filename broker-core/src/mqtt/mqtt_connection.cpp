#include "mqtt/mqtt_connection.h"

#include "core/random_name.h"
#include "core/vhost.h"
#include "log/logger.h"
#include "mqtt/mqtt_subscriber.h"
#include "mqtt/packet_encoder.h"
#include "mqtt/reason_codes.h"
#include "mqtt/server_limits.h"
#include "mqtt/topic_mapping.h"
#include "services/broker_context.h"

#include <QJsonObject>

namespace warren::mqtt {

namespace {

// The largest packet any version can frame (§1.5.5: four bytes of remaining length).
constexpr quint32 ProtocolMaximumPacketSize = 268435455 + 5;

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

QString versionName(ProtocolVersion version) {
    switch (version) {
    case ProtocolVersion::V31:
        return QStringLiteral("MQTT 3.1");
    case ProtocolVersion::V311:
        return QStringLiteral("MQTT 3.1.1");
    case ProtocolVersion::V5:
        return QStringLiteral("MQTT 5.0");
    }
    return QStringLiteral("MQTT");
}

} // namespace

MqttConnection::MqttConnection(MqttServer& server, protocol::Transport& transport,
                               const protocol::Endpoints& endpoints)
    : m_server(server)
    , m_context(server.context())
    , m_transport(transport)
    , m_endpoints(endpoints)
    , m_loopback(endpoints.peerAddress.isLoopback())
    , m_id(m_context.nextConnectionId())
    , m_decoder(PacketDecoder::Reading::ClientPackets)
    , m_exchange(m_context.config.mqttExchange.toUtf8())
    , m_connectedAt(QDateTime::currentDateTimeUtc()) {
    m_name = endpoints.connectionName();
    m_decoder.setMaximumPacketSize(m_context.config.mqttMaxPacketSize);
    m_lastReceivedMs = QDateTime::currentMSecsSinceEpoch();
    m_connectDeadlineMs = m_lastReceivedMs + limits::ConnectTimeoutMs;
}

MqttConnection::~MqttConnection() {
    release();
}

void MqttConnection::log(LogLevel level, const QString& line) const {
    m_context.logger->log(level, QStringLiteral("mqtt"), m_name, line);
}

services::ChangeJournal::Scope MqttConnection::changesByClient() const {
    return {m_context.changes, services::ChangeJournal::mqttActor(text(m_user)), m_name};
}

void MqttConnection::receive(const char* data, qsizetype size) {
    if (m_state == State::Closed)
        return;
    m_bytesReceived += quint64(size);
    m_lastReceivedMs = QDateTime::currentMSecsSinceEpoch();
    m_decoder.feed(data, size);
    processPackets();
}

void MqttConnection::processPackets() {
    int handled = 0;
    while (m_state != State::Closed && !readingHeld()) {
        if (handled++ == limits::PacketsPerTurn) {
            yieldTurn();
            break;
        }
        auto next = m_decoder.next();
        if (std::holds_alternative<std::monostate>(next))
            break;
        if (auto* error = std::get_if<DecodeError>(&next)) {
            if (m_state == State::AwaitingConnect &&
                error->reasonCode == reason::UnsupportedProtocolVersion) {
                // §3.1.2.2: answer an unknown protocol level with 3.1.1's refusal, then close.
                log(LogLevel::Warning, QStringLiteral("refused connection: %1").arg(error->text));
                QByteArray& out = m_out.tail();
                encode(Connack{false, reason::v311::UnacceptableProtocolVersion, {}},
                       ProtocolVersion::V311, out);
                closeNow();
                break;
            }
            protocolError(error->reasonCode, error->text);
            break;
        }
        handlePacket(std::get<Packet>(next));
    }
    if (!m_out.isEmpty())
        m_transport.flushSoon();
}

void MqttConnection::yieldTurn() {
    // What one read holds can fan out a hundredfold (a PUBLISH to many subscribers): the rest
    // waits for the next turn of the event loop, after this turn's output has gone to the socket
    // writer, where flow control sees it and other connections get their turn.
    m_yielding = true;
    m_transport.pauseReading();
    m_transport.defer([this] {
        m_yielding = false;
        resumeReading();
    });
}

void MqttConnection::handlePacket(Packet& packet) {
    if (m_state == State::AwaitingConnect) {
        if (auto* connect = std::get_if<Connect>(&packet))
            return handleConnect(*connect);
        // §3.1.0-1: the first packet must be CONNECT.
        log(LogLevel::Warning, QStringLiteral("closing connection: packet type %1 before CONNECT")
                                   .arg(int(typeOf(packet))));
        closeNow();
        return;
    }
    std::visit(
        [this](auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, Publish>)
                handlePublish(p);
            else if constexpr (std::is_same_v<T, Acknowledgement>) {
                if (p.type == PacketType::Pubrel)
                    handlePubrel(p);
                else
                    handleDeliveryAck(p);
            } else if constexpr (std::is_same_v<T, Subscribe>)
                handleSubscribe(p);
            else if constexpr (std::is_same_v<T, Unsubscribe>)
                handleUnsubscribe(p);
            else if constexpr (std::is_same_v<T, Pingreq>)
                send(Pingresp{});
            else if constexpr (std::is_same_v<T, Disconnect>)
                handleDisconnect(p);
            else if constexpr (std::is_same_v<T, Connect>)
                protocolError(reason::ProtocolError, QStringLiteral("a second CONNECT"));
            else if constexpr (std::is_same_v<T, Auth>)
                // No enhanced authentication method is offered (§4.12): CONNECT with one was
                // refused, so an AUTH now is out of place.
                protocolError(reason::ProtocolError,
                              QStringLiteral("AUTH without an authentication method"));
            else
                protocolError(reason::ProtocolError, QStringLiteral("unexpected packet"));
        },
        packet);
}

void MqttConnection::send(const Packet& packet) {
    QByteArray& out = m_out.tail();
    const qsizetype before = out.size();
    encode(packet, m_version, out);
    m_bytesSent += quint64(out.size() - before);
    m_transport.flushSoon();
}

void MqttConnection::handleConnect(Connect& connect) {
    m_version = connect.version;
    m_decoder.setVersion(connect.version);
    m_cleanStart = connect.cleanStart;
    m_keepAliveSeconds = connect.keepAliveSeconds;
    const Properties& p = connect.properties;
    if (isV5()) {
        if (p.receiveMaximum && *p.receiveMaximum == 0)
            return protocolError(reason::ProtocolError, QStringLiteral("Receive Maximum of 0"));
        if (p.maximumPacketSize && *p.maximumPacketSize == 0)
            return protocolError(reason::ProtocolError, QStringLiteral("Maximum Packet Size of 0"));
        if (p.authenticationMethod)
            return refuseConnect(reason::BadAuthenticationMethod, reason::v311::NotAuthorized,
                                 QStringLiteral("authentication method '%1' is not supported")
                                     .arg(text(*p.authenticationMethod)));
        m_clientReceiveMaximum = p.receiveMaximum.value_or(65535);
        m_clientMaximumPacketSize = p.maximumPacketSize.value_or(0);
        m_clientTopicAliasMaximum = p.topicAliasMaximum.value_or(0);
        m_sessionExpirySeconds = p.sessionExpiryInterval.value_or(0);
        m_persistent = m_sessionExpirySeconds > 0;
    } else {
        m_persistent = !connect.cleanStart;
    }
    if (connect.clientId.isEmpty()) {
        // 3.1 requires an id; 3.1.1 assigns one only to a clean session (§3.1.3-8); 5.0 always
        // may (§3.1.3-6), and says which in CONNACK.
        if (m_version == ProtocolVersion::V31 ||
            (m_version == ProtocolVersion::V311 && !connect.cleanStart))
            return refuseConnect(reason::ClientIdentifierNotValid, reason::v311::IdentifierRejected,
                                 QStringLiteral("an empty client id needs a clean session"));
        connect.clientId = core::randomName("warren-");
        m_clientIdAssigned = true;
    }
    m_clientId = connect.clientId;

    // RabbitMQ's MQTT plugin: "vhost:user" names the vhost; without a user name, the default
    // user's credentials apply (its allow_anonymous), loopback-only like any login as guest.
    QByteArray vhost = m_context.config.mqttVhost.toUtf8();
    QByteArray user = m_context.config.defaultUser.toUtf8();
    QByteArray password = m_context.config.defaultPassword.toUtf8();
    if (connect.userName) {
        user = *connect.userName;
        password = connect.password.value_or(QByteArray());
        if (const qsizetype colon = user.indexOf(':'); colon > 0) {
            vhost = user.left(colon);
            user = user.mid(colon + 1);
        }
    } else if (connect.password) {
        return refuseConnect(reason::BadUserNameOrPassword, reason::v311::BadUserNameOrPassword,
                             QStringLiteral("a password without a user name"));
    }
    const auto result = m_context.users.authenticate(user, password, m_loopback);
    if (result == auth::UserDatabase::AuthResult::LoopbackOnly)
        return refuseLogin(
            reason::NotAuthorized, reason::v311::NotAuthorized,
            QStringLiteral("user '%1' can only connect via localhost").arg(text(user)));
    if (result != auth::UserDatabase::AuthResult::Ok)
        return refuseLogin(reason::BadUserNameOrPassword, reason::v311::BadUserNameOrPassword,
                           QStringLiteral("invalid credentials for user '%1'").arg(text(user)));
    if (!m_context.vhost(vhost))
        return refuseConnect(reason::NotAuthorized, reason::v311::NotAuthorized,
                             QStringLiteral("vhost '%1' not found").arg(text(vhost)));
    if (!m_context.users.permissions(user, vhost))
        return refuseConnect(reason::NotAuthorized, reason::v311::NotAuthorized,
                             QStringLiteral("access to vhost '%1' refused for user '%2'")
                                 .arg(text(vhost), text(user)));
    if (connect.will && !isValidTopicName(connect.will->topic))
        return protocolError(reason::TopicNameInvalid, QStringLiteral("invalid will topic"));
    acceptConnect(connect, vhost, user);
}

void MqttConnection::refuseConnect(quint8 reasonV5, quint8 returnCodeV311, const QString& why) {
    Connack refusal{false, isV5() ? reasonV5 : returnCodeV311, {}};
    // A refused login says no more than its code, as to a guesser; other refusals say why.
    if (!why.isEmpty()) {
        log(LogLevel::Warning,
            QStringLiteral("refused connection of client '%1': %2").arg(text(m_clientId), why));
        if (isV5())
            refusal.properties.reasonString = why.toUtf8();
    }
    send(refusal);
    closeNow();
}

void MqttConnection::refuseLogin(quint8 reasonV5, quint8 returnCodeV311, const QString& why) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto verdict = m_context.loginThrottle.failed(m_endpoints.peerAddress, now);
    // One line per burst: a guesser's thousands of attempts must not bury the log.
    if (verdict.startsBurst)
        log(LogLevel::Warning, m_context.loginThrottle.burstLogLine(
                                   QStringLiteral("authentication failed: %1").arg(why),
                                   m_endpoints.peerAddress.toString()));
    if (verdict.holdMs <= 0)
        return refuseConnect(reasonV5, returnCodeV311, {});
    m_loginRefusal = LoginRefusal{reasonV5, returnCodeV311, now + verdict.holdMs};
    m_transport.pauseReading();
}

void MqttConnection::acceptConnect(Connect& connect, const QByteArray& vhost,
                                   const QByteArray& user) {
    m_user = user;
    m_vhostName = vhost;
    m_vhost = m_context.vhost(vhost);
    m_session.emplace(ops::ClientSession{m_context, *m_vhost, m_user, m_id, m_clientId});
    m_will = connect.will ? std::make_unique<Will>(std::move(*connect.will)) : nullptr;
    const auto byClient = changesByClient();
    if (MqttConnection* previous = m_server.claim(vhost, m_clientId, this))
        previous->takenOver();
    m_claimed = true;
    m_server.cancelWill(vhost, m_clientId); // §3.1.3.2.2: the client is back in time
    const QByteArray queueName = subscriptionQueueName();
    bool sessionPresent = false;
    if (m_cleanStart) {
        if (auto existing = m_vhost->queue(queueName))
            (void)m_vhost->deleteQueue(queueName, false, false);
        m_server.dropSession(vhost, m_clientId);
    } else {
        m_sessionState = m_server.takeSession(vhost, m_clientId);
        sessionPresent = m_vhost->queue(queueName) != nullptr ||
                         !m_sessionState.awaitingRelease.isEmpty() ||
                         !m_sessionState.awaitingComplete.isEmpty();
    }
    Connack connack{sessionPresent, reason::Success, {}};
    if (isV5()) {
        Properties& p = connack.properties;
        if (m_clientIdAssigned)
            p.assignedClientIdentifier = m_clientId;
        p.receiveMaximum = limits::InboundReceiveMaximum;
        p.topicAliasMaximum = limits::TopicAliasMaximum;
        if (m_context.config.mqttMaxPacketSize < ProtocolMaximumPacketSize)
            p.maximumPacketSize = m_context.config.mqttMaxPacketSize;
    }
    m_state = State::Connected;
    m_connectDeadlineMs = 0;
    send(connack);
    log(LogLevel::Info,
        QStringLiteral("accepted %1 connection of client '%2' as user '%3' in vhost '%4'%5")
            .arg(versionName(m_version), text(m_clientId), text(m_user), text(m_vhostName),
                 m_persistent ? QStringLiteral(" (persistent session)") : QString()));
    if (sessionPresent) {
        restoreSubscriptions();
        // §4.4: PUBRELs still owed are sent again; unacknowledged PUBLISHes come back from the
        // queue, marked DUP.
        for (quint16 id : std::as_const(m_sessionState.awaitingComplete)) {
            m_inFlight[id] = InFlight{0, 2, true, {}};
            send(Acknowledgement{PacketType::Pubrel, id, reason::Success, {}});
        }
        m_sessionState.awaitingComplete.clear(); // in m_inFlight now; release() keeps them
        startConsuming();
    }
}

void MqttConnection::handleDisconnect(const Disconnect& disconnect) {
    if (isV5()) {
        if (auto expiry = disconnect.properties.sessionExpiryInterval) {
            // §3.14.2.2.2: a session that was to end with the connection cannot be kept now.
            if (m_sessionExpirySeconds == 0 && *expiry != 0)
                return protocolError(reason::ProtocolError,
                                     QStringLiteral("Session Expiry Interval set on DISCONNECT "
                                                    "after CONNECT had none"));
            m_sessionExpirySeconds = *expiry;
        }
        if (disconnect.reasonCode == reason::DisconnectWithWill)
            publishWill();
    }
    m_will.reset(); // §3.1.2-10: a normal DISCONNECT discards the will
    log(LogLevel::Info, QStringLiteral("client '%1' disconnected").arg(text(m_clientId)));
    closeNow();
}

void MqttConnection::protocolError(quint8 reasonCode, const QString& why) {
    if (m_state == State::Closed)
        return;
    log(LogLevel::Error,
        QStringLiteral("closing MQTT connection of client '%1': %2").arg(text(m_clientId), why));
    if (m_state == State::Connected) {
        if (isV5())
            sendDisconnect(reasonCode, why);
        publishWill();
    }
    closeNow();
}

void MqttConnection::sendDisconnect(quint8 reasonCode, const QString& reasonString) {
    Disconnect disconnect{reasonCode, {}};
    if (!reasonString.isEmpty())
        disconnect.properties.reasonString = reasonString.toUtf8();
    send(disconnect);
}

void MqttConnection::takenOver() {
    log(LogLevel::Info, QStringLiteral("client '%1' connected again: closing this connection "
                                       "(session taken over)")
                            .arg(text(m_clientId)));
    m_takenOver = true;
    // With a reason string: paho-mqtt (1.6) reports a DISCONNECT's reason code only from a
    // packet longer than two bytes.
    if (m_state == State::Connected && isV5())
        sendDisconnect(reason::SessionTakenOver,
                       QStringLiteral("another connection took the session over"));
    publishWill();
    closeNow();
}

void MqttConnection::closeNow() {
    if (m_state == State::Closed)
        return;
    const bool wasConnected = m_state == State::Connected;
    m_state = State::Closed;
    if (wasConnected)
        release();
    m_transport.closeAfterFlush();
}

void MqttConnection::release() {
    if (!m_claimed)
        return;
    m_claimed = false;
    const auto byClient = changesByClient();
    for (const Subscription& subscription : m_subscriptions)
        if (!subscription.sharedQueue.isEmpty())
            leaveSharedGroup(subscription);
    if (m_subscriber && m_queue) {
        std::vector<quint64> unacked;
        for (const auto& [packetId, flight] : m_inFlight)
            if (flight.queueMessageId != 0 && !flight.released && flight.queue.lock() == m_queue)
                unacked.push_back(flight.queueMessageId);
        if (!m_queue->isDeleted()) {
            if (!unacked.empty())
                m_queue->requeue(unacked);
            m_queue->removeConsumer(m_subscriber.get());
        }
    }
    m_subscriber.reset();
    m_queue.reset();
    if (m_persistent) {
        for (const auto& [packetId, flight] : m_inFlight)
            if (flight.released)
                m_sessionState.awaitingComplete.insert(packetId);
        m_server.keepSession(m_vhostName, m_clientId, std::move(m_sessionState));
    } else if (!m_takenOver) {
        m_server.dropSession(m_vhostName, m_clientId);
    }
    m_inFlight.clear();
    m_server.release(m_vhostName, m_clientId, this);
    if (m_vhost)
        m_vhost->deleteExclusiveQueuesOf(m_id);
}

void MqttConnection::transportClosed() {
    if (m_state == State::Connected) {
        log(LogLevel::Warning,
            QStringLiteral("client '%1' closed the connection without DISCONNECT")
                .arg(text(m_clientId)));
        publishWill();
        m_state = State::Closed;
        release();
    }
    m_state = State::Closed;
}

void MqttConnection::transportWritable() {
    if (!m_deliveriesPaused)
        return;
    m_deliveriesPaused = false;
    sendPendingRetained();
    dispatchAll();
}

void MqttConnection::shutdown(const QString& reason) {
    if (m_state == State::Connected && isV5())
        sendDisconnect(reason::ServerShuttingDown, reason);
    closeNow();
}

void MqttConnection::tick(qint64 nowMs) {
    if (m_loginRefusal) {
        if (nowMs >= m_loginRefusal->answerAtMs) {
            const LoginRefusal refusal = *std::exchange(m_loginRefusal, std::nullopt);
            refuseConnect(refusal.reasonV5, refusal.returnCodeV311, {});
        }
        return;
    }
    if (m_state == State::AwaitingConnect && nowMs >= m_connectDeadlineMs) {
        log(LogLevel::Warning, QStringLiteral("closing connection: no CONNECT in time"));
        closeNow();
        return;
    }
    // §3.1.2.10: one and a half keep-alive periods without a packet end the connection. A
    // client we stopped reading from is not silent, merely unheard.
    if (m_state == State::Connected && m_keepAliveSeconds > 0 && !readingHeld() &&
        nowMs - m_lastReceivedMs > qint64(m_keepAliveSeconds) * 1500) {
        log(LogLevel::Warning, QStringLiteral("closing connection of client '%1': keep-alive "
                                              "timeout (%2 s)")
                                   .arg(text(m_clientId))
                                   .arg(m_keepAliveSeconds));
        if (isV5())
            sendDisconnect(reason::KeepAliveTimeout, QStringLiteral("keep-alive timeout"));
        publishWill();
        closeNow();
    }
}

void MqttConnection::fillSnapshot(BrokerSnapshot& snapshot) const {
    if (m_state != State::Connected)
        return;
    ConnectionInfo info;
    info.name = m_name;
    info.protocol = versionName(m_version);
    info.user = text(m_user);
    info.vhost = text(m_vhostName);
    info.peerHost = m_endpoints.peerAddress.toString();
    info.peerPort = m_endpoints.peerPort;
    info.clientProduct = QStringLiteral("MQTT client");
    QJsonObject properties{{QStringLiteral("client_id"), text(m_clientId)},
                           {QStringLiteral("clean_session"), m_cleanStart},
                           {QStringLiteral("keepalive"), int(m_keepAliveSeconds)}};
    if (isV5())
        properties.insert(QStringLiteral("session_expiry_interval"),
                          qint64(m_sessionExpirySeconds));
    if (m_will)
        properties.insert(QStringLiteral("will_topic"), text(m_will->topic));
    info.clientProperties = properties;
    info.bytesReceived = m_bytesReceived;
    info.bytesSent = m_bytesSent;
    info.connectedAt = m_connectedAt;
    info.state = m_pausedByAlarm ? QStringLiteral("blocked")
                 : m_inFlow      ? QStringLiteral("flow")
                                 : QStringLiteral("running");
    // The session shows as the connection's one channel, and its subscription queues' consumers
    // as that channel's, so the console's channel and consumer views cover MQTT clients too.
    info.channels = 1;
    const quint16 window = quint16(std::min<quint32>(m_clientReceiveMaximum, 65535));
    ChannelInfo session;
    session.connection = m_name;
    session.number = 1;
    session.user = info.user;
    session.vhost = info.vhost;
    session.messagesUnacked = m_inFlight.size();
    session.prefetchCount = window;
    session.state = info.state == QLatin1String("flow") ? info.state : QStringLiteral("running");
    auto addConsumer = [&](const core::Queue& queue) {
        ConsumerInfo consumer;
        consumer.vhost = info.vhost;
        consumer.queue = text(queue.name());
        consumer.consumerTag = QStringLiteral("mqtt");
        consumer.connection = m_name;
        consumer.channel = 1;
        consumer.prefetchCount = window;
        snapshot.consumers.append(consumer);
        ++session.consumers;
    };
    if (m_queue)
        addConsumer(*m_queue);
    for (const auto& [name, consumption] : m_shared)
        addConsumer(*consumption.queue);
    snapshot.channels.append(session);
    snapshot.connections.append(info);
}

} // namespace warren::mqtt
