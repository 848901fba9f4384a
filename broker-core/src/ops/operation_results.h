#pragma once

#include "ops/management_operations.h"
#include "services/broker_context.h"
#include "services/durable_definitions.h"

// Shared by the console's operations: how a result starts, and when it may be sent.
namespace warren::ops {

inline OperationResult resultFor(OperationResult::Kind kind, const QString& vhost,
                                 const QString& target) {
    OperationResult result;
    result.kind = kind;
    result.vhost = vhost;
    result.target = target;
    return result;
}

// Durable changes are answered once committed, as AMQP declarations are.
inline void finishWhenDurable(services::BrokerContext& context, OperationResult result,
                              OperationDone done) {
    if (!context.definitions || result.errorKind != OperationResult::Error::None) {
        done(std::move(result));
        return;
    }
    context.definitions->whenCommitted(
        [result = std::move(result), done = std::move(done)] { done(result); });
}

inline QString noVhost(const QString& vhost) {
    return QStringLiteral("no vhost '%1'").arg(vhost);
}

} // namespace warren::ops
