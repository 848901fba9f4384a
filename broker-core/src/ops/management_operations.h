#pragma once

#include "services/broker_context.h"

#include <functional>
#include <warren/management.h>

namespace warren::ops {

// What the console may change in the embedded broker, with the same rules (and the same
// errors) as AMQP clients get. Each calls `done` once, after any durable change is on disk.
using OperationDone = std::function<void(OperationResult)>;

// `more`: x-arguments of any type beyond the definition's own (the management HTTP API's, as
// given). Names are not checked here: ops::validate refuses the broker's own.
void declareQueue(services::BrokerContext& context, const QueueDefinition& definition,
                  core::FieldTable more, OperationDone done);
void declareQueue(services::BrokerContext& context, const QString& vhost, const QString& name,
                  bool durable, bool autoDelete, core::FieldTable arguments, OperationDone done);
void deleteQueue(services::BrokerContext& context, const QString& vhost, const QString& name,
                 OperationDone done);
void purgeQueue(services::BrokerContext& context, const QString& vhost, const QString& name,
                OperationDone done);
// Internal exchanges are not refused here: ops::validate does, for every front end.
void publishMessage(services::BrokerContext& context, const OutgoingMessage& message,
                    OperationDone done);
// Many at once (an import): `count` of them reached a queue, `skipped` reached none or named
// an exchange that does not exist; answered once the persistent ones are on disk.
void publishMessages(services::BrokerContext& context, const QList<OutgoingMessage>& messages,
                     OperationDone done);
void declareExchange(services::BrokerContext& context, const ExchangeDefinition& definition,
                     core::FieldTable more, OperationDone done);
void declareExchange(services::BrokerContext& context, const QString& vhost, const QString& name,
                     const QString& type, core::Exchange::Options options,
                     core::FieldTable arguments, OperationDone done);
void deleteExchange(services::BrokerContext& context, const QString& vhost, const QString& name,
                    OperationDone done);
void addBinding(services::BrokerContext& context, const BindingDefinition& binding,
                OperationDone done);
// With arguments of any type (`binding.arguments` is ignored).
void addBinding(services::BrokerContext& context, const BindingDefinition& binding,
                core::FieldTable arguments, OperationDone done);
void removeBinding(services::BrokerContext& context, const BindingDefinition& binding,
                   OperationDone done);
// Where `message` would be routed (bindings, exchange-to-exchange, alternate exchanges, CC/BCC)
// without publishing it or counting it anywhere.
void testRoute(services::BrokerContext& context, const OutgoingMessage& message,
               OperationDone done);

} // namespace warren::ops
