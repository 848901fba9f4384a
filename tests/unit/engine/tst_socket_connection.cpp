// A connection's output must reach the peer complete and in order whether the broker thread
// writes it or the socket writer thread does, flow control must hear when a backlog drains,
// and a goodbye must be written before the socket is shut down. Real sockets (a socketpair),
// a session that echoes what it receives.

#include "net/epoll_poller.h"
#include "net/socket_connection.h"
#include "net/socket_writer.h"
#include "protocol/protocol_session.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;

namespace {

class EchoSession final : public protocol::ProtocolSession {
public:
    explicit EchoSession(protocol::Transport& transport)
        : m_transport(transport) {}
    void receive(const char* data, qsizetype size) override {
        m_out.tail().append(data, size);
        m_transport.flushSoon();
    }
    protocol::OutputBuffer& output() override { return m_out; }
    void transportClosed() override { ++closedCount; }
    void transportWritable() override { ++writableCount; }
    void shutdown(const QString&) override {}
    QString name() const override { return QStringLiteral("echo"); }
    void fillSnapshot(BrokerSnapshot&) const override {}
    void tick(qint64) override {}
    void setPublishingBlocked(bool, const QString&) override {}

    // Queues `bytes` as a shared body, as deliveries of large messages do.
    void send(const QByteArray& bytes) {
        m_out.appendShared(bytes);
        m_transport.flushSoon();
    }
    void sayGoodbye(const QByteArray& bytes) {
        m_out.tail().append(bytes);
        m_transport.closeAfterFlush();
    }
    void answerGoodbye(const QByteArray& bytes, int timeoutMs) {
        m_out.tail().append(bytes);
        m_transport.closeWhenPeerCloses(timeoutMs);
    }

    protocol::Transport& m_transport;
    protocol::OutputBuffer m_out;
    int closedCount = 0;
    int writableCount = 0;
};

QByteArray pattern(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + (i * 7 + i / 251) % 26);
    return bytes;
}

// Reads whatever the peer side has, without blocking; returns false at end of stream.
bool readAvailable(int descriptor, QByteArray* into) {
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::recv(descriptor, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0) {
            into->append(buffer, n);
            continue;
        }
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
}

} // namespace

class TestSocketConnection : public QObject {
    Q_OBJECT
private:
    struct Fixture {
        explicit Fixture(bool withWriter) {
            int pair[2];
            QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) == 0);
            peer = pair[1];
            if (withWriter)
                writer = std::make_unique<net::SocketWriter>();
            connection = new net::SocketConnection(
                pair[0], poller, writer.get(), [this](protocol::Transport& transport, auto&) {
                    auto created = std::make_unique<EchoSession>(transport);
                    session = created.get();
                    return created;
                });
        }
        ~Fixture() {
            delete connection.data();
            writer.reset();
            ::close(peer);
        }
        net::EpollPoller poller;
        std::unique_ptr<net::SocketWriter> writer;
        QPointer<net::SocketConnection> connection;
        EchoSession* session = nullptr;
        int peer = -1;
    };

