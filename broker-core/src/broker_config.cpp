#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <warren/broker_config.h>

namespace warren {

namespace {
struct SchemeDefault {
    const char* scheme;
    quint16 port;
};
// RabbitMQ's and Mosquitto's customary ports, so that clients find Warren where they look.
constexpr SchemeDefault Schemes[] = {
    {"amqp", 5672},   {"http", 15672},   {"amqps", 5671}, {"mqtt", 1883}, {"mqtts", 8883},
    {"stomp", 61613}, {"stomps", 61614}, {"ws", 15675},   {"wss", 15676}, {"https", 15671}};
} // namespace

bool isKnownScheme(const QString& scheme) {
    for (const auto& s : Schemes)
        if (scheme == QLatin1String(s.scheme))
            return true;
    return false;
}

ListenerSpec defaultListener(const QString& scheme) {
    for (const auto& s : Schemes)
        if (scheme == QLatin1String(s.scheme))
            return {scheme, QStringLiteral("127.0.0.1"), s.port};
    return {scheme, QStringLiteral("127.0.0.1"), 0};
}

std::optional<ListenerSpec> parseListenerSpec(const QString& text, QString* error) {
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (eq <= 0 || colon <= eq + 1) {
        *error = QStringLiteral("'%1' is not of the form SCHEME=HOST:PORT.").arg(text);
        return std::nullopt;
    }
    ListenerSpec spec;
    spec.scheme = text.left(eq).toLower();
    if (!isKnownScheme(spec.scheme)) {
        *error = QStringLiteral("'%1' is not a known scheme.").arg(spec.scheme);
        return std::nullopt;
    }
    spec.host = text.mid(eq + 1, colon - eq - 1);
    if (spec.host.startsWith(QLatin1Char('[')) && spec.host.endsWith(QLatin1Char(']')))
        spec.host = spec.host.mid(1, spec.host.size() - 2);
    QHostAddress address;
    if (spec.host != QLatin1String("localhost") && !address.setAddress(spec.host)) {
        *error = QStringLiteral("'%1' is not an IP address.").arg(spec.host);
        return std::nullopt;
    }
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        *error = QStringLiteral("'%1' is not a port number.").arg(text.mid(colon + 1));
        return std::nullopt;
    }
    spec.port = quint16(port);
    return spec;
}

QList<ListenerSpec> BrokerConfig::effectiveListeners() const {
    if (!listeners.isEmpty())
        return listeners;
    return {defaultListener(QStringLiteral("amqp")), defaultListener(QStringLiteral("http"))};
}

