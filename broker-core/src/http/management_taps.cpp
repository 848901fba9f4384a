#include "http/management_server.h"
#include "services/message_tap_hub.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace warren::http {

void ManagementServer::useTapHub(services::MessageTapHub& hub) {
    m_taps = std::make_unique<HttpTapStore>(hub, m_context.config.httpTapIdleTimeoutMs);
}

void ManagementServer::tapped(const TapBatch& batch) {
    if (m_taps)
        m_taps->deliver(batch);
}

ManagementServer::Reply ManagementServer::taps(const HttpRequest& request, const QStringList& path,
                                               const QByteArray& user) {
    if (!m_taps || path.size() > 1)
        return notFound();
    // Anyone who may read a vhost's objects may tap it.
    const auto readRefusal = [&](const QByteArray& vhost) {
        return vhostReadRefusal(user, QString::fromUtf8(vhost));
    };
    const HttpMethod method = request.method();
    if (path.isEmpty()) {
        if (method != HttpMethod::Post)
            return error(HttpStatus::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                         QStringLiteral("POST starts a tap"));
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        if (!body.value(QStringLiteral("vhost")).isString())
            return error(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("vhost missing"));
        const QByteArray vhost = body.value(QStringLiteral("vhost")).toString().toUtf8();
        const QJsonValue exchange = body.value(QStringLiteral("exchange"));
        if (!exchange.isUndefined() && !exchange.isNull() && !exchange.isString())
            return error(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("exchange must be a string"));
        if (!m_context.vhosts.contains(vhost))
            return notFound();
        if (const auto refused = readRefusal(vhost))
            return refusalReply(*refused);
        QString why;
        const quint64 id = m_taps->start(
            user, m_context.vhosts.value(vhost),
            exchange.isString() ? std::optional(exchange.toString().toUtf8()) : std::nullopt, &why);
        if (id == 0)
            return notFound(); // the exchange does not exist
        return {HttpStatus::Created, QJsonObject{{QStringLiteral("id"), QString::number(id)}}};
    }
    bool numeric = false;
    const quint64 id = path[0].toULongLong(&numeric);
    const auto owner = numeric ? m_taps->owner(id) : std::nullopt;
    // Someone else's tap is as good as none: its id says nothing of their traffic.
    if (!owner || owner->user != user)
        return notFound();
    if (const auto refused = readRefusal(owner->vhost)) {
        m_taps->stop(id); // the permission went since it started
        return refusalReply(*refused);
    }
    if (method == HttpMethod::Delete) {
        m_taps->stop(id);
        return {HttpStatus::NoContent, {}};
    }
    if (method != HttpMethod::Get)
        return error(HttpStatus::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                     QStringLiteral("GET polls a tap, DELETE stops it"));
    const quint64 after =
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("after")).toULongLong();
    return {HttpStatus::Ok, m_taps->poll(id, after)};
}

} // namespace warren::http
