#include "mqtt_load_run.h"

#include "json_line.h"
#include "mqtt_publisher.h"
#include "mqtt_subscriber.h"
#include "pub_sub_load_run.h"

namespace warren::bench {

int MqttLoadRun::execute() {
    const PerfOptions& o = m_options;
    PubSubProtocol mqtt;
    mqtt.name = "mqtt";
    mqtt.ackLabel = "puback latency";
    mqtt.publisher = [&o](int index, RunControl& control) {
        return std::make_unique<MqttPublisher>(o, index, control);
    };
    mqtt.subscriber = [&o](int index, RunControl& control) {
        return std::make_unique<MqttSubscriber>(o, o.topic, index, control);
    };
    mqtt.summaryFields = [&o](JsonLine& json) { json.field("qos", o.mqttQos); };
    return PubSubLoadRun(o, std::move(mqtt)).execute();
}

} // namespace warren::bench
