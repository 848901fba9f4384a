#include "backends/mqtt_client.h"

#include <QDateTime>
#include <QStringDecoder>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <mutex>
#include <optional>

namespace {

using namespace std::chrono_literals;

// How long the network thread waits in one loop turn: how soon it notices it should stop.
constexpr int LoopTimeoutMs = 100;
// How long the destructor waits for the network thread before leaving it to finish alone.
constexpr auto StopWaitTime = 2s;
// Anything longer in a property or a $SYS value is a broker's mistake or malice.
constexpr qsizetype MaxPropertyBytes = 4096;
constexpr qsizetype MaxSysValueBytes = 256;
// MQTT's largest packet is 256 MiB, topic and properties included.
constexpr qsizetype MaxPayloadBytes = 256 * 1024 * 1024 - 64 * 1024;
// The $SYS/broker/ values the snapshot uses; others are not kept (a broker could send any).
const QStringList keptSysValues{QStringLiteral("uptime"), QStringLiteral("heap/current")};
const QString sysPrefix = QStringLiteral("$SYS/broker/");

void initialiseLibraryOnce() {
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

QString boundedText(const char* text) {
    return QString::fromUtf8(text, std::min<qsizetype>(qstrlen(text), MaxPropertyBytes));
}

// Correlation data is binary: as text where it is UTF-8, else in hex.
QString binaryText(const void* data, uint16_t length) {
    const QByteArray bytes(static_cast<const char*>(data),
                           std::min<qsizetype>(length, MaxPropertyBytes));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return decoder.hasError() ? QStringLiteral("0x") + QString::fromLatin1(bytes.toHex()) : text;
}

// MQTT 5's properties of a PUBLISH, named as the console names AMQP's.
void readProperties(const mosquitto_property* properties, MqttMessage& message) {
    if (!properties)
        return;
    char* text = nullptr;
    if (mosquitto_property_read_string(properties, MQTT_PROP_CONTENT_TYPE, &text, false)) {
        message.contentType = boundedText(text);
        message.properties.append({QStringLiteral("content_type"), message.contentType});
        free(text);
    }
    void* data = nullptr;
    uint16_t length = 0;
    if (mosquitto_property_read_binary(properties, MQTT_PROP_CORRELATION_DATA, &data, &length,
                                       false)) {
        message.properties.append({QStringLiteral("correlation_id"), binaryText(data, length)});
        free(data);
    }
    if (mosquitto_property_read_string(properties, MQTT_PROP_RESPONSE_TOPIC, &text, false)) {
        message.properties.append({QStringLiteral("reply_to"), boundedText(text)});
        free(text);
    }
    uint32_t expiry = 0;
    if (mosquitto_property_read_int32(properties, MQTT_PROP_MESSAGE_EXPIRY_INTERVAL, &expiry,
                                      false))
        // In milliseconds, as AMQP's expiration that the console shows under the same name.
        message.properties.append(
            {QStringLiteral("expiration"), QString::number(quint64(expiry) * 1000)});
    uint8_t format = 0;
    if (mosquitto_property_read_byte(properties, MQTT_PROP_PAYLOAD_FORMAT_INDICATOR, &format,
                                     false))
        message.properties.append({QStringLiteral("payload_format"), QString::number(format)});
    char* name = nullptr;
    char* value = nullptr;
    const mosquitto_property* user = mosquitto_property_read_string_pair(
        properties, MQTT_PROP_USER_PROPERTY, &name, &value, false);
    while (user) {
        if (message.userProperties.size() < MqttMessage::MaxUserProperties)
            message.userProperties.append({boundedText(name), boundedText(value)});
        free(name);
        free(value);
        user =
            mosquitto_property_read_string_pair(user, MQTT_PROP_USER_PROPERTY, &name, &value, true);
    }
}

} // namespace

// Owned jointly by the client and its network thread. Everything the callbacks touch lives
// here, so a network thread left behind (stuck in a name lookup) never reaches a dead client.
struct MqttClient::Shared {
    mosquitto* mosq = nullptr;
    MqttInbox inbox;
    MqttRetainedStore retained;

    std::mutex mutex;
    std::condition_variable wake;
    MqttClient* owner = nullptr; // null once the client is gone: nothing is posted then
    std::atomic<bool> stop{false};
    bool finished = false;
    std::optional<int> connectRequest; // the protocol version to try
    QHash<QString, QByteArray> sys;

