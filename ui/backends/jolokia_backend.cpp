#include "backends/jolokia_backend.h"

#include "backends/command_result.h"
#include "backends/jolokia_json.h"
#include "backends/remote_http.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

using jolokia_json::Destination;

// The queue's size read just before an operation, which bulk requests run in order: what a
// purge or a delete took with it.
quint64 sizeBefore(const QJsonArray& items) {
    const QJsonObject read = items.first().toObject().value(QLatin1String("value")).toObject();
    return quint64(std::max<qint64>(0, read.value(QLatin1String("QueueSize")).toInteger()));
}

} // namespace

JolokiaBackend::JolokiaBackend(ConnectionProfile profile, QObject* parent)
    : RemoteBackend(std::move(profile), parent) {
    m_endpoint = m_profile.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    // ActiveMQ's web console and Amazon MQ serve Jolokia at /api/jolokia; a URL naming
    // another path is taken as where this one is.
    if (m_endpoint.path().isEmpty() || m_endpoint.path() == QLatin1String("/"))
        m_endpoint.setPath(QStringLiteral("/api/jolokia"));
}

JolokiaBackend::~JolokiaBackend() = default;

bool JolokiaBackend::supports(Feature feature) const {
    switch (feature) {
    case Feature::Exchanges: // its topics
    case Feature::Connections:
    case Feature::Queues:
    case Feature::ExchangePublishing:
        return true;
    case Feature::Bindings:
    case Feature::Channels:
    case Feature::Consumers:
    case Feature::Users:
    case Feature::RouteTesting:
    case Feature::Tap:
    case Feature::Logs:
    case Feature::Definitions:
    case Feature::QueueTypes:
    case Feature::Policies:
    case Feature::Retained:
    case Feature::TopicPublishing:
        return false;
    }
    return false;
}

QString JolokiaBackend::unsupportedReason(Feature feature) const {
    switch (feature) {
    case Feature::Bindings:
        return tr("ActiveMQ has no exchanges or bindings: producers send to queues and topics "
                  "directly.");
    case Feature::Channels:
        return tr("ActiveMQ has no channels: JMS sessions are not visible through Jolokia.");
    case Feature::Consumers:
        return tr("ActiveMQ's consumers are not listed here; each queue shows how many it has.");
    case Feature::Users:
        return tr("ActiveMQ's users and permissions live in its configuration files.");
    case Feature::RouteTesting:
        return tr("ActiveMQ does not route: a message goes to the queue or topic it names.");
    case Feature::Tap:
        return tr("ActiveMQ cannot be tapped from here.");
    case Feature::Logs:
        return tr("ActiveMQ sends no log stream through Jolokia.");
    case Feature::Definitions:
        return tr("ActiveMQ keeps its destinations and users in its configuration files, not in "
                  "definitions that can be copied.");
    case Feature::QueueTypes:
        return tr("ActiveMQ has no quorum queues or streams.");
    case Feature::Policies:
        return tr("ActiveMQ has no policies: its destination policies live in activemq.xml.");
    case Feature::Exchanges:
    case Feature::Connections:
    case Feature::Queues:
    case Feature::ExchangePublishing:
    case Feature::Retained: // MQTT's, as the default says
    case Feature::TopicPublishing:
        break;
    }
    return BrokerBackend::unsupportedReason(feature);
}

QString JolokiaBackend::Answer::firstError() const {
    if (!failure.isEmpty())
        return failure;
    for (const QJsonValue& item : items)
        if (const QString error = jolokia_json::itemError(item); !error.isEmpty())
            return error;
    return {};
}

void JolokiaBackend::post(const QJsonArray& requests, std::function<void(const Answer&)> done) {
    QNetworkReply* reply = m_network->post(remote_http::request(m_profile, m_endpoint),
                                           QJsonDocument(requests).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Answer answer;
        answer.failure = remote_http::transportFailure(reply, status);
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        if (answer.failure.isEmpty() && status >= 400)
            answer.failure =
                tr("the server answered HTTP %1 (is Jolokia at this URL?)").arg(status);
        if (answer.failure.isEmpty() && !json.isArray())
            // Jolokia answers a request it cannot parse with one error object, not a list.
            answer.failure = json.isObject() ? jolokia_json::itemError(json.object())
                                             : tr("the answer is not Jolokia's JSON");
        answer.items = json.array();
        done(answer);
    });
}

