#include "ops/policy_operations.h"

#include "core/policy.h"
#include "core/vhost.h"
#include "ops/operation_errors.h"
#include "ops/operation_results.h"
#include "services/change_journal.h"

namespace warren::ops {

void putPolicy(services::BrokerContext& context, const QString& vhost, const QString& name,
               const QJsonObject& fields, OperationDone done) {
    OperationResult result;
    result.vhost = vhost;
    result.target = name;
    core::Vhost* target = context.vhost(vhost.toUtf8());
    if (!target) {
        refuse(result, ErrorKind::NotFound, noVhost(vhost));
        done(std::move(result));
        return;
    }
    auto made = core::Policy::fromFields(name.toUtf8(), fields);
    if (const QString* why = std::get_if<QString>(&made)) {
        refuse(result, ErrorKind::InvalidArgument,
               QStringLiteral("Validation failed\n\n%1\n").arg(*why));
        done(std::move(result));
        return;
    }
    const core::Policy& policy = std::get<core::Policy>(made);
    result.count = target->policy(policy.name()) ? 0 : 1;
    target->putPolicy(policy);
    if (context.definitions)
        context.definitions->policyPut(*target, policy);
    if (context.changes)
        context.changes->policyPut(vhost, name, policy.pattern(), policy.applyToName());
    finishWhenDurable(context, std::move(result), std::move(done));
}

void deletePolicy(services::BrokerContext& context, const QString& vhost, const QString& name,
                  OperationDone done) {
    OperationResult result;
    result.vhost = vhost;
    result.target = name;
    core::Vhost* target = context.vhost(vhost.toUtf8());
    if (!target || !target->deletePolicy(name.toUtf8())) {
        refuse(result, ErrorKind::NotFound,
               QStringLiteral("no policy '%1' in vhost '%2'").arg(name, vhost));
        done(std::move(result));
        return;
    }
    if (context.definitions)
        context.definitions->policyDeleted(*target, name.toUtf8());
    if (context.changes)
        context.changes->policyDeleted(vhost, name);
    finishWhenDurable(context, std::move(result), std::move(done));
}

} // namespace warren::ops
