#include "amqp091/amqp_connection.h"

#include "amqp091/amqp_channel.h"
#include "amqp091/properties_mapping.h"
#include "core/field_json.h" // client properties as the management API shows them
#include "services/durable_definitions.h"
#include "services/flow_control.h"

#include <QHostAddress>
#include <warren/version.h>

namespace warren::amqp091 {

namespace {

// Above this many bytes waiting for the socket, consumers stop taking messages until it
// drains: a slow reader must not make the broker buffer without bound.
constexpr qint64 BacklogHighWater = 8 * 1024 * 1024;
// RabbitMQ's handshake_timeout: a connection that has not opened by then is dropped.
constexpr int HandshakeTimeoutMs = 10000;

// Reserves a frame header, lets `write` append the payload, then patches the size.
template <typename Write>
void appendFrameWith(QByteArray& out, quint8 type, quint16 channel, Write&& write) {
    const qsizetype start = out.size();
    char header[7] = {char(type), 0, 0, 0, 0, 0, 0};
    qToBigEndian<quint16>(channel, header + 1);
    out.append(header, 7);
    write();
    qToBigEndian<quint32>(quint32(out.size() - start - 7), out.data() + start + 3);
    out.append(char(FrameEnd));
}

// Product, version and cluster name as the management API's overview gives them
// (product_name, product_version, cluster_name): a client sees one broker either way. Warren
// itself is named in platform and information, as RabbitMQ names Erlang/OTP there.
core::FieldTable serverProperties(const QString& clusterName) {
    core::FieldTable capabilities{{"publisher_confirms", true},
                                  {"exchange_exchange_bindings", true},
                                  {"basic.nack", true},
                                  {"consumer_cancel_notify", true},
                                  {"connection.blocked", true},
                                  {"consumer_priorities", true},
                                  {"authentication_failure_close", true},
                                  {"per_consumer_qos", true},
                                  {"direct_reply_to", true}};
    return {
        {"capabilities", core::FieldValue(std::move(capabilities))},
        {"cluster_name", core::FieldValue(clusterName.toUtf8())},
        {"copyright", "Copyright (c) the Warren authors"},
        {"information",
         core::FieldValue(("Warren " + versionString() +
                           QStringLiteral(", a RabbitMQ-compatible broker in a desktop console"))
                              .toUtf8())},
        {"platform",
         core::FieldValue(
             ("Warren " + versionString() + QStringLiteral(" on Qt ") + qVersion()).toUtf8())},
        {"product", core::FieldValue(productName().toUtf8())},
        {"version", core::FieldValue(rabbitmqVersion().toUtf8())}};
}

bool capability(const core::FieldTable& clientProperties, QByteArrayView name) {
    const core::FieldValue* caps = core::findField(clientProperties, "capabilities");
    const auto* table = caps ? caps->get<core::FieldTable>() : nullptr;
    const core::FieldValue* value = table ? core::findField(*table, name) : nullptr;
    const bool* flag = value ? value->get<bool>() : nullptr;
    return flag && *flag;
}

// PLAIN: "\0user\0password" (RFC 4616); AMQPLAIN: a field table without its length prefix.
bool parseCredentials(const QByteArray& mechanism, const QByteArray& response, QByteArray& user,
                      QByteArray& password) {
    if (mechanism == "PLAIN") {
        const QList<QByteArray> parts = response.split('\0');
        if (parts.size() != 3)
            return false;
        user = parts[1];
        password = parts[2];
        return true;
    }
    if (mechanism == "AMQPLAIN") {
        QByteArray framed(4, '\0');
        qToBigEndian<quint32>(quint32(response.size()), framed.data());
        framed += response;
        WireReader reader(framed);
        core::FieldTable table;
        if (!reader.table(table))
            return false;
        const core::FieldValue* login = core::findField(table, "LOGIN");
        const core::FieldValue* pass = core::findField(table, "PASSWORD");
        if (!login || !pass || !login->toBytes() || !pass->toBytes())
            return false;
        user = *login->toBytes();
        password = *pass->toBytes();
        return true;
    }
    return false;
}

} // namespace

AmqpConnection::AmqpConnection(services::BrokerContext& context, protocol::Transport& transport,
                               PeerInfo peer)
    : m_context(context)
    , m_transport(transport)
    , m_peer(std::move(peer))
    , m_id(context.nextConnectionId())
    , m_decoder(context.config.frameMax)
    , m_partialBodies(context.config.maxPartialBodyBytes)
    , m_connectedAt(QDateTime::currentDateTimeUtc()) {
    m_name = QStringLiteral("%1:%2 -> %3:%4")
                 .arg(m_peer.peerHost)
                 .arg(m_peer.peerPort)
                 .arg(m_peer.localHost)
                 .arg(m_peer.localPort);
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + HandshakeTimeoutMs;
    log(LogLevel::Info, QStringLiteral("accepting AMQP connection"));
}

AmqpConnection::~AmqpConnection() {
    releaseChannels();
}

void AmqpConnection::log(LogLevel level, const QString& text) {
    m_context.logger->log(level, QStringLiteral("amqp"), m_name, text);
}

bool AmqpConnection::backlogged() const {
    const bool full = m_out.size() + m_transport.pendingWriteBytes() > BacklogHighWater;
    m_deliveriesPaused = m_deliveriesPaused || full;
    return full;
}

void AmqpConnection::receive(const char* data, qsizetype size) {
    if (m_state == State::Closed)
        return;
    m_bytesReceived += size;
    m_receivedSinceTick = true;
    if (m_state == State::AwaitingHeader) {
        const qsizetype take = std::min<qsizetype>(8 - m_headerBytes.size(), size);
        m_headerBytes.append(data, take);
        data += take;
        size -= take;
        if (m_headerBytes.size() < 8)
            return;
        if (std::memcmp(m_headerBytes.constData(), ProtocolHeader, 8) != 0) {
            // Spec 4.2.2: answer with the protocol header we do speak, then close.
            log(LogLevel::Warning, QStringLiteral("closing connection: unsupported protocol "
                                                  "header %1")
                                       .arg(QString::fromLatin1(m_headerBytes.toHex())));
            m_out.tail().append(ProtocolHeader, 8);
            closeNow();
            return;
        }
        sendStart();
    }
    m_decoder.feed(data, size);
    processFrames();
}

void AmqpConnection::processFrames() {
    Frame frame;
    while (m_state != State::Closed && !readingHeld()) {
        const auto status = m_decoder.next(frame);
        if (status == FrameDecoder::Status::NeedMore)
            break;
        if (status == FrameDecoder::Status::Error) {
            fail(AmqpError{m_decoder.errorCode(), m_decoder.errorText(), 0, 0});
            // Nothing after a framing error can be trusted: close without waiting.
            closeNow();
            break;
        }
        handleFrame(frame);
    }
    if (!m_out.isEmpty())
        flush();
}

void AmqpConnection::enterFlow() {
    m_inFlow = true;
    m_lastFlowMs = QDateTime::currentMSecsSinceEpoch();
    m_channelFlowMs[m_frameChannel] = m_lastFlowMs;
    m_transport.pauseReading();
    if (!m_flowWaiter)
        m_flowWaiter = std::make_shared<std::function<void()>>([this] { leaveFlow(); });
    m_context.flow->wait(m_flowWaiter);
}

void AmqpConnection::leaveFlow() {
    if (!m_inFlow || m_state == State::Closed)
        return;
    m_inFlow = false;
    m_lastFlowMs = QDateTime::currentMSecsSinceEpoch();
    m_channelFlowMs[m_frameChannel] = m_lastFlowMs;
    resumeAfterHold();
}

void AmqpConnection::resumeAfterHold() {
    if (readingHeld())
        return;      // whatever still holds it resumes reading when it ends
    processFrames(); // frames that arrived before the pause
    if (!readingHeld() && m_state != State::Closed)
        m_transport.resumeReading();
}

void AmqpConnection::replyWhenDefinitionsDurable(std::function<void()> reply) {
    services::DurableDefinitions* definitions = m_context.definitions;
    if (!definitions || definitions->allCommitted()) {
        reply();
        return;
    }
    m_awaitingDefinitions = true;
    m_transport.pauseReading();
    definitions->whenCommitted(
        [alive = std::weak_ptr<bool>(m_alive), this, reply = std::move(reply)] {
            if (alive.expired() || m_state == State::Closed)
                return;
            m_awaitingDefinitions = false;
            reply();
            resumeAfterHold();
        });
}

void AmqpConnection::sendStart() {
    m_state = State::AwaitingStartOk;
    sendMethod(0, ConnectionStart{0, 9, serverProperties(m_context.clusterName()), "PLAIN AMQPLAIN",
                                  "en_US"});
}

void AmqpConnection::handleFrame(Frame& frame) {
    if (frame.type == FrameHeartbeat) {
        if (frame.channel != 0)
            fail(
                amqpError(501, QStringLiteral("heartbeat frame on channel %1").arg(frame.channel)));
        return;
    }
    if (frame.channel == 0) {
        if (frame.type != FrameMethod) {
            fail(amqpError(
                505,
                QStringLiteral("expected method frame on channel 0, got type %1").arg(frame.type)));
            return;
        }
        Method method;
        const auto status = decodeMethod(frame.payload, method);
        if (status == DecodeStatus::MalformedUtf8) {
            fail(malformedUtf8());
            return;
        }
        if (status != DecodeStatus::Ok) {
            fail(amqpError(status == DecodeStatus::UnknownMethod ? 540 : 502,
                           QStringLiteral("cannot decode method frame on channel 0")));
            return;
        }
        handleConnectionMethod(method);
        return;
    }
    if (m_state == State::Closing)
        return; // after connection.close only close-ok matters (spec 2.2.4)
    if (m_state != State::Open) {
        fail(amqpError(504, QStringLiteral("channel frame before connection.open")));
        return;
    }
    handleChannelFrame(frame);
}

void AmqpConnection::handleConnectionMethod(Method& method) {
    if (auto* close = std::get_if<ConnectionClose>(&method)) {
        // Every close is logged with its reason, as RabbitMQ does; only an error is a warning.
        log(close->replyCode == 200 ? LogLevel::Info : LogLevel::Warning,
            QStringLiteral("client closed the connection: %1 %2")
                .arg(close->replyCode)
                .arg(QString::fromUtf8(close->replyText)));
        releaseChannels();
        sendMethod(0, ConnectionCloseOk{});
        closeAfterPeer();
        return;
    }
    if (std::holds_alternative<ConnectionCloseOk>(method)) {
        if (m_state == State::Closing)
            closeNow();
        return;
    }
    if (m_state == State::Closing)
        return;
    switch (m_state) {
    case State::AwaitingStartOk:
        if (auto* startOk = std::get_if<ConnectionStartOk>(&method))
            return handleStartOk(*startOk);
        break;
    case State::AwaitingTuneOk:
        if (auto* tuneOk = std::get_if<ConnectionTuneOk>(&method))
            return handleTuneOk(*tuneOk);
        break;
    case State::AwaitingOpen:
        if (auto* open = std::get_if<ConnectionOpen>(&method))
            return handleOpen(*open);
        break;
    case State::Open:
        if (std::holds_alternative<ConnectionUpdateSecret>(method)) {
            // Clients with expiring credentials (OAuth tokens) refresh them this way. RabbitMQ
            // only hands the new secret to backends whose state can expire; its internal
            // backend, like our user database, cannot, so any secret is accepted unchecked
            // and the connection keeps the user it logged in as.
            sendMethod(0, ConnectionUpdateSecretOk{});
            return;
        }
        if (std::holds_alternative<ConnectionBlocked>(method) ||
            std::holds_alternative<ConnectionUnblocked>(method))
            return; // a client telling us it is blocked changes nothing here
        break;
    default:
        break;
    }
    fail(amqpError(
        503, QStringLiteral("unexpected method %1 in connection state").arg(methodName(method)),
        methodClassId(method), methodMethodId(method)));
}

void AmqpConnection::handleStartOk(ConnectionStartOk& startOk) {
    m_consumerCancelNotify = capability(startOk.clientProperties, "consumer_cancel_notify");
    m_authFailureClose = capability(startOk.clientProperties, "authentication_failure_close");
    m_blockedCapability = capability(startOk.clientProperties, "connection.blocked");
    if (const core::FieldValue* product = core::findField(startOk.clientProperties, "product"))
        m_clientProduct = product->toBytes().value_or(QByteArray());
    // Converted once here rather than in every snapshot: the table does not change.
    m_clientProperties = core::toJson(startOk.clientProperties);
    if (const core::FieldValue* name = core::findField(startOk.clientProperties, "connection_name"))
        m_connectionName = QString::fromUtf8(name->toBytes().value_or(QByteArray()));
    QByteArray user, password;
    if (startOk.mechanism != "PLAIN" && startOk.mechanism != "AMQPLAIN") {
        fail(amqpError(403, QStringLiteral("unsupported authentication mechanism '%1'")
                                .arg(QString::fromUtf8(startOk.mechanism))));
        return;
    }
    const bool parsed = parseCredentials(startOk.mechanism, startOk.response, user, password);
    const auto result = parsed ? m_context.users.authenticate(user, password, m_peer.loopback)
                               : auth::UserDatabase::AuthResult::BadCredentials;
    if (result != auth::UserDatabase::AuthResult::Ok) {
        const QString why = result == auth::UserDatabase::AuthResult::LoopbackOnly
                                ? QStringLiteral("user '%1' can only connect via localhost")
                                : QStringLiteral("invalid credentials for user '%1'");
        holdLoginRefusal(why.arg(QString::fromUtf8(user)), startOk.mechanism);
        return;
    }
    m_user = user;
    m_state = State::AwaitingTuneOk;
    sendMethod(0, ConnectionTune{m_context.config.channelMax, m_context.config.frameMax,
                                 m_context.config.heartbeatSeconds});
}

void AmqpConnection::holdLoginRefusal(const QString& why, const QByteArray& mechanism) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto verdict = m_context.loginThrottle.failed(QHostAddress(m_peer.peerHost), now);
    // One line per burst: a guesser's thousands of attempts must not bury the log.
    if (verdict.startsBurst)
        log(LogLevel::Warning,
            m_context.loginThrottle.burstLogLine(
                QStringLiteral("authentication failed: %1").arg(why), m_peer.peerHost));
    const AmqpError refusal = amqpError(403, QStringLiteral("Login was refused using "
                                                            "authentication mechanism %1. For "
                                                            "details see the broker logfile.")
                                                 .arg(QString::fromUtf8(mechanism)));
    if (verdict.holdMs <= 0) {
        refuseLogin(refusal);
        return;
    }
    // Nothing more is read meanwhile; the engine's tick answers when the hold is over.
    m_loginRefusal = refusal;
    m_transport.pauseReading();
    m_deadlineMs = now + verdict.holdMs;
}

