#include "services/broker_context.h"

#include "services/deadline_timer.h"

namespace warren::services {

std::shared_ptr<core::Vhost> BrokerContext::newVhost(const QByteArray& name) const {
    if (!deadlines)
        return std::make_shared<core::Vhost>(name);
    auto vhost = std::make_shared<core::Vhost>(name, deadlines->clock());
    deadlines->follow(*vhost);
    return vhost;
}

} // namespace warren::services
