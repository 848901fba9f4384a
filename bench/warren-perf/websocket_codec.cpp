#include "websocket_codec.h"

#include "sha1.h"

#include <algorithm>
#include <cctype>

namespace warren::bench::ws {

namespace {

// §1.3: the accept key is the base64 SHA-1 of the client's key and this GUID.
constexpr std::string_view AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.remove_suffix(1);
    return v;
}

// The value of header `name` in a response head (names are case-insensitive, §4.2.2), or
// false.
bool headerValue(std::string_view head, std::string_view name, std::string_view& value) {
    std::size_t at = head.find('\n');
    while (at != std::string_view::npos) {
        const std::size_t start = at + 1;
        at = head.find('\n', start);
        const std::string_view line =
            head.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
        const std::size_t colon = line.find(':');
        if (colon != std::string_view::npos &&
            equalsIgnoringCase(trim(line.substr(0, colon)), name)) {
            value = trim(line.substr(colon + 1));
            return true;
        }
    }
    return false;
}

// Whether a comma-separated header value holds `token` (Connection: keep-alive, Upgrade).
bool hasToken(std::string_view value, std::string_view token) {
    while (!value.empty()) {
        const std::size_t comma = value.find(',');
        if (equalsIgnoringCase(trim(value.substr(0, comma)), token))
            return true;
        if (comma == std::string_view::npos)
            break;
        value.remove_prefix(comma + 1);
    }
    return false;
}

} // namespace

std::string handshakeRequest(std::string_view hostPort, std::string_view path,
                             std::string_view protocol, std::string_view key) {
    std::string out;
    out += "GET ";
    out += path;
    out += " HTTP/1.1\r\nHost: ";
    out += hostPort;
    out += "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ";
    out += key;
    out += "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ";
    out += protocol;
    out += "\r\n\r\n";
    return out;
}

std::string checkHandshakeResponse(std::string_view head, std::string_view key,
                                   std::string_view protocol) {
    const std::string_view statusLine = trim(head.substr(0, head.find('\n')));
    if (!statusLine.starts_with("HTTP/1.1 101"))
        return "no WebSocket upgrade: " + std::string(statusLine);
    std::string_view value;
    if (!headerValue(head, "upgrade", value) || !hasToken(value, "websocket"))
        return "101 without Upgrade: websocket";
    if (!headerValue(head, "connection", value) || !hasToken(value, "upgrade"))
        return "101 without Connection: Upgrade";
    const auto digest = sha1(std::string(key) + std::string(AcceptGuid));
    const std::string expected =
        base64(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
    if (!headerValue(head, "sec-websocket-accept", value) || value != expected)
        return "wrong Sec-WebSocket-Accept '" + std::string(value) + "', wanted " + expected;
    if (!headerValue(head, "sec-websocket-protocol", value) || value != protocol)
        return "subprotocol " + std::string(protocol) + " not agreed (server said '" +
               std::string(value) + "')";
    return {};
}

void appendClientFrame(std::string& out, Opcode opcode, std::string_view payload,
                       std::uint32_t mask) {
    out.push_back(char(0x80 | opcode)); // FIN: warren-perf never fragments
    const std::uint64_t size = payload.size();
    if (size < 126) {
        out.push_back(char(0x80 | size));
    } else if (size <= 0xffff) {
        out.push_back(char(0x80 | 126));
        out.push_back(char(size >> 8));
        out.push_back(char(size));
    } else {
        out.push_back(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.push_back(char(size >> shift));
    }
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    out.append(key, 4);
    const std::size_t at = out.size();
    out.append(payload);
    for (std::size_t i = 0; i < payload.size(); ++i)
        out[at + i] = char(out[at + i] ^ key[i % 4]);
}

} // namespace warren::bench::ws
