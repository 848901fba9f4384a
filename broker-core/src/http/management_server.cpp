#include "http/management_server.h"

#include "auth/user_database.h"
#include "core/exchange.h"
#include "core/name_text.h"
#include "core/queue.h"
#include "core/vhost.h"
#include "http/json_fields.h"
#include "http/list_query.h"
#include "ops/definitions_document.h"
#include "services/change_journal.h"
#include "services/node_name.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QThreadPool>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <vector>
#include <warren/version.h>

namespace warren::http {

namespace {

QJsonObject rate(double perSecond) {
    return QJsonObject{{QStringLiteral("rate"), perSecond}};
}

// RabbitMQ's management tags: any of these lets a user use the API.
// RabbitMQ lists objects sorted by vhost, then name.
QJsonArray sortedByVhostAndName(QJsonArray items) {
    std::vector<QJsonObject> objects;
    for (const QJsonValue& item : items)
        objects.push_back(item.toObject());
    std::sort(objects.begin(), objects.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const auto key = [](const QJsonObject& o) {
            return std::make_pair(o.value(QStringLiteral("vhost")).toString(),
                                  o.value(QStringLiteral("name")).toString());
        };
        return key(a) < key(b);
    });
    QJsonArray sorted;
    for (const QJsonObject& object : objects)
        sorted.append(object);
    return sorted;
}

bool mayUseApi(const auth::User& user) {
    for (const QString& tag : user.tags)
        if (tag == QLatin1String("administrator") || tag == QLatin1String("monitoring") ||
            tag == QLatin1String("management") || tag == QLatin1String("policymaker"))
            return true;
    return false;
}

// The path's segments, each percent-decoded ("%2F" is the vhost "/").
QStringList pathOf(const HttpRequest& request) {
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    QStringList path;
    for (const QString& segment : encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        path << QUrl::fromPercentEncoding(segment.toUtf8());
    return path;
}

bool pathIsUtf8(const HttpRequest& request) {
    return core::isWellFormedUtf8(
        QByteArray::fromPercentEncoding(request.url().path(QUrl::FullyEncoded).toLatin1()));
}

bool isRead(HttpMethod method) {
    return method == HttpMethod::Get || method == HttpMethod::Head;
}

} // namespace

ManagementServer::ManagementServer(services::BrokerContext& context, SnapshotSource snapshot)
    : m_context(context)
    , m_snapshot(std::move(snapshot)) {}

ManagementServer::Reply ManagementServer::error(HttpStatus status, const QString& error,
                                                const QString& reason) {
    return {status,
            QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("reason"), reason}}};
}

ManagementServer::Reply ManagementServer::notFound() {
    return error(HttpStatus::NotFound, QStringLiteral("Object Not Found"),
                 QStringLiteral("Not Found"));
}

ManagementServer::Reply ManagementServer::notAdministrator() {
    return error(HttpStatus::Unauthorized, QStringLiteral("not_authorised"),
                 QStringLiteral("Not administrator user"));
}

bool ManagementServer::adminOnly(const QStringList& path, HttpMethod method) {
    // As RabbitMQ: users, permissions, topic permissions and definitions are the administrator's,
    // and so is every change to vhosts; a management or monitoring user reads the rest and changes
    // queues, exchanges and bindings within their vhost permissions.
    const QString what = path.value(0);
    if (what == QLatin1String("users") || what == QLatin1String("permissions") ||
        what == QLatin1String("topic-permissions") || what == QLatin1String("definitions"))
        return true;
    if (what == QLatin1String("cluster-name"))
        return !isRead(method);
    // A vhost's connections and channels are anyone's to read, as the lists are.
    if (what == QLatin1String("vhosts"))
        return !isRead(method) || (path.size() > 2 && path[2] != QLatin1String("connections") &&
                                   path[2] != QLatin1String("channels"));
    return false;
}

