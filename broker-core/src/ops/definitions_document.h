#pragma once

#include "services/broker_context.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <warren/command.h>
#include <warren/management.h>

namespace warren::ops {

// How an import of a definitions document ended.
struct DefinitionsImport {
    int applied = 0;      // objects created or updated
    QString firstError;   // the first refusal, naming the object ("queue 'q': …"); empty if none
    QString missingVhost; // set when nothing was imported: an object's vhost neither exists nor
                          // is in the document (RabbitMQ checks this before changing anything)
    OperationResult::Error firstErrorKind = OperationResult::Error::None; // firstError's kind
};

// Everything `context` is configured with, as RabbitMQ's GET /api/definitions writes it.
QJsonObject exportDefinitions(const services::BrokerContext& context);

// Runs one of an import's changes and reports it once (ops::execute, for the import's actor).
using ImportStep = std::function<void(const Command&, std::function<void(OperationResult)>)>;

// Applies `document` (RabbitMQ's definitions format) in dependency order — vhosts, users,
// permissions, policies, exchanges, queues, bindings — each as a command run by `step`, and
// calls `done` once every change has reported back, durable ones once committed.
void importDefinitions(const services::BrokerContext& context, const QJsonObject& document,
                       const ImportStep& step, std::function<void(const DefinitionsImport&)> done);

} // namespace warren::ops
