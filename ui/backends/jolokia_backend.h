#pragma once

#include "backends/remote_backend.h"

#include <QHash>
#include <QJsonArray>
#include <functional>

// A remote ActiveMQ Classic (5.x) through Jolokia, the JMX-over-HTTP agent its web console and
// Amazon MQ serve at /api/jolokia: each poll is one bulk POST reading the broker, queue, topic
// and connection MBeans; changes run MBean operations (addQueue, purge, sendTextMessage…).
// ActiveMQ has no virtual hosts, exchanges or bindings: the broker's name stands in for the
// virtual host, topics are shown as exchanges of type "topic", and what it lacks is declared
// through supports(). Nothing blocks; failures come back as values and, while the broker cannot
// be reached, as an alert with polling backing off, as ManagementApiBackend does.
class JolokiaBackend final : public RemoteBackend {
    Q_OBJECT
public:
    explicit JolokiaBackend(ConnectionProfile profile, QObject* parent = nullptr);
    ~JolokiaBackend() override;

    bool canPeekMessages() const override { return true; }
    bool supports(Feature feature) const override;
    QString unsupportedReason(Feature feature) const override;
    // Where the requests go: the profile's URL, or its /api/jolokia where it names no path.
    QUrl endpoint() const { return m_endpoint; }

public slots:
    void refresh() override;
    // What ActiveMQ's MBeans offer: queues, topics (as exchanges), sending and closing
    // connections; the rest are refused as any broker refuses them.
    void execute(const warren::Command& command) override;

private:
    using Kind = warren::OperationResult::Kind;
    // One per command this broker can run; execute() refuses the others as any broker does.
    void run(const warren::commands::PeekMessages& c);
    void run(const warren::commands::DeclareQueue& c);
    void run(const warren::commands::DeleteQueue& c);
    void run(const warren::commands::PurgeQueue& c);
    void run(const warren::commands::Publish& c);
    void run(const warren::commands::DeclareExchange& c);
    void run(const warren::commands::DeleteExchange& c);
    void run(const warren::commands::CloseConnection& c);

    struct Answer {
        QString failure;  // why no usable answer came (transport, HTTP, or one request's error)
        QJsonArray items; // one per request, in order
        // The failure, else the first request that failed: for operations, where each must run.
        QString firstError() const;
    };
    // POSTs `requests` in one bulk request.
    void post(const QJsonArray& requests, std::function<void(const Answer&)> done);
    // A change: answered through operationFinished with `count` taken from the answers, then
    // a refresh shows it.
    void change(Kind kind, const QString& vhost, const QString& target, const QJsonArray& requests,
                std::function<quint64(const QJsonArray&)> count = {});
    // The MBean of a queue, topic or connection: as the last refresh found it, else built.
    QString mbeanOf(const QString& key, const QString& fallback) const;
    QString brokerMBean(const QString& vhost) const;
    QString queueMBean(const QString& vhost, const QString& queue) const;
    QString topicMBean(const QString& vhost, const QString& topic) const;

    QUrl m_endpoint;
    bool m_refreshing = false;
    warren::BrokerSnapshot m_last;
    QHash<QString, QString> m_mbeans;
};