void AmqpConnection::refuseLogin(const AmqpError& refusal) {
    if (m_authFailureClose)
        sendClose(refusal); // logged once per burst by holdLoginRefusal
    else
        closeNow(); // older clients expect the socket to drop (RabbitMQ's behaviour)
}

void AmqpConnection::handleTuneOk(const ConnectionTuneOk& tuneOk) {
    const auto& config = m_context.config;
    if (tuneOk.frameMax != 0 && tuneOk.frameMax < FrameMinSize) {
        fail(amqpError(
            530,
            QStringLiteral("frame_max=%1 < %2 min size").arg(tuneOk.frameMax).arg(FrameMinSize)));
        return;
    }
    if (tuneOk.frameMax > config.frameMax || (tuneOk.frameMax == 0 && config.frameMax != 0)) {
        fail(amqpError(530, QStringLiteral("frame_max=%1 > %2 max size")
                                .arg(tuneOk.frameMax)
                                .arg(config.frameMax)));
        return;
    }
    if (tuneOk.channelMax > config.channelMax) {
        fail(amqpError(530, QStringLiteral("channel_max=%1 > %2 max size")
                                .arg(tuneOk.channelMax)
                                .arg(config.channelMax)));
        return;
    }
    m_channelMax = tuneOk.channelMax == 0 ? config.channelMax : tuneOk.channelMax;
    m_frameMax = tuneOk.frameMax;
    m_decoder.setFrameMax(m_frameMax);
    m_heartbeat = tuneOk.heartbeat;
    if (m_heartbeat > 0)
        m_nextHeartbeatMs = QDateTime::currentMSecsSinceEpoch() + m_heartbeat * 500;
    m_state = State::AwaitingOpen;
}

