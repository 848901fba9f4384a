#pragma once

#include "store/store_error.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace warren::store {

class CompletionRelay;
class StoreWriter;

// One unit of work for the writer thread: what to run inside the batch transaction, and whom
// to tell how it went once the batch has committed or failed.
struct StoreOperation {
    enum class Kind {
        Write,
        // Runs inside the batch like a write, so it sees every write submitted before it; after
        // a failed batch it runs again on its own instead of being reported as failed.
        Read,
    };
    Kind kind = Kind::Write;
    std::function<std::optional<StoreError>(StoreWriter&)> run;
    // Empty: a fire-and-forget write, retried after a failed batch until it commits.
    std::function<void(const std::optional<StoreError>&)> done;
    // Where `done` runs; null: on the writer thread.
    CompletionRelay* relay = nullptr;
    // `done` is skipped once the caller's context object is gone.
    QPointer<QObject> context;
    // Runs on the writer thread when a reported write failed, to undo what the submitting side
    // assumed (a queue it already treated as durable).
    std::function<void()> dropped;
    // Payload size, to bound a batch.
    qint64 bytes = 0;
};

} // namespace warren::store
