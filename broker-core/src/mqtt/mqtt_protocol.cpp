#include "mqtt/mqtt_protocol.h"

#include "mqtt/mqtt_connection.h"
#include "services/broker_context.h"

namespace warren::mqtt {

protocol::ProtocolDescriptor mqttProtocol(std::shared_ptr<MqttServer> server, bool tls) {
    protocol::ProtocolDescriptor d;
    d.scheme = tls ? QStringLiteral("mqtts") : QStringLiteral("mqtt");
    d.defaultPort = tls ? 8883 : 1883;
    d.tls = tls;
    // RabbitMQ's Web MQTT plugin serves /ws; MQTT clients ask for "mqtt" (3.1.1 and 5.0) or
    // "mqttv3.1" (§6.0).
    if (!tls) {
        d.webSocketPath = QStringLiteral("/ws");
        d.webSocketSubprotocols = {QStringLiteral("mqtt"), QStringLiteral("mqttv3.1")};
        d.webSocketFraming.maxIncomingMessageBytes =
            qint64(server->context().config.mqttMaxPacketSize) + 5;
    }
    // Every MQTT connection starts with CONNECT: packet type 1, no flags (§3.1.1).
    d.recognise = [](QByteArrayView start) {
        if (start.isEmpty())
            return protocol::Recognition::NeedMoreBytes;
        return quint8(start.front()) == 0x10 ? protocol::Recognition::Recognised
                                             : protocol::Recognition::Unknown;
    };
    d.createSession = [server = std::move(server)](protocol::Transport& transport,
                                                   const protocol::Endpoints& endpoints) {
        return std::unique_ptr<protocol::ProtocolSession>(
            std::make_unique<MqttConnection>(*server, transport, endpoints));
    };
    return d;
}

} // namespace warren::mqtt