void AmqpConnection::handleOpen(const ConnectionOpen& open) {
    core::Vhost* vhost = m_context.vhost(open.virtualHost);
    if (!vhost) {
        fail(amqpError(
            530, QStringLiteral("vhost %1 not found").arg(QString::fromUtf8(open.virtualHost))));
        return;
    }
    if (!m_context.users.permissions(m_user, open.virtualHost)) {
        fail(amqpError(530,
                       QStringLiteral("access to vhost '%1' refused for user '%2'")
                           .arg(QString::fromUtf8(open.virtualHost), QString::fromUtf8(m_user))));
        return;
    }
    m_vhost = vhost;
    m_vhostName = open.virtualHost;
    m_session.emplace(ops::ClientSession{m_context, *vhost, m_user, m_id});
    m_state = State::Open;
    m_deadlineMs = 0;
    sendMethod(0, ConnectionOpenOk{});
    if (m_alarm && m_blockedCapability) // opened during an alarm: say so at once
        sendMethod(0, ConnectionBlocked{m_alarmReason.toUtf8()});
    log(LogLevel::Info, QStringLiteral("user '%1' authenticated and granted access to vhost '%2'")
                            .arg(QString::fromUtf8(m_user), QString::fromUtf8(m_vhostName)));
}

void AmqpConnection::handleChannelFrame(Frame& frame) {
    auto it = m_channels.find(frame.channel);
    if (it == m_channels.end()) {
        Method method;
        if (frame.type != FrameMethod || decodeMethod(frame.payload, method) != DecodeStatus::Ok ||
            !std::holds_alternative<ChannelOpen>(method)) {
            fail(amqpError(504, QStringLiteral("expected 'channel.open'")));
            return;
        }
        // RabbitMQ limits how many channels are open, not which numbers they use.
        if (m_channels.size() >= m_channelMax) {
            fail(amqpError(530, QStringLiteral("number of channels opened (%1) has reached the "
                                               "negotiated channel_max (%2)")
                                    .arg(m_channels.size())
                                    .arg(m_channelMax)));
            return;
        }
        m_channels.emplace(frame.channel, std::make_unique<AmqpChannel>(*this, frame.channel));
        sendMethod(frame.channel, ChannelOpenOk{});
        return;
    }
    AmqpChannel& channel = *it->second;
    m_frameChannel = frame.channel;
    const auto outcome = channel.handleFrame(frame);
    if (outcome.connectionError) {
        fail(*outcome.connectionError);
        return;
    }
    if (outcome.closed) {
        const auto byClient = changesByClient(); // its auto-delete queues may go
        m_channels.erase(frame.channel);
        m_channelFlowMs.erase(frame.channel);
    }
}

