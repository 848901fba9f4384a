#pragma once

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <optional>
#include <warren/management.h>

// The next operationFinished result of `kind` on `finished`, passing over the answers to other
// commands before it and waiting up to `timeoutMs` for it; nullopt when none came.
inline std::optional<warren::OperationResult>
nextResultOf(QSignalSpy& finished, warren::OperationResult::Kind kind, int timeoutMs = 5000) {
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        while (!finished.isEmpty()) {
            auto result = finished.takeFirst().at(0).value<warren::OperationResult>();
            if (result.kind == kind)
                return result;
        }
        if (deadline.hasExpired() || !finished.wait(int(deadline.remainingTime())))
            return std::nullopt;
    }
}
