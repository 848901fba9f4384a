#include "engine/broker_engine.h"

#include "amqp091/amqp091_protocol.h"
#include "amqp091/stored_properties.h"
#include "engine/connection_admission.h"
#include "engine/memory_in_use.h"
#include "engine/store_key_rotation.h"
#include "http/http_protocol.h"
#include "http/management_server.h"
#include "mqtt/console_topics.h"
#include "mqtt/mqtt_protocol.h"
#include "mqtt/mqtt_server.h"
#include "net/epoll_poller.h"
#include "net/socket_connection.h"
#include "net/socket_writer.h"
#include "net/tcp_listener.h"
#include "net/tls_context.h"
#include "net/tls_tunnel.h"
#include "net/websocket_acceptor.h"
#include "net/websocket_tunnel.h"
#include "ops/operations.h"
#include "protocol/sniffing_session.h"
#include "services/flow_control.h"
#include "services/node_name.h"
#include "stomp/stomp_protocol.h"
#include "store/env_key_provider.h"
#include "store/file_key_provider.h"
#include "store/owner_only_files.h"
#include "store/sqlite_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <array>
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <warren/broker.h>
#include <warren/version.h>

namespace warren {

namespace {
QString key(const QString& vhost, const QString& name) {
    return vhost + QChar(0) + name;
}

double rate(quint64 now, quint64 before, double seconds) {
    return seconds > 0 && now >= before ? double(now - before) / seconds : 0.0;
}
} // namespace

BrokerEngine::BrokerEngine(BrokerConfig config, QObject* parent)
    : QObject(parent)
    , m_logger(this)
    , m_snapshotTimer(this)
    , m_tickTimer(this)
    , m_taps(this,
             [this](TapBatch batch) {
                 // The management API's taps and the console's share the hub, not the ids.
                 if (!http::HttpTapStore::owns(batch.tapId))
                     emit tapUpdated(batch);
                 else if (m_http)
                     m_http->tapped(batch);
             })
    , m_poller(new net::EpollPoller(this)) {
    m_context.config = std::move(config);
    registerProtocols();
    m_context.logger = &m_logger;
    m_context.deadlines = &m_deadlines;
    m_changes = std::make_unique<services::ChangeJournal>(&m_logger);
    m_context.changes = m_changes.get();
    m_context.clients = this;
    m_context.taps = &m_taps;
    auth::LoginThrottle::Settings throttle;
    throttle.delayMs = m_context.config.loginFailureDelayMs;
    // Parallel failures from one address queue, up to three delays (RabbitMQ holds each failed
    // connection 3 s): a console refreshing with a wrong password hears of it in that time.
    throttle.maxHoldMs = 3 * throttle.delayMs;
    m_context.loginThrottle.setSettings(throttle);
    m_flow = new services::FlowControl(m_logger, this);
    m_context.flow = m_flow;
    connect(&m_logger, &log::Logger::recorded, this, &BrokerEngine::logRecorded);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &BrokerEngine::takeSnapshot);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (net::SocketConnection* connection : std::as_const(m_connections))
            connection->session().tick(now);
        m_mqtt->tick(now);
        checkResources();
    });
}

BrokerEngine::~BrokerEngine() {
    finishStop();
}

