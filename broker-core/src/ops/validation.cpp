#include "ops/validation.h"

#include "core/vhost.h"
#include "ops/access_rules.h"
#include "ops/naming_rules.h"

#include <warren/overloaded.h>

namespace warren::ops {

namespace {

using namespace commands;

Refusal reserved(const char* what, const QString& name) {
    return {ErrorKind::AccessRefused,
            QStringLiteral("%1 name '%2' is empty or uses the reserved prefix 'amq.'")
                .arg(QLatin1String(what), name)};
}

std::optional<Refusal> brokerExchange(const core::Vhost& vhost, const ExchangeDefinition& d) {
    const auto existing = d.name.isEmpty() ? nullptr : vhost.exchange(d.name.toUtf8());
    if (!existing)
        return reserved("exchange", d.name);
    const QByteArray current = core::exchangeTypeName(existing->type());
    if (d.type.toUtf8() == current)
        return Refusal{}; // as it is: nothing to change
    return Refusal{ErrorKind::PreconditionFailed,
                   QStringLiteral("inequivalent arg 'type' for exchange '%1' in vhost '%2': "
                                  "received '%3' but current is '%4'")
                       .arg(d.name, d.vhost, d.type, QString::fromUtf8(current))};
}

std::optional<Refusal> internalExchange(const services::BrokerContext& context,
                                        const OutgoingMessage& m) {
    const core::Vhost* vhost = context.vhost(m.vhost.toUtf8());
    const auto exchange = vhost ? vhost->exchange(m.exchange.toUtf8()) : nullptr;
    if (!exchange)
        return std::nullopt; // the publish's own 404
    if (auto refused = internalPublishRefusal(*exchange, vhost->name()))
        return Refusal{errorKindOf(refused->kind), refused->text};
    return std::nullopt;
}

} // namespace

std::optional<Refusal> validate(const services::BrokerContext& context, const Actor& actor,
                                const Command& command) {
    const core::Vhost* vhost = context.vhost(commandVhost(command).toUtf8());
    if (!vhost)
        return std::nullopt;
    return std::visit(Overloaded{
                          [&](const DeclareQueue& c) -> std::optional<Refusal> {
                              if (isBrokerName(c.definition.name))
                                  return reserved("queue", c.definition.name);
                              return std::nullopt;
                          },
                          [&](const DeleteQueue& c) -> std::optional<Refusal> {
                              if (!actor.console && isBrokerName(c.queue))
                                  return reserved("queue", c.queue);
                              return std::nullopt;
                          },
                          [&](const DeclareExchange& c) -> std::optional<Refusal> {
                              if (isBrokerName(c.definition.name))
                                  return brokerExchange(*vhost, c.definition);
                              return std::nullopt;
                          },
                          [&](const DeleteExchange& c) -> std::optional<Refusal> {
                              if (isBrokerName(c.exchange))
                                  return Refusal{
                                      ErrorKind::AccessRefused,
                                      QStringLiteral("the built-in exchange '%1' cannot be deleted")
                                          .arg(c.exchange)};
                              return std::nullopt;
                          },
                          [&](const Publish& c) { return internalExchange(context, c.message); },
                          [&](const auto&) -> std::optional<Refusal> { return std::nullopt; },
                      },
                      command);
}

} // namespace warren::ops
