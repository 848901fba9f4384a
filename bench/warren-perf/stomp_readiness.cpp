#include "stomp_readiness.h"

#include "stomp_client.h"

#include <chrono>

namespace warren::bench {

double StompReadiness::connectOnceMs(const ConnectParams& params,
                                     const std::string& webSocketPath) {
    const auto start = std::chrono::steady_clock::now();
    StompClient client(4096);
    client.open(params, StompClient::connectFields(params), webSocketPath);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    client.disconnect();
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

} // namespace warren::bench
