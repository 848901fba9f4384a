#include "backends/remote_backends.h"

#include "backends/jolokia_backend.h"
#include "backends/management_api_backend.h"
#include "backends/mqtt_backend.h"

std::unique_ptr<BrokerBackend> createRemoteBackend(const ConnectionProfile& profile) {
    switch (profile.kind) {
    case ConnectionProfile::Kind::RabbitMQ:
    case ConnectionProfile::Kind::Warren:
        return std::make_unique<ManagementApiBackend>(profile);
    case ConnectionProfile::Kind::ActiveMQ:
        return std::make_unique<JolokiaBackend>(profile);
    case ConnectionProfile::Kind::Mqtt:
        return std::make_unique<MqttBackend>(profile);
    }
    return nullptr; // every kind is handled above; compilers want a return here
}