void JolokiaBackend::refresh() {
    if (m_refreshing)
        return; // one refresh at a time; a slow broker must not be buried in requests
    m_refreshing = true;
    stopPolling();
    post(jolokia_json::refreshRequests(), [this](const Answer& answer) {
        m_refreshing = false;
        if (!answer.failure.isEmpty()) {
            setReachable(false, answer.failure);
            return;
        }
        jolokia_json::Refresh refresh =
            jolokia_json::snapshotFrom(answer.items, m_last, QDateTime::currentDateTimeUtc());
        if (!refresh.error.isEmpty()) {
            setReachable(false, refresh.error);
            return;
        }
        m_last = std::move(refresh.snapshot);
        m_mbeans = std::move(refresh.mbeans);
        setReachable(true, {});
        publishSnapshot(m_last);
    });
}

QString JolokiaBackend::mbeanOf(const QString& key, const QString& fallback) const {
    return m_mbeans.value(key, fallback);
}

QString JolokiaBackend::brokerMBean(const QString& vhost) const {
    // The console names ActiveMQ's broker as the virtual host; before the first snapshot (or
    // from a caller that knows no better) it is whatever broker the last refresh found.
    const QString broker = vhost.isEmpty() || vhost == QLatin1String("/") ? m_last.node : vhost;
    return jolokia_json::brokerMBean(broker);
}

QString JolokiaBackend::queueMBean(const QString& vhost, const QString& queue) const {
    const QString broker = vhost.isEmpty() || vhost == QLatin1String("/") ? m_last.node : vhost;
    return mbeanOf(QStringLiteral("Queue/") + queue,
                   jolokia_json::destinationMBean(broker, Destination::Queue, queue));
}

QString JolokiaBackend::topicMBean(const QString& vhost, const QString& topic) const {
    const QString broker = vhost.isEmpty() || vhost == QLatin1String("/") ? m_last.node : vhost;
    return mbeanOf(QStringLiteral("Topic/") + topic,
                   jolokia_json::destinationMBean(broker, Destination::Topic, topic));
}

void JolokiaBackend::run(const warren::commands::PeekMessages& c) {
    const QString mbean = queueMBean(c.vhost, c.queue);
    // browse() copies what waits in the queue without consuming it or marking it redelivered.
    const QJsonArray requests{jolokia_json::read(mbean, {QStringLiteral("QueueSize")}),
                              jolokia_json::exec(mbean, QStringLiteral("browse()"))};
    post(requests, [this, count = c.count, result = resultFor(c)](const Answer& answer) mutable {
        result.error = answer.firstError();
        if (result.error.isEmpty()) {
            result.count = sizeBefore(answer.items);
            result.messages = jolokia_json::peekedFrom(
                answer.items.at(1).toObject().value(QLatin1String("value")).toArray(), count);
        }
        emit operationFinished(result);
    });
}

void JolokiaBackend::execute(const warren::Command& command) {
    runOrRefuse(command, [this](const auto& c) -> decltype(run(c)) { run(c); });
}

void JolokiaBackend::change(Kind kind, const QString& vhost, const QString& target,
                            const QJsonArray& requests,
                            std::function<quint64(const QJsonArray&)> count) {
    if (refuseReadOnly(kind, vhost, target))
        return;
    post(requests, [this, kind, vhost, target, count = std::move(count)](const Answer& answer) {
        warren::OperationResult result;
        result.kind = kind;
        result.vhost = vhost;
        result.target = target;
        result.error = answer.firstError();
        if (result.error.isEmpty() && count)
            result.count = count(answer.items);
        emit operationFinished(result);
        refresh(); // show the change without waiting out the poll interval
    });
}

