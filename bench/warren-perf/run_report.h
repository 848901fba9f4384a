#pragma once

#include "json_line.h"
#include "latency_histogram.h"

#include <string_view>
#include <vector>

// What the AMQP and MQTT load runs report the same way, so that compare.sh reads both with
// the same jq expressions.
namespace warren::bench::report {

double median(std::vector<double> values);
// This process's user + system CPU seconds so far.
double ownCpuSeconds();
double micros(std::int64_t nanos);
// One histogram as a JSON object in microseconds (count, min, mean, p50, p95, p99, max).
void addLatencies(JsonLine& json, std::string_view key, const LatencyHistogram& h);
// The per-second line's view of the same: the percentiles that compare.sh tabulates.
void printLatencies(const char* label, const LatencyHistogram& h);

} // namespace warren::bench::report