void BrokerEngine::start() {
    const auto& config = m_context.config;
    if (!config.dataDir.isEmpty() && !store::OwnerOnlyFiles::makeDirectory(config.dataDir)) {
        emit startFailed(tr("Cannot create the data directory %1.").arg(config.dataDir));
        return;
    }
    if (config.dataDir.isEmpty()) {
        // No data directory (embedded in tests): an in-memory broker with the defaults.
        const QByteArray vhost = config.defaultVhost.toUtf8();
        m_context.vhosts.insert(vhost, m_context.newVhost(vhost));
        const QByteArray user = config.defaultUser.toUtf8();
        m_context.users.addUser(user, config.defaultPassword.toUtf8(),
                                {QStringLiteral("administrator")}, config.defaultUserLoopbackOnly);
        m_context.users.setPermissions(user, vhost, auth::Permissions::all());
    } else if (auto error = openStore()) {
        m_logger.error(QStringLiteral("store"), *error);
        finishStop();
        emit startFailed(*error);
        return;
    }
    // What was stored is not a change: the journal hears only what happens from now on.
    for (const auto& vhost : std::as_const(m_context.vhosts))
        vhost->setChangeObserver(m_context.changes);
    if (config.socketWriterThread) {
        m_writer = std::make_unique<net::SocketWriter>();
        if (!m_writer->isValid()) {
            m_writer.reset();
            m_logger.warning(QStringLiteral("broker"),
                             QStringLiteral("no socket writer thread (out of descriptors?): the "
                                            "broker thread writes its own output"));
        }
    }

    // Only Warren's own writer threads pace publishers (engine/FlowControl).
    if (m_writer)
        m_flow->setWriterProbe([writer = m_writer.get()] { return writer->unwrittenBytes(); },
                               qint64(config.flowWriterBacklogBytes));
    if (m_store)
        m_flow->setStoreProbe([store = m_store.get()] { return store->pendingBytes(); },
                              qint64(config.flowStoreBacklogBytes));

    m_admission = std::make_unique<engine::ConnectionAdmission>(
        config.maxConnections > 0 ? config.maxConnections
                                  : engine::ConnectionAdmission::defaultMaxTotal(descriptorLimit()),
        config.maxConnectionsPerSource);
    for (const auto& spec : config.effectiveListeners()) {
        QString error;
        if (!startListener(spec, &error)) {
            m_logger.error(QStringLiteral("broker"), error);
            finishStop();
            emit startFailed(error);
            return;
        }
    }
    m_running = true;
    m_logger.info(
        QStringLiteral("broker"),
        QStringLiteral("Warren %1 started; data in %2").arg(versionString(), config.dataDir));
    if (config.snapshotIntervalMs > 0)
        m_snapshotTimer.start(config.snapshotIntervalMs);
    m_memoryWatermark = config.memoryHighWatermarkBytes;
    if (m_memoryWatermark == 0)
        m_memoryWatermark =
            quint64(::sysconf(_SC_PHYS_PAGES)) * quint64(::sysconf(_SC_PAGESIZE)) * 2 / 5;
    m_tickTimer.start(250);
    m_startedAt = QDateTime::currentDateTimeUtc();
    emit started();
}

void BrokerEngine::checkResources() {
    const engine::MemoryUsage usage = engine::memoryUsage();
    m_memoryTrimmer.check(usage, QDateTime::currentMSecsSinceEpoch());
    const quint64 used = engine::memoryInUse(usage);
    const bool memoryAlarm = used > m_memoryWatermark;
    // Disk: free space where the store writes (RabbitMQ's disk_free_limit).
    bool diskAlarm = false;
    quint64 freeBytes = 0;
    struct statvfs disk {};
    const QByteArray dataDir = QFile::encodeName(m_context.config.dataDir);
    if (!dataDir.isEmpty() && ::statvfs(dataDir.constData(), &disk) == 0) {
        freeBytes = quint64(disk.f_bavail) * quint64(disk.f_frsize);
        diskAlarm = freeBytes < m_context.config.diskFreeLimitBytes;
    }
    if (m_storeWriteAlarm)
        m_storeWriteAlarm->check();
    const bool storeAlarm = m_storeWriteAlarm && m_storeWriteAlarm->active();
    if (memoryAlarm == m_memoryAlarm && diskAlarm == m_diskAlarm && storeAlarm == m_storeAlarm)
        return;
    auto mib = [](quint64 bytes) { return QString::number(bytes / (1024 * 1024)); };
    if (memoryAlarm != m_memoryAlarm)
        m_logger.log(memoryAlarm ? LogLevel::Warning : LogLevel::Info, QStringLiteral("alarm"), {},
                     memoryAlarm
                         ? QStringLiteral("memory alarm: %1 MiB in use, above the high "
                                          "watermark of %2 MiB; publishers are blocked")
                               .arg(mib(used), mib(m_memoryWatermark))
                         : QStringLiteral("memory alarm cleared: %1 MiB in use").arg(mib(used)));
    if (diskAlarm != m_diskAlarm)
        m_logger.log(diskAlarm ? LogLevel::Warning : LogLevel::Info, QStringLiteral("alarm"), {},
                     diskAlarm
                         ? QStringLiteral("disk alarm: %1 MiB free on %2, below the limit "
                                          "of %3 MiB; publishers are blocked")
                               .arg(mib(freeBytes), m_context.config.dataDir,
                                    mib(m_context.config.diskFreeLimitBytes))
                         : QStringLiteral("disk alarm cleared: %1 MiB free").arg(mib(freeBytes)));
    const bool wasBlocked = m_memoryAlarm || m_diskAlarm || m_storeAlarm;
    m_memoryAlarm = memoryAlarm;
    m_diskAlarm = diskAlarm;
    m_storeAlarm = storeAlarm; // logged by StoreWriteAlarm, which knows the store's reason
    const bool blocked = m_memoryAlarm || m_diskAlarm || m_storeAlarm;
    if (blocked == wasBlocked)
        return;
    for (net::SocketConnection* connection : std::as_const(m_connections))
        connection->session().setPublishingBlocked(blocked, alarmReason());
}