std::optional<HttpResponse> ManagementServer::admit(HttpRequest& request) {
    const QStringList path = pathOf(request);
    if (path.value(0) != QLatin1String("api"))
        return toResponse(notFound());
    // Basic authentication, as RabbitMQ's API: a known user with a management tag.
    const QByteArray authorization = request.header("authorization");
    const QByteArray credentials = authorization.startsWith("Basic ")
                                       ? QByteArray::fromBase64(authorization.mid(6))
                                       : QByteArray();
    const qsizetype colon = credentials.indexOf(':');
    const QByteArray user = colon > 0 ? credentials.left(colon) : QByteArray();
    const bool loopback = request.peerAddress().isLoopback();
    const bool loggedIn =
        colon > 0 && m_context.users.authenticate(user, credentials.mid(colon + 1), loopback) ==
                         auth::UserDatabase::AuthResult::Ok;
    // RabbitMQ spells this one error "not_authorized", every other refusal "not_authorised".
    if (!loggedIn) {
        HttpResponse refusal =
            toResponse(error(HttpStatus::Unauthorized, QStringLiteral("not_authorized"),
                             QStringLiteral("Login failed")));
        refusal.holdMs = holdLoginRefusal(request.peerAddress(), user);
        return refusal;
    }
    if (!mayUseApi(*m_context.users.user(user)))
        return toResponse(error(HttpStatus::Unauthorized, QStringLiteral("not_authorised"),
                                QStringLiteral("Not management user")));
    if (adminOnly(path.mid(1), request.method()) &&
        !m_context.users.user(user)->tags.contains(QStringLiteral("administrator")))
        return toResponse(notAdministrator());
    request.setUser(user);
    return std::nullopt;
}

qint64 ManagementServer::holdLoginRefusal(const QHostAddress& peer, const QByteArray& user) {
    auth::LoginThrottle& throttle = m_context.loginThrottle;
    const auto verdict = throttle.failed(peer, QDateTime::currentMSecsSinceEpoch());
    // One line per burst, as for AMQP logins: a guesser must not bury the log.
    if (verdict.startsBurst && m_context.logger)
        m_context.logger->log(
            LogLevel::Warning, QStringLiteral("http"), peer.toString(),
            throttle.burstLogLine(QStringLiteral("HTTP authentication failed for user '%1'")
                                      .arg(QString::fromUtf8(user)),
                                  peer.toString()));
    return verdict.holdMs;
}

void ManagementServer::handle(const HttpRequest& request, const HttpResponder& responder) {
    const QStringList path = pathOf(request);
    const QByteArray& user = request.user();
    // The user may have gone between the head and the body (a DELETE on another connection).
    if (!m_context.users.user(user)) {
        send(responder, error(HttpStatus::Unauthorized, QStringLiteral("not_authorized"),
                              QStringLiteral("Login failed")));
        return;
    }
    // Names come in the path; one that is not UTF-8 could not be told apart from others once
    // shown (RabbitMQ 3.10 takes it over HTTP, though its AMQP refuses it: Warren refuses both).
    if (!pathIsUtf8(request)) {
        send(responder, error(HttpStatus::BadRequest, QStringLiteral("bad_request"),
                              QStringLiteral("Malformed UTF-8 in the path")));
        return;
    }
    // Warren's own resource: a tap changes nothing, so it is not journalled as a change.
    if (path.value(1) == QLatin1String("warren") && path.value(2) == QLatin1String("taps")) {
        send(responder, taps(request, path.mid(3), user));
        return;
    }
    if (!isRead(request.method())) {
        const services::ChangeJournal::Scope byApiUser(
            m_context.changes, services::ChangeJournal::httpActor(
                                   QString::fromUtf8(user), request.peerAddress().toString()));
        handleWrite(request, responder, path.mid(1), user); // answers when the change is done
        return;
    }
    if (path.size() == 3 && path[1] == QLatin1String("aliveness-test")) {
        alivenessTest(path[2], user, responder); // answers once the message is back
        return;
    }
    // RabbitMQ's sort, paging and columns parameters, on the lists it pages.
    const QString what = path.value(1);
    const bool pageable = what == QLatin1String("queues") || what == QLatin1String("exchanges") ||
                          what == QLatin1String("connections") ||
                          what == QLatin1String("channels") || what == QLatin1String("vhosts");
    const Reply reply = read(path.mid(1), user);
    if (reply.status != HttpStatus::Ok || !request.url().hasQuery()) {
        send(responder, reply);
        return;
    }
    const ListQueryAnswer queried = applyListQuery(reply.body, QUrlQuery(request.url()), pageable);
    send(responder, {queried.status, queried.body});
}

