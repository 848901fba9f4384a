#pragma once

#include "auth/access.h"
#include "http/http_request_handler.h"
#include "http/http_tap_store.h"
#include "ops/refusal.h"
#include "services/broker_context.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>
#include <warren/command.h>
#include <warren/management.h>
#include <warren/snapshot.h>

namespace warren::http {

// RabbitMQ's management HTTP API: the JSON that rabbitmqadmin, monitoring scripts and the
// console's remote backend read from /api/overview, /api/queues, /api/exchanges,
// /api/bindings, /api/connections, /api/channels, /api/consumers, /api/vhosts, /api/users,
// /api/permissions, /api/topic-permissions, /api/policies, /api/whoami and /api/nodes, and the
// changes they make there (PUT, POST, DELETE; management_writes.cpp); one client by name and
// closing connections (management_clients.cpp), health checks (management_health.cpp), cluster
// settings (management_cluster.cpp), and RabbitMQ's sort, paging and columns on all of it
// (list_query.h); and Warren's own live tap, /api/warren/taps (management_taps.cpp). Basic
// authentication against the broker's users: reading needs a management tag (administrator,
// monitoring, management, policymaker); users, permissions, definitions and vhost changes need
// administrator, and the others' changes to queues, exchanges and bindings their vhost permissions.
// Runs on the broker thread and works on the broker directly; a change is answered once it is done
// (durable ones once on disk), as AMQP declarations are. HttpSession serves it: admit() decides
// from a request's head (before any body is read), handle() answers the whole request.
class ManagementServer final : public HttpRequestHandler {
public:
    using SnapshotSource = std::function<BrokerSnapshot()>;

    // Changes go through ops::execute, which reaches the connections by context.clients.
    ManagementServer(services::BrokerContext& context, SnapshotSource snapshot);

    std::optional<HttpResponse> admit(HttpRequest& request) override;
    void handle(const HttpRequest& request, const HttpResponder& responder) override;

