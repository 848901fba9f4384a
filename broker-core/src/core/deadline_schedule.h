#pragma once

#include <QtGlobal>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace warren::core {

class Queue;

// The queues that have something to do at a time of their own (the head message's TTL, the
// x-expires countdown), earliest first. With many queues, finding what is due costs a lookup
// per due queue instead of a look at every queue.
class DeadlineSchedule {
public:
    // Sets the queue's one deadline (milliseconds since the epoch; 0: none). True when this
    // made the earliest deadline earlier, or gave the schedule its first.
    bool set(const Queue* queue, qint64 deadlineMs);
    // The earliest deadline; 0 when nothing is scheduled.
    qint64 earliest() const { return m_byDeadline.empty() ? 0 : m_byDeadline.begin()->first; }
    // Takes the queues due at `nowMs` off the schedule, earliest first.
    std::vector<const Queue*> takeDue(qint64 nowMs);
    bool isEmpty() const { return m_byDeadline.empty(); }

private:
    std::set<std::pair<qint64, const Queue*>> m_byDeadline;
    std::unordered_map<const Queue*, qint64> m_deadlineOf;
};

} // namespace warren::core
