#pragma once

#include "core/vhost.h"
#include "engine/management_operations.h"

#include <memory>

namespace warren::engine {

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

    // Routes `message` by `routingKeys` and, when it is stored, waits for its commit.
    core::RouteResult publish(core::Vhost& vhost, core::Exchange& exchange,
                              const core::MessagePtr& message,
                              const std::vector<QByteArray>& routingKeys) {
        ++m_outstanding;
        auto self = shared_from_this();
        const auto routed = vhost.publish(exchange, message, routingKeys, [self](bool ok) {
            if (!ok)
                self->m_result.error = QStringLiteral("a message could not be stored");
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

} // namespace warren::engine