    // The network thread's alone: the attempt under way.
    int version = MQTT_PROTOCOL_V5;
    bool sessionUp = false;
    int refusal = 0;
    int lastErrno = 0;
    QString tlsError;

    // Runs `f(owner)` on the owner's thread, unless the owner is gone by then.
    template <typename F> void post(F f) {
        const std::lock_guard lock(mutex);
        if (owner)
            QMetaObject::invokeMethod(
                owner, [o = owner, f = std::move(f)] { f(o); }, Qt::QueuedConnection);
    }

    void run(const Options& options);
    void attempt(const Options& options, int protocolVersion);

    static void onConnect(mosquitto* mosq, void* self, int rc, int flags,
                          const mosquitto_property* properties);
    static void onDisconnect(mosquitto* mosq, void* self, int rc,
                             const mosquitto_property* properties);
    static void onMessage(mosquitto* mosq, void* self, const mosquitto_message* message,
                          const mosquitto_property* properties);
    static void onPublish(mosquitto* mosq, void* self, int mid, int reasonCode,
                          const mosquitto_property* properties);
    static void onLog(mosquitto* mosq, void* self, int level, const char* text);
};

void MqttClient::Shared::onConnect(mosquitto* mosq, void* self, int rc, int flags,
                                   const mosquitto_property* properties) {
    Q_UNUSED(flags);
    Q_UNUSED(properties);
    auto* s = static_cast<Shared*>(self);
    if (rc != 0) {
        s->refusal = rc; // the library ends the attempt after this
        return;
    }
    s->sessionUp = true;
    s->retained.clear(); // the subscription below brings every retained message again
    // QoS 1: what arrives keeps the QoS it was published with up to 1 (a subscription caps it).
    // Not 2: Debian's libmosquitto 2.0.11 ends the session with a protocol error when a burst
    // of QoS 2 deliveries (such as the retained $SYS topics after subscribing) completes.
    // MQTT 5 keeps the retain flag of live publishes, so the retained list follows them.
    const int options = s->version == MQTT_PROTOCOL_V5 ? MQTT_SUB_OPT_RETAIN_AS_PUBLISHED : 0;
    mosquitto_subscribe_v5(mosq, nullptr, "#", 1, options, nullptr);
    // A broker without $SYS, or one that refuses it to this user, refuses this one alone.
    mosquitto_subscribe_v5(mosq, nullptr, "$SYS/#", 1, options, nullptr);
    s->post([](MqttClient* client) {
        client->m_connected = true;
        emit client->connected();
    });
}

void MqttClient::Shared::onDisconnect(mosquitto* mosq, void* self, int rc,
                                      const mosquitto_property* properties) {
    const int error = errno; // before anything else can change it: why the socket closed
    Q_UNUSED(mosq);
    Q_UNUSED(rc);
    Q_UNUSED(properties);
    static_cast<Shared*>(self)->lastErrno = error;
}

void MqttClient::Shared::onMessage(mosquitto* mosq, void* self, const mosquitto_message* m,
                                   const mosquitto_property* properties) {
    Q_UNUSED(mosq);
    auto* s = static_cast<Shared*>(self);
    if (!m || !m->topic)
        return;
    const QString topic = QString::fromUtf8(m->topic); // invalid UTF-8 becomes U+FFFD
    const bool sys = topic.startsWith(sysPrefix);
    // Copy nothing in a flood nobody watches.
    if (!m->retain && !sys && !s->inbox.isCapturing())
        return;
    MqttMessage message;
    message.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    message.topic = topic;
    message.payloadSize = std::max(0, m->payloadlen);
    message.payload = QByteArray(static_cast<const char*>(m->payload),
                                 std::min(message.payloadSize, MqttMessage::MaxPayloadBytes));
    message.qos = m->qos;
    message.retain = m->retain;
    readProperties(properties, message);
    if (sys) {
        const QString name = topic.mid(sysPrefix.size());
        if (keptSysValues.contains(name)) {
            const std::lock_guard lock(s->mutex);
            s->sys.insert(name, message.payload.left(MaxSysValueBytes));
        }
    }
    if (message.retain)
        s->retained.received(message);
    s->inbox.put(std::move(message));
}

void MqttClient::Shared::onPublish(mosquitto* mosq, void* self, int mid, int reasonCode,
                                   const mosquitto_property* properties) {
    Q_UNUSED(mosq);
    Q_UNUSED(properties);
    static_cast<Shared*>(self)->post(
        [mid, reasonCode](MqttClient* client) { emit client->published(mid, reasonCode); });
}

void MqttClient::Shared::onLog(mosquitto* mosq, void* self, int level, const char* text) {
    Q_UNUSED(mosq);
    // The library says why a TLS handshake failed only in its log.
    if ((level & MOSQ_LOG_ERR) && text && qstrncmp(text, "OpenSSL Error", 13) == 0)
        static_cast<Shared*>(self)->tlsError = boundedText(text);
}

void MqttClient::Shared::run(const Options& options) {
    for (;;) {
        int protocolVersion = MQTT_PROTOCOL_V5;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this] { return stop || connectRequest.has_value(); });
            if (stop)
                break;
            protocolVersion = *connectRequest;
            connectRequest.reset();
        }
        attempt(options, protocolVersion);
    }
    // A clean goodbye where there is a session, in a few loop turns at most.
    if (mosquitto_disconnect(mosq) == MOSQ_ERR_SUCCESS)
        for (int turn = 0; turn < 3 && mosquitto_socket(mosq) != -1; ++turn)
            if (mosquitto_loop(mosq, LoopTimeoutMs, 1) != MOSQ_ERR_SUCCESS)
                break;
    mosquitto_destroy(mosq);
    mosq = nullptr;
    {
        const std::lock_guard lock(mutex);
        finished = true;
    }
    wake.notify_all();
}

