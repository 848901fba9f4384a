#pragma once

#include <QString>
#include <memory>
#include <warren/broker_config.h>

struct ssl_ctx_st;
struct ssl_st;

namespace warren::net {

// The OpenSSL server context of the amqps listeners: the broker's certificate and key, and
// how clients' certificates are checked (TlsOptions, RabbitMQ's ssl_options). TLS 1.2 and
// newer only, as RabbitMQ 3.10 offers by default.
class TlsContext {
public:
    // Loads the files; null and one sentence in *error when they do not load
    // or do not match.
    static std::unique_ptr<TlsContext> create(const TlsOptions& options, QString* error);
    ~TlsContext();
    TlsContext(const TlsContext&) = delete;
    TlsContext& operator=(const TlsContext&) = delete;

    // A server-side session for one accepted connection; the caller owns it (SSL_free).
    ssl_st* newSession() const;
    static void freeSession(ssl_st* session); // null is fine

private:
    explicit TlsContext(ssl_ctx_st* context);

    ssl_ctx_st* m_context;
};

} // namespace warren::net
