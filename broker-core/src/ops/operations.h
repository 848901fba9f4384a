#pragma once

#include "ops/actor.h"
#include "ops/management_operations.h"
#include "services/broker_context.h"

#include <warren/command.h>

namespace warren::ops {

// Runs `command` for `actor`: the one way in for the console (BrokerEngine::execute) and the
// management API. One authorization (authorize()), one validation (validate()), then the
// operation; `done` is called once — durable changes once committed — with result.kind =
// resultKind(command) and errorKind set whenever error is. What only the engine can do (closing
// a connection, knowing whether a vhost has clients) goes through context.clients. Changes are
// journalled under whatever ChangeJournal scope the caller has opened.
//
// A new operation is a new struct in command.h, its rights in authorize(), its case here, and
// its caller.
void execute(services::BrokerContext& context, const Actor& actor, const Command& command,
             OperationDone done);

} // namespace warren::ops
