// The HTTP/1.1 request parser: what it accepts (and reads the same whether the bytes come at
// once or one by one), every malformed framing it refuses with the status the client gets,
// and that a body never passes through a buffer of its own.

#include "http/http_request_parser.h"

#include <QTest>

using namespace warren::http;

Q_DECLARE_METATYPE(warren::http::HttpRequestError)

namespace {

struct Request {
    QByteArray method;
    QByteArray target;
    int minorVersion = 1;
    std::vector<HttpField> fields;
    QByteArray body;
    bool ended = false;
};

struct Outcome {
    QList<Request> requests;
    bool failed = false;
    HttpRequestError error{};
};

// Feeds `input` `piece` bytes at a time (all at once when 0) and records what comes out.
Outcome parse(const QByteArray& input, qsizetype piece = 0, HttpRequestParser::Limits limits = {}) {
    HttpRequestParser parser(limits);
    Outcome outcome;
    const qsizetype step = piece > 0 ? piece : qMax<qsizetype>(1, input.size());
    for (qsizetype offset = 0; offset < input.size() && !outcome.failed; offset += step) {
        QByteArrayView rest =
            QByteArrayView(input).sliced(offset, qMin(step, input.size() - offset));
        for (;;) {
            const HttpRequestParser::Step s = parser.next(rest);
            if (s.consumed > rest.size())
                qFatal("the parser consumed more than it was given");
            rest = rest.sliced(s.consumed);
            if (s.kind == HttpRequestParser::Step::Kind::NeedMore) {
                if (!rest.isEmpty())
                    qFatal("NeedMore with input left");
                break;
            }
            if (s.kind == HttpRequestParser::Step::Kind::Error) {
                outcome.failed = true;
                outcome.error = s.error;
                break;
            }
            if (s.kind == HttpRequestParser::Step::Kind::Head) {
                const HttpRequestHead& head = parser.head();
                outcome.requests.append(
                    {head.method, head.target, head.minorVersion, head.fields, {}, false});
            } else if (s.kind == HttpRequestParser::Step::Kind::Body) {
                outcome.requests.last().body.append(s.body.toByteArray());
            } else {
                outcome.requests.last().ended = true;
            }
        }
    }
    return outcome;
}

QByteArray get(const QByteArray& extraFields = {}) {
    return "GET /api/overview HTTP/1.1\r\nHost: localhost\r\n" + extraFields + "\r\n";
}

QByteArray post(const QByteArray& fields, const QByteArray& body = {}) {
    return "POST /api/definitions HTTP/1.1\r\nHost: localhost\r\n" + fields + "\r\n" + body;
}

} // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT
private slots:
    void readsWellFormedRequests_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QByteArray>("firstTarget");
        QTest::addColumn<QByteArray>("lastBody");

        QTest::newRow("GET") << get() << 1 << QByteArray("/api/overview") << QByteArray();
        QTest::newRow("Content-Length body")
            << post("Content-Length: 7\r\n", "{\"a\":1}") << 1 << QByteArray("/api/definitions")
            << QByteArray("{\"a\":1}");
        QTest::newRow("Content-Length 0")
            << post("Content-Length: 0\r\n") << 1 << QByteArray("/api/definitions") << QByteArray();
        QTest::newRow("leading zeros") << post("Content-Length: 003\r\n", "abc") << 1
                                       << QByteArray("/api/definitions") << QByteArray("abc");
        QTest::newRow("chunked, extensions and trailers")
            << post("Transfer-Encoding: chunked\r\n",
                    "3;name=value\r\nabc\r\n0A\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n")
            << 1 << QByteArray("/api/definitions") << QByteArray("abc0123456789");
        QTest::newRow("coding names are case-insensitive")
            << post("Transfer-Encoding: Chunked\r\n", "1\r\nx\r\n0\r\n\r\n") << 1
            << QByteArray("/api/definitions") << QByteArray("x");
        QTest::newRow("pipelined") << get() + post("Content-Length: 2\r\n", "{}") + get() << 3
                                   << QByteArray("/api/overview") << QByteArray();
        QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET /api/whoami HTTP/1.0\r\n\r\n")
                                               << 1 << QByteArray("/api/whoami") << QByteArray();
        QTest::newRow("empty lines before the request line")
            << "\r\n\r\n" + get() << 1 << QByteArray("/api/overview") << QByteArray();
        QTest::newRow("tab, obs-text and an empty value")
            << get("X-A: \tcaf\xc3\xa9\t \r\nX-Empty:\r\n") << 1 << QByteArray("/api/overview")
            << QByteArray();
        QTest::newRow("absolute form") << QByteArray("GET http://localhost/api/x HTTP/1.1\r\n"
                                                     "Host: localhost\r\n\r\n")
                                       << 1 << QByteArray("http://localhost/api/x") << QByteArray();
    }
    void readsWellFormedRequests() {
        QFETCH(QByteArray, input);
        QFETCH(int, requests);
        QFETCH(QByteArray, firstTarget);
        QFETCH(QByteArray, lastBody);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
            const Outcome outcome = parse(input, piece);
            QVERIFY2(!outcome.failed, qPrintable(QString::fromLatin1(describe(outcome.error))));
            QCOMPARE(outcome.requests.size(), requests);
            QCOMPARE(outcome.requests.first().target, firstTarget);
            QCOMPARE(outcome.requests.last().body, lastBody);
            for (const Request& r : outcome.requests)
                QVERIFY(r.ended);
        }
    }

    void fieldsAreLowerCaseNamesWithTrimmedValues() {
        const Outcome outcome = parse(get("Content-TYPE:   application/json  \r\n"));
        QCOMPARE(outcome.requests.size(), 1);
        const auto& fields = outcome.requests.first().fields;
        QCOMPARE(fields.size(), size_t(2));
        QCOMPARE(fields[1].name, QByteArray("content-type"));
        QCOMPARE(fields[1].value, QByteArray("application/json"));
    }

    void refusesMalformedFraming_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<HttpRequestError>("error");
        QTest::addColumn<int>("status");
        using E = HttpRequestError;

        // The cases of the security issue: each was accepted by Qt 6.4's server.
        QTest::newRow("duplicate Content-Length, equal")
            << post("Content-Length: 2\r\nContent-Length: 2\r\n", "{}") << E::DuplicateContentLength
            << 400;
        QTest::newRow("duplicate Content-Length, different")
            << post("Content-Length: 2\r\nContent-Length: 20\r\n", "{}")
            << E::DuplicateContentLength << 400;
        QTest::newRow("Content-Length as a list")
            << post("Content-Length: 2, 2\r\n", "{}") << E::InvalidContentLength << 400;
        QTest::newRow("Content-Length with chunked")
            << post("Content-Length: 3\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n")
            << E::ContentLengthWithTransferEncoding << 400;
        QTest::newRow("chunked with Content-Length")
            << post("Transfer-Encoding: chunked\r\nContent-Length: 3\r\n", "0\r\n\r\n")
            << E::ContentLengthWithTransferEncoding << 400;
        QTest::newRow("negative Content-Length")
            << post("Content-Length: -1\r\n") << E::InvalidContentLength << 400;
        QTest::newRow("signed Content-Length")
            << post("Content-Length: +2\r\n", "{}") << E::InvalidContentLength << 400;
        QTest::newRow("Content-Length not a number")
            << post("Content-Length: 0x10\r\n") << E::InvalidContentLength << 400;
        QTest::newRow("empty Content-Length")
            << post("Content-Length:\r\n") << E::InvalidContentLength << 400;
        QTest::newRow("NUL in a value")
            << get(QByteArray("X-A: a\0b\r\n", 10)) << E::InvalidFieldValue << 400;
        QTest::newRow("bare CR in a value") << get("X-A: a\rb\r\n") << E::InvalidFieldValue << 400;
        QTest::newRow("DEL in a value") << get("X-A: a\x7f\r\n") << E::InvalidFieldValue << 400;
        QTest::newRow("control character in a value")
            << get("X-A: a\x01\r\n") << E::InvalidFieldValue << 400;
        QTest::newRow("NUL in a name")
            << get(QByteArray("X-\0A: a\r\n", 9)) << E::MalformedField << 400;
        QTest::newRow("space before the colon")
            << get("Host : evil\r\n") << E::MalformedField << 400;
        QTest::newRow("no colon") << get("X-A a\r\n") << E::MalformedField << 400;
        QTest::newRow("empty name") << get(": a\r\n") << E::MalformedField << 400;
        QTest::newRow("obs-fold") << get("X-A: a\r\n b\r\n") << E::ObsoleteLineFolding << 400;
        QTest::newRow("bare LF ends the request line")
            << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << E::BareLineFeed << 400;
        QTest::newRow("bare LF ends a field") << get("X-A: a\n") << E::BareLineFeed << 400;
        QTest::newRow("no Host in HTTP/1.1")
            << QByteArray("GET / HTTP/1.1\r\n\r\n") << E::MissingHost << 400;
        QTest::newRow("two Hosts") << get("Host: evil.example\r\n") << E::DuplicateHost << 400;
        QTest::newRow("gzip only")
            << post("Transfer-Encoding: gzip\r\n") << E::ChunkedNotFinal << 400;
        QTest::newRow("chunked then gzip")
            << post("Transfer-Encoding: chunked, gzip\r\n") << E::ChunkedNotFinal << 400;
        QTest::newRow("empty Transfer-Encoding")
            << post("Transfer-Encoding: \r\n") << E::ChunkedNotFinal << 400;
        QTest::newRow("gzip then chunked")
            << post("Transfer-Encoding: gzip, chunked\r\n") << E::UnsupportedTransferCoding << 501;
        QTest::newRow("chunked twice, in two fields")
            << post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n")
            << E::UnsupportedTransferCoding << 501;
        QTest::newRow("Transfer-Encoding in HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << E::TransferEncodingInHttp10 << 400;
        QTest::newRow("lower-case version")
            << QByteArray("GET / http/1.1\r\nHost: x\r\n\r\n") << E::MalformedRequestLine << 400;
        QTest::newRow("no version")
            << QByteArray("GET /\r\nHost: x\r\n\r\n") << E::MalformedRequestLine << 400;
        QTest::newRow("two spaces")
            << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << E::MalformedRequestLine << 400;
        QTest::newRow("trailing space")
            << QByteArray("GET / HTTP/1.1 \r\nHost: x\r\n\r\n") << E::MalformedRequestLine << 400;
        QTest::newRow("method not a token")
            << QByteArray("GE(T / HTTP/1.1\r\nHost: x\r\n\r\n") << E::MalformedRequestLine << 400;
        QTest::newRow("space in the target")
            << QByteArray("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n") << E::MalformedRequestLine << 400;
        QTest::newRow("NUL in the target")
            << QByteArray("GET /a\0b HTTP/1.1\r\nHost: x\r\n\r\n", 30) << E::MalformedRequestLine
            << 400;
        QTest::newRow("non-ASCII target")
            << QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n") << E::MalformedRequestLine
            << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n")
                                  << E::UnsupportedVersion << 505;
        QTest::newRow("HTTP/1.10")
            << QByteArray("GET / HTTP/1.10\r\nHost: x\r\n\r\n") << E::MalformedRequestLine << 400;
        QTest::newRow("too many empty lines first")
            << QByteArray("\r\n\r\n\r\n\r\n\r\n\r\n") + get() << E::MalformedRequestLine << 400;
        QTest::newRow("request line too long")
            << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n"
            << E::RequestLineTooLong << 414;
        QTest::newRow("request line without end")
            << "GET /" + QByteArray(9000, 'a') << E::RequestLineTooLong << 414;
        QTest::newRow("header section too large")
            << get("X-A: " + QByteArray(40000, 'a') + "\r\n") << E::HeaderSectionTooLarge << 431;
        QTest::newRow("header section without end")
            << "GET / HTTP/1.1\r\nX-A: " + QByteArray(40000, 'a') << E::HeaderSectionTooLarge
            << 431;
        QByteArray many;
        for (int i = 0; i < 100; ++i)
            many += "X-" + QByteArray::number(i) + ": a\r\n";
        QTest::newRow("101 fields") << get(many) << E::TooManyFields << 431;
        QTest::newRow("chunk size not hex")
            << post("Transfer-Encoding: chunked\r\n", "zz\r\n") << E::MalformedChunk << 400;
        QTest::newRow("negative chunk size")
            << post("Transfer-Encoding: chunked\r\n", "-1\r\n") << E::MalformedChunk << 400;
        QTest::newRow("chunk size overflows")
            << post("Transfer-Encoding: chunked\r\n", "10000000000000000\r\n") << E::MalformedChunk
            << 400;
        QTest::newRow("chunk data without CRLF")
            << post("Transfer-Encoding: chunked\r\n", "3\r\nabcd\r\n0\r\n\r\n") << E::MalformedChunk
            << 400;
        QTest::newRow("chunk size with a bare LF")
            << post("Transfer-Encoding: chunked\r\n", "3\nabc\r\n") << E::BareLineFeed << 400;
        QTest::newRow("chunk extension with a control character")
            << post("Transfer-Encoding: chunked\r\n", "3;a\x01\r\nabc\r\n") << E::MalformedChunk
            << 400;
        QTest::newRow("chunk line too long")
            << post("Transfer-Encoding: chunked\r\n", "3;" + QByteArray(5000, 'a') + "\r\n")
            << E::ChunkLineTooLong << 400;
        QTest::newRow("NUL in a trailer")
            << post("Transfer-Encoding: chunked\r\n", QByteArray("0\r\nX: \0\r\n\r\n", 11))
            << E::InvalidFieldValue << 400;
    }
    void refusesMalformedFraming() {
        QFETCH(QByteArray, input);
        QFETCH(HttpRequestError, error);
        QFETCH(int, status);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            const Outcome outcome = parse(input, piece);
            QVERIFY2(outcome.failed,
                     qPrintable(QStringLiteral("accepted in pieces of %1").arg(piece)));
            QCOMPARE(outcome.error, error);
        }
        QCOMPARE(int(statusFor(error)), status);
        QVERIFY(!describe(error).isEmpty());
    }

    void bodiesAreViewsOfTheInput() {
        // A 10 MiB body announced, 1 MiB of it given: the pieces come back as views into the
        // caller's bytes, so the parser holds none of it.
        HttpRequestParser parser;
        const QByteArray head = post("Content-Length: 10485760\r\n");
        HttpRequestParser::Step step = parser.next(head);
        QCOMPARE(step.kind, HttpRequestParser::Step::Kind::Head);
        QCOMPARE(parser.head().contentLength, 10485760);
        QVERIFY(parser.head().hasBody());
        const QByteArray piece(1 << 20, 'x');
        step = parser.next(piece);
        QCOMPARE(step.kind, HttpRequestParser::Step::Kind::Body);
        QCOMPARE(step.consumed, piece.size());
        QCOMPARE(step.body.data(), piece.constData());
        QCOMPARE(step.body.size(), piece.size());
    }

    void hugeContentLengthSaturates() {
        HttpRequestParser parser;
        const HttpRequestParser::Step step =
            parser.next(post("Content-Length: 123456789012345678901234567890\r\n"));
        QCOMPARE(step.kind, HttpRequestParser::Step::Kind::Head);
        QCOMPARE(parser.head().contentLength, qint64(1) << 62);
    }

    void knowsWhenAHeadIsHalfSent() {
        HttpRequestParser parser;
        QVERIFY(!parser.midHead());
        QCOMPARE(parser.next("GET / HT").kind, HttpRequestParser::Step::Kind::NeedMore);
        QVERIFY(parser.midHead());
        QCOMPARE(parser.next("TP/1.1\r\nHost: x\r\n").kind,
                 HttpRequestParser::Step::Kind::NeedMore);
        QVERIFY(parser.midHead());
        QCOMPARE(parser.next("\r\n").kind, HttpRequestParser::Step::Kind::Head);
        QVERIFY(!parser.midHead());
        QCOMPARE(parser.next({}).kind, HttpRequestParser::Step::Kind::End);
        QVERIFY(!parser.midHead());
    }

    void staysFailed() {
        HttpRequestParser parser;
        QCOMPARE(parser.next(QByteArray("GET / HTTP/1.1\r\nX-A: \0\r\n\r\n", 26)).kind,
                 HttpRequestParser::Step::Kind::Error);
        const HttpRequestParser::Step again = parser.next(get());
        QCOMPARE(again.kind, HttpRequestParser::Step::Kind::Error);
        QCOMPARE(again.consumed, 0);
    }

    void limitsAreConfigurable() {
        HttpRequestParser::Limits limits;
        limits.maxRequestLine = 20;
        QCOMPARE(
            parse("GET /" + QByteArray(30, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", 0, limits).error,
            HttpRequestError::RequestLineTooLong);
        limits = {};
        limits.maxFields = 2;
        QVERIFY(!parse(get("X-A: 1\r\n"), 0, limits).failed);
        QCOMPARE(parse(get("X-A: 1\r\nX-B: 2\r\n"), 0, limits).error,
                 HttpRequestError::TooManyFields);
        limits = {};
        limits.maxHeaderSection = 64;
        // Exactly at the limit (9 + 53 + the final CRLF), and one byte over it.
        const QByteArray fits = "GET / HTTP/1.1\r\nHost: x\r\nX-A: " + QByteArray(46, 'a') + "\r\n";
        QVERIFY(!parse(fits + "\r\n", 0, limits).failed);
        QCOMPARE(parse("GET / HTTP/1.1\r\nHost: x\r\nX-A: " + QByteArray(47, 'a') + "\r\n\r\n", 0,
                       limits)
                     .error,
                 HttpRequestError::HeaderSectionTooLarge);
    }
};

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_http_request_parser.moc"
