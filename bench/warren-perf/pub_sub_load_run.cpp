#include "pub_sub_load_run.h"

#include "broker_watch.h"
#include "json_line.h"
#include "latency_histogram.h"
#include "run_control.h"
#include "run_report.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

namespace warren::bench {

namespace {

using Clock = std::chrono::steady_clock;
// A drain ends early once no message arrived for this long.
constexpr auto DrainQuiet = std::chrono::seconds(2);
// How often the reporter looks whether every publisher is done with its -C messages.
constexpr auto PollStep = std::chrono::milliseconds(10);

template <typename Workers>
std::uint64_t total(const Workers& workers, std::atomic<std::uint64_t> WorkerCounters::*field) {
    std::uint64_t sum = 0;
    for (const auto& w : workers)
        sum += (w->counters().*field).load(std::memory_order_relaxed);
    return sum;
}

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

} // namespace

int PubSubLoadRun::execute() {
    const PerfOptions& o = m_options;
    // Two controls: publishers stop when the measured window ends, subscribers after the drain.
    RunControl publishing;
    RunControl subscribing;

    std::vector<std::unique_ptr<MeasuringSubscriber>> subscribers;
    std::vector<std::unique_ptr<PipelinedPublisher>> publishers;
    std::vector<std::thread> subscriberThreads;
    std::vector<std::thread> publisherThreads;
    for (int i = 0; i < o.consumers; ++i) {
        subscribers.push_back(m_protocol.subscriber(i, subscribing));
        subscribers.back()->setWindowFlag(publishing.stopFlag());
    }
    for (int i = 0; i < o.producers; ++i)
        publishers.push_back(m_protocol.publisher(i, publishing));
    // Subscribers hold their SUBACK (RECEIPT) before any publisher publishes, so nothing
    // published is routed to nobody and the first second already measures the steady state.
    for (auto& s : subscribers)
        subscriberThreads.emplace_back([&s] { s->run(); });
    bool ready = subscribing.waitReady(o.consumers, std::chrono::seconds(60));
    if (ready) {
        for (auto& p : publishers)
            publisherThreads.emplace_back([&p] { p->run(); });
        ready = publishing.waitReady(o.producers, std::chrono::seconds(60));
    }

    std::vector<double> sendRates;
    std::vector<double> receiveRates;
    BrokerWatch broker(o.brokerPid, o.maxBrokerRssMb);
    broker.start();
    const double cpuStart = report::ownCpuSeconds();
    std::uint64_t sent = 0;
    std::uint64_t received = 0;
    std::uint64_t acked = 0;
    LatencyHistogram ackSecond;
    LatencyHistogram ackLatency;
    double elapsed = 0;
    auto anyStopped = [&] { return publishing.stopping() || subscribing.stopping(); };
    // With -C the window ends once every publisher wrote its messages.
    auto allSent = [&] {
        return o.messageCount > 0 && std::all_of(publishers.begin(), publishers.end(),
                                                 [](const auto& p) { return p->doneSending(); });
    };
    const auto copies = std::uint64_t(o.consumers); // each subscriber gets every message

    if (ready) {
        publishing.start();
        const auto start = Clock::now();
        const auto end = start + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(o.durationSeconds));
        auto tick = start;
        auto lastTick = start;
        while (!anyStopped() && !allSent() && tick < end) {
            tick = std::min(tick + std::chrono::seconds(1), end);
            while (Clock::now() < tick && !allSent())
                std::this_thread::sleep_until(std::min(tick, Clock::now() + PollStep));
            const std::uint64_t nowSent = total(publishers, &WorkerCounters::published);
            const std::uint64_t nowReceived = total(subscribers, &WorkerCounters::received);
            const std::uint64_t nowAcked = total(publishers, &WorkerCounters::confirmed);
            const std::uint64_t nowLost = total(subscribers, &WorkerCounters::lost);
            ackSecond = LatencyHistogram();
            for (auto& p : publishers)
                p->takeAckLatencies(ackSecond);
            ackLatency.merge(ackSecond);
            const double dt = seconds(Clock::now() - lastTick);
            lastTick = Clock::now();
            const double sendRate = double(nowSent - sent) / dt;
            const double receiveRate = double(nowReceived - received) / dt;
            // A partial last second would skew the per-second median.
            if (dt > 0.5) {
                sendRates.push_back(sendRate);
                receiveRates.push_back(receiveRate);
            }
            std::string guardError;
            const std::uint64_t rssKb = broker.sample(guardError);
            if (!guardError.empty())
                publishing.fail(guardError);
            elapsed = seconds(lastTick - start);
            if (!o.quiet) {
                std::printf("time %6.1f s  sent %9.0f msg/s  received %9.0f msg/s", elapsed,
                            sendRate, receiveRate);
                if (o.confirmWindow > 0) {
                    std::printf("  acked %9.0f msg/s", double(nowAcked - acked) / dt);
                    report::printLatencies(m_protocol.ackLabel.c_str(), ackSecond);
                }
                if (nowLost)
                    std::printf("  lost so far %9llu", static_cast<unsigned long long>(nowLost));
                if (rssKb)
                    std::printf("  broker rss %6.1f MiB", double(rssKb) / 1024.0);
                std::printf("\n");
                std::fflush(stdout);
            }
            sent = nowSent;
            received = nowReceived;
            acked = nowAcked;
        }
        broker.finish();
    }
    const double cpuEnd = report::ownCpuSeconds();
    if (!ready && publishing.errors().empty() && subscribing.errors().empty())
        publishing.fail("publishers/subscribers did not connect within 60 s");