QString BrokerEngine::alarmReason() const {
    // RabbitMQ's reasons, as clients show them.
    return m_memoryAlarm ? QStringLiteral("low on memory") : QStringLiteral("low on disk");
}

std::optional<QString> BrokerEngine::openStore() {
    const QString dataDir = m_context.config.dataDir;
    // The key comes from WARREN_STORE_KEY when set (a secret manager can provide it), else
    // from a key file beside the data, created with mode 0600 on first start.
    std::shared_ptr<store::KeyProvider> keys;
    if (!qEnvironmentVariableIsEmpty(store::EnvKeyProvider::DefaultVariable))
        keys = std::make_shared<store::EnvKeyProvider>();
    else
        keys = std::make_shared<store::FileKeyProvider>(dataDir + QStringLiteral("/warren.key"));
    store::SqliteStore::Options options;
    options.directory = dataDir;
    auto opened = store::SqliteStore::open(options, keys);
    if (!opened)
        return opened.error().text;
    if (const QStringList& tightened = opened.value()->tightenedPermissions(); !tightened.isEmpty())
        m_logger.warning(QStringLiteral("store"),
                         QStringLiteral("other users could read the data directory; made it "
                                        "private to the user running Warren: %1")
                             .arg(tightened.join(QStringLiteral(", "))));
    m_store = std::move(opened).value();
    m_keyRotation = std::make_unique<engine::StoreKeyRotation>(*m_store, keys, m_logger);
    m_definitions = std::make_unique<services::DurableDefinitions>(*m_store, this);
    if (auto error = m_definitions->recover(m_context))
        return error;
    m_context.definitions = m_definitions.get();
    m_messages = std::make_unique<services::DurableMessages>(
        *m_store, this,
        std::vector<services::StoredPropertiesFormat>{amqp091::storedPropertiesFormat()},
        &m_logger);
    m_context.persistence = m_messages.get();
    if (auto error = m_messages->recover(m_context))
        return error;
    m_mqtt->retained().attachStore(m_store.get(), this);
    for (auto it = m_context.vhosts.cbegin(); it != m_context.vhosts.cend(); ++it)
        if (auto error = m_mqtt->retained().recover(it.key()))
            return error;
    m_storeWriteAlarm =
        std::make_unique<engine::StoreWriteAlarm>(*m_store, this, m_logger, dataDir);
    m_logger.info(
        QStringLiteral("store"),
        QStringLiteral("recovered %1 vhost(s) from %2").arg(m_context.vhosts.size()).arg(dataDir));
    return std::nullopt;
}

bool BrokerEngine::startListener(const ListenerSpec& spec, QString* error) {
    QHostAddress address;
    if (spec.host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(spec.host)) {
        *error = tr("Cannot listen on %1: '%2' is not an IP address.").arg(spec.scheme, spec.host);
        return false;
    }
    const protocol::ProtocolDescriptor* protocol = m_protocols.find(spec.scheme);
    if (!protocol) {
        *error = tr("The %1 listener is not available in this version.").arg(spec.scheme);
        return false;
    }
    if (protocol->tls && !m_tls) {
        QString reason;
        m_tls = net::TlsContext::create(m_context.config.tls, &reason);
        if (!m_tls) {
            *error = tr("Cannot listen for %1 on %2:%3: %4")
                         .arg(spec.scheme, spec.host)
                         .arg(spec.port)
                         .arg(reason);
            return false;
        }
    }
    auto* server = new net::TcpListener(this);
    if (!server->listen(address, spec.port)) {
        *error = tr("Cannot listen for %1 on %2:%3: %4")
                     .arg(spec.scheme, spec.host)
                     .arg(spec.port)
                     .arg(server->errorString());
        delete server;
        return false;
    }
    connect(server, &net::TcpListener::clientShed, this, [this, scheme = spec.scheme](int) {
        warnOncePerBurst(QStringLiteral("descriptors"),
                         QStringLiteral("out of file descriptors: turned away a client of "
                                        "the %1 listener; raise the limit (ulimit -n) or "
                                        "lower max_connections")
                             .arg(scheme));
    });
    // One factory per listener: the protocol's own, or one that sniffs when others share it.
    connect(server, &net::TcpListener::accepted, this,
            [this, protocol,
             factory = protocol::sessionFactoryFor(m_protocols.candidatesFor(spec.scheme))](
                int descriptor) { accept(descriptor, *protocol, factory); });
    m_servers.push_back(server);
    const quint16 port = server->serverPort();
    ListenerInfo info{spec.scheme, spec.host, port};
    m_listeners.append(info);
    m_logger.info(
        QStringLiteral("broker"),
        QStringLiteral("listening for %1 on %2:%3").arg(spec.scheme, spec.host).arg(port));
    emit listening(info);
    return true;
}

