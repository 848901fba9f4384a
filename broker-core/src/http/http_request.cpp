#include "http/http_request.h"

namespace warren::http {

HttpMethod methodFromToken(QByteArrayView token) {
    // Methods are case-sensitive (RFC 9110 §9.1): "get" is not GET.
    if (token == "GET")
        return HttpMethod::Get;
    if (token == "HEAD")
        return HttpMethod::Head;
    if (token == "POST")
        return HttpMethod::Post;
    if (token == "PUT")
        return HttpMethod::Put;
    if (token == "DELETE")
        return HttpMethod::Delete;
    if (token == "PATCH")
        return HttpMethod::Patch;
    if (token == "OPTIONS")
        return HttpMethod::Options;
    return HttpMethod::Other;
}

HttpRequest::HttpRequest(const HttpRequestHead& head, const HttpEndpoints& endpoints)
    : m_head(head)
    , m_endpoints(endpoints)
    , m_method(methodFromToken(head.method))
    , m_authority(head.field("host")) {
    const QByteArray& target = head.target;
    if (target.startsWith('/')) {
        // The origin form: an absolute path and a query. Set as parts, so that a path starting
        // with "//" is a path and never an authority.
        const qsizetype question = target.indexOf('?');
        m_url.setPath(QString::fromLatin1(target.left(question < 0 ? target.size() : question)),
                      QUrl::StrictMode);
        if (question >= 0)
            m_url.setQuery(QString::fromLatin1(target.mid(question + 1)), QUrl::StrictMode);
        return;
    }
    // The absolute form, which a server must accept; its authority replaces Host.
    const QUrl absolute = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (absolute.isValid() && !absolute.host().isEmpty() &&
        (absolute.scheme() == QLatin1String("http") ||
         absolute.scheme() == QLatin1String("https"))) {
        m_authority = absolute.authority(QUrl::FullyEncoded).toLatin1();
        m_url.setPath(absolute.path(QUrl::FullyEncoded), QUrl::StrictMode);
        if (absolute.hasQuery())
            m_url.setQuery(absolute.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return;
    }
    // Neither form ("*", an authority form): m_url stays empty, which is not valid.
}

} // namespace warren::http
