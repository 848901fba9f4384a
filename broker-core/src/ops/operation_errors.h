#pragma once

#include "core/error.h"

#include <warren/management.h>

// How an operation of the operations layer reports a refusal: the text and its kind together,
// so that no front end has to guess the kind from the text.
namespace warren::ops {

using ErrorKind = OperationResult::Error;

// core::Error's kinds (RabbitMQ's soft errors) as an operation's error kind: the one place
// where the two are mapped.
ErrorKind errorKindOf(core::Error::Kind kind);

// Marks `result` refused with `kind` and `text`.
void refuse(OperationResult& result, ErrorKind kind, const QString& text);
void refuse(OperationResult& result, const core::Error& error);

} // namespace warren::ops
