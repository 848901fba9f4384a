#pragma once

#include <array>
#include <cstdint>

namespace warren::bench {

// Log-linear histogram of nanosecond latencies (the HdrHistogram idea, cut down): exact below
// 128 ns, then 64 sub-buckets per power of two, so any percentile is within 1.6 % of the
// true value. Recording is an index computation and an increment, cheap enough to run for
// every message of a consumer thread, and memory stays constant however long the run.
class LatencyHistogram {
public:
    void record(std::int64_t nanos);
    void merge(const LatencyHistogram& other);

    std::uint64_t count() const { return m_count; }
    std::int64_t max() const { return m_max; }
    std::int64_t min() const { return m_count ? m_min : 0; }
    double mean() const { return m_count ? double(m_sum) / double(m_count) : 0.0; }
    // The value below which the fraction q (0..1) of samples lie, in nanoseconds.
    std::int64_t percentile(double q) const;

private:
    static constexpr int SubBucketBits = 6;
    static constexpr int Linear = 2 << SubBucketBits; // values recorded exactly
    static constexpr int Buckets = Linear + (63 - SubBucketBits) * (1 << SubBucketBits);
    static int indexOf(std::uint64_t value);
    static std::int64_t valueOf(int index);

    std::array<std::uint64_t, Buckets> m_counts{};
    std::uint64_t m_count = 0;
    std::int64_t m_sum = 0;
    std::int64_t m_min = INT64_MAX;
    std::int64_t m_max = 0;
};

} // namespace warren::bench
