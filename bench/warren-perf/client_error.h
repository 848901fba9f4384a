#pragma once

#include <stdexcept>
#include <string>

namespace warren::bench {

// A failure of one MQTT client connection or of its socket (connect, send, a broker that
// closed or broke the protocol). As with AmqpError, each worker thread catches it at its top
// and records the text for the run summary, so exceptions never cross a thread or an API.
class ClientError : public std::runtime_error {
public:
    explicit ClientError(const std::string& what)
        : std::runtime_error(what) {}
};

} // namespace warren::bench
