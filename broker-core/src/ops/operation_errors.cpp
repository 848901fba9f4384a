#include "ops/operation_errors.h"

namespace warren::ops {

ErrorKind errorKindOf(core::Error::Kind kind) {
    switch (kind) {
    case core::Error::Kind::NotFound:
        return ErrorKind::NotFound;
    case core::Error::Kind::AccessRefused:
        return ErrorKind::AccessRefused;
    case core::Error::Kind::ResourceLocked:
        return ErrorKind::ResourceLocked;
    case core::Error::Kind::PreconditionFailed:
        return ErrorKind::PreconditionFailed;
    case core::Error::Kind::NotAllowed:
        return ErrorKind::NotAllowed;
    }
    return ErrorKind::Internal;
}

void refuse(OperationResult& result, ErrorKind kind, const QString& text) {
    result.errorKind = kind;
    result.error = text;
}

void refuse(OperationResult& result, const core::Error& error) {
    refuse(result, errorKindOf(error.kind), error.text);
}

} // namespace warren::ops
