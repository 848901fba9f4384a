#include "stomp/stomp_connection.h"

#include "core/queue.h"
#include "core/random_name.h"
#include "core/vhost.h"
#include "log/logger.h"
#include "services/broker_context.h"
#include "stomp/frame_encoder.h"
#include "stomp/stomp_subscription.h"

#include <QJsonObject>
#include <warren/version.h>

namespace warren::stomp {

namespace {

// A client that sends no CONNECT within this time is closed (RabbitMQ's login_timeout).
constexpr qint64 ConnectTimeoutMs = 10'000;
// Frames handled in one turn before the rest waits for the next (as MQTT's PacketsPerTurn).
constexpr int FramesPerTurn = 64;

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

QByteArray versionText(Version version) {
    switch (version) {
    case Version::V10:
        return "1.0";
    case Version::V11:
        return "1.1";
    case Version::V12:
        return "1.2";
    }
    return "1.0";
}

// The highest version both sides speak, from CONNECT's accept-version (absent: 1.0).
std::optional<Version> negotiate(const Frame& connect) {
    const auto accepted = connect.header("accept-version");
    if (!accepted)
        return Version::V10;
    std::optional<Version> best;
    for (const QByteArray& offered : accepted->split(',')) {
        const QByteArray& v = offered; // untrimmed, as RabbitMQ compares them
        const std::optional<Version> known = v == "1.2"   ? Version::V12
                                             : v == "1.1" ? Version::V11
                                             : v == "1.0" ? Version::V10
                                                          : std::optional<Version>();
        if (known && (!best || *known > *best))
            best = known;
    }
    return best;
}

void trimLeadingSpaces(Frame& frame) {
    for (auto& [name, value] : frame.headers) {
        qsizetype spaces = 0;
        while (spaces < value.size() && value.at(spaces) == ' ')
            ++spaces;
        value.remove(0, spaces);
    }
}

// RabbitMQ's rounding of heart-beat intervals: to whole seconds, at least one (a client that
// asks for 500 ms gets 1 s).
qint64 roundedToSeconds(qint64 ms) {
    if (ms <= 0)
        return 0;
    if (ms < 1000)
        return 1000;
    return ms / 1000 * 1000;
}

} // namespace

StompConnection::StompConnection(services::BrokerContext& context, protocol::Transport& transport,
                                 const protocol::Endpoints& endpoints)
    : m_context(context)
    , m_transport(transport)
    , m_endpoints(endpoints)
    , m_loopback(endpoints.peerAddress.isLoopback())
    , m_id(context.nextConnectionId())
    , m_decoder(FrameLimits{context.config.stompMaxHeaders, context.config.stompMaxHeaderBytes,
                            context.config.stompMaxBodyBytes})
    , m_gate(transport, context, [this] { processFrames(); })
    , m_connectedAt(QDateTime::currentDateTimeUtc()) {
    m_name = endpoints.connectionName();
    m_lastReceivedMs = QDateTime::currentMSecsSinceEpoch();
    m_lastSentMs = m_lastReceivedMs;
    m_connectDeadlineMs = m_lastReceivedMs + ConnectTimeoutMs;
}

StompConnection::~StompConnection() {
    release();
}

void StompConnection::log(LogLevel level, const QString& line) const {
    m_context.logger->log(level, QStringLiteral("stomp"), m_name, line);
}

void StompConnection::receive(const char* data, qsizetype size) {
    if (m_state == State::Closed)
        return;
    m_bytesReceived += quint64(size);
    m_lastReceivedMs = QDateTime::currentMSecsSinceEpoch();
    m_decoder.feed(data, size);
    processFrames();
}

void StompConnection::processFrames() {
    int handled = 0;
    while (m_state != State::Closed && !m_gate.held()) {
        if (handled++ == FramesPerTurn) {
            m_gate.yieldTurn();
            break;
        }
        auto next = m_decoder.next();
        if (std::holds_alternative<std::monostate>(next))
            break;
        if (std::holds_alternative<HeartBeat>(next))
            continue;
        if (auto* error = std::get_if<DecodeError>(&next)) {
            fail({error->text, error->detail});
            break;
        }
        handleFrame(std::get<Frame>(next));
    }
    if (!m_out.isEmpty())
        m_transport.flushSoon();
}

void StompConnection::handleFrame(Frame& frame) {
    // 1.0 values lose their leading spaces ("id: x"), as RabbitMQ's do; a CONNECT's only once
    // it has negotiated 1.0 (handleConnect).
    if (m_state == State::Connected && m_version == Version::V10)
        trimLeadingSpaces(frame);
    const QByteArray& command = frame.command;
    if (m_state == State::AwaitingConnect) {
        if (command == "CONNECT" || command == "STOMP")
            return handleConnect(frame);
        return fail(texts::notLoggedIn());
    }
    if (command == "SEND")
        return handleSend(frame);
    if (command == "ACK")
        return handleAck(frame, true);
    if (command == "NACK") // RabbitMQ takes NACK in 1.0 too
        return handleAck(frame, false);
    if (command == "SUBSCRIBE")
        return handleSubscribe(frame);
    if (command == "UNSUBSCRIBE")
        return handleUnsubscribe(frame);
    if (command == "BEGIN")
        return handleBegin(frame);
    if (command == "COMMIT")
        return handleCommit(frame);
    if (command == "ABORT")
        return handleAbort(frame);
    if (command == "DISCONNECT")
        return handleDisconnect(frame);
    if (command == "CONNECT" || command == "STOMP")
        return fail(texts::alreadyConnected());
    fail(texts::badCommand(command));
}

void StompConnection::handleConnect(const Frame& frame) {
    const std::optional<Version> version = negotiate(frame);
    if (!version)
        return fail(texts::versionMismatch());
    m_version = *version;
    if (m_version == Version::V10) {
        Frame trimmed = frame;
        trimLeadingSpaces(trimmed);
        return connectAs(trimmed);
    }
    connectAs(frame);
}

void StompConnection::connectAs(const Frame& frame) {
    // RabbitMQ's rules: `host` names the vhost, verbatim; without it, the default vhost.
    // Without a login, the default user's credentials (stomp.default_user), which for guest
    // means loopback only, as every login as guest.
    const QByteArray vhost = frame.value("host", m_context.config.stompDefaultVhost.toUtf8());
    QByteArray user = m_context.config.defaultUser.toUtf8();
    QByteArray password = m_context.config.defaultPassword.toUtf8();
    if (auto login = frame.header("login")) {
        user = *login;
        password = frame.value("passcode", password);
    }
    // RabbitMQ checks the vhost before the password, so an unknown vhost is what is reported.
    if (!m_context.vhost(vhost))
        return refuseLogin(texts::vhostDenied(vhost),
                           QStringLiteral("vhost '%1' not found").arg(text(vhost)));
    const auto result = m_context.users.authenticate(user, password, m_loopback);
    if (result == auth::UserDatabase::AuthResult::LoopbackOnly)
        return refuseLogin(
            texts::nonLoopback(),
            QStringLiteral("user '%1' can only connect via localhost").arg(text(user)));
    if (result != auth::UserDatabase::AuthResult::Ok)
        return refuseLogin(texts::loginFailed(user),
                           QStringLiteral("invalid credentials for user '%1'").arg(text(user)));
    if (!m_context.users.permissions(user, vhost))
        return fail(texts::vhostDenied(vhost));
    acceptConnect(frame, m_version, vhost, user);
}

void StompConnection::refuseLogin(const texts::Refusal& refusal, const QString& why) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto verdict = m_context.loginThrottle.failed(m_endpoints.peerAddress, now);
    // One line per burst: a guesser's thousands of attempts must not bury the log.
    if (verdict.startsBurst)
        log(LogLevel::Warning, m_context.loginThrottle.burstLogLine(
                                   QStringLiteral("authentication failed: %1").arg(why),
                                   m_endpoints.peerAddress.toString()));
    if (verdict.holdMs <= 0)
        return fail(refusal);
    m_loginRefusal = refusal;
    m_loginAnswerAtMs = now + verdict.holdMs;
    m_gate.hold(protocol::ReadGate::Login);
}

