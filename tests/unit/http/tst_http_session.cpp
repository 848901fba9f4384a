// An HTTP session over a fake transport and a handler that answers when told: answers in
// request order, keep-alive and close, HEAD, 100-continue, every refusal before a body is
// read (and that the body is then never read), and the timeouts, driven by tick() with a fake
// clock.

#include "http/http_session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>
#include <array>
#include <sys/uio.h>

using namespace warren;
using namespace warren::http;

namespace {

class FakeTransport final : public protocol::Transport {
public:
    void flushSoon() override { ++flushes; }
    void closeAfterFlush() override { closing = true; }
    void closeWhenPeerCloses(int) override { closing = true; }
    qint64 pendingWriteBytes() const override { return pending; }
    void pauseReading() override { paused = true; }
    void resumeReading() override { paused = false; }
    void defer(std::function<void()> task) override { task(); }

    int flushes = 0;
    bool closing = false;
    bool paused = false;
    qint64 pending = 0;
};

// Admits requests with an Authorization header; answers at once, or keeps the responders of
// requests to /later for the test to answer.
class FakeHandler final : public HttpRequestHandler {
public:
    std::optional<HttpResponse> admit(HttpRequest& request) override {
        ++admitted;
        if (request.header("authorization").isNull())
            return HttpResponse::jsonError(HttpStatus::Unauthorized,
                                           QStringLiteral("not_authorized"),
                                           QStringLiteral("Login failed"));
        request.setUser("guest");
        return std::nullopt;
    }
    void handle(const HttpRequest& request, const HttpResponder& responder) override {
        handled.append(request.methodName() + ' ' + request.url().path().toUtf8() + ' ' +
                       request.body());
        if (request.url().path().startsWith(QLatin1String("/later"))) {
            held.append(responder);
            return;
        }
        HttpResponse response;
        response.contentType = "application/json";
        response.body = "{\"path\":\"" + request.url().path().toUtf8() + "\"}";
        responder.respond(response);
    }

    int admitted = 0;
    QList<QByteArray> handled;
    QList<HttpResponder> held;
};

struct Response {
    int status = 0;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

QByteArray drain(protocol::OutputBuffer& out) {
    QByteArray bytes;
    std::array<iovec, 64> segments;
    while (!out.isEmpty()) {
        const int count = out.gather(segments.data(), int(segments.size()));
        qsizetype taken = 0;
        for (int i = 0; i < count; ++i) {
            bytes.append(static_cast<const char*>(segments[i].iov_base),
                         qsizetype(segments[i].iov_len));
            taken += qsizetype(segments[i].iov_len);
        }
        out.consume(taken);
    }
    return bytes;
}

// Splits what the session wrote into responses (bodies by Content-Length; 204 has none;
// `headRequests` says which answers belong to HEAD requests and so have no body either).
QList<Response> responses(const QByteArray& bytes, QList<bool> headRequests = {}) {
    QList<Response> list;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", at);
        if (end < 0)
            qFatal("incomplete response head");
        const QList<QByteArray> lines = bytes.mid(at, end - at).split('\n');
        Response r;
        r.status = lines.front().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            r.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        at = end + 4;
        const bool head = r.status >= 200 && !headRequests.isEmpty() && headRequests.takeFirst();
        const qsizetype length = head ? 0 : r.headers.value("content-length", "0").toLongLong();
        r.body = bytes.mid(at, length);
        at += length;
        list.append(r);
    }
    return list;
}

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                   const QByteArray& extra = {}) {
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: localhost:15672\r\n" +
                       "Authorization: Basic Z3Vlc3Q6Z3Vlc3Q=\r\n" + extra;
    if (!body.isEmpty())
        bytes +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return bytes + "\r\n" + body;
}

QString reasonOf(const Response& r) {
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString();
}

struct Fixture {
    explicit Fixture(HttpSessionOptions options = {})
        : session(transport, {QHostAddress::LocalHost, 40000, QHostAddress::LocalHost, 15672},
                  handler, std::move(options), nullptr) {}
    void send(const QByteArray& bytes) { session.receive(bytes.constData(), bytes.size()); }
    QList<Response> answers(QList<bool> heads = {}) {
        return responses(drain(session.output()), heads);
    }