void MqttClient::Shared::attempt(const Options& options, int protocolVersion) {
    version = protocolVersion;
    sessionUp = false;
    refusal = 0;
    lastErrno = 0;
    tlsError.clear();
    mosquitto_int_option(mosq, MOSQ_OPT_PROTOCOL_VERSION, protocolVersion);
    errno = 0;
    // Resolves the name here, on this thread; the TCP and TLS handshakes go on in the loop.
    int rc = mosquitto_connect_bind_async(mosq, options.host.toUtf8().constData(), options.port,
                                          options.keepAliveSeconds, nullptr);
    if (rc != MOSQ_ERR_SUCCESS) {
        lastErrno = errno;
    } else {
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(options.connectTimeoutMs);
        while (!stop) {
            rc = mosquitto_loop(mosq, LoopTimeoutMs, 1);
            if (rc != MOSQ_ERR_SUCCESS)
                break;
            if (!sessionUp && std::chrono::steady_clock::now() > deadline) {
                rc = MOSQ_ERR_TIMEOUT;
                break;
            }
        }
        if (stop)
            return; // nobody to tell
    }
    Ending ending;
    ending.mosquittoError = rc;
    ending.systemError = rc == MOSQ_ERR_ERRNO || rc == MOSQ_ERR_EAI ? lastErrno : 0;
    ending.tlsError = rc == MOSQ_ERR_TLS || rc == MOSQ_ERR_TLS_HANDSHAKE ? tlsError : QString();
    if (refusal != 0) {
        ending.stage = Ending::Stage::Refused;
        ending.reasonCode = refusal;
        // MQTT 5's code, or 3.1.1's "unacceptable protocol version" (the library passes a 3.1.1
        // broker's refusal of a version 5 CONNECT on as MQTT 5's code).
        ending.protocolRejected =
            refusal == MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION ||
            (protocolVersion != MQTT_PROTOCOL_V5 && refusal == CONNACK_REFUSED_PROTOCOL_VERSION);
    } else {
        ending.stage = sessionUp ? Ending::Stage::Lost : Ending::Stage::Unreachable;
    }
    post([ending](MqttClient* client) {
        client->m_connected = false;
        emit client->ended(ending);
    });
}

