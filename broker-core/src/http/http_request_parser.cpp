#include "http/http_request_parser.h"

#include <QList>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>

namespace warren::http {

namespace {

// RFC 9110 §5.6.2: tchar, the characters of a token (methods, field names, codings).
bool isTokenChar(uchar c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != 0;
}

bool isToken(QByteArrayView text) {
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return isTokenChar(uchar(c)); });
}

// RFC 9110 §5.5: field-vchar, SP and HTAB. NUL, CR, LF and the other controls (and DEL) are
// what request smuggling and header injection are made of.
bool isFieldValueChar(uchar c) {
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

bool isWhitespace(char c) {
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text) {
    while (!text.isEmpty() && isWhitespace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isWhitespace(text.back()))
        text.chop(1);
    return text;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray HttpRequestHead::field(QByteArrayView lowerName) const {
    for (const HttpField& f : fields)
        if (f.name == lowerName)
            return f.value.isNull() ? QByteArray("") : f.value;
    return {};
}

int HttpRequestHead::fieldCount(QByteArrayView lowerName) const {
    return int(std::count_if(fields.cbegin(), fields.cend(),
                             [&](const HttpField& f) { return f.name == lowerName; }));
}

HttpStatus statusFor(HttpRequestError error) {
    switch (error) {
    case HttpRequestError::UnsupportedVersion:
        return HttpStatus::HttpVersionNotSupported;
    case HttpRequestError::RequestLineTooLong:
        return HttpStatus::UriTooLong;
    case HttpRequestError::HeaderSectionTooLarge:
    case HttpRequestError::TooManyFields:
        return HttpStatus::RequestHeaderFieldsTooLarge;
    case HttpRequestError::UnsupportedTransferCoding:
        return HttpStatus::NotImplemented;
    default:
        return HttpStatus::BadRequest;
    }
}

QByteArray describe(HttpRequestError error) {
    switch (error) {
    case HttpRequestError::MalformedRequestLine:
        return QByteArrayLiteral("malformed request line");
    case HttpRequestError::UnsupportedVersion:
        return QByteArrayLiteral("only HTTP/1.0 and HTTP/1.1 are served here");
    case HttpRequestError::RequestLineTooLong:
        return QByteArrayLiteral("request line too long");
    case HttpRequestError::BareLineFeed:
        return QByteArrayLiteral("lines must end with CRLF");
    case HttpRequestError::MalformedField:
        return QByteArrayLiteral("malformed header field");
    case HttpRequestError::InvalidFieldValue:
        return QByteArrayLiteral("control character in a header field value");
    case HttpRequestError::ObsoleteLineFolding:
        return QByteArrayLiteral("folded header field lines are not accepted");
    case HttpRequestError::HeaderSectionTooLarge:
        return QByteArrayLiteral("header section too large");
    case HttpRequestError::TooManyFields:
        return QByteArrayLiteral("too many header fields");
    case HttpRequestError::MissingHost:
        return QByteArrayLiteral("an HTTP/1.1 request needs a Host header");
    case HttpRequestError::DuplicateHost:
        return QByteArrayLiteral("more than one Host header");
    case HttpRequestError::DuplicateContentLength:
        return QByteArrayLiteral("more than one Content-Length");
    case HttpRequestError::InvalidContentLength:
        return QByteArrayLiteral("Content-Length is not a number of bytes");
    case HttpRequestError::ContentLengthWithTransferEncoding:
        return QByteArrayLiteral("Content-Length and Transfer-Encoding together");
    case HttpRequestError::TransferEncodingInHttp10:
        return QByteArrayLiteral("Transfer-Encoding in an HTTP/1.0 request");
    case HttpRequestError::ChunkedNotFinal:
        return QByteArrayLiteral("Transfer-Encoding must end with chunked");
    case HttpRequestError::UnsupportedTransferCoding:
        return QByteArrayLiteral("only the chunked transfer coding is supported");
    case HttpRequestError::MalformedChunk:
        return QByteArrayLiteral("malformed chunked body");
    case HttpRequestError::ChunkLineTooLong:
        return QByteArrayLiteral("chunk-size line too long");
    }
    return QByteArrayLiteral("bad request");
}

bool HttpRequestParser::midHead() const {
    return m_state == State::Fields ||
           (m_state == State::RequestLine && (!m_line.isEmpty() || m_emptyLines > 0));
}

HttpRequestParser::Step HttpRequestParser::fail(HttpRequestError error, qsizetype consumed) {
    m_state = State::Failed;
    m_error = error;
    m_line.clear();
    Step step;
    step.kind = Step::Kind::Error;
    step.consumed = consumed;
    step.error = error;
    return step;
}

bool HttpRequestParser::takeLine(QByteArrayView input, qsizetype limit, qsizetype& used,
                                 bool& tooLong, bool& bareLineFeed) {
    const void* found = std::memchr(input.data(), '\n', size_t(input.size()));
    if (!found) {
        // A CR may still be waiting for its LF, hence the one byte of slack.
        if (m_line.size() + input.size() > limit + 1) {
            tooLong = true;
            return false;
        }
        m_line.append(input.data(), input.size());
        used = input.size();
        return false;
    }
    const qsizetype end = static_cast<const char*>(found) - input.data();
    if (m_line.size() + end > limit + 1) {
        tooLong = true;
        return false;
    }
    m_line.append(input.data(), end);
    used = end + 1;
    // RFC 9112 §2.2 lets a recipient take a bare LF as a line end; Warren does not, so that no
    // two parsers on the way (a proxy, this one) can disagree on where a line ends.
    if (!m_line.endsWith('\r'))
        bareLineFeed = true;
    else
        m_line.chop(1);
    if (m_line.size() > limit)
        tooLong = true;
    return true;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line, HttpRequestError& error) {
    // RFC 9112 §3: method SP request-target SP HTTP-version, single spaces, nothing else.
    error = HttpRequestError::MalformedRequestLine;
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0)
        return false;
    const qsizetype secondSpace = line.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0)
        return false;
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);
    if (!isToken(method) || target.isEmpty())
        return false;
    // The target is visible US-ASCII: anything else must be percent-encoded (RFC 3986).
    if (!std::all_of(target.begin(), target.end(),
                     [](char c) { return uchar(c) > 0x20 && uchar(c) < 0x7f; }))
        return false;
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' ||
        !std::isdigit(uchar(version[5])) || !std::isdigit(uchar(version[7])))
        return false;
    if (version[5] != '1') {
        error = HttpRequestError::UnsupportedVersion;
        return false;
    }
    m_head = HttpRequestHead();
    m_head.method = method.toByteArray();
    m_head.target = target.toByteArray();
    m_head.minorVersion = version[7] - '0';
    return true;
}

