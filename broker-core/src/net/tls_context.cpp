#include "net/tls_context.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace warren::net {

namespace {
// OpenSSL's reason for the last failure, for the sentence that says what did not load.
QString lastError() {
    const unsigned long code = ::ERR_get_error();
    ::ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown error");
    char text[256];
    ::ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}
} // namespace

std::unique_ptr<TlsContext> TlsContext::create(const TlsOptions& options, QString* error) {
    if (options.certFile.isEmpty() || options.keyFile.isEmpty()) {
        *error = QStringLiteral("amqps needs ssl_options.certfile and ssl_options.keyfile.");
        return nullptr;
    }
    if (options.verifyPeer && options.caCertFile.isEmpty()) {
        *error = QStringLiteral("ssl_options.verify = verify_peer needs ssl_options.cacertfile.");
        return nullptr;
    }
    SSL_CTX* raw = ::SSL_CTX_new(::TLS_server_method());
    if (!raw) {
        *error = QStringLiteral("Cannot set up TLS: %1.").arg(lastError());
        return nullptr;
    }
    std::unique_ptr<TlsContext> context(new TlsContext(raw));
    ::SSL_CTX_set_min_proto_version(raw, TLS1_2_VERSION);
    // Renegotiation is a way to make a server work hard on demand; RabbitMQ refuses it too.
    ::SSL_CTX_set_options(raw, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    const QByteArray cert = options.certFile.toLocal8Bit();
    const QByteArray key = options.keyFile.toLocal8Bit();
    if (::SSL_CTX_use_certificate_chain_file(raw, cert.constData()) != 1) {
        *error = QStringLiteral("Cannot load the certificate %1: %2.")
                     .arg(options.certFile, lastError());
        return nullptr;
    }
    if (::SSL_CTX_use_PrivateKey_file(raw, key.constData(), SSL_FILETYPE_PEM) != 1 ||
        ::SSL_CTX_check_private_key(raw) != 1) {
        *error = QStringLiteral("Cannot use the private key %1 with %2: %3.")
                     .arg(options.keyFile, options.certFile, lastError());
        return nullptr;
    }
    if (!options.caCertFile.isEmpty()) {
        const QByteArray ca = options.caCertFile.toLocal8Bit();
        if (::SSL_CTX_load_verify_locations(raw, ca.constData(), nullptr) != 1) {
            *error = QStringLiteral("Cannot load the CA certificates %1: %2.")
                         .arg(options.caCertFile, lastError());
            return nullptr;
        }
        // Clients are told which CAs are accepted, so they pick the right certificate.
        if (STACK_OF(X509_NAME)* names = ::SSL_load_client_CA_file(ca.constData()))
            ::SSL_CTX_set_client_CA_list(raw, names);
    }
    int mode = SSL_VERIFY_NONE;
    if (options.verifyPeer)
        mode = SSL_VERIFY_PEER | (options.failIfNoPeerCert ? SSL_VERIFY_FAIL_IF_NO_PEER_CERT : 0);
    ::SSL_CTX_set_verify(raw, mode, nullptr);
    return context;
}

TlsContext::TlsContext(ssl_ctx_st* context)
    : m_context(context) {}

TlsContext::~TlsContext() {
    ::SSL_CTX_free(m_context);
}

ssl_st* TlsContext::newSession() const {
    return ::SSL_new(m_context);
}

void TlsContext::freeSession(ssl_st* session) {
    ::SSL_free(session);
}

} // namespace warren::net