    FakeTransport transport;
    FakeHandler handler;
    HttpSession session;
};

} // namespace

class TestHttpSession : public QObject {
    Q_OBJECT
private slots:
    void pipelinedRequestsAreAnsweredInOrder() {
        Fixture f;
        // The first waits for its handler; the second must not be read, let alone answered,
        // before it.
        f.send(request("PUT", "/later/1", "{}") + request("GET", "/now/2"));
        QCOMPARE(f.handler.handled.size(), 1);
        QVERIFY(f.transport.paused);
        QVERIFY(f.answers().isEmpty());
        HttpResponse created;
        created.status = HttpStatus::Created;
        f.handler.held.takeFirst().respond(created);
        QCOMPARE(f.handler.handled, (QList<QByteArray>{"PUT /later/1 {}", "GET /now/2 "}));
        QVERIFY(!f.transport.paused);
        const QList<Response> answers = f.answers();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0].status, 201);
        QCOMPARE(answers[0].headers.value("content-length"), QByteArray("0"));
        QCOMPARE(answers[1].status, 200);
        QCOMPARE(answers[1].body, QByteArray("{\"path\":\"/now/2\"}"));
        QVERIFY(!f.transport.closing);
    }

    void answersOnceAndNotAfterTheConnectionIsGone() {
        Fixture f;
        f.send(request("PUT", "/later/1", "{}"));
        const HttpResponder responder = f.handler.held.takeFirst();
        QVERIFY(responder.pending());
        f.session.transportClosed();
        QVERIFY(!responder.pending());
        responder.respond(HttpResponse()); // nothing to answer to: ignored
        QVERIFY(f.answers().isEmpty());
    }

    void headHasTheLengthButNoBody() {
        Fixture f;
        f.send(request("HEAD", "/now/a") + request("GET", "/now/a"));
        const QList<Response> answers = f.answers({true, false});
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0].headers.value("content-length"), QByteArray("17"));
        QVERIFY(answers[0].body.isEmpty());
        QCOMPARE(answers[1].body.size(), 17);
    }

    void connectionCloseIsHonoured() {
        Fixture f;
        f.send(request("GET", "/now/a", {}, "Connection: close\r\n") + request("GET", "/now/b"));
        const QList<Response> answers = f.answers();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].headers.value("connection"), QByteArray("close"));
        QVERIFY(f.transport.closing);
        QCOMPARE(f.handler.handled.size(), 1);
    }

    void http10ClosesUnlessAskedToKeepAlive() {
        Fixture f;
        f.send("GET /now/a HTTP/1.0\r\nAuthorization: x\r\nConnection: keep-alive\r\n\r\n");
        QCOMPARE(f.answers().value(0).headers.value("connection"), QByteArray("keep-alive"));
        QVERIFY(!f.transport.closing);
        f.send("GET /now/b HTTP/1.0\r\nAuthorization: x\r\n\r\n");
        QCOMPARE(f.answers().value(0).status, 200);
        QVERIFY(f.transport.closing);
    }

    void unauthenticatedBodyIsNeverRead() {
        Fixture f;
        f.send("POST /api/definitions HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
               "application/json\r\nContent-Length: 1000000000\r\n\r\n" +
               QByteArray(100000, '{'));
        const QList<Response> answers = f.answers();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 401);
        QCOMPARE(answers[0].headers.value("connection"), QByteArray("close"));
        QVERIFY(f.transport.closing);
        QVERIFY(f.transport.paused);
        f.send(QByteArray(100000, '{')); // still arriving: dropped
        QVERIFY(f.answers().isEmpty());
        QVERIFY(f.handler.handled.isEmpty());
    }

    void refusalWithoutBodyKeepsTheConnection() {
        Fixture f;
        f.send("GET /api/overview HTTP/1.1\r\nHost: localhost\r\n\r\n" + request("GET", "/now/a"));
        const QList<Response> answers = f.answers();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0].status, 401);
        QCOMPARE(answers[1].status, 200);
        QVERIFY(!f.transport.closing);
    }

    void headsAreScreenedBeforeTheirBodies_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QByteArray auth = "Authorization: Basic Z3Vlc3Q6Z3Vlc3Q=\r\n";
        QTest::newRow("body too large")
            << "PUT /x HTTP/1.1\r\nHost: localhost\r\n" + auth +
                   "Content-Type: application/json\r\nContent-Length: 1001\r\n\r\n"
            << 413 << QStringLiteral("request body larger than 1000 bytes (http_max_body_size)");
        QTest::newRow("text/plain")
            << "POST /x HTTP/1.1\r\nHost: localhost\r\n" + auth +
                   "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}"
            << 415 << QStringLiteral("request bodies must be application/json");
        QTest::newRow("a form")
            << "POST /x HTTP/1.1\r\nHost: localhost\r\n" + auth +
                   "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=b"
            << 415 << QStringLiteral("request bodies must be application/json");
        QTest::newRow("no Content-Type")
            << "PUT /x HTTP/1.1\r\nHost: localhost\r\n" + auth + "Content-Length: 2\r\n\r\n{}"
            << 415 << QStringLiteral("request bodies must be application/json");
        QTest::newRow("an empty POST as a form")
            << "POST /x HTTP/1.1\r\nHost: localhost\r\n" + auth +
                   "Content-Type: text/plain\r\nContent-Length: 0\r\n\r\n"
            << 415 << QStringLiteral("request bodies must be application/json");
        QTest::newRow("json with another parameter")
            << "POST /x HTTP/1.1\r\nHost: localhost\r\n" + auth +
                   "Content-Type: application/json; boundary=x\r\nContent-Length: 2\r\n\r\n{}"
            << 415 << QStringLiteral("request bodies must be application/json");
        QTest::newRow("foreign Host")
            << "PUT /x HTTP/1.1\r\nHost: attacker.example\r\n" + auth +
                   "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
            << 403
            << QStringLiteral("the Host header does not name this broker; names other than "
                              "loopback ones must be listed in http_allowed_hosts");
        QTest::newRow("invalid Host") << "GET /x HTTP/1.1\r\nHost: a b\r\n" + auth + "\r\n"
                                      << 400 << QStringLiteral("invalid Host header");
        QTest::newRow("unknown method") << QByteArray("BREW /x HTTP/1.1\r\nHost: localhost\r\n\r\n")
                                        << 501 << QStringLiteral("BREW is not supported");
        QTest::newRow("asterisk form")
            << QByteArray("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n") << 400
            << QStringLiteral("malformed request target");
        QTest::newRow("unknown expectation")
            << "PUT /x HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\n" + auth +
                   "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
            << 417 << QStringLiteral("only Expect: 100-continue is supported");
        QTest::newRow("framing") << QByteArray("PUT /x HTTP/1.1\r\nHost: localhost\r\nContent-"
                                               "Length: 2\r\nContent-Length: 2\r\n\r\n{}")
                                 << 400 << QStringLiteral("more than one Content-Length");
    }
    void headsAreScreenedBeforeTheirBodies() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, reason);
        HttpSessionOptions options;
        options.maxBodyBytes = 1000;
        Fixture f(options);
        f.send(bytes);
        const QList<Response> answers = f.answers();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, status);
        QCOMPARE(reasonOf(answers[0]), reason);
        QCOMPARE(answers[0].headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(f.handler.handled.isEmpty());
    }

    void jsonWithCharsetIsAccepted() {
        Fixture f;
        f.send(request("PUT", "/now/x", "{}", "Content-Type: Application/JSON; charset=UTF-8\r\n")
                   .replace("Content-Type: application/json\r\n", ""));
        QCOMPARE(f.answers().value(0).status, 200);
    }

    void chunkedBodiesCountTowardTheLimit() {
        HttpSessionOptions options;
        options.maxBodyBytes = 10;
        Fixture f(options);
        const QByteArray head =
            "PUT /now/x HTTP/1.1\r\nHost: localhost\r\nAuthorization: x\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        f.send(head + "5\r\n{\"a\":\r\n5\r\n\"bc\"}\r\n0\r\n\r\n");
        QCOMPARE(f.answers().value(0).status, 200);
        QCOMPARE(f.handler.handled.value(0), QByteArray("PUT /now/x {\"a\":\"bc\"}"));
        f.send(head + "6\r\n{\"a\":1\r\n6\r\n234567");
        QCOMPARE(f.answers().value(0).status, 413);
        QVERIFY(f.transport.closing);
        QCOMPARE(f.handler.handled.size(), 1);
    }

    void continueIsSentOnceTheHeadIsAdmitted() {
        Fixture f;
        f.send(request("PUT", "/now/x", {},
                       "Expect: 100-continue\r\nContent-Type: "
                       "application/json\r\nContent-Length: 2\r\n"));
        QList<Response> answers = f.answers();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 100);
        f.send("{}");
        answers = f.answers();
        QCOMPARE(answers.value(0).status, 200);
    }

    void aHeadMustArriveInTime() {
        HttpSessionOptions options;
        options.requestTimeoutMs = 1000;
        Fixture f(options);
        f.send("GET /now/x HTTP/1.1\r\nHost: loc");
        f.session.tick(10'000); // the clock starts
        f.send("alhost\r\n");   // bytes do not extend it
        f.session.tick(10'900);
        QVERIFY(!f.transport.closing);
        f.session.tick(11'000);
        QVERIFY(f.transport.closing);
        const QList<Response> answers = f.answers();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].status, 408);
    }

    void idleKeepAliveConnectionsClose() {
        HttpSessionOptions options;
        options.requestTimeoutMs = 1000;
        Fixture f(options);
        f.session.tick(5'000);
        f.send(request("GET", "/now/a"));
        QCOMPARE(f.answers().size(), 1);
        f.session.tick(5'900); // the clock starts again after the answer
        f.session.tick(6'800);
        QVERIFY(!f.transport.closing);
        f.session.tick(6'900);
        QVERIFY(f.transport.closing);
        QVERIFY(f.answers().isEmpty()); // nothing was asked: closed without a word
    }

    void aBodyMustKeepMoving() {
        HttpSessionOptions options;
        options.idleTimeoutMs = 1000;
        options.requestTimeoutMs = 100;
        Fixture f(options);
        f.send(request("PUT", "/now/x", {},
                       "Content-Type: application/json\r\n"
                       "Content-Length: 100\r\n") +
               "{");
        for (qint64 now = 1'000; now <= 5'000; now += 250) { // slow, but moving
            f.session.tick(now);
            f.send(" ");
        }
        QVERIFY(!f.transport.closing);
        f.session.tick(5'250);
        f.session.tick(6'000);
        QVERIFY(!f.transport.closing);
        f.session.tick(6'250);
        QVERIFY(f.transport.closing);
        QCOMPARE(f.answers().value(0).status, 408);
    }

    void noTimeoutWhileTheHandlerWorks() {
        HttpSessionOptions options;
        options.requestTimeoutMs = 100;
        options.idleTimeoutMs = 100;
        Fixture f(options);
        f.send(request("PUT", "/later/x", "{}"));
        for (qint64 now = 1'000; now < 10'000; now += 250)
            f.session.tick(now);
        QVERIFY(!f.transport.closing);
        f.handler.held.takeFirst().respond(HttpResponse());
        QCOMPARE(f.answers().value(0).status, 200);
    }

    void aClientThatDoesNotReadWaits() {
        Fixture f;
        f.transport.pending = 2 * 1024 * 1024; // answers pile up unread
        f.send(request("GET", "/now/a") + request("GET", "/now/b"));
        QCOMPARE(f.handler.handled.size(), 0);
        QVERIFY(f.transport.paused);
        f.transport.pending = 0;
        f.session.transportWritable();
        QCOMPARE(f.handler.handled.size(), 2);
        QCOMPARE(f.answers().size(), 2);
    }

    void shutdownCloses() {
        Fixture f;
        f.send(request("PUT", "/later/x", "{}"));
        f.session.shutdown(QStringLiteral("broker shutdown"));
        QVERIFY(f.transport.closing);
        QVERIFY(!f.handler.held.first().pending());
    }

    void isNotABrokerConnection() {
        Fixture f;
        BrokerSnapshot snapshot;
        f.session.fillSnapshot(snapshot);
        QVERIFY(snapshot.connections.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpSession)
#include "tst_http_session.moc"
