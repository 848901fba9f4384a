#include "mqtt/console_topics.h"

#include "core/vhost.h"
#include "mqtt/mqtt_server.h"
#include "mqtt/publish_route.h"
#include "mqtt/topic_mapping.h"
#include "ops/operation_errors.h"
#include "services/broker_context.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace warren::mqtt {

namespace {

// The console's words, translated under the context the operations' are.
QString consoleText(const char* text) {
    return QCoreApplication::translate("warren::BrokerEngine", text);
}

OperationResult resultOf(const QString& vhost, const QString& topic) {
    OperationResult result;
    result.vhost = vhost;
    result.target = topic;
    return result;
}

} // namespace

QList<RetainedMessage> ConsoleTopics::retained(const QString& vhost) const {
    QList<RetainedMessage> messages;
    // Those past their expiry interval are no longer delivered, so not listed either.
    for (const auto& entry :
         m_server.retained().all(vhost.toUtf8(), QDateTime::currentMSecsSinceEpoch())) {
        RetainedMessage message;
        message.topic = QString::fromUtf8(entry.publish.topic);
        message.payloadSize = entry.publish.payload.size();
        message.payload = entry.publish.payload.left(RetainedMessage::MaxPayloadBytes);
        message.qos = entry.publish.qos;
        message.storedAt = QDateTime::fromMSecsSinceEpoch(entry.storedAtMs);
        message.contentType = QString::fromUtf8(entry.publish.properties.contentType.value_or(""));
        messages.append(std::move(message));
    }
    std::sort(messages.begin(), messages.end(),
              [](const RetainedMessage& a, const RetainedMessage& b) { return a.topic < b.topic; });
    return messages;
}

void ConsoleTopics::deleteRetained(const QString& vhost, const QString& topic,
                                   std::function<void(OperationResult)> done) {
    OperationResult result = resultOf(vhost, topic);
    const QByteArray vhostName = vhost.toUtf8();
    const auto* topics = m_server.retained().of(vhostName);
    if (!topics || !topics->contains(topic.toUtf8())) {
        ops::refuse(result, ops::ErrorKind::NotFound,
                    consoleText("Topic '%1' has no retained message.").arg(topic));
        done(std::move(result));
        return;
    }
    Publish clear; // an empty retained payload clears the topic's (§3.3.1.3)
    clear.retain = true;
    clear.topic = topic.toUtf8();
    m_server.retained().put(vhostName, clear, QDateTime::currentMSecsSinceEpoch(),
                            [result, done = std::move(done)](bool stored) mutable {
                                if (stored)
                                    result.count = 1;
                                else
                                    ops::refuse(result, ops::ErrorKind::Internal,
                                                consoleText("The store could not clear the "
                                                            "retained message."));
                                done(std::move(result));
                            });
}

void ConsoleTopics::publish(const TopicMessage& message,
                            std::function<void(OperationResult)> done) {
    OperationResult result = resultOf(message.vhost, message.topic);
    services::BrokerContext& context = m_server.context();
    const QByteArray topic = message.topic.toUtf8();
    core::Vhost* vhost = context.vhost(message.vhost.toUtf8());
    const QByteArray exchangeName = context.config.mqttExchange.toUtf8();
    auto exchange = vhost ? vhost->exchange(exchangeName) : nullptr;
    if (!isValidTopicName(topic))
        ops::refuse(result, ops::ErrorKind::InvalidArgument,
                    consoleText("'%1' is not an MQTT topic name: it must not be empty or hold "
                                "'+' or '#'.")
                        .arg(message.topic));
    else if (message.qos < 0 || message.qos > 2)
        ops::refuse(result, ops::ErrorKind::InvalidArgument,
                    consoleText("The QoS must be 0, 1 or 2."));
    else if (!vhost)
        ops::refuse(result, ops::ErrorKind::NotFound,
                    consoleText("Virtual host '%1' does not exist.").arg(message.vhost));
    else if (!exchange)
        ops::refuse(result, ops::ErrorKind::NotFound,
                    consoleText("The MQTT exchange '%1' does not exist in '%2'.")
                        .arg(context.config.mqttExchange, message.vhost));
    if (!result.error.isEmpty()) {
        done(std::move(result));
        return;
    }
    Publish publish;
    publish.qos = quint8(message.qos);
    publish.retain = message.retain;
    publish.topic = topic;
    publish.payload = message.payload;
    if (!message.contentType.isEmpty())
        publish.properties.contentType = message.contentType.toUtf8();
    routeAllowedPublish(m_server, *vhost, *exchange, exchangeName, 0, true, publish,
                        [result, done = std::move(done)](quint8 code, int reached) mutable {
                            result.count = quint64(reached);
                            if (code >= 0x80)
                                ops::refuse(result, ops::ErrorKind::Internal,
                                            consoleText("The store could not take the message."));
                            done(std::move(result));
                        });
}

} // namespace warren::mqtt
