#include "mqtt_retained_run.h"

#include "client_error.h"
#include "json_line.h"
#include "mqtt_client.h"
#include "mqtt_constants.h"
#include "mqtt_subscriber.h"
#include "process_sample.h"
#include "run_control.h"

#include <algorithm>
#include <cstdio>
#include <thread>
#include <unistd.h>
#include <vector>

namespace warren::bench {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto PublishTimeout = std::chrono::seconds(120);
constexpr auto ReceiveTimeout = std::chrono::seconds(120);
// The storm subscriber is done once nothing arrived for this long.
constexpr auto ReceiveQuiet = std::chrono::seconds(5);

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

// Publishes one retained message to each of `count` topics with at most `window` PUBLISHes
// unacknowledged (QoS 1), then waits until the broker has them all: every PUBACK, and a
// PINGRESP after the last PUBLISH (which, for QoS 0, is the only acknowledgement there is).
// `payloadSize` 0 clears the topics' retained messages instead (§3.3.1.3).
void publishRetained(const PerfOptions& o, const std::string& clientId, int count,
                     std::size_t payloadSize) {
    MqttClient client(16 * 1024);
    mqtt::ConnectFields fields;
    fields.clientId = clientId;
    fields.keepAliveSeconds = o.keepAliveSeconds;
    client.open(o.connect, fields);
    const auto qos = std::uint8_t(o.mqttQos);
    const int window = qos > 0 ? std::max(1, o.confirmWindow) : count;
    const auto deadline = Clock::now() + PublishTimeout;
    int next = 0;
    int inFlight = 0;
    bool pinged = false;
    bool ponged = false;
    std::string out;
    while (!ponged) {
        while (next < count && inFlight < window) {
            // Packet ids 1..65535 cycle; a window below 65535 never reuses one in flight.
            const auto id = std::uint16_t(next % 65535 + 1);
            mqtt::appendPublish(out, o.topic + "/r/" + std::to_string(next), payloadSize, qos, true,
                                id);
            ++next;
            if (qos > 0)
                ++inFlight;
        }
        if (next == count && inFlight == 0 && !pinged) {
            mqtt::appendPingReq(out);
            pinged = true;
        }
        if (!out.empty()) {
            client.sendAll(out);
            out.clear();
        }
        if (Clock::now() > deadline)
            throw ClientError("retained publishes not acknowledged within " +
                              std::to_string(PublishTimeout.count()) + " s");
        if (client.readSome(true) == MqttClient::ReadResult::Closed)
            throw ClientError("connection closed by broker");
        MqttPacket packet;
        MqttPacketReader::Status status;
        while ((status = client.reader().next(packet)) == MqttPacketReader::Status::Packet) {
            if (packet.type == mqtt::PubAck && inFlight > 0)
                --inFlight;
            else if (packet.type == mqtt::PingResp && pinged)
                ponged = true;
        }
        if (status == MqttPacketReader::Status::Error)
            throw ClientError("protocol error: " + client.reader().error());
    }
    client.disconnect();
}

} // namespace

int MqttRetainedRun::execute() {
    const PerfOptions& o = m_options;
    const int count = o.retainedMessages;
    const std::string prefix = "warren-perf-" + std::to_string(::getpid());
    auto broker = [&] { return o.brokerPid ? ProcessSample::read(o.brokerPid) : std::nullopt; };
    std::vector<std::string> errors;

    const auto brokerBefore = broker();
    const auto publishStart = Clock::now();
    double publishSeconds = 0;
    bool published = false;
    try {
        publishRetained(o, prefix + "-storm", count, o.messageSize);
        publishSeconds = seconds(Clock::now() - publishStart);
        published = true;
    } catch (const std::exception& e) {
        errors.push_back(std::string("publishing retained messages: ") + e.what());
    }
    const auto brokerStored = broker();

    std::uint64_t received = 0;
    std::uint64_t retained = 0;
    double firstMs = 0;
    double receiveSeconds = 0;
    bool complete = false;
    if (published) {
        RunControl control;
        MqttSubscriber subscriber(o, o.retainedFilter, 0, control);
        std::thread thread([&] { subscriber.run(); });
        if (control.waitReady(1, std::chrono::seconds(60))) {
            const auto deadline = Clock::now() + ReceiveTimeout;
            std::uint64_t seen = 0;
            auto lastProgress = Clock::now();
            while (!control.stopping() && Clock::now() < deadline &&
                   Clock::now() - lastProgress < ReceiveQuiet) {
                const std::uint64_t now =
                    subscriber.counters().received.load(std::memory_order_relaxed);
                if (now >= std::uint64_t(count))
                    break;
                if (now != seen) {
                    seen = now;
                    lastProgress = Clock::now();
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        }
        control.stop();
        thread.join();
        for (const std::string& e : control.errors())
            errors.push_back(e);
        received = subscriber.counters().received.load();
        retained = subscriber.retainedReceived();
        complete = received >= std::uint64_t(count);
        if (subscriber.firstReceivedAt() != 0) {
            firstMs = double(subscriber.firstReceivedAt() - subscriber.subscribedAt()) / 1e6;
            receiveSeconds = double(subscriber.lastReceivedAt() - subscriber.subscribedAt()) / 1e9;
        }
    }
    const auto brokerAfter = broker();

    if (o.cleanup && published) {
        try {
            publishRetained(o, prefix + "-cleanup", count, 0);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "warren-perf: clearing the retained messages failed: %s\n",
                         e.what());
        }
    }

    JsonLine json;
    json.field("summary", true)
        .field("id", o.label)
        .field("protocol", "mqtt")
        .field("mode", "retained")
        .field("qos", o.mqttQos)
        .field("size", std::uint64_t(o.messageSize))
        .field("retained_messages", count)
        .field("filter", o.retainedFilter)
        .field("publish_s", publishSeconds)
        .field("publish_rate", publishSeconds > 0 ? count / publishSeconds : 0.0)
        .field("received", received)
        .field("received_retained", retained)
        .field("lost", std::int64_t(count) - std::int64_t(received))
        .field("complete", complete)
        .field("first_ms", firstMs)
        .field("receive_s", receiveSeconds)
        .field("receive_rate", receiveSeconds > 0 ? double(received) / receiveSeconds : 0.0);
    if (brokerBefore && brokerStored && brokerAfter) {
        json.beginObject("broker")
            .field("pid", std::int64_t(o.brokerPid))
            .field("rss_start_kb", brokerBefore->rssKb)
            .field("rss_stored_kb", brokerStored->rssKb)
            .field("rss_end_kb", brokerAfter->rssKb)
            .field("rss_max_kb",
                   std::max({brokerBefore->rssKb, brokerStored->rssKb, brokerAfter->rssKb}))
            .field("cpu_s", brokerAfter->cpuSeconds - brokerBefore->cpuSeconds)
            .endObject();
    }
    json.field("errors", errors);
    std::printf("%s\n", json.str().c_str());
    std::fflush(stdout);
    return errors.empty() && complete ? 0 : 1;
}

} // namespace warren::bench
