#include "ops/authorization.h"

#include "auth/user_database.h"
#include "core/vhost.h"
#include "ops/clients.h"

#include <warren/overloaded.h>

namespace warren::ops {

namespace {

using auth::Access;
using namespace commands;

// The management API's 401 reasons (rabbit_mgmt_util), which its clients compare.
Refusal notAuthorised(const char* reason) {
    return {ErrorKind::NotAuthorised, QString::fromLatin1(reason)};
}
Refusal notAdministrator() {
    return notAuthorised("Not administrator user");
}
Refusal noVhostAccess() {
    return notAuthorised("User not authorised to access virtual host");
}
Refusal noPermission() {
    return notAuthorised("Access refused.");
}
Refusal notTheirs() {
    return notAuthorised("User not authorised to access object");
}

std::shared_ptr<core::Exchange> exchangeOf(const services::BrokerContext& context,
                                           const QString& vhost, const QString& name) {
    const core::Vhost* v = context.vhost(vhost.toUtf8());
    return v ? v->exchange(name.toUtf8()) : nullptr;
}

// The topic permission on a topic exchange (others are not checked), for publishing (Write)
// or binding (Read) with `routingKey`; a missing exchange is its operation's 404.
std::optional<core::Error> topicRefusal(const services::BrokerContext& context, const Actor& actor,
                                        const QString& vhost, const QString& exchange,
                                        Access access, const QString& routingKey) {
    const auto target = exchangeOf(context, vhost, exchange);
    if (!target)
        return std::nullopt;
    return ops::topicRefusal(context.users, {actor.user, vhost.toUtf8()}, *target, access,
                             routingKey.toUtf8());
}

std::optional<Refusal> publishRefusal(const services::BrokerContext& context, const Actor& actor,
                                      const OutgoingMessage& m) {
    if (auto refused =
            mayAccess(context, actor, m.vhost, {{Access::Write, Resource::Exchange, m.exchange}}))
        return refused;
    if (auto refused =
            topicRefusal(context, actor, m.vhost, m.exchange, Access::Write, m.routingKey))
        return Refusal{errorKindOf(refused->kind), refused->text};
    // RabbitMQ's API publishes over an AMQP channel of the user: the same user-id rule.
    for (const auto& [name, value] : m.properties)
        if (name == QLatin1String("user_id"))
            if (auto refused = context.users.userIdRefusal(actor.user, value.toUtf8()))
                return Refusal{ErrorKind::PreconditionFailed, *refused};
    return std::nullopt;
}

std::optional<Refusal> bindingRefusal(const services::BrokerContext& context, const Actor& actor,
                                      const BindingDefinition& b) {
    const Resource destination = b.destinationIsQueue ? Resource::Queue : Resource::Exchange;
    if (auto refused = mayAccess(context, actor, b.vhost,
                                 {{Access::Write, destination, b.destination},
                                  {Access::Read, Resource::Exchange, b.source}}))
        return refused;
    // The API answers a refused topic with its plain 401, not the AMQP text.
    if (topicRefusal(context, actor, b.vhost, b.source, Access::Read, b.routingKey))
        return noPermission();
    return std::nullopt;
}

std::optional<Refusal> transferRefusal(const services::BrokerContext& context, const Actor& actor,
                                       const MessageTransfer& t) {
    // Where a dead-lettered message goes back to is known only message by message.
    if (t.mode == MessageTransfer::Mode::RequeueDeadLettered)
        return isAdministrator(context, actor) ? std::nullopt
                                               : std::optional<Refusal>(notAdministrator());
    return mayAccess(context, actor, t.vhost,
                     {{Access::Read, Resource::Queue, t.queue},
                      {Access::Write, Resource::Exchange, t.exchange}});
}

std::optional<Refusal> policyRefusal(const services::BrokerContext& context, const Actor& actor,
                                     const QString& vhost) {
    const auth::User* user = context.users.user(actor.user);
    const bool policymaker = user && user->tags.contains(QStringLiteral("policymaker")) &&
                             context.users.permissions(actor.user, vhost.toUtf8()) != nullptr;
    if (isAdministrator(context, actor) || policymaker)
        return std::nullopt;
    return notTheirs();
}

std::optional<Refusal> closeRefusal(const services::BrokerContext& context, const Actor& actor,
                                    const QString& name) {
    const auto owner = context.clients ? context.clients->connectionUser(name) : std::nullopt;
    if (!owner || *owner == QString::fromUtf8(actor.user) || isAdministrator(context, actor))
        return std::nullopt; // a missing connection is the operation's 404
    return notTheirs();
}

} // namespace

bool isAdministrator(const services::BrokerContext& context, const Actor& actor) {
    if (actor.console)
        return true;
    const auth::User* user = context.users.user(actor.user);
    return user && user->tags.contains(QStringLiteral("administrator"));
}

std::optional<Refusal> mayAccess(const services::BrokerContext& context, const Actor& actor,
                                 const QString& vhost, std::initializer_list<Need> needs) {
    if (isAdministrator(context, actor))
        return std::nullopt;
    const QByteArray vhostName = vhost.toUtf8();
    if (!context.users.permissions(actor.user, vhostName))
        return noVhostAccess();
    for (const Need& need : needs)
        if (permissionRefusal(context.users, actor.user, vhostName, need.access, need.resource,
                              need.name.toUtf8()))
            return noPermission();
    return std::nullopt;
}

std::optional<Refusal> authorize(const services::BrokerContext& context, const Actor& actor,
                                 const Command& command) {
    if (actor.console)
        return std::nullopt;
    auto administrator = [&]() -> std::optional<Refusal> {
        if (isAdministrator(context, actor))
            return std::nullopt;
        return notAdministrator();
    };
    auto configure = [&](const QString& vhost, Resource resource, const QString& name) {
        return mayAccess(context, actor, vhost, {{Access::Configure, resource, name}});
    };
    return std::visit(
        Overloaded{
            [&](const DeclareQueue& c) {
                return configure(c.definition.vhost, Resource::Queue, c.definition.name);
            },
            [&](const DeleteQueue& c) { return configure(c.vhost, Resource::Queue, c.queue); },
            [&](const PurgeQueue& c) {
                return mayAccess(context, actor, c.vhost,
                                 {{Access::Read, Resource::Queue, c.queue}});
            },
            // Watching a vhost's traffic is reading it, as the API's own taps are.
            [&](const StartTap& c) { return mayAccess(context, actor, c.vhost, {}); },
            [&](const PeekMessages& c) {
                return mayAccess(context, actor, c.vhost,
                                 {{Access::Read, Resource::Queue, c.queue}});
            },
            [&](const Publish& c) { return publishRefusal(context, actor, c.message); },
            [&](const PublishMany& c) -> std::optional<Refusal> {
                for (const OutgoingMessage& m : c.messages)
                    if (auto refused = publishRefusal(context, actor, m))
                        return refused;
                return std::nullopt;
            },
            [&](const TransferMessages& c) { return transferRefusal(context, actor, c.transfer); },
            [&](const TestRoute& c) {
                return mayAccess(context, actor, c.message.vhost,
                                 {{Access::Write, Resource::Exchange, c.message.exchange}});
            },
            [&](const DeclareExchange& c) {
                return configure(c.definition.vhost, Resource::Exchange, c.definition.name);
            },
            [&](const DeleteExchange& c) {
                return configure(c.vhost, Resource::Exchange, c.exchange);
            },
            [&](const AddBinding& c) { return bindingRefusal(context, actor, c.binding); },
            [&](const RemoveBinding& c) { return bindingRefusal(context, actor, c.binding); },
            [&](const PutPolicy& c) { return policyRefusal(context, actor, c.policy.vhost); },
            [&](const DeletePolicy& c) { return policyRefusal(context, actor, c.vhost); },
            [&](const CloseConnection& c) { return closeRefusal(context, actor, c.name); },
            // Users, permissions, vhosts, definitions (export and import), and what others may do.
            [&](const auto&) { return administrator(); },
        },
        command);
}

} // namespace warren::ops
