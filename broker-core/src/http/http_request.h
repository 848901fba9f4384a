#pragma once

#include "http/http_request_parser.h"
#include "protocol/endpoints.h"

#include <QByteArray>
#include <QHostAddress>
#include <QUrl>

namespace warren::http {

// The methods the management API knows; anything else is Other (answered 501 by the session).
enum class HttpMethod { Get, Head, Post, Put, Delete, Patch, Options, Other };

HttpMethod methodFromToken(QByteArrayView token);

// Both ends of the TCP connection a request came over.
using HttpEndpoints = protocol::Endpoints;

// One request as a handler sees it: the head, the whole body (read only after the handler
// admitted the head), and who sent it.
class HttpRequest {
public:
    HttpRequest() = default;
    HttpRequest(const HttpRequestHead& head, const HttpEndpoints& endpoints);

    HttpMethod method() const { return m_method; }
    const QByteArray& methodName() const { return m_head.method; }
    const HttpRequestHead& head() const { return m_head; }
    // The request-target as a URL: path and query of the origin form (or of the absolute form,
    // RFC 9112 §3.2.2), percent-encoding kept. Invalid when the target is neither form.
    const QUrl& url() const { return m_url; }
    // The authority the request is for: the absolute form's, else the Host header's; null for
    // an HTTP/1.0 request without a Host.
    const QByteArray& authority() const { return m_authority; }
    // The first value of a header field (name in lower case); null when absent.
    QByteArray header(QByteArrayView lowerName) const { return m_head.field(lowerName); }
    const QByteArray& body() const { return m_body; }
    void appendBody(QByteArrayView bytes) { m_body.append(bytes.data(), bytes.size()); }
    const QHostAddress& peerAddress() const { return m_endpoints.peerAddress; }
    const HttpEndpoints& endpoints() const { return m_endpoints; }

    // Who the handler authenticated when it admitted the head.
    const QByteArray& user() const { return m_user; }
    void setUser(const QByteArray& user) { m_user = user; }

private:
    HttpRequestHead m_head;
    HttpEndpoints m_endpoints;
    HttpMethod m_method = HttpMethod::Other;
    QUrl m_url;
    QByteArray m_authority;
    QByteArray m_body;
    QByteArray m_user;
};

} // namespace warren::http
