#include "backends/remote_backends.h"

#include "backends/management_api_backend.h"

std::unique_ptr<BrokerBackend> createRemoteBackend(const ConnectionProfile& profile) {
    switch (profile.kind) {
    case ConnectionProfile::Kind::RabbitMQ:
    case ConnectionProfile::Kind::Warren:
        return std::make_unique<ManagementApiBackend>(profile);
    case ConnectionProfile::Kind::ActiveMQ:
        return nullptr; // the Jolokia backend is created here once it exists
    }
    return nullptr;
}
