#pragma once

#include "services/broker_context.h"

#include <QObject>
#include <QTimer>

namespace warren::services {

// The one timer behind every queue's TTL and x-expires: armed for the earliest deadline of all
// vhosts, so an expiry is as punctual as a timer per queue was (RabbitMQ expires the head on a
// timer of its own), while thousands of queues cost one timer and a schedule per vhost.
class DeadlineTimer : public QObject {
public:
    DeadlineTimer(BrokerContext& context, const core::Clock& clock, QObject* parent = nullptr);

    // From now on the vhost's deadlines arm this timer. Once per vhost, as it is made.
    void follow(core::Vhost& vhost);
    void stop();
    const core::Clock& clock() const { return m_clock; }

    // What the timer does when it goes off: runs every vhost's due deadlines and arms for the
    // next. Public so that tests with a ManualClock need not wait for it.
    void fire();
    // The deadline it is armed for; 0: none.
    qint64 armedFor() const { return m_armedFor; }

private:
    void arm(qint64 deadlineMs);

    BrokerContext& m_context;
    const core::Clock& m_clock;
    QTimer m_timer;
    qint64 m_armedFor = 0; // 0: not armed
};

} // namespace warren::services
