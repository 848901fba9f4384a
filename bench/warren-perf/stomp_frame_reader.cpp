#include "stomp_frame_reader.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace warren::bench {

namespace {

// Header lines past this without a blank line, or a body this long without a NUL, are not a
// broker's frame (Warren's own limits are far below).
constexpr std::size_t MaxHeaderBytes = 1 << 20;
constexpr std::size_t MaxUnsizedBody = std::size_t(256) << 20;

std::string_view withoutCr(std::string_view line) {
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

} // namespace

bool StompFrame::header(std::string_view name, std::string_view& value) const {
    std::string_view rest = headers;
    while (!rest.empty()) {
        const std::size_t eol = rest.find('\n');
        const std::string_view line = withoutCr(rest.substr(0, eol));
        if (line.size() > name.size() && line[name.size()] == ':' && line.starts_with(name)) {
            value = line.substr(name.size() + 1);
            return true;
        }
        if (eol == std::string_view::npos)
            break;
        rest.remove_prefix(eol + 1);
    }
    return false;
}

std::string_view StompFrame::header(std::string_view name) const {
    std::string_view value;
    return header(name, value) ? value : std::string_view();
}

StompFrameReader::StompFrameReader(std::size_t initialCapacity)
    : m_buffer(initialCapacity) {}

void StompFrameReader::append(std::string_view bytes) {
    std::size_t available = 0;
    char* at = writable(bytes.size(), available);
    std::memcpy(at, bytes.data(), bytes.size());
    commit(bytes.size());
}

StompFrameReader::Status StompFrameReader::fail(std::string error) {
    m_error = std::move(error);
    return Status::Error;
}

StompFrameReader::Status StompFrameReader::next(StompFrame& frame) {
    Pending& p = m_pending;
    if (p.scanned == 0) {
        // Heart-beats, and the EOL brokers put after a frame's NUL, come between frames.
        std::size_t eols = 0;
        while (eols < m_buffer.size() &&
               (m_buffer.data()[eols] == '\n' || m_buffer.data()[eols] == '\r'))
            ++eols;
        if (eols > 0)
            m_buffer.consume(eols);
        if (m_buffer.size() == 0)
            return Status::NeedMore;
    }
    const char* base = m_buffer.data();
    const std::size_t used = m_buffer.size();

    while (!p.headersDone) {
        const std::size_t at = p.scanned;
        const auto* eol = static_cast<const char*>(std::memchr(base + at, '\n', used - at));
        if (!eol) {
            if (used > MaxHeaderBytes)
                return fail("no end of headers in " + std::to_string(used) + " bytes");
            return Status::NeedMore;
        }
        const std::size_t lineEnd = std::size_t(eol - base);
        const std::string_view line = withoutCr(std::string_view(base + at, lineEnd - at));
        if (p.scanned == 0) {
            p.commandEnd = lineEnd;
        } else if (line.empty()) {
            p.headersDone = true;
            p.headersEnd = at;
            p.bodyStart = lineEnd + 1;
        } else if (!p.hasLength && line.starts_with("content-length:")) {
            const std::string_view digits = line.substr(15);
            const auto [ptr, ec] =
                std::from_chars(digits.data(), digits.data() + digits.size(), p.contentLength);
            if (ec != std::errc() || ptr != digits.data() + digits.size())
                return fail("bad content-length '" + std::string(digits) + "'");
            p.hasLength = true;
        }
        p.scanned = lineEnd + 1;
    }

    std::size_t bodyEnd = 0;
    if (p.hasLength) {
        bodyEnd = p.bodyStart + p.contentLength;
        if (used <= bodyEnd) {
            m_buffer.expectWhole(bodyEnd + 1);
            return Status::NeedMore;
        }
        if (base[bodyEnd] != '\0')
            return fail("no NUL after the content-length bytes of a " +
                        std::string(withoutCr(std::string_view(base, p.commandEnd))) + " frame");
    } else {
        const std::size_t from = std::max(p.bodyStart, p.nulScanned);
        const auto* nul = static_cast<const char*>(std::memchr(base + from, '\0', used - from));
        if (!nul) {
            p.nulScanned = used;
            if (used - p.bodyStart > MaxUnsizedBody)
                return fail("a body without content-length and without NUL");
            return Status::NeedMore;
        }
        bodyEnd = std::size_t(nul - base);
    }
    frame.command = withoutCr(std::string_view(base, p.commandEnd));
    frame.headers = std::string_view(base + p.commandEnd + 1, p.headersEnd - p.commandEnd - 1);
    frame.body = std::string_view(base + p.bodyStart, bodyEnd - p.bodyStart);
    m_buffer.consume(bodyEnd + 1);
    p = Pending();
    return Status::Frame;
}

} // namespace warren::bench
