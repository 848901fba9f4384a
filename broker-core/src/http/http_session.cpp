#include "http/http_session.h"

#include "log/logger.h"

#include <QDateTime>
#include <warren/broker_config.h>

namespace warren::http {

namespace {

// Above this much output waiting for a client that does not read, its next request waits:
// a pipelining client cannot make the broker hold its answers without bound.
constexpr qint64 OutputHighWater = 1024 * 1024;

QByteArrayView trimmed(QByteArrayView text) {
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Whether the connection stays open after this request (RFC 9112 §9.3): HTTP/1.1 unless the
// client says close, HTTP/1.0 only when it asks for keep-alive.
bool keepAlive(const HttpRequestHead& head) {
    bool close = false;
    bool keep = false;
    for (const HttpField& f : head.fields) {
        if (f.name != "connection")
            continue;
        for (const QByteArray& option : f.value.split(',')) {
            const QByteArrayView token = trimmed(option);
            close = close || token.compare("close", Qt::CaseInsensitive) == 0;
            keep = keep || token.compare("keep-alive", Qt::CaseInsensitive) == 0;
        }
    }
    return !close && (head.minorVersion >= 1 || keep);
}

// application/json, with parameters named charset only (RFC 9110 §8.3.1: media-type =
// type "/" subtype *( OWS ";" OWS parameter ), all case-insensitive). What a browser may send
// across sites without asking first is text/plain, a form or multipart (the Fetch standard's
// CORS-safelisted types), so insisting on JSON keeps web pages from changing the broker.
bool isJson(const QByteArray& contentType) {
    const QList<QByteArray> parts = contentType.split(';');
    if (trimmed(parts.front()).compare("application/json", Qt::CaseInsensitive) != 0)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArrayView parameter = trimmed(parts[i]);
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 ||
            trimmed(parameter.first(equals)).compare("charset", Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool carriesBody(HttpMethod method) {
    return method == HttpMethod::Put || method == HttpMethod::Post || method == HttpMethod::Patch;
}

} // namespace

HttpSessionOptions HttpSessionOptions::fromConfig(const BrokerConfig& config) {
    HttpSessionOptions options;
    options.maxBodyBytes = qint64(config.httpMaxBodyBytes);
    options.requestTimeoutMs = config.httpRequestTimeoutMs;
    options.idleTimeoutMs = config.httpIdleTimeoutMs;
    options.allowedHosts = config.httpAllowedHosts;
    return options;
}

HttpSession::HttpSession(protocol::Transport& transport, const HttpEndpoints& endpoints,
                         HttpRequestHandler& handler, HttpSessionOptions options,
                         log::Logger* logger)
    : m_transport(transport)
    , m_endpoints(endpoints)
    , m_handler(handler)
    , m_options(std::move(options))
    , m_allowedHosts(m_options.allowedHosts)
    , m_logger(logger)
    , m_name(QStringLiteral("%1:%2 -> %3:%4")
                 .arg(endpoints.peerAddress.toString())
                 .arg(endpoints.peerPort)
                 .arg(endpoints.localAddress.toString())
                 .arg(endpoints.localPort))
    , m_parser(m_options.limits) {}

HttpSession::~HttpSession() = default;

void HttpSession::log(LogLevel level, const QString& text) {
    if (m_logger)
        m_logger->log(level, QStringLiteral("http"), m_name, text);
}

void HttpSession::receive(const char* data, qsizetype size) {
    if (m_phase == Phase::Closed)
        return; // a refused body: dropped, never kept
    m_receivedSinceTick = true;
    if (!m_input.isEmpty() || !canProcess()) {
        m_input.append(data, size);
        resume();
        return;
    }
    const qsizetype used = process(QByteArrayView(data, size));
    if (used < size && m_phase != Phase::Closed)
        m_input.append(data + used, size - used);
}

qsizetype HttpSession::process(QByteArrayView input) {
    qsizetype used = 0;
    while (canProcess()) {
        if (m_phase == Phase::AwaitingRequest && !m_parser.midHead() && outputBacklogged()) {
            m_outputBlocked = true;
            m_phaseSinceMs = 0;
            pauseReading();
            break;
        }
        const HttpRequestParser::Step step = m_parser.next(input.sliced(used));
        used += step.consumed;
        switch (step.kind) {
        case HttpRequestParser::Step::Kind::NeedMore:
            return used;
        case HttpRequestParser::Step::Kind::Error:
            failRequest(HttpResponse::jsonError(statusFor(step.error),
                                                QStringLiteral("bad_request"),
                                                QString::fromLatin1(describe(step.error))),
                        QStringLiteral("malformed request: %1")
                            .arg(QString::fromLatin1(describe(step.error))));
            return used;
        case HttpRequestParser::Step::Kind::Head:
            onHead();
            break;
        case HttpRequestParser::Step::Kind::Body:
            onBody(step.body);
            break;
        case HttpRequestParser::Step::Kind::End:
            onEnd();
            break;
        }
    }
    return used;
}

void HttpSession::resume() {
    if (!canProcess())
        return;
    if (!m_input.isEmpty()) {
        const QByteArray pending = std::exchange(m_input, QByteArray());
        const qsizetype used = process(pending);
        if (m_phase != Phase::Closed)
            m_input = pending.mid(used);
    }
    if (canProcess() && m_readingPaused) {
        m_readingPaused = false;
        m_transport.resumeReading();
    }
}

void HttpSession::onHead() {
    const HttpRequestHead& head = m_parser.head();
    m_phase = Phase::ReadingBody;
    m_lastProgressMs = 0;
    m_request = HttpRequest(head, m_endpoints);
    m_closeAfterAnswer = !keepAlive(head);
    m_answeredAtHead = false;
    if (std::optional<HttpResponse> refusal = screen()) {
        if (refusal->holdMs > 0) {
            holdRefusal(std::move(*refusal));
            return;
        }
        m_answeredAtHead = true;
        // A body that was announced is never read: the connection closes after the answer,
        // so where the next request would have started does not matter.
        const bool close = m_closeAfterAnswer || head.hasBody();
        writeResponse(*refusal, close);
        if (close)
            closeConnection();
        return;
    }
    // RFC 9110 §10.1.1: the client waits for this before it sends the body.
    if (head.hasBody() && head.minorVersion >= 1 && !head.field("expect").isNull()) {
        m_out.tail().append("HTTP/1.1 100 Continue\r\n\r\n");
        m_transport.flushSoon();
    }
}

std::optional<HttpResponse> HttpSession::screen() {
    const HttpRequestHead& head = m_parser.head();
    const QString method = QString::fromLatin1(head.method);
    if (m_request.method() == HttpMethod::Other) {
        log(LogLevel::Warning, QStringLiteral("refused: method %1").arg(method));
        return HttpResponse::jsonError(HttpStatus::NotImplemented,
                                       QStringLiteral("not_implemented"),
                                       QStringLiteral("%1 is not supported").arg(method));
    }
    if (!m_request.url().isValid()) {
        log(LogLevel::Warning, QStringLiteral("refused: malformed request target"));
        return HttpResponse::jsonError(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                                       QStringLiteral("malformed request target"));
    }
    // An HTTP/1.0 request may lack Host; browsers always send one, so it cannot be rebinding.
    if (!m_request.authority().isNull()) {
        switch (m_allowedHosts.check(m_request.authority(), m_endpoints.localAddress)) {
        case AllowedHosts::Verdict::Allowed:
            break;
        case AllowedHosts::Verdict::Invalid:
            log(LogLevel::Warning, QStringLiteral("refused: invalid Host header"));
            return HttpResponse::jsonError(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                                           QStringLiteral("invalid Host header"));
        case AllowedHosts::Verdict::Foreign: {
            // 403, not 400: the request is well-formed, and refused by policy. The host is
            // not echoed back: it is whatever a web page chose.
            const QString host = QString::fromLatin1(m_request.authority()).left(256);
            log(LogLevel::Warning,
                QStringLiteral("refused: Host '%1' is not a name of this broker (add it to "
                               "http_allowed_hosts if clients reach the broker by it)")
                    .arg(host));
            return HttpResponse::jsonError(
                HttpStatus::Forbidden, QStringLiteral("forbidden"),
                QStringLiteral("the Host header does not name this broker; names other than "
                               "loopback ones must be listed in http_allowed_hosts"));
        }
        }
    }
    const QByteArray expect = head.field("expect");
    if (!expect.isNull() && expect.compare("100-continue", Qt::CaseInsensitive) != 0)
        return HttpResponse::jsonError(HttpStatus::ExpectationFailed,
                                       QStringLiteral("expectation_failed"),
                                       QStringLiteral("only Expect: 100-continue is supported"));
    if (std::optional<HttpResponse> refusal = m_handler.admit(m_request))
        return refusal;
    if ((head.hasBody() || carriesBody(m_request.method())) &&
        !isJson(head.field("content-type"))) {
        log(LogLevel::Warning,
            QStringLiteral("refused: %1 with Content-Type '%2'")
                .arg(method, QString::fromLatin1(head.field("content-type").left(100))));
        return HttpResponse::jsonError(HttpStatus::UnsupportedMediaType,
                                       QStringLiteral("unsupported_media_type"),
                                       QStringLiteral("request bodies must be application/json"));
    }
    if (head.framing == HttpRequestHead::Framing::ContentLength &&
        head.contentLength > m_options.maxBodyBytes) {
        log(LogLevel::Warning, QStringLiteral("refused: a body of %1 bytes, above the limit of %2")
                                   .arg(head.contentLength)
                                   .arg(m_options.maxBodyBytes));
        return HttpResponse::jsonError(
            HttpStatus::PayloadTooLarge, QStringLiteral("payload_too_large"),
            QStringLiteral("request body larger than %1 bytes (http_max_body_size)")
                .arg(m_options.maxBodyBytes));
    }
    return std::nullopt;
}

void HttpSession::holdRefusal(HttpResponse refusal) {
    // Handled, as far as reading goes: nothing more is read until the tick answers.
    m_phase = Phase::Handling;
    pauseReading();
    m_heldUntilMs = QDateTime::currentMSecsSinceEpoch() + refusal.holdMs;
    m_heldRefusal = std::move(refusal);
}

void HttpSession::onBody(QByteArrayView bytes) {
    // Only a chunked body can outgrow the limit here; a declared length was checked at the
    // head.
    if (m_request.body().size() + bytes.size() > m_options.maxBodyBytes) {
        failRequest(HttpResponse::jsonError(
                        HttpStatus::PayloadTooLarge, QStringLiteral("payload_too_large"),
                        QStringLiteral("request body larger than %1 bytes (http_max_body_size)")
                            .arg(m_options.maxBodyBytes)),
                    QStringLiteral("refused: a chunked body above the limit of %1 bytes")
                        .arg(m_options.maxBodyBytes));
        return;
    }
    m_request.appendBody(bytes);
}

void HttpSession::onEnd() {
    if (m_answeredAtHead) {
        m_request = HttpRequest();
        awaitNextRequest();
        return;
    }
    dispatch();
}

void HttpSession::dispatch() {
    m_phase = Phase::Handling;
    auto target = std::make_shared<HttpResponder::Target>();
    target->deliver = [this](HttpResponse response) { onAnswer(std::move(response)); };
    m_inFlight = target;
    m_dispatching = true;
    m_handler.handle(m_request, HttpResponder(target));
    m_dispatching = false;
    if (m_phase == Phase::Handling)
        pauseReading(); // answered later: nothing more is read meanwhile, so answers keep order
}

void HttpSession::onAnswer(HttpResponse response) {
    if (m_phase != Phase::Handling)
        return;
    m_inFlight.reset();
    writeResponse(response, m_closeAfterAnswer);
    if (m_closeAfterAnswer) {
        closeConnection();
        return;
    }
    m_request = HttpRequest();
    awaitNextRequest();
    if (!m_dispatching)
        resume();
}

void HttpSession::awaitNextRequest() {
    m_phase = Phase::AwaitingRequest;
    m_phaseSinceMs = 0;
}

void HttpSession::writeResponse(const HttpResponse& response, bool close) {
    const bool head = m_request.method() == HttpMethod::Head;
    // RFC 9110 §8.6: no Content-Length in a 204; HEAD gets the length a GET's body would have.
    const bool noContent = response.status == HttpStatus::NoContent;
    QByteArray& out = m_out.tail();
    out.append("HTTP/1.1 ")
        .append(QByteArray::number(int(response.status)))
        .append(' ')
        .append(reasonPhrase(response.status))
        .append("\r\n");
    if (!response.contentType.isEmpty())
        out.append("content-type: ").append(response.contentType).append("\r\n");
    for (const auto& [name, value] : response.headers)
        out.append(name).append(": ").append(value).append("\r\n");
    if (!noContent)
        out.append("content-length: ")
            .append(QByteArray::number(response.body.size()))
            .append("\r\n");
    // As RabbitMQ's API: answers describe the broker now, never a cached past.
    out.append("cache-control: no-cache\r\n");
    if (close)
        out.append("connection: close\r\n");
    else if (m_request.head().minorVersion == 0)
        out.append("connection: keep-alive\r\n");
    out.append("\r\n");
    if (!head && !noContent && !response.body.isEmpty()) {
        if (response.body.size() >= protocol::OutputBuffer::ShareThreshold)
            m_out.appendShared(response.body);
        else
            out.append(response.body);
    }
    m_transport.flushSoon();
}

void HttpSession::failRequest(const HttpResponse& response, const QString& logText) {
    log(LogLevel::Warning, logText);
    writeResponse(response, true);
    closeConnection();
}

void HttpSession::closeConnection() {
    m_phase = Phase::Closed;
    m_inFlight.reset();
    m_input.clear();
    m_request = HttpRequest();
    // Stop reading first: what the client still sends stays in the kernel (TCP pushes back
    // on it) until the socket closes.
    pauseReading();
    m_transport.closeAfterFlush();
}

void HttpSession::pauseReading() {
    if (m_readingPaused)
        return;
    m_readingPaused = true;
    m_transport.pauseReading();
}

bool HttpSession::outputBacklogged() const {
    return m_out.size() + m_transport.pendingWriteBytes() > OutputHighWater;
}

void HttpSession::transportClosed() {
    m_phase = Phase::Closed;
    m_inFlight.reset(); // a late answer finds no one to give it to
    m_input.clear();
    m_request = HttpRequest();
}

void HttpSession::transportWritable() {
    if (!m_outputBlocked || outputBacklogged())
        return;
    m_outputBlocked = false;
    m_phaseSinceMs = 0;
    resume();
}

void HttpSession::shutdown(const QString&) {
    if (m_phase != Phase::Closed)
        closeConnection();
}

void HttpSession::tick(qint64 nowMs) {
    const bool received = std::exchange(m_receivedSinceTick, false);
    switch (m_phase) {
    case Phase::AwaitingRequest: {
        if (m_outputBlocked) {
            // The client does not read its answers: give it the idle timeout to make progress.
            const qint64 backlog = m_out.size() + m_transport.pendingWriteBytes();
            if (m_phaseSinceMs == 0 || backlog < m_lastBacklog) {
                m_phaseSinceMs = nowMs;
                m_lastBacklog = backlog;
            } else if (nowMs - m_phaseSinceMs >= m_options.idleTimeoutMs) {
                log(LogLevel::Warning,
                    QStringLiteral("closing: the client has not read its answers for %1 ms")
                        .arg(m_options.idleTimeoutMs));
                closeConnection();
            }
            return;
        }
        if (m_phaseSinceMs == 0) {
            m_phaseSinceMs = nowMs;
            return;
        }
        if (nowMs - m_phaseSinceMs < m_options.requestTimeoutMs)
            return;
        // cowboy's request_timeout: part of a head is answered 408, an idle keep-alive
        // connection just closes. Bytes arriving do not extend it (slowloris).
        if (m_parser.midHead())
            failRequest(HttpResponse::jsonError(HttpStatus::RequestTimeout,
                                                QStringLiteral("request_timeout"),
                                                QStringLiteral("request head not received in "
                                                               "time")),
                        QStringLiteral("closing: request head not received within %1 ms")
                            .arg(m_options.requestTimeoutMs));
        else
            closeConnection();
        return;
    }
    case Phase::ReadingBody:
        // cowboy's idle_timeout: the body must keep moving.
        if (received || m_lastProgressMs == 0) {
            m_lastProgressMs = nowMs;
            return;
        }
        if (nowMs - m_lastProgressMs >= m_options.idleTimeoutMs)
            failRequest(HttpResponse::jsonError(HttpStatus::RequestTimeout,
                                                QStringLiteral("request_timeout"),
                                                QStringLiteral("request body stalled")),
                        QStringLiteral("closing: request body stalled for %1 ms")
                            .arg(m_options.idleTimeoutMs));
        return;
    case Phase::Handling:
        if (m_heldRefusal && nowMs >= m_heldUntilMs) {
            writeResponse(*std::exchange(m_heldRefusal, std::nullopt), true);
            closeConnection();
        }
        return;
    case Phase::Closed:
        return;
    }
}

} // namespace warren::http
