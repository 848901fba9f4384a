// A listener that several protocols share: the first bytes choose the session, nothing is lost
// on the way, and a client that never decides is handled as RabbitMQ handles a silent one.

#include "protocol/header_prefix.h"
#include "protocol/protocol_registry.h"
#include "protocol/sniffing_session.h"
#include "recording_transport.h"

#include <QTest>

using namespace warren;
using protocol::ProtocolDescriptor;
using protocol::ProtocolRegistry;
using protocol::SniffingSession;

namespace {

// What a fake protocol's session saw, kept by the test after the session is gone.
struct Seen {
    QByteArray bytes;
    int ticks = 0;
    bool closed = false;
    std::optional<bool> blocked;
    QString shutdownReason;
};

class FakeSession final : public protocol::ProtocolSession {
public:
    FakeSession(QString label, Seen& seen)
        : m_label(std::move(label))
        , m_seen(seen) {}
    void receive(const char* data, qsizetype size) override {
        m_seen.bytes.append(data, size);
        m_out.tail().append(m_label.toUtf8()); // an answer, so output() can be checked
    }
    protocol::OutputBuffer& output() override { return m_out; }
    void transportClosed() override { m_seen.closed = true; }
    void transportWritable() override {}
    void shutdown(const QString& reason) override { m_seen.shutdownReason = reason; }
    QString name() const override { return m_label; }
    void fillSnapshot(BrokerSnapshot&) const override {}
    void tick(qint64) override { ++m_seen.ticks; }
    void setPublishingBlocked(bool blocked, const QString&) override { m_seen.blocked = blocked; }

private:
    QString m_label;
    Seen& m_seen;
    protocol::OutputBuffer m_out;
};

ProtocolDescriptor fake(const QString& scheme, QByteArray prefix, Seen& seen) {
    ProtocolDescriptor d;
    d.scheme = scheme;
    d.recognise = [prefix](QByteArrayView start) {
        return protocol::startsWithPrefix(start, prefix);
    };
    d.createSession = [scheme, &seen](protocol::Transport&, const protocol::Endpoints&) {
        return std::unique_ptr<protocol::ProtocolSession>(
            std::make_unique<FakeSession>(scheme, seen));
    };
    return d;
}

const QByteArray Amqp091Header("AMQP\x00\x00\x09\x01", 8);
const QByteArray Amqp10Header("AMQP\x00\x01\x00\x00", 8);
const protocol::Endpoints Loopback{QHostAddress::LocalHost, 40000, QHostAddress::LocalHost, 5672};

// The amqp listener as AMQP 1.0 will share it: a sniffing session over two fake protocols.
struct SharedAmqpPort {
    Seen v091, v10;
    const ProtocolDescriptor amqp = fake("amqp", Amqp091Header, v091);
    const ProtocolDescriptor amqp10 = fake("amqp10", Amqp10Header, v10);
    testing::RecordingTransport transport;
    std::unique_ptr<protocol::ProtocolSession> session =
        protocol::sessionFactoryFor({&amqp, &amqp10})(transport, Loopback);
    const ProtocolDescriptor* chosen() const {
        return dynamic_cast<SniffingSession&>(*session).chosen();
    }
};

} // namespace

class TestSniffingSession : public QObject {
    Q_OBJECT
private slots:
    void aListenerServesItsOwnProtocolFirstThenThoseSharingIt() {
        Seen a, b, c;
        ProtocolRegistry registry;
        registry.add(fake("amqp", Amqp091Header, a));
        ProtocolDescriptor amqp10 = fake("amqp10", Amqp10Header, b);
        amqp10.alsoServedOn = QStringList{"amqp"};
        registry.add(std::move(amqp10));
        registry.add(fake("http", "GET ", c));
        const auto shared = registry.candidatesFor("amqp");
        QCOMPARE(shared.size(), size_t(2));
        QCOMPARE(shared[0]->scheme, QStringLiteral("amqp"));
        QCOMPARE(shared[1]->scheme, QStringLiteral("amqp10"));
        QCOMPARE(registry.candidatesFor("http").size(), size_t(1));
        QVERIFY(registry.candidatesFor("mqtt").empty());
    }

