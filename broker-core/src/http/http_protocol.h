#pragma once

#include "protocol/protocol_registry.h"

#include <functional>

namespace warren {
struct BrokerConfig;
namespace log {
class Logger;
}
} // namespace warren

namespace warren::http {

class HttpRequestHandler;

// The management API's HTTP/1.1 as the engine registers it on `http` (15672). The handler is
// asked for when the first client connects, so a broker without an http listener builds none.
protocol::ProtocolDescriptor httpProtocol(std::function<HttpRequestHandler&()> handler,
                                          const BrokerConfig& config, log::Logger* logger);

// A request line's start: an upper-case method token, then a space.
protocol::Recognition recogniseRequestLine(QByteArrayView start);

} // namespace warren::http
