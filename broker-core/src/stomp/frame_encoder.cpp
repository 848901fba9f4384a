#include "stomp/frame_encoder.h"

#include <algorithm>

namespace warren::stomp {

namespace {

// STOMP 1.2 "Value Encoding". 1.1 defines no escape for CR, and writes it as it is.
enum class Escaping { None, V11, V12 };

Escaping escapingOf(const Frame& frame, Version version) {
    if (!escapesHeaders(frame.command, version))
        return Escaping::None;
    return version == Version::V11 ? Escaping::V11 : Escaping::V12;
}

// The escape for `c`, or 0 when it is written as it is.
char escapeOf(char c, Escaping escaping) {
    switch (c) {
    case '\n':
        return 'n';
    case ':':
        return 'c';
    case '\\':
        return '\\';
    case '\r':
        return escaping == Escaping::V12 ? 'r' : 0;
    default:
        return 0;
    }
}

qsizetype escapedSize(const QByteArray& text, Escaping escaping) {
    qsizetype size = text.size();
    if (escaping != Escaping::None)
        for (char c : text)
            size += escapeOf(c, escaping) != 0;
    return size;
}

void appendEscaped(const QByteArray& text, Escaping escaping, QByteArray& out) {
    if (escaping == Escaping::None) {
        out.append(text);
        return;
    }
    // Runs of plain octets are appended whole.
    const char* run = text.constData();
    const char* end = run + text.size();
    for (const char* p = run; p != end; ++p) {
        if (const char escape = escapeOf(*p, escaping)) {
            out.append(run, p - run);
            const char pair[2] = {'\\', escape};
            out.append(pair, 2);
            run = p + 1;
        }
    }
    out.append(run, end - run);
}

} // namespace

void encode(const Frame& frame, Version version, QByteArray& out) {
    // One allocation for the frame; doubling, as append would, when `out` collects many.
    const qsizetype needed = out.size() + encodedSize(frame, version);
    if (needed > out.capacity())
        out.reserve(std::max(needed, 2 * out.capacity()));
    encodeHead(frame, version, out);
    out.append(frame.body);
    out.append('\0');
}

void encodeHead(const Frame& frame, Version version, QByteArray& out) {
    const Escaping escaping = escapingOf(frame, version);
    out.append(frame.command);
    out.append('\n');
    for (const Frame::Header& header : frame.headers) {
        appendEscaped(header.first, escaping, out);
        out.append(':');
        appendEscaped(header.second, escaping, out);
        out.append('\n');
    }
    out.append('\n');
}

qsizetype encodedSize(const Frame& frame, Version version) {
    const Escaping escaping = escapingOf(frame, version);
    qsizetype size = frame.command.size() + 1; // COMMAND LF
    for (const Frame::Header& header : frame.headers)
        size += escapedSize(header.first, escaping) + 1 + escapedSize(header.second, escaping) + 1;
    return size + 1 + frame.body.size() + 1; // LF, body, NUL
}

} // namespace warren::stomp