    void aProtocolAloneGetsNoSniffing() {
        Seen seen;
        const ProtocolDescriptor http = fake("http", "GET ", seen);
        testing::RecordingTransport transport;
        auto session = protocol::sessionFactoryFor({&http})(transport, Loopback);
        QVERIFY(!dynamic_cast<SniffingSession*>(session.get()));
        QCOMPARE(session->name(), QStringLiteral("http"));
    }

    void theHeaderChoosesTheSessionAndEveryByteReachesIt() {
        SharedAmqpPort port;
        auto& [v091, v10, amqp, amqp10, transport, session] = port;
        QVERIFY(dynamic_cast<SniffingSession*>(session.get()));
        // A header in three reads, the last with the first frame behind it.
        session->receive("AM", 2);
        session->receive("QP\x00", 3);
        QVERIFY(!port.chosen());
        QVERIFY(session->output().isEmpty()); // nothing is said before the protocol is known
        QVERIFY(session->name().isEmpty());   // nor is it a connection yet
        session->setPublishingBlocked(true, QStringLiteral("memory alarm"));
        const QByteArray rest = Amqp10Header.mid(5) + QByteArray("frame");
        session->receive(rest.constData(), rest.size());
        QCOMPARE(port.chosen(), &amqp10);
        QCOMPARE(v10.bytes, Amqp10Header + QByteArray("frame"));
        QVERIFY(v091.bytes.isEmpty());
        QCOMPARE(v10.blocked, std::optional<bool>(true)); // the alarm raised before the start
        QCOMPARE(session->name(), QStringLiteral("amqp10"));
        QVERIFY(!session->output().isEmpty()); // the chosen session's answer goes out
        session->receive("more", 4);
        QCOMPARE(v10.bytes, Amqp10Header + QByteArray("framemore"));
        session->tick(1);
        QCOMPARE(v10.ticks, 1);
        session->shutdown(QStringLiteral("bye"));
        QCOMPARE(v10.shutdownReason, QStringLiteral("bye"));
        session->transportClosed();
        QVERIFY(v10.closed);
        QVERIFY(!transport.closed); // the session, not the sniffer, decides how to close
    }

    void bytesNobodyRecognisesGoToTheListenersOwnProtocol() {
        // Its own protocol answers a bad header as it always does (AMQP: with its header).
        SharedAmqpPort port;
        auto& [v091, v10, amqp, amqp10, transport, session] = port;
        session->receive("GET / HTTP/1.1\r\n", 16);
        QCOMPARE(port.chosen(), &amqp);
        QCOMPARE(v091.bytes, QByteArray("GET / HTTP/1.1\r\n"));
        QVERIFY(v10.bytes.isEmpty());
    }

    void aSilentClientIsDroppedAfterTheHandshakeTimeout() {
        SharedAmqpPort port;
        auto& [v091, v10, amqp, amqp10, transport, session] = port;
        session->receive("AMQP", 4); // undecided: both start so
        session->tick(1'000);
        session->tick(1'000 + SniffingSession::SilenceTimeoutMs - 1);
        QVERIFY(!transport.closed);
        session->tick(1'000 + SniffingSession::SilenceTimeoutMs);
        QVERIFY(transport.closed);
        session->receive(Amqp091Header.constData() + 4, 4); // too late: ignored
        QVERIFY(v091.bytes.isEmpty() && v10.bytes.isEmpty());
    }

    void anOperatorCanCloseAnUndecidedClient() {
        SharedAmqpPort port;
        port.session->shutdown(QStringLiteral("broker stopping"));
        QVERIFY(port.transport.closed);
    }
};

QTEST_GUILESS_MAIN(TestSniffingSession)
#include "tst_sniffing_session.moc"
