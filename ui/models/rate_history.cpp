#include "models/rate_history.h"

#include <algorithm>

RateHistory::RateHistory(int capacity)
    : m_capacity(std::max(capacity, 1)) {}

void RateHistory::append(qint64 atMs, const Values& values) {
    if (m_size < m_capacity) {
        m_samples.push_back({atMs, values}); // m_start stays 0 until the ring is full
        ++m_size;
        return;
    }
    m_samples[size_t(m_start)] = {atMs, values}; // overwrite the oldest
    m_start = (m_start + 1) % m_capacity;
}

void RateHistory::clear() {
    m_samples.clear();
    m_start = 0;
    m_size = 0;
}

const RateHistory::Sample& RateHistory::at(int index) const {
    return m_samples[size_t((m_start + index) % int(m_samples.size()))];
}

int RateHistory::firstInWindow(qint64 fromMs) const {
    // Samples are in time order: binary search over the ring's logical indexes.
    int low = 0;
    int high = m_size;
    while (low < high) {
        const int mid = (low + high) / 2;
        if (at(mid).atMs < fromMs)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

QList<QPointF> RateHistory::points(Series series, qint64 nowMs, qint64 windowMs,
                                   int maxPoints) const {
    QList<QPointF> out;
    const int first = firstInWindow(nowMs - windowMs);
    const int end = firstInWindow(nowMs + 1); // nothing after now
    const int count = end - first;
    if (count <= 0 || maxPoints <= 0)
        return out;
    const int group = (count + maxPoints - 1) / maxPoints; // samples per point
    out.reserve(count / group + 1);
    for (int begin = first; begin < end; begin += group) {
        const int groupEnd = std::min(begin + group, end);
        double sum = 0;
        for (int i = begin; i < groupEnd; ++i)
            sum += at(i).values[size_t(series)];
        const qint64 lastMs = at(groupEnd - 1).atMs;
        out.append(QPointF(double(lastMs - nowMs) / 1000.0, sum / double(groupEnd - begin)));
    }
    return out;
}

double RateHistory::maximum(Series series, qint64 nowMs, qint64 windowMs) const {
    double most = 0;
    for (int i = firstInWindow(nowMs - windowMs), end = firstInWindow(nowMs + 1); i < end; ++i)
        most = std::max(most, at(i).values[size_t(series)]);
    return most;
}
