// Health checks in the management HTTP API, as RabbitMQ 3.10 answers them for monitoring:
// /api/health/checks/* (200 {"status":"ok"} or 503 {"status":"failed","reason":...}) and
// /api/aliveness-test/{vhost}, which declares a queue, publishes to it and gets the message back.

#include "http/management_server.h"
#include "ops/authorization.h"
#include "ops/management_operations.h"
#include "ops/message_peek.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warren::http {

namespace {

const QString AlivenessQueue = QStringLiteral("aliveness-test");
const QByteArray AlivenessPayload = QByteArrayLiteral("test_message");

QJsonObject ok() {
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}};
}

QJsonObject failed(const QString& reason) {
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("failed")},
                       {QStringLiteral("reason"), reason}};
}

// The names RabbitMQ's protocol-listener check takes for one protocol, as its listeners name it.
QString listenerProtocol(const QString& asked) {
    const QString name = asked.toLower();
    for (const char* amqp : {"amqp091", "amqp0.9.1", "amqp0-9-1", "amqp0_9_1", "amqp10", "amqp1.0",
                             "amqp1-0", "amqp1_0"})
        if (name == QLatin1String(amqp))
            return QStringLiteral("amqp");
    return name;
}

} // namespace

ManagementServer::Reply ManagementServer::healthCheck(const QStringList& path) const {
    // health/checks/{check}[/{argument}[/{unit}]]
    if (path.size() < 3 || path[1] != QLatin1String("checks"))
        return notFound();
    const QString check = path[2];
    const qsizetype arguments = path.size() - 3;
    const auto answer = [](bool healthy, const QJsonObject& body) {
        return Reply{healthy ? HttpStatus::Ok : HttpStatus::ServiceUnavailable, body};
    };
    if ((check == QLatin1String("alarms") || check == QLatin1String("local-alarms")) &&
        arguments == 0) {
        // Warren is a cluster of one: its alarms are the cluster's.
        const BrokerSnapshot s = m_snapshot();
        if (s.alarms.isEmpty())
            return answer(true, ok());
        QJsonArray alarms;
        for (const QString& resource : s.alarms)
            alarms.append(QJsonObject{{QStringLiteral("resource"), resource},
                                      {QStringLiteral("node"), s.node}});
        QJsonObject body = failed(check == QLatin1String("alarms")
                                      ? QStringLiteral("There are alarms in effect in the cluster")
                                      : QStringLiteral("There are alarms in effect on the node"));
        body.insert(QStringLiteral("alarms"), alarms);
        return answer(false, body);
    }
    if (check == QLatin1String("port-listener") && arguments == 1) {
        bool valid = false;
        const int port = path[3].toInt(&valid);
        if (!valid)
            return error(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("Invalid port"));
        QJsonArray ports;
        for (const ListenerInfo& l : m_snapshot().listeners) {
            if (l.port == port)
                return answer(true, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                {QStringLiteral("port"), port}});
            ports.append(l.port);
        }
        QJsonObject body = failed(QStringLiteral("No active listener"));
        body.insert(QStringLiteral("missing"), port);
        body.insert(QStringLiteral("ports"), ports);
        return answer(false, body);
    }
    if (check == QLatin1String("protocol-listener") && arguments == 1) {
        const QString protocol = listenerProtocol(path[3]);
        QJsonArray protocols;
        for (const ListenerInfo& l : m_snapshot().listeners) {
            if (l.scheme == protocol)
                return answer(true, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                {QStringLiteral("protocol"), protocol}});
            if (!protocols.contains(l.scheme))
                protocols.append(l.scheme);
        }
        QJsonObject body = failed(QStringLiteral("No active listener"));
        body.insert(QStringLiteral("missing"), protocol);
        body.insert(QStringLiteral("protocols"), protocols);
        return answer(false, body);
    }
    // Warren's vhosts are all up while it runs.
    if (check == QLatin1String("virtual-hosts") && arguments == 0)
        return answer(true, ok());
    // No queue has replicas on other nodes, so stopping this one loses no quorum or mirror.
    if ((check == QLatin1String("node-is-quorum-critical") ||
         check == QLatin1String("node-is-mirror-sync-critical")) &&
        arguments == 0)
        return answer(
            true, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("reason"), QStringLiteral("single node cluster")}});
    if (check == QLatin1String("certificate-expiration") && arguments == 2) {
        bool valid = false;
        path[3].toInt(&valid);
        if (!valid)
            return error(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("Invalid expiration value."));
        const QString unit = path[4];
        if (unit != QLatin1String("days") && unit != QLatin1String("weeks") &&
            unit != QLatin1String("months") && unit != QLatin1String("years"))
            return error(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("Time unit not recognised. Supported units: days, weeks, "
                                        "months, years."));
        // Warren's listeners are plain TCP: there is no certificate to expire.
        return answer(true, ok());
    }
    return notFound();
}

void ManagementServer::alivenessTest(const QString& vhost, const QByteArray& user,
                                     const HttpResponder& responder) {
    if (!m_context.vhost(vhost.toUtf8())) {
        send(responder, notFound());
        return;
    }
    if (const auto refused = ops::mayAccess(m_context, ops::Actor::apiUser(user), vhost, {})) {
        send(responder, refusalReply(*refused));
        return;
    }
    // As RabbitMQ: a transient queue kept for the next test, one message through it and back.
    const auto fail = [responder](const QString& why) {
        send(responder, {HttpStatus::ServiceUnavailable, failed(why)});
    };
    ops::declareQueue(
        m_context, vhost, AlivenessQueue, false, false, {},
        [this, vhost, responder, fail](const OperationResult& declared) {
            if (!declared.error.isEmpty()) {
                fail(declared.error);
                return;
            }
            OutgoingMessage message;
            message.vhost = vhost;
            message.routingKey = AlivenessQueue;
            message.body = AlivenessPayload;
            ops::publishMessage(
                m_context, message,
                [this, vhost, responder, fail](const OperationResult& published) {
                    if (!published.error.isEmpty()) {
                        fail(published.error);
                        return;
                    }
                    const PeekResult got =
                        ops::takeFromQueue(m_context, vhost, AlivenessQueue, 1, false);
                    if (got.messages.isEmpty() || got.messages.first().body != AlivenessPayload)
                        fail(QStringLiteral("the test message did not come back"));
                    else
                        send(responder, {HttpStatus::Ok, ok()});
                });
        });
}

} // namespace warren::http
