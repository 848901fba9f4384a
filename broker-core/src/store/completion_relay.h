#pragma once

#include "store/operation_queue.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace warren::store {

// Lives in a thread that receives completions and runs them there. The writer thread posts to
// a relay, which the store owns and keeps alive, rather than to each caller's context object,
// which may be destroyed at any moment on its own thread; checking the context's QPointer on
// that same thread, when the call runs, is race-free. One post per relay per batch, however
// many completions it carries. Writes the completions submit wake the writer once, after the
// last of them: they make one batch.
class CompletionRelay : public QObject {
public:
    // Shared: a relay on another thread may outlive the store, deleted later by its own loop.
    explicit CompletionRelay(std::shared_ptr<OperationQueue> queue);

    // Any thread.
    void post(std::vector<std::function<void()>> calls);

private:
    std::shared_ptr<OperationQueue> m_queue;
};

} // namespace warren::store
