#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace warren {

// Where one protocol listens, e.g. amqp=127.0.0.1:5672. Port 0 asks for an ephemeral port.
struct ListenerSpec {
    QString scheme;
    QString host;
    quint16 port = 0;

    friend bool operator==(const ListenerSpec&, const ListenerSpec&) = default;
};

// Parses "SCHEME=HOST:PORT" (HOST may be an IPv6 literal in brackets).
// Returns std::nullopt and sets *error to one sentence when the text is not valid.
std::optional<ListenerSpec> parseListenerSpec(const QString& text, QString* error);
bool isKnownScheme(const QString& scheme);
ListenerSpec defaultListener(const QString& scheme);

// The certificate, key and client verification of amqps listeners; the JSON object
// "ssl_options" with RabbitMQ's key names (cacertfile, certfile, keyfile, verify,
// fail_if_no_peer_cert). Files are PEM.
struct TlsOptions {
    QString caCertFile; // clients' certificates must chain to these (verify_peer)
    QString certFile;   // the broker's certificate (chain)
    QString keyFile;    // its private key, unencrypted
    // verify_peer: ask clients for a certificate and refuse one that does not verify; with
    // failIfNoPeerCert, refuse clients that present none too. RabbitMQ's default is
    // verify_none.
    bool verifyPeer = false;
    bool failIfNoPeerCert = false;
};

struct BrokerConfig {
    QString dataDir;
    QList<ListenerSpec> listeners; // empty means amqp and http on their default ports

    QString defaultUser = QStringLiteral("guest");
    QString defaultPassword = QStringLiteral("guest");
    QString defaultVhost = QStringLiteral("/");
    // RabbitMQ lets guest in from loopback only; the same default protects a desk broker.
    bool defaultUserLoopbackOnly = true;

    // AMQP 0-9-1 tuning offered to clients (RabbitMQ's defaults).
    quint16 channelMax = 2047;
    quint32 frameMax = 131072;
    quint16 heartbeatSeconds = 60;
    // A content header announcing a larger body is refused (406) before any of it is read
    // (RabbitMQ's max_message_size, 128 MiB).
    quint64 maxMessageSize = 134217728;
    // What one connection may hold in bodies still arriving, over all its channels: memory is
    // taken as body bytes come, never for what a header announces, and a client that trickles
    // many large bodies at once is closed (530) at this much. Two messages of the largest size.
    quint64 maxPartialBodyBytes = 2 * 134217728ULL;
    // A failed login (AMQP or the management API) is answered this many milliseconds after
    // the previous failed one from the same address (auth/LoginThrottle); correct logins are
    // never held. 0 answers at once.
    qint64 loginFailureDelayMs = 1000;

    // Above this much memory in use, publishers are blocked (connection.blocked) until it
    // falls again, instead of the broker being killed. 0: 40% of physical memory, as
    // RabbitMQ's default vm_memory_high_watermark.
    quint64 memoryHighWatermarkBytes = 0;
    // Below this much free space on the data directory's disk, publishers are blocked the
    // same way (RabbitMQ's disk_free_limit, 50 MB by default).
    quint64 diskFreeLimitBytes = 50'000'000;

    // Socket writes on a second thread (docs/architecture.md, "Threading model"); off, the
    // broker thread writes its own output.
    bool socketWriterThread = true;

    // The management HTTP listener. Bodies above this many bytes are refused with 413 before
    // they are read (RabbitMQ's management.http.max_body_size default).
    quint64 httpMaxBodyBytes = 20'000'000;
    // A request's head must arrive within this many milliseconds of the connection opening or
    // the previous answer, and idle keep-alive connections close after it; a body may stall
    // for at most the idle timeout. cowboy's request_timeout and idle_timeout defaults.
    qint64 httpRequestTimeoutMs = 5000;
    qint64 httpIdleTimeoutMs = 60000;
    // A live tap over the API (POST /api/warren/taps) nobody has polled for this long is
    // stopped, so a console that crashed leaves nothing copying messages.
    qint64 httpTapIdleTimeoutMs = 30000;
    // Host names the API answers to besides loopback names and addresses (a deployment behind
    // a name or a proxy); "*" accepts any, giving up the DNS-rebinding guard.
    QStringList httpAllowedHosts;
    // POST /api/queues/{vhost}/{name}/get answers with at most this many bytes of payload in
    // all (each cut like RabbitMQ's `truncate`; payload_bytes stays the whole size), so that
    // one request cannot hold gigabytes of JSON. Encoded off the broker thread.
    quint64 httpGetMaxPayloadBytes = 16 * 1024 * 1024;
    // Flow control (docs/architecture.md, "Flow control"): connections that publish stop being
    // read while Warren's own writer threads are this far behind, until they are back under
    // half. Output for sockets that can take it, waiting for the socket writer thread:
    quint64 flowWriterBacklogBytes = 32 * 1024 * 1024;
    // Writes queued for the store's writer thread (by the memory they hold: payload plus 256 B
    // each). Small, because a page-in read waits behind every write queued before it: a
    // consumer of a paged queue waits for this backlog (32 MiB starved such consumers for
    // seconds). 1 MiB is still thousands of small writes, a full batch for group commit.
    quint64 flowStoreBacklogBytes = 1024 * 1024;

    // Client connections (AMQP and HTTP together) open at once, in total and from one source
    // address; more are closed as they are accepted, with a log line per burst. 0 for the
    // total: the descriptor limit (ulimit -n) less a reserve of up to 128; 0 per source: none.
    int maxConnections = 0;
    int maxConnectionsPerSource = 0;

    // MQTT, as RabbitMQ's MQTT plugin is configured (mqtt.vhost, mqtt.exchange): the vhost a
    // client lands in unless its user name says "vhost:user", and the topic exchange its
    // topics are routing keys of.
    QString mqttVhost = QStringLiteral("/");
    QString mqttExchange = QStringLiteral("amq.topic");
    // Packets larger than this are refused (CONNACK advertises it in MQTT 5.0); Mosquitto's
    // message_size_limit is 256 MiB, RabbitMQ's mqtt.max_packet_size_authenticated 256 MiB.
    quint32 mqttMaxPacketSize = 268435455;

    // STOMP, as RabbitMQ's STOMP plugin is configured (stomp.default_vhost): the vhost a client
    // lands in when its CONNECT names none in `host`.
    QString stompDefaultVhost = QStringLiteral("/");
    // What one frame may hold; a frame over a limit is refused with an ERROR naming the limit
    // (RabbitMQ 3.10 has none; the body limit is its largest message, 128 MiB).
    int stompMaxHeaders = 1000;
    qint64 stompMaxHeaderBytes = 100 * 1024;
    qint64 stompMaxBodyBytes = 128 * 1024 * 1024;

    // How often observers get a fresh snapshot with counters and rates.
    int snapshotIntervalMs = 1000;

    TlsOptions tls; // for amqps listeners

    QList<ListenerSpec> effectiveListeners() const;

    // Reads a JSON config file; keys mirror the fields above in snake_case.
    // Returns std::nullopt and sets *error to one sentence on failure.
    static std::optional<BrokerConfig> fromJsonFile(const QString& path, QString* error);
};

} // namespace warren
