#pragma once

#include <cstdint>
#include <string_view>

namespace warren::bench {

// Bounds-checked reads of AMQP 0-9-1 wire types from a frame payload: a short or hostile
// frame makes a read fail instead of reading past the end.
class ByteReader {
public:
    ByteReader(const char* data, std::size_t size)
        : m_data(reinterpret_cast<const unsigned char*>(data))
        , m_size(size) {}

    bool octet(std::uint8_t& v) {
        if (remaining() < 1)
            return false;
        v = m_data[m_pos++];
        return true;
    }
    bool shortUint(std::uint16_t& v) {
        if (remaining() < 2)
            return false;
        v = std::uint16_t(m_data[m_pos] << 8 | m_data[m_pos + 1]);
        m_pos += 2;
        return true;
    }
    bool longUint(std::uint32_t& v) {
        if (remaining() < 4)
            return false;
        v = std::uint32_t(m_data[m_pos]) << 24 | std::uint32_t(m_data[m_pos + 1]) << 16 |
            std::uint32_t(m_data[m_pos + 2]) << 8 | std::uint32_t(m_data[m_pos + 3]);
        m_pos += 4;
        return true;
    }
    bool longLongUint(std::uint64_t& v) {
        std::uint32_t hi = 0;
        std::uint32_t lo = 0;
        if (!longUint(hi) || !longUint(lo))
            return false;
        v = std::uint64_t(hi) << 32 | lo;
        return true;
    }
    bool shortString(std::string_view& v) {
        std::uint8_t len = 0;
        if (!octet(len) || remaining() < len)
            return false;
        v = std::string_view(reinterpret_cast<const char*>(m_data + m_pos), len);
        m_pos += len;
        return true;
    }
    bool longString(std::string_view& v) {
        std::uint32_t len = 0;
        if (!longUint(len) || remaining() < len)
            return false;
        v = std::string_view(reinterpret_cast<const char*>(m_data + m_pos), len);
        m_pos += len;
        return true;
    }

    std::size_t remaining() const { return m_size - m_pos; }

private:
    const unsigned char* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

} // namespace warren::bench
