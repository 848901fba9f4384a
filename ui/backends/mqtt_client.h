#pragma once

#include "backends/mqtt_inbox.h"
#include "backends/mqtt_retained_store.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <memory>
#include <thread>

// The console's MQTT client: a thin owner of one libmosquitto client whose network loop runs
// on a thread of its own, so that nothing on the GUI thread waits for the network (name
// resolution and the TCP and TLS handshakes included). Once connected it subscribes to
// everything ("#" and "$SYS/#"); what arrives is sorted on the network thread into the retained
// store, the inbox (while capturing) and a few $SYS values, all bounded. Connection outcomes and
// acknowledgements come back as signals on the thread the client lives on (queued). The client
// makes one attempt per connectToBroker(); when to try again is the caller's to decide.
class MqttClient final : public QObject {
    Q_OBJECT
public:
    enum class Protocol { V5, V311 };

    struct Options {
        QString host;
        quint16 port = 1883;
        bool tls = false;
        QString caFile; // empty: the system's CAs (/etc/ssl/certs)
        QString clientCertificateFile;
        QString clientKeyFile;
        bool skipTlsVerification = false;
        QString user; // empty: anonymous
        QString password;
        QString clientId;
        int keepAliveSeconds = 30;
        int connectTimeoutMs = 10000;
    };

    // Why a connection attempt or session ended.
    struct Ending {
        enum class Stage {
            Unreachable, // no CONNACK: name resolution, TCP, TLS, a timeout
            Refused,     // the broker answered CONNECT with a refusal
            Lost,        // the session was up and ended
        };
        Stage stage = Stage::Unreachable;
        int mosquittoError = 0; // MOSQ_ERR_*
        int systemError = 0;    // errno where mosquittoError is MOSQ_ERR_ERRNO
        int reasonCode = 0;     // the CONNACK's, where Refused (MQTT 5's codes, or 3.1.1's 1–5)
        // The broker does not speak the protocol version asked for.
        bool protocolRejected = false;
        QString tlsError; // OpenSSL's last complaint, where the TLS handshake failed
        // One translated clause, e.g. "connection refused" or "not authorised".
        QString describe() const;
    };

    // Checks the TLS files; connects only when asked.
    explicit MqttClient(Options options, QObject* parent = nullptr);
    // Disconnects and stops the network thread; waits briefly, never for a hung lookup.
    ~MqttClient() override;

    const Options& options() const { return m_options; }
    // Why `options` cannot be used (a TLS file that cannot be read); empty when they can.
    QString setupError() const { return m_setupError; }
    // One attempt: connected() or ended() follows, the latter also when a session ends later.
    void connectToBroker(Protocol protocol);
    bool isConnected() const { return m_connected; }
    Protocol protocol() const { return m_protocol; }

    // Publishes; the message id for published(), or a translated error. QoS 0 has no
    // acknowledgement: it is done once handed over (published() does not follow).
    struct Sent {
        int mid = 0;
        QString error;
    };
    Sent publish(const QString& topic, const QByteArray& payload, int qos, bool retain,
                 const QString& contentType = {});

    MqttInbox& inbox();
    MqttRetainedStore& retained();
    // The last value of $SYS/broker/<name> for the names the snapshot uses (uptime,
    // heap/current); empty if none came.
    QByteArray sysValue(const QString& name) const;

    // A refusal's MQTT reason code (MQTT 5's, §2.4, or a 3.1.1 CONNACK's 1–5) in one translated
    // clause, e.g. "not authorised".
    static QString describeReasonCode(int code);

    // Shared with the network thread, which outlives the client when it is stuck in a lookup.
    struct Shared;

signals:
    // The broker accepted the connection; the subscriptions are on their way.
    void connected();
    void ended(const MqttClient::Ending& ending);
    // The broker acknowledged message `mid`; a reasonCode ≥ 0x80 (MQTT 5) is a refusal.
    void published(int mid, int reasonCode);

private:
    Options m_options;
    QString m_setupError;
    Protocol m_protocol = Protocol::V5;
    bool m_connected = false;
    std::shared_ptr<Shared> m_shared;
    std::thread m_network;
};