quint64 BrokerEngine::descriptorLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 1'000'000;
    return quint64(limit.rlim_cur);
}

std::optional<QHostAddress> BrokerEngine::admit(int descriptor) {
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    QHostAddress source;
    if (::getpeername(descriptor, reinterpret_cast<sockaddr*>(&peer), &length) == 0)
        source.setAddress(reinterpret_cast<const sockaddr*>(&peer));
    const auto verdict = m_admission->admit(source);
    if (verdict == engine::ConnectionAdmission::Verdict::Admitted)
        return source;
    ::close(descriptor);
    if (verdict == engine::ConnectionAdmission::Verdict::OverTotal)
        warnOncePerBurst(QStringLiteral("max_connections"),
                         QStringLiteral("refused a connection from %1: %2 connections are open, "
                                        "the limit (max_connections)")
                             .arg(source.toString())
                             .arg(m_admission->total()));
    else
        warnOncePerBurst(QStringLiteral("max_connections_per_source"),
                         QStringLiteral("refused a connection from %1: it has %2 open, the "
                                        "limit per source address (max_connections_per_source)")
                             .arg(source.toString())
                             .arg(m_admission->maxPerSource()));
    return std::nullopt;
}

void BrokerEngine::track(net::SocketConnection* connection, const QHostAddress& source,
                         bool releasesAdmission) {
    m_connections.append(connection);
    connect(connection, &net::SocketConnection::finished, this,
            [this, source, releasesAdmission](net::SocketConnection* c) {
                m_connections.removeOne(c);
                if (m_admission && releasesAdmission)
                    m_admission->release(source);
            });
}

void BrokerEngine::warnOncePerBurst(const QString& what, const QString& text) {
    BurstLog& burst = m_bursts[what];
    if (burst.since.isValid() && !burst.since.hasExpired(BurstLogIntervalMs)) {
        ++burst.unlogged;
        return;
    }
    m_logger.warning(QStringLiteral("broker"),
                     burst.unlogged == 0
                         ? text
                         : QStringLiteral("%1 (and %2 more like it since the last such line)")
                               .arg(text)
                               .arg(burst.unlogged));
    burst.unlogged = 0;
    burst.since.start();
}

void BrokerEngine::registerProtocols() {
    m_protocols.add(amqp091::amqp091Protocol(m_context, false));
    m_protocols.add(amqp091::amqp091Protocol(m_context, true));
    m_mqtt = std::make_shared<mqtt::MqttServer>(m_context);
    m_consoleTopics = std::make_unique<mqtt::ConsoleTopics>(*m_mqtt);
    m_context.topics = m_consoleTopics.get();
    m_protocols.add(mqtt::mqttProtocol(m_mqtt, false));
    m_protocols.add(mqtt::mqttProtocol(m_mqtt, true));
    m_protocols.add(stomp::stompProtocol(m_context, false));
    m_protocols.add(stomp::stompProtocol(m_context, true));
    protocol::ProtocolDescriptor webSocket;
    webSocket.scheme = QStringLiteral("ws");
    webSocket.defaultPort = 15675; // RabbitMQ's Web MQTT port
    webSocket.webSocket = true;
    webSocket.recognise = [](QByteArrayView) { return protocol::Recognition::Unknown; };
    m_protocols.add(std::move(webSocket));
    m_protocols.add(
        http::httpProtocol([this]() -> http::HttpRequestHandler& { return managementServer(); },
                           m_context.config, &m_logger));
}

