#include "amqp_client.h"

#include "amqp_constants.h"
#include "amqp_error.h"
#include "byte_reader.h"
#include "method_frame.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace warren::bench {

namespace {

using Clock = std::chrono::steady_clock;

// Long enough for a broker under load to answer a declare; short enough that a broker that
// stopped answering does not hang a benchmark run.
constexpr auto SetupTimeout = std::chrono::seconds(30);
// Blocking reads and writes wake up this often so that loops notice the stop flag.
constexpr auto PollInterval = std::chrono::milliseconds(100);

std::string systemError(const char* what) {
    return std::string(what) + ": " + std::strerror(errno);
}

void setTimeout(int fd, int option, std::chrono::milliseconds timeout) {
    timeval tv{};
    tv.tv_sec = timeout.count() / 1000;
    tv.tv_usec = (timeout.count() % 1000) * 1000;
    ::setsockopt(fd, SOL_SOCKET, option, &tv, sizeof tv);
}

void tableEntry(ByteWriter& table, std::string_view key, char type, std::string_view value) {
    table.shortString(key);
    table.octet(std::uint8_t(type));
    if (type == 'S')
        table.longString(value);
    else
        table.raw(value);
}

// Client properties as client libraries send them: the capabilities make RabbitMQ send
// Basic.Nack, Connection.Blocked and consumer cancel notifications (RabbitMQ extensions).
std::string clientProperties(const ConnectParams& params) {
    std::string caps;
    ByteWriter capsWriter(caps);
    for (const char* cap :
         {"publisher_confirms", "consumer_cancel_notify", "basic.nack", "connection.blocked",
          "authentication_failure_close", "exchange_exchange_bindings"})
        tableEntry(capsWriter, cap, 't', std::string_view("\x01", 1));

    std::string table;
    ByteWriter writer(table);
    tableEntry(writer, "product", 'S', "warren-perf");
    tableEntry(writer, "version", 'S', "0.1");
    tableEntry(writer, "platform", 'S', "C++ (POSIX sockets)");
    tableEntry(writer, "connection_name", 'S', params.connectionName);
    std::string capsField;
    ByteWriter(capsField).longString(caps);
    tableEntry(writer, "capabilities", 'F', capsField);
    return table;
}

std::uint16_t negotiate(std::uint16_t client, std::uint16_t server) {
    // Zero means "no limit" on either side (spec 1.4.2.6), so the other value wins.
    if (client == 0 || server == 0)
        return std::max(client, server);
    return std::min(client, server);
}

} // namespace

AmqpClient::AmqpClient(std::size_t readBufferBytes)
    : m_reader(readBufferBytes) {}

AmqpClient::~AmqpClient() {
    abandon();
}

void AmqpClient::abandon() {
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void AmqpClient::open(const ConnectParams& params) {
    connectSocket(params);
    handshake(params);
}

void AmqpClient::connectSocket(const ConnectParams& params) {
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* result = nullptr;
    const std::string port = std::to_string(params.port);
    if (int rc = ::getaddrinfo(params.host.c_str(), port.c_str(), &hints, &result); rc != 0)
        throw AmqpError("resolve " + params.host + ": " + ::gai_strerror(rc));
    sockaddr_in target{};
    std::memcpy(&target, result->ai_addr, sizeof target);
    ::freeaddrinfo(result);

    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        throw AmqpError(systemError("socket"));
    if (!params.sourceAddress.empty()) {
        // Many idle connections to one port run out of ephemeral ports on one source address;
        // binding to another 127.0.0.x lets the kernel pick the port per 4-tuple at connect.
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_port = 0;
        hints = addrinfo{};
        hints.ai_family = AF_INET;
        hints.ai_flags = AI_NUMERICHOST;
        if (::getaddrinfo(params.sourceAddress.c_str(), nullptr, &hints, &result) != 0)
            throw AmqpError("bad source address " + params.sourceAddress);
        local.sin_addr = reinterpret_cast<sockaddr_in*>(result->ai_addr)->sin_addr;
        ::freeaddrinfo(result);
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0)
            throw AmqpError(systemError("bind source address"));
    }
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&target), sizeof target) != 0)
        throw AmqpError(systemError("connect"));
    // Client libraries disable Nagle: small frames (acks, low-rate publishes) go out at once.
    int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setTimeout(m_fd, SO_RCVTIMEO, PollInterval);
    setTimeout(m_fd, SO_SNDTIMEO, PollInterval);
}

