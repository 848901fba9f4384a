#include "net/epoll_poller.h"

#include <QSocketNotifier>
#include <sys/epoll.h>
#include <unistd.h>

namespace warren::net {

EpollPoller::EpollPoller(QObject* parent)
    : QObject(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_notifier(new QSocketNotifier(m_epoll, QSocketNotifier::Read, this)) {
    connect(m_notifier, &QSocketNotifier::activated, this, &EpollPoller::dispatch);
}

EpollPoller::~EpollPoller() {
    delete m_notifier;
    ::close(m_epoll);
}

void EpollPoller::watch(int descriptor, PollHandler* handler, bool read, bool write) {
    epoll_event event{};
    event.events = (read ? EPOLLIN : 0u) | (write ? EPOLLOUT : 0u);
    event.data.ptr = handler;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_MOD, descriptor, &event) != 0)
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, descriptor, &event);
}

void EpollPoller::unwatch(int descriptor) {
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, descriptor, nullptr);
}

void EpollPoller::dispatch() {
    epoll_event events[256];
    // Handlers finish by deleteLater(), never synchronously, so every pointer fetched in a
    // batch stays valid until the batch is done.
    for (int round = 0; round < 4; ++round) {
        const int count = ::epoll_wait(m_epoll, events, 256, 0);
        for (int i = 0; i < count; ++i) {
            const uint32_t e = events[i].events;
            static_cast<PollHandler*>(events[i].data.ptr)
                ->onPollEvent(e & EPOLLIN, e & EPOLLOUT, e & (EPOLLHUP | EPOLLERR));
        }
        if (count < 256)
            break;
    }
}

} // namespace warren::net