HttpResponse ManagementServer::toResponse(const Reply& reply) {
    HttpResponse response;
    response.status = reply.status;
    // A change answers with its status alone, 201 as well as 204, as RabbitMQ's does.
    if (reply.status == HttpStatus::NoContent || reply.body.isNull())
        return response;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = reply.body.isArray()
                        ? QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Compact);
    if (reply.status == HttpStatus::Unauthorized)
        response.headers.emplace_back(QByteArrayLiteral("www-authenticate"),
                                      QByteArrayLiteral("Basic realm=\"RabbitMQ Management\""));
    return response;
}

void ManagementServer::answerOffThread(const HttpResponder& responder,
                                       std::function<Reply()> make) {
    auto promise = std::make_shared<QPromise<HttpResponse>>();
    promise->future().then(
        home(), [responder](const HttpResponse& response) { responder.respond(response); });
    QThreadPool::globalInstance()->start([promise, make = std::move(make)] {
        promise->start();
        promise->addResult(toResponse(make()));
        promise->finish();
    });
}

QObject* ManagementServer::home() {
    if (!m_home)
        m_home = std::make_unique<QObject>();
    return m_home.get();
}

void ManagementServer::send(const HttpResponder& responder, const Reply& reply) {
    responder.respond(toResponse(reply));
}

ManagementServer::Reply ManagementServer::read(const QStringList& path, const QByteArray& user) {
    const auth::User& reader = *m_context.users.user(user);
    if (reader.tags.contains(QStringLiteral("administrator")))
        return route(path, user);
    // RabbitMQ shows anyone else the queues, exchanges and bindings of the vhosts they have
    // permissions in, and the vhosts themselves too unless they monitor.
    const QString what = path.value(0);
    const auto permitted = [this, &user](const QString& vhost) {
        return !vhostReadRefusal(user, vhost);
    };
    const bool perVhost = what == QLatin1String("queues") || what == QLatin1String("exchanges") ||
                          what == QLatin1String("bindings");
    const bool vhosts = what == QLatin1String("vhosts");
    if (perVhost && path.size() >= 2)
        if (const auto refused = vhostReadRefusal(user, path[1]))
            return refusalReply(*refused);
    if (vhosts && path.size() == 2 && !permitted(path[1]))
        return notAdministrator();
    Reply reply = route(path, user);
    const bool clients = what == QLatin1String("connections") ||
                         what == QLatin1String("channels") || what == QLatin1String("consumers") ||
                         (vhosts && path.size() == 3);
    // A connection's channels are its owner's to list, as the connection is theirs to see.
    if (what == QLatin1String("connections") && path.size() == 3 &&
        reply.status == HttpStatus::Ok && !reader.tags.contains(QStringLiteral("monitoring")) &&
        !ownConnections(user).contains(path[1]))
        return error(HttpStatus::Unauthorized, QStringLiteral("not_authorised"),
                     QStringLiteral("User not authorised to access object"));
    if (clients && !reader.tags.contains(QStringLiteral("monitoring")))
        return ownClientsOnly(reply, user);
    if (path.size() != 1 || !reply.body.isArray() ||
        !(perVhost || (vhosts && !reader.tags.contains(QStringLiteral("monitoring")))))
        return reply;
    QJsonArray visible;
    const QString vhostField = vhosts ? QStringLiteral("name") : QStringLiteral("vhost");
    for (const QJsonValue& item : reply.body.toArray())
        if (permitted(item.toObject().value(vhostField).toString()))
            visible.append(item);
    return {reply.status, visible};
}

