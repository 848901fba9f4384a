#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>

namespace warren::http {

// Which names a request's Host may carry. A web page can reach a loopback listener through
// DNS rebinding (its own name resolving to 127.0.0.1 after it loaded), and the browser then
// sends the page's name as Host; refusing names the broker does not answer to closes that
// door (the Content-Type rule closes the cross-site form one). Allowed by default: loopback
// names (localhost and *.localhost, which resolvers answer locally, RFC 6761 §6.3), loopback
// addresses, and the address the client connected to (an address cannot be rebound), with any
// port; deployments reached by name list their names in http_allowed_hosts ("*" allows any).
class AllowedHosts {
public:
    enum class Verdict { Allowed, Invalid, Foreign };

    explicit AllowedHosts(const QStringList& configured = {});

    // `authority` is the Host value ("host[:port]"); `local` the address connected to.
    Verdict check(const QByteArray& authority, const QHostAddress& local) const;

private:
    QStringList m_names; // lower case, without a trailing dot
    bool m_any = false;
};

} // namespace warren::http
