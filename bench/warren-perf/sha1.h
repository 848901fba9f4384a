#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

// SHA-1 (FIPS 180-4) and base64 (RFC 4648 §4), only for checking a WebSocket server's
// Sec-WebSocket-Accept (RFC 6455 §4.1): warren-perf links no crypto library.
namespace warren::bench {

std::array<std::uint8_t, 20> sha1(std::string_view data);
std::string base64(std::string_view bytes);

} // namespace warren::bench