QSet<QString> ManagementServer::ownConnections(const QByteArray& user) const {
    QSet<QString> own;
    const QString name = QString::fromUtf8(user);
    for (const ConnectionInfo& c : m_snapshot().connections)
        if (c.user == name)
            own.insert(c.name);
    return own;
}

ManagementServer::Reply ManagementServer::ownClientsOnly(const Reply& reply,
                                                         const QByteArray& user) const {
    // As RabbitMQ: only administrators and monitoring users see every client; anyone else sees
    // the connections they logged in with, their channels and their consumers, and not the peer
    // addresses and client properties of other users.
    if (reply.status != HttpStatus::Ok)
        return reply;
    const QSet<QString> own = ownConnections(user);
    const auto connectionOf = [](const QJsonObject& o) {
        if (o.contains(QStringLiteral("channel_details")))
            return o.value(QStringLiteral("channel_details"))
                .toObject()
                .value(QStringLiteral("connection_name"))
                .toString();
        if (o.contains(QStringLiteral("connection_details")))
            return o.value(QStringLiteral("connection_details"))
                .toObject()
                .value(QStringLiteral("name"))
                .toString();
        return o.value(QStringLiteral("name")).toString();
    };
    if (reply.body.isObject())
        return own.contains(connectionOf(reply.body.toObject()))
                   ? reply
                   : error(HttpStatus::Unauthorized, QStringLiteral("not_authorised"),
                           QStringLiteral("User not authorised to access object"));
    QJsonArray visible;
    for (const QJsonValue& item : reply.body.toArray())
        if (own.contains(connectionOf(item.toObject())))
            visible.append(item);
    return {reply.status, visible};
}

