#pragma once

#include <QMetaObject>
#include <QObject>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define WARREN_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define WARREN_UNDER_TSAN 1
#endif
#endif

#ifdef WARREN_UNDER_TSAN
extern "C" {
void __tsan_acquire(void* addr);
void __tsan_release(void* addr);
void __tsan_ignore_thread_begin();
void __tsan_ignore_thread_end();
}
#endif

namespace warren {

// Runs `call` on the thread `target` lives in, through its event loop. What the caller wrote
// before posting happens before the call: Qt guarantees it with its own locks, but those are
// futexes inside a Qt that ThreadSanitizer did not instrument, so under TSan (WARREN_TSAN) the
// post releases and the call acquires on `target`, and the functor Qt carries across is built
// unobserved. Without TSan this is QMetaObject::invokeMethod and nothing more.
template <typename Call>
void postQueued(QObject* target, Call&& call, Qt::ConnectionType type = Qt::QueuedConnection) {
#ifdef WARREN_UNDER_TSAN
    __tsan_release(target);
    __tsan_ignore_thread_begin();
    QMetaObject::invokeMethod(
        target,
        [target, call = std::forward<Call>(call)]() mutable {
            __tsan_acquire(target);
            call();
            __tsan_release(target); // back to a caller blocked in BlockingQueuedConnection
        },
        type);
    __tsan_ignore_thread_end();
    __tsan_acquire(target);
#else
    QMetaObject::invokeMethod(target, std::forward<Call>(call), type);
#endif
}

} // namespace warren
