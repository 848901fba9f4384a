#pragma once

#include <cstdint>
#include <string>

namespace warren::bench {

// Where and how one client connection logs in; copied into every worker.
struct ConnectParams {
    std::string host = "127.0.0.1";
    std::uint16_t port = 5672;
    std::string user = "guest";
    std::string password = "guest";
    std::string vhost = "/";
    std::uint16_t heartbeatSeconds = 60; // what client libraries ask for by default
    std::uint32_t frameMax = 131072;     // RabbitMQ's default frame-max
    std::string sourceAddress;           // bind() to this local address first, if set
    std::string connectionName = "warren-perf";
};

} // namespace warren::bench
