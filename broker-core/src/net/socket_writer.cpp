#include "net/socket_writer.h"

#include "core/queued_call.h"
#include "net/socket_connection.h"

#include <array>
#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace warren::net {

namespace {
constexpr int MaxSegmentsPerWrite = 256;
// Hand-offs up to this size to an idle channel are written by the caller (see submit()).
constexpr qsizetype InlineWriteLimit = 16 * 1024;
} // namespace

long sendSegments(int descriptor, iovec* segments, int count) {
    msghdr message{};
    message.msg_iov = segments;
    message.msg_iovlen = size_t(count);
    return ::sendmsg(descriptor, &message, MSG_NOSIGNAL);
}

SocketWriter::SocketWriter(QObject* parent)
    : QObject(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wakeup(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = nullptr; // the wakeup descriptor; channels carry their address
    if (!isValid())
        return; // no thread: the owner falls back to writing on its own thread
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeup, &event);
    m_thread = std::thread([this] { run(); });
}

SocketWriter::~SocketWriter() {
    if (!m_thread.joinable()) {
        if (m_wakeup >= 0)
            ::close(m_wakeup);
        if (m_epoll >= 0)
            ::close(m_epoll);
        return;
    }
    {
        std::lock_guard lock(m_readyMutex);
        m_stopping = true;
        const quint64 one = 1;
        [[maybe_unused]] const auto ignored = ::write(m_wakeup, &one, sizeof one);
    }
    m_thread.join();
    ::close(m_wakeup);
    ::close(m_epoll);
}

std::shared_ptr<WriteChannel> SocketWriter::open(int descriptor, SocketConnection* owner) {
    return std::make_shared<WriteChannel>(descriptor, owner);
}

void SocketWriter::submit(const std::shared_ptr<WriteChannel>& channel,
                          protocol::OutputBuffer& output, bool shutdownAfter) {
    std::lock_guard lock(channel->mutex);
    if (channel->failed || channel->closed) {
        output.consume(output.size()); // the peer is gone; the connection learns it shortly
        return;
    }
    // A small hand-off to an idle channel is written here at once: waking the writer would
    // cost more than the write, and at low rates that wakeup is most of a message's latency.
    // Idle means nothing pending, so the writer has no write in flight on this socket and
    // order is kept (both sides write only under the channel's mutex or with data pending).
    if (channel->pending.isEmpty() && !shutdownAfter && output.size() <= InlineWriteLimit) {
        std::array<iovec, MaxSegmentsPerWrite> segments;
        while (!output.isEmpty()) {
            const int count = output.gather(segments.data(), int(segments.size()));
            const long written = sendSegments(channel->descriptor, segments.data(), count);
            if (written > 0) {
                output.consume(written);
                continue;
            }
            if (written < 0 && errno == EINTR)
                continue;
            break; // a full socket buffer or an error: the writer takes it from here
        }
        if (output.isEmpty())
            return;
    }
    const qsizetype bytes = output.size();
    output.moveAllTo(channel->pending);
    channel->backlog.fetch_add(bytes, std::memory_order_relaxed);
    m_handedOver.fetch_add(bytes, std::memory_order_relaxed);
    if (channel->waitingForKernel)
        m_stalled.fetch_add(bytes, std::memory_order_relaxed);
    channel->shutdownWhenDrained = channel->shutdownWhenDrained || shutdownAfter;
    wake(channel);
}

void SocketWriter::release(const std::shared_ptr<WriteChannel>& channel) {
    std::lock_guard lock(channel->mutex);
    channel->released = true;
    wake(channel);
}

void SocketWriter::wake(const std::shared_ptr<WriteChannel>& channel) {
    if (channel->queued)
        return;
    channel->queued = true;
    std::lock_guard lock(m_readyMutex);
    m_ready.push_back(channel);
    if (m_sleeping) {
        // One eventfd write per sleep: while the writer is busy, hand-offs cost a push.
        m_sleeping = false;
        const quint64 one = 1;
        [[maybe_unused]] const auto ignored = ::write(m_wakeup, &one, sizeof one);
    }
}

