#pragma once

#include "auth/access.h"
#include "ops/access_rules.h"
#include "ops/actor.h"
#include "ops/refusal.h"
#include "services/broker_context.h"

#include <initializer_list>
#include <optional>
#include <warren/command.h>

namespace warren::ops {

// One access a command needs in its vhost: configure, write or read on a queue or an exchange.
struct Need {
    auth::Access access;
    Resource resource;
    QString name;
};

// Whether `actor` may run `command`: the one place that decides it for the console and the
// management API, with RabbitMQ's rules (rabbit_mgmt_util's is_authorized_* and the AMQP
// channel the API makes its changes over):
// - the console may do anything;
// - users, permissions, topic permissions, vhosts, definitions and the access queries are an
//   administrator's;
// - policies are an administrator's, or a policymaker's in a vhost they have permissions in;
// - a connection may be closed by its owner or an administrator;
// - queues, exchanges, bindings, publishing and moving messages need access to the vhost and
//   configure, write or read on what they name (an administrator needs neither), and on a topic
//   exchange the topic permission for the routing key (administrators too); a published user_id
//   must be the user's own.
// Refusals of who may are NotAuthorised, in the management API's words (its 401 reasons); the
// rest are AMQP's (AccessRefused, PreconditionFailed) with RabbitMQ's texts. Nothing missing is
// refused here: a command on a missing vhost, exchange or connection passes on to its operation,
// which answers NotFound — except that without access to a vhost, missing or not, nothing passes.
std::optional<Refusal> authorize(const services::BrokerContext& context, const Actor& actor,
                                 const Command& command);

// The vhost-access and permission part of authorize(), for what a front end does without a
// command (the API's /get takes messages): NotAuthorised when refused.
std::optional<Refusal> mayAccess(const services::BrokerContext& context, const Actor& actor,
                                 const QString& vhost, std::initializer_list<Need> needs);

bool isAdministrator(const services::BrokerContext& context, const Actor& actor);

} // namespace warren::ops
