#pragma once

#include "protocol/output_buffer.h"

#include <atomic>
#include <mutex>

struct iovec;

namespace warren::net {

class SocketConnection;

// writev() for sockets without SIGPIPE: a peer that vanished is an EPIPE to handle, not a
// signal that kills the process (the broker is a library; it does not own signal handling).
long sendSegments(int descriptor, iovec* segments, int count);

// Below this backlog a session that paused its consumers is told to resume.
constexpr qint64 BacklogLowWater = 256 * 1024;

// One connection's output on its way from the broker thread to the socket writer thread.
// The broker thread appends whole segments (never touching them again); the writer thread
// writes and drops them. `mutex` guards `pending` and the flags under it; `owner` is read
// and written on the broker thread only; the writer thread alone closes the descriptor,
// after release, so a reused descriptor number can never receive another client's bytes.
struct WriteChannel {
    explicit WriteChannel(int fd, SocketConnection* connection)
        : descriptor(fd)
        , owner(connection) {}

    const int descriptor;

    std::mutex mutex;
    protocol::OutputBuffer pending;
    bool queued = false;              // in the writer's ready list
    bool shutdownWhenDrained = false; // the session said goodbye: shut down after the last byte
    bool released = false;            // the connection is gone: close the descriptor
    bool failed = false;              // the kernel refused a write (peer reset): drop the rest

    // Bytes handed over and not yet taken by the kernel; read by flow control on the broker
    // thread without the lock.
    std::atomic<qint64> backlog{0};
    // Set by the broker thread while deliveries wait for the backlog to shrink.
    std::atomic<bool> wantsDrainedNotice{false};

    // Written by the writer thread only, under the mutex (submit() reads it there).
    bool waitingForKernel = false; // EPOLLOUT armed on the writer's epoll

    // Writer thread only.
    bool shutDown = false;
    bool closed = false;

    SocketConnection* owner; // broker thread only; null once the connection is gone
};

} // namespace warren::net