ManagementServer::Reply ManagementServer::route(const QStringList& path, const QByteArray& user) {
    const QString what = path.value(0);
    if (what == QLatin1String("overview") && path.size() == 1)
        return overview(m_snapshot());
    if (what == QLatin1String("whoami") && path.size() == 1)
        return {HttpStatus::Ok,
                QJsonObject{{QStringLiteral("name"), QString::fromUtf8(user)},
                            {QStringLiteral("tags"),
                             QJsonArray::fromStringList(m_context.users.user(user)->tags)}}};
    if (what == QLatin1String("health"))
        return healthCheck(path);
    if (what == QLatin1String("queues") && path.size() == 4 && path[3] == QLatin1String("bindings"))
        return bindingsOf(path);
    if (what == QLatin1String("exchanges") && path.size() == 5 &&
        path[3] == QLatin1String("bindings") &&
        (path[4] == QLatin1String("source") || path[4] == QLatin1String("destination")))
        return bindingsOf(path);
    if (what == QLatin1String("queues"))
        return queues(path);
    if (what == QLatin1String("exchanges"))
        return exchanges(path);
    if (what == QLatin1String("bindings"))
        return bindings(path);
    if (what == QLatin1String("policies") || what == QLatin1String("operator-policies"))
        return policies(path, user);
    if (what == QLatin1String("definitions") && path.size() == 1)
        return {HttpStatus::Ok, ops::exportDefinitions(m_context)};
    if (what == QLatin1String("topic-permissions") ||
        (path.size() == 3 && path[2] == QLatin1String("topic-permissions") &&
         (what == QLatin1String("users") || what == QLatin1String("vhosts"))))
        return topicPermissions(path);
    if (what == QLatin1String("vhosts") && path.size() <= 2) {
        QJsonArray list;
        const BrokerSnapshot s = m_snapshot();
        for (const auto& v : s.vhosts) {
            if (path.size() == 2 && v.name != path[1])
                continue;
            const QJsonObject vhost{
                {QStringLiteral("name"), v.name},
                {QStringLiteral("messages"), double(v.messagesReady + v.messagesUnacked)},
                {QStringLiteral("messages_ready"), double(v.messagesReady)},
                {QStringLiteral("messages_unacknowledged"), double(v.messagesUnacked)},
                {QStringLiteral("tracing"), false},
                // Warren keeps no vhost descriptions or tags; the fields are RabbitMQ's.
                {QStringLiteral("description"), QString()},
                {QStringLiteral("tags"), QJsonArray()},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("description"), QString()},
                                                         {QStringLiteral("tags"), QJsonArray()}}},
                {QStringLiteral("cluster_state"),
                 QJsonObject{{s.node, QStringLiteral("running")}}}};
            if (path.size() == 2)
                return {HttpStatus::Ok, vhost};
            list.append(vhost);
        }
        return path.size() == 2 ? notFound() : Reply{HttpStatus::Ok, list};
    }
    if (what == QLatin1String("users") && path.size() <= 2) {
        QJsonArray list;
        for (const auto& u : m_context.users.users()) {
            const QJsonObject entry{
                {QStringLiteral("name"), QString::fromUtf8(u.name)},
                {QStringLiteral("password_hash"), QString::fromLatin1(u.passwordHash)},
                {QStringLiteral("hashing_algorithm"),
                 auth::UserDatabase::hashingAlgorithm(u.passwordHash)},
                {QStringLiteral("tags"), QJsonArray::fromStringList(u.tags)},
                {QStringLiteral("limits"), QJsonObject()}};
            if (path.size() == 2 && entry.value(QStringLiteral("name")).toString() == path[1])
                return {HttpStatus::Ok, entry};
            list.append(entry);
        }
        return path.size() == 2 ? notFound() : Reply{HttpStatus::Ok, sortedByVhostAndName(list)};
    }
    if (what == QLatin1String("permissions") && path.size() != 2 && path.size() <= 3) {
        QJsonArray list;
        const auto& all = m_context.users.allPermissions();
        for (auto byUser = all.cbegin(); byUser != all.cend(); ++byUser) {
            for (auto p = byUser->cbegin(); p != byUser->cend(); ++p) {
                const QJsonObject entry{{QStringLiteral("user"), QString::fromUtf8(byUser.key())},
                                        {QStringLiteral("vhost"), QString::fromUtf8(p.key())},
                                        {QStringLiteral("configure"), p->configureText},
                                        {QStringLiteral("write"), p->writeText},
                                        {QStringLiteral("read"), p->readText}};
                if (path.size() == 3 &&
                    entry.value(QStringLiteral("vhost")).toString() == path[1] &&
                    entry.value(QStringLiteral("user")).toString() == path[2])
                    return {HttpStatus::Ok, entry};
                list.append(entry);
            }
        }
        return path.size() == 3 ? notFound() : Reply{HttpStatus::Ok, list};
    }
    if (what == QLatin1String("connections") || what == QLatin1String("channels") ||
        what == QLatin1String("consumers") ||
        (what == QLatin1String("vhosts") && path.size() == 3 &&
         (path[2] == QLatin1String("connections") || path[2] == QLatin1String("channels"))))
        return clients(path);
    return cluster(path);
}

