#include <warren/version.h>

namespace warren {

QString versionString() {
    return QStringLiteral(WARREN_VERSION);
}

QString productName() {
    return QStringLiteral("RabbitMQ");
}

QString rabbitmqVersion() {
    return QStringLiteral("3.10.8");
}

} // namespace warren