private slots:
    void echoesEverythingInOrder_data() {
        QTest::addColumn<bool>("withWriter");
        QTest::newRow("writer thread") << true;
        QTest::newRow("broker thread") << false;
    }
    void echoesEverythingInOrder() {
        QFETCH(bool, withWriter);
        Fixture f(withWriter);
        const QByteArray sent = pattern(8 * 1024 * 1024);
        QByteArray echoed;
        qsizetype offset = 0;
        // Write in pieces and read as we go, so both directions fill their socket buffers; the
        // connection runs on this thread's event loop between the pieces.
        QDeadlineTimer deadline(20000);
        while (echoed.size() < sent.size() && !deadline.hasExpired()) {
            if (offset < sent.size()) {
                const ssize_t n =
                    ::send(f.peer, sent.constData() + offset,
                           std::min<qsizetype>(65536, sent.size() - offset), MSG_DONTWAIT);
                if (n > 0)
                    offset += n;
            }
            readAvailable(f.peer, &echoed);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QCOMPARE(echoed, sent);
    }

    void backlogDrainIsReported() {
        Fixture f(true);
        const QByteArray body = pattern(4 * 1024 * 1024);
        f.session->send(body);
        // Nobody reads yet: the kernel cannot take 4 MiB, so the writer holds a backlog.
        QTRY_VERIFY(f.connection->pendingWriteBytes() > 0);
        QTRY_VERIFY(f.connection->pendingWriteBytes() < body.size());
        const int writableBefore = f.session->writableCount;
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((readAvailable(f.peer, &received), received.size() == body.size()),
                                 20000);
        QCOMPARE(received, body);
        QTRY_COMPARE(f.connection->pendingWriteBytes(), 0);
        QTRY_VERIFY(f.session->writableCount > writableBefore);
    }

    void goodbyeIsWrittenBeforeTheSocketCloses_data() { echoesEverythingInOrder_data(); }
    void goodbyeIsWrittenBeforeTheSocketCloses() {
        QFETCH(bool, withWriter);
        Fixture f(withWriter);
        QSignalSpy finished(f.connection.data(), &net::SocketConnection::finished);
        // The session goes with its connection (deleteLater): read it while both exist.
        int closedWhenFinished = -1;
        QObject::connect(f.connection.data(), &net::SocketConnection::finished,
                         [&] { closedWhenFinished = f.session->closedCount; });
        const QByteArray goodbye = pattern(2 * 1024 * 1024);
        f.session->sayGoodbye(goodbye);
        QByteArray received;
        bool open = true;
        QTRY_VERIFY_WITH_TIMEOUT((open = readAvailable(f.peer, &received), !open), 20000);
        QCOMPARE(received, goodbye);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(closedWhenFinished, 1);
        QTRY_VERIFY(f.connection.isNull()); // deleteLater after finishing
    }

    // connection.close-ok: the broker must not close first, or the client's reader may see the
    // end of the stream before it handled the close-ok (amqp091-go's TestConcurrentClose).
    void answeredGoodbyeLeavesTheClosingToThePeer_data() { echoesEverythingInOrder_data(); }
    void answeredGoodbyeLeavesTheClosingToThePeer() {
        QFETCH(bool, withWriter);
        Fixture f(withWriter);
        QSignalSpy finished(f.connection.data(), &net::SocketConnection::finished);
        const QByteArray goodbye = pattern(256 * 1024);
        f.session->answerGoodbye(goodbye, 60000);
        QByteArray received;
        bool open = true;
        QTRY_VERIFY_WITH_TIMEOUT(
            (open = readAvailable(f.peer, &received), !open || received.size() == goodbye.size()),
            20000);
        QVERIFY(open);
        QCOMPARE(received, goodbye);
        // What the peer still sends is discarded, not handed to the session (no echo).
        QCOMPARE(::send(f.peer, "late frame", 10, 0), ssize_t(10));
        QTest::qWait(200); // proves that nothing comes back and the socket stays open
        QVERIFY(readAvailable(f.peer, &received));
        QCOMPARE(received.size(), goodbye.size());
        QCOMPARE(finished.size(), 0);
        ::shutdown(f.peer, SHUT_WR);
        QTRY_COMPARE(finished.size(), 1);
    }

    void answeredGoodbyeClosesAfterTheTimeout() {
        Fixture f(true);
        QSignalSpy finished(f.connection.data(), &net::SocketConnection::finished);
        f.session->answerGoodbye("bye", 50);
        QTRY_COMPARE(finished.size(), 1);
        QByteArray received;
        bool open = true;
        QTRY_VERIFY_WITH_TIMEOUT((open = readAvailable(f.peer, &received), !open), 20000);
        QCOMPARE(received, QByteArray("bye"));
    }

    void peerResetFinishesTheConnection() {
        Fixture f(true);
        QSignalSpy finished(f.connection.data(), &net::SocketConnection::finished);
        ::close(f.peer);
        f.peer = ::open("/dev/null", O_RDONLY); // keeps the fixture's close harmless
        f.session->send(pattern(1024 * 1024));
        QTRY_COMPARE(finished.size(), 1);
    }

    void deletingWithABacklogClosesTheSocket() {
        Fixture f(true);
        f.session->send(pattern(4 * 1024 * 1024));
        QTRY_VERIFY(f.connection->pendingWriteBytes() > 0);
        delete f.connection.data();
        // The writer closes the descriptor without waiting for the peer to read the rest:
        // the peer then reads what the kernel had taken and sees the end of the stream.
        QByteArray received;
        bool open = true;
        QTRY_VERIFY_WITH_TIMEOUT((open = readAvailable(f.peer, &received), !open), 20000);
        QVERIFY(received.size() < 4 * 1024 * 1024);
    }
};

QTEST_MAIN(TestSocketConnection)
#include "tst_socket_connection.moc"