void JolokiaBackend::run(const warren::commands::DeclareQueue& c) {
    const warren::QueueDefinition& d = c.definition;
    change(Kind::DeclareQueue, d.vhost, d.name,
           {jolokia_json::exec(brokerMBean(d.vhost), QStringLiteral("addQueue(java.lang.String)"),
                               {d.name})});
}

void JolokiaBackend::run(const warren::commands::DeleteQueue& c) {
    const QString& vhost = c.vhost;
    const QString& queue = c.queue;
    change(Kind::DeleteQueue, vhost, queue,
           {jolokia_json::read(queueMBean(vhost, queue), {QStringLiteral("QueueSize")}),
            jolokia_json::exec(brokerMBean(vhost), QStringLiteral("removeQueue(java.lang.String)"),
                               {queue})},
           sizeBefore);
}

void JolokiaBackend::run(const warren::commands::PurgeQueue& c) {
    const QString& vhost = c.vhost;
    const QString& queue = c.queue;
    const QString mbean = queueMBean(vhost, queue);
    change(Kind::PurgeQueue, vhost, queue,
           {jolokia_json::read(mbean, {QStringLiteral("QueueSize")}),
            jolokia_json::exec(mbean, QStringLiteral("purge()"))},
           sizeBefore);
}

void JolokiaBackend::run(const warren::commands::Publish& c) {
    const warren::OutgoingMessage& m = c.message;
    // No exchange: to the queue the routing key names, as AMQP's default exchange does; an
    // exchange: to the topic of that name. Either is created first (a no-op when it exists),
    // since only an existing destination has an MBean to send through.
    const bool toTopic = !m.exchange.isEmpty();
    const QString name = toTopic ? m.exchange : m.routingKey;
    const QString add = toTopic ? QStringLiteral("addTopic(java.lang.String)")
                                : QStringLiteral("addQueue(java.lang.String)");
    const QString mbean = toTopic ? topicMBean(m.vhost, name) : queueMBean(m.vhost, name);
    if (name.isEmpty()) {
        refuse(
            Kind::Publish, m.vhost, m.exchange,
            tr("ActiveMQ needs a queue (the routing key) or a topic (the exchange) to send to."));
        return;
    }
    change(Kind::Publish, m.vhost, m.exchange,
           {jolokia_json::exec(brokerMBean(m.vhost), add, {name}),
            jolokia_json::exec(mbean,
                               QStringLiteral("sendTextMessage(java.util.Map,java.lang.String)"),
                               {jolokia_json::sendHeaders(m), QString::fromUtf8(m.body)})},
           [](const QJsonArray&) { return quint64(1); });
}

void JolokiaBackend::run(const warren::commands::CloseConnection& c) {
    const QString& name = c.name;
    // ActiveMQ's stop() takes no reason.
    const QString mbean = m_mbeans.value(QStringLiteral("Connection/") + name);
    if (mbean.isEmpty()) {
        refuse(Kind::CloseConnection, {}, name, tr("no such connection"));
        return;
    }
    change(Kind::CloseConnection, {}, name, {jolokia_json::exec(mbean, QStringLiteral("stop()"))});
}

void JolokiaBackend::run(const warren::commands::DeclareExchange& c) {
    const warren::ExchangeDefinition& d = c.definition;
    if (d.type != QLatin1String("topic")) {
        refuse(Kind::DeclareExchange, d.vhost, d.name,
               tr("ActiveMQ has only topics: declare an exchange of type topic."));
        return;
    }
    change(Kind::DeclareExchange, d.vhost, d.name,
           {jolokia_json::exec(brokerMBean(d.vhost), QStringLiteral("addTopic(java.lang.String)"),
                               {d.name})});
}

void JolokiaBackend::run(const warren::commands::DeleteExchange& c) {
    change(Kind::DeleteExchange, c.vhost, c.exchange,
           {jolokia_json::exec(brokerMBean(c.vhost),
                               QStringLiteral("removeTopic(java.lang.String)"), {c.exchange})});
}
