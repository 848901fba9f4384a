#pragma once

#include "amqp_constants.h"
#include "byte_writer.h"

namespace warren::bench {

// Builds one method frame in place at the end of a send buffer: the constructor writes the
// frame header and method ids, the caller writes the arguments through args(), and finish()
// patches the payload size and closes the frame. No temporary payload buffer is needed.
class MethodFrame {
public:
    MethodFrame(std::string& out, std::uint16_t channel, std::uint32_t method)
        : m_writer(out) {
        m_writer.octet(amqp::FrameMethod);
        m_writer.shortUint(channel);
        m_sizePos = m_writer.size();
        m_writer.longUint(0);
        m_writer.shortUint(std::uint16_t(method >> 16));
        m_writer.shortUint(std::uint16_t(method));
    }

    ByteWriter& args() { return m_writer; }

    void finish() {
        const std::size_t payload = m_writer.size() - m_sizePos - 4;
        m_writer.patchLongUint(m_sizePos, std::uint32_t(payload));
        m_writer.octet(amqp::FrameEnd);
    }

private:
    ByteWriter m_writer;
    std::size_t m_sizePos = 0;
};

} // namespace warren::bench
