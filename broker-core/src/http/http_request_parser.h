#pragma once

#include "http/http_status.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace warren::http {

// One header field line of a request: the name in lower case (field names are
// case-insensitive, RFC 9110 §5.1), the value without its surrounding whitespace.
struct HttpField {
    QByteArray name;
    QByteArray value;
};

// A request's head: the request line and the header section, with the framing of its body as
// RFC 9112 §6.3 decides it.
struct HttpRequestHead {
    enum class Framing { None, ContentLength, Chunked };

    QByteArray method;
    QByteArray target;    // the request-target as sent, still percent-encoded
    int minorVersion = 1; // HTTP/1.<minor>
    std::vector<HttpField> fields;
    Framing framing = Framing::None;
    qint64 contentLength = 0; // with Framing::ContentLength; a huge value saturates

    // The first value of the field `lowerName`, or a null array when there is none.
    QByteArray field(QByteArrayView lowerName) const;
    int fieldCount(QByteArrayView lowerName) const;
    bool hasBody() const {
        return framing == Framing::Chunked ||
               (framing == Framing::ContentLength && contentLength > 0);
    }
};

// Why a request cannot be read; every one ends the connection, since where the next request
// would start is unknown (RFC 9112 §9.3: a server that cannot frame a message closes).
enum class HttpRequestError {
    MalformedRequestLine,              // not `method SP request-target SP HTTP/d.d CRLF`
    UnsupportedVersion,                // HTTP/2.0 and the like on a 1.x connection: 505
    RequestLineTooLong,                // 414, as cowboy's max_request_line_length
    BareLineFeed,                      // a line ended by LF alone, or a CR not followed by LF
    MalformedField,                    // no colon, whitespace before it, a name that is not a token
    InvalidFieldValue,                 // NUL, CR, LF or another control character in a value
    ObsoleteLineFolding,               // a field line starting with whitespace (RFC 9112 §5.2)
    HeaderSectionTooLarge,             // 431
    TooManyFields,                     // 431
    MissingHost,                       // an HTTP/1.1 request without Host (RFC 9112 §3.2)
    DuplicateHost,                     // more than one Host (RFC 9112 §3.2)
    DuplicateContentLength,            // more than one Content-Length, even if they agree
    InvalidContentLength,              // not 1*DIGIT: negative, signed, a list, empty
    ContentLengthWithTransferEncoding, // the request-smuggling pair (RFC 9112 §6.1)
    TransferEncodingInHttp10,          // framing that HTTP/1.0 cannot have (RFC 9112 §6.1)
    ChunkedNotFinal,                   // a transfer coding list that does not end in chunked
    UnsupportedTransferCoding,         // gzip, chunked and the like: 501
    MalformedChunk,                    // a bad chunk-size line, or chunk data not followed by CRLF
    ChunkLineTooLong,                  // a chunk-size line (with extensions) past the limit
};

// The status a request with this error is answered with (400 unless said otherwise above).
HttpStatus statusFor(HttpRequestError error);
// One sentence for the client and the log.
QByteArray describe(HttpRequestError error);

// A sans-I/O HTTP/1.1 request reader (RFC 9112): bytes in; request heads, body pieces and
// errors out. It never touches a socket and never holds a body: body bytes come back as views
// into the caller's input, so what a body costs in memory is the caller's decision, made after
// it has seen the head (authentication, size limits). Only the head and a chunk-size line are
// buffered, each within a limit. Framing is strict: one Content-Length of digits only, no
// Content-Length beside Transfer-Encoding, chunked as the only coding, CRLF line ends, no
// control characters in field values, no line folding.
//
// Use: `step = parser.next(input)`, drop `step.consumed` bytes from the input, act on the
// kind, repeat until NeedMore (which has consumed all input). After End the parser reads the
// next request (pipelining); after Error it stays failed.
class HttpRequestParser {
public:
    struct Limits {
        qsizetype maxRequestLine = 8000;    // cowboy's max_request_line_length
        qsizetype maxHeaderSection = 32768; // all field lines together
        int maxFields = 100;                // cowboy's max_headers
        qsizetype maxChunkLine = 4096;      // chunk-size and its extensions
        int maxEmptyLinesBeforeRequest = 5; // RFC 9112 §2.2 tolerance, as cowboy's
    };

    struct Step {
        enum class Kind { NeedMore, Head, Body, End, Error };
        Kind kind = Kind::NeedMore;
        qsizetype consumed = 0;
        QByteArrayView body; // Kind::Body: part of the input
        HttpRequestError error = HttpRequestError::MalformedRequestLine;
    };

    HttpRequestParser() = default;
    explicit HttpRequestParser(Limits limits)
        : m_limits(limits) {}

    Step next(QByteArrayView input);

    // The head of the request being read; valid from its Head step to the next request's.
    const HttpRequestHead& head() const { return m_head; }
    // Some bytes of a request have arrived but not its whole head.
    bool midHead() const;

private:
    enum class State {
        RequestLine,
        Fields,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        EndPending,
        Failed
    };

    Step fail(HttpRequestError error, qsizetype consumed);
    // Reads one line into m_line; true when it is complete (without CRLF), with `used`
    // telling how much of the input it took.
    bool takeLine(QByteArrayView input, qsizetype limit, qsizetype& used, bool& tooLong,
                  bool& bareLineFeed);
    bool parseRequestLine(QByteArrayView line, HttpRequestError& error);
    bool parseField(QByteArrayView line, HttpField& field, HttpRequestError& error) const;
    bool finishHead(HttpRequestError& error);
    bool parseChunkSize(QByteArrayView line);

    Limits m_limits;
    State m_state = State::RequestLine;
    HttpRequestHead m_head;
    QByteArray m_line;            // a line that has not ended yet
    qsizetype m_sectionBytes = 0; // field lines (or trailer lines) read so far
    int m_emptyLines = 0;         // before the request line
    int m_trailerFields = 0;      // in the trailer section of a chunked body
    qint64 m_remaining = 0;       // of the body (FixedBody) or the chunk (ChunkData)
    int m_chunkEndSeen = 0;       // bytes of the CRLF after chunk data
    HttpRequestError m_error = HttpRequestError::MalformedRequestLine; // once Failed
};

} // namespace warren::http
