#pragma once

#include <QList>
#include <QPointF>
#include <array>
#include <vector>

// The last hour of the broker's totals, one sample per snapshot, for the overview's charts.
// A fixed ring: memory stays the same however long the console runs.
class RateHistory {
public:
    enum Series { Publish, Deliver, Ack, Redeliver, Ready, Unacked, SeriesCount };
    using Values = std::array<double, SeriesCount>;

    explicit RateHistory(int capacity = 3600);

    void append(qint64 atMs, const Values& values);
    void clear();
    int size() const { return m_size; }
    int capacity() const { return int(m_samples.size()); }

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
    int m_start = 0; // index of the oldest sample
    int m_size = 0;
};
