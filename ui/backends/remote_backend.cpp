#include "backends/remote_backend.h"

#include "backends/remote_http.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>

RemoteBackend::RemoteBackend(ConnectionProfile profile, QObject* parent)
    : BrokerBackend(parent)
    , m_profile(std::move(profile))
    , m_network(new QNetworkAccessManager(this))
    , m_status(tr("Connecting…")) {
    m_poll.setSingleShot(true);
    m_poll.setInterval(std::max(500, m_profile.pollIntervalMs));
    connect(&m_poll, &QTimer::timeout, this, [this] { refresh(); });
    if (m_profile.skipTlsVerification)
        connect(m_network, &QNetworkAccessManager::sslErrors, this,
                [](QNetworkReply* reply, const QList<QSslError>&) { reply->ignoreSslErrors(); });
}

RemoteBackend::~RemoteBackend() = default;

QString RemoteBackend::displayName() const {
    return m_profile.name.isEmpty() ? m_profile.url.host() : m_profile.name;
}

void RemoteBackend::setReachable(bool reachable, const QString& problem) {
    m_failures = reachable ? 0 : m_failures + 1;
    const int delay = remote_http::pollDelayMs(std::max(500, m_profile.pollIntervalMs), m_failures);
    m_poll.start(delay);
    const QString status =
        reachable ? tr("Connected")
                  : tr("Unreachable: %1 (retrying in %2 s)").arg(problem).arg(delay / 1000.0);
    if (status != m_status) {
        m_status = status;
        emit statusChanged(m_status);
    }
    const QString alert = reachable ? QString() : tr("%1: %2").arg(displayName(), problem);
    if (alert != m_alert) {
        m_alert = alert;
        emit alertChanged(m_alert);
    }
}

void RemoteBackend::publishSnapshot(const warren::BrokerSnapshot& snapshot) {
    const auto same = [](const warren::ListenerInfo& a, const warren::ListenerInfo& b) {
        return a.scheme == b.scheme && a.host == b.host && a.port == b.port;
    };
    if (!std::equal(snapshot.listeners.cbegin(), snapshot.listeners.cend(), m_listeners.cbegin(),
                    m_listeners.cend(), same)) {
        m_listeners = snapshot.listeners;
        emit listenersChanged(m_listeners);
    }
    emit snapshotUpdated(snapshot);
}

bool RemoteBackend::refuseReadOnly(warren::OperationResult::Kind kind, const QString& vhost,
                                   const QString& target) {
    if (!m_profile.readOnly)
        return false;
    refuse(kind, vhost, target, tr("This connection is read-only."));
    return true;
}

void RemoteBackend::setRefreshInterval(int ms) {
    m_profile.pollIntervalMs = std::max(500, ms);
    if (m_failures == 0 && m_poll.isActive())
        m_poll.start(m_profile.pollIntervalMs);
}
