#pragma once

#include "store/store_error.h"

#include <QObject>
#include <functional>
#include <optional>

namespace warren::store {

// How a caller hears that its write committed. The callback runs on the thread `context` lives
// in, through that thread's event loop, and never once `context` has been destroyed (a channel
// that closed does not get confirms). `error` is empty on success. Without a context the callback
// runs on the store's writer thread and must be quick and thread-safe.
//
// A write submitted with a callback is tried once and its outcome reported. A write without
// one (the lazily batched acks, delivery marks) cannot be reported, so after a failure it is
// retried, in order, until it commits.
struct Completion {
    QObject* context = nullptr;
    std::function<void(const std::optional<StoreError>& error)> callback;

    bool isEmpty() const { return !callback; }
};

} // namespace warren::store
