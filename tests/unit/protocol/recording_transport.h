#pragma once

#include "protocol/protocol_session.h"

namespace warren::testing {

// A transport with no socket behind it: remembers only whether the session asked to close.
class RecordingTransport final : public protocol::Transport {
public:
    void flushSoon() override {}
    void closeAfterFlush() override { closed = true; }
    void closeWhenPeerCloses(int) override { closed = true; }
    qint64 pendingWriteBytes() const override { return 0; }
    void pauseReading() override {}
    void resumeReading() override {}
    void defer(std::function<void()>) override {}
    bool closed = false;
};

} // namespace warren::testing
