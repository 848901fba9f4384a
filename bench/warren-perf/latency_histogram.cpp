#include "latency_histogram.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace warren::bench {

int LatencyHistogram::indexOf(std::uint64_t value) {
    if (value < std::uint64_t(Linear))
        return int(value);
    // value has its top bit at position msb >= 7; keep the 7 leading bits (64..127).
    const int msb = 63 - std::countl_zero(value);
    const int shift = msb - SubBucketBits;
    const int mantissa = int(value >> shift); // 64..127
    return Linear + (shift - 1) * (1 << SubBucketBits) + (mantissa - (1 << SubBucketBits));
}

std::int64_t LatencyHistogram::valueOf(int index) {
    if (index < Linear)
        return index;
    const int shift = (index - Linear) / (1 << SubBucketBits) + 1;
    const std::uint64_t mantissa =
        std::uint64_t((index - Linear) % (1 << SubBucketBits) + (1 << SubBucketBits));
    // The middle of the bucket: the best single guess for any sample in it.
    const std::uint64_t value = (mantissa << shift) + (std::uint64_t(1) << shift) / 2;
    return value > std::uint64_t(INT64_MAX) ? INT64_MAX : std::int64_t(value);
}

void LatencyHistogram::record(std::int64_t nanos) {
    if (nanos < 0)
        nanos = 0; // clocks are monotonic; this only guards a corrupt payload
    ++m_counts[std::size_t(indexOf(std::uint64_t(nanos)))];
    ++m_count;
    m_sum += nanos;
    m_min = std::min(m_min, nanos);
    m_max = std::max(m_max, nanos);
}

void LatencyHistogram::merge(const LatencyHistogram& other) {
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_count += other.m_count;
    m_sum += other.m_sum;
    m_min = std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
}

std::int64_t LatencyHistogram::percentile(double q) const {
    if (m_count == 0)
        return 0;
    const auto rank = std::uint64_t(q * double(m_count - 1)) + 1;
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen >= rank)
            return std::clamp(valueOf(int(i)), min(), m_max);
    }
    return m_max;
}

} // namespace warren::bench
