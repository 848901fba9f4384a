#pragma once

#include "backends/broker_backend.h"
#include "backends/connection_profile.h"

#include <memory>

// The one place that knows which backend speaks to which kind of remote broker: RabbitMQ and
// Warren through the management HTTP API, ActiveMQ through Jolokia. Never nullptr.
std::unique_ptr<BrokerBackend> createRemoteBackend(const ConnectionProfile& profile);
