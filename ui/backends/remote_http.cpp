#include "backends/remote_http.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <algorithm>

namespace remote_http {

namespace {

// While the broker is unreachable, polls back off up to this.
constexpr int MaxBackoffMs = 60000;

// The translation context of these sentences (lupdate knows Q_DECLARE_TR_FUNCTIONS).
struct RemoteHttp {
    Q_DECLARE_TR_FUNCTIONS(RemoteHttp)
};

} // namespace

QNetworkRequest request(const ConnectionProfile& profile, const QUrl& url) {
    QNetworkRequest request(url);
    request.setRawHeader(
        "Authorization",
        "Basic " + (profile.user + QLatin1Char(':') + profile.password).toUtf8().toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(RequestTimeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!profile.caFile.isEmpty())
            tls.addCaCertificates(profile.caFile);
        if (!profile.clientCertificateFile.isEmpty()) {
            const auto certificates = QSslCertificate::fromPath(profile.clientCertificateFile);
            if (!certificates.isEmpty())
                tls.setLocalCertificate(certificates.front());
            QFile keyFile(profile.clientKeyFile);
            if (keyFile.open(QIODevice::ReadOnly))
                tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        }
        if (profile.skipTlsVerification)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    return request;
}

QString transportFailure(QNetworkReply* reply, int httpStatus) {
    if (httpStatus == 401)
        return RemoteHttp::tr("login refused: wrong user name or password (HTTP 401)");
    if (httpStatus >= 400)
        return {}; // an answer with a body that says why; the caller reads it
    if (httpStatus != 0 && reply->error() == QNetworkReply::NoError)
        return {};
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return RemoteHttp::tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return RemoteHttp::tr("host not found");
    case QNetworkReply::OperationCanceledError: // the transfer timeout cancels it
    case QNetworkReply::TimeoutError:
        return RemoteHttp::tr("no answer within %1 s").arg(RequestTimeoutMs / 1000);
    case QNetworkReply::SslHandshakeFailedError:
        return RemoteHttp::tr("TLS handshake failed: %1").arg(reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return RemoteHttp::tr("the broker closed the connection");
    default:
        return reply->errorString();
    }
}

int pollDelayMs(int baseMs, int failures) {
    if (failures <= 0)
        return baseMs;
    return int(std::min<qint64>(MaxBackoffMs, qint64(baseMs) << std::min(failures - 1, 16)));
}

} // namespace remote_http
