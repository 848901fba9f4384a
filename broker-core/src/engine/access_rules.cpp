#include "engine/access_rules.h"

#include "auth/user_database.h"
#include "core/exchange.h"

namespace warren::engine {

std::optional<core::Error> internalPublishRefusal(const core::Exchange& exchange,
                                                  const QByteArray& vhost) {
    if (!exchange.options().internal)
        return std::nullopt;
    return core::Error{core::Error::Kind::AccessRefused,
                       QStringLiteral("cannot publish to internal exchange '%1' in vhost '%2'")
                           .arg(QString::fromUtf8(exchange.name()), QString::fromUtf8(vhost))};
}

std::optional<core::Error> topicRefusal(const auth::UserDatabase& users, const QByteArray& user,
                                        const QByteArray& vhost, const core::Exchange& exchange,
                                        auth::Access access, const QByteArray& routingKey) {
    // For every other publish this type test is the whole cost.
    if (exchange.type() != core::ExchangeType::Topic)
        return std::nullopt;
    const auth::TopicVariables variables{user, vhost, std::nullopt};
    if (users.isTopicAllowed(exchange.name(), access, routingKey, variables))
        return std::nullopt;
    // RabbitMQ 3.10's wording names neither write nor read, as for the other permissions.
    return core::Error{core::Error::Kind::AccessRefused,
                       QStringLiteral("access to topic '%1' in exchange '%2' in vhost '%3' "
                                      "refused for user '%4'")
                           .arg(QString::fromUtf8(routingKey), QString::fromUtf8(exchange.name()),
                                QString::fromUtf8(vhost), QString::fromUtf8(user))};
}

} // namespace warren::engine
