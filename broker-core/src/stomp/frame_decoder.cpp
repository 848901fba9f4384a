#include "stomp/frame_decoder.h"

#include <cstring>

namespace warren::stomp {

namespace {

// Once the buffer is drained, a larger allocation than this (left by a big SEND) is freed
// rather than kept for the connection's lifetime.
constexpr qsizetype RetainedCapacity = 64 * 1024;

QString invalidFrame() {
    return QStringLiteral("Invalid frame");
}

QString frameTooLarge() {
    return QStringLiteral("Frame too large");
}

const char* find(const char* from, qsizetype size, char octet) {
    return static_cast<const char*>(std::memchr(from, octet, size_t(size)));
}

// STOMP 1.2 "Value Encoding": `size` octets at `raw` unescaped into `out`. An undefined escape
// is a fatal error: the octet after its backslash is returned, or -1 when the backslash ends
// `raw`.
std::optional<int> unescape(const char* raw, qsizetype size, Version version, QByteArray& out) {
    const char* end = raw + size;
    const char* backslash = find(raw, size, '\\');
    if (!backslash) {
        out = QByteArray(raw, size);
        return std::nullopt;
    }
    out.resize(size); // unescaping only shortens
    char* to = out.data();
    const char* from = raw;
    while (backslash) {
        std::memcpy(to, from, size_t(backslash - from));
        to += backslash - from;
        if (backslash + 1 == end)
            return -1;
        switch (backslash[1]) {
        case 'n':
            *to++ = '\n';
            break;
        case 'c':
            *to++ = ':';
            break;
        case '\\':
            *to++ = '\\';
            break;
        case 'r': // new in 1.2
            if (version == Version::V12) {
                *to++ = '\r';
                break;
            }
            [[fallthrough]];
        default:
            return uchar(backslash[1]);
        }
        from = backslash + 2;
        backslash = find(from, end - from, '\\');
    }
    std::memcpy(to, from, size_t(end - from));
    to += end - from;
    out.truncate(to - out.constData());
    return std::nullopt;
}

QString escapeText(int octet) {
    if (octet < 0)
        return QStringLiteral("a backslash that escapes nothing");
    if (octet > 0x20 && octet < 0x7F)
        return QStringLiteral("the undefined escape sequence \\%1").arg(QLatin1Char(char(octet)));
    return QStringLiteral("a backslash before octet 0x%1").arg(octet, 2, 16, QLatin1Char('0'));
}

struct ContentLength {
    bool valid = false;
    bool overLimit = false;
    qsizetype value = 0;
};

// STOMP 1.2 "Header content-length": an octet count, read here as one or more decimal digits.
ContentLength parseContentLength(const QByteArray& text, qsizetype limit) {
    ContentLength length;
    length.valid = !text.isEmpty();
    for (char c : text) {
        if (c < '0' || c > '9')
            return {};
        const int digit = c - '0';
        if (digit > limit || length.value > (limit - digit) / 10)
            length.overLimit = true; // keep reading: a later non-digit makes it invalid
        else
            length.value = length.value * 10 + digit;
    }
    return length;
}

} // namespace

FrameDecoder::FrameDecoder(FrameLimits limits)
    : m_limits(limits) {}

void FrameDecoder::feed(const char* data, qsizetype size) {
    if (m_failed || size <= 0)
        return; // nothing after an error is ever decoded: don't hold on to it either
    // Compact lazily, as the MQTT decoder does: consumed bytes are dropped only when they
    // outweigh what is left, so a stream of small frames costs no memmove per frame.
    if (m_offset == m_buffer.size()) {
        if (m_buffer.capacity() > RetainedCapacity)
            m_buffer.clear();
        else
            m_buffer.resize(0); // keeps the capacity
        m_offset = 0;
    } else if (m_offset > 0 && m_offset >= m_buffer.size() - m_offset) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(data, size);
}

qsizetype FrameDecoder::bufferedBytes() const {
    return m_buffer.size() - m_offset + m_frameBytes;
}

std::variant<std::monostate, Frame, HeartBeat, DecodeError> FrameDecoder::next() {
    while (!m_failed) {
        const char* data = m_buffer.constData() + m_offset;
        const qsizetype available = m_buffer.size() - m_offset;

        if (m_stage == Stage::Command) {
            // STOMP 1.2 "Heart-beating": an EOL where a command may start.
            if (available == 0 || (available == 1 && data[0] == '\r'))
                return std::monostate{};
            // A NUL there is noise too, as RabbitMQ reads it (a client's stray frame end).
            const qsizetype eol = data[0] == '\n' || data[0] == '\0'   ? 1
                                  : data[0] == '\r' && data[1] == '\n' ? 2
                                                                       : 0;
            if (eol != 0) {
                m_offset += eol;
                return HeartBeat{};
            }
            // The command is not checked here: an unknown one is the session's to refuse.
            const qsizetype end = findLineEnd();
            const qsizetype length = lineLength(end);
            if (length > m_limits.maxHeaderBytes)
                return fail(frameTooLarge(),
                            QStringLiteral("The command line is longer than the limit of %1 "
                                           "bytes for a header line.")
                                .arg(m_limits.maxHeaderBytes));
            if (end < 0)
                return std::monostate{};
            m_frame.command = QByteArray(data, length);
            m_escaped = escapesHeaders(m_frame.command, m_version);
            m_offset += end + 1;
            m_frameBytes += end + 1;
            m_stage = Stage::Headers;
            continue;
        }

        if (m_stage == Stage::Headers) {
            const qsizetype end = findLineEnd();
            const qsizetype length = lineLength(end);
            // Both limits are checked on what has arrived, before the line's end.
            if (length > 0 && m_frame.headers.size() >= m_limits.maxHeaders)
                return fail(frameTooLarge(),
                            QStringLiteral("The frame has more than the limit of %1 headers.")
                                .arg(m_limits.maxHeaders));
            if (length > m_limits.maxHeaderBytes)
                return fail(frameTooLarge(),
                            QStringLiteral("Header line %1 is longer than the limit of %2 bytes.")
                                .arg(m_frame.headers.size() + 1)
                                .arg(m_limits.maxHeaderBytes));
            if (end < 0)
                return std::monostate{};
            if (length != 0) {
                if (std::optional<DecodeError> error = readHeader(data, length))
                    return std::move(*error);
            } else {
                m_stage = Stage::Body;
            }
            m_offset += end + 1;
            m_frameBytes += end + 1;
            continue;
        }

        // STOMP 1.2 "Body": with a content-length, that many octets and a NUL; without, up to
        // the first NUL.
        qsizetype length = m_bodyLength;
        if (length >= 0) {
            if (available <= length)
                return std::monostate{};
            if (data[length] != '\0')
                return fail(invalidFrame(),
                            QStringLiteral("The %1-byte body that content-length announces is "
                                           "not followed by a NUL.")
                                .arg(length));
        } else {
            const char* nul = find(data + m_scanned, available - m_scanned, '\0');
            if (!nul)
                m_scanned = available;
            length = nul ? nul - data : available;
            if (length > m_limits.maxBodyBytes)
                return fail(frameTooLarge(),
                            QStringLiteral("The body is longer than the limit of %1 bytes.")
                                .arg(m_limits.maxBodyBytes));
            if (!nul)
                return std::monostate{};
        }
        m_frame.body = QByteArray(data, length);
        m_offset += length + 1;
        Frame frame = std::move(m_frame);
        startFrame();
        return frame;
    }
    return std::monostate{};
}

// The end of the line that starts at m_offset: the index of its LF from m_offset, or -1 while
// it has not arrived. Only bytes not searched before are searched.
qsizetype FrameDecoder::findLineEnd() {
    const char* data = m_buffer.constData() + m_offset;
    const qsizetype available = m_buffer.size() - m_offset;
    if (const char* lf = find(data + m_scanned, available - m_scanned, '\n')) {
        m_scanned = 0;
        return lf - data;
    }
    m_scanned = available;
    return -1;
}

// The length without its EOL of the line that ends at `end` (from findLineEnd()); while its
// end has not arrived, of what has, less a last CR that may begin the EOL.
qsizetype FrameDecoder::lineLength(qsizetype end) const {
    const char* data = m_buffer.constData() + m_offset;
    const qsizetype length = end >= 0 ? end : m_buffer.size() - m_offset;
    return length > 0 && data[length - 1] == '\r' ? length - 1 : length;
}

std::optional<DecodeError> FrameDecoder::readHeader(const char* line, qsizetype length) {
    const qsizetype number = m_frame.headers.size() + 1;
    // The name ends at the first colon: a value may hold more (unescaped in 1.0 and CONNECT).
    const char* colon = find(line, length, ':');
    if (!colon)
        return fail(invalidFrame(), QStringLiteral("Header line %1 has no colon.").arg(number));
    const char* value = colon + 1;
    const qsizetype valueLength = line + length - value;
    Frame::Header header;
    if (m_escaped) {
        std::optional<int> bad = unescape(line, colon - line, m_version, header.first);
        if (!bad)
            bad = unescape(value, valueLength, m_version, header.second);
        if (bad)
            return fail(invalidFrame(),
                        QStringLiteral("Header line %1 has %2.").arg(number).arg(escapeText(*bad)));
    } else {
        header.first = QByteArray(line, colon - line);
        header.second = QByteArray(value, valueLength);
    }
    // STOMP 1.2 "Repeated Header Entries": only the first content-length counts.
    if (m_bodyLength < 0 && header.first == "content-length") {
        const ContentLength contentLength =
            parseContentLength(header.second, m_limits.maxBodyBytes);
        if (!contentLength.valid)
            return fail(invalidFrame(), QStringLiteral("The content-length header is not a "
                                                       "non-negative decimal integer."));
        if (contentLength.overLimit)
            return fail(frameTooLarge(),
                        QStringLiteral("The content-length is over the limit of %1 bytes for "
                                       "a body.")
                            .arg(m_limits.maxBodyBytes));
        m_bodyLength = contentLength.value;
    }
    m_frame.headers.append(std::move(header));
    return std::nullopt;
}

void FrameDecoder::startFrame() {
    m_stage = Stage::Command;
    m_frame = {};
    m_frameBytes = 0;
    m_escaped = false;
    m_bodyLength = -1;
    m_scanned = 0;
}

DecodeError FrameDecoder::fail(QString text, QString detail) {
    m_failed = true;
    m_buffer = QByteArray(); // nothing more is read from it
    m_offset = 0;
    startFrame();
    return DecodeError{std::move(text), std::move(detail)};
}

} // namespace warren::stomp
