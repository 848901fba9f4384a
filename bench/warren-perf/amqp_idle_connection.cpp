#include "amqp_idle_connection.h"

#include "amqp_constants.h"
#include "amqp_error.h"
#include "method_frame.h"

namespace warren::bench {

AmqpIdleConnection::AmqpIdleConnection(const ConnectParams& params) {
    m_client.open(params);
    m_client.openChannel(1);
}

IdleConnection::Event AmqpIdleConnection::onReadable(std::string& reason) {
    try {
        const auto result = m_client.readSome(false);
        if (result == AmqpClient::ReadResult::Closed) {
            reason = "connection closed by broker without Connection.Close";
            return Event::Dropped;
        }
        if (result == AmqpClient::ReadResult::Data) {
            FrameView frame;
            while (m_client.reader().next(frame) == FrameReader::Status::Frame) {
                if (m_client.preprocess(frame) && frame.method() == amqp::ConnectionCloseOk)
                    return Event::Closed;
            }
        }
    } catch (const AmqpError& e) {
        reason = e.what();
        return Event::Dropped;
    }
    return Event::None;
}

std::string_view AmqpIdleConnection::closeRequest() const {
    static const std::string close = [] {
        std::string out;
        MethodFrame frame(out, 0, amqp::ConnectionClose);
        frame.args().shortUint(200);
        frame.args().shortString("benchmark done");
        frame.args().shortUint(0);
        frame.args().shortUint(0);
        frame.finish();
        return out;
    }();
    return close;
}

} // namespace warren::bench