http::ManagementServer& BrokerEngine::managementServer() {
    if (!m_http) {
        m_http =
            std::make_unique<http::ManagementServer>(m_context, [this] { return buildSnapshot(); });
        m_http->useTapHub(m_taps);
    }
    return *m_http;
}

void BrokerEngine::accept(int descriptor, const protocol::ProtocolDescriptor& protocol,
                          const protocol::SessionFactory& factory) {
    const auto source = admit(descriptor);
    if (!source)
        return;
    if (protocol.webSocket) {
        acceptWebSocket(descriptor, *source);
        return;
    }
    if (!protocol.tls) {
        serve(descriptor, *source, factory);
        return;
    }
    // The session reads and writes plain bytes on one end of a socket pair; the tunnel carries
    // them over TLS on the client's socket. The session still sees the client's addresses.
    const net::SocketEndpoints endpoints = net::endpointsOf(descriptor);
    int pair[2];
    ssl_st* ssl = m_tls->newSession();
    if (!ssl || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair) != 0) {
        const QString reason = ssl ? QString::fromLocal8Bit(::strerror(errno))
                                   : QStringLiteral("cannot start a TLS session");
        net::TlsContext::freeSession(ssl);
        ::close(descriptor);
        if (m_admission)
            m_admission->release(*source);
        warnOncePerBurst(protocol.scheme,
                         QStringLiteral("turned away a client of the %1 listener from %2: %3")
                             .arg(protocol.scheme, source->toString(), reason));
        return;
    }
    new net::TlsTunnel(descriptor, pair[0], ssl, *m_poller, this);
    serve(pair[1], *source, factory, &endpoints);
}

void BrokerEngine::acceptWebSocket(int descriptor, const QHostAddress& source) {
    if (!m_webSockets) {
        QHash<QString, QStringList> subprotocols;
        for (const QString& scheme : m_protocols.schemes())
            if (const auto* d = m_protocols.find(scheme); !d->webSocketPath.isEmpty())
                subprotocols.insert(d->webSocketPath, d->webSocketSubprotocols);
        m_webSockets = new net::WebSocketAcceptor(productName(), subprotocols, this);
        connect(m_webSockets, &net::WebSocketAcceptor::accepted, this,
                &BrokerEngine::serveWebSocket);
    }
    auto* tcp = new QTcpSocket;
    if (!tcp->setSocketDescriptor(descriptor)) {
        delete tcp;
        ::close(descriptor);
        if (m_admission)
            m_admission->release(source);
        return;
    }
    // The TCP socket lives as long as the client does, handshake or not: its end gives the
    // admission back.
    connect(tcp, &QObject::destroyed, this, [this, source] {
        if (m_admission)
            m_admission->release(source);
    });
    m_webSockets->accept(tcp);
}

void BrokerEngine::serveWebSocket(QWebSocket* socket) {
    {
        const QString path = socket->requestUrl().path();
        const protocol::ProtocolDescriptor* served = nullptr;
        for (const QString& scheme : m_protocols.schemes())
            if (const auto* d = m_protocols.find(scheme); d->webSocketPath == path)
                served = d;
        int pair[2];
        if (!served ||
            ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair) != 0) {
            // The acceptor answered unknown paths with 404 already; this is out of descriptors
            // (each WebSocket client takes three) or memory.
            const QString reason = served ? QString::fromLocal8Bit(::strerror(errno))
                                          : QStringLiteral("nothing is served at %1").arg(path);
            warnOncePerBurst(QStringLiteral("ws"),
                             QStringLiteral("turned away a WebSocket client from %1: %2")
                                 .arg(socket->peerAddress().toString(), reason));
            socket->close(served ? QWebSocketProtocol::CloseCode(1013) /* try again later */
                                 : QWebSocketProtocol::CloseCodePolicyViolated,
                          reason);
            socket->deleteLater();
            return;
        }
        const net::SocketEndpoints endpoints{socket->peerAddress(), socket->peerPort(),
                                             socket->localAddress(), socket->localPort()};
        new net::WebSocketTunnel(socket, pair[0], *m_poller, served->webSocketFraming, this);
        serve(pair[1], endpoints.peerAddress, served->createSession, &endpoints, false);
    }
}

