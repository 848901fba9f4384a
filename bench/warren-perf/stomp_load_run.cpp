#include "stomp_load_run.h"

#include "json_line.h"
#include "pub_sub_load_run.h"
#include "stomp_publisher.h"
#include "stomp_subscriber.h"

namespace warren::bench {

int StompLoadRun::execute() {
    const PerfOptions& o = m_options;
    PubSubProtocol stomp;
    stomp.name = "stomp";
    stomp.ackLabel = "receipt latency";
    stomp.publisher = [&o](int index, RunControl& control) {
        return std::make_unique<StompPublisher>(o, index, control);
    };
    stomp.subscriber = [&o](int index, RunControl& control) {
        return std::make_unique<StompSubscriber>(o, index, control);
    };
    stomp.summaryFields = [&o](JsonLine& json) {
        json.field("destination", o.destination)
            .field("ack", o.stompAck == stomp::AckMode::Auto ? "auto" : "client-individual")
            .field("prefetch", o.prefetch);
    };
    return PubSubLoadRun(o, std::move(stomp)).execute();
}

} // namespace warren::bench