void StompConnection::acceptConnect(const Frame& frame, Version version, const QByteArray& vhost,
                                    const QByteArray& user) {
    m_user = user;
    m_vhostName = vhost;
    m_vhost = m_context.vhost(vhost);
    m_session.emplace(ops::ClientSession{m_context, *m_vhost, m_user, m_id});
    m_sessionId = core::randomName("session-");
    m_clientProduct = frame.value("user-agent");
    m_decoder.setVersion(version);
    m_state = State::Connected;
    m_connectDeadlineMs = 0;

    // heart-beat: cx,cy: the client can send every cx ms and wants ours every cy ms. RabbitMQ
    // agrees to exactly that, in whole seconds, and says so in every version.
    qint64 cx = 0, cy = 0;
    const QList<QByteArray> beats = frame.value("heart-beat", "0,0").split(',');
    bool okX = beats.size() == 2, okY = okX;
    if (okX) {
        cx = beats[0].trimmed().toLongLong(&okX);
        cy = beats[1].trimmed().toLongLong(&okY);
    }
    if (!okX || !okY)
        return fail(texts::processingError());
    m_sendEveryMs = roundedToSeconds(cy);
    m_expectEveryMs = roundedToSeconds(cx);
    Frame connected;
    connected.command = "CONNECTED";
    connected.add("server", (productName() + u'/' + rabbitmqVersion()).toUtf8());
    connected.add("session", m_sessionId);
    connected.add("heart-beat",
                  QByteArray::number(m_sendEveryMs) + ',' + QByteArray::number(m_expectEveryMs));
    connected.add("version", versionText(version));
    sendFrame(connected);
    log(LogLevel::Info, QStringLiteral("accepted STOMP %1 connection as user '%2' in vhost '%3'")
                            .arg(text(versionText(version)), text(m_user), text(m_vhostName)));
}

