#pragma once

#include "ops/actor.h"
#include "ops/refusal.h"
#include "services/broker_context.h"

#include <optional>
#include <warren/command.h>

namespace warren::ops {

// The rules on what a command names that hold for everyone, the console too, checked once here
// rather than in each operation (naming_rules.h says which names are the broker's):
// - no queue or exchange with the broker's names (empty, "amq.") is made; the broker's own
//   exchanges may be redeclared as they are (a Refusal of kind None: nothing to change), with
//   another type they are PreconditionFailed;
// - the broker's exchanges are not deleted, and API users delete no broker-named queue either
//   (the console may clear out server-named amq.gen-… queues, as AMQP clients may);
// - no one publishes to an internal exchange.
// A command on a missing vhost passes: its operation answers NotFound.
std::optional<Refusal> validate(const services::BrokerContext& context, const Actor& actor,
                                const Command& command);

} // namespace warren::ops
