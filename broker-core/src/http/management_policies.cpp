// RabbitMQ's policies in the management API: GET, PUT and DELETE on /api/policies, and
// /api/operator-policies, which Warren answers as a broker without any.
//
// Who may do what follows rabbit_mgmt_util:is_authorized_policies: an administrator anything; a
// policymaker the policies of the vhosts they have permissions in; anyone else sees none.

#include "auth/user_database.h"
#include "core/policy.h"
#include "core/vhost.h"
#include "http/json_fields.h"
#include "http/management_server.h"
#include "http/operation_status.h"

#include <QJsonArray>
#include <algorithm>
#include <vector>

namespace warren::http {

namespace {

using Status = HttpStatus;

QJsonObject policyJson(const QString& vhost, const core::Policy& policy) {
    QJsonObject entry = policy.fields();
    entry.insert(QStringLiteral("vhost"), vhost);
    entry.insert(QStringLiteral("name"), QString::fromUtf8(policy.name()));
    return entry;
}

// The management API escapes its error reasons for HTML, so RabbitMQ's Erlang binaries come out
// as &lt;&lt;"x"&gt;&gt;; clients that compare reasons see the same text from Warren.
QString htmlEscaped(QString text) {
    return text.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

} // namespace

ManagementServer::Reply ManagementServer::policies(const QStringList& path,
                                                   const QByteArray& user) const {
    if (path.size() > 3)
        return notFound();
    const auto visible = [this, &user](const QByteArray& vhost) {
        return !vhostReadRefusal(user, QString::fromUtf8(vhost));
    };
    if (path.size() >= 2) {
        if (!m_context.vhost(path[1].toUtf8()))
            return notFound();
        if (const auto refused = vhostReadRefusal(user, path[1]))
            return refusalReply(*refused);
    }
    if (path[0] == QLatin1String("operator-policies"))
        return path.size() == 3 ? notFound() : Reply{Status::Ok, QJsonArray()};
    // RabbitMQ lists them by priority, lowest first.
    std::vector<std::pair<QString, const core::Policy*>> found;
    for (auto v = m_context.vhosts.cbegin(); v != m_context.vhosts.cend(); ++v) {
        if ((path.size() >= 2 && v.key() != path[1].toUtf8()) || !visible(v.key()))
            continue;
        for (const auto& [name, policy] : (*v)->policies()) {
            if (path.size() == 3 && name != path[2].toUtf8())
                continue;
            if (path.size() == 3)
                return {Status::Ok, policyJson(path[1], policy)};
            found.emplace_back(QString::fromUtf8(v.key()), &policy);
        }
    }
    if (path.size() == 3)
        return notFound();
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::make_tuple(a.second->priority(), a.first, a.second->name()) <
               std::make_tuple(b.second->priority(), b.first, b.second->name());
    });
    QJsonArray list;
    for (const auto& [vhost, policy] : found)
        list.append(policyJson(vhost, *policy));
    return {Status::Ok, list};
}

void ManagementServer::writePolicy(HttpMethod method, const QStringList& path,
                                   const QJsonObject& body, const QByteArray& user,
                                   const std::function<void(const Reply&)>& answer) {
    const bool put = method == HttpMethod::Put;
    const QString& vhost = path[1];
    PolicyDefinition policy;
    policy.vhost = vhost;
    policy.name = path[2];
    const Command command = put ? Command(commands::PutPolicy{policy, body})
                                : Command(commands::DeletePolicy{vhost, path[2]});
    // Who may comes first, as RabbitMQ decides it before it reads the body or looks further.
    if (path[0] == QLatin1String("operator-policies")) {
        if (const auto refused = refusedBeforeBody(user, command))
            answer(*refused);
        else if (put)
            answer(error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("Warren does not apply operator policies")));
        else
            answer(notFound());
        return;
    }
    const Reply noVhost =
        error(Status::NotFound, QStringLiteral("not_found"), QStringLiteral("vhost_not_found"));
    if (put) {
        if (const auto missing = missingKeys(body, {"pattern", "definition"})) {
            if (const auto refused = refusedBeforeBody(user, command))
                answer(*refused);
            else if (!m_context.vhost(vhost.toUtf8()))
                answer(noVhost);
            else
                answer(error(Status::BadRequest, QStringLiteral("bad_request"), *missing));
            return;
        }
    }
    execute(user, command, [answer, put, noVhost](const OperationResult& result) {
        const auto kind = result.errorKind;
        if (!put)
            answer(operationReply(result, Status::NoContent)); // a missing vhost: the plain 404
        else if (kind == OperationResult::Error::NotFound)     // only the vhost can be missing
            answer(noVhost);
        else if (kind != OperationResult::Error::None)
            answer(
                error(operationStatus(kind), operationErrorName(kind), htmlEscaped(result.error)));
        else
            answer({result.count == 1 ? Status::Created : Status::NoContent, {}});
    });
}

} // namespace warren::http