MqttClient::MqttClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_shared(std::make_shared<Shared>()) {
    initialiseLibraryOnce();
    Shared& s = *m_shared;
    s.owner = this;
    s.mosq = mosquitto_new(m_options.clientId.toUtf8().constData(), true, &s);
    if (!s.mosq) {
        m_setupError = tr("the MQTT library could not create a client");
        return;
    }
    // Publishes come from the GUI thread while this client's own thread runs the loop.
    mosquitto_threaded_set(s.mosq, true);
    mosquitto_connect_v5_callback_set(s.mosq, &Shared::onConnect);
    mosquitto_disconnect_v5_callback_set(s.mosq, &Shared::onDisconnect);
    mosquitto_message_v5_callback_set(s.mosq, &Shared::onMessage);
    mosquitto_publish_v5_callback_set(s.mosq, &Shared::onPublish);
    mosquitto_log_callback_set(s.mosq, &Shared::onLog);
    if (!m_options.user.isEmpty())
        mosquitto_username_pw_set(
            s.mosq, m_options.user.toUtf8().constData(),
            m_options.password.isEmpty() ? nullptr : m_options.password.toUtf8().constData());
    if (m_options.tls) {
        const QByteArray ca = m_options.caFile.toLocal8Bit();
        const QByteArray certificate = m_options.clientCertificateFile.toLocal8Bit();
        const QByteArray key = m_options.clientKeyFile.toLocal8Bit();
        const int rc = mosquitto_tls_set(s.mosq, ca.isEmpty() ? nullptr : ca.constData(),
                                         ca.isEmpty() ? "/etc/ssl/certs" : nullptr,
                                         certificate.isEmpty() ? nullptr : certificate.constData(),
                                         key.isEmpty() ? nullptr : key.constData(), nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            m_setupError = tr("the CA, certificate or key file cannot be read");
            return;
        }
        if (m_options.skipTlsVerification) {
            mosquitto_tls_insecure_set(s.mosq, true);            // any host name
            mosquitto_tls_opts_set(s.mosq, 0, nullptr, nullptr); // any certificate
        }
    }
    m_network = std::thread([shared = m_shared, options = m_options] { shared->run(options); });
}

MqttClient::~MqttClient() {
    if (!m_network.joinable()) {
        if (m_shared->mosq)
            mosquitto_destroy(m_shared->mosq);
        return;
    }
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
        m_shared->stop = true;
    }
    m_shared->wake.notify_all();
    std::unique_lock lock(m_shared->mutex);
    const bool finished =
        m_shared->wake.wait_for(lock, StopWaitTime, [this] { return m_shared->finished; });
    lock.unlock();
    if (finished)
        m_network.join();
    else
        m_network.detach(); // it holds `shared` and cleans up after its lookup returns
}

void MqttClient::connectToBroker(Protocol protocol) {
    if (!m_setupError.isEmpty())
        return;
    m_protocol = protocol;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->connectRequest = protocol == Protocol::V5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311;
    }
    m_shared->wake.notify_all();
}

MqttClient::Sent MqttClient::publish(const QString& topic, const QByteArray& payload, int qos,
                                     bool retain, const QString& contentType) {
    Sent sent;
    const QByteArray name = topic.toUtf8();
    if (!m_connected) {
        sent.error = tr("the console is not connected to the broker");
    } else if (name.isEmpty() || name.contains('\0') ||
               mosquitto_pub_topic_check2(name.constData(), size_t(name.size())) !=
                   MOSQ_ERR_SUCCESS) {
        sent.error =
            tr("'%1' is not a topic to publish to: it must not be empty or hold + or #").arg(topic);
    } else if (qos < 0 || qos > 2) {
        sent.error = tr("the QoS must be 0, 1 or 2");
    } else if (payload.size() > MaxPayloadBytes) {
        sent.error = tr("the payload is larger than MQTT allows (256 MiB)");
    }
    if (!sent.error.isEmpty())
        return sent;
    mosquitto_property* properties = nullptr;
    if (m_protocol == Protocol::V5 && !contentType.isEmpty())
        mosquitto_property_add_string(&properties, MQTT_PROP_CONTENT_TYPE,
                                      contentType.toUtf8().constData());
    const int rc =
        mosquitto_publish_v5(m_shared->mosq, &sent.mid, name.constData(), int(payload.size()),
                             payload.constData(), qos, retain, properties);
    mosquitto_property_free_all(&properties);
    if (rc != MOSQ_ERR_SUCCESS) {
        Ending why;
        why.mosquittoError = rc;
        why.systemError = errno;
        sent.error = why.describe();
    }
    return sent;
}

MqttInbox& MqttClient::inbox() {
    return m_shared->inbox;
}

MqttRetainedStore& MqttClient::retained() {
    return m_shared->retained;
}

QByteArray MqttClient::sysValue(const QString& name) const {
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->sys.value(name);
}