std::optional<BrokerConfig> BrokerConfig::fromJsonFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("Cannot read the config file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("The config file %1 is not a JSON object: %2.")
                     .arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    BrokerConfig config;
    config.dataDir = o.value(QStringLiteral("data_dir")).toString(config.dataDir);
    config.defaultUser = o.value(QStringLiteral("default_user")).toString(config.defaultUser);
    config.defaultPassword =
        o.value(QStringLiteral("default_pass")).toString(config.defaultPassword);
    config.defaultVhost = o.value(QStringLiteral("default_vhost")).toString(config.defaultVhost);
    config.defaultUserLoopbackOnly =
        o.value(QStringLiteral("loopback_only")).toBool(config.defaultUserLoopbackOnly);
    config.channelMax = quint16(o.value(QStringLiteral("channel_max")).toInt(config.channelMax));
    config.frameMax = quint32(o.value(QStringLiteral("frame_max")).toInteger(config.frameMax));
    config.heartbeatSeconds =
        quint16(o.value(QStringLiteral("heartbeat")).toInt(config.heartbeatSeconds));
    config.maxMessageSize = quint64(
        o.value(QStringLiteral("max_message_size")).toInteger(qint64(config.maxMessageSize)));
    config.maxPartialBodyBytes = quint64(o.value(QStringLiteral("max_partial_body_bytes"))
                                             .toInteger(qint64(config.maxPartialBodyBytes)));
    config.loginFailureDelayMs =
        o.value(QStringLiteral("login_failure_delay")).toInteger(config.loginFailureDelayMs);
    config.memoryHighWatermarkBytes =
        quint64(o.value(QStringLiteral("memory_high_watermark"))
                    .toInteger(qint64(config.memoryHighWatermarkBytes)));
    config.diskFreeLimitBytes = quint64(
        o.value(QStringLiteral("disk_free_limit")).toInteger(qint64(config.diskFreeLimitBytes)));
    config.socketWriterThread =
        o.value(QStringLiteral("writer_thread")).toBool(config.socketWriterThread);
    config.httpMaxBodyBytes = quint64(
        o.value(QStringLiteral("http_max_body_size")).toInteger(qint64(config.httpMaxBodyBytes)));
    config.httpRequestTimeoutMs =
        o.value(QStringLiteral("http_request_timeout")).toInteger(config.httpRequestTimeoutMs);
    config.httpIdleTimeoutMs =
        o.value(QStringLiteral("http_idle_timeout")).toInteger(config.httpIdleTimeoutMs);
    config.httpTapIdleTimeoutMs =
        o.value(QStringLiteral("http_tap_idle_timeout")).toInteger(config.httpTapIdleTimeoutMs);
    for (const QJsonValue& value : o.value(QStringLiteral("http_allowed_hosts")).toArray())
        config.httpAllowedHosts << value.toString();
    config.httpGetMaxPayloadBytes = quint64(o.value(QStringLiteral("http_get_max_payload_size"))
                                                .toInteger(qint64(config.httpGetMaxPayloadBytes)));
    config.flowWriterBacklogBytes = quint64(o.value(QStringLiteral("flow_writer_backlog"))
                                                .toInteger(qint64(config.flowWriterBacklogBytes)));
    config.flowStoreBacklogBytes = quint64(o.value(QStringLiteral("flow_store_backlog"))
                                               .toInteger(qint64(config.flowStoreBacklogBytes)));
    config.maxConnections = o.value(QStringLiteral("max_connections")).toInt(config.maxConnections);
    config.maxConnectionsPerSource =
        o.value(QStringLiteral("max_connections_per_source")).toInt(config.maxConnectionsPerSource);
    config.mqttVhost = o.value(QStringLiteral("mqtt_vhost")).toString(config.mqttVhost);
    config.mqttExchange = o.value(QStringLiteral("mqtt_exchange")).toString(config.mqttExchange);
    config.mqttMaxPacketSize = quint32(std::clamp<qint64>(
        o.value(QStringLiteral("mqtt_max_packet_size")).toInteger(config.mqttMaxPacketSize), 16,
        268435455));
    config.stompDefaultVhost =
        o.value(QStringLiteral("stomp_default_vhost")).toString(config.stompDefaultVhost);
    config.stompMaxHeaders = int(std::clamp<qint64>(
        o.value(QStringLiteral("stomp_max_headers")).toInteger(config.stompMaxHeaders), 1,
        1'000'000));
    config.stompMaxHeaderBytes = std::clamp<qint64>(
        o.value(QStringLiteral("stomp_max_header_length")).toInteger(config.stompMaxHeaderBytes),
        64, qint64(1) << 30);
    config.stompMaxBodyBytes = std::clamp<qint64>(
        o.value(QStringLiteral("stomp_max_body_length")).toInteger(config.stompMaxBodyBytes), 0,
        qint64(1) << 31);
    const QJsonObject ssl = o.value(QStringLiteral("ssl_options")).toObject();
    config.tls.caCertFile = ssl.value(QStringLiteral("cacertfile")).toString();
    config.tls.certFile = ssl.value(QStringLiteral("certfile")).toString();
    config.tls.keyFile = ssl.value(QStringLiteral("keyfile")).toString();
    const QString verify =
        ssl.value(QStringLiteral("verify")).toString(QStringLiteral("verify_none"));
    if (verify != QLatin1String("verify_none") && verify != QLatin1String("verify_peer")) {
        *error = QStringLiteral("In %1: ssl_options.verify must be verify_none or verify_peer, "
                                "not '%2'.")
                     .arg(path, verify);
        return std::nullopt;
    }
    config.tls.verifyPeer = verify == QLatin1String("verify_peer");
    config.tls.failIfNoPeerCert = ssl.value(QStringLiteral("fail_if_no_peer_cert")).toBool();
    for (const QJsonValue& value : o.value(QStringLiteral("listeners")).toArray()) {
        auto spec = parseListenerSpec(value.toString(), error);
        if (!spec) {
            *error = QStringLiteral("In %1: %2").arg(path, *error);
            return std::nullopt;
        }
        config.listeners.append(*spec);
    }
    return config;
}

} // namespace warren