    // Publishers finish their buffers and make sure the broker read them (a sync request:
    // MQTT PINGREQ, STOMP DISCONNECT with a receipt) before they close, so their totals are what
    // the broker had to deliver. Subscribers read on meanwhile: the drain starts now.
    const auto drainStart = Clock::now();
    publishing.stop();
    const auto drainEnd = drainStart + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(o.drainTimeoutSeconds));
    std::uint64_t drained = total(subscribers, &WorkerCounters::received);
    auto lastProgress = drainStart;
    // Until the publishers are done, what the broker has to deliver is not known yet; after,
    // the drain ends when every message is received or known lost, or nothing came for
    // DrainQuiet. Publishers give up waiting for the broker at the same deadline.
    while (ready && !subscribing.stopping()) {
        const auto now = Clock::now();
        const bool publishersDone = std::all_of(publishers.begin(), publishers.end(),
                                                [](const auto& p) { return p->finished(); });
        if (publishersDone) {
            const std::uint64_t owed = total(publishers, &WorkerCounters::published) * copies;
            const std::uint64_t settled = drained + total(subscribers, &WorkerCounters::lost) -
                                          total(subscribers, &WorkerCounters::duplicates);
            if (settled >= owed || now - lastProgress >= DrainQuiet)
                break;
        }
        if (now >= drainEnd)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const std::uint64_t nowReceived = total(subscribers, &WorkerCounters::received);
        if (nowReceived != drained) {
            drained = nowReceived;
            lastProgress = Clock::now();
        }
    }
    const double drainSeconds = seconds(Clock::now() - drainStart);
    for (auto& t : publisherThreads)
        t.join();
    const std::uint64_t publishedTotal = total(publishers, &WorkerCounters::published);
    const std::uint64_t expected = publishedTotal * copies;
    const auto unread = std::count_if(publishers.begin(), publishers.end(),
                                      [](const auto& p) { return !p->brokerReadAll(); });
    subscribing.stop();
    for (auto& t : subscriberThreads)
        t.join();
    const std::uint64_t receivedTotal = total(subscribers, &WorkerCounters::received);
    const std::uint64_t lost = total(subscribers, &WorkerCounters::lost);
    const std::uint64_t duplicates = total(subscribers, &WorkerCounters::duplicates);
    // Neither received nor skipped over: the tail of a publisher's sequence that had not
    // arrived when the drain ended (still queued, or dropped at the very end).
    const std::int64_t undelivered =
        std::int64_t(expected) - std::int64_t(receivedTotal - duplicates) - std::int64_t(lost);
    for (auto& p : publishers)
        p->takeAckLatencies(ackLatency);

    LatencyHistogram latency;
    for (auto& s : subscribers)
        latency.merge(s->latencies());

    std::vector<std::string> errors = publishing.errors();
    for (const std::string& e : subscribing.errors())
        errors.push_back(e);
    const double window = elapsed > 0 ? elapsed : 1;
    JsonLine json;
    json.field("summary", true)
        .field("id", o.label)
        .field("protocol", m_protocol.name)
        .field("producers", o.producers)
        .field("consumers", o.consumers);
    if (m_protocol.summaryFields)
        m_protocol.summaryFields(json);
    json.field("size", std::uint64_t(o.messageSize))
        .field("rate_limit", o.ratePerProducer)
        .field("message_count", o.messageCount)
        .field("confirm_window", o.confirmWindow)
        .field("duration_s", elapsed)
        .field("sent", sent)
        .field("received", received)
        .field("confirmed", acked)
        .field("send_rate", double(sent) / window)
        .field("receive_rate", double(received) / window)
        .field("send_rate_median", report::median(sendRates))
        .field("receive_rate_median", report::median(receiveRates))
        .field("receive_mb_s", double(received) * double(o.messageSize) / window / 1e6)
        .field("backlog_end", std::int64_t(sent * copies) - std::int64_t(received))
        // Totals after the drain: everything the publishers got into the broker (each copy
        // to every subscriber expected), what reached the subscribers, the gaps in each
        // publisher's sequence (dropped for certain), and the tail that never arrived.
        .field("published_total", publishedTotal)
        .field("expected", expected)
        .field("received_total", receivedTotal)
        .field("lost", lost)
        .field("lost_fraction", expected ? double(lost) / double(expected) : 0.0)
        .field("undelivered", undelivered)
        .field("duplicates", duplicates)
        .field("drain_s", drainSeconds)
        // Publishers whose last PUBLISHes the broker had not read by the end of the drain.
        .field("publishers_unread", std::int64_t(unread))
        // Every message published is accounted for: received, or known lost.
        .field("drain_complete", undelivered <= 0 && unread == 0)
        .field("client_cpu_s", cpuEnd - cpuStart);
    report::addLatencies(json, "latency_us", latency);
    if (o.confirmWindow > 0)
        report::addLatencies(json, "confirm_latency_us", ackLatency);
    broker.addTo(json);
    json.field("errors", errors);
    std::printf("%s\n", json.str().c_str());
    std::fflush(stdout);
    return errors.empty() && ready ? 0 : 1;
}

} // namespace warren::bench
