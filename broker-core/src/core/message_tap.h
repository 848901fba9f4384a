#pragma once

#include "core/message.h"

namespace warren::core {

class Exchange;
class Vhost;

// Sees every message published to the exchanges of a vhost while the console taps it. The
// vhost asks wanted() first, so an untapped publish costs one load and one branch.
class MessageTap {
public:
    virtual ~MessageTap() = default;

    bool wanted() const { return m_wanted; }
    virtual void tapped(const Vhost& vhost, const Exchange& exchange, const Message& message,
                        int routedQueues) = 0;

protected:
    void setWanted(bool wanted) { m_wanted = wanted; }

private:
    bool m_wanted = false;
};

} // namespace warren::core
