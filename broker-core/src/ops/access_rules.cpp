#include "ops/access_rules.h"

#include "auth/user_database.h"
#include "core/exchange.h"

namespace warren::ops {

std::optional<core::Error> permissionRefusal(const auth::UserDatabase& users,
                                             const QByteArray& user, const QByteArray& vhost,
                                             auth::Access access, Resource resource,
                                             const QByteArray& name) {
    // RabbitMQ checks the default exchange under the name "amq.default" (rabbit_access_control),
    // so permission patterns and refusals name it that way.
    static const QByteArray defaultExchange("amq.default");
    const bool isQueue = resource == Resource::Queue;
    const QByteArray& checked = !isQueue && name.isEmpty() ? defaultExchange : name;
    if (users.isAllowed(user, vhost, access, checked))
        return std::nullopt;
    // RabbitMQ 3.10's wording names neither configure, write nor read.
    return core::Error{core::Error::Kind::AccessRefused,
                       QStringLiteral("access to %1 '%2' in vhost '%3' refused for user '%4'")
                           .arg(isQueue ? QStringLiteral("queue") : QStringLiteral("exchange"),
                                QString::fromUtf8(checked), QString::fromUtf8(vhost),
                                QString::fromUtf8(user))};
}

std::optional<core::Error> internalPublishRefusal(const core::Exchange& exchange,
                                                  const QByteArray& vhost) {
    if (!exchange.options().internal)
        return std::nullopt;
    return core::Error{core::Error::Kind::AccessRefused,
                       QStringLiteral("cannot publish to internal exchange '%1' in vhost '%2'")
                           .arg(QString::fromUtf8(exchange.name()), QString::fromUtf8(vhost))};
}

std::optional<core::Error> topicRefusal(const auth::UserDatabase& users,
                                        const auth::TopicVariables& who,
                                        const core::Exchange& exchange, auth::Access access,
                                        const QByteArray& routingKey) {
    // For every other publish this type test is the whole cost.
    if (exchange.type() != core::ExchangeType::Topic)
        return std::nullopt;
    const QByteArray& user = who.username;
    const QByteArray& vhost = who.vhost;
    if (users.isTopicAllowed(exchange.name(), access, routingKey, who))
        return std::nullopt;
    // RabbitMQ 3.10's wording names neither write nor read, as for the other permissions.
    return core::Error{core::Error::Kind::AccessRefused,
                       QStringLiteral("access to topic '%1' in exchange '%2' in vhost '%3' "
                                      "refused for user '%4'")
                           .arg(QString::fromUtf8(routingKey), QString::fromUtf8(exchange.name()),
                                QString::fromUtf8(vhost), QString::fromUtf8(user))};
}

} // namespace warren::ops