void BrokerEngine::serve(int descriptor, const QHostAddress& source,
                         const protocol::SessionFactory& factory,
                         const net::SocketEndpoints* endpoints, bool releasesAdmission) {
    auto* connection =
        new net::SocketConnection(descriptor, *m_poller, m_writer.get(), factory, this,
                                  endpoints ? std::optional(*endpoints) : std::nullopt);
    track(connection, source, releasesAdmission);
    if (m_memoryAlarm || m_diskAlarm || m_storeAlarm)
        connection->session().setPublishingBlocked(true, alarmReason());
}

void BrokerEngine::stop() {
    if (!m_running) {
        finishStop();
        return;
    }
    m_snapshotTimer.stop();
    for (net::TcpListener* server : m_servers)
        server->close();
    // Say goodbye in protocol terms (connection.close 320), then give the sockets a moment to
    // carry it before they are cut.
    for (net::SocketConnection* connection : std::as_const(m_connections))
        connection->session().shutdown(QStringLiteral("broker shutdown"));
    m_stopDeadline.start();
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (m_connections.isEmpty() || m_stopDeadline.hasExpired(2000)) {
            poll->deleteLater();
            finishStop();
        }
    });
    poll->start(10);
}

void BrokerEngine::finishStop() {
    m_taps.endAll(QStringLiteral("the broker stopped"));
    m_snapshotTimer.stop();
    m_tickTimer.stop();
    m_deadlines.stop();
    for (net::TcpListener* server : m_servers)
        delete server;
    m_servers.clear();
    const auto connections = std::exchange(m_connections, {});
    for (net::SocketConnection* connection : connections) {
        connection->flush(); // whatever goodbye frames the kernel will still take
        delete connection;
    }
    // Connections that finished but wait for their deleteLater() still hold a channel: they
    // must release it while the writer exists.
    qDeleteAll(findChildren<net::SocketConnection*>(Qt::FindDirectChildrenOnly));
    m_http.reset(); // after the HTTP sessions that use it
    m_flow->setWriterProbe({}, 0);
    m_flow->setStoreProbe({}, 0);
    m_writer.reset(); // writes what the kernel takes, closes the released sockets, joins
    // The goodbyes of amqps sessions are now in their tunnels: encrypt and send what the
    // kernel takes, then close (before the poller goes).
    for (net::TlsTunnel* tunnel : findChildren<net::TlsTunnel*>(Qt::FindDirectChildrenOnly)) {
        tunnel->drain();
        delete tunnel;
    }
    // And those of WebSocket sessions, in binary messages.
    for (auto* tunnel : findChildren<net::WebSocketTunnel*>(Qt::FindDirectChildrenOnly)) {
        tunnel->drain();
        delete tunnel;
    }
    m_tls.reset();
    // Vhosts go before the store: deleting them must not write to it (nothing changes on
    // disk when the broker stops), and the store's writer finishes what is queued on close.
    for (const auto& vhost : std::as_const(m_context.vhosts)) {
        vhost->setObserver(nullptr);
        vhost->setPersistence(nullptr);
    }
    m_context.vhosts.clear();
    m_messages.reset();
    m_storeWriteAlarm.reset();
    m_context.definitions = nullptr;
    m_context.persistence = nullptr;
    m_definitions.reset();
    m_keyRotation.reset();
    m_store.reset();
    m_listeners.clear();
    if (m_running) {
        m_running = false;
        m_logger.info(QStringLiteral("broker"), QStringLiteral("stopped"));
        emit stopped();
    }
}

void BrokerEngine::takeSnapshot() {
    emit snapshotReady(buildSnapshot());
}

void BrokerEngine::setConfig(const BrokerConfig& config) {
    Q_ASSERT(!m_running);
    m_context.config = config;
}

void BrokerEngine::setSnapshotInterval(int ms) {
    m_context.config.snapshotIntervalMs = ms;
    if (!m_running)
        return; // start() arms the timer with it
    if (ms > 0)
        m_snapshotTimer.start(ms); // restarts: the next snapshot is `ms` from now
    else
        m_snapshotTimer.stop();
}

void BrokerEngine::rotateStoreKey() {
    if (m_keyRotation)
        m_keyRotation->request();
    else
        m_logger.warning(QStringLiteral("store"),
                         QStringLiteral("no store is open, so there is no key to rotate"));
}

std::function<void(OperationResult)> BrokerEngine::reporter(quint64 requestId) {
    return [this, requestId](OperationResult result) {
        result.requestId = requestId;
        emit operationFinished(result);
    };
}

services::ChangeJournal::Scope BrokerEngine::changesByConsole() {
    return {m_changes.get(), services::ChangeJournal::consoleActor()};
}

