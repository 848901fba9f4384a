#pragma once

#include "backends/management_json.h"
#include "backends/remote_backend.h"

#include <QJsonDocument>
#include <functional>

class QNetworkReply;
class RemoteTaps;

// A remote RabbitMQ (or Warren) through its management HTTP API: snapshots are polled from
// the GET endpoints, changes go to the PUT/POST/DELETE ones, and messages are peeked through
// /get with requeueing. Nothing blocks: every call is an asynchronous QNetworkReply. When the
// broker cannot be reached (refused, timed out, TLS, 401/403) the reason is raised as an
// alert and polling retries with a growing delay until it answers again.
class ManagementApiBackend final : public RemoteBackend {
    Q_OBJECT
public:
    explicit ManagementApiBackend(ConnectionProfile profile, QObject* parent = nullptr);
    ~ManagementApiBackend() override;

    bool canPeekMessages() const override { return true; }
    // The API has no log stream and no "where would this go?"; the live tap only on a Warren
    // (its /api/warren/taps), quorum queues and streams only where the broker is RabbitMQ, not
    // a Warren answering the same API (known from /api/overview; featuresChanged once it is).
    bool supports(Feature feature) const override;
    QString unsupportedReason(Feature feature) const override;
    bool canTap() const override { return isWarren(); }

public slots:
    void refresh() override;
    // The changes the management API has a resource for; the rest are refused as any broker
    // refuses them.
    void execute(const warren::Command& command) override;

private:
    using Kind = warren::OperationResult::Kind;
    // One per command this broker can run; execute() refuses the others as any broker does.
    // RabbitMQ cannot look without taking: /get takes the messages and requeues them.
    void run(const warren::commands::PeekMessages& c);
    void run(const warren::commands::ExportDefinitions& c);
    // A remote Warren's taps, polled at the refresh interval (RemoteTaps).
    void run(const warren::commands::StartTap& c);
    void run(const warren::commands::StopTap& c);
    void run(const warren::commands::DeclareQueue& c);
    void run(const warren::commands::DeleteQueue& c);
    void run(const warren::commands::PurgeQueue& c);
    void run(const warren::commands::Publish& c);
    void run(const warren::commands::PublishMany& c);
    void run(const warren::commands::DeclareExchange& c);
    void run(const warren::commands::DeleteExchange& c);
    void run(const warren::commands::AddBinding& c);
    void run(const warren::commands::RemoveBinding& c);
    void run(const warren::commands::PutUser& c);
    void run(const warren::commands::DeleteUser& c);
    void run(const warren::commands::SetPermission& c);
    void run(const warren::commands::ClearPermission& c);
    void run(const warren::commands::SetTopicPermission& c);
    void run(const warren::commands::ClearTopicPermission& c);
    void run(const warren::commands::AddVhost& c);
    void run(const warren::commands::DeleteVhost& c);
    void run(const warren::commands::PutPolicy& c);
    void run(const warren::commands::DeletePolicy& c);
    void run(const warren::commands::ImportDefinitions& c);
    void run(const warren::commands::CloseConnection& c);

    struct Answer {
        int status = 0;  // HTTP status; 0 when no answer came
        QString failure; // why no usable answer came; empty: it did
        QJsonDocument json;
    };
    // Sends `verb` to api/<segments…> (each percent-encoded, so "/" as a vhost is %2F).
    void call(const QByteArray& verb, const QStringList& segments, const QJsonObject* body,
              std::function<void(const Answer&)> done, const QByteArray& reason = {});
    // A change: answered through operationFinished, then the next snapshot shows it.
    void change(Kind kind, const QString& vhost, const QString& target, const QByteArray& verb,
                const QStringList& segments, const QJsonObject* body = nullptr,
                const QByteArray& reason = {});
    void finishRefresh();
    void publishNext(QList<warren::OutgoingMessage> rest, warren::OperationResult result);
    QUrl apiUrl(const QStringList& segments) const;
    // Whether the broker is a Warren (which answers the same API) rather than RabbitMQ.
    bool isWarren() const;

    // The refresh in flight: answers gathered so far and how many are still out.
    management_json::Answers m_answers;
    int m_outstanding = 0;
    QString m_refreshFailure;
    warren::BrokerSnapshot m_last;
    // The overview had a warren_version (the profile's kind may say so sooner).
    bool m_isWarren = false;
    RemoteTaps* m_taps;
};
