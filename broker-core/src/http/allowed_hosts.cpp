#include "http/allowed_hosts.h"

#include <QUrl>

namespace warren::http {

namespace {
// "Example.COM." and "example.com" are the same name.
QString normalName(QString name) {
    name = name.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}
} // namespace

AllowedHosts::AllowedHosts(const QStringList& configured) {
    for (const QString& name : configured) {
        if (name.trimmed() == QLatin1String("*"))
            m_any = true;
        else if (!name.trimmed().isEmpty())
            m_names << normalName(name.trimmed());
    }
}

AllowedHosts::Verdict AllowedHosts::check(const QByteArray& authority,
                                          const QHostAddress& local) const {
    // RFC 9110 §7.2: Host = uri-host [ ":" port ]; QUrl parses it as an authority, and no
    // user information may come with it.
    QUrl url;
    url.setAuthority(QString::fromLatin1(authority), QUrl::StrictMode);
    if (authority.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || authority.contains('@'))
        return Verdict::Invalid;
    if (m_any)
        return Verdict::Allowed;
    const QString host = normalName(url.host());
    QHostAddress address;
    if (address.setAddress(host)) {
        if (address.isLoopback() || address.isEqual(local, QHostAddress::TolerantConversion))
            return Verdict::Allowed;
    } else if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))) {
        return Verdict::Allowed;
    }
    return m_names.contains(host) ? Verdict::Allowed : Verdict::Foreign;
}

} // namespace warren::http