bool HttpRequestParser::parseField(QByteArrayView line, HttpField& field,
                                   HttpRequestError& error) const {
    if (isWhitespace(line.front())) {
        error = HttpRequestError::ObsoleteLineFolding;
        return false;
    }
    // RFC 9112 §5.1: no whitespace between the name and the colon; a server MUST reject it.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        error = HttpRequestError::MalformedField;
        return false;
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (!std::all_of(value.begin(), value.end(),
                     [](char c) { return isFieldValueChar(uchar(c)); })) {
        error = HttpRequestError::InvalidFieldValue;
        return false;
    }
    field.name = line.first(colon).toByteArray().toLower();
    field.value = value.toByteArray();
    return true;
}

bool HttpRequestParser::finishHead(HttpRequestError& error) {
    // RFC 9112 §3.2: a server MUST answer 400 to an HTTP/1.1 request without a Host and to any
    // request with more than one.
    const int hosts = m_head.fieldCount("host");
    if (hosts > 1) {
        error = HttpRequestError::DuplicateHost;
        return false;
    }
    if (hosts == 0 && m_head.minorVersion >= 1) {
        error = HttpRequestError::MissingHost;
        return false;
    }

    // RFC 9112 §6.3: the body's length comes from Transfer-Encoding, else Content-Length,
    // else there is none. Anything ambiguous is refused rather than guessed at.
    const int lengths = m_head.fieldCount("content-length");
    if (lengths > 1) {
        error = HttpRequestError::DuplicateContentLength;
        return false;
    }
    std::vector<QByteArray> codings;
    bool transferEncoding = false;
    for (const HttpField& f : m_head.fields) {
        if (f.name != "transfer-encoding")
            continue;
        transferEncoding = true;
        for (const QByteArray& element : f.value.split(',')) {
            const QByteArrayView coding = trimmed(element);
            if (!coding.isEmpty())
                codings.push_back(coding.toByteArray().toLower());
        }
    }
    if (transferEncoding) {
        if (m_head.minorVersion == 0) {
            error = HttpRequestError::TransferEncodingInHttp10;
            return false;
        }
        if (lengths > 0) {
            error = HttpRequestError::ContentLengthWithTransferEncoding;
            return false;
        }
        if (codings.empty() || codings.back() != "chunked") {
            error = HttpRequestError::ChunkedNotFinal;
            return false;
        }
        if (codings.size() > 1) {
            error = HttpRequestError::UnsupportedTransferCoding;
            return false;
        }
        m_head.framing = HttpRequestHead::Framing::Chunked;
        m_state = State::ChunkSize;
        return true;
    }
    if (lengths == 1) {
        const QByteArray value = m_head.field("content-length");
        if (value.isEmpty() ||
            !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            error = HttpRequestError::InvalidContentLength;
            return false;
        }
        // Saturate rather than overflow: a length this large is refused as too large later.
        constexpr qint64 Saturated = qint64(1) << 62;
        qint64 length = 0;
        for (char c : value)
            length = length >= Saturated / 10 ? Saturated : length * 10 + (c - '0');
        m_head.framing = HttpRequestHead::Framing::ContentLength;
        m_head.contentLength = length;
        m_remaining = length;
        m_state = length > 0 ? State::FixedBody : State::EndPending;
        return true;
    }
    m_state = State::EndPending;
    return true;
}

