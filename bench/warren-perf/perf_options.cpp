#include "perf_options.h"

#include <charconv>
#include <cstdio>
#include <functional>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace warren::bench {

namespace {

constexpr const char* Usage = R"(usage: warren-perf [options]

AMQP 0-9-1 (or, with --mqtt, MQTT 3.1.1; with --stomp, STOMP 1.2) load generator in the
spirit of RabbitMQ's PerfTest. Each producer and consumer has its own connection and thread; the first 8 payload
bytes carry a steady-clock timestamp so consumers measure end-to-end latency; with -c
producers also time each publish to its confirm (MQTT: its PUBACK; STOMP: its RECEIPT). Prints one line per
second and, last, one JSON summary line starting with {"summary":.

connection:
  -H, --host HOST            broker address (127.0.0.1)
  -P, --port PORT            AMQP port (5672)
      --user USER / --password PASS / --vhost VHOST   (guest / guest / /)
      --heartbeat SECONDS    requested heartbeat (60; 0 disables)
      --frame-max BYTES      largest frame we accept (131072)
load:
  -x, --producers N          producer connections (1)
  -y, --consumers N          consumer connections (1)
  -s, --size BYTES           message body size, at least 8 (16; MQTT: at least 20, 64;
                             STOMP: at least 20, 256)
  -r, --rate N               messages/s per producer (0 = max rate)
  -c, --confirm N            publisher confirms, at most N unconfirmed per producer (off);
                             reports each publish's latency to its ack/nack
  -f, --flag persistent      persistent messages (delivery-mode 2) on durable queues
      --persistent           same as -f persistent
  -a, --autoack              consumers ack automatically (no-ack)
  -q, --qos N                prefetch count per consumer (0 = unlimited)
  -n, --multi-ack-every N    ack with multiple=true every N messages (default: ack each)
  -u, --queue NAME           queue name, or prefix NAME-1..NAME-N with --queues (warren-perf-PID)
      --queues N             number of queues; consumer i reads queue i mod N (1)
  -p, --predeclared          do not declare or delete queues/exchange
      --no-cleanup           leave declared queues/exchange behind (to fill a queue for a
                             later run with -p); with --retained, the retained messages
      --exclusive            exclusive queues (declared by their consumer)
      --auto-delete          auto-delete queues
      --durable              durable queues
  -e, --exchange NAME        exchange to publish to ("" = default exchange)
  -t, --type TYPE            exchange type (direct)
  -k, --routing-key KEY      routing/binding key (queue name on the default exchange)
      --fanout N             N queues bound to one fanout exchange, one consumer each
  -z, --time SECONDS         run duration (10)
  -C, --pmessages N          MQTT and STOMP: each publisher publishes N messages, then the
                             run drains (or at --time, whichever comes first): a fixed count
                             whose totals (published_total, received_total) must match
      --flush-bytes N        flush the publish buffer past N bytes (65536)
idle connections:
      --connections N --idle hold N idle connections (one channel each, heartbeats on)
                             for --time seconds; probes broker response before and after
      --source-addresses N   spread connections over 127.0.0.1..127.0.0.N (1)
      --opener-threads N     threads opening connections in parallel (4)
      --probes N             probes before and after holding the connections (10)
mqtt:
      --mqtt                 speak MQTT 3.1.1: -x publishers and -y subscribers of one topic
                             (clean sessions, anonymous); --port is the MQTT port (1883).
                             Also selects MQTT for --connections, --probe and --retained.
                             Payloads carry time stamp, publisher and sequence number: a
                             gap in a sequence counts as "lost". After --time, publishers
                             make sure the broker read all they sent (PINGREQ), DISCONNECT,
                             and subscribers read on until all arrived ("undelivered": what
                             had not when the drain ended)
      --mqtt-qos 0|1         QoS of every PUBLISH and subscription (0); with 1, subscribers
                             PUBACK each message and -c is the publisher's window of
                             unacknowledged PUBLISHes (100)
      --topic TOPIC          topic to publish to (warren-perf/PID)
      --keepalive SECONDS    CONNECT keep-alive (60); PINGREQ after half of it in silence
      --drain-timeout S      longest wait for stragglers after publishing stops (30)
      --retained N           retained storm: publish N retained messages to TOPIC/r/0..N-1
                             (QoS --mqtt-qos, all acknowledged), then time one new
                             subscriber to --retained-filter until it has them all
      --retained-filter F    the storm subscriber's filter (#: the broker should hold no
                             other retained messages)
stomp:
      --stomp                speak STOMP 1.2 (CONNECT with accept-version 1.2, login and
                             passcode from --user/--password, host from --vhost, heart-beat
                             0,0): -x senders and -y subscribers of one destination;
                             --port is the STOMP port (61613). Also selects STOMP for
                             --connections, --probe and --await-stomp. Bodies carry time
                             stamp, publisher and sequence number, with a content-length;
                             lost, undelivered and the drain work as with --mqtt (the sync
                             request is DISCONNECT with a receipt). With -c N every SEND asks
                             for a receipt, at most N outstanding per sender
      --destination D        where to SEND and SUBSCRIBE (/topic/warren-perf-PID: every
                             subscriber gets every message); a /queue/... takes one subscriber
      --stomp-ack MODE       auto (default) or client-individual: an ACK per MESSAGE, those of
                             one read sent together; -q N adds prefetch-count N
      --websocket            STOMP over WebSocket (subprotocol v12.stomp; --port 15674) for
                             --connections --idle, --probe and --await-stomp
      --ws-path PATH         the WebSocket path (/stomp, Warren's; RabbitMQ's Web STOMP: /ws)
other modes:
      --probe N              time N fresh connect+channel+queue.declare round trips
                             (MQTT: connect to CONNACK)
      --await-amqp           wait until the broker answers the protocol header (--timeout)
      --await-mqtt           wait until the broker accepts an MQTT CONNECT (--timeout)
      --await-stomp          wait until the broker answers a STOMP CONNECT (--timeout)
      --timeout SECONDS      for --await-amqp, --await-mqtt and --await-stomp (60)
reporting:
      --broker-pid PID       sample the broker's RSS and CPU time into the summary
      --max-broker-rss MIB   end the run early (as an error) once the broker's RSS passes
                             MIB: a broker without flow control must not take the machine
      --id LABEL             label copied into the summary
      --quiet                no per-second lines
)";