    // Where /api/warren/taps starts its taps; without it, that resource is 404.
    void useTapHub(services::MessageTapHub& hub);
    // A batch the hub gathered for one of the API's taps (HttpTapStore::owns its id).
    void tapped(const TapBatch& batch);

private:
    struct Reply {
        HttpStatus status = HttpStatus::Ok;
        QJsonValue body;
    };
    // The path's segments after /api, each percent-decoded ("%2F" is the vhost "/").
    Reply route(const QStringList& path, const QByteArray& user);
    // route() as `user` may see it: all of it for an administrator, else their vhosts' part.
    Reply read(const QStringList& path, const QByteArray& user);
    // Of a list of connections, channels or consumers, those on `user`'s own connections; of
    // one of them, the refusal unless it is on theirs.
    Reply ownClientsOnly(const Reply& reply, const QByteArray& user) const;
    // The connections `user` logged in with, by name.
    QSet<QString> ownConnections(const QByteArray& user) const;
    // GET /api/connections[/{name}[/channels]], /api/channels[/{name}],
    // /api/consumers[/{vhost}] and /api/vhosts/{vhost}/{connections,channels}
    // (management_clients.cpp).
    Reply clients(const QStringList& path) const;
    // GET /api/health/checks/{alarms, local-alarms, port-listener/{port},
    // protocol-listener/{protocol}, virtual-hosts, node-is-quorum-critical,
    // node-is-mirror-sync-critical, certificate-expiration/{within}/{unit}}
    // (management_health.cpp).
    Reply healthCheck(const QStringList& path) const;
    // GET /api/aliveness-test/{vhost}: answered once its message went through a queue and back.
    void alivenessTest(const QString& vhost, const QByteArray& user,
                       const HttpResponder& responder);
    // GET /api/nodes[/{name}], /api/cluster-name, /api/extensions, /api/feature-flags,
    // /api/vhost-limits[/{vhost}], /api/parameters[/{component}[/{vhost}]],
    // /api/global-parameters[/{name}] and /api/auth (management_cluster.cpp).
    Reply cluster(const QStringList& path) const;
    // PUT /api/cluster-name {"name": ...}: what clients are told from then on.
    Reply setClusterName(const QJsonObject& body);
    // DELETE /api/connections/{name}: RabbitMQ's 320 CONNECTION_FORCED with the X-Reason
    // header's text or "Closed via management plugin"; the owner or an administrator may.
    void closeConnection(const QString& name, const QByteArray& reason, const QByteArray& user,
                         const std::function<void(const Reply&)>& answer);
    // POST /api/warren/taps {"vhost", "exchange" (absent: all)}, GET /api/warren/taps/{id}
    // ?after={sequence} and DELETE /api/warren/taps/{id}: Warren's own live tap for a remote
    // console (management_taps.cpp). Anyone who may read the vhost may tap it; a tap is its
    // starter's alone.
    Reply taps(const HttpRequest& request, const QStringList& path, const QByteArray& user);
    Reply overview(const BrokerSnapshot& s) const;
    Reply queues(const QStringList& path) const;
    Reply exchanges(const QStringList& path) const;
    Reply bindings(const QStringList& path) const;
    Reply bindingsOf(const QStringList& path) const;
    // The bindings (with the default exchange's implicit ones) in `vhost`, or in every vhost
    // when it is null, that `keep` takes, as RabbitMQ's JSON.
    QJsonArray bindingList(const QString* vhost,
                           const std::function<bool(const QJsonObject&)>& keep) const;
    // GET /api/topic-permissions[/{vhost}/{user}], /api/users/{user}/topic-permissions and
    // /api/vhosts/{vhost}/topic-permissions (management_topic_permissions.cpp).
    Reply topicPermissions(const QStringList& path) const;
    // GET /api/policies[/{vhost}[/{name}]] and /api/operator-policies (Warren has none), as
    // `user` may see them (management_policies.cpp).
    Reply policies(const QStringList& path, const QByteArray& user) const;
    // PUT and DELETE of /api/policies/{vhost}/{name}; operator policies are refused.
    void writePolicy(HttpMethod method, const QStringList& path, const QJsonObject& body,
                     const QByteArray& user, const std::function<void(const Reply&)>& answer);
    // POST /api/definitions (GET is ops::exportDefinitions, in definitions_document.h).
    void importDefinitions(const QJsonObject& body, const QByteArray& user,
                           std::function<void(const Reply&)> answer);
    // `user` has a management tag and, for what adminOnly() names, is an administrator.
    void handleWrite(const HttpRequest& request, const HttpResponder& responder,
                     const QStringList& path, const QByteArray& user);
    // Runs `command` as `user` (ops::execute: their rights, the operation, answered once).
    void execute(const QByteArray& user, const Command& command,
                 std::function<void(const OperationResult&)> done);
    // When `user` may not run `command` at all (ops::authorize's NotAuthorised), the API's 401:
    // RabbitMQ decides who may before it reads the body, so this answers before a body's fault.
    std::optional<Reply> refusedBeforeBody(const QByteArray& user, const Command& command) const;
    // An ops refusal as the API answers it: its kind's status, its text as the reason.
    static Reply refusalReply(const ops::Refusal& refusal);
    // Why `user` may not read `vhost`'s objects (ops::mayAccess: administrators read every
    // vhost, anyone else those they have permissions in); none when they may.
    std::optional<ops::Refusal> vhostReadRefusal(const QByteArray& user,
                                                 const QString& vhost) const;
    static bool adminOnly(const QStringList& path, HttpMethod method);
    static Reply notAdministrator();
    static Reply accessRefused();
    static Reply notFound();
    // How the API answers a finished operation: `success` when it was done, else the status
    // of the refusal's kind (operationStatus) with the refusal as reason; a 404 is RabbitMQ's
    // fixed "Object Not Found" body unless `reasonIn404`.
    static Reply operationReply(const OperationResult& result, HttpStatus success,
                                bool reasonIn404 = false);
    // How a binding with this routing key is named in URLs (RabbitMQ's properties key).
    static QString propertiesKey(const QByteArray& routingKey);
    // Makes the reply on a pool thread (it must touch no broker state) and answers it on the
    // broker thread; dropped if the server goes first.
    void answerOffThread(const HttpResponder& responder, std::function<Reply()> make);
    // m_home, made at first use: an answer that comes later holds a QPointer to it to know
    // this server still exists.
    QObject* home();
    static HttpResponse toResponse(const Reply& reply);
    static void send(const HttpResponder& responder, const Reply& reply);
    // A failed login: how long to hold its 401 (auth/LoginThrottle); logs a burst's first.
    qint64 holdLoginRefusal(const QHostAddress& peer, const QByteArray& user);
    static Reply error(HttpStatus status, const QString& error, const QString& reason);

    services::BrokerContext& m_context;
    SnapshotSource m_snapshot;
    // Where answers made off the broker thread come back to: made on the broker thread at first
    // use, its going cancels what is still on its way.
    std::unique_ptr<QObject> m_home;
    std::unique_ptr<HttpTapStore> m_taps;
};

} // namespace warren::http