void StompConnection::handleDisconnect(const Frame& frame) {
    receiptFor(frame);
    log(LogLevel::Info, QStringLiteral("client disconnected"));
    closeNow();
}

void StompConnection::fail(const texts::Refusal& refusal) {
    if (m_state == State::Closed)
        return;
    log(LogLevel::Error, QStringLiteral("closing STOMP connection: %1: %2")
                             .arg(refusal.message, refusal.detail.trimmed()));
    sendError(refusal);
    closeNow();
}

void StompConnection::sendError(const texts::Refusal& refusal, const QByteArray& subscription) {
    // As RabbitMQ's: the versions it speaks rather than the one in force, and no receipt-id.
    Frame error;
    error.command = "ERROR";
    error.add("message", refusal.message.toUtf8());
    error.add("content-type", "text/plain");
    error.add("version", "1.0,1.1,1.2");
    if (!subscription.isEmpty())
        error.add("subscription", subscription);
    error.body = refusal.detail.toUtf8();
    error.add("content-length", QByteArray::number(error.body.size()));
    sendFrame(error);
}

void StompConnection::sendFrame(const Frame& frame) {
    QByteArray& out = m_out.tail();
    const qsizetype before = out.size();
    encode(frame, m_version, out);
    out.append('\n'); // after the NUL, as RabbitMQ ends every frame
    m_bytesSent += quint64(out.size() - before);
    m_lastSentMs = QDateTime::currentMSecsSinceEpoch();
    m_transport.flushSoon();
}

void StompConnection::sendReceipt(const QByteArray& receipt) {
    Frame frame;
    frame.command = "RECEIPT";
    frame.add("receipt-id", receipt);
    sendFrame(frame);
}

void StompConnection::receiptFor(const Frame& frame) {
    if (auto receipt = frame.header("receipt"))
        sendReceipt(*receipt);
}

void StompConnection::closeNow() {
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    release();
    m_transport.closeAfterFlush();
}

void StompConnection::release() {
    // Unacknowledged deliveries go back to their queues first (redelivered), also those of
    // subscriptions already ended, as when RabbitMQ's channel closes.
    std::map<core::Queue*, std::vector<quint64>> unacked;
    std::vector<std::shared_ptr<core::Queue>> keep;
    for (const auto& [tag, delivery] : m_unacked)
        if (auto queue = delivery.queue.lock(); queue && !queue->isDeleted()) {
            unacked[queue.get()].push_back(delivery.queueMessageId);
            keep.push_back(std::move(queue));
        }
    m_unacked.clear();
    for (auto& [queue, ids] : unacked)
        queue->requeue(ids);
    while (!m_subscriptions.empty())
        unsubscribe(m_subscriptions.begin());
    m_transactions.clear();
    if (m_vhost)
        m_vhost->deleteExclusiveQueuesOf(m_id);
}

void StompConnection::transportClosed() {
    if (m_state == State::Connected)
        log(LogLevel::Warning, QStringLiteral("client closed the connection without DISCONNECT"));
    m_state = State::Closed;
    release();
}