void AmqpConnection::sendMethod(quint16 channel, const Method& method) {
    QByteArray& out = m_out.tail();
    const qsizetype before = out.size();
    appendFrameWith(out, FrameMethod, channel, [&] {
        WireWriter writer(out);
        encodeMethod(method, writer);
    });
    m_bytesSent += out.size() - before;
    m_sentSinceTick = true;
    flush();
}

void AmqpConnection::sendContent(quint16 channel, const Method& method,
                                 const core::Message& message) {
    QByteArray& out = m_out.tail();
    const qsizetype before = out.size();
    appendFrameWith(out, FrameMethod, channel, [&] {
        WireWriter writer(out);
        encodeMethod(method, writer);
    });
    appendFrameWith(out, FrameHeader, channel, [&] {
        WireWriter writer(out);
        writer.shortUint(60); // class basic
        writer.shortUint(0);  // weight, unused
        writer.longLongUint(quint64(message.body.size()));
        if (message.original.is(core::MessageFormat::Amqp091))
            writer.raw(message.original.bytes);
        else
            encodeBasicProperties(fromCore(message.properties), writer);
    });
    m_bytesSent += out.size() - before + message.body.size();
    const qsizetype chunk = qsizetype(m_frameMax ? m_frameMax : FrameMinSize) - FrameOverhead;
    const qsizetype size = message.body.size();
    if (size >= protocol::OutputBuffer::ShareThreshold && size <= chunk) {
        // One body frame whose payload is the shared body itself: no copy on the way out.
        char header[7] = {char(FrameBody), 0, 0, 0, 0, 0, 0};
        qToBigEndian<quint16>(channel, header + 1);
        qToBigEndian<quint32>(quint32(size), header + 3);
        out.append(header, 7);
        m_out.appendShared(message.body);
        m_out.tail().append(char(FrameEnd));
    } else {
        for (qsizetype offset = 0; offset < size; offset += chunk)
            appendFrame(out, FrameBody, channel, message.body.constData() + offset,
                        std::min(chunk, size - offset));
    }
    m_bytesSent += 8 * ((size + chunk - 1) / chunk);
    m_sentSinceTick = true;
    flush();
}

