#include "mqtt/mqtt_server.h"

#include "core/vhost.h"
#include "log/logger.h"
#include "mqtt/publish_route.h"
#include "ops/client_operations.h"
#include "services/broker_context.h"
#include "services/change_journal.h"

namespace warren::mqtt {

MqttServer::MqttServer(services::BrokerContext& context)
    : m_context(context) {}

MqttConnection* MqttServer::claim(const QByteArray& vhost, const QByteArray& clientId,
                                  MqttConnection* connection) {
    MqttConnection*& holder = m_connected[keyOf(vhost, clientId)];
    return std::exchange(holder, connection);
}

void MqttServer::release(const QByteArray& vhost, const QByteArray& clientId,
                         MqttConnection* connection) {
    auto it = m_connected.find(keyOf(vhost, clientId));
    if (it != m_connected.end() && it.value() == connection)
        m_connected.erase(it);
}

SessionState MqttServer::takeSession(const QByteArray& vhost, const QByteArray& clientId) {
    return m_sessions.take(keyOf(vhost, clientId));
}

void MqttServer::keepSession(const QByteArray& vhost, const QByteArray& clientId,
                             SessionState state) {
    m_sessions.insert(keyOf(vhost, clientId), std::move(state));
}

void MqttServer::dropSession(const QByteArray& vhost, const QByteArray& clientId) {
    m_sessions.remove(keyOf(vhost, clientId));
}

void MqttServer::scheduleWill(PendingWill will) {
    const QByteArray key = keyOf(will.vhost, will.clientId);
    m_wills.insert(key, std::move(will));
}

void MqttServer::cancelWill(const QByteArray& vhost, const QByteArray& clientId) {
    m_wills.remove(keyOf(vhost, clientId));
}

void MqttServer::tick(qint64 nowMs) {
    if (m_wills.isEmpty())
        return;
    std::vector<PendingWill> due;
    for (auto it = m_wills.begin(); it != m_wills.end();) {
        if (it->dueMs <= nowMs) {
            due.push_back(std::move(it.value()));
            it = m_wills.erase(it);
        } else {
            ++it;
        }
    }
    for (const PendingWill& will : due) {
        core::Vhost* vhost = m_context.vhost(will.vhost);
        if (!vhost)
            continue; // deleted meanwhile: nowhere to publish
        const ops::ClientSession session{m_context, *vhost, will.user, 0, will.clientId};
        std::optional<QByteArray> lastAllowed;
        const services::ChangeJournal::Scope byClient(
            m_context.changes, services::ChangeJournal::mqttActor(QString::fromUtf8(will.user)));
        if (auto refused = routePublish({*this, session, will.exchange, lastAllowed, true},
                                        will.publish, [](quint8) {}))
            m_context.logger->log(LogLevel::Warning, QStringLiteral("mqtt"), {},
                                  QStringLiteral("the delayed will of client '%1' to '%2' was "
                                                 "refused: %3")
                                      .arg(QString::fromUtf8(will.clientId),
                                           QString::fromUtf8(will.publish.topic), refused->text));
    }
}

} // namespace warren::mqtt