void AmqpClient::handshake(const ConnectParams& params) {
    const auto deadline = Clock::now() + SetupTimeout;
    sendAll(amqp::ProtocolHeader, sizeof amqp::ProtocolHeader);
    waitFor(0, amqp::ConnectionStart, deadline);

    std::string out;
    {
        MethodFrame startOk(out, 0, amqp::ConnectionStartOk);
        startOk.args().longString(clientProperties(params));
        startOk.args().shortString("PLAIN");
        startOk.args().longString(std::string(1, '\0') + params.user + '\0' + params.password);
        startOk.args().shortString("en_US");
        startOk.finish();
    }
    sendAll(out);

    const Reply tune = waitFor(0, amqp::ConnectionTune, deadline);
    ByteReader args(tune.payload.data() + 4, tune.payload.size() - 4);
    std::uint16_t channelMax = 0;
    std::uint32_t frameMax = 0;
    std::uint16_t heartbeat = 0;
    if (!args.shortUint(channelMax) || !args.longUint(frameMax) || !args.shortUint(heartbeat))
        throw AmqpError("malformed Connection.Tune");
    m_frameMax = frameMax == 0 ? params.frameMax : std::min(frameMax, params.frameMax);
    m_heartbeat = negotiate(params.heartbeatSeconds, heartbeat);
    m_reader.setFrameMax(m_frameMax);

    out.clear();
    {
        MethodFrame tuneOk(out, 0, amqp::ConnectionTuneOk);
        tuneOk.args().shortUint(negotiate(2047, channelMax));
        tuneOk.args().longUint(m_frameMax);
        tuneOk.args().shortUint(m_heartbeat);
        tuneOk.finish();
    }
    {
        MethodFrame open(out, 0, amqp::ConnectionOpen);
        open.args().shortString(params.vhost);
        open.args().shortString("");
        open.args().octet(0);
        open.finish();
    }
    sendAll(out);
    waitFor(0, amqp::ConnectionOpenOk, deadline);
}

void AmqpClient::openChannel(std::uint16_t channel) {
    std::string out;
    MethodFrame f(out, channel, amqp::ChannelOpen);
    f.args().shortString("");
    f.finish();
    call(out, channel, amqp::ChannelOpenOk);
}

void AmqpClient::confirmSelect(std::uint16_t channel) {
    std::string out;
    MethodFrame f(out, channel, amqp::ConfirmSelect);
    f.args().octet(0); // no-wait off: wait for Select-Ok
    f.finish();
    call(out, channel, amqp::ConfirmSelectOk);
}

void AmqpClient::basicQos(std::uint16_t channel, std::uint16_t prefetchCount) {
    std::string out;
    MethodFrame f(out, channel, amqp::BasicQos);
    f.args().longUint(0);
    f.args().shortUint(prefetchCount);
    f.args().octet(0); // per consumer, as RabbitMQ reads global=false
    f.finish();
    call(out, channel, amqp::BasicQosOk);
}

void AmqpClient::exchangeDeclare(std::uint16_t channel, std::string_view name,
                                 std::string_view type, bool durable) {
    std::string out;
    MethodFrame f(out, channel, amqp::ExchangeDeclare);
    f.args().shortUint(0);
    f.args().shortString(name);
    f.args().shortString(type);
    f.args().octet(durable ? 0x02 : 0x00);
    f.args().longUint(0); // no arguments
    f.finish();
    call(out, channel, amqp::ExchangeDeclareOk);
}

