#pragma once

#include "ops/operation_errors.h"

#include <QString>

namespace warren::ops {

// Why a command is answered without being run, as its result's errorKind and error will say.
struct Refusal {
    ErrorKind kind = ErrorKind::None; // None only from validate(): nothing to change
    QString text;
};

} // namespace warren::ops
