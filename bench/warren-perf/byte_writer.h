#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace warren::bench {

// Appends AMQP 0-9-1 wire types (big-endian, spec section 4.2.5) to a byte buffer owned by
// the caller, so that frames for one send() accumulate in a single contiguous string.
class ByteWriter {
public:
    explicit ByteWriter(std::string& out)
        : m_out(out) {}

    void octet(std::uint8_t v) { m_out.push_back(char(v)); }
    void shortUint(std::uint16_t v) {
        const char b[2] = {char(v >> 8), char(v)};
        m_out.append(b, sizeof b);
    }
    void longUint(std::uint32_t v) {
        const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        m_out.append(b, sizeof b);
    }
    void longLongUint(std::uint64_t v) {
        longUint(std::uint32_t(v >> 32));
        longUint(std::uint32_t(v));
    }
    // Short strings are limited to 255 bytes by their length octet; longer names are a
    // usage error that the option parser rejects before any frame is built.
    void shortString(std::string_view s) {
        octet(std::uint8_t(s.size()));
        m_out.append(s.data(), s.size() > 255 ? 255 : s.size());
    }
    void longString(std::string_view s) {
        longUint(std::uint32_t(s.size()));
        m_out.append(s.data(), s.size());
    }
    void raw(std::string_view s) { m_out.append(s.data(), s.size()); }

    std::size_t size() const { return m_out.size(); }
    void patchLongUint(std::size_t pos, std::uint32_t v) {
        const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        std::memcpy(m_out.data() + pos, b, sizeof b);
    }

private:
    std::string& m_out;
};

} // namespace warren::bench
