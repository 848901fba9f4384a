#pragma once

#include "net/write_channel.h"

#include <QObject>
#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace warren::net {

// The socket writer thread: the second core's share of the work. The broker thread decodes,
// routes and encodes; this thread makes the writev() calls that copy output into the kernel,
// which for large messages is most of the cost of a delivery. Ownership is by hand-off:
// segments moved into a WriteChannel belong to the writer from then on, and the descriptor is
// closed only here. Events for the connection (drained, closed, failed) come back to the
// broker thread as queued calls on this object, which lives there.
class SocketWriter final : public QObject {
    Q_OBJECT
public:
    enum class Event { Drained, Closed, Failed };

    explicit SocketWriter(QObject* parent = nullptr);
    // Writes what the kernel takes without waiting, closes every released descriptor, joins.
    ~SocketWriter() override;

    // False when the kernel refused the writer's epoll or eventfd: do not use it.
    bool isValid() const { return m_epoll >= 0 && m_wakeup >= 0; }

    std::shared_ptr<WriteChannel> open(int descriptor, SocketConnection* owner);
    // Moves everything in `output` to the channel and wakes the writer; with
    // `shutdownAfter`, the socket is shut down once the last byte is written (then Closed).
    // A small hand-off to an idle channel is written at once by the caller instead.
    void submit(const std::shared_ptr<WriteChannel>& channel, protocol::OutputBuffer& output,
                bool shutdownAfter);
    // The connection is gone: write what the kernel still takes, then close the descriptor.
    void release(const std::shared_ptr<WriteChannel>& channel);

    // Output handed to this thread for sockets that can take it: the work it is behind on.
    // Sockets whose peer does not read (a full socket buffer) do not count; their backlog is
    // the peer's, bounded per connection. Lock-free, for flow control on every publish.
    qint64 unwrittenBytes() const {
        return std::max<qint64>(0, m_handedOver.load(std::memory_order_relaxed) -
                                       m_stalled.load(std::memory_order_relaxed));
    }

private:
    void wake(const std::shared_ptr<WriteChannel>& channel); // called with channel->mutex held
    void run();
    void write(const std::shared_ptr<WriteChannel>& channel);
    void waitForKernel(const std::shared_ptr<WriteChannel>& channel);
    void stopWaiting(WriteChannel& channel);
    void dropBacklog(WriteChannel& channel); // called with channel.mutex held
    void post(const std::shared_ptr<WriteChannel>& channel, Event event);
    void deliver(const std::shared_ptr<WriteChannel>& channel, Event event);

    int m_epoll;
    int m_wakeup; // eventfd, watched by m_epoll

    std::mutex m_readyMutex;
    std::vector<std::shared_ptr<WriteChannel>> m_ready; // guarded
    bool m_sleeping = false;                            // guarded: the writer needs a wakeup
    bool m_stopping = false;                            // guarded

    // Every channel's backlog, and the part of it on channels waiting for a full socket
    // buffer; both change under the channel's mutex.
    std::atomic<qint64> m_handedOver{0};
    std::atomic<qint64> m_stalled{0};

    // Writer thread only: channels whose socket buffer was full.
    std::unordered_map<WriteChannel*, std::shared_ptr<WriteChannel>> m_waiting;

    std::thread m_thread;
};

} // namespace warren::net