void StompConnection::transportWritable() {
    if (!m_deliveriesPaused)
        return;
    m_deliveriesPaused = false;
    dispatchAll();
}

void StompConnection::shutdown(const QString& reason) {
    if (m_state == State::Connected)
        sendError(texts::shuttingDown(reason));
    closeNow();
}

void StompConnection::tick(qint64 nowMs) {
    if (m_loginRefusal) {
        if (nowMs >= m_loginAnswerAtMs)
            fail(*std::exchange(m_loginRefusal, std::nullopt));
        return;
    }
    if (m_state == State::AwaitingConnect && nowMs >= m_connectDeadlineMs) {
        log(LogLevel::Warning, QStringLiteral("closing connection: no CONNECT in time"));
        closeNow();
        return;
    }
    if (m_state != State::Connected)
        return;
    // A client we stopped reading from is not silent, merely unheard. Twice its interval, as
    // RabbitMQ allows for network delays; closed without an ERROR, as RabbitMQ does.
    if (m_expectEveryMs > 0 && !m_gate.held() && nowMs - m_lastReceivedMs > 2 * m_expectEveryMs) {
        log(LogLevel::Warning, QStringLiteral("closing connection: no heart-beat from the client "
                                              "for %1 ms")
                                   .arg(nowMs - m_lastReceivedMs));
        closeNow();
        return;
    }
    // Half the interval, so that the client hears from us well within it, as RabbitMQ's.
    if (m_sendEveryMs > 0 && nowMs - m_lastSentMs >= m_sendEveryMs / 2) {
        encodeHeartBeat(m_out.tail());
        m_bytesSent += 1;
        m_lastSentMs = nowMs;
        m_transport.flushSoon();
    }
}

void StompConnection::setPublishingBlocked(bool blocked, const QString&) {
    m_gate.setAlarm(blocked);
}

void StompConnection::fillSnapshot(BrokerSnapshot& snapshot) const {
    if (m_state != State::Connected)
        return;
    ConnectionInfo info;
    info.name = m_name;
    info.protocol = QStringLiteral("STOMP %1").arg(text(versionText(m_version)));
    info.user = text(m_user);
    info.vhost = text(m_vhostName);
    info.peerHost = m_endpoints.peerAddress.toString();
    info.peerPort = m_endpoints.peerPort;
    info.clientProduct =
        m_clientProduct.isEmpty() ? QStringLiteral("STOMP client") : text(m_clientProduct);
    info.clientProperties =
        QJsonObject{{QStringLiteral("session"), text(m_sessionId)},
                    {QStringLiteral("heartbeat_send_ms"), m_sendEveryMs},
                    {QStringLiteral("heartbeat_receive_ms"), m_expectEveryMs},
                    {QStringLiteral("subscriptions"), qint64(m_subscriptions.size())}};
    info.bytesReceived = m_bytesReceived;
    info.bytesSent = m_bytesSent;
    info.connectedAt = m_connectedAt;
    info.state = m_gate.holds(protocol::ReadGate::Alarm) ? QStringLiteral("blocked")
                 : m_gate.inFlow()                       ? QStringLiteral("flow")
                                                         : QStringLiteral("running");
    // The connection shows as one channel (as RabbitMQ's STOMP plugin opens one), its
    // subscriptions as that channel's consumers.
    info.channels = 1;
    ChannelInfo channel;
    channel.connection = m_name;
    channel.number = 1;
    channel.user = info.user;
    channel.vhost = info.vhost;
    channel.messagesUnacked = m_unacked.size();
    channel.transactional = !m_transactions.isEmpty();
    channel.state = info.state == QLatin1String("flow") ? info.state : QStringLiteral("running");
    for (const auto& [id, subscription] : m_subscriptions) {
        ConsumerInfo consumer;
        consumer.vhost = info.vhost;
        consumer.queue = text(subscription->queue()->name());
        consumer.consumerTag = text(subscription->tag());
        consumer.connection = m_name;
        consumer.channel = 1;
        consumer.ackRequired = subscription->ackRequired();
        consumer.prefetchCount =
            quint16(std::min<quint32>(subscription->options().prefetch, 65535));
        snapshot.consumers.append(consumer);
        ++channel.consumers;
    }
    snapshot.channels.append(channel);
    snapshot.connections.append(info);
}

} // namespace warren::stomp