void BrokerEngine::execute(quint64 id, const Command& command) {
    const auto byConsole = changesByConsole();
    ops::execute(m_context, ops::Actor::theConsole(), command, reporter(id));
}

bool BrokerEngine::vhostInUse(const QString& vhost) const {
    // Sessions know their vhost; asking them as a snapshot does is rare enough to be cheap.
    BrokerSnapshot sessions;
    for (net::SocketConnection* connection : std::as_const(m_connections))
        connection->session().fillSnapshot(sessions);
    return std::any_of(sessions.connections.cbegin(), sessions.connections.cend(),
                       [&vhost](const ConnectionInfo& c) { return c.vhost == vhost; });
}

net::SocketConnection* BrokerEngine::connectionNamed(const QString& name) const {
    const auto it =
        std::find_if(m_connections.cbegin(), m_connections.cend(),
                     [&name](net::SocketConnection* c) { return c->session().name() == name; });
    return it == m_connections.cend() ? nullptr : *it;
}

std::optional<QString> BrokerEngine::connectionUser(const QString& name) const {
    net::SocketConnection* connection = connectionNamed(name);
    if (!connection)
        return std::nullopt;
    BrokerSnapshot session;
    connection->session().fillSnapshot(session);
    if (session.connections.isEmpty()) // a session that is no client connection (HTTP)
        return std::nullopt;
    return session.connections.first().user;
}

bool BrokerEngine::closeConnectionNamed(const QString& name, const QString& reason,
                                        const QString& by) {
    net::SocketConnection* connection = connectionNamed(name);
    if (!connection)
        return false;
    m_logger.info(QStringLiteral("amqp"),
                  QStringLiteral("closing connection %1 from %2: %3").arg(name, by, reason));
    connection->session().shutdown(reason);
    return true;
}

BrokerSnapshot BrokerEngine::buildSnapshot() {
    BrokerSnapshot s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.node = services::nodeName();
    s.startedAt = m_startedAt;
    s.listeners = m_listeners;
    if (m_memoryAlarm)
        s.alarms << QStringLiteral("memory");
    if (m_diskAlarm || m_storeAlarm)
        s.alarms << QStringLiteral("disk");
    // Warren is never clustered: it is the one node, with its own alarms and no partitions.
    NodeInfo node;
    node.name = s.node;
    node.type = QStringLiteral("disc");
    node.memoryAlarm = m_memoryAlarm;
    node.diskAlarm = m_diskAlarm || m_storeAlarm;
    if (m_startedAt.isValid())
        node.uptimeMs = m_startedAt.msecsTo(s.takenAt);
    const engine::MemoryUsage usage = engine::memoryUsage();
    node.memoryUsed = qint64(engine::memoryInUse(usage));
    node.memoryResident = usage.resident == 0 ? -1 : qint64(usage.resident);
    s.nodes.append(node);
    for (auto it = m_context.vhosts.cbegin(); it != m_context.vhosts.cend(); ++it) {
        const core::Vhost& vhost = **it;
        const QString vhostName = QString::fromUtf8(vhost.name());
        VhostInfo vi{vhostName, 0, 0};
        for (const auto& [name, policy] : vhost.policies())
            s.policies.append(
                {vhostName, QString::fromUtf8(name), policy.pattern(), policy.applyToName(),
                 int(policy.priority()),
                 QString::fromUtf8(
                     QJsonDocument(policy.definition()).toJson(QJsonDocument::Compact))});
        for (const auto& queue : vhost.queues()) {
            QueueInfo q;
            q.vhost = vhostName;
            q.name = QString::fromUtf8(queue->name());
            q.durable = queue->options().durable;
            q.autoDelete = queue->options().autoDelete;
            q.exclusive = queue->options().exclusive;
            q.arguments = core::describeTable(queue->arguments());
            q.type = QStringLiteral("classic");
            q.leader = s.node; // classic: the node it lives on
            q.messagesReady = queue->readyCount();
            q.messagesUnacked = queue->unackedCount();
            q.bytesReady = queue->readyBytes();
            q.messagesPersistent = queue->persistentReadyCount();
            q.consumers = quint32(queue->consumers().size());
            q.publishCount = queue->stats().published;
            q.deliverCount = queue->stats().delivered;
            q.ackCount = queue->stats().acked;
            q.redeliverCount = queue->stats().redelivered;
            vi.messagesReady += q.messagesReady;
            vi.messagesUnacked += q.messagesUnacked;
            s.queues.append(q);
        }
        for (const auto& exchange : vhost.exchanges()) {
            ExchangeInfo e;
            e.vhost = vhostName;
            e.name = QString::fromUtf8(exchange->name());
            e.type = QString::fromUtf8(core::exchangeTypeName(exchange->type()));
            e.durable = exchange->options().durable;
            e.autoDelete = exchange->options().autoDelete;
            e.internal = exchange->options().internal;
            e.arguments = core::describeTable(exchange->arguments());
            e.publishInCount = exchange->stats().publishedIn;
            e.publishOutCount = exchange->stats().publishedOut;
            s.exchanges.append(e);
            for (const auto& binding : exchange->bindings()) {
                BindingInfo b;
                b.vhost = vhostName;
                b.source = e.name;
                b.destination = QString::fromUtf8(binding.queue ? binding.queue->name()
                                                                : binding.exchange->name());
                b.destinationType =
                    binding.queue ? QStringLiteral("queue") : QStringLiteral("exchange");
                b.routingKey = QString::fromUtf8(binding.routingKey);
                b.arguments = core::describeTable(binding.arguments);
                s.bindings.append(b);
            }
        }
        s.vhosts.append(vi);
    }
    for (const auth::User& user : m_context.users.users())
        s.users.append({QString::fromUtf8(user.name), user.tags});
    const auto& permissions = m_context.users.allPermissions();
    for (auto byUser = permissions.cbegin(); byUser != permissions.cend(); ++byUser)
        for (auto p = byUser->cbegin(); p != byUser->cend(); ++p)
            s.permissions.append({QString::fromUtf8(byUser.key()), QString::fromUtf8(p.key()),
                                  p->configureText, p->writeText, p->readText});
    const auto& topicPermissions = m_context.users.allTopicPermissions();
    for (auto byUser = topicPermissions.cbegin(); byUser != topicPermissions.cend(); ++byUser)
        for (auto byVhost = byUser->cbegin(); byVhost != byUser->cend(); ++byVhost)
            for (auto p = byVhost->cbegin(); p != byVhost->cend(); ++p)
                s.topicPermissions.append({QString::fromUtf8(byUser.key()),
                                           QString::fromUtf8(byVhost.key()),
                                           QString::fromUtf8(p.key()), p->writeText, p->readText});
    for (net::SocketConnection* connection : std::as_const(m_connections))
        connection->session().fillSnapshot(s);
    addRates(s);
    return s;
}

