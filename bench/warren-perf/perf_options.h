#pragma once

#include "connect_params.h"
#include "stomp_codec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>

namespace warren::bench {

// Everything one warren-perf invocation was asked to do; names follow RabbitMQ's PerfTest
// where PerfTest has the same option, so a scenario reads the same against either tool.
// With --mqtt, producers and consumers are MQTT 3.1.1 publishers and subscribers of one
// topic, and -c is the window of unacknowledged QoS 1 PUBLISHes; with --stomp, STOMP 1.2
// senders and subscribers of one destination, and -c the window of SENDs awaiting a receipt.
struct PerfOptions {
    enum class Mode { Load, Idle, Probe, AwaitAmqp, AwaitMqtt, AwaitStomp, Retained };
    enum class Protocol { Amqp, Mqtt, Stomp };
    Mode mode = Mode::Load;
    Protocol protocol = Protocol::Amqp;

    ConnectParams connect;
    int producers = 1;
    int consumers = 1;
    std::size_t messageSize = 16; // bytes; the first 8 carry the send timestamp
    double ratePerProducer = 0;   // messages/s; 0 = as fast as the broker takes them
    int confirmWindow = 0;        // max unconfirmed publishes per producer; 0 = no confirms
    bool persistent = false;      // delivery-mode 2 (and durable queues)
    bool autoAck = false;
    int prefetch = 0;      // Basic.Qos prefetch-count; 0 = unlimited
    int multiAckEvery = 0; // ack with multiple=true every N deliveries; 0/1 = each
    std::string queue;     // name, or prefix of name-1..name-N with queues > 1
    int queues = 1;
    bool cleanup = true; // delete declared queues/exchange at the end
    bool declare = true; // false: queues/exchange exist already (PerfTest -p)
    bool exclusive = false;
    bool autoDelete = false;
    bool durable = false;
    std::string exchange; // "" = the default exchange
    std::string exchangeType = "direct";
    std::optional<std::string> routingKey;
    double durationSeconds = 10;
    // -C: messages per publisher (MQTT, STOMP); the window ends when all are written, or at
    // --time, whichever comes first. 0: --time alone.
    std::uint64_t messageCount = 0;
    std::size_t flushBytes = 64 * 1024;

    int connections = 0;     // idle mode: how many connections to hold open
    int sourceAddresses = 1; // spread connections over 127.0.0.1..127.0.0.N
    int openerThreads = 4;
    int probes = 10; // fresh connect+channel+declare timings to take
    double awaitTimeoutSeconds = 60;

    // MQTT (--mqtt).
    int mqttQos = 0;                  // of every PUBLISH and subscription: 0 or 1
    std::string topic;                // what publishers publish to; warren-perf/PID
    std::string retainedFilter = "#"; // what the retained-storm subscriber subscribes to
    int retainedMessages = 0;         // --retained N: retained-storm mode
    std::uint16_t keepAliveSeconds = 60;
    // After publishing stops, subscribers read on until every message arrived, nothing came
    // for 2 s, or this many seconds passed; what is still missing then counts as lost.
    double drainTimeoutSeconds = 30;

    // STOMP (--stomp).
    std::string destination; // /topic/warren-perf-PID
    stomp::AckMode stompAck = stomp::AckMode::Auto;
    std::string webSocketPath; // not empty: STOMP over WebSocket at this path (--websocket)

    pid_t brokerPid = 0; // sample this process's RSS and CPU time, if set
    // End the run early past this broker RSS (a broker without flow control must not take
    // the machine down); 0 = never.
    std::uint64_t maxBrokerRssMb = 0;
    std::string label;  // copied into the summary line
    bool quiet = false; // no per-second lines
};

// Parses argv; on error or --help prints to stderr/stdout and returns nothing, with
// exitCode set to what main should return.
std::optional<PerfOptions> parsePerfOptions(int argc, char** argv, int& exitCode);

} // namespace warren::bench
