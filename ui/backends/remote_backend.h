#pragma once

#include "backends/broker_backend.h"
#include "backends/connection_profile.h"

#include <QTimer>

class QNetworkAccessManager;

// What every backend that polls a remote broker over HTTP shares: the connection profile, the
// network access, the poll timer that backs off while the broker cannot be reached, the status
// and alert that say so, and the last listeners. Subclasses send the requests and map answers.
class RemoteBackend : public BrokerBackend {
    Q_OBJECT
public:
    explicit RemoteBackend(ConnectionProfile profile, QObject* parent = nullptr);
    ~RemoteBackend() override;

    const ConnectionProfile& profile() const { return m_profile; }
    QString displayName() const override;
    QString status() const override { return m_status; }
    QList<warren::ListenerInfo> listeners() const override { return m_listeners; }
    QString alert() const override { return m_alert; }
    bool canManage() const override { return !m_profile.readOnly; }
    // How long until the next poll (grows while the broker is unreachable).
    int nextPollMs() const { return m_poll.interval(); }

public slots:
    // The console's refresh interval preference: how often to poll while the broker answers.
    void setRefreshInterval(int ms) override;

protected:
    // After a poll: schedules the next one (backing off while unreachable) and updates the
    // status and the alert with `problem`.
    void setReachable(bool reachable, const QString& problem);
    // Announces a fresh snapshot, and its listeners where they changed.
    void publishSnapshot(const warren::BrokerSnapshot& snapshot);
    // Refuses a change on a read-only connection; true when it did.
    bool refuseReadOnly(warren::OperationResult::Kind kind, const QString& vhost,
                        const QString& target);
    // Stops the poll timer while a refresh is under way.
    void stopPolling() { m_poll.stop(); }

    ConnectionProfile m_profile;
    QNetworkAccessManager* m_network;

private:
    QTimer m_poll;
    QString m_status;
    QString m_alert;
    QList<warren::ListenerInfo> m_listeners;
    int m_failures = 0;
};