ManagementServer::Reply ManagementServer::overview(const BrokerSnapshot& s) const {
    quint64 ready = 0;
    quint64 unacked = 0;
    quint64 readyBytes = 0;
    double deliverRate = 0;
    double ackRate = 0;
    quint64 delivered = 0;
    quint64 acked = 0;
    for (const auto& q : s.queues) {
        ready += q.messagesReady;
        unacked += q.messagesUnacked;
        readyBytes += q.bytesReady;
        deliverRate += q.deliverRate;
        ackRate += q.ackRate;
        delivered += q.deliverCount;
        acked += q.ackCount;
    }
    quint64 published = 0;
    double publishRate = 0;
    for (const auto& e : s.exchanges) {
        published += e.publishInCount;
        publishRate += e.publishInRate;
    }
    // The types a client may declare, as RabbitMQ lists them (sorted by name).
    QJsonArray exchangeTypes;
    for (const core::ExchangeType type : {core::ExchangeType::Direct, core::ExchangeType::Fanout,
                                          core::ExchangeType::Headers, core::ExchangeType::Topic}) {
        const QString name = QString::fromUtf8(core::exchangeTypeName(type));
        exchangeTypes.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("description"),
             QStringLiteral("AMQP %1 exchange, as per the AMQP specification").arg(name)},
            {QStringLiteral("enabled"), true}});
    }
    QJsonArray listeners;
    for (const auto& l : s.listeners)
        listeners.append(
            QJsonObject{{QStringLiteral("node"), s.node},
                        {QStringLiteral("protocol"),
                         l.scheme == QLatin1String("http") ? QStringLiteral("http") : l.scheme},
                        {QStringLiteral("ip_address"), l.host},
                        {QStringLiteral("port"), l.port}});
    // Warren's own: what the process holds next to what its queues hold, so memory kept after
    // a purge shows (RabbitMQ's tools ignore fields they do not know).
    QJsonObject memory{{QStringLiteral("queued_message_bytes"), double(readyBytes)}};
    if (!s.nodes.isEmpty() && s.nodes.first().memoryResident >= 0)
        memory.insert(QStringLiteral("resident"), double(s.nodes.first().memoryResident));
    if (!s.nodes.isEmpty() && s.nodes.first().memoryUsed >= 0)
        memory.insert(QStringLiteral("in_use"), double(s.nodes.first().memoryUsed));
    return {HttpStatus::Ok,
            QJsonObject{{QStringLiteral("memory"), memory},
                        {QStringLiteral("management_version"), rabbitmqVersion()},
                        {QStringLiteral("rabbitmq_version"), rabbitmqVersion()},
                        {QStringLiteral("product_name"), productName()},
                        {QStringLiteral("product_version"), rabbitmqVersion()},
                        {QStringLiteral("warren_version"), versionString()},
                        {QStringLiteral("rates_mode"), QStringLiteral("basic")},
                        {QStringLiteral("cluster_name"), m_context.clusterName()},
                        {QStringLiteral("node"), s.node},
                        {QStringLiteral("listeners"), listeners},
                        {QStringLiteral("exchange_types"), exchangeTypes},
                        {QStringLiteral("object_totals"),
                         QJsonObject{{QStringLiteral("connections"), double(s.connections.size())},
                                     {QStringLiteral("channels"), double(s.channels.size())},
                                     {QStringLiteral("exchanges"), double(s.exchanges.size())},
                                     {QStringLiteral("queues"), double(s.queues.size())},
                                     {QStringLiteral("consumers"), double(s.consumers.size())}}},
                        {QStringLiteral("queue_totals"),
                         QJsonObject{{QStringLiteral("messages"), double(ready + unacked)},
                                     {QStringLiteral("messages_ready"), double(ready)},
                                     {QStringLiteral("messages_unacknowledged"), double(unacked)}}},
                        {QStringLiteral("message_stats"),
                         QJsonObject{{QStringLiteral("publish"), double(published)},
                                     {QStringLiteral("publish_details"), rate(publishRate)},
                                     {QStringLiteral("deliver_get"), double(delivered)},
                                     {QStringLiteral("deliver_get_details"), rate(deliverRate)},
                                     {QStringLiteral("ack"), double(acked)},
                                     {QStringLiteral("ack_details"), rate(ackRate)}}}}};
}

