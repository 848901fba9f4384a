#include "read_buffer.h"

#include <algorithm>
#include <cstring>

namespace warren::bench {

char* ReadBuffer::writable(std::size_t minSpace, std::size_t& available) {
    const std::size_t used = m_end - m_begin;
    const std::size_t need = std::max(minSpace, m_pendingWhole > used ? m_pendingWhole - used : 0);
    if (m_buffer.size() - m_end < need) {
        if (m_begin > 0) {
            std::memmove(m_buffer.data(), m_buffer.data() + m_begin, used);
            m_begin = 0;
            m_end = used;
        }
        if (m_buffer.size() - m_end < need)
            m_buffer.resize(m_end + need);
    }
    available = m_buffer.size() - m_end;
    return m_buffer.data() + m_end;
}

void ReadBuffer::consume(std::size_t bytes) {
    m_begin += bytes;
    m_pendingWhole = 0;
    if (m_begin == m_end)
        m_begin = m_end = 0; // cheap reset keeps later reads at the start of the buffer
}

} // namespace warren::bench
