#include "core/deadline_schedule.h"

namespace warren::core {

bool DeadlineSchedule::set(const Queue* queue, qint64 deadlineMs) {
    const qint64 earliestBefore = earliest();
    if (auto it = m_deadlineOf.find(queue); it != m_deadlineOf.end()) {
        if (it->second == deadlineMs)
            return false;
        m_byDeadline.erase({it->second, queue});
        m_deadlineOf.erase(it);
    }
    if (deadlineMs == 0)
        return false;
    m_byDeadline.emplace(deadlineMs, queue);
    m_deadlineOf.emplace(queue, deadlineMs);
    return earliestBefore == 0 || deadlineMs < earliestBefore;
}

std::vector<const Queue*> DeadlineSchedule::takeDue(qint64 nowMs) {
    std::vector<const Queue*> due;
    while (!m_byDeadline.empty() && m_byDeadline.begin()->first <= nowMs) {
        const Queue* queue = m_byDeadline.begin()->second;
        m_byDeadline.erase(m_byDeadline.begin());
        m_deadlineOf.erase(queue);
        due.push_back(queue);
    }
    return due;
}

} // namespace warren::core
