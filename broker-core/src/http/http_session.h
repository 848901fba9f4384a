#pragma once

#include "http/allowed_hosts.h"
#include "http/http_request.h"
#include "http/http_request_handler.h"
#include "http/http_request_parser.h"
#include "protocol/protocol_session.h"

#include <QStringList>
#include <memory>
#include <warren/log_record.h>

namespace warren {
struct BrokerConfig;
namespace log {
class Logger;
}
} // namespace warren

namespace warren::http {

// The limits and timeouts of HTTP connections. The timeouts are cowboy's (RabbitMQ's HTTP
// server) defaults: request_timeout and idle_timeout.
struct HttpSessionOptions {
    // Bodies above this are refused with 413 before any of them is read (RabbitMQ's
    // management.http.max_body_size default).
    qint64 maxBodyBytes = 20'000'000;
    // A request's head must have arrived this long after the connection opened or the previous
    // answer went out; an idle keep-alive connection closes after it too.
    qint64 requestTimeoutMs = 5000;
    // While a body is read, the client may pause this long between bytes.
    qint64 idleTimeoutMs = 60000;
    // Host names besides the loopback ones (AllowedHosts).
    QStringList allowedHosts;
    HttpRequestParser::Limits limits;

    static HttpSessionOptions fromConfig(const BrokerConfig& config);
};

// One HTTP/1.1 connection to the management API, over the same socket path as AMQP
// connections (so it gets the writer thread, and later TLS). Requests are read with
// HttpRequestParser; each head is screened before a byte of its body is kept (target, Host,
// the handler's authentication, Content-Type, size), so an unauthenticated client costs a
// head's worth of memory whatever it sends. Requests are answered in order, one at a time:
// while a handler has not answered (a change waiting for its commit), nothing more is read,
// so pipelined requests wait in the kernel, not here. Keep-alive, HEAD, Expect: 100-continue
// and Connection: close are honoured; timeouts come from the engine's tick.
class HttpSession final : public protocol::ProtocolSession {
public:
    HttpSession(protocol::Transport& transport, const HttpEndpoints& endpoints,
                HttpRequestHandler& handler, HttpSessionOptions options, log::Logger* logger);
    ~HttpSession() override;

    void receive(const char* data, qsizetype size) override;
    protocol::OutputBuffer& output() override { return m_out; }
    void transportClosed() override;
    void transportWritable() override;
    void shutdown(const QString& reason) override;
    QString name() const override { return m_name; }
    // An HTTP client is not a broker connection: snapshots (and the console, and
    // /api/connections) list AMQP connections only, as RabbitMQ's do.
    void fillSnapshot(BrokerSnapshot&) const override {}
    void tick(qint64 nowMs) override;
    // The management API publishes through the engine, which applies the alarms itself.
    void setPublishingBlocked(bool, const QString&) override {}

private:
    enum class Phase {
        AwaitingRequest, // no request, or part of a head
        ReadingBody,     // a head was admitted (or answered) and its body is arriving
        Handling,        // the handler has the request and has not answered
        Closed
    };

    bool canProcess() const {
        return (m_phase == Phase::AwaitingRequest || m_phase == Phase::ReadingBody) &&
               !m_outputBlocked;
    }
    // Feeds `input` to the parser until it needs more or must wait; returns what it used.
    qsizetype process(QByteArrayView input);
    // Carries on with what was kept while waiting, then reads from the socket again.
    void resume();
    void onHead();
    std::optional<HttpResponse> screen();
    // Answers `refusal` (a failed login) after its hold, from the tick, then closes.
    void holdRefusal(HttpResponse refusal);
    void onBody(QByteArrayView bytes);
    void onEnd();
    void dispatch();
    void onAnswer(HttpResponse response);
    void writeResponse(const HttpResponse& response, bool close);
    // Answers with an error and closes the connection.
    void failRequest(const HttpResponse& response, const QString& logText);
    void closeConnection();
    void pauseReading();
    void awaitNextRequest();
    bool outputBacklogged() const;
    void log(LogLevel level, const QString& text);

    protocol::Transport& m_transport;
    HttpEndpoints m_endpoints;
    HttpRequestHandler& m_handler;
    HttpSessionOptions m_options;
    AllowedHosts m_allowedHosts;
    log::Logger* m_logger;
    QString m_name;
    protocol::OutputBuffer m_out;
    HttpRequestParser m_parser;

    Phase m_phase = Phase::AwaitingRequest;
    HttpRequest m_request;
    bool m_answeredAtHead = false;             // the current request was refused before its body
    std::optional<HttpResponse> m_heldRefusal; // answered at m_heldUntilMs
    qint64 m_heldUntilMs = 0;
    bool m_closeAfterAnswer = false;
    std::shared_ptr<HttpResponder::Target> m_inFlight;
    bool m_dispatching = false;
    // Bytes read but not yet parsed because a request is being handled or output is
    // backlogged: at most one read's worth, since reading stops at the same time.
    QByteArray m_input;
    bool m_readingPaused = false;
    bool m_outputBlocked = false; // the client does not read its answers: wait for it

    // Timeouts, on the engine's tick clock. 0: starts at the next tick.
    qint64 m_phaseSinceMs = 0;
    qint64 m_lastProgressMs = 0;
    qint64 m_lastBacklog = 0;
    bool m_receivedSinceTick = false;
};

} // namespace warren::http