void AmqpClient::exchangeDelete(std::uint16_t channel, std::string_view name) {
    std::string out;
    MethodFrame f(out, channel, amqp::ExchangeDelete);
    f.args().shortUint(0);
    f.args().shortString(name);
    f.args().octet(0);
    f.finish();
    call(out, channel, amqp::ExchangeDeleteOk);
}

std::string AmqpClient::queueDeclare(std::uint16_t channel, std::string_view name,
                                     QueueFlags flags) {
    std::string out;
    MethodFrame f(out, channel, amqp::QueueDeclare);
    f.args().shortUint(0);
    f.args().shortString(name);
    f.args().octet(std::uint8_t((flags.durable ? 0x02 : 0) | (flags.exclusive ? 0x04 : 0) |
                                (flags.autoDelete ? 0x08 : 0)));
    f.args().longUint(0);
    f.finish();
    const Reply reply = call(out, channel, amqp::QueueDeclareOk);
    ByteReader args(reply.payload.data() + 4, reply.payload.size() - 4);
    std::string_view queue;
    if (!args.shortString(queue))
        throw AmqpError("malformed Queue.Declare-Ok");
    return std::string(queue);
}

void AmqpClient::queueBind(std::uint16_t channel, std::string_view queue, std::string_view exchange,
                           std::string_view routingKey) {
    std::string out;
    MethodFrame f(out, channel, amqp::QueueBind);
    f.args().shortUint(0);
    f.args().shortString(queue);
    f.args().shortString(exchange);
    f.args().shortString(routingKey);
    f.args().octet(0);
    f.args().longUint(0);
    f.finish();
    call(out, channel, amqp::QueueBindOk);
}

void AmqpClient::queueDelete(std::uint16_t channel, std::string_view name) {
    std::string out;
    MethodFrame f(out, channel, amqp::QueueDelete);
    f.args().shortUint(0);
    f.args().shortString(name);
    f.args().octet(0);
    f.finish();
    call(out, channel, amqp::QueueDeleteOk);
}

std::string AmqpClient::basicConsume(std::uint16_t channel, std::string_view queue, bool noAck) {
    std::string out;
    MethodFrame f(out, channel, amqp::BasicConsume);
    f.args().shortUint(0);
    f.args().shortString(queue);
    f.args().shortString(""); // let the broker name the consumer
    f.args().octet(noAck ? 0x02 : 0x00);
    f.args().longUint(0);
    f.finish();
    const Reply reply = call(out, channel, amqp::BasicConsumeOk);
    ByteReader args(reply.payload.data() + 4, reply.payload.size() - 4);
    std::string_view tag;
    if (!args.shortString(tag))
        throw AmqpError("malformed Basic.Consume-Ok");
    return std::string(tag);
}

void AmqpClient::close(std::chrono::milliseconds timeout) {
    if (m_fd < 0)
        return;
    try {
        std::string out;
        MethodFrame f(out, 0, amqp::ConnectionClose);
        f.args().shortUint(200);
        f.args().shortString("benchmark done");
        f.args().shortUint(0);
        f.args().shortUint(0);
        f.finish();
        std::atomic<bool> giveUp{true}; // never wait on a broker that stopped reading
        if (sendAll(out.data(), out.size(), &giveUp))
            waitFor(0, amqp::ConnectionCloseOk, Clock::now() + timeout);
    } catch (const AmqpError&) {
        // The broker may already have closed; the socket goes away below either way.
    }
    abandon();
}

