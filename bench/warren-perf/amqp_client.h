#pragma once

#include "connect_params.h"
#include "frame_reader.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace warren::bench {

struct QueueFlags {
    bool durable = false;
    bool exclusive = false;
    bool autoDelete = false;
};

// One AMQP 0-9-1 connection over a blocking POSIX socket, used by exactly one thread.
// Synchronous methods (handshake, declare, consume…) wait for their reply; the hot loops
// of producers and consumers use sendAll()/readSome()/reader() directly and build their own
// frames, which is all the work a client library does per message.
class AmqpClient {
public:
    enum class ReadResult { Data, Timeout, Closed };

    explicit AmqpClient(std::size_t readBufferBytes = 256 * 1024);
    ~AmqpClient();
    AmqpClient(const AmqpClient&) = delete;
    AmqpClient& operator=(const AmqpClient&) = delete;

    // TCP connect and the connection handshake up to Connection.OpenOk (spec 2.2.4).
    void open(const ConnectParams& params);
    void openChannel(std::uint16_t channel);
    void confirmSelect(std::uint16_t channel);
    void basicQos(std::uint16_t channel, std::uint16_t prefetchCount);
    void exchangeDeclare(std::uint16_t channel, std::string_view name, std::string_view type,
                         bool durable);
    void exchangeDelete(std::uint16_t channel, std::string_view name);
    std::string queueDeclare(std::uint16_t channel, std::string_view name, QueueFlags flags);
    void queueBind(std::uint16_t channel, std::string_view queue, std::string_view exchange,
                   std::string_view routingKey);
    void queueDelete(std::uint16_t channel, std::string_view name);
    std::string basicConsume(std::uint16_t channel, std::string_view queue, bool noAck);
    // Connection.Close, then waits up to timeout for Close-Ok (discarding deliveries still in
    // flight) so the broker sees an orderly close; closes the socket in any case.
    void close(std::chrono::milliseconds timeout);
    // Closes the socket without the AMQP close handshake.
    void abandon();

    // Sends every byte; gives up (returns false) only if *stop becomes true while the broker
    // is not reading. Throws AmqpError on a socket error.
    bool sendAll(const char* data, std::size_t size, const std::atomic<bool>* stop = nullptr);
    bool sendAll(const std::string& data, const std::atomic<bool>* stop = nullptr) {
        return sendAll(data.data(), data.size(), stop);
    }
    // One recv() into reader(); blocking waits at most the receive timeout.
    ReadResult readSome(bool blocking);
    FrameReader& reader() { return m_reader; }
    void setReceiveTimeout(std::chrono::milliseconds timeout);

    // Handles the frames every loop must answer: broker-initiated Connection.Close and
    // Channel.Close (answers Close-Ok and throws AmqpError with the reply text); returns false
    // for heartbeats so the caller can skip them, true for a frame the caller should look at.
    bool preprocess(const FrameView& frame);

    // Sends a heartbeat when nothing was sent for half the negotiated interval (spec 4.2.7).
    void heartbeatIfDue(std::chrono::steady_clock::time_point now);
    void noteSent(std::chrono::steady_clock::time_point now) { m_lastSent = now; }

    int fd() const { return m_fd; }
    std::uint32_t frameMax() const { return m_frameMax; }
    std::uint16_t heartbeatSeconds() const { return m_heartbeat; }

private:
    struct Reply {
        std::uint32_t method = 0;
        std::string payload; // copied: setup replies are rare and must outlive the buffer
    };
    void connectSocket(const ConnectParams& params);
    void handshake(const ConnectParams& params);
    Reply call(const std::string& request, std::uint16_t channel, std::uint32_t replyMethod);
    Reply waitFor(std::uint16_t channel, std::uint32_t replyMethod,
                  std::chrono::steady_clock::time_point deadline);

    int m_fd = -1;
    FrameReader m_reader;
    std::uint32_t m_frameMax = 0;
    std::uint16_t m_heartbeat = 0;
    std::chrono::steady_clock::time_point m_lastSent;
};

} // namespace warren::bench