void AmqpConnection::fail(const AmqpError& error) {
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    log(LogLevel::Error, QStringLiteral("closing AMQP connection: %1").arg(error.text));
    if (m_state == State::AwaitingHeader) {
        closeNow();
        return;
    }
    sendClose(error);
}

void AmqpConnection::sendClose(const AmqpError& error) {
    releaseChannels();
    sendMethod(0, ConnectionClose{quint16(error.code), error.text.toUtf8(), error.classId,
                                  error.methodId});
    m_state = State::Closing;
    // Wait for close-ok, but not forever.
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + 3000;
}

void AmqpConnection::closeNow() {
    if (!enterClosed())
        return;
    releaseChannels();
    m_transport.closeAfterFlush();
}

void AmqpConnection::closeAfterPeer() {
    if (!enterClosed())
        return;
    // RabbitMQ's wait for the client to close: the heartbeat timeout, at most 30 s.
    constexpr int ClosingTimeoutS = 30;
    const int timeoutS =
        m_heartbeat > 0 && m_heartbeat < ClosingTimeoutS ? m_heartbeat : ClosingTimeoutS;
    m_transport.closeWhenPeerCloses(timeoutS * 1000);
}

bool AmqpConnection::enterClosed() {
    if (m_state == State::Closed)
        return false;
    m_state = State::Closed;
    m_nextHeartbeatMs = 0;
    m_deadlineMs = 0;
    return true;
}

