// The registry the engine starts listeners from: each protocol's scheme, default port, TLS
// flag, header recogniser and session factory, and how a shared port tells protocols apart.

#include "amqp091/amqp091_protocol.h"
#include "http/http_protocol.h"
#include "log/logger.h"
#include "protocol/header_prefix.h"
#include "protocol/protocol_registry.h"
#include "recording_transport.h"
#include "services/broker_context.h"

#include <QTest>
#include <sys/uio.h>
#include <warren/broker_config.h>

using namespace warren;
using protocol::ProtocolDescriptor;
using protocol::ProtocolRegistry;
using protocol::Recognition;

namespace {

ProtocolDescriptor prefixed(const QString& scheme, QByteArray prefix) {
    ProtocolDescriptor d;
    d.scheme = scheme;
    d.recognise = [prefix](QByteArrayView start) {
        return protocol::startsWithPrefix(start, prefix);
    };
    return d;
}

} // namespace

class TestProtocolRegistry : public QObject {
    Q_OBJECT
private slots:
    void aSchemeIsRegisteredOnce() {
        ProtocolRegistry registry;
        QVERIFY(registry.add(prefixed("one", "1")));
        QVERIFY(registry.add(prefixed("two", "2")));
        QVERIFY(!registry.add(prefixed("one", "x")));
        QCOMPARE(registry.schemes(), QStringList({"one", "two"}));
        QVERIFY(registry.find("two"));
        QVERIFY(!registry.find("three"));
    }

    void aSharedPortWaitsUntilTheHeaderDecides() {
        // As AMQP 1.0 and 0-9-1 will share 5672: both begin "AMQP", the version bytes decide.
        const ProtocolDescriptor amqp10 = prefixed("amqp10", QByteArray("AMQP\x00\x01\x00\x00", 8));
        const ProtocolDescriptor amqp091 = prefixed("amqp", QByteArray("AMQP\x00\x00\x09\x01", 8));
        const std::vector<const ProtocolDescriptor*> port{&amqp10, &amqp091};
        QCOMPARE(ProtocolRegistry::recognise(port, "").recognition, Recognition::NeedMoreBytes);
        QCOMPARE(ProtocolRegistry::recognise(port, "AMQP").recognition, Recognition::NeedMoreBytes);
        const auto v091 = ProtocolRegistry::recognise(port, QByteArray("AMQP\x00\x00\x09\x01", 8));
        QCOMPARE(v091.recognition, Recognition::Recognised);
        QCOMPARE(v091.protocol, &amqp091);
        const auto v10 =
            ProtocolRegistry::recognise(port, QByteArray("AMQP\x00\x01\x00\x00more", 12));
        QCOMPARE(v10.protocol, &amqp10);
        QCOMPARE(ProtocolRegistry::recognise(port, "HTTP").recognition, Recognition::Unknown);
    }

    void warrensProtocolsSayWhoTheyAre() {
        services::BrokerContext context;
        BrokerConfig config;
        ProtocolRegistry registry;
        QVERIFY(registry.add(amqp091::amqp091Protocol(context, false)));
        QVERIFY(registry.add(amqp091::amqp091Protocol(context, true)));
        QVERIFY(registry.add(http::httpProtocol(
            []() -> http::HttpRequestHandler& { qFatal("no HTTP session in this test"); }, config,
            nullptr)));
        for (const QString& scheme : registry.schemes()) {
            const ProtocolDescriptor* d = registry.find(scheme);
            // The port the configuration and the console offer is the protocol's own.
            QCOMPARE(defaultListener(scheme).port, d->defaultPort);
            QVERIFY(isKnownScheme(scheme));
        }
        QVERIFY(registry.find("amqps")->tls);
        QVERIFY(!registry.find("amqp")->tls && !registry.find("http")->tls);

        const ProtocolDescriptor& amqp = *registry.find("amqp");
        QCOMPARE(amqp.recognise(QByteArray("AMQP\x00\x00\x09\x01", 8)), Recognition::Recognised);
        QCOMPARE(amqp.recognise("AM"), Recognition::NeedMoreBytes);
        QCOMPARE(amqp.recognise("GET / HTTP/1.1"), Recognition::Unknown);
        const ProtocolDescriptor& web = *registry.find("http");
        QCOMPARE(web.recognise("GET /api/overview HTTP/1.1"), Recognition::Recognised);
        QCOMPARE(web.recognise("DELE"), Recognition::NeedMoreBytes);
        QCOMPARE(web.recognise("get / HTTP/1.1"), Recognition::Unknown);
        QCOMPARE(web.recognise(QByteArray("AMQP\x00\x00\x09\x01", 8)), Recognition::Unknown);
    }

    void theFactoryStartsASessionThatSpeaksTheProtocol() {
        log::Logger logger;
        services::BrokerContext context;
        context.logger = &logger;
        const ProtocolDescriptor amqp = amqp091::amqp091Protocol(context, false);
        testing::RecordingTransport transport;
        protocol::Endpoints endpoints{QHostAddress::LocalHost, 40000, QHostAddress::LocalHost,
                                      5672};
        auto session = amqp.createSession(transport, endpoints);
        QVERIFY(session);
        QCOMPARE(session->name(), QStringLiteral("127.0.0.1:40000 -> 127.0.0.1:5672"));
        // A client offering another version hears the one Warren speaks, then the socket closes.
        session->receive("AMQP\x01\x01\x00\x09", 8);
        QVERIFY(transport.closed);
        QByteArray written;
        iovec segments[4];
        const int count = session->output().gather(segments, 4);
        for (int i = 0; i < count; ++i)
            written.append(static_cast<const char*>(segments[i].iov_base),
                           qsizetype(segments[i].iov_len));
        QCOMPARE(written, QByteArray("AMQP\x00\x00\x09\x01", 8));
        session->transportClosed();
    }
};

QTEST_GUILESS_MAIN(TestProtocolRegistry)
#include "tst_protocol_registry.moc"
