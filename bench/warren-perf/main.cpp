// warren-perf: an AMQP 0-9-1, MQTT 3.1.1 and STOMP 1.2 load generator for comparing Warren
// with RabbitMQ and Mosquitto. Parses options and hands over to the mode asked for; everything
// else lives in classes.

#include "amqp_idle_connection.h"
#include "amqp_readiness.h"
#include "connection_probe.h"
#include "idle_connection_pool.h"
#include "json_line.h"
#include "load_run.h"
#include "mqtt_idle_connection.h"
#include "mqtt_load_run.h"
#include "mqtt_readiness.h"
#include "mqtt_retained_run.h"
#include "perf_options.h"
#include "stomp_idle_connection.h"
#include "stomp_load_run.h"
#include "stomp_readiness.h"

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace warren::bench;

namespace {

// Ten thousand idle connections need ten thousand descriptors; the hard limit is usually
// far above the soft one, and raising the soft limit needs no privilege.
void raiseFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

bool speaksMqtt(const PerfOptions& o) {
    return o.protocol == PerfOptions::Protocol::Mqtt;
}

// How a newcomer is timed (the probes), in the protocol of the run.
ConnectionProbe::Once probeOnce(const PerfOptions& o) {
    switch (o.protocol) {
    case PerfOptions::Protocol::Mqtt:
        return MqttReadiness::connectOnceMs;
    case PerfOptions::Protocol::Stomp:
        return [path = o.webSocketPath](const ConnectParams& params) {
            return StompReadiness::connectOnceMs(params, path);
        };
    case PerfOptions::Protocol::Amqp:
        break;
    }
    return ConnectionProbe::measureOnceMs;
}

IdleProtocol idleProtocol(const PerfOptions& o) {
    IdleProtocol p;
    p.probeOnceMs = probeOnce(o);
    if (o.protocol == PerfOptions::Protocol::Stomp) {
        const std::string path = o.webSocketPath;
        p.open = [path](const ConnectParams& params, int) {
            return std::make_unique<StompIdleConnection>(params, path);
        };
        p.name = "stomp";
        p.transport = path.empty() ? "tcp" : "websocket";
        p.heartbeatSeconds = 0; // heart-beat 0,0: nothing crosses an idle connection
    } else if (speaksMqtt(o)) {
        const std::string prefix = "warren-perf-" + std::to_string(::getpid()) + "-idle-";
        const std::uint16_t keepAlive = o.keepAliveSeconds;
        p.open = [prefix, keepAlive](const ConnectParams& params, int slot) {
            return std::make_unique<MqttIdleConnection>(params, prefix + std::to_string(slot),
                                                        keepAlive);
        };
        p.name = "mqtt";
        p.heartbeatSeconds = keepAlive;
    } else {
        p.open = [](const ConnectParams& params, int) {
            return std::make_unique<AmqpIdleConnection>(params);
        };
        p.name = "amqp";
        p.heartbeatSeconds = o.connect.heartbeatSeconds;
    }
    return p;
}

int probe(const PerfOptions& o) {
    const ConnectionProbe::Stats s = ConnectionProbe::measure(o.connect, o.probes, probeOnce(o));
    std::printf("%s\n", JsonLine()
                            .field("summary", true)
                            .field("id", o.label)
                            .field("mode", "probe")
                            .field("samples", s.samples)
                            .field("failures", s.failures)
                            .field("min_ms", s.minMs)
                            .field("p50_ms", s.p50Ms)
                            .field("max_ms", s.maxMs)
                            .field("first_error", s.firstError)
                            .str()
                            .c_str());
    return s.failures == 0 ? 0 : 1;
}

int awaitReady(const PerfOptions& o) {
    const double waited =
        o.mode == PerfOptions::Mode::AwaitAmqp
            ? AmqpReadiness::await(o.connect.host, o.connect.port, o.awaitTimeoutSeconds)
            : ConnectionProbe::await(o.connect, o.awaitTimeoutSeconds, probeOnce(o));
    std::printf("%s\n", JsonLine()
                            .field("ready", waited >= 0)
                            .field("waited_s", waited >= 0 ? waited : o.awaitTimeoutSeconds)
                            .str()
                            .c_str());
    return waited >= 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    int exitCode = 0;
    const auto options = parsePerfOptions(argc, argv, exitCode);
    if (!options)
        return exitCode;
    std::signal(SIGPIPE, SIG_IGN);
    raiseFileLimit();
    switch (options->mode) {
    case PerfOptions::Mode::Load:
        switch (options->protocol) {
        case PerfOptions::Protocol::Mqtt:
            return MqttLoadRun(*options).execute();
        case PerfOptions::Protocol::Stomp:
            return StompLoadRun(*options).execute();
        case PerfOptions::Protocol::Amqp:
            return LoadRun(*options).execute();
        }
        return 2;
    case PerfOptions::Mode::Idle:
        return IdleConnectionPool(*options, idleProtocol(*options)).execute();
    case PerfOptions::Mode::Probe:
        return probe(*options);
    case PerfOptions::Mode::AwaitAmqp:
    case PerfOptions::Mode::AwaitMqtt:
    case PerfOptions::Mode::AwaitStomp:
        return awaitReady(*options);
    case PerfOptions::Mode::Retained:
        return MqttRetainedRun(*options).execute();
    }
    return 2;
}