services::ChangeJournal::Scope AmqpConnection::changesByClient() const {
    return {m_context.changes, services::ChangeJournal::amqpActor(QString::fromUtf8(m_user)),
            m_name};
}

void AmqpConnection::releaseChannels() {
    const auto byClient = changesByClient(); // exclusive and auto-delete queues may go
    auto channels = std::move(m_channels);
    m_channels.clear();
    for (auto& [number, channel] : channels)
        channel->release();
    channels.clear();
    if (m_vhost)
        m_vhost->deleteExclusiveQueuesOf(m_id);
}

void AmqpConnection::transportClosed() {
    // A guesser that gave up waiting was logged with its burst.
    const bool refusingLogin = std::exchange(m_loginRefusal, std::nullopt).has_value();
    if (!refusingLogin && m_state != State::Closed && m_state != State::Closing &&
        m_state != State::AwaitingHeader)
        log(LogLevel::Warning, QStringLiteral("client unexpectedly closed TCP connection"));
    m_state = State::Closed;
    m_nextHeartbeatMs = 0;
    m_deadlineMs = 0;
    releaseChannels();
}

void AmqpConnection::transportWritable() {
    if (!m_deliveriesPaused)
        return;
    m_deliveriesPaused = false;
    for (auto& [number, channel] : m_channels)
        channel->resumeDelivery();
}

void AmqpConnection::shutdown(const QString& reason) {
    if (m_state == State::Open) {
        releaseChannels();
        sendMethod(0, ConnectionClose{320, ("CONNECTION_FORCED - " + reason).toUtf8(), 0, 0});
        m_state = State::Closing;
    }
    closeNow();
}

void AmqpConnection::setPublishingBlocked(bool blocked, const QString& reason) {
    if (m_alarm == blocked)
        return;
    m_alarm = blocked;
    m_alarmReason = reason;
    // RabbitMQ tells every client that asked (capability connection.blocked), and stops
    // reading only from those that publish.
    if (m_state == State::Open && m_blockedCapability) {
        if (blocked)
            sendMethod(0, ConnectionBlocked{reason.toUtf8()});
        else
            sendMethod(0, ConnectionUnblocked{});
    }
    if (!blocked && m_pausedByAlarm) {
        m_pausedByAlarm = false;
        resumeAfterHold();
    }
}

