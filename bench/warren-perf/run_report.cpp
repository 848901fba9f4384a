#include "run_report.h"

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace warren::bench::report {

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double ownCpuSeconds() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double micros(std::int64_t nanos) {
    return double(nanos) / 1000.0;
}

void addLatencies(JsonLine& json, std::string_view key, const LatencyHistogram& h) {
    json.beginObject(key)
        .field("count", h.count())
        .field("min", micros(h.min()))
        .field("mean", h.mean() / 1000.0)
        .field("p50", micros(h.percentile(0.50)))
        .field("p95", micros(h.percentile(0.95)))
        .field("p99", micros(h.percentile(0.99)))
        .field("max", micros(h.max()))
        .endObject();
}

void printLatencies(const char* label, const LatencyHistogram& h) {
    if (h.count() == 0) {
        std::printf("  %s us: none", label);
        return;
    }
    std::printf("  %s us p50 %6.0f p95 %6.0f p99 %6.0f max %7.0f", label,
                micros(h.percentile(0.50)), micros(h.percentile(0.95)), micros(h.percentile(0.99)),
                micros(h.max()));
}

} // namespace warren::bench::report
