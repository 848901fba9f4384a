#include "load_run.h"

#include "amqp_client.h"
#include "broker_watch.h"
#include "consumer.h"
#include "json_line.h"
#include "latency_histogram.h"
#include "producer.h"
#include "run_control.h"
#include "run_report.h"
#include "topology.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

namespace warren::bench {

using report::addLatencies;
using report::median;
using report::ownCpuSeconds;
using report::printLatencies;

namespace {

using Clock = std::chrono::steady_clock;

struct Totals {
    std::uint64_t published = 0;
    std::uint64_t confirmed = 0;
    std::uint64_t nacked = 0;
    std::uint64_t returned = 0;
    std::uint64_t received = 0;
    std::uint64_t blocked = 0;

    void add(const WorkerCounters& c) {
        published += c.published.load(std::memory_order_relaxed);
        confirmed += c.confirmed.load(std::memory_order_relaxed);
        nacked += c.nacked.load(std::memory_order_relaxed);
        returned += c.returned.load(std::memory_order_relaxed);
        received += c.received.load(std::memory_order_relaxed);
        blocked += c.blocked.load(std::memory_order_relaxed);
    }
};

} // namespace

int LoadRun::execute() {
    const PerfOptions& o = m_options;
    Topology topology(o);
    RunControl control;

    AmqpClient setup(16 * 1024);
    try {
        ConnectParams params = o.connect;
        params.connectionName = "warren-perf setup";
        // Idle until cleanup and read by nobody meanwhile: heartbeats would time it out.
        params.heartbeatSeconds = 0;
        setup.open(params);
        setup.openChannel(1);
        topology.declareShared(setup);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "warren-perf: setup failed: %s\n", e.what());
        std::printf("%s\n", JsonLine()
                                .field("summary", true)
                                .field("id", o.label)
                                .field("errors", std::vector<std::string>{e.what()})
                                .str()
                                .c_str());
        return 1;
    }

    std::vector<std::unique_ptr<Consumer>> consumers;
    std::vector<std::unique_ptr<Producer>> producers;
    std::vector<std::thread> threads;
    for (int i = 0; i < o.consumers; ++i)
        consumers.push_back(std::make_unique<Consumer>(o, topology, i, control));
    for (int i = 0; i < o.producers; ++i)
        producers.push_back(std::make_unique<Producer>(o, topology, i, control));
    // Consumers subscribe before any producer publishes, so nothing is published into an
    // unconsumed queue and the first second already measures the steady state.
    for (auto& c : consumers)
        threads.emplace_back([&c] { c->run(); });
    bool ready = control.waitReady(o.consumers, std::chrono::seconds(60));
    if (ready) {
        for (auto& p : producers)
            threads.emplace_back([&p] { p->run(); });
        ready = control.waitReady(o.consumers + o.producers, std::chrono::seconds(60));
    }

    std::vector<double> sendRates;
    std::vector<double> receiveRates;
    BrokerWatch broker(o.brokerPid, o.maxBrokerRssMb);
    broker.start();
    const double cpuStart = ownCpuSeconds();
    Totals last;
    Totals final;
    // Publish-to-confirm latency: of the current second, and of the whole run.
    LatencyHistogram confirmSecond;
    LatencyHistogram confirmLatency;
    double elapsed = 0;

    if (ready) {
        control.start();
        const auto start = Clock::now();
        const auto end = start + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(o.durationSeconds));
        auto tick = start;
        auto lastTick = start;
        while (!control.stopping() && tick < end) {
            tick = std::min(tick + std::chrono::seconds(1), end);
            std::this_thread::sleep_until(tick);
            Totals now;
            for (auto& p : producers)
                now.add(p->counters());
            for (auto& c : consumers)
                now.add(c->counters());
            confirmSecond = LatencyHistogram();
            for (auto& p : producers)
                p->takeConfirmLatencies(confirmSecond);
            confirmLatency.merge(confirmSecond);
            const double dt = std::chrono::duration<double>(Clock::now() - lastTick).count();
            lastTick = Clock::now();
            const double sendRate = double(now.published - last.published) / dt;
            const double receiveRate = double(now.received - last.received) / dt;
            // A partial last second would skew the per-second median.
            if (dt > 0.5) {
                sendRates.push_back(sendRate);
                receiveRates.push_back(receiveRate);
            }
            std::string guardError;
            const std::uint64_t rssKb = broker.sample(guardError);
            if (!guardError.empty())
                control.fail(guardError);
            elapsed = std::chrono::duration<double>(lastTick - start).count();
            if (!o.quiet) {
                std::printf("time %6.1f s  sent %9.0f msg/s  received %9.0f msg/s", elapsed,
                            sendRate, receiveRate);
                if (o.confirmWindow > 0) {
                    std::printf("  confirmed %9.0f msg/s",
                                double(now.confirmed - last.confirmed) / dt);
                    printLatencies("confirm latency", confirmSecond);
                }
                if (rssKb)
                    std::printf("  broker rss %6.1f MiB", double(rssKb) / 1024.0);
                std::printf("\n");
                std::fflush(stdout);
            }
            last = now;
        }
        final = last;
        broker.finish();
    }
    const double cpuEnd = ownCpuSeconds();
    if (!ready && control.errors().empty())
        control.fail("producers/consumers did not connect within 60 s");

    control.stop();
    for (auto& t : threads)
        t.join();

    LatencyHistogram latency;
    for (auto& c : consumers)
        latency.merge(c->latencies());
    // Confirms that arrived between the last report and the stop count too, as deliveries do.
    for (auto& p : producers)
        p->takeConfirmLatencies(confirmLatency);

    try {
        topology.remove(setup);
        setup.close(std::chrono::seconds(2));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "warren-perf: cleanup failed: %s\n", e.what());
    }

    // Each published message reaches every queue bound to a named exchange.
    const std::uint64_t copies = o.exchange.empty() ? 1 : std::uint64_t(o.queues);
    const std::vector<std::string> errors = control.errors();
    const double seconds = elapsed > 0 ? elapsed : 1;
    JsonLine json;
    json.field("summary", true)
        .field("id", o.label)
        .field("producers", o.producers)
        .field("consumers", o.consumers)
        .field("queues", o.queues)
        .field("size", std::uint64_t(o.messageSize))
        .field("rate_limit", o.ratePerProducer)
        .field("confirm_window", o.confirmWindow)
        .field("autoack", o.autoAck)
        .field("prefetch", o.prefetch)
        .field("duration_s", elapsed)
        .field("sent", final.published)
        .field("received", final.received)
        .field("confirmed", final.confirmed)
        .field("nacked", final.nacked)
        .field("returned", final.returned)
        .field("blocked", final.blocked)
        .field("send_rate", double(final.published) / seconds)
        .field("receive_rate", double(final.received) / seconds)
        .field("send_rate_median", median(sendRates))
        .field("receive_rate_median", median(receiveRates))
        .field("receive_mb_s", double(final.received) * double(o.messageSize) / seconds / 1e6)
        .field("backlog_end", std::int64_t(final.published * copies) - std::int64_t(final.received))
        .field("client_cpu_s", cpuEnd - cpuStart);
    addLatencies(json, "latency_us", latency);
    if (o.confirmWindow > 0)
        addLatencies(json, "confirm_latency_us", confirmLatency);
    broker.addTo(json);
    json.field("errors", errors);
    std::printf("%s\n", json.str().c_str());
    std::fflush(stdout);
    return errors.empty() && ready ? 0 : 1;
}

} // namespace warren::bench