bool HttpRequestParser::parseChunkSize(QByteArrayView line) {
    // RFC 9112 §7.1: chunk-size [ chunk-ext ]; extensions are read and ignored.
    qsizetype digits = 0;
    qint64 size = 0;
    while (digits < line.size() && hexValue(line[digits]) >= 0) {
        if (digits == 15) // past 2^60 bytes: no chunk is that large
            return false;
        size = size * 16 + hexValue(line[digits]);
        ++digits;
    }
    if (digits == 0)
        return false;
    const QByteArrayView rest = trimmed(line.sliced(digits));
    if (!rest.isEmpty() &&
        (rest.front() != ';' ||
         !std::all_of(rest.begin(), rest.end(), [](char c) { return isFieldValueChar(uchar(c)); })))
        return false;
    m_remaining = size;
    return true;
}

HttpRequestParser::Step HttpRequestParser::next(QByteArrayView input) {
    qsizetype used = 0;
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return fail(m_error, used);

        case State::RequestLine:
        case State::Fields:
        case State::Trailers:
        case State::ChunkSize: {
            const QByteArrayView rest = input.sliced(used);
            if (rest.isEmpty())
                return {Step::Kind::NeedMore, used, {}, {}};
            // A field line's limit is what is left of the header section, its CRLF counted.
            const qsizetype limit = m_state == State::RequestLine ? m_limits.maxRequestLine
                                    : m_state == State::ChunkSize
                                        ? m_limits.maxChunkLine
                                        : m_limits.maxHeaderSection - m_sectionBytes - 2;
            qsizetype took = 0;
            bool tooLong = false;
            bool bareLineFeed = false;
            const bool complete = takeLine(rest, limit, took, tooLong, bareLineFeed);
            if (tooLong)
                return fail(m_state == State::RequestLine ? HttpRequestError::RequestLineTooLong
                            : m_state == State::ChunkSize ? HttpRequestError::ChunkLineTooLong
                                                          : HttpRequestError::HeaderSectionTooLarge,
                            used);
            used += took;
            if (!complete)
                return {Step::Kind::NeedMore, used, {}, {}};
            if (bareLineFeed)
                return fail(HttpRequestError::BareLineFeed, used);
            const QByteArray line = std::exchange(m_line, QByteArray());
            HttpRequestError error{};

            if (m_state == State::RequestLine) {
                if (line.isEmpty()) {
                    if (++m_emptyLines > m_limits.maxEmptyLinesBeforeRequest)
                        return fail(HttpRequestError::MalformedRequestLine, used);
                    continue;
                }
                if (!parseRequestLine(line, error))
                    return fail(error, used);
                m_state = State::Fields;
                m_sectionBytes = 0;
                continue;
            }
            if (m_state == State::ChunkSize) {
                if (!parseChunkSize(line))
                    return fail(HttpRequestError::MalformedChunk, used);
                if (m_remaining > 0) {
                    m_state = State::ChunkData;
                } else {
                    m_state = State::Trailers;
                    m_sectionBytes = 0;
                    m_trailerFields = 0;
                }
                continue;
            }
            m_sectionBytes += line.size() + 2;
            if (line.isEmpty()) {
                if (m_state == State::Trailers) {
                    m_state = State::EndPending;
                    continue;
                }
                if (!finishHead(error))
                    return fail(error, used);
                return {Step::Kind::Head, used, {}, {}};
            }
            HttpField field;
            if (!parseField(line, field, error))
                return fail(error, used);
            const int count =
                m_state == State::Fields ? int(m_head.fields.size()) : m_trailerFields++;
            if (count >= m_limits.maxFields)
                return fail(HttpRequestError::TooManyFields, used);
            // Trailer fields are checked like header fields, then dropped: nothing in the
            // management API reads them, and honouring them would let them override checked
            // header fields (RFC 9110 §6.5.1).
            if (m_state == State::Fields)
                m_head.fields.push_back(std::move(field));
            continue;
        }

        case State::FixedBody:
        case State::ChunkData: {
            const QByteArrayView rest = input.sliced(used);
            if (rest.isEmpty())
                return {Step::Kind::NeedMore, used, {}, {}};
            const qsizetype n = qsizetype(std::min<qint64>(rest.size(), m_remaining));
            m_remaining -= n;
            if (m_remaining == 0) {
                m_state = m_state == State::FixedBody ? State::EndPending : State::ChunkDataEnd;
                m_chunkEndSeen = 0;
            }
            return {Step::Kind::Body, used + n, rest.first(n), {}};
        }

        case State::ChunkDataEnd:
            while (m_chunkEndSeen < 2) {
                if (used == input.size())
                    return {Step::Kind::NeedMore, used, {}, {}};
                if (input[used] != (m_chunkEndSeen == 0 ? '\r' : '\n'))
                    return fail(HttpRequestError::MalformedChunk, used);
                ++used;
                ++m_chunkEndSeen;
            }
            m_state = State::ChunkSize;
            continue;

        case State::EndPending:
            m_state = State::RequestLine;
            m_emptyLines = 0;
            return {Step::Kind::End, used, {}, {}};
        }
    }
}

} // namespace warren::http
