#pragma once

#include "core/vhost.h"
#include "ops/management_operations.h"
#include "ops/operation_errors.h"

#include <functional>
#include <memory>

namespace warren::ops {

// Answers an operation that publishes many messages once every persistent one is on disk:
// confirmed means durable, as for a single publish. The operation itself holds one share
// until finish(), so an early commit cannot answer before the last message is sent.
class CommitTracker : public std::enable_shared_from_this<CommitTracker> {
public:
    static std::shared_ptr<CommitTracker> start(OperationResult result, OperationDone done) {
        return std::shared_ptr<CommitTracker>(
            new CommitTracker(std::move(result), std::move(done)));
    }

    OperationResult& result() { return m_result; }

    // What to do once one message's commit is known (before the answer goes), e.g. delete
    // the original of a moved message only once its copy is on disk.
    using AfterCommit = std::function<void(bool stored, OperationResult& result)>;

    // Routes `message` by `routingKeys` and, when it is stored, waits for its commit, then
    // calls `afterCommit` (not at all when nothing awaited a commit: routed.awaitingCommit).
    core::RouteResult publish(core::Vhost& vhost, core::Exchange& exchange,
                              const core::MessagePtr& message,
                              const std::vector<QByteArray>& routingKeys,
                              AfterCommit afterCommit = {}) {
        ++m_outstanding;
        auto self = shared_from_this();
        const auto routed = vhost.publish(
            exchange, message, routingKeys, [self, afterCommit = std::move(afterCommit)](bool ok) {
                if (!ok)
                    refuse(self->m_result, ErrorKind::Internal,
                           QStringLiteral("a message could not be stored"));
                if (afterCommit)
                    afterCommit(ok, self->m_result);
                self->release();
            });
        if (!routed.awaitingCommit)
            release(); // the callback was dropped unused
        return routed;
    }

    void finish() { release(); }

private:
    CommitTracker(OperationResult result, OperationDone done)
        : m_result(std::move(result))
        , m_done(std::move(done)) {}

    void release() {
        if (--m_outstanding == 0)
            m_done(m_result);
    }

    OperationResult m_result;
    OperationDone m_done;
    int m_outstanding = 1; // the operation's own share
};

} // namespace warren::ops