void BrokerEngine::addRates(BrokerSnapshot& s) {
    const qint64 now = s.takenAt.toMSecsSinceEpoch();
    const double seconds = m_previous.atMs ? double(now - m_previous.atMs) / 1000.0 : 0.0;
    Previous next;
    next.atMs = now;
    for (auto& q : s.queues) {
        const QString k = key(q.vhost, q.name);
        const std::array<quint64, 4> counts{q.publishCount, q.deliverCount, q.ackCount,
                                            q.redeliverCount};
        if (auto it = m_previous.queues.constFind(k); it != m_previous.queues.constEnd()) {
            q.publishRate = rate(counts[0], (*it)[0], seconds);
            q.deliverRate = rate(counts[1], (*it)[1], seconds);
            q.ackRate = rate(counts[2], (*it)[2], seconds);
            q.redeliverRate = rate(counts[3], (*it)[3], seconds);
        }
        next.queues.insert(k, counts);
    }
    for (auto& e : s.exchanges) {
        const QString k = key(e.vhost, e.name);
        const std::array<quint64, 2> counts{e.publishInCount, e.publishOutCount};
        if (auto it = m_previous.exchanges.constFind(k); it != m_previous.exchanges.constEnd()) {
            e.publishInRate = rate(counts[0], (*it)[0], seconds);
            e.publishOutRate = rate(counts[1], (*it)[1], seconds);
        }
        next.exchanges.insert(k, counts);
    }
    for (auto& c : s.connections) {
        const std::array<quint64, 2> counts{c.bytesReceived, c.bytesSent};
        if (auto it = m_previous.connections.constFind(c.name);
            it != m_previous.connections.constEnd()) {
            c.receiveRate = rate(counts[0], (*it)[0], seconds);
            c.sendRate = rate(counts[1], (*it)[1], seconds);
        }
        next.connections.insert(c.name, counts);
    }
    m_previous = std::move(next);
}

} // namespace warren
