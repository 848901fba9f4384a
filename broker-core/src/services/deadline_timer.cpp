#include "services/deadline_timer.h"

#include <algorithm>
#include <limits>

namespace warren::services {

DeadlineTimer::DeadlineTimer(BrokerContext& context, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_clock(clock)
    , m_timer(this) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineTimer::fire);
}

void DeadlineTimer::follow(core::Vhost& vhost) {
    vhost.setDeadlineListener([this](qint64 deadlineMs) { arm(deadlineMs); });
    arm(vhost.nextDeadline());
}

void DeadlineTimer::stop() {
    m_timer.stop();
    m_armedFor = 0;
}

void DeadlineTimer::arm(qint64 deadlineMs) {
    // A later deadline waits for the firing that recomputes the earliest; one that moved
    // later meanwhile costs a firing that finds nothing due.
    if (deadlineMs == 0 || (m_armedFor != 0 && m_armedFor <= deadlineMs))
        return;
    m_armedFor = deadlineMs;
    const qint64 wait =
        std::clamp<qint64>(deadlineMs - m_clock.nowMs(), 0, std::numeric_limits<int>::max());
    m_timer.start(int(wait));
}

void DeadlineTimer::fire() {
    m_armedFor = 0;
    qint64 next = 0;
    // Copied: a vhost is never deleted by expiry, but the loop must not depend on that.
    const auto vhosts = m_context.vhosts.values();
    for (const auto& vhost : vhosts) {
        vhost->runDeadlines();
        if (const qint64 at = vhost->nextDeadline(); at != 0)
            next = next == 0 ? at : std::min(next, at);
    }
    arm(next);
}

} // namespace warren::services
