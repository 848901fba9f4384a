#include "backends/mqtt_client.h"

#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <netdb.h>

QString MqttClient::describeReasonCode(int code) {
    switch (code) {
    case CONNACK_REFUSED_PROTOCOL_VERSION:
    case MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION:
        return MqttClient::tr("the broker does not speak this version of MQTT");
    case CONNACK_REFUSED_IDENTIFIER_REJECTED:
    case MQTT_RC_CLIENTID_NOT_VALID:
        return MqttClient::tr("the client identifier was rejected");
    case CONNACK_REFUSED_SERVER_UNAVAILABLE:
    case MQTT_RC_SERVER_UNAVAILABLE:
        return MqttClient::tr("the server is unavailable");
    case CONNACK_REFUSED_BAD_USERNAME_PASSWORD:
    case MQTT_RC_BAD_USERNAME_OR_PASSWORD:
        return MqttClient::tr("bad user name or password");
    case CONNACK_REFUSED_NOT_AUTHORIZED:
    case MQTT_RC_NOT_AUTHORIZED:
        return MqttClient::tr("not authorised");
    case MQTT_RC_SERVER_BUSY:
        return MqttClient::tr("the server is busy");
    case MQTT_RC_BANNED:
        return MqttClient::tr("this client is banned");
    case MQTT_RC_BAD_AUTHENTICATION_METHOD:
        return MqttClient::tr("the authentication method is not accepted");
    case MQTT_RC_QUOTA_EXCEEDED:
        return MqttClient::tr("a quota is exceeded");
    case MQTT_RC_CONNECTION_RATE_EXCEEDED:
        return MqttClient::tr("too many connections in too short a time");
    case MQTT_RC_TOPIC_NAME_INVALID:
        return MqttClient::tr("the topic name is not valid");
    case MQTT_RC_PAYLOAD_FORMAT_INVALID:
        return MqttClient::tr("the payload is not in the format it claims");
    case MQTT_RC_PACKET_TOO_LARGE:
        return MqttClient::tr("the message is larger than the broker accepts");
    case MQTT_RC_IMPLEMENTATION_SPECIFIC:
        return MqttClient::tr("the broker does not accept it (implementation-specific)");
    default:
        return MqttClient::tr("reason code %1").arg(code);
    }
}

QString MqttClient::Ending::describe() const {
    if (stage == Stage::Refused)
        return describeReasonCode(reasonCode);
    switch (mosquittoError) {
    case MOSQ_ERR_ERRNO:
        return systemError != 0 ? qt_error_string(systemError)
                                : MqttClient::tr("the connection failed");
    case MOSQ_ERR_EAI:
        return MqttClient::tr("the host name cannot be resolved (%1)")
            .arg(QString::fromLocal8Bit(gai_strerror(systemError)));
    case MOSQ_ERR_TIMEOUT:
        return MqttClient::tr("no answer in time");
    case MOSQ_ERR_CONN_LOST:
    case MOSQ_ERR_NO_CONN:
        return MqttClient::tr("the connection was closed");
    case MOSQ_ERR_KEEPALIVE:
        return MqttClient::tr("the broker stopped answering");
    case MOSQ_ERR_TLS:
    case MOSQ_ERR_TLS_HANDSHAKE:
        return tlsError.isEmpty() ? MqttClient::tr("the TLS handshake failed")
                                  : MqttClient::tr("the TLS handshake failed (%1)").arg(tlsError);
    case MOSQ_ERR_PROTOCOL:
    case MOSQ_ERR_MALFORMED_PACKET:
    case MOSQ_ERR_MALFORMED_UTF8:
    case MOSQ_ERR_DUPLICATE_PROPERTY:
        return MqttClient::tr("the broker broke the MQTT protocol");
    case MOSQ_ERR_OVERSIZE_PACKET:
    case MOSQ_ERR_PAYLOAD_SIZE:
        return MqttClient::tr("the message is larger than the broker accepts");
    case MOSQ_ERR_QOS_NOT_SUPPORTED:
        return MqttClient::tr("the broker does not accept this QoS");
    case MOSQ_ERR_RETAIN_NOT_SUPPORTED:
        return MqttClient::tr("the broker does not keep retained messages");
    case MOSQ_ERR_NOMEM:
        return MqttClient::tr("out of memory");
    default:
        // The library's own English words: rarer cases than the ones above.
        return QString::fromUtf8(mosquitto_strerror(mosquittoError));
    }
}
