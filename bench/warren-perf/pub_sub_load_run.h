#pragma once

#include "measuring_subscriber.h"
#include "perf_options.h"
#include "pipelined_publisher.h"

#include <functional>
#include <memory>
#include <string>

namespace warren::bench {

class JsonLine;
class RunControl;

// What a publish/subscribe protocol brings to PubSubLoadRun: its name in the summary, how to
// make one publisher and one subscriber, the name of its acknowledgement (with -c), and its own
// summary fields. Every subscriber gets every message.
struct PubSubProtocol {
    std::string name;     // "mqtt", "stomp"
    std::string ackLabel; // per-second line: "puback latency", "receipt latency"
    std::function<std::unique_ptr<PipelinedPublisher>(int index, RunControl&)> publisher;
    std::function<std::unique_ptr<MeasuringSubscriber>(int index, RunControl&)> subscriber;
    std::function<void(JsonLine&)> summaryFields;
};

// A publishers/subscribers run (--mqtt, --stomp): subscribers subscribe first, then publishers
// start on a common signal; rates are reported once a second for --time seconds (or until every
// publisher published its -C messages). Then publishers stop, and subscribers read on (the
// drain) until every published message arrived, nothing came for 2 s, or --drain-timeout
// passed. Each payload carries its publisher's sequence number, so a message a broker dropped
// (Mosquitto past max_queued_messages) is "lost" as soon as a later one arrives; what had not
// arrived when the drain ended is "undelivered".
// Prints the JSON summary in the shape of LoadRun's; returns the process exit code.
class PubSubLoadRun {
public:
    PubSubLoadRun(const PerfOptions& options, PubSubProtocol protocol)
        : m_options(options)
        , m_protocol(std::move(protocol)) {}

    int execute();

private:
    const PerfOptions& m_options;
    PubSubProtocol m_protocol;
};

} // namespace warren::bench
