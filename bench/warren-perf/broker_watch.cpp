#include "broker_watch.h"

#include "json_line.h"

#include <algorithm>

namespace warren::bench {

BrokerWatch::BrokerWatch(pid_t pid, std::uint64_t maxRssMb)
    : m_pid(pid)
    , m_maxRssMb(maxRssMb) {}

void BrokerWatch::start() {
    if (m_pid)
        m_start = ProcessSample::read(m_pid);
}

void BrokerWatch::finish() {
    if (m_pid)
        m_end = ProcessSample::read(m_pid);
}

std::uint64_t BrokerWatch::sample(std::string& guardError) {
    if (!m_pid)
        return 0;
    const auto now = ProcessSample::read(m_pid);
    if (!now)
        return 0;
    m_maxRssKb = std::max(m_maxRssKb, now->rssKb);
    if (m_maxRssMb && now->rssKb / 1024 > m_maxRssMb)
        guardError = "broker RSS " + std::to_string(now->rssKb / 1024) +
                     " MiB passed --max-broker-rss " + std::to_string(m_maxRssMb) +
                     " MiB: run ended early (queue growing without bound?)";
    return now->rssKb;
}

void BrokerWatch::addTo(JsonLine& json) const {
    if (!m_start || !m_end)
        return;
    json.beginObject("broker")
        .field("pid", std::int64_t(m_pid))
        .field("rss_start_kb", m_start->rssKb)
        .field("rss_end_kb", m_end->rssKb)
        .field("rss_max_kb", std::max(m_maxRssKb, m_end->rssKb))
        .field("cpu_s", m_end->cpuSeconds - m_start->cpuSeconds)
        .endObject();
}

} // namespace warren::bench