void AmqpConnection::publishing() {
    if (m_alarm) {
        if (!m_pausedByAlarm) {
            m_pausedByAlarm = true;
            m_transport.pauseReading();
        }
        return;
    }
    // Only Warren's own backlogs count here, never a queue's: a slow consumer lets its queue
    // grow (and page out) while every publisher goes on at its own pace, as in RabbitMQ.
    if (!m_inFlow && m_context.flow && m_context.flow->behind())
        enterFlow();
}

QString AmqpConnection::stateName(qint64 nowMs) const {
    // RabbitMQ's reader: a resource alarm shows as `blocked` once this client was stopped
    // (it published), `blocking` before; otherwise `flow` while paced or within five seconds
    // of it, so that a management poll sees short pauses too.
    if (m_alarm)
        return m_pausedByAlarm ? QStringLiteral("blocked") : QStringLiteral("blocking");
    if (m_inFlow ||
        (m_lastFlowMs != 0 && nowMs - m_lastFlowMs < services::FlowControl::ConnectionShowsFlowMs))
        return QStringLiteral("flow");
    return QStringLiteral("running");
}

void AmqpConnection::tick(qint64 nowMs) {
    if (m_loginRefusal) {
        if (nowMs >= m_deadlineMs) {
            refuseLogin(*std::exchange(m_loginRefusal, std::nullopt));
            resumeAfterHold(); // for the client's close-ok
        }
        return;
    }
    if (m_deadlineMs != 0 && nowMs >= m_deadlineMs && m_state != State::Closed) {
        if (m_state != State::Closing)
            log(LogLevel::Warning, QStringLiteral("closing connection: handshake timeout"));
        closeNow();
        return;
    }
    if (m_nextHeartbeatMs != 0 && nowMs >= m_nextHeartbeatMs) {
        m_nextHeartbeatMs = nowMs + m_heartbeat * 500;
        onHeartbeatTick();
    }
}

void AmqpConnection::onHeartbeatTick() {
    if (m_heartbeat == 0 || m_state == State::Closed)
        return;
    // Ticks come every heartbeat/2 seconds. Two missed heartbeats (four silent ticks) mean
    // the peer is gone (spec 4.2.7).
    // A client we stopped reading from is not silent, merely unheard.
    m_silentTicks = (m_receivedSinceTick || readingHeld()) ? 0 : m_silentTicks + 1;
    m_receivedSinceTick = false;
    if (m_silentTicks >= 4) {
        log(LogLevel::Error,
            QStringLiteral("missed heartbeats from client, timeout: %1s").arg(m_heartbeat));
        closeNow();
        return;
    }
    if (!m_sentSinceTick) {
        appendFrame(m_out.tail(), FrameHeartbeat, 0, nullptr, 0);
        m_bytesSent += FrameOverhead;
        flush();
    }
    m_sentSinceTick = false;
}

void AmqpConnection::fillSnapshot(BrokerSnapshot& snapshot) const {
    if (m_state != State::Open)
        return;
    ConnectionInfo info;
    info.name = m_name;
    info.protocol = QStringLiteral("AMQP 0-9-1");
    info.user = QString::fromUtf8(m_user);
    info.vhost = QString::fromUtf8(m_vhostName);
    info.peerHost = m_peer.peerHost;
    info.peerPort = m_peer.peerPort;
    info.clientProduct = QString::fromUtf8(m_clientProduct);
    info.clientProperties = m_clientProperties;
    info.connectionName = m_connectionName;
    info.channels = quint32(m_channels.size());
    info.bytesReceived = m_bytesReceived;
    info.bytesSent = m_bytesSent;
    info.connectedAt = m_connectedAt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    info.state = stateName(now);
    snapshot.connections.append(info);
    for (const auto& [number, channel] : m_channels) {
        const qsizetype index = snapshot.channels.size();
        channel->fillSnapshot(snapshot);
        // A channel shows `flow` while its publish waits, and for a second after (RabbitMQ's
        // credit_flow:state/0).
        const auto paced = m_channelFlowMs.find(number);
        const bool flow = paced != m_channelFlowMs.end() &&
                          ((m_inFlow && number == m_frameChannel) ||
                           now - paced->second < services::FlowControl::ChannelShowsFlowMs);
        if (index < snapshot.channels.size())
            snapshot.channels[index].state =
                flow ? QStringLiteral("flow") : QStringLiteral("running");
    }
}

} // namespace warren::amqp091
