#pragma once

#include <stdexcept>
#include <string>

namespace warren::bench {

// A failure of one client connection (socket error, broker close, protocol violation).
// The load generator is not a library: each worker thread catches this at its top and
// records the text for the run summary, so exceptions never cross a thread or an API.
class AmqpError : public std::runtime_error {
public:
    explicit AmqpError(const std::string& what)
        : std::runtime_error(what) {}
};

} // namespace warren::bench
