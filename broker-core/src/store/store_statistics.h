#pragma once

#include <QString>

namespace warren::store {

// Counters for metrics and the console, read without waiting for the writer. Operations per
// batch is how well group commit is working; pending operations is the writer's backlog, which
// a broker can use for flow control.
struct StoreStatistics {
    quint64 batchesCommitted = 0;
    quint64 operationsCommitted = 0;
    quint64 batchesFailed = 0;
    quint64 pendingOperations = 0;
    QString lastFailure; // the sentence of the most recent failed batch, if any
};

} // namespace warren::store
