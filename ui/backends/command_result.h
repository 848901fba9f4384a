#pragma once

#include <warren/command.h>
#include <warren/management.h>

// The answer to `command` before anything is filled in but its kind, vhost and target, named as
// every backend names them (the views match answers to what they asked by these): the start of
// a refusal, or of a result a backend completes from its broker's answer.
warren::OperationResult resultFor(const warren::Command& command);
