// warren-perf: an AMQP 0-9-1 load generator for comparing Warren with RabbitMQ.
// Parses options and hands over to the mode asked for; everything else lives in classes.

#include "amqp_readiness.h"
#include "connection_probe.h"
#include "idle_connection_pool.h"
#include "json_line.h"
#include "load_run.h"
#include "perf_options.h"

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

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

int probe(const PerfOptions& o) {
    const ConnectionProbe::Stats s = ConnectionProbe::measure(o.connect, o.probes);
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

int awaitAmqp(const PerfOptions& o) {
    const double waited =
        AmqpReadiness::await(o.connect.host, o.connect.port, o.awaitTimeoutSeconds);
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
        return LoadRun(*options).execute();
    case PerfOptions::Mode::Idle:
        return IdleConnectionPool(*options).execute();
    case PerfOptions::Mode::Probe:
        return probe(*options);
    case PerfOptions::Mode::AwaitAmqp:
        return awaitAmqp(*options);
    }
    return 2;
}