ManagementServer::Reply ManagementServer::queues(const QStringList& path) const {
    // /queues, /queues/{vhost}, /queues/{vhost}/{name}
    if (path.size() > 3)
        return notFound();
    const QString node = services::nodeName();
    QJsonArray list;
    for (auto v = m_context.vhosts.cbegin(); v != m_context.vhosts.cend(); ++v) {
        const QString vhostName = QString::fromUtf8(v.key());
        if (path.size() >= 2 && vhostName != path[1])
            continue;
        for (const auto& queue : (*v)->queues()) {
            const QString name = QString::fromUtf8(queue->name());
            if (path.size() == 3 && name != path[2])
                continue;
            const auto& stats = queue->stats();
            const QJsonObject entry{
                {QStringLiteral("name"), name},
                {QStringLiteral("vhost"), vhostName},
                {QStringLiteral("durable"), queue->options().durable},
                {QStringLiteral("auto_delete"), queue->options().autoDelete},
                {QStringLiteral("exclusive"), queue->options().exclusive},
                {QStringLiteral("arguments"), toJson(queue->arguments())},
                {QStringLiteral("type"), QStringLiteral("classic")},
                // RabbitMQ names the node a classic queue lives on.
                {QStringLiteral("node"), node},
                {QStringLiteral("state"), QStringLiteral("running")},
                // RabbitMQ: null and {} without a policy; Warren has no operator policies.
                {QStringLiteral("policy"),
                 queue->policy() ? QJsonValue(QString::fromUtf8(queue->policy()->name()))
                                 : QJsonValue()},
                {QStringLiteral("effective_policy_definition"),
                 queue->policy() ? queue->policy()->definition() : QJsonObject()},
                {QStringLiteral("operator_policy"), QJsonValue()},
                {QStringLiteral("messages"), double(queue->readyCount() + queue->unackedCount())},
                {QStringLiteral("messages_ready"), double(queue->readyCount())},
                {QStringLiteral("messages_unacknowledged"), double(queue->unackedCount())},
                {QStringLiteral("consumers"), double(queue->consumers().size())},
                {QStringLiteral("message_stats"),
                 QJsonObject{{QStringLiteral("publish"), double(stats.published)},
                             {QStringLiteral("deliver_get"), double(stats.delivered)},
                             {QStringLiteral("ack"), double(stats.acked)},
                             {QStringLiteral("redeliver"), double(stats.redelivered)}}}};
            if (path.size() == 3)
                return {HttpStatus::Ok, entry};
            list.append(entry);
        }
    }
    if (path.size() == 3 || (path.size() == 2 && !m_context.vhost(path[1].toUtf8())))
        return notFound();
    return {HttpStatus::Ok, sortedByVhostAndName(list)};
}

ManagementServer::Reply ManagementServer::exchanges(const QStringList& path) const {
    if (path.size() > 3)
        return notFound();
    QJsonArray list;
    for (auto v = m_context.vhosts.cbegin(); v != m_context.vhosts.cend(); ++v) {
        const QString vhostName = QString::fromUtf8(v.key());
        if (path.size() >= 2 && vhostName != path[1])
            continue;
        for (const auto& exchange : (*v)->exchanges()) {
            const QString name = QString::fromUtf8(exchange->name());
            // The default exchange is "amq.default" in paths, "" in listings (RabbitMQ).
            if (path.size() == 3 && name != path[2] &&
                !(name.isEmpty() && path[2] == QLatin1String("amq.default")))
                continue;
            QJsonObject entry{
                {QStringLiteral("name"), name},
                {QStringLiteral("vhost"), vhostName},
                {QStringLiteral("type"),
                 QString::fromUtf8(core::exchangeTypeName(exchange->type()))},
                {QStringLiteral("durable"), exchange->options().durable},
                {QStringLiteral("auto_delete"), exchange->options().autoDelete},
                {QStringLiteral("internal"), exchange->options().internal},
                {QStringLiteral("arguments"), toJson(exchange->arguments())},
                {QStringLiteral("message_stats"),
                 QJsonObject{
                     {QStringLiteral("publish_in"), double(exchange->stats().publishedIn)},
                     {QStringLiteral("publish_out"), double(exchange->stats().publishedOut)}}}};
            // RabbitMQ names an exchange's policy only when it has one.
            if (const core::Policy* policy = exchange->policy())
                entry.insert(QStringLiteral("policy"), QString::fromUtf8(policy->name()));
            if (path.size() == 3)
                return {HttpStatus::Ok, entry};
            list.append(entry);
        }
    }
    if (path.size() == 3 || (path.size() == 2 && !m_context.vhost(path[1].toUtf8())))
        return notFound();
    return {HttpStatus::Ok, sortedByVhostAndName(list)};
}

} // namespace warren::http