void SocketWriter::run() {
    std::vector<std::shared_ptr<WriteChannel>> batch;
    std::array<epoll_event, 256> events;
    for (;;) {
        bool stopping = false;
        {
            std::lock_guard lock(m_readyMutex);
            batch.swap(m_ready);
            stopping = m_stopping;
            m_sleeping = batch.empty() && !stopping;
        }
        for (const auto& channel : batch)
            write(channel);
        batch.clear();
        if (stopping) {
            // Released channels waiting for a full socket buffer are given up on now.
            for (auto& [raw, channel] : std::exchange(m_waiting, {})) {
                std::lock_guard lock(channel->mutex);
                ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, channel->descriptor, nullptr);
                channel->waitingForKernel = false;
                m_stalled.fetch_sub(channel->backlog.load(std::memory_order_relaxed),
                                    std::memory_order_relaxed);
                if (channel->released && !channel->closed) {
                    ::close(channel->descriptor);
                    channel->closed = true;
                }
            }
            std::lock_guard lock(m_readyMutex);
            if (m_ready.empty())
                return;
            continue;
        }
        // Sleep only when nothing was handed over meanwhile (m_sleeping still set); otherwise
        // just collect sockets that became writable.
        bool sleep = false;
        {
            std::lock_guard lock(m_readyMutex);
            sleep = m_sleeping;
        }
        const int count = ::epoll_wait(m_epoll, events.data(), int(events.size()), sleep ? -1 : 0);
        for (int i = 0; i < count; ++i) {
            auto* raw = static_cast<WriteChannel*>(events[i].data.ptr);
            if (!raw) {
                quint64 value = 0;
                [[maybe_unused]] const auto ignored = ::read(m_wakeup, &value, sizeof value);
                continue;
            }
            const auto found = m_waiting.find(raw);
            if (found == m_waiting.end())
                continue;
            const std::shared_ptr<WriteChannel> channel = found->second;
            m_waiting.erase(found);
            {
                std::lock_guard lock(channel->mutex);
                stopWaiting(*channel);
            }
            write(channel);
        }
        if (sleep) {
            std::lock_guard lock(m_readyMutex);
            m_sleeping = false;
        }
    }
}

void SocketWriter::write(const std::shared_ptr<WriteChannel>& channel) {
    std::unique_lock lock(channel->mutex);
    channel->queued = false;
    if (channel->closed || (channel->shutDown && !channel->released))
        return; // nothing more goes out; a shut-down socket waits for its release
    std::array<iovec, MaxSegmentsPerWrite> segments;
    bool full = false;
    while (!channel->failed && !channel->waitingForKernel) {
        const int count = channel->pending.gather(segments.data(), int(segments.size()));
        if (count == 0)
            break;
        // The gathered segments are sealed: the broker thread only appends new ones, so the
        // lock is not held across the system call.
        lock.unlock();
        const ssize_t written = sendSegments(channel->descriptor, segments.data(), count);
        const int error = errno;
        lock.lock();
        if (written > 0) {
            channel->pending.consume(written);
            channel->backlog.fetch_sub(written); // seq_cst: pairs with handOver()'s flag, then load
            m_handedOver.fetch_sub(written, std::memory_order_relaxed);
            continue;
        }
        if (written < 0 && error == EINTR)
            continue;
        if (written < 0 && (error == EAGAIN || error == EWOULDBLOCK)) {
            full = true;
            break;
        }
        // EPIPE, ECONNRESET: the peer is gone; what is left can never be delivered.
        channel->failed = true;
        dropBacklog(*channel);
        if (!channel->released)
            post(channel, Event::Failed);
    }
    if (channel->released) {
        // Nobody waits for the rest: close now, even if the kernel did not take everything.
        stopWaiting(*channel);
        ::close(channel->descriptor);
        channel->closed = true;
        dropBacklog(*channel);
        return;
    }
    if (full && !channel->waitingForKernel) {
        waitForKernel(channel);
        return;
    }
    if (channel->pending.isEmpty() && channel->shutdownWhenDrained && !channel->shutDown) {
        channel->shutDown = true;
        // The write side only: the connection reads on until the peer closes (linger).
        ::shutdown(channel->descriptor, SHUT_WR);
        post(channel, Event::Closed);
        return;
    }
    if (channel->backlog.load(std::memory_order_relaxed) < BacklogLowWater &&
        channel->wantsDrainedNotice.exchange(false))
        post(channel, Event::Drained);
}

void SocketWriter::dropBacklog(WriteChannel& channel) {
    const qint64 dropped = channel.backlog.exchange(0, std::memory_order_relaxed);
    m_handedOver.fetch_sub(dropped, std::memory_order_relaxed);
    channel.pending.consume(channel.pending.size());
}

void SocketWriter::waitForKernel(const std::shared_ptr<WriteChannel>& channel) {
    channel->waitingForKernel = true;
    m_stalled.fetch_add(channel->backlog.load(std::memory_order_relaxed),
                        std::memory_order_relaxed);
    m_waiting.emplace(channel.get(), channel);
    epoll_event event{};
    event.events = EPOLLOUT;
    event.data.ptr = channel.get();
    if (::epoll_ctl(m_epoll, EPOLL_CTL_MOD, channel->descriptor, &event) != 0)
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, channel->descriptor, &event);
}

void SocketWriter::stopWaiting(WriteChannel& channel) {
    if (!channel.waitingForKernel)
        return;
    channel.waitingForKernel = false;
    m_stalled.fetch_sub(channel.backlog.load(std::memory_order_relaxed), std::memory_order_relaxed);
    m_waiting.erase(&channel);
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, channel.descriptor, nullptr);
}

void SocketWriter::post(const std::shared_ptr<WriteChannel>& channel, Event event) {
    postQueued(this, [this, channel, event] { deliver(channel, event); });
}

void SocketWriter::deliver(const std::shared_ptr<WriteChannel>& channel, Event event) {
    if (channel->owner)
        channel->owner->onWriterEvent(event);
}

} // namespace warren::net
