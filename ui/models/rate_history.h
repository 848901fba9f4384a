#pragma once

#include <QList>
#include <QPointF>
#include <array>
#include <vector>

// The last hour of rates and counts, one sample per snapshot: the broker's totals for the
// overview's charts, or one queue's for its page. A ring that grows to its capacity as samples
// come and then stays: memory is bounded however long the console runs, and a queue that lived
// a minute costs a minute.
class RateHistory {
public:
    enum Series { Publish, Deliver, Ack, Redeliver, Ready, Unacked, SeriesCount };
    using Values = std::array<double, SeriesCount>;

    explicit RateHistory(int capacity = 3600);

    void append(qint64 atMs, const Values& values);
    void clear();
    int size() const { return m_size; }
    int capacity() const { return m_capacity; }
    // The time of the newest sample (0 when empty).
    qint64 lastAtMs() const { return m_size > 0 ? at(m_size - 1).atMs : 0; }

    // Points of one series over the last `windowMs` before `nowMs`: x in seconds relative
    // to now (negative), y the value. At most `maxPoints`: older runs of samples are averaged
    // into one point, so an hour draws as quickly as a minute.
    QList<QPointF> points(Series series, qint64 nowMs, qint64 windowMs, int maxPoints) const;
    // The largest value of the series in that window (0 when empty), for the axis range.
    double maximum(Series series, qint64 nowMs, qint64 windowMs) const;

private:
    struct Sample {
        qint64 atMs = 0;
        Values values{};
    };
    const Sample& at(int index) const; // 0 = oldest
    int firstInWindow(qint64 fromMs) const;

    std::vector<Sample> m_samples;
    int m_capacity;
    int m_start = 0; // index of the oldest sample
    int m_size = 0;
};