template <typename T> bool parseNumber(std::string_view text, T& out) {
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

struct Option {
    const char* shortName; // "" if none
    const char* longName;
    bool takesValue;
    std::function<bool(std::string_view)> apply;
};

} // namespace

std::optional<PerfOptions> parsePerfOptions(int argc, char** argv, int& exitCode) {
    PerfOptions o;
    bool idle = false;
    int fanout = 0;
    auto integer = [](auto& field, long long min) {
        return [&field, min](std::string_view v) {
            long long n = 0;
            if (!parseNumber(v, n) || n < min)
                return false;
            field = static_cast<std::remove_reference_t<decltype(field)>>(n);
            return true;
        };
    };
    auto real = [](double& field) {
        return [&field](std::string_view v) { return parseNumber(v, field) && field >= 0; };
    };
    auto text = [](std::string& field) {
        return [&field](std::string_view v) {
            field = std::string(v);
            return true;
        };
    };
    auto flag = [](bool& field, bool value) {
        return [&field, value](std::string_view) {
            field = value;
            return true;
        };
    };
    int port = 0;
    int heartbeat = -1;
    bool sizeGiven = false;
    bool webSocket = false;
    std::string webSocketPath = "/stomp";
    const std::vector<Option> options = {
        {"-H", "--host", true, text(o.connect.host)},
        {"-P", "--port", true, integer(port, 1)},
        {"", "--user", true, text(o.connect.user)},
        {"", "--password", true, text(o.connect.password)},
        {"", "--vhost", true, text(o.connect.vhost)},
        {"", "--heartbeat", true, integer(heartbeat, 0)},
        {"", "--frame-max", true, integer(o.connect.frameMax, 4096)},
        {"-x", "--producers", true, integer(o.producers, 0)},
        {"-y", "--consumers", true, integer(o.consumers, 0)},
        {"-s", "--size", true,
         [&](std::string_view v) {
             sizeGiven = true;
             return parseNumber(v, o.messageSize) && o.messageSize >= 8;
         }},
        {"-r", "--rate", true, real(o.ratePerProducer)},
        {"-c", "--confirm", true, integer(o.confirmWindow, 0)},
        {"-f", "--flag", true,
         [&](std::string_view v) {
             o.persistent = o.persistent || v == "persistent";
             return v == "persistent";
         }},
        {"", "--persistent", false, flag(o.persistent, true)},
        {"-a", "--autoack", false, flag(o.autoAck, true)},
        {"-q", "--qos", true, integer(o.prefetch, 0)},
        {"-n", "--multi-ack-every", true, integer(o.multiAckEvery, 0)},
        {"-u", "--queue", true, text(o.queue)},
        {"", "--queues", true, integer(o.queues, 1)},
        {"-p", "--predeclared", false, flag(o.declare, false)},
        {"", "--no-cleanup", false, flag(o.cleanup, false)},
        {"", "--exclusive", false, flag(o.exclusive, true)},
        {"", "--auto-delete", false, flag(o.autoDelete, true)},
        {"", "--durable", false, flag(o.durable, true)},
        {"-e", "--exchange", true, text(o.exchange)},
        {"-t", "--type", true, text(o.exchangeType)},
        {"-k", "--routing-key", true,
         [&](std::string_view v) {
             o.routingKey = std::string(v);
             return true;
         }},
        {"", "--fanout", true, integer(fanout, 1)},
        {"-z", "--time", true, real(o.durationSeconds)},
        {"-C", "--pmessages", true, integer(o.messageCount, 1)},
        {"", "--flush-bytes", true, integer(o.flushBytes, 1)},
        {"", "--connections", true, integer(o.connections, 0)},
        {"", "--idle", false, flag(idle, true)},
        {"", "--source-addresses", true, integer(o.sourceAddresses, 1)},
        {"", "--opener-threads", true, integer(o.openerThreads, 1)},
        {"", "--probe", true,
         [&](std::string_view v) {
             o.mode = PerfOptions::Mode::Probe;
             return parseNumber(v, o.probes) && o.probes > 0;
         }},
        {"", "--probes", true, integer(o.probes, 0)},
        {"", "--await-amqp", false,
         [&](std::string_view) {
             o.mode = PerfOptions::Mode::AwaitAmqp;
             return true;
         }},
        {"", "--await-mqtt", false,
         [&](std::string_view) {
             o.mode = PerfOptions::Mode::AwaitMqtt;
             return true;
         }},
        {"", "--timeout", true, real(o.awaitTimeoutSeconds)},
        {"", "--mqtt", false,
         [&](std::string_view) {
             o.protocol = PerfOptions::Protocol::Mqtt;
             return true;
         }},
        {"", "--stomp", false,
         [&](std::string_view) {
             o.protocol = PerfOptions::Protocol::Stomp;
             return true;
         }},
        {"", "--destination", true, text(o.destination)},
        {"", "--stomp-ack", true,
         [&](std::string_view v) {
             if (v == "auto")
                 o.stompAck = stomp::AckMode::Auto;
             else if (v == "client-individual")
                 o.stompAck = stomp::AckMode::ClientIndividual;
             else
                 return false;
             return true;
         }},
        {"", "--websocket", false, flag(webSocket, true)},
        {"", "--ws-path", true, text(webSocketPath)},
        {"", "--await-stomp", false,
         [&](std::string_view) {
             o.mode = PerfOptions::Mode::AwaitStomp;
             o.protocol = PerfOptions::Protocol::Stomp;
             return true;
         }},
        {"", "--mqtt-qos", true,
         [&](std::string_view v) {
             return parseNumber(v, o.mqttQos) && o.mqttQos >= 0 && o.mqttQos <= 1;
         }},
        {"", "--topic", true, text(o.topic)},
        {"", "--keepalive", true, integer(o.keepAliveSeconds, 0)},
        {"", "--drain-timeout", true, real(o.drainTimeoutSeconds)},
        {"", "--retained", true, integer(o.retainedMessages, 1)},
        {"", "--retained-filter", true, text(o.retainedFilter)},
        {"", "--broker-pid", true, integer(o.brokerPid, 1)},
        {"", "--max-broker-rss", true, integer(o.maxBrokerRssMb, 1)},
        {"", "--id", true, text(o.label)},
        {"", "--quiet", false, flag(o.quiet, true)},
    };

    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::fputs(Usage, stdout);
            exitCode = 0;
            return std::nullopt;
        }
        std::string_view inlineValue;
        bool hasInline = false;
        if (arg.starts_with("--")) {
            if (auto eq = arg.find('='); eq != std::string_view::npos) {
                inlineValue = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                hasInline = true;
            }
        }
        const Option* match = nullptr;
        for (const Option& opt : options)
            if (arg == opt.longName || (*opt.shortName && arg == opt.shortName))
                match = &opt;
        if (!match) {
            std::fprintf(stderr, "warren-perf: unknown option %s (see --help)\n", argv[i]);
            exitCode = 2;
            return std::nullopt;
        }
        std::string_view value;
        if (match->takesValue) {
            if (hasInline) {
                value = inlineValue;
            } else if (i + 1 < argc) {
                value = argv[++i];
            } else {
                std::fprintf(stderr, "warren-perf: %s needs a value\n", match->longName);
                exitCode = 2;
                return std::nullopt;
            }
        }
        if (!match->apply(value)) {
            std::fprintf(stderr, "warren-perf: bad value '%.*s' for %s\n", int(value.size()),
                         value.data(), match->longName);
            exitCode = 2;
            return std::nullopt;
        }
    }

    if (port > 65535) {
        std::fprintf(stderr, "warren-perf: bad port\n");
        exitCode = 2;
        return std::nullopt;
    }
    const bool stomp = o.protocol == PerfOptions::Protocol::Stomp;
    if (port)
        o.connect.port = std::uint16_t(port);
    else if (o.protocol == PerfOptions::Protocol::Mqtt || o.mode == PerfOptions::Mode::AwaitMqtt)
        o.connect.port = 1883;
    else if (stomp)
        o.connect.port = webSocket ? 15674 : 61613; // RabbitMQ's Web STOMP and STOMP ports
    if (o.retainedMessages > 0 && stomp) {
        std::fprintf(stderr, "warren-perf: --retained is an MQTT mode\n");
        exitCode = 2;
        return std::nullopt;
    }
    if (o.retainedMessages > 0) {
        if (o.mode != PerfOptions::Mode::Load || idle) {
            std::fprintf(stderr, "warren-perf: --retained is a mode of its own\n");
            exitCode = 2;
            return std::nullopt;
        }
        o.protocol = PerfOptions::Protocol::Mqtt;
        o.mode = PerfOptions::Mode::Retained;
    }
    if (o.protocol == PerfOptions::Protocol::Mqtt) {
        if (fanout > 0 || !o.exchange.empty() || o.queues > 1) {
            std::fprintf(stderr, "warren-perf: --fanout, --exchange and --queues are AMQP "
                                 "options; with --mqtt, -y subscribers share the topic\n");
            exitCode = 2;
            return std::nullopt;
        }
        if (o.mqttQos == 0 && o.confirmWindow > 0) {
            std::fprintf(stderr, "warren-perf: -c needs --mqtt-qos 1 (QoS 0 has no PUBACK)\n");
            exitCode = 2;
            return std::nullopt;
        }
        if (o.mqttQos == 1 && o.confirmWindow == 0)
            o.confirmWindow = 100;
        if (o.confirmWindow > 65535) {
            std::fprintf(stderr, "warren-perf: an MQTT window is at most 65535 packet ids\n");
            exitCode = 2;
            return std::nullopt;
        }
        if (o.topic.empty())
            o.topic = "warren-perf/" + std::to_string(::getpid());
        if (!sizeGiven)
            o.messageSize = 64;
        else if (o.mode == PerfOptions::Mode::Load && o.messageSize < 20) {
            std::fprintf(stderr, "warren-perf: with --mqtt, --size is at least 20 (time stamp, "
                                 "publisher and sequence number)\n");
            exitCode = 2;
            return std::nullopt;
        }
    }
    if (stomp) {
        if (fanout > 0 || !o.exchange.empty() || o.queues > 1) {
            std::fprintf(stderr, "warren-perf: --fanout, --exchange and --queues are AMQP "
                                 "options; with --stomp, -y subscribers share --destination\n");
            exitCode = 2;
            return std::nullopt;
        }
        if (o.confirmWindow > 65535) {
            std::fprintf(stderr, "warren-perf: a receipt window is at most 65535 SENDs\n");
            exitCode = 2;
            return std::nullopt;
        }
        if (o.destination.empty())
            o.destination = "/topic/warren-perf-" + std::to_string(::getpid());
        if (!o.destination.starts_with("/")) {
            std::fprintf(stderr, "warren-perf: a STOMP destination starts with / (/topic/NAME, "
                                 "/queue/NAME, /exchange/NAME/KEY, ...)\n");
            exitCode = 2;
            return std::nullopt;
        }
        // Subscribers of one queue share its messages: each would see gaps in every sequence.
        const bool queue =
            o.destination.starts_with("/queue/") || o.destination.starts_with("/amq/queue/");
        if (queue && o.consumers > 1) {
            std::fprintf(stderr,
                         "warren-perf: a /queue/ destination takes one subscriber "
                         "(use a /topic/ for -y %d)\n",
                         o.consumers);
            exitCode = 2;
            return std::nullopt;
        }
        if (webSocket) {
            if (o.mode == PerfOptions::Mode::Load && !idle) {
                std::fprintf(stderr, "warren-perf: --websocket is for --connections --idle, "
                                     "--probe and --await-stomp\n");
                exitCode = 2;
                return std::nullopt;
            }
            o.webSocketPath = webSocketPath.empty() ? "/" : webSocketPath;
        }
        if (!sizeGiven)
            o.messageSize = 256;
        else if (o.mode == PerfOptions::Mode::Load && o.messageSize < 20) {
            std::fprintf(stderr, "warren-perf: with --stomp, --size is at least 20 (time stamp, "
                                 "publisher and sequence number)\n");
            exitCode = 2;
            return std::nullopt;
        }
    } else if (webSocket) {
        std::fprintf(stderr, "warren-perf: --websocket goes with --stomp\n");
        exitCode = 2;
        return std::nullopt;
    }
    if (o.messageCount > 0 && o.protocol == PerfOptions::Protocol::Amqp) {
        std::fprintf(stderr, "warren-perf: -C is for --mqtt and --stomp runs\n");
        exitCode = 2;
        return std::nullopt;
    }
    if (idle || o.connections > 0) {
        if (!idle || o.connections <= 0) {
            std::fprintf(stderr, "warren-perf: --connections N goes with --idle\n");
            exitCode = 2;
            return std::nullopt;
        }
        if (o.mode == PerfOptions::Mode::Load)
            o.mode = PerfOptions::Mode::Idle;
    }
    if (heartbeat >= 0)
        o.connect.heartbeatSeconds = std::uint16_t(std::min(heartbeat, 65535));
    else if (o.mode == PerfOptions::Mode::Idle)
        o.connect.heartbeatSeconds = 10; // idle connections exist to exercise heartbeats
    if (fanout > 0) {
        o.exchangeType = "fanout";
        if (o.exchange.empty())
            o.exchange = "warren-perf-fanout-" + std::to_string(::getpid());
        o.queues = fanout;
        o.consumers = fanout;
    }
    if (o.persistent)
        o.durable = true;
    if (o.queue.empty())
        o.queue = "warren-perf-" + std::to_string(::getpid());
    if (o.queue.size() > 240 || o.exchange.size() > 255 ||
        (o.routingKey && o.routingKey->size() > 255)) {
        std::fprintf(stderr, "warren-perf: names are limited to 255 bytes (AMQP short string)\n");
        exitCode = 2;
        return std::nullopt;
    }
    if (o.exchange.empty() && o.exchangeType != "direct") {
        std::fprintf(stderr, "warren-perf: --type needs --exchange NAME\n");
        exitCode = 2;
        return std::nullopt;
    }
    if (o.exclusive && o.consumers != o.queues) {
        std::fprintf(stderr, "warren-perf: an exclusive queue takes exactly one consumer\n");
        exitCode = 2;
        return std::nullopt;
    }
    return o;
}

} // namespace warren::bench