bool AmqpClient::sendAll(const char* data, std::size_t size, const std::atomic<bool>* stop) {
    Clock::time_point stalledSince{};
    while (size > 0) {
        const ssize_t n = ::send(m_fd, data, size, MSG_NOSIGNAL);
        if (n > 0) {
            data += n;
            size -= std::size_t(n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            if (stop && stop->load(std::memory_order_relaxed))
                return false;
            // Without a stop flag (setup, heartbeats) a broker that stopped reading for the
            // whole setup timeout is treated as gone rather than waited for forever.
            if (!stop) {
                const auto now = Clock::now();
                if (stalledSince == Clock::time_point{})
                    stalledSince = now;
                else if (now - stalledSince > SetupTimeout)
                    throw AmqpError("broker stopped reading from the socket");
            }
            continue;
        }
        throw AmqpError(systemError("send"));
    }
    m_lastSent = Clock::now();
    return true;
}

AmqpClient::ReadResult AmqpClient::readSome(bool blocking) {
    std::size_t available = 0;
    char* at = m_reader.writable(4096, available);
    const ssize_t n = ::recv(m_fd, at, available, blocking ? 0 : MSG_DONTWAIT);
    if (n > 0) {
        m_reader.commit(std::size_t(n));
        return ReadResult::Data;
    }
    if (n == 0)
        return ReadResult::Closed;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return ReadResult::Timeout;
    throw AmqpError(systemError("recv"));
}

void AmqpClient::setReceiveTimeout(std::chrono::milliseconds timeout) {
    setTimeout(m_fd, SO_RCVTIMEO, timeout);
}

bool AmqpClient::preprocess(const FrameView& frame) {
    if (frame.type == amqp::FrameHeartbeat)
        return false;
    const std::uint32_t method = frame.method();
    if (method != amqp::ConnectionClose && method != amqp::ChannelClose)
        return true;
    ByteReader args(frame.payload + 4, frame.size - 4);
    std::uint16_t code = 0;
    std::string_view text;
    args.shortUint(code);
    args.shortString(text);
    const std::string reason = std::to_string(code) + " " + std::string(text);
    std::string out;
    const bool connection = method == amqp::ConnectionClose;
    MethodFrame ok(out, connection ? 0 : frame.channel,
                   connection ? amqp::ConnectionCloseOk : amqp::ChannelCloseOk);
    ok.finish();
    std::atomic<bool> giveUp{true};
    try {
        sendAll(out.data(), out.size(), &giveUp);
    } catch (const AmqpError&) {
    }
    throw AmqpError((connection ? "connection closed by broker: " : "channel closed by broker: ") +
                    reason);
}

void AmqpClient::heartbeatIfDue(Clock::time_point now) {
    if (m_heartbeat == 0 || now - m_lastSent < std::chrono::milliseconds(m_heartbeat * 500))
        return;
    static constexpr char heartbeat[8] = {amqp::FrameHeartbeat, 0, 0, 0, 0, 0, 0,
                                          char(amqp::FrameEnd)};
    sendAll(heartbeat, sizeof heartbeat);
}

AmqpClient::Reply AmqpClient::call(const std::string& request, std::uint16_t channel,
                                   std::uint32_t replyMethod) {
    sendAll(request);
    return waitFor(channel, replyMethod, Clock::now() + SetupTimeout);
}

AmqpClient::Reply AmqpClient::waitFor(std::uint16_t channel, std::uint32_t replyMethod,
                                      Clock::time_point deadline) {
    for (;;) {
        FrameView frame;
        FrameReader::Status status;
        while ((status = m_reader.next(frame)) == FrameReader::Status::Frame) {
            if (!preprocess(frame))
                continue;
            if (frame.channel == channel && frame.method() == replyMethod)
                return Reply{replyMethod, std::string(frame.payload, frame.size)};
            // Anything else (a delivery racing a close, a late confirm) is not awaited here.
        }
        if (status == FrameReader::Status::Error)
            throw AmqpError("protocol error: " + m_reader.error());
        if (Clock::now() > deadline)
            throw AmqpError("timed out waiting for a reply from the broker");
        if (readSome(true) == ReadResult::Closed)
            throw AmqpError("connection closed by broker");
    }
}

} // namespace warren::bench
