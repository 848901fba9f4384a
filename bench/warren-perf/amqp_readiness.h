#pragma once

#include <string>

namespace warren::bench {

// Polls until a broker answers the AMQP protocol header with a Connection.Start frame.
// Accepting TCP is not enough: a RabbitMQ node may listen before it is booted.
class AmqpReadiness {
public:
    // Seconds waited, or a negative number when timeoutSeconds passed first.
    static double await(const std::string& host, unsigned short port, double timeoutSeconds);
    static bool answersNow(const std::string& host, unsigned short port);
};

} // namespace warren::bench
